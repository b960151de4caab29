// SPDX-License-Identifier: MIT
#include "tokenstore.h"
#include "database.h"
#include "localstore.h"
#include "synclog.h"

#include <QEventLoop>
#include <QMutex>
#include <QUuid>

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace TokenStore {

namespace {

const QString settingsKey = u"sync.token"_s;
// Not secret: names this database's entry in the key store, so several data folders (tests,
// a tablet set up again) do not share one token.
const QString entryKey = u"sync.token_entry"_s;
const QString service = u"Clienteling"_s;

class QtKeychainStore : public Keychain
{
public:
    std::optional<QString> read(const QString &key) override
    {
        QKeychain::ReadPasswordJob job(service);
        job.setAutoDelete(false);
        job.setKey(key);
        run(job);
        if (job.error() == QKeychain::NoError)
            return job.textData();
        if (job.error() == QKeychain::EntryNotFound)
            return QString();
        qCInfo(lcSync).noquote() << "no system keychain:" << job.errorString();
        return std::nullopt;
    }
    bool write(const QString &key, const QString &secret) override
    {
        QKeychain::WritePasswordJob job(service);
        job.setAutoDelete(false);
        job.setKey(key);
        job.setTextData(secret);
        run(job);
        return job.error() == QKeychain::NoError;
    }
    bool remove(const QString &key) override
    {
        QKeychain::DeletePasswordJob job(service);
        job.setAutoDelete(false);
        job.setKey(key);
        run(job);
        return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
    }

private:
    // Read once at start and written once at enrolment: waiting for the answer keeps the
    // engine's start-up as it was (the token is known when it returns).
    static void run(QKeychain::Job &job)
    {
        QEventLoop loop;
        QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
    }
};

QMutex mutex;
std::shared_ptr<Keychain> current = systemKeychain();

std::shared_ptr<Keychain> keychain()
{
    QMutexLocker lock(&mutex);
    return current;
}

QString entryOf(LocalStore &store)
{
    QString entry = store.setting(entryKey);
    if (entry.isEmpty()) {
        entry = u"device-token-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        store.setSetting(entryKey, entry);
    }
    return entry;
}

bool forgetInSettings(LocalStore &store)
{
    return Database::exec(store.database(), u"DELETE FROM settings WHERE key = 'sync.token'"_s);
}

void warnFallback()
{
    qCWarning(lcSync) << "no system keychain on this device: the device token is kept in the"
                         " tablet's database, where a copy of the file carries it";
}

} // namespace

void setKeychain(std::shared_ptr<Keychain> keychain)
{
    QMutexLocker lock(&mutex);
    current = std::move(keychain);
}

std::shared_ptr<Keychain> systemKeychain()
{
    return std::make_shared<QtKeychainStore>();
}

QString load(LocalStore &store)
{
    const QString inSettings = store.setting(settingsKey);
    // Never enrolled: nothing to look for (and no key store to wake).
    if (inSettings.isEmpty() && store.setting(entryKey).isEmpty())
        return {};
    const std::shared_ptr<Keychain> chain = keychain();
    const std::optional<QString> kept = chain ? chain->read(entryOf(store)) : std::nullopt;
    if (!kept) {
        if (!inSettings.isEmpty())
            warnFallback();
        return inSettings;
    }
    if (!kept->isEmpty()) {
        if (!inSettings.isEmpty() && inSettings != *kept) {
            // Enrolled again while the key store was away: the newer token is the database's.
            if (chain->write(entryOf(store), inSettings) && forgetInSettings(store))
                qCInfo(lcSync) << "moved the device token into the system keychain";
            return inSettings;
        }
        if (!inSettings.isEmpty())
            forgetInSettings(store);
        return *kept;
    }
    // Kept in the database by an older version (or while there was no key store): moved.
    if (!inSettings.isEmpty() && chain->write(entryOf(store), inSettings)
        && forgetInSettings(store))
        qCInfo(lcSync) << "moved the device token into the system keychain";
    return inSettings;
}

bool save(LocalStore &store, const QString &token)
{
    const std::shared_ptr<Keychain> chain = keychain();
    if (chain && chain->write(entryOf(store), token)) {
        forgetInSettings(store);
        return true;
    }
    warnFallback();
    return store.setSetting(settingsKey, token);
}

} // namespace TokenStore
