// SPDX-License-Identifier: MIT
#include "mutators.h"
#include "entities.h"
#include "mutatorsupport.h"
#include "loyaltycards.h"
#include "phonenumbers.h"
#include "rowstore.h"
#include "schema.h"
#include "searchtext.h"

#include "database.h"

#include <QJsonArray>

#include <algorithm>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Mutators {

namespace Support {

MutationResult idInUse(const QString &what, const QString &id)
{
    return MutationResult::rejected(u"invalid"_s,
                                    u"%1 id %2 is already used by another %1"_s.arg(what, id));
}

QStringList stockReach(RowStore &rows, const QString &storeId)
{
    // The same rule as the stock scopes a device pulls (SyncService::scopesFor).
    QSqlQuery query
        = Database::prepare(rows.database(),
                            u"SELECT l.id FROM locations l, locations me WHERE me.id = ? AND"
                            " (l.kind = 'warehouse' OR l.country = me.country)"_s);
    query.addBindValue(storeId);
    QStringList ids {storeId};
    if (Database::exec(query)) {
        while (query.next())
            ids << query.value(0).toString();
    }
    ids.removeDuplicates();
    return ids;
}

MutationResult checkStockLocation(RowStore &rows, const QString &locationId,
                                  const MutationContext &context)
{
    if (!context.authoritative)
        return MutationResult::ok();
    if (!rows.exists(entity(u"location"_s), {{u"id"_s, locationId}}))
        return MutationResult::rejected(u"not_found"_s,
                                        u"location %1 does not exist"_s.arg(locationId));
    if (!stockReach(rows, context.locationId).contains(locationId))
        return MutationResult::rejected(
            u"not_allowed"_s,
            u"stock at %1 is outside this store's reach (its country's stores and the"
            " warehouses)"_s.arg(locationId));
    return MutationResult::ok();
}

MutationResult checkOrder(RowStore &rows, const QVariantMap &order, const MutationContext &context)
{
    if (!context.authoritative)
        return MutationResult::ok();
    const QString store = context.locationId;
    if (order.value(u"location_id"_s).toString() == store
        || order.value(u"pickup_location_id"_s).toString() == store)
        return MutationResult::ok();
    const QString customerId = order.value(u"customer_id"_s).toString();
    if (!customerId.isEmpty()) {
        const auto customer = rows.get(entity(u"customer"_s), {{u"id"_s, customerId}});
        if (customer && customer->value(u"home_location_id"_s).toString() == store)
            return MutationResult::ok();
        // A customer the device follows (the service's allowCustomer) is served like one of
        // its store: their orders' returns and changes too.
        if (customer && context.allowCustomer && context.allowCustomer(customerId))
            return MutationResult::ok();
    }
    return MutationResult::rejected(
        u"not_allowed"_s,
        u"order %1 belongs to another store"_s.arg(order.value(u"number"_s).toString()));
}

MutationResult checkCurrency(const QString &given, const QString &expected)
{
    if (given == expected)
        return MutationResult::ok();
    return MutationResult::rejected(u"invalid"_s,
                                    u"the amount is in %1, not in %2"_s.arg(given, expected));
}

QString storeCurrency(RowStore &rows, const MutationContext &context)
{
    const auto store = rows.get(entity(u"location"_s), {{u"id"_s, context.locationId}});
    return store ? store->value(u"currency"_s).toString() : QString();
}

} // namespace Support

bool validEmail(const QString &email)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return email.isEmpty() || pattern.match(email).hasMatch();
}

namespace {

using namespace Support;

/** The country whose numbering plan reads a national number: that of the store where it was
    typed, else of the customer's home store; empty (international numbers only) when neither is
    known. */
QString phoneRegion(RowStore &rows, const MutationContext &context, const QString &homeId)
{
    for (const QString &id : {context.locationId, homeId}) {
        if (id.isEmpty())
            continue;
        if (const auto store = rows.get(entity(u"location"_s), {{u"id"_s, id}})) {
            const QString country = store->value(u"country"_s).toString();
            if (!country.isEmpty())
                return country;
        }
    }
    return {};
}

const QStringList customerEditableFields
    = {u"first_name"_s, u"last_name"_s, u"email"_s, u"phone"_s, u"language"_s, u"birth_date"_s};

MutationResult customerFields(const QJsonObject &fields, const QString &region, QVariantMap *row)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!customerEditableFields.contains(it.key()))
            return MutationResult::rejected(u"invalid"_s,
                                            u"field '%1' cannot be edited"_s.arg(it.key()));
        if (!it.value().isString())
            return MutationResult::rejected(u"invalid"_s,
                                            u"field '%1' must be a string"_s.arg(it.key()));
        const QString value = it.value().toString().trimmed();
        if (value.size() > nameLength)
            return MutationResult::rejected(u"invalid"_s,
                                            u"field '%1' is too long"_s.arg(it.key()));
        if (std::any_of(value.begin(), value.end(),
                        [](QChar c) { return c.category() == QChar::Other_Control; }))
            return MutationResult::rejected(
                u"invalid"_s, u"field '%1' holds control characters"_s.arg(it.key()));
        row->insert(it.key(), value);
    }
    if (row->contains(u"email"_s))
        row->insert(u"email"_s, SearchText::normalisedEmail(row->value(u"email"_s).toString()));
    if (row->contains(u"email"_s) && !validEmail(row->value(u"email"_s).toString()))
        return MutationResult::rejected(u"invalid"_s, u"the email address is not valid"_s);
    if (row->contains(u"phone"_s)) {
        // Kept as typed (what the customer recognises), beside its E.164 form.
        const QString phone = row->value(u"phone"_s).toString();
        if (const QString problem = PhoneNumbers::problem(phone, region); !problem.isEmpty())
            return MutationResult::rejected(u"invalid"_s, problem);
        const PhoneNumbers::Number number = PhoneNumbers::parse(phone, region);
        row->insert(u"phone_e164"_s, number.e164);
        row->insert(u"phone_search"_s, number.searchForms.join(u' '));
    }
    return MutationResult::ok();
}

