// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

/**
 * A store order's number, assigned on the tablet, offline: <store>-<yyMMdd>-<prefix>-<counter>.
 * The prefix is the device's, given by the service at enrolment and unique in the chain; the
 * counter is the tablet's own, kept in its database and never handed out twice. So two devices
 * never make the same number, on any day (docs/sync-protocol.md, Order numbers). Web and app
 * orders keep the numbers of their channel.
 */
namespace OrderNumbers {

/** The settings key holding the service's prefix for this device. */
inline const QString prefixSetting = QStringLiteral("order.prefix");

/** The next number for an order of this store, at this time; empty if the tablet's database
    cannot be written (nothing is numbered twice). */
QString next(const QSqlDatabase &db, const QString &locationId, const QDateTime &now);

} // namespace OrderNumbers
