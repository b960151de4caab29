// SPDX-License-Identifier: MIT
#include "orderrepository.h"
#include "database.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString orderColumns = u"o.*, COALESCE(c.first_name || ' ' || c.last_name, '') AS"
                             " customer_name, COALESCE(c.loyalty_id, '') AS customer_loyalty_id,"
                             " (SELECT COALESCE(SUM(quantity), 0) FROM order_lines l WHERE"
                             " l.order_id = o.id) AS items FROM orders o"
                             " LEFT JOIN customers c ON c.id = o.customer_id"_s;
} // namespace

OrderRepository::OrderRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

QList<QVariantMap> OrderRepository::orders(Scope scope, const QString &customerId,
                                           const QString &locationId, int limit, int offset) const
{
    QString where;
    QVariantList values;
    switch (scope) {
    case Scope::Customer:
        where = u"o.customer_id = ? ORDER BY o.created_at DESC"_s;
        values << customerId;
        break;
    case Scope::NeedsAttention:
        // Walks orders_attention in order.
        where = u"o.status = 'needs_action' AND o.location_id = ? ORDER BY o.created_at"_s;
        values << locationId;
        break;
    case Scope::PickupQueue:
        // Ready ones first (the customer may be at the counter), then by deadline. Written as
        // the index orders_pickup_queue is (same expression, same status list), so the query
        // walks it in order and stops at the LIMIT instead of sorting every open pick-up.
        where = u"o.pickup_location_id = ? AND o.status IN ('placed', 'allocated',"
                " 'needs_action', 'ready_for_pickup') ORDER BY o.status <> 'ready_for_pickup',"
                " o.pickup_deadline, o.created_at"_s;
        values << locationId;
        break;
    }
    QSqlQuery query = Database::prepare(
        m_db, u"SELECT "_s + orderColumns + u" WHERE "_s + where + u" LIMIT ? OFFSET ?"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(limit > 0 ? limit : -1);
    query.addBindValue(offset);
    return Database::rows(query);
}

QVariantMap OrderRepository::order(const QString &orderId) const
{
    QSqlQuery query = Database::prepare(m_db, u"SELECT "_s + orderColumns + u" WHERE o.id = ?"_s);
    query.addBindValue(orderId);
    const QList<QVariantMap> rows = Database::rows(query);
    return rows.isEmpty() ? QVariantMap() : rows.first();
}

QList<QVariantMap> OrderRepository::lines(const QString &orderId) const
{
    QSqlQuery query = Database::prepare(
        m_db,
        u"SELECT l.*, COALESCE(s.name, l.sku) AS product_name, COALESCE(p.colour, '') AS"
        " colour, COALESCE(p.size, '') AS size, COALESCE(s.image, '') AS image,"
        " COALESCE(loc.name, '') AS source_name FROM order_lines l"
        " LEFT JOIN products p ON p.sku = l.sku LEFT JOIN styles s ON s.id = p.style_id"
        " LEFT JOIN locations loc ON loc.id = l.source_location_id"
        " WHERE l.order_id = ? ORDER BY l.line_no"_s);
    query.addBindValue(orderId);
    return Database::rows(query);
}

QList<QVariantMap> OrderRepository::history(const QString &orderId) const
{
    QSqlQuery query = Database::prepare(m_db,
                                        u"SELECT * FROM order_status_history WHERE"
                                        " order_id = ? ORDER BY occurred_at, id"_s);
    query.addBindValue(orderId);
    return Database::rows(query);
}