MutationResult customerCreate(RowStore &rows, const QJsonObject &json,
                              const MutationContext &context)
{
    JsonReader args(json);
    const QString id = args.rowId(u"id"_s);
    const QJsonObject fields = args.object(u"fields"_s);
    // A store's customer has a home store. One of the web shop or the app, created on the
    // service (POST /v1/ingest/customers), may have none yet: an empty homeLocationId is taken
    // there only (a device's push naming any store but its own is refused before this).
    const bool onlineOnly = context.authoritative && json.value(u"homeLocationId"_s).isString();
    const QString home = args.text(u"homeLocationId"_s, idLength, !onlineOnly);
    const qint64 at = actedAt(args, context);
    if (!args.ok())
        return rejection(args);
    QVariantMap row;
    if (MutationResult r = customerFields(fields, phoneRegion(rows, context, home), &row);
        !r.applied)
        return r;
    if (row.value(u"first_name"_s).toString().isEmpty()
        && row.value(u"last_name"_s).toString().isEmpty())
        return MutationResult::rejected(u"invalid"_s, u"a customer needs a name"_s);
    const Entity &customers = entity(u"customer"_s);
    if (const auto existing = rows.get(customers, {{u"id"_s, id}})) {
        if (existing->value(u"home_location_id"_s).toString() != home)
            return idInUse(u"customer"_s, id);
        return MutationResult::ok(); // created once: a re-sent create changes nothing
    }
    row.insert(u"id"_s, id);
    row.insert(u"home_location_id"_s, home);
    row.insert(u"created_at"_s, at);
    row.insert(u"updated_at"_s, context.now);
    row.insert(u"version"_s, 1);
    return rows.put(customers, row) ? MutationResult::ok() : storageFailure();
}

MutationResult customerUpdate(RowStore &rows, const QJsonObject &json,
                              const MutationContext &context)
{
    JsonReader args(json);
    const QString id = args.text(u"id"_s, idLength);
    const QJsonObject fields = args.object(u"fields"_s);
    const qint64 baseVersion = args.integer(u"baseVersion"_s, 0, INT_MAX, false, 0);
    // A move to another home store, optional: a store of the chain, not a warehouse.
    const QString newHome = args.text(u"homeLocationId"_s, idLength, false);
    if (!args.ok())
        return rejection(args);
    if (MutationResult r = checkCustomer(rows, id, context); !r.applied)
        return r;
    if (!newHome.isEmpty()) {
        const auto location = rows.get(entity(u"location"_s), {{u"id"_s, newHome}});
        if (!location || location->value(u"kind"_s).toString() != u"store"_s)
            return MutationResult::rejected(u"invalid"_s,
                                            u"home store %1 is not a store of the chain"_s.arg(newHome));
    }
    const Entity &customers = entity(u"customer"_s);
    const auto current = rows.get(customers, {{u"id"_s, id}});
    const QString home = current ? current->value(u"home_location_id"_s).toString() : QString();
    QVariantMap row;
    if (MutationResult r = customerFields(fields, phoneRegion(rows, context, home), &row);
        !r.applied)
        return r;
    if (!current)
        return MutationResult::rejected(u"not_found"_s, u"customer %1 does not exist"_s.arg(id));
    const qint64 version = current->value(u"version"_s).toLongLong();
    // Last writer in server order wins per field; an edit based on an older version is still
    // applied, and what it overwrote is kept in history on the server.
    if (context.authoritative && baseVersion > 0 && baseVersion < version)
        rows.keepOverwritten(customers, *current);
    if (!newHome.isEmpty())
        row.insert(u"home_location_id"_s, newHome);
    row.insert(u"id"_s, id);
    row.insert(u"version"_s, version + 1);
    row.insert(u"updated_at"_s, context.now);
    return rows.put(customers, row) ? MutationResult::ok() : storageFailure();
}

