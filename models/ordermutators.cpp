// SPDX-License-Identifier: MIT
// Orders created on the tablet (carry out, endless aisle, pick up), their allocation on the
// service, and click-and-collect hand-over.
#include "address.h"
#include "database.h"
#include "discounts.h"
#include "mutatorsupport.h"
#include "orderflow.h"
#include "pricing.h"
#include "stock.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace Mutators::Support {

namespace {

constexpr qint64 pickupWindowMs = 7LL * 24 * 3600 * 1000;
const QStringList fulfilments
    = {u"carry_out"_s, u"ship_to_home"_s, u"pick_up"_s, u"ship_from_store"_s};

QString toJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool addStatus(RowStore &rows, const QString &orderId, const QString &status, qint64 at,
               const QString &detail = {})
{
    // Deterministic id: the tablet's optimistic row and the service's are the same row.
    return rows.put(entity(u"order_status"_s),
                    {{u"id"_s, QString(orderId + u'/' + status)},
                     {u"order_id"_s, orderId},
                     {u"status"_s, status},
                     {u"occurred_at"_s, at},
                     {u"detail"_s, detail},
                     {u"source"_s, u"store"_s}});
}

} // namespace
} // namespace Mutators::Support

namespace OrderFlow {
using namespace Mutators::Support;

std::optional<QString> allocate(RowStore &rows, const OrderLine &line, const QString &store,
                                qint64 now)
{
    if (line.fulfilment == u"carry_out"_s)
        return Stock::sell(rows, line.sku, store, line.quantity, now)
            ? std::optional<QString>(u"fulfilled"_s)
            : std::nullopt;
    if (!line.reservationId.isEmpty()) {
        // Stock already held for this customer: the reservation becomes the order line.
        const auto reservation
            = rows.get(entity(u"reservation"_s), {{u"id"_s, line.reservationId}});
        if (reservation && reservation->value(u"status"_s).toString() == u"active"_s
            && reservation->value(u"sku"_s).toString() == line.sku
            && reservation->value(u"location_id"_s).toString() == line.source
            && reservation->value(u"quantity"_s).toLongLong() >= line.quantity) {
            // Buying part of what is held leaves the rest held for the customer.
            const qint64 left = reservation->value(u"quantity"_s).toLongLong() - line.quantity;
            if (!rows.put(entity(u"reservation"_s),
                          {{u"id"_s, line.reservationId},
                           {u"quantity"_s, left > 0 ? left : reservation->value(u"quantity"_s)},
                           {u"status"_s, left > 0 ? u"active"_s : u"fulfilled"_s},
                           {u"updated_at"_s, now}}))
                return std::nullopt;
            return u"allocated"_s;
        }
    }
    switch (Stock::reserve(rows, line.sku, line.source, line.quantity, now)) {
    case Stock::Take::Taken:
        return u"allocated"_s;
    case Stock::Take::SoldOut:
        return u"unallocated"_s;
    case Stock::Take::Failed:
        break;
    }
    return std::nullopt;
}

bool settleOrder(RowStore &rows, const QString &orderId, qint64 now, QString *statusOut)
{
    const QList<QVariantMap> lines
        = rows.select(entity(u"order_line"_s), {{u"order_id"_s, orderId}}, u"line_no"_s);
    // A store's order is offered only stock its store may take (order.reallocate refuses the
    // rest); a web order, of no store, anything.
    const auto order = rows.get(entity(u"order"_s), {{u"id"_s, orderId}});
    const QString store = order ? order->value(u"location_id"_s).toString() : QString();
    const QStringList reach = store.isEmpty() ? QStringList() : stockReach(rows, store);
    const auto offered = [&](const QJsonArray &all) {
        if (store.isEmpty())
            return all;
        QJsonArray within;
        for (const QJsonValue &place : all) {
            if (reach.contains(place[u"locationId"_s].toString()))
                within << place;
        }
        return within;
    };
    QJsonArray unallocated;
    bool onlyCarryOut = true;
    for (const QVariantMap &line : lines) {
        const QString status = line.value(u"status"_s).toString();
        if (line.value(u"fulfilment"_s).toString() != u"carry_out"_s && status != u"cancelled"_s)
            onlyCarryOut = false;
        if (status == u"unallocated"_s)
            unallocated << QJsonObject {
                {u"lineId"_s, line.value(u"id"_s).toString()},
                {u"sku"_s, line.value(u"sku"_s).toString()},
                {u"quantity"_s, line.value(u"quantity"_s).toLongLong()},
                {u"alternatives"_s,
                 offered(Stock::alternatives(rows, line.value(u"sku"_s).toString(),
                                             line.value(u"quantity"_s).toLongLong(),
                                             line.value(u"source_location_id"_s).toString()))}};
    }
    const QString status = !unallocated.isEmpty() ? u"needs_action"_s
        : onlyCarryOut                            ? u"completed"_s
                                                  : u"allocated"_s;
    *statusOut = status;
    return rows.put(
               entity(u"order"_s),
               {{u"id"_s, orderId},
                {u"status"_s, status},
                {u"status_detail"_s,
                 unallocated.isEmpty() ? QString() : toJson({{u"unallocated"_s, unallocated}})},
                {u"updated_at"_s, now}})
        && addStatus(rows, orderId, status, now);
}

} // namespace OrderFlow

