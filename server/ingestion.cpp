// SPDX-License-Identifier: MIT
#include "ingestion.h"
#include "changefeed.h"
#include "clock.h"
#include "database.h"
#include "entities.h"
#include "jsonreader.h"
#include "jsontext.h"
#include "mutators.h"
#include "orderflow.h"
#include "searchtext.h"
#include "serverlog.h"
#include "stock.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

const Entity &entity(const QString &name)
{
    return *Entities::byName(name);
}

/** A stable id for a row that comes from outside: the same webhook always maps to it. */
QString derivedId(const QString &source, const QString &kind, const QString &externalId)
{
    return QUuid::createUuidV5(QUuid(u"6f1c1a52-8d0e-4c57-9a53-6b0d5c3f0a11"_s),
                               source + u'/' + kind + u'/' + externalId)
        .toString(QUuid::WithoutBraces);
}

const QStringList channels = {u"web"_s, u"app"_s, u"store"_s, u"call_centre"_s, u"email"_s};

/** A webhook's body (or one of its lines, events) read with the protocol's reader, worded for
    the sender ("lines[2].sku is required"). */
Protocol::JsonReader fieldReader(const QJsonObject &object, const QString &prefix = {})
{
    return Protocol::JsonReader(object, Protocol::JsonReader::Wording::Field, prefix);
}

ServiceReply invalid(const QString &message)
{
    return ServiceReply::error(400, u"invalid_request"_s, message);
}

/** A NUL or half a surrogate pair anywhere in a webhook: PostgreSQL would refuse the write on
    every retry. Refused before anything is read. */
std::optional<ServiceReply> refuseUnclean(const QJsonObject &request)
{
    QString where;
    if (JsonText::isClean(request, &where))
        return std::nullopt;
    return invalid(u"%1 contains a NUL character or a broken surrogate pair"_s.arg(where));
}

ServiceReply busy()
{
    return ServiceReply::error(503, u"unavailable"_s, u"database busy, retry"_s);
}

/** True when a webhook with this external id was applied before (inside the transaction). */
std::optional<bool> appliedBefore(const QSqlDatabase &db, const QString &source,
                                  const QString &kind, const QString &externalId)
{
    QSqlQuery find = Database::prepare(db, u"SELECT 1 FROM ingested WHERE source = ? AND"
                                           " kind = ? AND external_id = ?"_s);
    find.addBindValue(source);
    find.addBindValue(kind);
    find.addBindValue(externalId);
    if (!Database::exec(find))
        return std::nullopt;
    return find.next();
}

/**
 * Records a webhook as applied, in the transaction that applies it, so a refused delivery
 * leaves nothing that would turn its next delivery away. False when another delivery of the
 * same external id got there first: the primary key decides, so two deliveries racing on
 * PostgreSQL cannot both apply (the second waits for the first to commit, then finds it).
 */
std::optional<bool> recordApplied(const QSqlDatabase &db, const QString &source,
                                  const QString &kind, const QString &externalId)
{
    QSqlQuery insert = Database::prepare(db,
                                         u"INSERT INTO ingested (source, kind, external_id,"
                                         " received_at) VALUES (?, ?, ?, ?)"
                                         " ON CONFLICT (source, kind, external_id)"
                                         " DO NOTHING"_s);
    insert.addBindValue(source);
    insert.addBindValue(kind);
    insert.addBindValue(externalId);
    insert.addBindValue(Clock::nowMs());
    if (!Database::exec(insert))
        return std::nullopt;
    return insert.numRowsAffected() == 1;
}

struct CustomerMatch
{
    QString id;
    bool ambiguous = false; // an email address two customers share
};

/** The customer a webhook names by id, loyalty card or email (in any spelling). */
CustomerMatch resolveCustomer(const QSqlDatabase &db, const QJsonObject &customer)
{
    CustomerMatch match;
    for (const auto &[field, column] : {std::pair{u"id"_s, u"id"_s},
                                        std::pair{u"loyaltyId"_s, u"loyalty_id"_s},
                                        std::pair{u"email"_s, u"email"_s}}) {
        const bool email = column == u"email"_s;
        const QString value = email ? SearchText::normalisedEmail(customer.value(field).toString())
                                    : customer.value(field).toString().trimmed();
        if (value.isEmpty())
            continue;
        const QList<QVariantMap> rows = Database::rows(
            db, u"SELECT id FROM customers WHERE "_s + column + u" = ? ORDER BY id LIMIT 2"_s,
            {value});
        if (rows.size() > 1 && email) {
            match.ambiguous = true;
            continue;
        }
        if (!rows.isEmpty())
            return {rows.first().value(u"id"_s).toString(), false};
    }
    return match;
}

ServiceReply customerRefused(const CustomerMatch &match)
{
    if (match.ambiguous)
        return ServiceReply::error(422, u"ambiguous_customer"_s,
                                   u"more than one customer has that email address; name the"
                                   " customer by id or loyalty card"_s);
    return ServiceReply::error(422, u"unknown_customer"_s,
                               u"no customer with that id, loyalty card or email"_s);
}

/** What carriers report, as the tablet translates it (Format::orderStatus). */
const QStringList carrierStatuses
    = {u"allocated"_s,        u"shipped"_s,          u"in_transit"_s,
       u"out_for_delivery"_s, u"delivered"_s,        u"failed_attempt"_s,
       u"returned"_s,         u"ready_for_pickup"_s, u"cancelled"_s};

/** A carrier's status as one of carrierStatuses ("Out for delivery" -> out_for_delivery), or
    "other" when it is none of them. */
QString carrierStatus(const QString &raw)
{
    QString code = raw.trimmed().toLower();
    code.replace(u' ', u'_').replace(u'-', u'_');
    return carrierStatuses.contains(code) ? code : u"other"_s;
}