MutationResult setLoyaltyCard(RowStore &rows, const QJsonObject &json,
                              const MutationContext &context)
{
    JsonReader args(json);
    const QString customerId = args.text(u"customerId"_s, idLength);
    const QString card = LoyaltyCards::digitsOf(args.text(u"loyaltyId"_s, 40));
    if (!args.ok())
        return rejection(args);
    if (!LoyaltyCards::isWellFormed(card))
        return MutationResult::rejected(
            u"invalid"_s, u"%1 is not a loyalty card number of the chain"_s.arg(card));
    if (MutationResult r = checkCustomer(rows, customerId, context); !r.applied)
        return r;
    const Entity &customers = entity(u"customer"_s);
    const auto current = rows.get(customers, {{u"id"_s, customerId}});
    if (!current)
        return MutationResult::rejected(u"not_found"_s,
                                        u"customer %1 does not exist"_s.arg(customerId));
    const QString had = current->value(u"loyalty_id"_s).toString();
    if (had == card)
        return MutationResult::ok(); // given once: a re-sent change changes nothing
    if (!had.isEmpty())
        return MutationResult::rejected(
            u"invalid"_s, u"customer %1 already has loyalty card %2"_s.arg(customerId, had));
    // Unique in the chain: on the service every customer is there; a tablet checks the ones
    // it holds and the service has the last word.
    QSqlQuery holder = Database::prepare(
        rows.database(), u"SELECT id FROM customers WHERE loyalty_id = ? AND id <> ? LIMIT 1"_s);
    holder.addBindValue(card);
    holder.addBindValue(customerId);
    if (!Database::exec(holder))
        return storageFailure();
    if (holder.next())
        return MutationResult::rejected(u"card_in_use"_s,
                                        u"loyalty card %1 belongs to another customer"_s.arg(card));
    const QVariantMap row = {{u"id"_s, customerId},
                             {u"loyalty_id"_s, card},
                             {u"version"_s, current->value(u"version"_s).toLongLong() + 1},
                             {u"updated_at"_s, context.now}};
    return rows.put(customers, row) ? MutationResult::ok() : storageFailure();
}

MutationResult setPreference(RowStore &rows, const QJsonObject &json,
                             const MutationContext &context)
{
    JsonReader args(json);
    const QString customerId = args.text(u"customerId"_s, idLength);
    const QString key = args.oneOf(u"key"_s, Mutators::preferenceKeys());
    const QString value = args.text(u"value"_s, 200, false);
    const qint64 baseVersion = args.integer(u"baseVersion"_s, 0, INT_MAX, false, 0);
    if (!args.ok())
        return rejection(args);
    if (MutationResult r = checkCustomer(rows, customerId, context); !r.applied)
        return r;
    const Entity &preferences = entity(u"preference"_s);
    const QVariantMap rowKey = {{u"customer_id"_s, customerId}, {u"key"_s, key}};
    const auto current = rows.get(preferences, rowKey);
    const qint64 version = current ? current->value(u"version"_s).toLongLong() : 0;
    if (context.authoritative && current && baseVersion < version)
        rows.keepOverwritten(preferences, *current);
    QVariantMap row = rowKey;
    row.insert(u"value"_s, value);
    row.insert(u"updated_at"_s, context.now);
    row.insert(u"updated_by"_s, context.associateId);
    row.insert(u"version"_s, version + 1);
    return rows.put(preferences, row) ? MutationResult::ok() : storageFailure();
}

MutationResult setConsent(RowStore &rows, const QJsonObject &json, const MutationContext &context)
{
    JsonReader args(json);
    const QString customerId = args.text(u"customerId"_s, idLength);
    const QString kind = args.oneOf(u"kind"_s, {u"email"_s, u"sms"_s, u"phone"_s, u"marketing"_s});
    const bool granted = args.boolean(u"granted"_s);
    const QString channel
        = args.oneOf(u"channel"_s, {u"store"_s, u"web"_s, u"app"_s, u"call_centre"_s, u"email"_s});
    const qint64 at = actedAt(args, context);
    if (!args.ok())
        return rejection(args);
    if (MutationResult r = checkCustomer(rows, customerId, context); !r.applied)
        return r;
    // Consent is a legal record: the time is when the customer gave or withdrew it.
    const QVariantMap row
        = {{u"customer_id"_s, customerId},  {u"kind"_s, kind},
           {u"granted"_s, granted ? 1 : 0}, {u"changed_at"_s, at},
           {u"channel"_s, channel},         {u"changed_by"_s, context.associateId}};
    // The history keeps every change, in force or not; the same change sent again is the same
    // event (its id is made from it).
    QVariantMap event = row;
    event.insert(u"id"_s, Schema::consentEventId(customerId, kind, granted, channel, at));
    const Entity &consents = entity(u"consent"_s);
    const Entity &events = entity(u"consent_event"_s);
    if (!rows.exists(events, {{u"id"_s, event.value(u"id"_s)}}) && !rows.put(events, event))
        return storageFailure();
    // The consent in force is the one given or withdrawn last (by when the customer did it): a
    // change recorded late, offline, of an earlier moment, goes into the history only.
    const auto current
        = rows.get(consents, {{u"customer_id"_s, customerId}, {u"kind"_s, kind}});
    if (current && current->value(u"changed_at"_s).toLongLong() > at)
        return MutationResult::ok();
    if (!rows.put(consents, row))
        return storageFailure();
    // Receipts queued for the mail relay and not sent yet are not sent once email consent is
    // withdrawn (service only: the tablet keeps no mail queue but its outbox).
    if (context.authoritative && kind == u"email"_s && !granted) {
        QSqlQuery withdraw = Database::prepare(
            rows.database(),
            u"UPDATE outbound_emails SET status = 'withdrawn', attachment = '' WHERE"
            " customer_id = ? AND status = 'queued'"_s);
        withdraw.addBindValue(customerId);
        if (!Database::exec(withdraw))
            return storageFailure();
    }
    return MutationResult::ok();
}

