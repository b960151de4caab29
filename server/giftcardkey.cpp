// SPDX-License-Identifier: MIT
#include "giftcardkey.h"
#include "database.h"
#include "discounts.h"
#include "serverlog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QSaveFile>
#include <QSqlQuery>

#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int keyBytes = crypto_generichash_KEYBYTES; // 32
const QString checkName = u"gift_card_key_check"_s;

/** Cards stored under the plain SHA-256 of their number are re-keyed in place, with every
    row that names them, in one transaction. */
bool rekeyLegacy(const QSqlDatabase &db, const GiftCardKey &key, QString *error)
{
    const QList<QVariantMap> legacy
        = Database::rows(db, u"SELECT id FROM gift_card_legacy_ids"_s);
    if (legacy.isEmpty())
        return true;
    SqlTransaction transaction(db);
    const QStringList updates {u"UPDATE gift_cards SET id = ? WHERE id = ?"_s,
                               u"UPDATE payments SET gift_card_id = ? WHERE gift_card_id = ?"_s,
                               u"UPDATE refunds SET gift_card_id = ? WHERE gift_card_id = ?"_s,
                               u"UPDATE gift_card_movements SET card_id = ? WHERE card_id = ?"_s};
    for (const QVariantMap &row : legacy) {
        const QString old = row.value(u"id"_s).toString();
        const QString keyed = key.idForLegacy(old);
        for (const QString &sql : updates) {
            QSqlQuery update = Database::prepare(db, sql);
            update.addBindValue(keyed);
            update.addBindValue(old);
            if (!Database::exec(update)) {
                *error = u"could not re-key the gift cards"_s;
                return false;
            }
        }
        QSqlQuery done = Database::prepare(db, u"DELETE FROM gift_card_legacy_ids WHERE id = ?"_s);
        done.addBindValue(old);
        if (!Database::exec(done)) {
            *error = u"could not re-key the gift cards"_s;
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = u"could not re-key the gift cards"_s;
        return false;
    }
    qCInfo(lcServer) << "re-keyed" << legacy.size() << "gift cards";
    return true;
}

} // namespace

std::optional<GiftCardKey> GiftCardKey::fromBytes(const QByteArray &key)
{
    if (sodium_init() < 0 || key.size() != keyBytes)
        return std::nullopt;
    return GiftCardKey(key);
}

std::optional<GiftCardKey> GiftCardKey::open(const QString &path, const QSqlDatabase &db,
                                             QString *error)
{
    if (sodium_init() < 0) {
        *error = u"libsodium cannot start"_s;
        return std::nullopt;
    }
    const QString stored
        = Database::scalar(db, u"SELECT value FROM server_meta WHERE key = ?"_s, {checkName})
              .toString();
    QFile file(path);
    std::optional<GiftCardKey> key;
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"cannot read the gift card key %1: %2"_s.arg(path, file.errorString());
            return std::nullopt;
        }
        key = fromBytes(QByteArray::fromHex(file.readAll().trimmed()));
        if (!key) {
            *error = u"the gift card key %1 is not 64 hexadecimal digits"_s.arg(path);
            return std::nullopt;
        }
        if (!stored.isEmpty() && stored != key->check()) {
            *error = u"the gift card key %1 is not the one this database's cards were made"
                     " with: restore the key file from the backup of this service"_s.arg(path);
            return std::nullopt;
        }
    } else {
        if (!stored.isEmpty()) {
            *error = u"the gift card key %1 is missing, and this database's cards were made"
                     " with one: restore the key file from the backup of this service (a new"
                     " key would make every gift card unusable)"_s.arg(path);
            return std::nullopt;
        }
        QByteArray bytes(keyBytes, Qt::Uninitialized);
        crypto_generichash_keygen(reinterpret_cast<unsigned char *>(bytes.data()));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly)
            || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || out.write(bytes.toHex() + '\n') < 0 || !out.commit()) {
            *error = u"cannot write the gift card key %1: %2"_s.arg(path, out.errorString());
            return std::nullopt;
        }
        key = GiftCardKey(bytes);
        qCInfo(lcServer).noquote() << "made a new gift card key in" << path
                                   << "(back it up apart from the database)";
    }
    if (stored.isEmpty()) {
        QSqlQuery insert = Database::prepare(db, u"INSERT INTO server_meta (key, value)"
                                                 " VALUES (?, ?)"_s);
        insert.addBindValue(checkName);
        insert.addBindValue(key->check());
        if (!Database::exec(insert)) {
            *error = u"cannot record the gift card key's check value"_s;
            return std::nullopt;
        }
    }
    if (!rekeyLegacy(db, *key, error))
        return std::nullopt;
    return key;
}

QString GiftCardKey::keyed(const QByteArray &digest) const
{
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(digest.constData()),
                       size_t(digest.size()),
                       reinterpret_cast<const unsigned char *>(m_key.constData()),
                       size_t(m_key.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

QString GiftCardKey::check() const
{
    // Tells which key a database was used with, and nothing about the key.
    return keyed("clienteling gift card key check");
}

QString GiftCardKey::idFor(const QString &number) const
{
    QByteArray digits;
    for (QChar c : number) {
        if (c.isDigit() && c.unicode() < 128)
            digits += char(c.unicode());
    }
    return keyed(QCryptographicHash::hash(digits, QCryptographicHash::Sha256));
}

QString GiftCardKey::idForLegacy(const QString &sha256Hex) const
{
    return keyed(QByteArray::fromHex(sha256Hex.toLatin1()));
}

std::optional<QString> GiftCardKey::newNumber(const QSqlDatabase &db) const
{
    for (int attempt = 0; attempt < 10; ++attempt) {
        const QString number = GiftCards::newNumber();
        const QVariant taken = Database::scalar(
            db, u"SELECT COUNT(*) FROM gift_cards WHERE id = ?"_s, {idFor(number)});
        if (!taken.isValid())
            return std::nullopt;
        if (taken.toInt() == 0)
            return number;
    }
    return std::nullopt;
}