/** The order's status a carrier status means: a parcel on its way is a shipped order; a
    status nobody knows says nothing about the order (empty). */
QString orderStatusFor(const QString &code)
{
    if (code == u"in_transit"_s || code == u"out_for_delivery"_s || code == u"failed_attempt"_s)
        return u"shipped"_s;
    return code == u"other"_s ? QString() : code;
}

} // namespace

namespace {

struct OrderLineIn
{
    QString sku;
    qint64 quantity;
    qint64 unitPrice;
};

/** An order webhook as read. */
struct OrderIn
{
    QString source, externalId, currency, fulfilment, pickupLocation;
    qint64 createdAt = 0;
    qint64 shipping = 0;
    QJsonObject customer;
    QList<OrderLineIn> lines;
};

/** Reads an order webhook; the 400 answer when it is malformed. */
std::optional<ServiceReply> readOrder(const QJsonObject &request, OrderIn *order)
{
    if (const auto refused = refuseUnclean(request))
        return *refused;
    Protocol::JsonReader in = fieldReader(request);
    order->source = in.oneOf(u"source"_s, {u"web"_s, u"app"_s, u"call_centre"_s});
    order->externalId = in.text(u"externalId"_s, 64);
    order->currency = in.text(u"currency"_s, 3);
    order->createdAt = in.time(u"createdAt"_s, Clock::nowMs(), false, Clock::nowMs());
    order->fulfilment = request.contains(u"fulfilment"_s)
        ? in.oneOf(u"fulfilment"_s, {u"ship_to_home"_s, u"pick_up"_s})
        : u"ship_to_home"_s;
    order->pickupLocation
        = in.text(u"pickupLocationId"_s, 64, order->fulfilment == u"pick_up"_s);
    order->shipping = in.integer(u"shippingMinor"_s, 0, 100000000, false, 0);
    if (!request.value(u"customer"_s).isObject())
        in.fail(u"customer must be an object with id, loyaltyId or email"_s);
    if (!request.value(u"lines"_s).isArray() || request.value(u"lines"_s).toArray().isEmpty()
        || request.value(u"lines"_s).toArray().size() > 200)
        in.fail(u"lines must be an array of 1 to 200 lines"_s);
    if (!in.ok())
        return invalid(in.errorMessage());
    if (order->currency.size() != 3 || order->currency.toUpper() != order->currency)
        return invalid(u"currency must be an ISO 4217 code like EUR"_s);
    order->customer = request.value(u"customer"_s).toObject();
    const QJsonArray linesJson = request.value(u"lines"_s).toArray();
    for (int i = 0; i < linesJson.size(); ++i) {
        Protocol::JsonReader line
            = fieldReader(linesJson.at(i).toObject(), u"lines[%1]."_s.arg(i));
        OrderLineIn l{line.text(u"sku"_s, 64), line.integer(u"quantity"_s, 1, 999),
                      line.integer(u"unitPriceMinor"_s, 0, 100000000)};
        if (!linesJson.at(i).isObject() || !line.ok())
            return invalid(linesJson.at(i).isObject() ? line.errorMessage()
                                                      : u"lines[%1] must be an object"_s.arg(i));
        order->lines << l;
    }
    return std::nullopt;
}

/** Forgets a held copy of a webhook once it is applied. */
bool dropHeld(const QSqlDatabase &db, const QString &source, const QString &kind,
              const QString &externalId)
{
    QSqlQuery remove = Database::prepare(db,
                                         u"DELETE FROM held_ingestions WHERE source = ? AND"
                                         " kind = ? AND external_id = ?"_s);
    remove.addBindValue(source);
    remove.addBindValue(kind);
    remove.addBindValue(externalId);
    return Database::exec(remove);
}

/** Writes an order for customerId inside the caller's transaction: 201 when applied, 200
    duplicate when another delivery was quicker, 503 when the database failed, otherwise the
    refusal (the caller rolls back what was written). */
ServiceReply writeOrder(ChangeFeedStore &rows, const OrderIn &in, const QString &customerId)
{
    const QSqlDatabase db = rows.database();
    const QString &source = in.source;
    const QString &externalId = in.externalId;
    const QString orderId = derivedId(source, u"order"_s, externalId);
    for (const OrderLineIn &line : in.lines) {
        if (!rows.get(entity(u"product"_s), {{u"sku"_s, line.sku}}))
            return ServiceReply::error(422, u"unknown_product"_s,
                                       u"no product with SKU %1"_s.arg(line.sku));
    }
    if (!in.pickupLocation.isEmpty()
        && !rows.get(entity(u"location"_s), {{u"id"_s, in.pickupLocation}}))
        return ServiceReply::error(422, u"unknown_location"_s,
                                   u"no store %1 for pickup"_s.arg(in.pickupLocation));
    // Recorded with the order, in its transaction: a refusal above leaves no trace.
    const auto claimed = recordApplied(db, source, u"order"_s, externalId);
    if (!claimed)
        return busy();
    if (!*claimed)
        return {200, {{u"orderId"_s, orderId}, {u"duplicate"_s, true}}};
    const int vatBp = Database::scalar(db,
                                       u"SELECT vat_rate_bp FROM locations l JOIN customers c ON"
                                       " c.home_location_id = l.id WHERE c.id = ?"_s,
                                       {customerId})
                          .toInt();
    qint64 subtotal = 0;
    qint64 tax = 0;
    const QString prefix = source == u"web"_s ? u"W-"_s : source == u"app"_s ? u"A-"_s : u"C-"_s;
    // Order numbers are unique (orders_number): the channel's number is kept, so one another
    // order already has is refused in words rather than failing on the index at every retry.
    const QVariant taken = Database::scalar(db, u"SELECT id FROM orders WHERE number = ?"_s,
                                            {QString(prefix + externalId.right(12))});
    if (taken.isValid() && !taken.isNull())
        return ServiceReply::error(
            409, u"number_in_use"_s,
            u"order number %1 is already another order's: send a distinct externalId"_s.arg(
                QString(prefix + externalId.right(12))));
    const qint64 createdAt = in.createdAt;
    const QVariantMap order = {{u"id"_s, orderId},
                               {u"number"_s, QString(prefix + externalId.right(12))},
                               {u"external_id"_s, externalId},
                               {u"customer_id"_s, customerId},
                               {u"channel"_s, source},
                               {u"status"_s, u"placed"_s},
                               {u"currency"_s, in.currency},
                               {u"shipping_minor"_s, in.shipping},
                               {u"pickup_location_id"_s, in.pickupLocation},
                               {u"created_at"_s, createdAt},
                               {u"updated_at"_s, createdAt}};
    if (!rows.put(entity(u"order"_s), order))
        return busy();
    for (int i = 0; i < in.lines.size(); ++i) {
        const OrderLineIn &line = in.lines.at(i);
        const qint64 total = line.unitPrice * line.quantity;
        // Prices include VAT: the tax part is total * rate / (1 + rate), rounded half up.
        const qint64 lineTax = (total * vatBp * 2 + (10000 + vatBp)) / (2 * (10000 + vatBp));
        subtotal += total;
        tax += lineTax;
        const QString lineId = derivedId(source, u"order_line"_s,
                                         externalId + u'/' + QString::number(i));
        if (!rows.put(entity(u"order_line"_s), {{u"id"_s, lineId},
                                                 {u"order_id"_s, orderId},
                                                 {u"line_no"_s, i + 1},
                                                 {u"sku"_s, line.sku},
                                                 {u"quantity"_s, line.quantity},
                                                 {u"unit_price_minor"_s, line.unitPrice},
                                                 {u"tax_minor"_s, lineTax},
                                                 {u"total_minor"_s, total},
                                                 {u"fulfilment"_s, in.fulfilment},
                                                 {u"status"_s, u"placed"_s}}))
            return busy();
        // Web orders take their stock at once: pick-ups from the pickup store, home
        // deliveries from the warehouse (or a store) that has it.
        QString from = in.pickupLocation;
        if (from.isEmpty()) {
            const QJsonArray candidates = Stock::alternatives(rows, line.sku, line.quantity, {});
            from = candidates.isEmpty() ? QString()
                                        : candidates.first()[u"locationId"_s].toString();
        }
        QString lineStatus = u"unallocated"_s;
        if (!from.isEmpty()) {
            const auto allocated = OrderFlow::allocate(
                rows, {lineId, line.sku, line.quantity, in.fulfilment, from, {}}, from,
                Clock::nowMs());
            if (!allocated)
                return busy();
            lineStatus = *allocated;
        }
        if (!rows.put(entity(u"order_line"_s),
                      {{u"id"_s, lineId}, {u"status"_s, lineStatus}, {u"source_location_id"_s, from}}))
            return busy();
        if (!rows.put(entity(u"event"_s), {{u"id"_s, derivedId(source, u"event"_s, lineId)},
                                            {u"customer_id"_s, customerId},
                                            {u"kind"_s, u"purchased"_s},
                                            {u"channel"_s, source},
                                            {u"occurred_at"_s, createdAt},
                                            {u"sku"_s, line.sku},
                                            {u"order_id"_s, orderId},
                                            {u"quantity"_s, line.quantity},
                                            {u"amount_minor"_s, total},
                                            {u"currency"_s, in.currency},
                                            {u"title"_s, QString(prefix + externalId.right(12))}}))
            return busy();
    }
    if (!rows.put(entity(u"order"_s), {{u"id"_s, orderId},
                                        {u"subtotal_minor"_s, subtotal},
                                        {u"tax_minor"_s, tax},
                                        {u"total_minor"_s, subtotal + in.shipping}})
        || !rows.put(entity(u"order_status"_s),
                     {{u"id"_s, derivedId(source, u"order_status"_s, externalId + u"/placed"_s)},
                      {u"order_id"_s, orderId},
                      {u"status"_s, u"placed"_s},
                      {u"occurred_at"_s, createdAt},
                      {u"source"_s, source}}))
        return busy();
    QString settled;
    if (!OrderFlow::settleOrder(rows, orderId, createdAt, &settled))
        return busy();
    // Lifetime value follows paid orders.
    QSqlQuery value = Database::prepare(db, u"UPDATE customers SET lifetime_value_minor ="
                                            " lifetime_value_minor + ? WHERE id = ?"_s);
    value.addBindValue(subtotal);
    value.addBindValue(customerId);
    if (!Database::exec(value)
        || !rows.put(entity(u"customer"_s), {{u"id"_s, customerId}, {u"updated_at"_s, Clock::nowMs()}})
        || !dropHeld(db, source, u"order"_s, externalId))
        return busy();
    return {201, {{u"orderId"_s, orderId}, {u"duplicate"_s, false}}};
}

/** An event webhook's event as read. */
struct EventIn
{
    QString externalId, kind, channel, sku, title, detail;
    QJsonObject customer;
    qint64 occurredAt = 0;
};

/** Reads events[index] of a delivery from source; the error message when malformed. */
QString readEvent(const QJsonValue &value, int index, const QString &source, EventIn *event)
{
    const QJsonObject object = value.toObject();
    Protocol::JsonReader e = fieldReader(object, u"events[%1]."_s.arg(index));
    event->externalId = e.text(u"externalId"_s, 64);
    event->kind = e.oneOf(u"kind"_s, {u"viewed"_s, u"cart_add"_s, u"wishlist_add"_s,
                                      u"contacted"_s, u"campaign_opened"_s,
                                      u"survey_answered"_s});
    event->channel = object.contains(u"channel"_s) ? e.oneOf(u"channel"_s, channels) : source;
    event->sku = e.text(u"sku"_s, 64, false);
    event->title = e.text(u"title"_s, 200, false);
    event->detail = e.text(u"detail"_s, 2000, false);
    event->occurredAt = e.time(u"occurredAt"_s, Clock::nowMs());
    event->customer = object.value(u"customer"_s).toObject();
    if (!value.isObject() || !object.value(u"customer"_s).isObject())
        e.fail(u"events[%1].customer must be an object"_s.arg(index));
    return e.ok() ? QString() : e.errorMessage();
}

enum class Written { Applied, Duplicate, UnknownProduct, Failed };

/** Writes an event for customerId inside the caller's transaction. */
Written writeEvent(ChangeFeedStore &rows, const QString &source, const EventIn &event,
                   const QString &customerId)
{
    const QSqlDatabase db = rows.database();
    if (!event.sku.isEmpty() && !rows.get(entity(u"product"_s), {{u"sku"_s, event.sku}}))
        return Written::UnknownProduct;
    const auto claimed = recordApplied(db, source, u"event"_s, event.externalId);
    if (!claimed)
        return Written::Failed;
    if (!*claimed)
        return Written::Duplicate;
    if (!rows.put(entity(u"event"_s),
                  {{u"id"_s, derivedId(source, u"event"_s, event.externalId)},
                   {u"customer_id"_s, customerId},
                   {u"kind"_s, event.kind},
                   {u"channel"_s, event.channel},
                   {u"occurred_at"_s, event.occurredAt},
                   {u"sku"_s, event.sku},
                   {u"title"_s, event.title},
                   {u"detail"_s, event.detail}})
        || !dropHeld(db, source, u"event"_s, event.externalId))
        return Written::Failed;
    return Written::Applied;
}

/** The email an order or event is held for: its customer is named by an email alone (no id,
    no loyalty card), a well-formed one no customer has. Empty when it is not to be held. */
QString heldEmail(const QJsonObject &customer, const CustomerMatch &match)
{
    if (!match.id.isEmpty() || match.ambiguous)
        return {};
    if (!customer.value(u"id"_s).toString().trimmed().isEmpty()
        || !customer.value(u"loyaltyId"_s).toString().trimmed().isEmpty())
        return {};
    const QString email = SearchText::normalisedEmail(customer.value(u"email"_s).toString());
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (email.size() > 254 || !pattern.match(email).hasMatch())
        return {};
    return email;
}

/** Keeps a webhook until a customer with email exists (in the caller's transaction); true
    when a copy was held already, nothing when the database failed. Held webhooks older than
    Ingestion::heldDays are dropped here. */
std::optional<bool> hold(const QSqlDatabase &db, const QString &source, const QString &kind,
                         const QString &externalId, const QString &email, const QJsonObject &body)
{
    const qint64 now = Clock::nowMs();
    QSqlQuery expire
        = Database::prepare(db, u"DELETE FROM held_ingestions WHERE received_at < ?"_s);
    expire.addBindValue(now - Ingestion::heldDays * 24 * 3600 * 1000);
    if (!Database::exec(expire))
        return std::nullopt;
    const QVariant last
        = Database::scalar(db, u"SELECT COALESCE(MAX(arrival), 0) FROM held_ingestions"_s);
    if (!last.isValid())
        return std::nullopt;
    QSqlQuery insert = Database::prepare(
        db,
        u"INSERT INTO held_ingestions (source, kind, external_id, email, body, arrival,"
        " received_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (source, kind, external_id) DO NOTHING"_s);
    insert.addBindValue(source);
    insert.addBindValue(kind);
    insert.addBindValue(externalId);
    insert.addBindValue(email);
    insert.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    insert.addBindValue(last.toLongLong() + 1);
    insert.addBindValue(now);
    if (!Database::exec(insert))
        return std::nullopt;
    return insert.numRowsAffected() == 0;
}

} // namespace

