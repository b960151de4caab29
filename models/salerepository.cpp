// SPDX-License-Identifier: MIT
#include "salerepository.h"
#include "database.h"
#include "rowstore.h"
#include "stock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

QJsonObject SaleLine::toJson() const
{
    return {{u"id"_s, id},
            {u"sku"_s, sku},
            {u"fulfilment"_s, fulfilment},
            {u"source"_s, source},
            {u"addressId"_s, addressId},
            {u"optionId"_s, optionId},
            {u"quantity"_s, quantity},
            {u"unitPriceMinor"_s, unitPrice.minor()},
            {u"currency"_s, unitPrice.currency()}};
}

SaleLine SaleLine::fromJson(const QJsonObject &json)
{
    SaleLine line;
    line.id = json.value(u"id"_s).toString();
    line.sku = json.value(u"sku"_s).toString();
    line.fulfilment = json.value(u"fulfilment"_s).toString();
    line.source = json.value(u"source"_s).toString();
    line.addressId = json.value(u"addressId"_s).toString();
    line.optionId = json.value(u"optionId"_s).toString();
    line.quantity = json.value(u"quantity"_s).toInteger();
    line.unitPrice = Money(json.value(u"unitPriceMinor"_s).toInteger(),
                           json.value(u"currency"_s).toString());
    return line;
}

SaleRepository::SaleRepository(const QSqlDatabase &db)
    : m_db(db)
{}

QList<SaleLine> SaleRepository::cartLines(const QString &customerId) const
{
    QList<SaleLine> lines;
    QSqlQuery query = Database::prepare(
        m_db,
        u"SELECT c.id, c.sku, c.fulfilment, c.source_location_id, c.delivery_address_id,"
        " c.delivery_option_id, c.quantity, p.price_minor, p.currency FROM cart_lines c"
        " JOIN products p ON p.sku = c.sku WHERE c.customer_id = ? ORDER BY c.added_at"_s);
    query.addBindValue(customerId);
    if (!Database::exec(query))
        return lines;
    while (query.next())
        lines << SaleLine {query.value(0).toString(),
                           query.value(1).toString(),
                           query.value(2).toString(),
                           query.value(3).toString(),
                           query.value(4).toString(),
                           query.value(5).toString(),
                           query.value(6).toLongLong(),
                           Money(query.value(7).toLongLong(), query.value(8).toString())};
    query.finish();
    // A line the customer put in their cart on the web ships home but names no place to send it
    // from (the web shop leaves that to the chain): send it from where the stock is, warehouses
    // first, as the endless aisle proposes. With no stock anywhere it stays without a source and
    // the checkout says so before any payment.
    // Likewise, a web line left without an address or a delivery option goes to the customer's
    // default address by the first (standard) option of its country, as the web shop would
    // propose; the checkout shows both before any payment.
    RowStore rows(m_db);
    for (SaleLine &line : lines) {
        if (line.fulfilment != u"ship_to_home"_s)
            continue;
        if (line.source.isEmpty()) {
            const QJsonArray sources = Stock::alternatives(rows, line.sku, line.quantity, {});
            if (!sources.isEmpty())
                line.source = sources.first()[u"locationId"_s].toString();
        }
        if (line.addressId.isEmpty())
            line.addressId = Database::scalar(m_db,
                                              u"SELECT id FROM addresses WHERE customer_id = ?"
                                              " ORDER BY is_default DESC, updated_at DESC, id"
                                              " LIMIT 1"_s,
                                              {customerId})
                                 .toString();
        if (line.optionId.isEmpty() && !line.addressId.isEmpty())
            line.optionId = Database::scalar(m_db,
                                             u"SELECT o.id FROM delivery_options o JOIN addresses"
                                             " a ON a.country = o.country WHERE a.id = ?"
                                             " ORDER BY o.sort_order, o.price_minor, o.id"
                                             " LIMIT 1"_s,
                                             {line.addressId})
                                .toString();
    }
    return lines;
}

