// SPDX-License-Identifier: MIT
#pragma once

#include "syncservice.h"

#include <QSqlDatabase>
#include <QUrlQuery>

/**
 * Live stock for the associate's "do you have it in my size?": on hand, reserved, available
 * and in transit for a SKU or all SKUs of a style at every location the asking store may sell
 * from (its own, its country's stores, the warehouses), with the distance from the asking store
 * and when each was counted.
 */
class InventoryService
{
public:
    explicit InventoryService(const QSqlDatabase &db);
    ServiceReply lookup(const DeviceIdentity &device, const QUrlQuery &query);

private:
    QSqlDatabase m_db;
};

/** Housekeeping the service runs every minute: expired reservations give their stock back;
    pick-ups not collected by their deadline go back to stock. Safe with several instances. */
namespace Maintenance {
struct Report
{
    int reservationsExpired = 0;
    int pickupsReturned = 0;
};
Report run(const QSqlDatabase &db, qint64 now);
} // namespace Maintenance