Ingestion::Ingestion(const QSqlDatabase &db)
    : m_db(db)
{}

ServiceReply Ingestion::order(const QJsonObject &request)
{
    OrderIn in;
    if (const auto refused = readOrder(request, &in))
        return *refused;

    SqlTransaction transaction(m_db);
    if (!transaction.isActive() || !ChangeFeedStore::lockFeed(m_db))
        return busy();
    const QString orderId = derivedId(in.source, u"order"_s, in.externalId);
    const ServiceReply duplicate {200, {{u"orderId"_s, orderId}, {u"duplicate"_s, true}}};
    const auto applied = appliedBefore(m_db, in.source, u"order"_s, in.externalId);
    if (!applied)
        return busy();
    if (*applied)
        return duplicate;

    const CustomerMatch customer = resolveCustomer(m_db, in.customer);
    if (customer.id.isEmpty()) {
        // Named by an email no customer has yet: kept until one does (docs/api.md).
        const QString email = heldEmail(in.customer, customer);
        if (email.isEmpty())
            return customerRefused(customer);
        QJsonObject body = request;
        body.insert(u"createdAt"_s, in.createdAt); // when it was placed, not when applied
        const auto before = hold(m_db, in.source, u"order"_s, in.externalId, email, body);
        if (!before || !transaction.commit())
            return busy();
        return {202, {{u"held"_s, true}, {u"orderId"_s, orderId}, {u"duplicate"_s, *before}}};
    }
    ChangeFeedStore rows(m_db);
    ServiceReply reply = writeOrder(rows, in, customer.id);
    if (reply.status != 201)
        return reply;
    if (!transaction.commit())
        return busy();
    return reply;
}