std::optional<Money> SaleRepository::productPrice(const QString &sku) const
{
    QSqlQuery query = Database::prepare(m_db,
                                        u"SELECT price_minor, currency FROM products WHERE"
                                        " sku = ?"_s);
    query.addBindValue(sku);
    if (!Database::exec(query) || !query.next())
        return std::nullopt;
    return Money(query.value(0).toLongLong(), query.value(1).toString());
}

std::optional<SaleProduct> SaleRepository::product(const QString &sku) const
{
    QSqlQuery query = Database::prepare(m_db,
                                        u"SELECT s.name, p.size, p.colour FROM products p"
                                        " JOIN styles s ON s.id = p.style_id WHERE"
                                        " p.sku = ?"_s);
    query.addBindValue(sku);
    if (!Database::exec(query) || !query.next())
        return std::nullopt;
    return SaleProduct {query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString()};
}

Money SaleRepository::deliveryPrice(const QString &optionId) const
{
    const QVariantMap row = Database::rows(m_db,
                                           u"SELECT price_minor, currency FROM delivery_options"
                                           " WHERE id = ?"_s,
                                           {optionId})
                                .value(0);
    return Money(row.value(u"price_minor"_s).toLongLong(), row.value(u"currency"_s).toString());
}

int SaleRepository::vatRateBp(const QString &locationId) const
{
    return Database::scalar(m_db, u"SELECT vat_rate_bp FROM locations WHERE id = ?"_s,
                            {locationId})
        .toInt();
}

Discounts::ForSale SaleRepository::discounts(const QString &customerId,
                                             const QString &couponCode, const Money &subtotal,
                                             qint64 at) const
{
    RowStore rows(m_db);
    return Discounts::forSale(rows, customerId, couponCode, subtotal.minor(), subtotal.currency(),
                              at);
}

bool SaleRepository::orderExists(const QString &orderId) const
{
    return Database::scalar(m_db, u"SELECT COUNT(*) FROM orders WHERE id = ?"_s, {orderId})
               .toInt()
        > 0;
}

QString SaleRepository::customerLanguage(const QString &customerId) const
{
    return Database::scalar(m_db, u"SELECT language FROM customers WHERE id = ?"_s, {customerId})
        .toString();
}

bool SaleRepository::mayEmail(const QString &customerId) const
{
    return Database::scalar(m_db,
                            u"SELECT COUNT(*) FROM consents c JOIN customers u ON u.id ="
                            " c.customer_id WHERE c.customer_id = ? AND c.kind = 'email' AND"
                            " c.granted = 1 AND u.email <> ''"_s,
                            {customerId})
               .toInt()
        > 0;
}

QString SaleRepository::openSaleId(const QString &customerId) const
{
    return Database::scalar(m_db,
                            u"SELECT id FROM sales WHERE customer_id = ? AND state IN"
                            " ('open', 'abandoning') ORDER BY created_at DESC LIMIT 1"_s,
                            {customerId})
        .toString();
}

Sale SaleRepository::sale(const QString &saleId) const
{
    Sale sale;
    if (saleId.isEmpty())
        return sale;
    const QVariantMap row
        = Database::rows(m_db, u"SELECT * FROM sales WHERE id = ?"_s, {saleId}).value(0);
    if (row.isEmpty())
        return sale;
    sale.id = row.value(u"id"_s).toString();
    sale.orderId = row.value(u"order_id"_s).toString();
    sale.number = row.value(u"number"_s).toString();
    sale.customerId = row.value(u"customer_id"_s).toString();
    sale.state = row.value(u"state"_s).toString();
    sale.total = Money(row.value(u"total_minor"_s).toLongLong(),
                       row.value(u"currency"_s).toString());
    sale.couponCode = row.value(u"coupon_code"_s).toString();
    sale.associateId = row.value(u"associate_id"_s).toString();
    sale.createdAt = row.value(u"created_at"_s).toLongLong();
    const QJsonArray json = QJsonDocument::fromJson(row.value(u"lines"_s).toByteArray()).array();
    for (const QJsonValue &value : json)
        sale.lines << SaleLine::fromJson(value.toObject());
    return sale;
}

