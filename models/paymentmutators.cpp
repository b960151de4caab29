// SPDX-License-Identifier: MIT
// Payments, refunds, gift cards and cash counts. The tablet records what the terminal, the
// cash drawer and the customer did; the service applies gift card balances (never below zero)
// and stock, and every refusal leaves a visible record instead of a silent gap.
#include "database.h"
#include "discounts.h"
#include "money.h"
#include "mutatorsupport.h"
#include "stock.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace Mutators::Support {

namespace {

const QStringList tenders = {u"card"_s, u"cash"_s, u"gift_card"_s};

qint64 sumOf(RowStore &rows, const QString &sql, const QString &orderId)
{
    return Database::scalar(rows.database(), sql, {orderId}).toLongLong();
}

/** Marks the order paid once its approved payments cover it, crediting loyalty points and
    lifetime value on the paid amount (once, at that moment). */
bool settlePayment(RowStore &rows, const QVariantMap &order, qint64 now)
{
    const QString orderId = order.value(u"id"_s).toString();
    const qint64 paid = sumOf(rows,
                              u"SELECT COALESCE(SUM(amount_minor), 0) FROM payments WHERE"
                              " order_id = ? AND status = 'approved'"_s,
                              orderId);
    const qint64 total = order.value(u"total_minor"_s).toLongLong();
    const QString before = order.value(u"payment_status"_s).toString();
    const QString after = paid >= total ? u"paid"_s : paid > 0 ? u"part_paid"_s : u"unpaid"_s;
    if (after == before)
        return true;
    if (!rows.put(entity(u"order"_s),
                  {{u"id"_s, orderId}, {u"payment_status"_s, after}, {u"updated_at"_s, now}}))
        return false;
    const QString customerId = order.value(u"customer_id"_s).toString();
    if (after != u"paid"_s || customerId.isEmpty())
        return true;
    const auto customer = rows.get(entity(u"customer"_s), {{u"id"_s, customerId}});
    if (!customer)
        return true;
    // One point per whole euro paid.
    return rows.put(entity(u"customer"_s),
                    {{u"id"_s, customerId},
                     {u"points"_s, customer->value(u"points"_s).toLongLong() + total / 100},
                     {u"lifetime_value_minor"_s,
                      customer->value(u"lifetime_value_minor"_s).toLongLong() + total},
                     {u"updated_at"_s, now}});
}

/** Moves a gift card's balance; on the service only if it stays at or above zero. */
std::optional<bool> moveGiftCard(RowStore &rows, const QString &cardId, qint64 delta,
                                 const MutationContext &context)
{
    QSqlQuery update = Database::prepare(
        rows.database(),
        context.authoritative
            ? u"UPDATE gift_cards SET balance_minor = balance_minor + ?, updated_at = ? WHERE"
              " id = ? AND status = 'active' AND balance_minor + ? >= 0"_s
            : u"UPDATE gift_cards SET balance_minor = CASE WHEN balance_minor + ? < 0 THEN 0"
              " ELSE balance_minor + ? END, updated_at = ? WHERE id = ?"_s);
    if (context.authoritative) {
        update.addBindValue(delta);
        update.addBindValue(context.now);
        update.addBindValue(cardId);
        update.addBindValue(delta);
    } else {
        update.addBindValue(delta);
        update.addBindValue(delta);
        update.addBindValue(context.now);
        update.addBindValue(cardId);
    }
    if (!Database::exec(update))
        return std::nullopt;
    const bool moved = update.numRowsAffected() > 0;
    if (moved) {
        const Entity &cards = entity(u"gift_card"_s);
        const auto row = rows.get(cards, {{u"id"_s, cardId}});
        if (!row || !rows.put(cards, *row))
            return std::nullopt;
    }
    return moved;
}

/** Money of an order in its currency, in all and by card. */
struct Amounts
{
    qint64 all = 0;
    qint64 card = 0;
};

Amounts amountsOf(RowStore &rows, const QString &table, const QVariantMap &order)
{
    QSqlQuery query = Database::prepare(
        rows.database(),
        u"SELECT COALESCE(SUM(amount_minor), 0), COALESCE(SUM(CASE WHEN tender = 'card' THEN"
        " amount_minor ELSE 0 END), 0) FROM "_s
            + table + u" WHERE order_id = ? AND currency = ?"_s
            + (table == u"payments"_s ? u" AND status = 'approved'"_s : QString()));
    query.addBindValue(order.value(u"id"_s));
    query.addBindValue(order.value(u"currency"_s));
    if (!Database::exec(query) || !query.next())
        return {};
    return {query.value(0).toLongLong(), query.value(1).toLongLong()};
}

/** What may still be refunded of an order, and to a card: no more than was paid (and than the
    order cost), less what went back already. Cards take back only what cards paid; a gift
    card or cash (within the drawer's limit) may return any tender's money. */
std::optional<MutationResult> refundTooLarge(RowStore &rows, const QVariantMap &order,
                                             const QString &tender, qint64 amount)
{
    Amounts paid = amountsOf(rows, u"payments"_s, order);
    const qint64 total = order.value(u"total_minor"_s).toLongLong();
    // Orders from the web shop, the app or the call centre were paid there, by card, before
    // they reached us; their payments are not recorded here.
    if (paid.all == 0 && order.value(u"channel"_s).toString() != u"store"_s)
        paid = {total, total};
    if (paid.all == 0)
        return MutationResult::rejected(u"invalid"_s,
                                        u"order %1 has not been paid: there is nothing to"
                                        " refund"_s.arg(order.value(u"number"_s).toString()));
    const Amounts refunded = amountsOf(rows, u"refunds"_s, order);
    const QString currency = order.value(u"currency"_s).toString();
    const auto money = [&currency](qint64 minor) -> QString {
        return Money(qMax<qint64>(0, minor), currency).toDecimalString() + u' ' + currency;
    };
    const qint64 left = qMin(paid.all, total) - refunded.all;
    if (amount > left)
        return MutationResult::rejected(
            u"invalid"_s, u"only %1 of this order is left to refund"_s.arg(money(left)));
    const qint64 cardLeft = paid.card - refunded.card;
    if (tender == u"card"_s && amount > cardLeft)
        return MutationResult::rejected(
            u"invalid"_s,
            u"only %1 was paid by card and not refunded to a card"
            " yet; refund the rest to a gift card or in cash"_s.arg(money(cardLeft)));
    return std::nullopt;
}

/** A gift card takes money only in its own currency. */
std::optional<MutationResult> giftCardCurrency(RowStore &rows, const QString &cardId,
                                               const QString &currency)
{
    const auto card = rows.get(entity(u"gift_card"_s), {{u"id"_s, cardId}});
    if (card && card->value(u"currency"_s).toString() != currency)
        return checkCurrency(currency, card->value(u"currency"_s).toString());
    return std::nullopt;
}

MutationResult paymentRecord(RowStore &rows, const QJsonObject &json,
                             const MutationContext &context)
{
    JsonReader args(json);
    const QString id = args.rowId(u"id"_s);
    const QString orderId = args.text(u"orderId"_s, idLength);
    const QString tender = args.oneOf(u"tender"_s, tenders);
    const qint64 amount = args.integer(u"amountMinor"_s, 1, 100000000);
    const QString currency = args.currency(u"currency"_s);
    const QString brand = args.text(u"cardBrand"_s, 20, false);
    const QString last4 = args.text(u"cardLast4"_s, 4, false);
    const QString reference = args.text(u"terminalReference"_s, 64, false);
    const QString giftCard = args.sha256(u"giftCardId"_s, tender == u"gift_card"_s);
    const QString saleId = args.text(u"saleId"_s, idLength, false);
    const qint64 at = actedAt(args, context);
    if (!args.ok())
        return rejection(args);
    for (QChar c : last4) {
        if (!c.isDigit())
            return MutationResult::rejected(u"invalid"_s, u"cardLast4 holds four digits only"_s);
    }
    if (tender == u"card"_s && reference.isEmpty())
        return MutationResult::rejected(u"invalid"_s,
                                        u"a card payment needs its terminal reference"_s);
    const auto order = rows.get(entity(u"order"_s), {{u"id"_s, orderId}});
    if (!order)
        return MutationResult::rejected(u"not_found"_s, u"order %1 does not exist"_s.arg(orderId));
    // Payments are taken by the store that made the sale.
    if (context.authoritative && order->value(u"location_id"_s).toString() != context.locationId)
        return MutationResult::rejected(
            u"not_allowed"_s,
            u"order %1 was not sold in this store"_s.arg(order->value(u"number"_s).toString()));
    const Entity &payments = entity(u"payment"_s);
    if (const auto existing = rows.get(payments, {{u"id"_s, id}})) {
        if (existing->value(u"order_id"_s).toString() != orderId)
            return idInUse(u"payment"_s, id);
        return MutationResult::ok(); // recorded once, whatever the re-sends
    }
    if (MutationResult r = checkCurrency(currency, order->value(u"currency"_s).toString());
        !r.applied)
        return r;
    if (tender == u"gift_card"_s && context.authoritative) {
        if (const auto refused = giftCardCurrency(rows, giftCard, currency))
            return *refused;
    }
    QString status = u"approved"_s;
    if (tender == u"gift_card"_s) {
        const auto moved = moveGiftCard(rows, giftCard, -amount, context);
        if (!moved)
            return storageFailure();
        if (!*moved && context.authoritative) {
            // The card could not cover it (spent elsewhere while this tablet was offline): the
            // payment stays on record as failed and the order asks for attention.
            status = u"failed"_s;
            if (!rows.put(
                    entity(u"order"_s),
                    {{u"id"_s, orderId},
                     {u"status"_s, u"needs_action"_s},
                     {u"status_detail"_s,
                      QString::fromUtf8(
                          QJsonDocument(QJsonObject {{u"giftCardShort"_s,
                                                      QJsonObject {{u"paymentId"_s, id},
                                                                   {u"amountMinor"_s, amount}}}})
                              .toJson(QJsonDocument::Compact))},
                     {u"updated_at"_s, context.now}}))
                return storageFailure();
        }
    }
    if (!rows.put(payments,
                  {{u"id"_s, id},
                   {u"order_id"_s, orderId},
                   {u"sale_id"_s, saleId},
                   {u"tender"_s, tender},
                   {u"amount_minor"_s, amount},
                   {u"currency"_s, currency},
                   {u"status"_s, status},
                   {u"card_brand"_s, brand},
                   {u"card_last4"_s, last4},
                   {u"terminal_reference"_s, reference},
                   {u"gift_card_id"_s, giftCard},
                   {u"associate_id"_s, context.associateId},
                   {u"created_at"_s, at}}))
        return storageFailure();
    return settlePayment(rows, *rows.get(entity(u"order"_s), {{u"id"_s, orderId}}), context.now)
        ? MutationResult::ok()
        : storageFailure();
}

MutationResult refundRecord(RowStore &rows, const QJsonObject &json, const MutationContext &context)
{
    JsonReader args(json);
    const QString id = args.rowId(u"id"_s);
    const QString orderId = args.text(u"orderId"_s, idLength);
    const QString paymentId = args.text(u"paymentId"_s, idLength, false);
    const QString tender = args.oneOf(u"tender"_s, tenders);
    const qint64 amount = args.integer(u"amountMinor"_s, 1, 100000000);
    const QString currency = args.currency(u"currency"_s);
    const QString reference = args.text(u"terminalReference"_s, 64, false);
    const QString giftCard = args.sha256(u"giftCardId"_s, tender == u"gift_card"_s);
    const QString reason = args.text(u"reason"_s, 200, false);
    const qint64 at = actedAt(args, context);
    if (!json.value(u"lines"_s).isArray())
        args.fail(u"argument 'lines' must be an array"_s);
    if (!args.ok())
        return rejection(args);
    if (tender == u"cash"_s && amount > Refunds::maxCashMinor)
        return MutationResult::rejected(
            u"invalid"_s,
            u"cash refunds are limited to %1 minor units"_s.arg(Refunds::maxCashMinor));
    const auto order = rows.get(entity(u"order"_s), {{u"id"_s, orderId}});
    if (!order)
        return MutationResult::rejected(u"not_found"_s, u"order %1 does not exist"_s.arg(orderId));
    const QString customerId = order->value(u"customer_id"_s).toString();
    if (MutationResult r = checkOrder(rows, *order, context); !r.applied)
        return r;
    if (!customerId.isEmpty()) {
        if (MutationResult r = checkCustomer(rows, customerId, context); !r.applied)
            return r;
    }
    const Entity &refunds = entity(u"refund"_s);
    if (const auto existing = rows.get(refunds, {{u"id"_s, id}})) {
        if (existing->value(u"order_id"_s).toString() != orderId)
            return idInUse(u"refund"_s, id);
        return MutationResult::ok();
    }
    if (MutationResult r = checkCurrency(currency, order->value(u"currency"_s).toString());
        !r.applied)
        return r;
    if (context.authoritative) {
        if (const auto refused = refundTooLarge(rows, *order, tender, amount))
            return *refused;
        if (!paymentId.isEmpty()) {
            const auto paid = rows.get(entity(u"payment"_s), {{u"id"_s, paymentId}});
            if (!paid || paid->value(u"order_id"_s).toString() != orderId)
                return MutationResult::rejected(u"not_found"_s,
                                                u"no payment %1 on this order"_s.arg(paymentId));
        }
        if (tender == u"gift_card"_s) {
            if (const auto refused = giftCardCurrency(rows, giftCard, currency))
                return *refused;
        }
    }
    const Entity &lines = entity(u"order_line"_s);
    bool firstLine = true;
    for (const QJsonValue &value : json.value(u"lines"_s).toArray()) {
        JsonReader lineArgs(value.toObject());
        const QString lineId = lineArgs.text(u"lineId"_s, idLength);
        const qint64 quantity = lineArgs.integer(u"quantity"_s, 1, 999);
        const bool restock = value.toObject().value(u"restock"_s).toBool();
        if (!lineArgs.ok())
            return rejection(lineArgs);
        const auto line = rows.get(lines, {{u"id"_s, lineId}});
        if (!line || line->value(u"order_id"_s).toString() != orderId)
            return MutationResult::rejected(u"not_found"_s,
                                            u"no line %1 on this order"_s.arg(lineId));
        if (context.authoritative
            && rows.exists(entity(u"event"_s), {{u"id"_s, QString(id + u'/' + lineId)}}))
            return idInUse(u"refund"_s, id);
        const qint64 returned = line->value(u"returned_quantity"_s).toLongLong() + quantity;
        if (returned > line->value(u"quantity"_s).toLongLong())
            return MutationResult::rejected(u"invalid"_s,
                                            u"more returned than bought on line %1"_s.arg(lineId));
        if (!rows.put(lines, {{u"id"_s, lineId}, {u"returned_quantity"_s, returned}}))
            return storageFailure();
        const QString sku = line->value(u"sku"_s).toString();
        if (context.authoritative && restock
            && !Stock::restock(rows, sku, context.locationId, quantity, context.now))
            return storageFailure();
        if (!customerId.isEmpty()
            && !rows.put(entity(u"event"_s),
                         {{u"id"_s, QString(id + u'/' + lineId)},
                          {u"customer_id"_s, customerId},
                          {u"kind"_s, u"returned"_s},
                          {u"channel"_s, u"store"_s},
                          {u"occurred_at"_s, at},
                          {u"sku"_s, sku},
                          {u"location_id"_s, context.locationId},
                          {u"order_id"_s, orderId},
                          {u"quantity"_s, quantity},
                          // The money back shows once, on the first returned line.
                          {u"amount_minor"_s, std::exchange(firstLine, false) ? -amount : 0},
                          {u"currency"_s, currency},
                          {u"title"_s, order->value(u"number"_s).toString()},
                          {u"detail"_s, tender}}))
            return storageFailure();
    }
    if (tender == u"gift_card"_s) {
        const auto moved = moveGiftCard(rows, giftCard, amount, context);
        if (!moved)
            return storageFailure();
        if (!*moved && context.authoritative)
            return MutationResult::rejected(u"not_found"_s,
                                            u"that gift card cannot take a refund"_s);
    }
    if (!rows.put(refunds,
                  {{u"id"_s, id},
                   {u"order_id"_s, orderId},
                   {u"payment_id"_s, paymentId},
                   {u"tender"_s, tender},
                   {u"amount_minor"_s, amount},
                   {u"currency"_s, currency},
                   {u"status"_s, u"completed"_s},
                   {u"terminal_reference"_s, reference},
                   {u"gift_card_id"_s, giftCard},
                   {u"associate_id"_s, context.associateId},
                   {u"reason"_s, reason},
                   {u"created_at"_s, at}}))
        return storageFailure();
    // Everything back: the order is returned. Points and value follow the money back.
    const qint64 open = sumOf(rows,
                              u"SELECT COALESCE(SUM(quantity - returned_quantity), 0) FROM"
                              " order_lines WHERE order_id = ? AND status <> 'cancelled'"_s,
                              orderId);
    if (open == 0
        && !rows.put(
            entity(u"order"_s),
            {{u"id"_s, orderId}, {u"status"_s, u"returned"_s}, {u"updated_at"_s, context.now}}))
        return storageFailure();
    if (!customerId.isEmpty()) {
        const auto customer = rows.get(entity(u"customer"_s), {{u"id"_s, customerId}});
        if (customer
            && !rows.put(
                entity(u"customer"_s),
                {{u"id"_s, customerId},
                 {u"points"_s,
                  qMax<qint64>(0, customer->value(u"points"_s).toLongLong() - amount / 100)},
                 {u"lifetime_value_minor"_s,
                  customer->value(u"lifetime_value_minor"_s).toLongLong() - amount},
                 {u"updated_at"_s, context.now}}))
            return storageFailure();
    }
    return MutationResult::ok();
}

MutationResult giftCardIssue(RowStore &rows, const QJsonObject &json,
                             const MutationContext &context)
{
    JsonReader args(json);
    const QString id = args.sha256(u"id"_s);
    const QString last4 = args.text(u"last4"_s, 4);
    const QString currency = args.currency(u"currency"_s);
    if (!args.ok())
        return rejection(args);
    if (last4.size() != 4
        || !std::all_of(last4.cbegin(), last4.cend(), [](QChar c) { return c.isDigit(); }))
        return MutationResult::rejected(u"invalid"_s, u"last4 holds the last four digits"_s);
    // Issued in the store's currency, the one its refunds are in.
    if (context.authoritative) {
        if (MutationResult r = checkCurrency(currency, storeCurrency(rows, context)); !r.applied)
            return r;
    }
    const Entity &cards = entity(u"gift_card"_s);
    if (rows.exists(cards, {{u"id"_s, id}}))
        return MutationResult::ok();
    // Issued empty: the refund that follows credits it, so the money is counted once.
    return rows.put(cards,
                    {{u"id"_s, id},
                     {u"last4"_s, last4},
                     {u"balance_minor"_s, 0},
                     {u"currency"_s, currency},
                     {u"status"_s, u"active"_s},
                     {u"updated_at"_s, context.now}})
        ? MutationResult::ok()
        : storageFailure();
}

MutationResult cashCloseSession(RowStore &rows, const QJsonObject &json,
                                const MutationContext &context)
{
    JsonReader args(json);
    const QString id = args.rowId(u"id"_s);
    const QString currency = args.currency(u"currency"_s);
    const qint64 openedAt = args.time(u"openedAt"_s, context.now, true);
    const qint64 closedAt = actedAt(args, context);
    const qint64 opening = args.integer(u"openingMinor"_s, 0, 100000000);
    const qint64 expected = args.integer(u"expectedMinor"_s, -100000000, 100000000);
    const qint64 counted = args.integer(u"countedMinor"_s, 0, 100000000);
    if (!args.ok())
        return rejection(args);
    const Entity &counts = entity(u"cash_count"_s);
    if (const auto existing = rows.get(counts, {{u"id"_s, id}})) {
        if (existing->value(u"location_id"_s).toString() != context.locationId)
            return idInUse(u"cash session"_s, id);
        return MutationResult::ok();
    }
    if (context.authoritative) {
        if (MutationResult r = checkCurrency(currency, storeCurrency(rows, context)); !r.applied)
            return r;
    }
    return rows.put(counts,
                    {{u"id"_s, id},
                     {u"location_id"_s, context.locationId},
                     {u"associate_id"_s, context.associateId},
                     {u"opened_at"_s, openedAt},
                     {u"closed_at"_s, closedAt},
                     {u"currency"_s, currency},
                     {u"opening_minor"_s, opening},
                     {u"expected_minor"_s, expected},
                     {u"counted_minor"_s, counted}})
        ? MutationResult::ok()
        : storageFailure();
}

/** A receipt to email: queued on the service (only there) when the customer agreed to email;
    the tablet keeps nothing of it. */
MutationResult receiptEmail(RowStore &rows, const QJsonObject &json, const MutationContext &context)
{
    JsonReader args(json);
    const QString id = args.rowId(u"id"_s);
    const QString orderId = args.text(u"orderId"_s, idLength);
    const QString customerId = args.text(u"customerId"_s, idLength);
    const QString pdf = args.text(u"pdf"_s, 2000000);
    if (!args.ok())
        return rejection(args);
    if (!context.authoritative)
        return MutationResult::ok();
    if (MutationResult r = checkCustomer(rows, customerId, context); !r.applied)
        return r;
    const QByteArray decoded
        = QByteArray::fromBase64(pdf.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded.startsWith("%PDF"))
        return MutationResult::rejected(u"invalid"_s, u"the receipt is not a PDF"_s);
    const QSqlDatabase db = rows.database();
    const QVariant queuedFor
        = Database::scalar(db, u"SELECT order_id FROM outbound_emails WHERE id = ?"_s, {id});
    if (queuedFor.isValid()) {
        if (queuedFor.toString() != orderId)
            return idInUse(u"receipt email"_s, id);
        return MutationResult::ok();
    }
    const auto customer = rows.get(entity(u"customer"_s), {{u"id"_s, customerId}});
    const bool consented = Database::scalar(db,
                                            u"SELECT COUNT(*) FROM consents WHERE customer_id = ?"
                                            " AND kind = 'email' AND granted = 1"_s,
                                            {customerId})
                               .toInt()
        > 0;
    if (!customer || customer->value(u"email"_s).toString().isEmpty() || !consented)
        return MutationResult::rejected(u"invalid"_s,
                                        u"the customer has not agreed to receive email"_s);
    const auto order = rows.get(entity(u"order"_s), {{u"id"_s, orderId}});
    if (!order || order->value(u"customer_id"_s).toString() != customerId)
        return MutationResult::rejected(u"not_found"_s, u"no such order for this customer"_s);
    QSqlQuery insert = Database::prepare(db,
                                         u"INSERT INTO outbound_emails (id, order_id,"
                                         " customer_id, to_address, language, kind,"
                                         " attachment, created_at) VALUES (?, ?, ?, ?, ?,"
                                         " 'receipt', ?, ?)"_s);
    for (const QVariant &value : QVariantList {id, orderId, customerId, customer->value(u"email"_s),
                                               customer->value(u"language"_s), pdf, context.now})
        insert.addBindValue(value);
    return Database::exec(insert) ? MutationResult::ok() : storageFailure();
}

} // namespace

QHash<QString, Mutator> paymentMutators()
{
    return {{u"payment.record"_s, paymentRecord},
            {u"refund.record"_s, refundRecord},
            {u"giftcard.issue"_s, giftCardIssue},
            {u"cash.closeSession"_s, cashCloseSession},
            {u"receipt.email"_s, receiptEmail}};
}

} // namespace Mutators::Support