ServiceReply Ingestion::events(const QJsonObject &request)
{
    if (const auto refused = refuseUnclean(request))
        return *refused;
    Protocol::JsonReader in = fieldReader(request);
    const QString source = in.oneOf(u"source"_s, {u"web"_s, u"app"_s, u"call_centre"_s,
                                                  u"email"_s});
    if (!request.value(u"events"_s).isArray() || request.value(u"events"_s).toArray().isEmpty()
        || request.value(u"events"_s).toArray().size() > 500)
        in.fail(u"events must be an array of 1 to 500 events"_s);
    if (!in.ok())
        return invalid(in.errorMessage());
    const QJsonArray events = request.value(u"events"_s).toArray();
    QList<EventIn> parsed;
    for (int i = 0; i < events.size(); ++i) {
        EventIn event;
        if (const QString problem = readEvent(events.at(i), i, source, &event);
            !problem.isEmpty())
            return invalid(problem);
        parsed << event;
    }
    SqlTransaction transaction(m_db);
    if (!transaction.isActive() || !ChangeFeedStore::lockFeed(m_db))
        return busy();
    ChangeFeedStore rows(m_db);
    int accepted = 0;
    int duplicates = 0;
    QJsonArray unknown;
    QJsonArray held;
    for (int i = 0; i < parsed.size(); ++i) {
        const EventIn &event = parsed.at(i);
        const auto applied = appliedBefore(m_db, source, u"event"_s, event.externalId);
        if (!applied)
            return busy();
        if (*applied) {
            ++duplicates;
            continue;
        }
        // A refused event is not recorded: the sender may deliver it again once the customer
        // or the product exists. One naming an email no customer has is held for them.
        const CustomerMatch customer = resolveCustomer(m_db, event.customer);
        if (customer.id.isEmpty()) {
            const QString email = heldEmail(event.customer, customer);
            if (email.isEmpty()) {
                unknown << event.externalId;
                continue;
            }
            QJsonObject body {{u"source"_s, source}, {u"event"_s, events.at(i).toObject()}};
            if (!hold(m_db, source, u"event"_s, event.externalId, email, body))
                return busy();
            held << event.externalId;
            continue;
        }
        switch (writeEvent(rows, source, event, customer.id)) {
        case Written::Applied:
            ++accepted;
            break;
        case Written::Duplicate:
            ++duplicates;
            break;
        case Written::UnknownProduct:
            unknown << event.externalId;
            break;
        case Written::Failed:
            return busy();
        }
    }
    if (!transaction.commit())
        return busy();
    QJsonObject answer {{u"accepted"_s, accepted},
                        {u"duplicates"_s, duplicates},
                        {u"unknownCustomerOrProduct"_s, unknown}};
    if (held.isEmpty())
        return {200, answer};
    answer.insert(u"held"_s, true);
    answer.insert(u"heldEvents"_s, held);
    return {202, answer};
}