MutationResult noteAdd(RowStore &rows, const QJsonObject &json, const MutationContext &context)
{
    JsonReader args(json);
    const QString id = args.rowId(u"id"_s);
    const QString customerId = args.text(u"customerId"_s, idLength);
    const QString body = args.text(u"body"_s, noteLength);
    const qint64 at = actedAt(args, context);
    if (!args.ok())
        return rejection(args);
    if (MutationResult r = checkCustomer(rows, customerId, context); !r.applied)
        return r;
    const Entity &notes = entity(u"note"_s);
    if (const auto existing = rows.get(notes, {{u"id"_s, id}})) {
        if (existing->value(u"customer_id"_s).toString() != customerId)
            return idInUse(u"note"_s, id);
        return MutationResult::ok();
    }
    const QVariantMap row = {{u"id"_s, id},
                             {u"customer_id"_s, customerId},
                             {u"author_id"_s, context.associateId},
                             {u"author_name"_s, context.associateName},
                             {u"body"_s, body},
                             {u"created_at"_s, at},
                             {u"updated_at"_s, at},
                             {u"version"_s, 1}};
    return rows.put(notes, row) ? MutationResult::ok() : storageFailure();
}

MutationResult noteEdit(RowStore &rows, const QJsonObject &json, const MutationContext &context)
{
    JsonReader args(json);
    const QString id = args.text(u"id"_s, idLength);
    const QString body = args.text(u"body"_s, noteLength);
    const qint64 baseVersion = args.integer(u"baseVersion"_s, 0, INT_MAX, false, 0);
    const qint64 at = actedAt(args, context);
    if (!args.ok())
        return rejection(args);
    const Entity &notes = entity(u"note"_s);
    const auto current = rows.get(notes, {{u"id"_s, id}});
    if (!current)
        return MutationResult::rejected(u"not_found"_s, u"note %1 does not exist"_s.arg(id));
    if (MutationResult r
        = checkCustomer(rows, current->value(u"customer_id"_s).toString(), context);
        !r.applied)
        return r;
    const qint64 version = current->value(u"version"_s).toLongLong();
    if (context.authoritative && baseVersion < version)
        rows.keepOverwritten(notes, *current);
    const QVariantMap row
        = {{u"id"_s, id}, {u"body"_s, body}, {u"updated_at"_s, at}, {u"version"_s, version + 1}};
    return rows.put(notes, row) ? MutationResult::ok() : storageFailure();
}

MutationResult wishlistAdd(RowStore &rows, const QJsonObject &json, const MutationContext &context)
{
    JsonReader args(json);
    const QString customerId = args.text(u"customerId"_s, idLength);
    const QString sku = args.text(u"sku"_s, idLength);
    const qint64 at = actedAt(args, context);
    if (!args.ok())
        return rejection(args);
    if (MutationResult r = checkCustomer(rows, customerId, context); !r.applied)
        return r;
    if (context.authoritative && !rows.get(entity(u"product"_s), {{u"sku"_s, sku}}))
        return MutationResult::rejected(u"not_found"_s, u"product %1 does not exist"_s.arg(sku));
    // Every add is stamped with when the associate made it, and always later than the stamp it
    // finds (a Lamport-style clock): a remove carries the stamp it saw, so any add it did not
    // see survives (add wins), while a tablet's own add-then-remove still removes.
    const Entity &wishlist = entity(u"wishlist_item"_s);
    const auto existing = rows.get(wishlist, {{u"customer_id"_s, customerId}, {u"sku"_s, sku}});
    const qint64 stamp = existing ? qMax(at, existing->value(u"added_at"_s).toLongLong() + 1) : at;
    const QVariantMap row = {{u"customer_id"_s, customerId},
                             {u"sku"_s, sku},
                             {u"added_at"_s, stamp},
                             {u"channel"_s, u"store"_s}};
    return rows.put(wishlist, row) ? MutationResult::ok() : storageFailure();
}

