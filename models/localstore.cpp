// SPDX-License-Identifier: MIT
#include "localstore.h"
#include "qmlentrypoint.h"
#include "clientrowstore.h"
#include "clock.h"
#include "database.h"
#include "logging.h"
#include "schema.h"

#include <QFile>
#include <QFileInfo>
#include <QJSEngine>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {
int s_connectionCounter = 0;
} // namespace

LocalStore::LocalStore(QObject *parent)
    : QObject(parent)
    , m_connectionName(u"clienteling-local-%1"_s.arg(++s_connectionCounter))
{
}

LocalStore::~LocalStore()
{
    close();
}

LocalStore *LocalStore::create(QQmlEngine *, QJSEngine *)
{
    return QmlEntryPoint<LocalStore>::forQml();
}

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void LocalStore::setFailed(const QString &message, bool canRebuild)
{
    qCWarning(lcDb).noquote() << "local store unavailable:" << message;
    m_ready = false;
    m_errorString = message;
    m_canRebuild = canRebuild;
    Database::close(m_connectionName);
    emit stateChanged();
}

bool LocalStore::open(const QString &path)
{
    close();
    m_path = path;
    QString error;
    QSqlDatabase db = Database::openSqlite(path, m_connectionName, &error);
    if (!db.isOpen()) {
        const bool exists = QFileInfo::exists(path);
        const bool readable = !exists || QFileInfo(path).isReadable();
        setFailed(readable ? tr("The customer database on this tablet is damaged and cannot be "
                                "opened. You can set it aside and start with a fresh copy; "
                                "the damaged file is kept for support.")
                           : tr("The customer database on this tablet cannot be read. Ask IT "
                                "to check the tablet's storage permissions."),
                  readable && exists);
        return false;
    }
    if (!Database::migrate(db, Schema::clientMigrations(), &error)) {
        const bool tooNew = Database::schemaVersion(db) > Schema::clientSchemaVersion();
        setFailed(tooNew ? tr("This tablet's data was written by a newer version of "
                              "Clienteling. Update the app to continue.")
                         : tr("The customer database could not be updated (%1). You can set it "
                              "aside and start with a fresh copy.")
                               .arg(error),
                  !tooNew);
        return false;
    }
    m_ready = true;
    m_errorString.clear();
    m_canRebuild = false;
    m_locationId = setting(u"device.location_id"_s);
    updateHasStaff();
    emit stateChanged();
    emit locationChanged();
    return true;
}

void LocalStore::close()
{
    if (QSqlDatabase::contains(m_connectionName))
        Database::close(m_connectionName);
    if (m_ready) {
        m_ready = false;
        emit stateChanged();
    }
}

bool LocalStore::moveAsideAndRebuild()
{
    if (m_path.isEmpty())
        return false;
    Database::close(m_connectionName);
    const QString stamp = Clock::now().toUTC().toString(u"yyyyMMdd-HHmmss"_s);
    const QString aside = m_path + u".damaged-"_s + stamp;
    // Keep every piece of the damaged database together for support; never delete it.
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(m_path + suffix) && !QFile::rename(m_path + suffix, aside + suffix)) {
            setFailed(tr("The damaged database could not be moved aside. Ask IT for help."),
                      false);
            return false;
        }
    }
    qCWarning(lcDb) << "moved damaged database aside to" << aside;
    return open(m_path);
}

QString LocalStore::setting(const QString &key, const QString &fallback) const
{
    const QVariant value = Database::scalar(database(),
                                            u"SELECT value FROM settings WHERE key = ?"_s, {key});
    return value.isValid() ? value.toString() : fallback;
}

bool LocalStore::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query = Database::prepare(database(),
                                        u"INSERT INTO settings (key, value) VALUES (?, ?) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    return Database::exec(query);
}

QString LocalStore::locationName() const
{
    if (m_locationId.isEmpty() || !m_ready)
        return {};
    return Database::scalar(database(), u"SELECT name FROM locations WHERE id = ?"_s,
                            {m_locationId})
        .toString();
}

void LocalStore::setLocationId(const QString &locationId)
{
    if (locationId == m_locationId)
        return;
    m_locationId = locationId;
    setSetting(u"device.location_id"_s, locationId);
    emit locationChanged();
}

void LocalStore::setActor(const QString &associateId, const QString &associateName)
{
    m_actorId = associateId;
    m_actorName = associateName;
}

MutationResult LocalStore::submit(const QString &name, const QJsonObject &args)
{
    return submitAll({{name, args}});
}

MutationResult LocalStore::submitAll(const QList<QPair<QString, QJsonObject>> &mutations)
{
    return apply(mutations, true);
}

MutationResult LocalStore::check(const QList<QPair<QString, QJsonObject>> &mutations)
{
    return apply(mutations, false);
}

MutationResult LocalStore::apply(const QList<QPair<QString, QJsonObject>> &mutations, bool keep)
{
    if (!m_ready)
        return MutationResult::retryLater(u"the local store is not open"_s);
    QSqlDatabase db = database();
    const qint64 now = Clock::nowMs();
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return MutationResult::retryLater(u"could not start a transaction"_s);
    ClientRowStore rows(db, ClientRowStore::Mode::Optimistic);
    MutationContext context;
    context.associateId = m_actorId;
    context.associateName = m_actorName;
    context.locationId = m_locationId;
    context.now = now;
    QSqlQuery queue = Database::prepare(db, u"INSERT INTO outbox (name, args, associate_id, "
                                            "created_at) VALUES (?, ?, ?, ?)"_s);
    for (const auto &[name, inputArgs] : mutations) {
        QJsonObject args = inputArgs;
        if (!args.contains(u"at"_s))
            args.insert(u"at"_s, now);
        const MutationResult result = Mutators::apply(rows, name, args, context);
        if (!result.applied)
            return result; // rolled back: nothing written, nothing queued
        queue.addBindValue(name);
        queue.addBindValue(QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
        queue.addBindValue(m_actorId);
        queue.addBindValue(now);
        if (!Database::exec(queue))
            return MutationResult::retryLater(u"the change could not be saved"_s);
    }
    if (!keep)
        return MutationResult::ok(); // a dry run: rolled back, nothing announced
    if (!transaction.commit())
        return MutationResult::retryLater(u"the change could not be saved"_s);
    notifyTablesChanged(rows.touchedTables().values());
    emit outboxChanged();
    return MutationResult::ok();
}

void LocalStore::notifyTablesChanged(const QStringList &tables)
{
    if (tables.isEmpty())
        return;
    emit tablesChanged(tables);
    if (tables.contains(u"locations"_s))
        emit locationChanged(); // the store's name may have just arrived
    if (tables.contains(u"staff"_s))
        updateHasStaff();
}

void LocalStore::updateHasStaff()
{
    const bool has = m_ready
        && Database::scalar(database(), u"SELECT EXISTS (SELECT 1 FROM staff WHERE active = 1)"_s)
               .toBool();
    if (has == m_hasStaff)
        return;
    m_hasStaff = has;
    emit hasStaffChanged();
}