std::optional<int> Ingestion::applyHeld(ChangeFeedStore &rows, const QString &customerId)
{
    const QSqlDatabase db = rows.database();
    const QString email
        = Database::scalar(db, u"SELECT email FROM customers WHERE id = ?"_s, {customerId})
              .toString();
    if (email.isEmpty())
        return 0;
    const qint64 now = Clock::nowMs();
    QSqlQuery waiting = Database::prepare(db,
                                          u"SELECT source, kind, external_id, body FROM"
                                          " held_ingestions WHERE email = ? AND received_at >= ?"
                                          " ORDER BY arrival"_s);
    waiting.addBindValue(email);
    waiting.addBindValue(now - heldDays * 24 * 3600 * 1000);
    if (!Database::exec(waiting))
        return std::nullopt;
    const QList<QVariantMap> items = Database::rows(waiting);
    if (items.isEmpty())
        return 0;
    // Two customers sharing the address: which one they are for is unknown; they stay held.
    if (Database::scalar(db, u"SELECT COUNT(*) FROM customers WHERE email = ?"_s, {email}).toInt()
        != 1)
        return 0;
    int appliedCount = 0;
    for (const QVariantMap &item : items) {
        const QString source = item.value(u"source"_s).toString();
        const QString kind = item.value(u"kind"_s).toString();
        const QString externalId = item.value(u"external_id"_s).toString();
        const QJsonObject body
            = QJsonDocument::fromJson(item.value(u"body"_s).toString().toUtf8()).object();
        if (!Database::exec(db, u"SAVEPOINT held"_s))
            return std::nullopt;
        QString reason;
        if (kind == u"order"_s) {
            OrderIn in;
            if (const auto refused = readOrder(body, &in)) {
                reason = refused->body.value(u"message"_s).toString();
            } else {
                const ServiceReply reply = writeOrder(rows, in, customerId);
                if (reply.status == 503)
                    return std::nullopt;
                if (reply.status != 201 && reply.status != 200)
                    reason = reply.body.value(u"error"_s).toString() + u": "_s
                        + reply.body.value(u"message"_s).toString();
            }
        } else {
            EventIn event;
            reason = readEvent(body.value(u"event"_s), 0, source, &event);
            if (reason.isEmpty()) {
                switch (writeEvent(rows, source, event, customerId)) {
                case Written::Failed:
                    return std::nullopt;
                case Written::UnknownProduct:
                    reason = u"unknown_product: no product with SKU %1"_s.arg(event.sku);
                    break;
                default:
                    break;
                }
            }
        }
        if (!reason.isEmpty()) {
            // Kept, with why, for the operators; the sender's re-delivery may still apply it.
            if (!Database::exec(db, u"ROLLBACK TO SAVEPOINT held"_s))
                return std::nullopt;
            rows.rolledBack();
            QSqlQuery keep = Database::prepare(
                db,
                u"UPDATE held_ingestions SET reason = ? WHERE source = ? AND kind = ? AND"
                " external_id = ?"_s);
            keep.addBindValue(reason);
            keep.addBindValue(source);
            keep.addBindValue(kind);
            keep.addBindValue(externalId);
            if (!Database::exec(keep))
                return std::nullopt;
        } else {
            // Applied (or applied before by a re-delivery): no longer held.
            if (!dropHeld(db, source, kind, externalId))
                return std::nullopt;
            ++appliedCount;
        }
        if (!Database::exec(db, u"RELEASE SAVEPOINT held"_s))
            return std::nullopt;
    }
    if (appliedCount > 0)
        qCInfo(lcServer).noquote() << u"applied %1 held webhook(s) for customer %2"_s.arg(
            appliedCount).arg(customerId);
    return appliedCount;
}

