// SPDX-License-Identifier: MIT
#include "receiptrepository.h"
#include "database.h"

using namespace Qt::Literals::StringLiterals;

ReceiptRepository::ReceiptRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

ReceiptRepository::Sale ReceiptRepository::sale(const QString &orderId) const
{
    const auto row = [this](const QString &sql, const QVariantList &values) {
        return Database::rows(m_db, sql, values).value(0);
    };
    Sale sale;
    sale.order = row(u"SELECT * FROM orders WHERE id = ?"_s, {orderId});
    if (sale.order.isEmpty())
        return sale;
    sale.store = row(u"SELECT * FROM locations WHERE id = ?"_s,
                     {sale.order.value(u"location_id"_s)});
    sale.associate = row(u"SELECT display_name FROM staff WHERE id = ?"_s,
                         {sale.order.value(u"associate_id"_s)});
    sale.customer = row(u"SELECT first_name, last_name, loyalty_id FROM customers WHERE id = ?"_s,
                        {sale.order.value(u"customer_id"_s)});
    sale.lines = Database::rows(
        m_db,
        u"SELECT l.*, s.name AS style_name, p.size, p.colour FROM order_lines l"
        " LEFT JOIN products p ON p.sku = l.sku LEFT JOIN styles s ON s.id = p.style_id"
        " WHERE l.order_id = ? ORDER BY l.line_no"_s,
        {orderId});
    sale.payments = Database::rows(
        m_db,
        u"SELECT p.*, (SELECT t.gift_card_last4 FROM sale_tenders t WHERE t.gift_card_id ="
        " p.gift_card_id AND p.gift_card_id IS NOT NULL LIMIT 1) AS gift_card_last4"
        " FROM payments p WHERE p.order_id = ? ORDER BY p.created_at"_s,
        {orderId});
    sale.refunds = Database::rows(
        m_db, u"SELECT * FROM refunds WHERE order_id = ? ORDER BY created_at"_s, {orderId});
    return sale;
}