bool SaleRepository::insertSale(const Sale &sale)
{
    QJsonArray json;
    for (const SaleLine &line : sale.lines)
        json << line.toJson();
    QSqlQuery insert = Database::prepare(
        m_db,
        u"INSERT INTO sales (id, order_id, number, customer_id, state, currency, total_minor,"
        " coupon_code, lines, associate_id, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value :
         QVariantList {sale.id, sale.orderId, sale.number, sale.customerId, sale.state,
                       sale.total.currency(), sale.total.minor(), sale.couponCode,
                       QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)),
                       sale.associateId, sale.createdAt, sale.createdAt})
        insert.addBindValue(value);
    return Database::exec(insert);
}

bool SaleRepository::setSaleState(const QString &saleId, const QString &state, qint64 at)
{
    QSqlQuery update = Database::prepare(m_db,
                                         u"UPDATE sales SET state = ?, updated_at = ? WHERE"
                                         " id = ?"_s);
    update.addBindValue(state);
    update.addBindValue(at);
    update.addBindValue(saleId);
    return Database::exec(update);
}

QList<TenderRow> SaleRepository::tenderRows(const QString &where, const QVariantList &values,
                                           const QString &orderBy) const
{
    QList<TenderRow> list;
    // A tender is in its sale's currency; a found approval whose sale is gone, in its card
    // payment's.
    QSqlQuery query = Database::prepare(
        m_db,
        u"SELECT t.id, t.kind, t.amount_minor, t.state, t.card_brand, t.card_last4,"
        " t.gift_card_last4, t.gift_card_id, t.cash_given_minor, t.change_minor, t.found_at,"
        " t.terminal_reference, t.terminal_time, COALESCE(c.kind, ''), COALESCE(c.state, ''),"
        " COALESCE(c.amount_minor, 0), COALESCE(c.currency, ''),"
        " COALESCE(s.currency, c.currency, 'EUR') FROM sale_tenders t LEFT JOIN sales s ON"
        " s.id = t.sale_id LEFT JOIN card_payments c ON c.id = t.card_payment_id WHERE %1"
        " ORDER BY %2"_s.arg(where, orderBy));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!Database::exec(query))
        return list;
    while (query.next()) {
        const QString currency = query.value(17).toString();
        TenderRow row;
        row.id = query.value(0).toString();
        row.kind = query.value(1).toString();
        row.amount = Money(query.value(2).toLongLong(), currency);
        row.state = query.value(3).toString();
        row.cardBrand = query.value(4).toString();
        row.cardLast4 = query.value(5).toString();
        row.giftCardLast4 = query.value(6).toString();
        row.giftCardId = query.value(7).toString();
        row.cashGiven = Money(query.value(8).toLongLong(), currency);
        row.change = Money(query.value(9).toLongLong(), currency);
        row.foundAt = query.value(10).toLongLong();
        row.terminalReference = query.value(11).toString();
        row.terminalTime = query.value(12).toString();
        row.cardPaymentKind = query.value(13).toString();
        row.cardPaymentState = query.value(14).toString();
        row.cardPaymentAmount = Money(query.value(15).toLongLong(), query.value(16).toString());
        list << row;
    }
    return list;
}

QList<TenderRow> SaleRepository::tenders(const QString &saleId) const
{
    return tenderRows(u"t.sale_id = ?"_s, {saleId}, u"t.created_at"_s);
}

QList<TenderRow> SaleRepository::approvedTenders(const QString &saleId) const
{
    return tenderRows(u"t.sale_id = ? AND t.state = 'approved'"_s, {saleId}, u"t.created_at"_s);
}

Money SaleRepository::paid(const QString &saleId, const QString &currency) const
{
    return Money(Database::scalar(m_db,
                                  u"SELECT COALESCE(SUM(amount_minor), 0) FROM sale_tenders"
                                  " WHERE sale_id = ? AND state = 'approved'"_s,
                                  {saleId})
                     .toLongLong(),
                 currency);
}