ServiceReply Ingestion::orderStatus(const QJsonObject &request)
{
    if (const auto refused = refuseUnclean(request))
        return *refused;
    Protocol::JsonReader in = fieldReader(request);
    const QString source = in.text(u"source"_s, 64);
    const QString externalId = in.text(u"externalId"_s, 64);
    const QString orderRef = in.text(u"orderId"_s, 64, false);
    const QString orderNumber = in.text(u"orderNumber"_s, 64, false);
    const QString rawStatus = in.text(u"status"_s, 64);
    const qint64 occurredAt = in.time(u"occurredAt"_s, Clock::nowMs());
    const QString carrier = in.text(u"carrier"_s, 64, false);
    const QString tracking = in.text(u"trackingNumber"_s, 64, false);
    if (orderRef.isEmpty() && orderNumber.isEmpty())
        in.fail(u"orderId or orderNumber is required"_s);
    if (!in.ok())
        return invalid(in.errorMessage());
    // Stored as a code the tablet translates; a status nobody knows is kept in the carrier's
    // words beside "other".
    const QString status = carrierStatus(rawStatus);
    const QString statusWords = status == u"other"_s ? rawStatus : QString();

    SqlTransaction transaction(m_db);
    if (!transaction.isActive() || !ChangeFeedStore::lockFeed(m_db))
        return busy();
    const ServiceReply duplicate {200, {{u"duplicate"_s, true}}};
    const auto applied = appliedBefore(m_db, source, u"order_status"_s, externalId);
    if (!applied)
        return busy();
    if (*applied)
        return duplicate;
    // The order is the one the sender names in its own terms: by our id (orderId), by its
    // number (orderNumber), or by both, which must then name the same order. Never one value
    // tried as either: an update that could be about two orders is about neither.
    QList<QVariantMap> matched;
    bool failed = false;
    const auto match = [&](const QString &column, const QString &value) {
        QSqlQuery find = Database::prepare(
            m_db,
            u"SELECT id, customer_id, number, status_detail FROM orders WHERE "_s + column
                + u" = ? LIMIT 3"_s);
        find.addBindValue(value);
        const QList<QVariantMap> found = Database::rows(find);
        if (find.lastError().isValid()) {
            failed = true;
            return false;
        }
        for (const QVariantMap &order : found) {
            if (std::none_of(matched.cbegin(), matched.cend(), [&](const QVariantMap &m) {
                    return m.value(u"id"_s) == order.value(u"id"_s);
                }))
                matched << order;
        }
        return !found.isEmpty();
    };
    const bool byId = !orderRef.isEmpty() && match(u"id"_s, orderRef);
    const bool byNumber = !orderNumber.isEmpty() && match(u"number"_s, orderNumber);
    if (failed)
        return busy();
    if (matched.size() > 1) {
        // Never applied. The orders it could be about ask for attention on the tablets, with
        // what was received, until someone checks them with the sender.
        ChangeFeedStore rows(m_db);
        QStringList ids;
        for (const QVariantMap &order : std::as_const(matched)) {
            QJsonObject detail
                = QJsonDocument::fromJson(order.value(u"status_detail"_s).toString().toUtf8())
                      .object();
            detail.insert(u"ambiguousUpdate"_s,
                          QJsonObject {{u"source"_s, source},
                                       {u"externalId"_s, externalId},
                                       {u"status"_s, status}});
            if (!rows.put(
                    entity(u"order"_s),
                    {{u"id"_s, order.value(u"id"_s)},
                     {u"status"_s, u"needs_action"_s},
                     {u"status_detail"_s,
                      QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))},
                     {u"updated_at"_s, Clock::nowMs()}}))
                return busy();
            ids << order.value(u"id"_s).toString();
        }
        if (!transaction.commit())
            return busy();
        qCWarning(lcServer).noquote()
            << u"order status %1/%2 not applied: it names orders %3"_s.arg(source, externalId,
                                                                           ids.join(u", "_s));
        return ServiceReply::error(
            409, u"ambiguous_order"_s,
            u"orderId and orderNumber name different orders (or the number is shared): the"
            " update was applied to none; send the order's own id and number"_s);
    }
    if (matched.isEmpty() || (!orderRef.isEmpty() && !byId)
        || (!orderNumber.isEmpty() && !byNumber))
        return ServiceReply::error(422, u"unknown_order"_s, u"no such order"_s);
    const QString orderId = matched.first().value(u"id"_s).toString();
    const QString customerId = matched.first().value(u"customer_id"_s).toString();
    const QString number = matched.first().value(u"number"_s).toString();
    const auto claimed = recordApplied(m_db, source, u"order_status"_s, externalId);
    if (!claimed)
        return busy();
    if (!*claimed)
        return duplicate;

    ChangeFeedStore rows(m_db);
    const QString historyId = derivedId(source, u"order_status"_s, externalId);
    if (!rows.put(entity(u"order_status"_s),
                  {{u"id"_s, historyId},
                   {u"order_id"_s, orderId},
                   {u"status"_s, status},
                   {u"occurred_at"_s, occurredAt},
                   {u"carrier"_s, carrier},
                   {u"tracking_number"_s, tracking},
                   {u"detail"_s, statusWords},
                   {u"source"_s, source}}))
        return busy();
    // Goods that left: the stock held for the order is gone from its source (once).
    const QString orderStatus = orderStatusFor(status);
    if (orderStatus == u"shipped"_s || orderStatus == u"delivered"_s) {
        for (const QVariantMap &line : rows.select(entity(u"order_line"_s), {{u"order_id"_s, orderId}})) {
            if (line.value(u"status"_s).toString() != u"allocated"_s)
                continue;
            if (!Stock::consumeReserved(rows, line.value(u"sku"_s).toString(),
                                        line.value(u"source_location_id"_s).toString(),
                                        line.value(u"quantity"_s).toLongLong(), Clock::nowMs())
                || !rows.put(entity(u"order_line"_s),
                             {{u"id"_s, line.value(u"id"_s)}, {u"status"_s, u"shipped"_s}}))
                return busy();
        }
    }
    // Carriers deliver events out of order: the order's status is its latest event's (of
    // those that say something about the order).
    const QString latest = orderStatusFor(
        Database::scalar(m_db,
                         u"SELECT status FROM order_status_history WHERE order_id = ? AND"
                         " status <> 'other' ORDER BY occurred_at DESC, id DESC LIMIT 1"_s,
                         {orderId})
            .toString());
    if (!latest.isEmpty()
        && !rows.put(
            entity(u"order"_s),
            {{u"id"_s, orderId}, {u"status"_s, latest}, {u"updated_at"_s, Clock::nowMs()}}))
        return busy();
    if (!customerId.isEmpty()
        && !rows.put(
            entity(u"event"_s),
            {{u"id"_s, derivedId(source, u"event"_s, externalId)},
             {u"customer_id"_s, customerId},
             {u"kind"_s, u"order_status"_s},
             {u"channel"_s,
              Database::scalar(m_db, u"SELECT channel FROM orders WHERE id = ?"_s, {orderId})
                  .toString()},
             {u"occurred_at"_s, occurredAt},
             {u"order_id"_s, orderId},
             {u"title"_s, number},
             {u"status"_s, status},
             {u"carrier"_s, carrier},
             {u"tracking_number"_s, tracking},
             {u"detail"_s, statusWords}}))
        return busy();
    const QString current = latest.isEmpty()
        ? Database::scalar(m_db, u"SELECT status FROM orders WHERE id = ?"_s, {orderId}).toString()
        : latest;
    if (!transaction.commit())
        return busy();
    return {200, {{u"orderId"_s, orderId}, {u"status"_s, current}, {u"duplicate"_s, false}}};
}