MutationResult wishlistRemove(RowStore &rows, const QJsonObject &json,
                              const MutationContext &context)
{
    JsonReader args(json);
    const QString customerId = args.text(u"customerId"_s, idLength);
    const QString sku = args.text(u"sku"_s, idLength);
    // The stamp of the add the associate saw; without one, whatever is there is removed.
    const qint64 seenAddedAt = args.integer(u"addedAt"_s, 0, maxTime, false, -1);
    if (!args.ok())
        return rejection(args);
    if (MutationResult r = checkCustomer(rows, customerId, context); !r.applied)
        return r;
    const Entity &wishlist = entity(u"wishlist_item"_s);
    const QVariantMap key = {{u"customer_id"_s, customerId}, {u"sku"_s, sku}};
    const auto current = rows.get(wishlist, key);
    if (!current)
        return MutationResult::ok();
    // Observed remove: only the very add the associate saw is removed; any other add survives.
    // Stamps are compared for equality, never for order: they come from the tablets' clocks,
    // and an add made since on a tablet whose clock is slow carries an earlier stamp. The
    // service's order decides instead: an add applied after the one seen has a new stamp.
    if (seenAddedAt >= 0 && current->value(u"added_at"_s).toLongLong() != seenAddedAt)
        return MutationResult::ok();
    return rows.remove(wishlist, key) ? MutationResult::ok() : storageFailure();
}

const QStringList fulfilments
    = {u"carry_out"_s, u"ship_to_home"_s, u"pick_up"_s, u"ship_from_store"_s};

MutationResult cartAddLine(RowStore &rows, const QJsonObject &json, const MutationContext &context)
{
    JsonReader args(json);
    const QString id = args.rowId(u"id"_s);
    const QString customerId = args.text(u"customerId"_s, idLength);
    const QString sku = args.text(u"sku"_s, idLength);
    const qint64 quantity = args.integer(u"quantity"_s, 1, 99);
    const QString fulfilment = json.contains(u"fulfilment"_s)
        ? args.oneOf(u"fulfilment"_s, fulfilments)
        : u"carry_out"_s;
    const QString source = args.text(u"sourceLocationId"_s, idLength, false);
    const QString addressId = args.text(u"deliveryAddressId"_s, idLength, false);
    const QString optionId = args.text(u"deliveryOptionId"_s, idLength, false);
    const qint64 at = actedAt(args, context);
    if (!args.ok())
        return rejection(args);
    if (fulfilment == u"ship_to_home"_s
        && (source.isEmpty() || addressId.isEmpty() || optionId.isEmpty()))
        return MutationResult::rejected(
            u"invalid"_s, u"home delivery needs a source, an address and an option"_s);
    if (MutationResult r = checkCustomer(rows, customerId, context); !r.applied)
        return r;
    if (context.authoritative && !rows.get(entity(u"product"_s), {{u"sku"_s, sku}}))
        return MutationResult::rejected(u"not_found"_s, u"product %1 does not exist"_s.arg(sku));
    const Entity &cart = entity(u"cart_line"_s);
    if (const auto existing = rows.get(cart, {{u"id"_s, id}})) {
        if (existing->value(u"customer_id"_s).toString() != customerId)
            return idInUse(u"cart line"_s, id);
        return MutationResult::ok();
    }
    const QVariantMap row = {{u"id"_s, id},
                             {u"customer_id"_s, customerId},
                             {u"sku"_s, sku},
                             {u"quantity"_s, quantity},
                             {u"channel"_s, u"store"_s},
                             {u"fulfilment"_s, fulfilment},
                             {u"source_location_id"_s, source},
                             {u"delivery_address_id"_s, addressId},
                             {u"delivery_option_id"_s, optionId},
                             {u"added_at"_s, at},
                             {u"updated_at"_s, at}};
    return rows.put(cart, row) ? MutationResult::ok() : storageFailure();
}

MutationResult cartChangeQuantity(RowStore &rows, const QJsonObject &json,
                                  const MutationContext &context)
{
    JsonReader args(json);
    const QString id = args.text(u"id"_s, idLength);
    const qint64 delta = args.integer(u"delta"_s, -99, 99);
    if (!args.ok())
        return rejection(args);
    const Entity &cart = entity(u"cart_line"_s);
    const auto current = rows.get(cart, {{u"id"_s, id}});
    if (!current)
        return MutationResult::ok(); // removed elsewhere meanwhile: nothing left to change
    if (MutationResult r
        = checkCustomer(rows, current->value(u"customer_id"_s).toString(), context);
        !r.applied)
        return r;
    // Deltas compose: two associates adding one each end with two more.
    const qint64 quantity = qMin<qint64>(current->value(u"quantity"_s).toLongLong() + delta, 99);
    if (quantity <= 0)
        return rows.remove(cart, {{u"id"_s, id}}) ? MutationResult::ok() : storageFailure();
    return rows.put(cart,
                    {{u"id"_s, id}, {u"quantity"_s, quantity}, {u"updated_at"_s, context.now}})
        ? MutationResult::ok()
        : storageFailure();
}