bool SaleRepository::hasTenderInProgress(const QString &saleId) const
{
    return Database::scalar(m_db,
                            u"SELECT COUNT(*) FROM sale_tenders WHERE sale_id = ? AND"
                            " state IN ('pending', 'reversing')"_s,
                            {saleId})
               .toInt()
        > 0;
}

QString SaleRepository::waitingCardPaymentId(const QString &saleId, bool pendingOnly) const
{
    return Database::scalar(m_db,
                            pendingOnly ? u"SELECT card_payment_id FROM sale_tenders WHERE"
                                          " sale_id = ? AND state = 'pending' LIMIT 1"_s
                                        : u"SELECT card_payment_id FROM sale_tenders WHERE"
                                          " sale_id = ? AND state IN ('pending',"
                                          " 'reversing') LIMIT 1"_s,
                            {saleId})
        .toString();
}

QList<PendingTender> SaleRepository::waitingTenders(const QString &saleId) const
{
    QList<PendingTender> pending;
    QSqlQuery query = Database::prepare(m_db,
                                        u"SELECT id, card_payment_id, state FROM sale_tenders"
                                        " WHERE sale_id = ? AND state IN ('pending',"
                                        " 'reversing')"_s);
    query.addBindValue(saleId);
    if (!Database::exec(query))
        return pending;
    while (query.next())
        pending << PendingTender {query.value(0).toString(), query.value(1).toString(),
                                  query.value(2).toString()};
    return pending;
}

QList<TenderRow> SaleRepository::approvedCards(const QString &saleId) const
{
    return tenderRows(u"t.sale_id = ? AND t.kind = 'card' AND t.state = 'approved'"_s, {saleId},
                      u"t.created_at"_s);
}

QStringList SaleRepository::approvedHandBackTenderIds(const QString &saleId) const
{
    QStringList ids;
    QSqlQuery cash = Database::prepare(m_db,
                                       u"SELECT id, amount_minor FROM sale_tenders WHERE"
                                       " sale_id = ? AND kind IN ('cash', 'gift_card') AND"
                                       " state = 'approved'"_s);
    cash.addBindValue(saleId);
    if (Database::exec(cash)) {
        while (cash.next())
            ids << cash.value(0).toString();
    }
    return ids;
}

std::optional<TenderRow> SaleRepository::approvedTender(const QString &tenderId,
                                                        const QString &saleId) const
{
    const QList<TenderRow> rows = tenderRows(u"t.id = ? AND t.sale_id = ?"_s, {tenderId, saleId},
                                             u"t.created_at"_s);
    if (rows.isEmpty() || rows.first().state != u"approved"_s)
        return std::nullopt;
    return rows.first();
}

bool SaleRepository::insertTender(const QVariantMap &row)
{
    const QStringList names = row.keys();
    QSqlQuery insert = Database::prepare(
        m_db,
        u"INSERT INTO sale_tenders (%1) VALUES (%2)"_s.arg(
            names.join(u", "_s), QStringList(names.size(), u"?"_s).join(u", "_s)));
    for (const QString &name : names)
        insert.addBindValue(row.value(name));
    return Database::exec(insert);
}

bool SaleRepository::setTenderState(const QString &tenderId, const QString &state)
{
    QSqlQuery update = Database::prepare(m_db, u"UPDATE sale_tenders SET state = ? WHERE id = ?"_s);
    update.addBindValue(state);
    update.addBindValue(tenderId);
    return Database::exec(update);
}

bool SaleRepository::setTenderReversal(const QString &tenderId, const QString &state,
                                       const QString &cardPaymentId)
{
    QSqlQuery update = Database::prepare(m_db,
                                         u"UPDATE sale_tenders SET state = ?,"
                                         " card_payment_id = ? WHERE id = ?"_s);
    update.addBindValue(state);
    update.addBindValue(cardPaymentId);
    update.addBindValue(tenderId);
    return Database::exec(update);
}

