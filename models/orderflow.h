// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

class RowStore;

/** Allocation of order lines to stock, shared by tablet orders and web orders (service only). */
namespace OrderFlow {

struct OrderLine
{
    QString id;
    QString sku;
    qint64 quantity = 0;
    QString fulfilment; // carry_out, ship_to_home, pick_up, ship_from_store
    QString source;     // location the goods come from
    QString reservationId;
};

/** Holds stock for one line (sells it for carry out): "fulfilled", "allocated" or
    "unallocated"; nothing when the database failed. */
std::optional<QString> allocate(RowStore &rows, const OrderLine &line, const QString &store,
                                qint64 now);
/** Sets the order's status from its lines (needs_action lists alternatives for lines without
    stock) and records it in the status history. */
bool settleOrder(RowStore &rows, const QString &orderId, qint64 now, QString *status);

} // namespace OrderFlow