MutationResult cartRemoveLine(RowStore &rows, const QJsonObject &json,
                              const MutationContext &context)
{
    JsonReader args(json);
    const QString id = args.text(u"id"_s, idLength);
    if (!args.ok())
        return rejection(args);
    const Entity &cart = entity(u"cart_line"_s);
    const auto current = rows.get(cart, {{u"id"_s, id}});
    if (!current)
        return MutationResult::ok();
    if (MutationResult r
        = checkCustomer(rows, current->value(u"customer_id"_s).toString(), context);
        !r.applied)
        return r;
    return rows.remove(cart, {{u"id"_s, id}}) ? MutationResult::ok() : storageFailure();
}

/** How a tier ranks: a merged customer keeps the higher of the two. */
int tierRank(const QString &tier)
{
    static const QStringList tiers = {u"member"_s, u"silver"_s, u"gold"_s, u"platinum"_s};
    return int(tiers.indexOf(tier));
}

/** Moves the rows of an entity keyed by id from one customer to another. */
bool moveById(RowStore &rows, const QString &entityName, const QString &from, const QString &to)
{
    const Entity &e = entity(entityName);
    for (const QVariantMap &row : rows.select(e, {{u"customer_id"_s, from}})) {
        if (!rows.put(e, {{u"id"_s, row.value(u"id"_s)}, {u"customer_id"_s, to}}))
            return false;
    }
    return true;
}

/** The whole merge on the service: everything of merged moves to survivor, merged becomes a
    tombstone. Both checked before (live, distinct). */