bool SaleRepository::setPendingCardReversal(const QString &saleId, const QString &paymentId,
                                            const QString &state, const QString &reversalId)
{
    QSqlQuery update = Database::prepare(m_db,
                                         u"UPDATE sale_tenders SET state = ?, card_payment_id = ?"
                                         " WHERE sale_id = ? AND card_payment_id = ? AND"
                                         " state = 'pending'"_s);
    update.addBindValue(state);
    update.addBindValue(reversalId);
    update.addBindValue(saleId);
    update.addBindValue(paymentId);
    return Database::exec(update);
}

bool SaleRepository::approveCardTender(const QString &tenderId, const Money &authorized,
                                       const QString &brand, const QString &last4,
                                       const QString &reference, const QString &time)
{
    QSqlQuery update = Database::prepare(m_db,
                                         u"UPDATE sale_tenders SET state = 'approved',"
                                         " amount_minor = ?, card_brand = ?, card_last4 = ?,"
                                         " terminal_reference = ?, terminal_time = ? WHERE id = ?"_s);
    update.addBindValue(authorized.minor());
    update.addBindValue(brand);
    update.addBindValue(last4);
    update.addBindValue(reference);
    update.addBindValue(time);
    update.addBindValue(tenderId);
    return Database::exec(update);
}

qint64 SaleRepository::giftCardHeldMinor(const QString &giftCardId) const
{
    return Database::scalar(m_db,
                            u"SELECT COALESCE(SUM(t.amount_minor), 0) FROM"
                            " sale_tenders t JOIN sales s ON s.id = t.sale_id"
                            " WHERE t.gift_card_id = ? AND t.state = 'approved'"
                            " AND s.state = 'open'"_s,
                            {giftCardId})
        .toLongLong();
}

QList<TenderRow> SaleRepository::recoveredCards(const QString &saleId) const
{
    return tenderRows(u"t.found_at > 0 AND t.found_seen = 0 AND (t.sale_id = ? OR s.state IS NULL"
                      " OR s.state NOT IN ('open', 'abandoning'))"_s,
                      {saleId}, u"t.found_at"_s);
}

bool SaleRepository::dismissRecoveredCard(const QString &tenderId)
{
    QSqlQuery update = Database::prepare(m_db,
                                         u"UPDATE sale_tenders SET found_seen = 1 WHERE id = ? AND"
                                         " found_at > 0"_s);
    update.addBindValue(tenderId);
    return Database::exec(update);
}

QStringList SaleRepository::looseCardApprovals() const
{
    QSqlQuery loose = Database::prepare(
        m_db,
        u"SELECT c.id FROM card_payments c WHERE c.kind = 'payment' AND c.state IN ('approved',"
        " 'partial') AND c.authorized_minor > 0 AND NOT EXISTS (SELECT 1 FROM sale_tenders t"
        " WHERE t.card_payment_id = c.id OR (c.poi_transaction_id <> '' AND"
        " t.terminal_reference = c.poi_transaction_id)) AND NOT EXISTS (SELECT 1 FROM"
        " card_payments r WHERE r.kind = 'reversal' AND c.poi_transaction_id <> '' AND"
        " r.original_reference = c.poi_transaction_id) ORDER BY c.created_at"_s);
    QStringList ids;
    if (Database::exec(loose)) {
        while (loose.next())
            ids << loose.value(0).toString();
    }
    return ids;
}

QList<QPair<QString, QString>> SaleRepository::foundReversals() const
{
    QSqlQuery reversing = Database::prepare(
        m_db,
        u"SELECT t.id, t.card_payment_id FROM sale_tenders t LEFT JOIN sales s ON"
        " s.id = t.sale_id WHERE t.found_at > 0 AND t.state = 'reversing' AND (s.state IS NULL"
        " OR s.state NOT IN ('open', 'abandoning'))"_s);
    QList<QPair<QString, QString>> giving;
    if (Database::exec(reversing)) {
        while (reversing.next())
            giving << qMakePair(reversing.value(0).toString(), reversing.value(1).toString());
    }
    return giving;
}
