// SPDX-License-Identifier: MIT
#include "returnrepository.h"
#include "database.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

ReturnRepository::ReturnRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

QString ReturnRepository::orderNumber(const QString &orderId) const
{
    return Database::scalar(m_db, u"SELECT number FROM orders WHERE id = ?"_s, {orderId})
        .toString();
}

QString ReturnRepository::orderCurrency(const QString &orderId) const
{
    return Database::scalar(m_db, u"SELECT currency FROM orders WHERE id = ?"_s, {orderId})
        .toString();
}

QList<ReturnRepository::Line> ReturnRepository::lines(const QString &orderId) const
{
    QList<Line> lines;
    QSqlQuery query = Database::prepare(
        m_db,
        u"SELECT l.id, COALESCE(s.name, l.sku), COALESCE(p.colour, ''), COALESCE(p.size, ''),"
        " l.quantity, l.returned_quantity, l.total_minor FROM order_lines l LEFT JOIN products p"
        " ON p.sku = l.sku LEFT JOIN styles s ON s.id = p.style_id WHERE l.order_id = ? AND"
        " l.status <> 'cancelled' ORDER BY l.line_no"_s);
    query.addBindValue(orderId);
    if (!Database::exec(query))
        return lines;
    while (query.next()) {
        Line line;
        line.id = query.value(0).toString();
        line.name = query.value(1).toString();
        line.detail
            = QStringList {query.value(2).toString(), query.value(3).toString()}.join(u" · "_s);
        line.bought = query.value(4).toLongLong();
        line.returnable = line.bought - query.value(5).toLongLong();
        line.totalMinor = query.value(6).toLongLong();
        lines << line;
    }
    return lines;
}

ReturnRepository::CardPayment ReturnRepository::cardPayment(const QString &orderId,
                                                            const QString &order) const
{
    QSqlQuery query = Database::prepare(m_db,
                                        u"SELECT id, terminal_reference, amount_minor,"
                                        " card_brand, card_last4, currency FROM payments WHERE"
                                        " order_id = ? AND tender = 'card' AND status ="
                                        " 'approved' ORDER BY "_s
                                            + order + u" LIMIT 1"_s);
    query.addBindValue(orderId);
    if (!Database::exec(query) || !query.next())
        return {};
    return {query.value(0).toString(), query.value(1).toString(), query.value(3).toString(),
            query.value(4).toString(),
            Money(query.value(2).toLongLong(), query.value(5).toString())};
}

ReturnRepository::CardPayment ReturnRepository::firstCardPayment(const QString &orderId) const
{
    return cardPayment(orderId, u"created_at"_s);
}

ReturnRepository::CardPayment ReturnRepository::largestCardPayment(const QString &orderId) const
{
    return cardPayment(orderId, u"amount_minor DESC"_s);
}

QString ReturnRepository::terminalTimeOf(const QString &terminalReference) const
{
    return Database::scalar(m_db, u"SELECT poi_time FROM card_payments WHERE"
                                  " poi_transaction_id = ?"_s,
                            {terminalReference})
        .toString();
}

bool ReturnRepository::isOurTerminalTransaction(const QString &terminalReference) const
{
    return !terminalReference.isEmpty()
        && Database::scalar(m_db,
                            u"SELECT COUNT(*) FROM card_payments WHERE poi_transaction_id = ?"_s,
                            {terminalReference})
                .toInt()
        > 0;
}

bool ReturnRepository::keepPendingRefund(const QString &refundId, const QString &orderId,
                                         const QString &number, const Money &amount,
                                         const QByteArray &argsJson, const QString &associateId,
                                         qint64 now)
{
    QSqlQuery keep = Database::prepare(
        m_db,
        u"INSERT INTO sales (id, order_id, number, customer_id, state, currency, total_minor,"
        " lines, associate_id, created_at, updated_at) VALUES (?, ?, ?, '', 'refund', ?, ?, ?,"
        " ?, ?, ?)"_s);
    for (const QVariant &value :
         QVariantList {refundId, orderId, number, amount.currency(), amount.minor(),
                       QString::fromUtf8(argsJson), associateId, now, now})
        keep.addBindValue(value);
    return Database::exec(keep);
}

bool ReturnRepository::dropPendingRefund(const QString &refundId)
{
    QSqlQuery drop = Database::prepare(m_db, u"DELETE FROM sales WHERE id = ?"_s);
    drop.addBindValue(refundId);
    return Database::exec(drop);
}

QList<ReturnRepository::PendingRefund> ReturnRepository::pendingRefunds() const
{
    QList<PendingRefund> pending;
    QSqlQuery query
        = Database::prepare(m_db, u"SELECT id, lines FROM sales WHERE state = 'refund'"_s);
    if (!Database::exec(query))
        return pending;
    while (query.next())
        pending << PendingRefund {query.value(0).toString(), query.value(1).toByteArray()};
    return pending;
}

QString ReturnRepository::lastCardRequestOf(const QString &refundId) const
{
    return Database::scalar(m_db,
                            u"SELECT id FROM card_payments WHERE sale_id = ? ORDER BY created_at"
                            " DESC LIMIT 1"_s,
                            {refundId})
        .toString();
}

QString ReturnRepository::refundState(const QString &refundId) const
{
    return Database::scalar(m_db, u"SELECT state FROM sales WHERE id = ?"_s, {refundId})
        .toString();
}

bool ReturnRepository::setRefundState(const QString &refundId, const QString &state, qint64 now)
{
    QSqlQuery update = Database::prepare(m_db,
                                         u"UPDATE sales SET state = ?, updated_at = ? WHERE"
                                         " id = ?"_s);
    update.addBindValue(state);
    update.addBindValue(now);
    update.addBindValue(refundId);
    return Database::exec(update);
}