MutationResult moveCustomer(RowStore &rows, const QVariantMap &survivor, const QVariantMap &merged,
                            const MutationContext &context)
{
    const QString to = survivor.value(u"id"_s).toString();
    const QString from = merged.value(u"id"_s).toString();
    // Orders move with everything hung on them; their lines, status history, payments and
    // refunds are written again so the change feed sends them where the order now goes.
    const Entity &orders = entity(u"order"_s);
    for (const QVariantMap &order : rows.select(orders, {{u"customer_id"_s, from}})) {
        const QString orderId = order.value(u"id"_s).toString();
        if (!rows.put(orders, {{u"id"_s, orderId}, {u"customer_id"_s, to}}))
            return storageFailure();
        for (const QString &child :
             {u"order_line"_s, u"order_status"_s, u"payment"_s, u"refund"_s}) {
            const Entity &e = entity(child);
            for (const QVariantMap &row : rows.select(e, {{u"order_id"_s, orderId}})) {
                if (!rows.put(e, row))
                    return storageFailure();
            }
        }
    }
    for (const QString &name : {u"event"_s, u"note"_s, u"task"_s, u"address"_s,
                                u"consent_event"_s, u"reservation"_s, u"transfer"_s}) {
        if (!moveById(rows, name, from, to))
            return storageFailure();
    }
    // Wishlist: one item per product (the survivor's stays); cart: one line per product and
    // way of fulfilment, quantities added up (at most 99, as cart.changeQuantity).
    const Entity &wishlist = entity(u"wishlist_item"_s);
    for (QVariantMap item : rows.select(wishlist, {{u"customer_id"_s, from}})) {
        const QVariantMap key = {{u"customer_id"_s, from}, {u"sku"_s, item.value(u"sku"_s)}};
        item.insert(u"customer_id"_s, to);
        if (!rows.exists(wishlist, Entities::keyColumnsOf(wishlist, item))
            && !rows.put(wishlist, item))
            return storageFailure();
        if (!rows.remove(wishlist, key))
            return storageFailure();
    }
    const Entity &cart = entity(u"cart_line"_s);
    const QList<QVariantMap> survivorCart = rows.select(cart, {{u"customer_id"_s, to}});
    for (const QVariantMap &line : rows.select(cart, {{u"customer_id"_s, from}})) {
        const auto same = std::find_if(survivorCart.cbegin(), survivorCart.cend(),
                                       [&line](const QVariantMap &mine) {
                                           return mine.value(u"sku"_s) == line.value(u"sku"_s)
                                               && mine.value(u"fulfilment"_s)
                                               == line.value(u"fulfilment"_s);
                                       });
        bool ok = false;
        if (same == survivorCart.cend()) {
            ok = rows.put(cart, {{u"id"_s, line.value(u"id"_s)}, {u"customer_id"_s, to}});
        } else {
            const auto current = rows.get(cart, {{u"id"_s, same->value(u"id"_s)}});
            const qint64 quantity = qMin<qint64>(
                (current ? current->value(u"quantity"_s).toLongLong() : 0)
                    + line.value(u"quantity"_s).toLongLong(),
                99);
            ok = rows.put(cart,
                          {{u"id"_s, same->value(u"id"_s)},
                           {u"quantity"_s, quantity},
                           {u"updated_at"_s, context.now}})
                && rows.remove(cart, {{u"id"_s, line.value(u"id"_s)}});
        }
        if (!ok)
            return storageFailure();
    }
    // Preferences: the survivor's where both have one. Consents: per kind, the one given or
    // withdrawn last.
    const Entity &preferences = entity(u"preference"_s);
    for (QVariantMap preference : rows.select(preferences, {{u"customer_id"_s, from}})) {
        const QVariantMap key = Entities::keyColumnsOf(preferences, preference);
        preference.insert(u"customer_id"_s, to);
        if (!rows.exists(preferences, Entities::keyColumnsOf(preferences, preference))
            && !rows.put(preferences, preference))
            return storageFailure();
        if (!rows.remove(preferences, key))
            return storageFailure();
    }
    const Entity &consents = entity(u"consent"_s);
    for (QVariantMap consent : rows.select(consents, {{u"customer_id"_s, from}})) {
        const QVariantMap key = Entities::keyColumnsOf(consents, consent);
        consent.insert(u"customer_id"_s, to);
        const auto mine = rows.get(consents, Entities::keyColumnsOf(consents, consent));
        if ((!mine
             || mine->value(u"changed_at"_s).toLongLong()
                 < consent.value(u"changed_at"_s).toLongLong())
            && !rows.put(consents, consent))
            return storageFailure();
        if (!rows.remove(consents, key))
            return storageFailure();
    }
    // What only the service holds: the channels' accounts linked to the customer, receipts
    // queued for the mail relay, the list of shared addresses (the tombstone has none).
    QSqlDatabase db = rows.database();
    const QStringList tables = db.tables();
    const QStringList serviceMoves
        = {u"UPDATE customer_links SET customer_id = ? WHERE customer_id = ?"_s,
           u"UPDATE outbound_emails SET customer_id = ? WHERE customer_id = ?"_s};
    for (const QString &sql : serviceMoves) {
        if (!tables.contains(sql.section(u' ', 1, 1)))
            continue;
        QSqlQuery move = Database::prepare(db, sql);
        move.addBindValue(to);
        move.addBindValue(from);
        if (!Database::exec(move))
            return storageFailure();
    }
    if (tables.contains(u"customer_email_clashes"_s)
        && !Database::exec(db, u"DELETE FROM customer_email_clashes WHERE customer_id = '%1'"_s
                                   .arg(QString(from).replace(u'\'', u"''"_s))))
        return storageFailure();

    // The tombstone first (its loyalty card is then free for the survivor), then the survivor.
    const Entity &customers = entity(u"customer"_s);
    QVariantMap tombstone = {{u"id"_s, from},
                             {u"merged_into"_s, to},
                             {u"points"_s, 0},
                             {u"lifetime_value_minor"_s, 0},
                             {u"tier"_s, u"member"_s},
                             {u"updated_at"_s, context.now},
                             {u"version"_s, merged.value(u"version"_s).toLongLong() + 1}};
    for (const QString &column : Mutators::customerPersonalColumns())
        tombstone.insert(column, QString());
    if (!rows.put(customers, tombstone))
        return storageFailure();
    QVariantMap kept = {{u"id"_s, to},
                        {u"points"_s, survivor.value(u"points"_s).toLongLong()
                             + merged.value(u"points"_s).toLongLong()},
                        {u"updated_at"_s, context.now},
                        {u"version"_s, survivor.value(u"version"_s).toLongLong() + 1}};
    if (survivor.value(u"loyalty_id"_s).toString().isEmpty())
        kept.insert(u"loyalty_id"_s, merged.value(u"loyalty_id"_s));
    if (tierRank(merged.value(u"tier"_s).toString()) > tierRank(survivor.value(u"tier"_s).toString()))
        kept.insert(u"tier"_s, merged.value(u"tier"_s));
    // Lifetime value in one currency: added up when both are in it, else the survivor's.
    if (merged.value(u"currency"_s) == survivor.value(u"currency"_s))
        kept.insert(u"lifetime_value_minor"_s,
                    survivor.value(u"lifetime_value_minor"_s).toLongLong()
                        + merged.value(u"lifetime_value_minor"_s).toLongLong());
    for (const QString &column : Mutators::customerPersonalColumns()) {
        // A detail only the other record had is kept (a phone, a birth date).
        if (column != u"loyalty_id"_s && survivor.value(column).toString().isEmpty()
            && !merged.value(column).toString().isEmpty())
            kept.insert(column, merged.value(column));
    }
    return rows.put(customers, kept) ? MutationResult::ok() : storageFailure();
}

/** customer.merge: a manager of a store that may touch both customers merges two records of
    one person. On the tablet it only hides the merged one (merged_into); the service moves
    everything (mergeCustomers) and its pull corrects the tablet. */
MutationResult customerMerge(RowStore &rows, const QJsonObject &json,
                             const MutationContext &context)
{
    JsonReader args(json);
    const QString survivorId = args.text(u"survivorId"_s, idLength);
    const QString mergedId = args.text(u"mergedId"_s, idLength);
    if (!args.ok())
        return rejection(args);
    // Only an active, unlocked manager of the device's store; checked on the tablet too, where
    // the store's staff rows are.
    const auto manager = rows.get(entity(u"staff"_s), {{u"id"_s, context.associateId}});
    if (!manager || manager->value(u"role"_s).toString() != u"manager"_s
        || !manager->value(u"active"_s).toBool()
        || manager->value(u"locked_at"_s).toLongLong() != 0
        || (context.authoritative
            && manager->value(u"location_id"_s).toString() != context.locationId))
        return MutationResult::rejected(u"not_allowed"_s,
                                        u"only a store manager may merge customers"_s);
    for (const QString &id : {survivorId, mergedId}) {
        if (MutationResult r = checkCustomer(rows, id, context); !r.applied)
            return r;
    }
    return Mutators::mergeCustomers(rows, survivorId, mergedId, context);
}

