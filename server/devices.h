// SPDX-License-Identifier: MIT
#pragma once

#include "syncservice.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

/**
 * Enrolment of devices with one-time codes, and bearer tokens. Only SHA-256 hashes of codes and
 * tokens are stored; a lost database dump gives no one a working token.
 */
class Devices
{
public:
    explicit Devices(const QSqlDatabase &db);

    /** A new one-time code for a device of this location; mode is associate, kiosk or
        integration (web shop, app back end, call centre, carriers). */
    std::optional<QString> createEnrolmentCode(const QString &locationId, const QString &mode,
                                               const QString &createdBy, qint64 validForMs,
                                               QString *error);
    /** Redeems a code: the device's id and its token (shown once). */
    ServiceReply enrol(const QJsonObject &request);
    /** The device a bearer token belongs to, unless unknown or revoked. */
    std::optional<DeviceIdentity> authenticate(const QByteArray &authorizationHeader);
    /** Revokes a device: its token is refused from the next request on. False when there is
        no such device (or the database failed). */
    bool revoke(const QString &deviceId);

    /** An enrolled device, for operators. */
    struct Info
    {
        QString id;
        QString locationId;
        QString mode;
        QString name;
        qint64 enrolledAt = 0;
        qint64 lastSeenAt = 0; // 0: never seen; kept to the minute
        bool revoked = false;
    };
    /** Every device, by store then enrolment time; nothing when the database failed. */
    std::optional<QList<Info>> list();

    /** How often a device's last_seen_at is written at most (not at every request). */
    static constexpr qint64 lastSeenEveryMs = 60 * 1000;

    static QString hashSecret(const QString &secret);
    /** Codes are typed by people: no 0/O or 1/I, case and dashes ignored. */
    static QString normaliseCode(const QString &code);

private:
    QSqlDatabase m_db;
};
