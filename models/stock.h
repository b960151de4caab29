// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QString>

class RowStore;

/**
 * Stock movements on the central service, the authority for inventory. Available-to-promise is
 * on hand minus reserved; taking stock is one conditional UPDATE, so two associates (or a web
 * order) can never both take the last unit. Each movement republishes the inventory row.
 */
namespace Stock {

enum class Take { Taken, SoldOut, Failed };

/** Reserves quantity at a location if that much is available. */
Take reserve(RowStore &rows, const QString &sku, const QString &locationId, qint64 quantity,
             qint64 now);
/** Gives reserved stock back (a reservation expired or was cancelled). */
bool release(RowStore &rows, const QString &sku, const QString &locationId, qint64 quantity,
             qint64 now);
/** Reserved stock left the building (shipped, handed over). */
bool consumeReserved(RowStore &rows, const QString &sku, const QString &locationId,
                     qint64 quantity, qint64 now);
/** Sold from the shelf (carry out). */
bool sell(RowStore &rows, const QString &sku, const QString &locationId, qint64 quantity,
          qint64 now);
/** Goods came back to stock (a return restocked). */
bool restock(RowStore &rows, const QString &sku, const QString &locationId, qint64 quantity,
             qint64 now);

/** Locations (warehouses first, then stores) that could supply this quantity now:
    [{locationId, name, kind, available}]. */
QJsonArray alternatives(RowStore &rows, const QString &sku, qint64 quantity,
                        const QString &excludeLocationId);

} // namespace Stock