const QHash<QString, Mutator> &registry()
{
    static const QHash<QString, Mutator> mutators = [] {
        QHash<QString, Mutator> all = {
            {u"customer.create"_s, customerCreate},
            {u"customer.update"_s, customerUpdate},
            {u"customer.setPreference"_s, setPreference},
            {u"customer.setConsent"_s, setConsent},
            {u"customer.setLoyaltyCard"_s, setLoyaltyCard},
            {u"customer.merge"_s, customerMerge},
            {u"note.add"_s, noteAdd},
            {u"note.edit"_s, noteEdit},
            {u"wishlist.add"_s, wishlistAdd},
            {u"wishlist.remove"_s, wishlistRemove},
            {u"cart.addLine"_s, cartAddLine},
            {u"cart.changeQuantity"_s, cartChangeQuantity},
            {u"cart.removeLine"_s, cartRemoveLine},
        };
        all.insert(commerceMutators());
        all.insert(staffMutators());
        return all;
    }();
    return mutators;
}

} // namespace

QStringList names()
{
    QStringList list = registry().keys();
    list.sort();
    return list;
}

QStringList preferenceKeys()
{
    return {u"size.top"_s,  u"size.bottom"_s, u"size.dress"_s,   u"size.shoe"_s,
            u"fit"_s,       u"colours"_s,     u"styles"_s,       u"brands"_s,
            u"occasions"_s, u"avoid"_s,       u"contact_time"_s, u"contact_channel"_s};
}

bool isKnown(const QString &name)
{
    return registry().contains(name);
}

QStringList customerPersonalColumns()
{
    return {u"first_name"_s, u"last_name"_s, u"email"_s,      u"phone"_s,    u"phone_search"_s,
            u"phone_e164"_s, u"loyalty_id"_s, u"birth_date"_s, u"language"_s};
}

ResolvedCustomer resolveCustomer(RowStore &rows, const QString &customerId)
{
    const Entity &customers = Support::entity(u"customer"_s);
    ResolvedCustomer resolved;
    QString id = customerId;
    // A chain is as long as the merges it went through; a loop (which no merge makes) ends.
    for (int hop = 0; hop < 64 && !id.isEmpty(); ++hop) {
        const auto row = rows.get(customers, {{u"id"_s, id}});
        if (!row)
            return resolved;
        const QString next = row->value(u"merged_into"_s).toString();
        if (next.isEmpty()) {
            resolved.id = id;
            resolved.erased = row->value(u"erased_at"_s).toLongLong() != 0;
            return resolved;
        }
        id = next;
    }
    return resolved;
}

MutationResult mergeCustomers(RowStore &rows, const QString &survivorId, const QString &mergedId,
                              const MutationContext &context)
{
    using namespace Support;
    if (survivorId == mergedId)
        return MutationResult::rejected(u"invalid"_s,
                                        u"a customer cannot be merged into itself"_s);
    const Entity &customers = entity(u"customer"_s);
    const auto survivor = rows.get(customers, {{u"id"_s, survivorId}});
    const auto merged = rows.get(customers, {{u"id"_s, mergedId}});
    for (const auto &[id, row] : {std::pair {survivorId, survivor}, std::pair {mergedId, merged}}) {
        if (!row)
            return MutationResult::rejected(u"not_found"_s,
                                            u"customer %1 does not exist"_s.arg(id));
        if (const QString into = row->value(u"merged_into"_s).toString(); !into.isEmpty())
            return MutationResult::rejected(
                u"invalid"_s, u"customer %1 was already merged into %2"_s.arg(id, into));
        if (row->value(u"erased_at"_s).toLongLong() != 0)
            return MutationResult::rejected(u"invalid"_s,
                                            u"customer %1 was erased"_s.arg(id));
    }
    if (!context.authoritative) {
        // The tablet hides the merged record at once; the service's answer moves the rest.
        return rows.put(customers, {{u"id"_s, mergedId}, {u"merged_into"_s, survivorId}})
            ? MutationResult::ok()
            : storageFailure();
    }
    return moveCustomer(rows, *survivor, *merged, context);
}

MutationResult apply(RowStore &rows, const QString &name, const QJsonObject &args,
                     const MutationContext &context)
{
    const auto it = registry().constFind(name);
    if (it == registry().constEnd())
        return MutationResult::rejected(u"unknown_mutation"_s,
                                        u"unknown mutation '%1'"_s.arg(name));
    return (*it)(rows, args, context);
}

} // namespace Mutators