ServiceReply Ingestion::customers(const QJsonObject &request)
{
    if (const auto refused = refuseUnclean(request))
        return *refused;
    Protocol::JsonReader in = fieldReader(request);
    const QString source = in.oneOf(u"source"_s, {u"web"_s, u"app"_s, u"call_centre"_s});
    const QJsonArray list = request.value(u"customers"_s).toArray();
    if (!request.value(u"customers"_s).isArray() || list.isEmpty() || list.size() > 100)
        in.fail(u"customers must be an array of 1 to 100 customers"_s);
    if (!in.ok())
        return invalid(in.errorMessage());

    // Read whole before anything is written: one malformed customer refuses the delivery.
    struct Consent
    {
        QString kind, channel;
        bool granted;
        qint64 at;
    };
    struct Account
    {
        QString externalId, homeLocationId;
        qint64 updatedAt;
        QJsonObject fields; // the customer's columns, as customer.create and customer.update take
        QList<Consent> consents;
    };
    const QList<std::pair<QString, QString>> fieldNames
        = {{u"firstName"_s, u"first_name"_s}, {u"lastName"_s, u"last_name"_s},
           {u"email"_s, u"email"_s},          {u"phone"_s, u"phone"_s},
           {u"language"_s, u"language"_s},    {u"birthDate"_s, u"birth_date"_s}};
    QList<Account> accounts;
    const qint64 now = Clock::nowMs();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        const QString prefix = u"customers[%1]."_s.arg(i);
        if (!list.at(i).isObject())
            return invalid(u"customers[%1] must be an object"_s.arg(i));
        Protocol::JsonReader c = fieldReader(object, prefix);
        Account account;
        account.externalId = c.text(u"externalId"_s, 64);
        account.updatedAt = c.time(u"updatedAt"_s, now);
        account.homeLocationId = c.text(u"homeLocationId"_s, 64, false);
        for (const auto &[name, column] : fieldNames) {
            if (!object.contains(name))
                continue;
            const QString value = c.text(name, 100, false);
            if (name == u"language"_s && !value.isEmpty() && value != u"en"_s && value != u"es"_s)
                c.fail(u"%1language must be en or es"_s.arg(prefix));
            if (name == u"birthDate"_s && !value.isEmpty()
                && !QDate::fromString(value, Qt::ISODate).isValid())
                c.fail(u"%1birthDate must be a date like 1990-05-31"_s.arg(prefix));
            account.fields.insert(column, value);
        }
        const QJsonValue consents = object.value(u"consents"_s);
        if (!consents.isUndefined() && (!consents.isArray() || consents.toArray().size() > 10))
            c.fail(u"%1consents must be an array of at most 10 consents"_s.arg(prefix));
        if (!c.ok())
            return invalid(c.errorMessage());
        const QJsonArray consentList = consents.toArray();
        for (int j = 0; j < consentList.size(); ++j) {
            const QJsonObject consent = consentList.at(j).toObject();
            Protocol::JsonReader k = fieldReader(consent, u"%1consents[%2]."_s.arg(prefix).arg(j));
            Consent read;
            read.kind = k.oneOf(u"kind"_s, {u"email"_s, u"sms"_s, u"phone"_s, u"marketing"_s});
            read.granted = k.boolean(u"granted"_s);
            read.at = k.time(u"at"_s, now);
            // The channel it was given on: the sender's own unless it says (an email link).
            read.channel = consent.contains(u"channel"_s)
                ? k.oneOf(u"channel"_s, {u"web"_s, u"app"_s, u"call_centre"_s, u"email"_s})
                : source;
            if (!consentList.at(j).isObject() || !k.ok())
                return invalid(consentList.at(j).isObject()
                                   ? k.errorMessage()
                                   : u"%1consents[%2] must be an object"_s.arg(prefix).arg(j));
            account.consents << read;
        }
        accounts << account;
    }

    SqlTransaction transaction(m_db);
    if (!transaction.isActive() || !ChangeFeedStore::lockFeed(m_db))
        return busy();
    ChangeFeedStore rows(m_db);
    rows.setActor(u"ingest:"_s + source);
    QJsonArray results;
    for (const Account &account : accounts) {
        QJsonObject result {{u"externalId"_s, account.externalId}};
        const QList<QVariantMap> link
            = Database::rows(m_db,
                             u"SELECT customer_id, updated_at FROM customer_links WHERE"
                             " source = ? AND external_id = ?"_s,
                             {source, account.externalId});
        QString customerId = link.value(0).value(u"customer_id"_s).toString();
        if (!link.isEmpty() && account.updatedAt <= link.first().value(u"updated_at"_s).toLongLong()) {
            // Delivered again, or older than what was applied: nothing changes.
            result.insert(u"customerId"_s, customerId);
            result.insert(u"status"_s, u"unchanged"_s);
            results << result;
            continue;
        }
        QString status = u"updated"_s;
        if (customerId.isEmpty()) {
            // A new account: the customer a store registered with that email, else a new one.
            const CustomerMatch match
                = resolveCustomer(m_db, {{u"email"_s, account.fields.value(u"email"_s)}});
            if (match.ambiguous) {
                result.insert(u"status"_s, u"refused"_s);
                result.insert(u"code"_s, u"ambiguous_customer"_s);
                result.insert(u"message"_s,
                              u"more than one customer has that email address"_s);
                results << result;
                continue;
            }
            customerId = match.id;
            status = customerId.isEmpty() ? u"created"_s : u"linked"_s;
        }
        const bool create = customerId.isEmpty();
        if (create)
            customerId = derivedId(source, u"customer"_s, account.externalId);
        if (!Database::exec(m_db, u"SAVEPOINT account"_s))
            return busy();
        MutationContext context;
        context.associateId = u"ingest:"_s + source; // who gave a consent: the channel
        context.locationId = account.homeLocationId;
        context.now = now;
        context.authoritative = true;
        MutationResult applied;
        const auto home = account.homeLocationId.isEmpty()
            ? std::nullopt
            : rows.get(entity(u"location"_s), {{u"id"_s, account.homeLocationId}});
        if (create && !account.homeLocationId.isEmpty()
            && (!home || home->value(u"kind"_s).toString() != u"store"_s))
            applied = MutationResult::rejected(
                u"unknown_location"_s, u"no store %1"_s.arg(account.homeLocationId));
        else if (create)
            applied = Mutators::apply(rows, u"customer.create"_s,
                                      {{u"id"_s, customerId},
                                       {u"homeLocationId"_s, account.homeLocationId},
                                       {u"fields"_s, account.fields},
                                       {u"at"_s, account.updatedAt}},
                                      context);
        else if (!account.fields.isEmpty())
            applied = Mutators::apply(rows, u"customer.update"_s,
                                      {{u"id"_s, customerId}, {u"fields"_s, account.fields}},
                                      context);
        for (const Consent &consent : account.consents) {
            if (!applied.applied)
                break;
            applied = Mutators::apply(rows, u"customer.setConsent"_s,
                                      {{u"customerId"_s, customerId},
                                       {u"kind"_s, consent.kind},
                                       {u"granted"_s, consent.granted},
                                       {u"channel"_s, consent.channel},
                                       {u"at"_s, consent.at}},
                                      context);
        }
        int heldApplied = 0;
        if (applied.applied) {
            // Orders and events the channels sent for this email before the customer existed.
            const auto held = Ingestion::applyHeld(rows, customerId);
            if (!held)
                return busy();
            heldApplied = *held;
            QSqlQuery keep = Database::prepare(
                m_db,
                u"INSERT INTO customer_links (source, external_id, customer_id, updated_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (source, external_id) DO UPDATE SET"
                " customer_id = excluded.customer_id, updated_at = excluded.updated_at"_s);
            keep.addBindValue(source);
            keep.addBindValue(account.externalId);
            keep.addBindValue(customerId);
            keep.addBindValue(account.updatedAt);
            if (!Database::exec(keep))
                return busy();
        } else if (applied.temporary) {
            return busy();
        } else {
            // Refused: this customer leaves no trace; the others of the delivery go on.
            if (!Database::exec(m_db, u"ROLLBACK TO SAVEPOINT account"_s))
                return busy();
            rows.rolledBack();
        }
        if (!Database::exec(m_db, u"RELEASE SAVEPOINT account"_s))
            return busy();
        if (applied.applied) {
            result.insert(u"customerId"_s, customerId);
            result.insert(u"status"_s, status);
            if (heldApplied > 0)
                result.insert(u"heldApplied"_s, heldApplied);
        } else {
            result.insert(u"status"_s, u"refused"_s);
            result.insert(u"code"_s, applied.code);
            result.insert(u"message"_s, applied.message);
        }
        results << result;
    }
    if (!transaction.commit())
        return busy();
    return {200, {{u"results"_s, results}}};
}
