// SPDX-License-Identifier: MIT
#include "inventoryservice.h"
#include "changefeed.h"
#include "clock.h"
#include "database.h"
#include "entities.h"
#include "geo.h"
#include "inventorymessages.h"
#include "serverlog.h"
#include "stock.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

InventoryService::InventoryService(const QSqlDatabase &db)
    : m_db(db)
{}

ServiceReply InventoryService::lookup(const DeviceIdentity &device, const QUrlQuery &query)
{
    Protocol::StockQuery request;
    Protocol::Error invalid;
    if (!Protocol::StockQuery::fromQuery(query, &request, &invalid))
        return ServiceReply::error(400, invalid);
    const QString &sku = request.sku;
    const QString &style = request.style;
    // Stock the device's store may sell from, the same as it syncs: its country's stores and
    // the warehouses (another country's stock is not its business, and no mutation of its
    // may take it).
    const QStringList scopes = SyncService(m_db).scopesFor(device);

    // Locations with their distance from the asking store.
    QSqlQuery locations(m_db);
    if (!locations.exec(u"SELECT id, name, kind, latitude, longitude FROM locations"_s))
        return ServiceReply::error(503, u"unavailable"_s, u"database busy, retry"_s);
    double myLat = 0;
    double myLon = 0;
    struct Place
    {
        QString id, name, kind;
        double lat, lon;
    };
    QList<Place> places;
    while (locations.next()) {
        places << Place{locations.value(0).toString(), locations.value(1).toString(),
                        locations.value(2).toString(), locations.value(3).toDouble(),
                        locations.value(4).toDouble()};
        if (places.last().id == device.locationId) {
            myLat = places.last().lat;
            myLon = places.last().lon;
        }
    }
    Protocol::StockAnswer answer;
    answer.asOf = Clock::nowMs();
    answer.locationId = device.locationId;
    for (const Place &place : places)
        answer.locations << Protocol::StockPlace{
            place.id, place.name, place.kind,
            std::round(Geo::distanceKm(myLat, myLon, place.lat, place.lon) * 10) / 10};

    QSqlQuery stock = Database::prepare(
        m_db, sku.isEmpty()
                  ? u"SELECT i.sku, i.location_id, i.on_hand, i.reserved, i.in_transit,"
                    " i.counted_at, i.updated_at FROM products p JOIN inventory i ON i.sku = p.sku"
                    " WHERE p.style_id = ?"_s
                  : u"SELECT sku, location_id, on_hand, reserved, in_transit, counted_at,"
                    " updated_at FROM inventory WHERE sku = ?"_s);
    stock.addBindValue(sku.isEmpty() ? style : sku);
    if (!Database::exec(stock))
        return ServiceReply::error(503, u"unavailable"_s, u"database busy, retry"_s);
    while (stock.next()) {
        if (!scopes.contains(Scopes::stock(stock.value(1).toString())))
            continue;
        answer.stock << Protocol::StockLevel{stock.value(0).toString(),
                                             stock.value(1).toString(),
                                             stock.value(2).toLongLong(),
                                             stock.value(3).toLongLong(),
                                             stock.value(4).toLongLong(),
                                             stock.value(5).toLongLong(),
                                             stock.value(6).toLongLong()};
    }
    return {200, answer.toJson()};
}

namespace Maintenance {

namespace {
/** Flips one row's status if it still has the expected one; true when this call did it. */
bool transition(const QSqlDatabase &db, const QString &table, const QString &id,
                const QString &from, const QString &to, qint64 now)
{
    QSqlQuery update = Database::prepare(db, u"UPDATE "_s + table
                                                 + u" SET status = ?, updated_at = ? WHERE id = ?"
                                                   " AND status = ?"_s);
    update.addBindValue(to);
    update.addBindValue(now);
    update.addBindValue(id);
    update.addBindValue(from);
    return Database::exec(update) && update.numRowsAffected() == 1;
}

QStringList ids(const QSqlDatabase &db, const QString &sql, qint64 now)
{
    QStringList list;
    QSqlQuery query = Database::prepare(db, sql);
    query.addBindValue(now);
    if (Database::exec(query)) {
        while (query.next())
            list << query.value(0).toString();
    }
    return list;
}
} // namespace

Report run(const QSqlDatabase &db, qint64 now)
{
    Report report;
    const Entity &reservations = *Entities::byName(u"reservation"_s);
    for (const QString &id : ids(db,
                                 u"SELECT id FROM reservations WHERE status = 'active' AND"
                                 " expires_at < ? LIMIT 500"_s,
                                 now)) {
        SqlTransaction transaction(db);
        if (!ChangeFeedStore::lockFeed(db))
            continue;
        ChangeFeedStore rows(db);
        // The conditional flip makes each expiry happen once, whichever instance gets there.
        if (!transition(db, u"reservations"_s, id, u"active"_s, u"expired"_s, now))
            continue;
        const auto row = rows.get(reservations, {{u"id"_s, id}});
        if (row && rows.put(reservations, *row)
            && Stock::release(rows, row->value(u"sku"_s).toString(),
                              row->value(u"location_id"_s).toString(),
                              row->value(u"quantity"_s).toLongLong(), now)
            && transaction.commit())
            ++report.reservationsExpired;
    }
    const Entity &orders = *Entities::byName(u"order"_s);
    const Entity &lines = *Entities::byName(u"order_line"_s);
    for (const QString &id : ids(db,
                                 u"SELECT id FROM orders WHERE status = 'ready_for_pickup' AND"
                                 " pickup_deadline > 0 AND pickup_deadline < ? LIMIT 500"_s,
                                 now)) {
        SqlTransaction transaction(db);
        if (!ChangeFeedStore::lockFeed(db))
            continue;
        ChangeFeedStore rows(db);
        if (!transition(db, u"orders"_s, id, u"ready_for_pickup"_s, u"not_collected"_s, now))
            continue;
        bool ok = true;
        for (const QVariantMap &line : rows.select(lines, {{u"order_id"_s, id}})) {
            if (line.value(u"status"_s).toString() != u"allocated"_s)
                continue;
            ok = ok
                && Stock::release(rows, line.value(u"sku"_s).toString(),
                                  line.value(u"source_location_id"_s).toString(),
                                  line.value(u"quantity"_s).toLongLong(), now)
                && rows.put(lines, {{u"id"_s, line.value(u"id"_s)}, {u"status"_s, u"returned_to_stock"_s}});
        }
        const auto order = rows.get(orders, {{u"id"_s, id}});
        ok = ok && order && rows.put(orders, *order)
            && rows.put(*Entities::byName(u"order_status"_s),
                        {{u"id"_s, QString(id + u"/not_collected"_s)},
                         {u"order_id"_s, id},
                         {u"status"_s, u"not_collected"_s},
                         {u"occurred_at"_s, now},
                         {u"source"_s, u"service"_s}});
        if (ok && transaction.commit())
            ++report.pickupsReturned;
    }
    if (report.reservationsExpired || report.pickupsReturned)
        qCInfo(lcServer) << "housekeeping:" << report.reservationsExpired
                         << "reservations expired," << report.pickupsReturned
                         << "pick-ups returned to stock";
    return report;
}

} // namespace Maintenance
