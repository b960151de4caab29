// SPDX-License-Identifier: MIT
#include "stock.h"
#include "database.h"
#include "entities.h"
#include "rowstore.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Stock {

namespace {

/** Runs an inventory UPDATE; true when it changed the row. Then publishes the row. */
std::optional<bool> move(RowStore &rows, const QString &setSql, const QString &condition,
                         const QString &sku, const QString &locationId, qint64 quantity,
                         qint64 now)
{
    QSqlQuery update = Database::prepare(rows.database(),
                                         u"UPDATE inventory SET "_s + setSql
                                             + u", updated_at = ? WHERE sku = ? AND"
                                               " location_id = ?"_s
                                             + condition);
    // Placeholders in setSql and condition all take the quantity.
    const int placeholders = int(setSql.count(u'?') + condition.count(u'?'));
    for (int i = 0; i < int(setSql.count(u'?')); ++i)
        update.addBindValue(quantity);
    update.addBindValue(now);
    update.addBindValue(sku);
    update.addBindValue(locationId);
    for (int i = int(setSql.count(u'?')); i < placeholders; ++i)
        update.addBindValue(quantity);
    if (!Database::exec(update))
        return std::nullopt;
    if (update.numRowsAffected() == 0)
        return false;
    const Entity &inventory = *Entities::byName(u"inventory"_s);
    const auto row = rows.get(inventory, {{u"sku"_s, sku}, {u"location_id"_s, locationId}});
    if (!row || !rows.put(inventory, *row))
        return std::nullopt;
    return true;
}

} // namespace

Take reserve(RowStore &rows, const QString &sku, const QString &locationId, qint64 quantity,
             qint64 now)
{
    const auto moved = move(rows, u"reserved = reserved + ?"_s, u" AND on_hand - reserved >= ?"_s,
                            sku, locationId, quantity, now);
    if (!moved)
        return Take::Failed;
    return *moved ? Take::Taken : Take::SoldOut;
}

bool release(RowStore &rows, const QString &sku, const QString &locationId, qint64 quantity,
             qint64 now)
{
    // CASE rather than MAX/GREATEST: the same SQL on SQLite and PostgreSQL.
    return move(rows, u"reserved = CASE WHEN reserved > ? THEN reserved - ? ELSE 0 END"_s, {}, sku,
                locationId, quantity, now)
        .has_value();
}

bool consumeReserved(RowStore &rows, const QString &sku, const QString &locationId,
                     qint64 quantity, qint64 now)
{
    return move(rows,
                u"on_hand = on_hand - ?, reserved = CASE WHEN reserved > ? THEN reserved - ?"
                " ELSE 0 END"_s,
                {}, sku, locationId, quantity, now)
        .has_value();
}

bool sell(RowStore &rows, const QString &sku, const QString &locationId, qint64 quantity,
          qint64 now)
{
    return move(rows, u"on_hand = on_hand - ?"_s, {}, sku, locationId, quantity, now).has_value();
}

bool restock(RowStore &rows, const QString &sku, const QString &locationId, qint64 quantity,
             qint64 now)
{
    const auto moved = move(rows, u"on_hand = on_hand + ?"_s, {}, sku, locationId, quantity, now);
    if (!moved)
        return false;
    if (*moved)
        return true;
    // No row yet for this SKU here: create it.
    return rows.put(*Entities::byName(u"inventory"_s), {{u"sku"_s, sku},
                                                        {u"location_id"_s, locationId},
                                                        {u"on_hand"_s, quantity},
                                                        {u"counted_at"_s, now},
                                                        {u"updated_at"_s, now}});
}

QJsonArray alternatives(RowStore &rows, const QString &sku, qint64 quantity,
                        const QString &excludeLocationId)
{
    QSqlQuery query = Database::prepare(
        rows.database(), u"SELECT l.id, l.name, l.kind, i.on_hand - i.reserved FROM inventory i"
                         " JOIN locations l ON l.id = i.location_id WHERE i.sku = ? AND"
                         " i.location_id <> ? AND i.on_hand - i.reserved >= ?"
                         " ORDER BY CASE l.kind WHEN 'warehouse' THEN 0 ELSE 1 END,"
                         " i.on_hand - i.reserved DESC, l.id LIMIT 10"_s);
    query.addBindValue(sku);
    query.addBindValue(excludeLocationId);
    query.addBindValue(quantity);
    QJsonArray list;
    if (!Database::exec(query))
        return list;
    while (query.next())
        list << QJsonObject{{u"locationId"_s, query.value(0).toString()},
                            {u"name"_s, query.value(1).toString()},
                            {u"kind"_s, query.value(2).toString()},
                            {u"available"_s, query.value(3).toLongLong()}};
    return list;
}

} // namespace Stock