namespace Mutators::Support {
namespace {
using OrderFlow::allocate;
using OrderFlow::OrderLine;
using OrderFlow::settleOrder;

/** A line may take over a hold only of the order's own customer, made for or at this store;
    a hold that is gone or used falls back to taking stock. */
MutationResult checkReservation(RowStore &rows, const OrderLine &line, const QString &customerId,
                                const MutationContext &context)
{
    if (line.reservationId.isEmpty())
        return MutationResult::ok();
    const auto hold = rows.get(entity(u"reservation"_s), {{u"id"_s, line.reservationId}});
    if (!hold)
        return MutationResult::ok();
    if (customerId.isEmpty() || hold->value(u"customer_id"_s).toString() != customerId
        || (hold->value(u"requested_location_id"_s).toString() != context.locationId
            && hold->value(u"location_id"_s).toString() != context.locationId))
        return MutationResult::rejected(
            u"not_allowed"_s,
            u"reservation %1 is not held for this customer by this store"_s.arg(
                line.reservationId));
    return MutationResult::ok();
}

MutationResult orderCreate(RowStore &rows, const QJsonObject &json, const MutationContext &context)
{
    JsonReader args(json);
    const QString id = args.rowId(u"id"_s);
    const QString number = args.text(u"number"_s, 32);
    const QString customerId = args.text(u"customerId"_s, idLength, false);
    const QString pickupLocation = args.text(u"pickupLocationId"_s, idLength, false);
    const QString couponCode = Discounts::normaliseCode(args.text(u"couponCode"_s, 32, false));
    // Paid or not follows the payments recorded against the order (payment.record).
    const QString paymentStatus = u"unpaid"_s;
    const qint64 at = actedAt(args, context);
    const QJsonValue linesValue = json.value(u"lines"_s);
    if (!linesValue.isArray() || linesValue.toArray().isEmpty() || linesValue.toArray().size() > 50)
        args.fail(u"argument 'lines' must hold 1 to 50 lines"_s);
    if (!args.ok())
        return rejection(args);

    QList<OrderLine> lines;
    QSet<QString> lineIds;
    bool shipsHome = false;
    bool picksUp = false;
    for (const QJsonValue &value : linesValue.toArray()) {
        JsonReader lineArgs(value.toObject());
        OrderLine line;
        line.id = lineArgs.rowId(u"id"_s);
        line.sku = lineArgs.text(u"sku"_s, idLength);
        line.quantity = lineArgs.integer(u"quantity"_s, 1, 99);
        line.fulfilment = lineArgs.oneOf(u"fulfilment"_s, fulfilments);
        line.source = lineArgs.text(u"sourceLocationId"_s, idLength, false);
        line.reservationId = lineArgs.text(u"reservationId"_s, idLength, false);
        if (!value.isObject() || !lineArgs.ok())
            return value.isObject()
                ? rejection(lineArgs)
                : MutationResult::rejected(u"invalid"_s, u"a line must be an object"_s);
        if (lineIds.contains(line.id))
            return MutationResult::rejected(
                u"invalid"_s, u"line id %1 appears twice in the order"_s.arg(line.id));
        lineIds.insert(line.id);
        if (line.fulfilment == u"pick_up"_s && line.source.isEmpty())
            line.source = pickupLocation;
        if (line.fulfilment != u"carry_out"_s && line.source.isEmpty())
            return MutationResult::rejected(
                u"invalid"_s, u"line %1 needs the location it ships from"_s.arg(line.id));
        shipsHome = shipsHome || line.fulfilment == u"ship_to_home"_s
            || line.fulfilment == u"ship_from_store"_s;
        picksUp = picksUp || line.fulfilment == u"pick_up"_s;
        lines << line;
    }
    if (picksUp && pickupLocation.isEmpty())
        return MutationResult::rejected(u"invalid"_s, u"pick-up lines need pickupLocationId"_s);
    if (!pickupLocation.isEmpty()) {
        // Customers collect at a store, never at a warehouse. Locations are replicated to every
        // tablet, so the tablet refuses it at once too.
        const auto place = rows.get(entity(u"location"_s), {{u"id"_s, pickupLocation}});
        if (place && place->value(u"kind"_s).toString() != u"store"_s)
            return MutationResult::rejected(
                u"invalid"_s,
                u"orders are collected at a store, and %1 is not one"_s.arg(
                    place->value(u"name"_s).toString()));
        if (MutationResult r = checkStockLocation(rows, pickupLocation, context); !r.applied)
            return r;
    }

    QVariantMap address;
    QString optionId;
    qint64 shipping = 0;
    if (shipsHome) {
        const QJsonObject delivery = json.value(u"delivery"_s).toObject();
        address = delivery.value(u"address"_s).toObject().toVariantMap();
        optionId = delivery.value(u"optionId"_s).toString();
        const QString addressId = delivery.value(u"addressId"_s).toString();
        if (!addressId.isEmpty()) {
            // A saved address of the customer's, as it is now.
            const auto saved = rows.get(entity(u"address"_s), {{u"id"_s, addressId}});
            if (!saved || saved->value(u"customer_id"_s).toString() != customerId)
                return MutationResult::rejected(u"not_found"_s, u"no such delivery address"_s);
            address = *saved;
            for (const QString &internal :
                 {u"id"_s, u"customer_id"_s, u"is_default"_s, u"updated_at"_s, u"label"_s})
                address.remove(internal);
        }
        const QList<Address::FieldError> errors = Address::validate(address);
        if (!errors.isEmpty())
            return MutationResult::rejected(
                u"invalid"_s,
                u"delivery address: %1 %2"_s.arg(errors.first().field, errors.first().message));
        const auto option = rows.get(entity(u"delivery_option"_s), {{u"id"_s, optionId}});
        if (!option)
            return MutationResult::rejected(u"invalid"_s, u"unknown delivery option"_s);
        if (option->value(u"country"_s).toString()
            != address.value(u"country"_s).toString().toUpper())
            return MutationResult::rejected(u"invalid"_s,
                                            u"that delivery option is not for this country"_s);
        shipping = option->value(u"price_minor"_s).toLongLong();
        address.insert(u"postcode"_s,
                       Address::normalisePostcode(address.value(u"country"_s).toString().toUpper(),
                                                  address.value(u"postcode"_s).toString()));
    }
    if (!customerId.isEmpty()) {
        if (MutationResult r = checkCustomer(rows, customerId, context); !r.applied)
            return r;
    }
    if (const auto existing = rows.get(entity(u"order"_s), {{u"id"_s, id}})) {
        if (context.authoritative
            && existing->value(u"location_id"_s).toString() != context.locationId)
            return idInUse(u"order"_s, id);
        return MutationResult::ok(); // created once, whatever the number of re-sends
    }
    if (context.authoritative) {
        for (const OrderLine &line : std::as_const(lines)) {
            // A line id in use (another order's line) would move that line into this order.
            if (rows.exists(entity(u"order_line"_s), {{u"id"_s, line.id}})
                || rows.exists(entity(u"event"_s), {{u"id"_s, QString(line.id + u"/purchased"_s)}}))
                return idInUse(u"order line"_s, line.id);
            if (line.fulfilment != u"carry_out"_s) {
                if (MutationResult r = checkStockLocation(rows, line.source, context); !r.applied)
                    return r;
            }
            if (MutationResult r = checkReservation(rows, line, customerId, context); !r.applied)
                return r;
        }
    }

    // The price book is the authority for prices: never the tablet's argument.
    QList<Pricing::Line> priced;
    QString currency;
    for (const OrderLine &line : std::as_const(lines)) {
        const auto product = rows.get(entity(u"product"_s), {{u"sku"_s, line.sku}});
        if (!product)
            return MutationResult::rejected(u"not_found"_s,
                                            u"product %1 does not exist"_s.arg(line.sku));
        if (!currency.isEmpty() && product->value(u"currency"_s).toString() != currency)
            return MutationResult::rejected(u"invalid"_s,
                                            u"the products are priced in different currencies"_s);
        currency = product->value(u"currency"_s).toString();
        priced << Pricing::Line {line.sku, line.quantity,
                                 product->value(u"price_minor"_s).toLongLong()};
    }
    const int vat
        = Database::scalar(rows.database(), u"SELECT vat_rate_bp FROM locations WHERE id = ?"_s,
                           {context.locationId})
              .toInt();
    // Discounts: the customer's tier, plus a coupon (checked again here, at the time of the
    // sale: the service decides).
    qint64 subtotal = 0;
    for (const Pricing::Line &line : std::as_const(priced))
        subtotal += line.unitPriceMinor * line.quantity;
    const Discounts::ForSale discounts
        = Discounts::forSale(rows, customerId, couponCode, subtotal, currency, at);
    if (!couponCode.isEmpty() && !discounts.coupon.valid)
        return MutationResult::rejected(
            u"invalid"_s, u"coupon %1: %2"_s.arg(couponCode, discounts.coupon.problem));
    const Pricing::Quote quote = Pricing::quote(priced, currency, vat, shipping,
                                                discounts.percentBp, discounts.amountOffMinor);

    // Numbers are unique in the chain (a unique index on both databases); a tablet numbers its
    // orders uniquely by construction (its prefix and counter). A number already taken (an
    // order queued before prefixes existed) keeps the sale under the next free "-2", "-3", ...,
    // recorded on the service for its operators.
    QString uniqueNumber = number;
    for (int n = 2; n < 100; ++n) {
        const QVariant taken = Database::scalar(
            rows.database(), u"SELECT COUNT(*) FROM orders WHERE number = ?"_s, {uniqueNumber});
        if (!taken.isValid())
            return storageFailure();
        if (taken.toInt() == 0)
            break;
        uniqueNumber = number + u'-' + QString::number(n);
    }
    if (uniqueNumber != number && context.authoritative) {
        QSqlQuery record = Database::prepare(
            rows.database(),
            u"INSERT INTO order_number_changes (order_id, old_number, new_number, changed_at)"
            " VALUES (?, ?, ?, ?)"_s);
        for (const QVariant &value : QVariantList {id, number, uniqueNumber, context.now})
            record.addBindValue(value);
        if (!Database::exec(record))
            return storageFailure();
    }

    const bool ok
        = rows.put(entity(u"order"_s),
                   {{u"id"_s, id},
                    {u"number"_s, uniqueNumber},
                    {u"customer_id"_s, customerId},
                    {u"channel"_s, u"store"_s},
                    {u"location_id"_s, context.locationId},
                    {u"associate_id"_s, context.associateId},
                    {u"status"_s, u"placed"_s},
                    {u"currency"_s, currency},
                    {u"subtotal_minor"_s, quote.subtotalMinor},
                    {u"discount_minor"_s, quote.discountMinor},
                    {u"tax_minor"_s, quote.taxMinor},
                    {u"shipping_minor"_s, quote.shippingMinor},
                    {u"total_minor"_s, quote.totalMinor},
                    {u"pickup_location_id"_s, pickupLocation},
                    {u"pickup_deadline"_s, picksUp ? at + pickupWindowMs : 0},
                    {u"delivery_address"_s,
                     shipsHome ? toJson(QJsonObject::fromVariantMap(address)) : QString()},
                    {u"delivery_option"_s, optionId},
                    {u"payment_status"_s, paymentStatus},
                    {u"coupon_code"_s, couponCode},
                    {u"created_at"_s, at},
                    {u"updated_at"_s, context.now}})
        && addStatus(rows, id, u"placed"_s, at);
    if (!ok)
        return storageFailure();
    for (int i = 0; i < lines.size(); ++i) {
        const OrderLine &line = lines.at(i);
        const Pricing::Line &price = quote.lines.at(i);
        QString status = u"pending"_s;
        if (context.authoritative) {
            const auto allocated = allocate(rows, line, context.locationId, context.now);
            if (!allocated)
                return storageFailure();
            status = *allocated;
        }
        if (!rows.put(entity(u"order_line"_s),
                      {{u"id"_s, line.id},
                       {u"order_id"_s, id},
                       {u"line_no"_s, i + 1},
                       {u"sku"_s, line.sku},
                       {u"quantity"_s, line.quantity},
                       {u"unit_price_minor"_s, price.unitPriceMinor},
                       {u"discount_minor"_s, price.discountMinor},
                       {u"tax_minor"_s, price.taxMinor},
                       {u"total_minor"_s, price.totalMinor},
                       {u"fulfilment"_s, line.fulfilment},
                       {u"source_location_id"_s,
                        line.fulfilment == u"carry_out"_s ? context.locationId : line.source},
                       {u"status"_s, status},
                       {u"reservation_id"_s, line.reservationId}}))
            return storageFailure();
        if (!customerId.isEmpty()
            && !rows.put(entity(u"event"_s),
                         {{u"id"_s, QString(line.id + u"/purchased"_s)},
                          {u"customer_id"_s, customerId},
                          {u"kind"_s, u"purchased"_s},
                          {u"channel"_s, u"store"_s},
                          {u"occurred_at"_s, at},
                          {u"sku"_s, line.sku},
                          {u"location_id"_s, context.locationId},
                          {u"order_id"_s, id},
                          {u"quantity"_s, line.quantity},
                          {u"amount_minor"_s, price.totalMinor},
                          {u"currency"_s, currency},
                          {u"title"_s, uniqueNumber},
                          {u"detail"_s, line.fulfilment}}))
            return storageFailure();
    }
    if (context.authoritative) {
        QString status;
        if (!settleOrder(rows, id, context.now, &status))
            return storageFailure();
    }
    return MutationResult::ok();
}

/** Lines that found no stock: take it from another source the associate chose, or cancel. */
MutationResult orderReallocate(RowStore &rows, const QJsonObject &json,
                               const MutationContext &context)
{
    JsonReader args(json);
    const QString orderId = args.text(u"orderId"_s, idLength);
    const QString lineId = args.text(u"lineId"_s, idLength);
    const QString source = args.text(u"sourceLocationId"_s, idLength, false);
    const bool cancel = json.value(u"cancel"_s).toBool();
    if (!args.ok())
        return rejection(args);
    if (!cancel && source.isEmpty())
        return MutationResult::rejected(u"invalid"_s, u"choose a location or cancel the line"_s);
    const auto line = rows.get(entity(u"order_line"_s), {{u"id"_s, lineId}});
    if (!line || line->value(u"order_id"_s).toString() != orderId)
        return MutationResult::rejected(u"not_found"_s, u"no such order line"_s);
    if (context.authoritative) {
        const auto order = rows.get(entity(u"order"_s), {{u"id"_s, orderId}});
        if (!order)
            return MutationResult::rejected(u"not_found"_s, u"no such order line"_s);
        if (MutationResult r = checkOrder(rows, *order, context); !r.applied)
            return r;
    }
    const QString status = line->value(u"status"_s).toString();
    if (context.authoritative && status != u"unallocated"_s)
        return MutationResult::ok(); // already resolved elsewhere
    if (!cancel) {
        if (MutationResult r = checkStockLocation(rows, source, context); !r.applied)
            return r;
    }
    QString newStatus = cancel ? u"cancelled"_s : u"pending"_s;
    if (context.authoritative && !cancel) {
        OrderLine wanted {lineId,
                          line->value(u"sku"_s).toString(),
                          line->value(u"quantity"_s).toLongLong(),
                          line->value(u"fulfilment"_s).toString(),
                          source,
                          {}};
        const auto allocated = allocate(rows, wanted, context.locationId, context.now);
        if (!allocated)
            return storageFailure();
        newStatus = *allocated;
    }
    QVariantMap update {{u"id"_s, lineId}, {u"status"_s, newStatus}};
    if (!cancel)
        update.insert(u"source_location_id"_s, source);
    if (!rows.put(entity(u"order_line"_s), update))
        return storageFailure();
    if (context.authoritative) {
        QString orderStatus;
        if (!settleOrder(rows, orderId, context.now, &orderStatus))
            return storageFailure();
    }
    return MutationResult::ok();
}

MutationResult pickupMarkReady(RowStore &rows, const QJsonObject &json,
                               const MutationContext &context)
{
    JsonReader args(json);
    const QString orderId = args.text(u"orderId"_s, idLength);
    const qint64 at = actedAt(args, context);
    if (!args.ok())
        return rejection(args);
    const auto order = rows.get(entity(u"order"_s), {{u"id"_s, orderId}});
    if (!order)
        return MutationResult::rejected(u"not_found"_s, u"order %1 does not exist"_s.arg(orderId));
    if (order->value(u"pickup_location_id"_s).toString() != context.locationId)
        return MutationResult::rejected(u"not_allowed"_s, u"the order is collected elsewhere"_s);
    const QString status = order->value(u"status"_s).toString();
    if (status == u"ready_for_pickup"_s || status == u"collected"_s)
        return MutationResult::ok();
    if (context.authoritative && status != u"allocated"_s && status != u"placed"_s)
        return MutationResult::rejected(u"invalid"_s,
                                        u"an order that is %1 cannot be made ready"_s.arg(status));
    return rows.put(entity(u"order"_s),
                    {{u"id"_s, orderId},
                     {u"status"_s, u"ready_for_pickup"_s},
                     {u"pickup_deadline"_s, at + pickupWindowMs},
                     {u"updated_at"_s, context.now}})
            && addStatus(rows, orderId, u"ready_for_pickup"_s, at)
        ? MutationResult::ok()
        : storageFailure();
}

MutationResult pickupHandOver(RowStore &rows, const QJsonObject &json,
                              const MutationContext &context)
{
    JsonReader args(json);
    const QString orderId = args.text(u"orderId"_s, idLength);
    const QString verifiedBy = args.oneOf(u"verifiedBy"_s, {u"order_number"_s, u"loyalty_card"_s});
    const qint64 at = actedAt(args, context);
    if (!args.ok())
        return rejection(args);
    const auto order = rows.get(entity(u"order"_s), {{u"id"_s, orderId}});
    if (!order)
        return MutationResult::rejected(u"not_found"_s, u"order %1 does not exist"_s.arg(orderId));
    if (order->value(u"pickup_location_id"_s).toString() != context.locationId)
        return MutationResult::rejected(u"not_allowed"_s, u"the order is collected elsewhere"_s);
    const QString status = order->value(u"status"_s).toString();
    if (status == u"collected"_s)
        return MutationResult::ok();
    if (context.authoritative && status != u"ready_for_pickup"_s)
        return MutationResult::rejected(u"invalid"_s,
                                        u"an order that is %1 cannot be handed over"_s.arg(status));
    if (context.authoritative) {
        for (const QVariantMap &line :
             rows.select(entity(u"order_line"_s), {{u"order_id"_s, orderId}})) {
            if (line.value(u"status"_s).toString() != u"allocated"_s)
                continue;
            if (!Stock::consumeReserved(rows, line.value(u"sku"_s).toString(),
                                        line.value(u"source_location_id"_s).toString(),
                                        line.value(u"quantity"_s).toLongLong(), context.now)
                || !rows.put(entity(u"order_line"_s),
                             {{u"id"_s, line.value(u"id"_s)}, {u"status"_s, u"fulfilled"_s}}))
                return storageFailure();
        }
    }
    const QString customerId = order->value(u"customer_id"_s).toString();
    const bool ok = rows.put(entity(u"order"_s),
                             {{u"id"_s, orderId},
                              {u"status"_s, u"collected"_s},
                              {u"collected_at"_s, at},
                              {u"updated_at"_s, context.now}})
        && addStatus(rows, orderId, u"collected"_s, at, verifiedBy)
        && (customerId.isEmpty()
            || rows.put(entity(u"event"_s),
                        {{u"id"_s, QString(orderId + u"/collected"_s)},
                         {u"customer_id"_s, customerId},
                         {u"kind"_s, u"order_status"_s},
                         {u"channel"_s, u"store"_s},
                         {u"occurred_at"_s, at},
                         {u"location_id"_s, context.locationId},
                         {u"order_id"_s, orderId},
                         {u"title"_s, order->value(u"number"_s).toString()},
                         {u"detail"_s, u"collected"_s}}));
    return ok ? MutationResult::ok() : storageFailure();
}

} // namespace

QHash<QString, Mutator> orderMutators()
{
    return {{u"order.create"_s, orderCreate},
            {u"order.reallocate"_s, orderReallocate},
            {u"pickup.markReady"_s, pickupMarkReady},
            {u"pickup.handOver"_s, pickupHandOver}};
}

} // namespace Mutators::Support
