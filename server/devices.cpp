// SPDX-License-Identifier: MIT
#include "devices.h"
#include "clock.h"
#include "database.h"
#include "ids.h"
#include "jsontext.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr char codeAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding
                                              | QByteArray::OmitTrailingEquals));
}
} // namespace

Devices::Devices(const QSqlDatabase &db)
    : m_db(db)
{}

QString Devices::hashSecret(const QString &secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString Devices::normaliseCode(const QString &code)
{
    QString normal;
    for (QChar c : code.toUpper()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            normal += c;
    }
    return normal;
}

std::optional<QString> Devices::createEnrolmentCode(const QString &locationId,
                                                    const QString &mode,
                                                    const QString &createdBy, qint64 validForMs,
                                                    QString *error)
{
    if (!QStringList{u"associate"_s, u"kiosk"_s, u"integration"_s}.contains(mode)) {
        *error = u"mode must be associate, kiosk or integration"_s;
        return std::nullopt;
    }
    if (mode != u"integration"_s
        && Database::scalar(m_db, u"SELECT kind FROM locations WHERE id = ?"_s, {locationId})
               .toString()
               != u"store"_s) {
        *error = u"%1 is not a store"_s.arg(locationId);
        return std::nullopt;
    }
    QString code;
    for (int i = 0; i < 8; ++i)
        code += QLatin1Char(codeAlphabet[QRandomGenerator::system()->bounded(
            int(sizeof(codeAlphabet) - 1))]);
    const qint64 now = Clock::nowMs();
    QSqlQuery insert = Database::prepare(m_db, u"INSERT INTO enrolment_codes (code_hash,"
                                               " location_id, mode, created_by, created_at,"
                                               " expires_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(hashSecret(code));
    insert.addBindValue(locationId.isNull() ? u""_s : locationId);
    insert.addBindValue(mode);
    insert.addBindValue(createdBy);
    insert.addBindValue(now);
    insert.addBindValue(now + validForMs);
    if (!Database::exec(insert)) {
        *error = u"could not store the code"_s;
        return std::nullopt;
    }
    return code.left(4) + u'-' + code.mid(4);
}

ServiceReply Devices::enrol(const QJsonObject &request)
{
    const QJsonValue codeValue = request.value(u"code"_s);
    const QJsonValue nameValue = request.value(u"name"_s);
    const QJsonValue previousValue = request.value(u"previousToken"_s);
    if (!codeValue.isString() || (!nameValue.isUndefined() && !nameValue.isString())
        || nameValue.toString().size() > 100 || !JsonText::isClean(nameValue)
        || (!previousValue.isUndefined() && !previousValue.isString())
        || previousValue.toString().size() > 200)
        return ServiceReply::error(400, u"invalid_request"_s,
                                   u"send {\"code\": \"XXXX-XXXX\", \"name\": \"...\","
                                   " \"previousToken\": \"...\" (optional)}"_s);
    const QString code = normaliseCode(codeValue.toString());
    const qint64 now = Clock::nowMs();
    SqlTransaction transaction(m_db);
    QSqlQuery find = Database::prepare(m_db, u"SELECT location_id, mode, expires_at, used_at FROM"
                                             " enrolment_codes WHERE code_hash = ?"_s);
    find.addBindValue(hashSecret(code));
    if (!Database::exec(find))
        return ServiceReply::error(503, u"unavailable"_s, u"database busy, retry"_s);
    if (!find.next() || find.value(3).toLongLong() != 0 || find.value(2).toLongLong() < now)
        return ServiceReply::error(401, u"invalid_code"_s,
                                   u"this enrolment code is unknown, used or expired"_s);
    const QString locationId = find.value(0).toString();
    const QString mode = find.value(1).toString();
    find.finish();
    const QString deviceId = Ids::newId();
    const QString token = randomToken();
    // The next order prefix: two enrolments at once may pick the same one, and the unique
    // index refuses the second (it answers "retry", its code still unused).
    const QVariant lastPrefix
        = Database::scalar(m_db, u"SELECT COALESCE(MAX(order_prefix), 0) FROM devices"_s);
    if (!lastPrefix.isValid())
        return ServiceReply::error(503, u"unavailable"_s, u"database busy, retry"_s);
    const qint64 orderPrefix = lastPrefix.toLongLong() + 1;
    QSqlQuery device = Database::prepare(m_db,
                                         u"INSERT INTO devices (id, location_id, mode, name,"
                                         " token_hash, enrolled_at, order_prefix)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    device.addBindValue(deviceId);
    device.addBindValue(locationId);
    device.addBindValue(mode);
    device.addBindValue(nameValue.toString());
    device.addBindValue(hashSecret(token));
    device.addBindValue(now);
    device.addBindValue(orderPrefix);
    QSqlQuery used = Database::prepare(m_db, u"UPDATE enrolment_codes SET used_at = ?,"
                                             " device_id = ? WHERE code_hash = ?"_s);
    used.addBindValue(now);
    used.addBindValue(deviceId);
    used.addBindValue(hashSecret(code));
    if (!Database::exec(device) || !Database::exec(used))
        return ServiceReply::error(503, u"unavailable"_s, u"database busy, retry"_s);
    // A tablet enrolled again keeps its database, and with it its sync client ids. Its previous
    // token (revoked or not) proves it is that tablet: its clients move to the new enrolment
    // and the old one is revoked. Without proof its clients stay where they are and the tablet
    // starts a new client id.
    bool previousDevice = false;
    if (const QString previous = previousValue.toString(); !previous.isEmpty()) {
        const QVariant oldId = Database::scalar(
            m_db, u"SELECT id FROM devices WHERE token_hash = ?"_s, {hashSecret(previous)});
        if (oldId.isValid() && oldId.toString() != deviceId) {
            QSqlQuery move = Database::prepare(
                m_db, u"UPDATE clients SET device_id = ? WHERE device_id = ?"_s);
            move.addBindValue(deviceId);
            move.addBindValue(oldId);
            QSqlQuery retire
                = Database::prepare(m_db, u"UPDATE devices SET revoked = 1 WHERE id = ?"_s);
            retire.addBindValue(oldId);
            if (!Database::exec(move) || !Database::exec(retire))
                return ServiceReply::error(503, u"unavailable"_s, u"database busy, retry"_s);
            previousDevice = true;
        }
    }
    if (!transaction.commit())
        return ServiceReply::error(503, u"unavailable"_s, u"database busy, retry"_s);
    return {200,
            {{u"deviceId"_s, deviceId},
             {u"token"_s, token},
             {u"locationId"_s, locationId},
             {u"mode"_s, mode},
             {u"orderPrefix"_s, QString::number(orderPrefix)},
             {u"previousDevice"_s, previousDevice}}};
}

std::optional<DeviceIdentity> Devices::authenticate(const QByteArray &header)
{
    if (!header.startsWith("Bearer "))
        return std::nullopt;
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    if (token.isEmpty() || token.size() > 200)
        return std::nullopt;
    QSqlQuery find = Database::prepare(m_db,
                                       u"SELECT id, location_id, mode, last_seen_at,"
                                       " order_prefix FROM devices WHERE token_hash = ? AND"
                                       " revoked = 0"_s);
    find.addBindValue(hashSecret(token));
    if (!Database::exec(find) || !find.next())
        return std::nullopt;
    const DeviceIdentity identity {find.value(0).toString(), find.value(1).toString(),
                                   find.value(2).toString(), find.value(4).toLongLong()};
    const qint64 lastSeen = find.value(3).toLongLong();
    find.finish();
    // When a device was last seen, for operators deciding what to revoke: written once a
    // minute at most, not at every request. The condition keeps several instances (or
    // requests in flight) from writing the same minute twice.
    const qint64 now = Clock::nowMs();
    if (now - lastSeen >= lastSeenEveryMs) {
        QSqlQuery seen = Database::prepare(m_db,
                                           u"UPDATE devices SET last_seen_at = ? WHERE"
                                           " id = ? AND last_seen_at <= ?"_s);
        seen.addBindValue(now);
        seen.addBindValue(identity.deviceId);
        seen.addBindValue(now - lastSeenEveryMs);
        Database::exec(seen); // a missed stamp is no reason to refuse the request
    }
    return identity;
}

std::optional<QList<Devices::Info>> Devices::list()
{
    QSqlQuery query = Database::prepare(m_db,
                                        u"SELECT id, location_id, mode, name, enrolled_at,"
                                        " last_seen_at, revoked FROM devices ORDER BY"
                                        " location_id, enrolled_at, id"_s);
    if (!Database::exec(query))
        return std::nullopt;
    QList<Info> devices;
    while (query.next())
        devices << Info {query.value(0).toString(),   query.value(1).toString(),
                         query.value(2).toString(),   query.value(3).toString(),
                         query.value(4).toLongLong(), query.value(5).toLongLong(),
                         query.value(6).toInt() != 0};
    return devices;
}

bool Devices::revoke(const QString &deviceId)
{
    QSqlQuery update = Database::prepare(m_db, u"UPDATE devices SET revoked = 1 WHERE id = ?"_s);
    update.addBindValue(deviceId);
    return Database::exec(update) && update.numRowsAffected() > 0;
}
