// SPDX-License-Identifier: MIT
// Reservations, transfers, orders and click-and-collect. On the tablet these record the intent
// at once; on the central service they also move stock, which only the service may do.
#include "address.h"
#include "database.h"
#include "mutatorsupport.h"
#include "pricing.h"
#include "stock.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Mutators::Support {

namespace {

constexpr qint64 hourMs = 3600 * 1000;

MutationResult soldOut(const QString &sku, const QString &location)
{
    return MutationResult::rejected(u"sold_out"_s,
                                    u"no %1 left to promise at %2"_s.arg(sku, location));
}

bool exists(RowStore &rows, const QString &entityName, const QVariantMap &key)
{
    return rows.get(entity(entityName), key).has_value();
}

MutationResult reservationCreate(RowStore &rows, const QJsonObject &json,
                                 const MutationContext &context)
{
    JsonReader args(json);
    const QString id = args.rowId(u"id"_s);
    const QString sku = args.text(u"sku"_s, idLength);
    const QString location = args.text(u"locationId"_s, idLength);
    const QString customerId = args.text(u"customerId"_s, idLength);
    const qint64 quantity = args.integer(u"quantity"_s, 1, 20);
    const qint64 hours = args.integer(u"hours"_s, 1, 168, false, 48);
    const qint64 at = actedAt(args, context);
    if (!args.ok())
        return rejection(args);
    if (MutationResult r = checkCustomer(rows, customerId, context); !r.applied)
        return r;
    if (const auto existing = rows.get(entity(u"reservation"_s), {{u"id"_s, id}})) {
        if (existing->value(u"customer_id"_s).toString() != customerId
            || existing->value(u"requested_location_id"_s).toString() != context.locationId)
            return idInUse(u"reservation"_s, id);
        return MutationResult::ok();
    }
    if (MutationResult r = checkStockLocation(rows, location, context); !r.applied)
        return r;
    QString status = u"requested"_s;
    if (context.authoritative) {
        if (!exists(rows, u"inventory"_s, {{u"sku"_s, sku}, {u"location_id"_s, location}}))
            return MutationResult::rejected(u"not_found"_s,
                                            u"%1 is not stocked at %2"_s.arg(sku, location));
        switch (Stock::reserve(rows, sku, location, quantity, context.now)) {
        case Stock::Take::Failed:
            return storageFailure();
        case Stock::Take::SoldOut:
            return soldOut(sku, location);
        case Stock::Take::Taken:
            status = u"active"_s;
        }
    }
    return rows.put(entity(u"reservation"_s), {{u"id"_s, id},
                                               {u"sku"_s, sku},
                                               {u"location_id"_s, location},
                                               {u"customer_id"_s, customerId},
                                               {u"quantity"_s, quantity},
                                               {u"status"_s, status},
                                               {u"requested_location_id"_s, context.locationId},
                                               {u"created_by"_s, context.associateId},
                                               {u"created_at"_s, at},
                                               {u"expires_at"_s, at + hours * hourMs},
                                               {u"updated_at"_s, context.now}})
        ? MutationResult::ok()
        : storageFailure();
}

MutationResult reservationCancel(RowStore &rows, const QJsonObject &json,
                                 const MutationContext &context)
{
    JsonReader args(json);
    const QString id = args.text(u"id"_s, idLength);
    if (!args.ok())
        return rejection(args);
    const auto current = rows.get(entity(u"reservation"_s), {{u"id"_s, id}});
    if (!current)
        return MutationResult::rejected(u"not_found"_s, u"reservation %1 does not exist"_s.arg(id));
    // The store that asked for the hold and the store holding the stock may end it.
    if (context.authoritative
        && current->value(u"requested_location_id"_s).toString() != context.locationId
        && current->value(u"location_id"_s).toString() != context.locationId)
        return MutationResult::rejected(u"not_allowed"_s,
                                        u"reservation %1 belongs to another store"_s.arg(id));
    const QString status = current->value(u"status"_s).toString();
    if (status != u"active"_s && status != u"requested"_s)
        return MutationResult::ok(); // already ended
    if (context.authoritative && status == u"active"_s
        && !Stock::release(rows, current->value(u"sku"_s).toString(),
                           current->value(u"location_id"_s).toString(),
                           current->value(u"quantity"_s).toLongLong(), context.now))
        return storageFailure();
    return rows.put(entity(u"reservation"_s), {{u"id"_s, id},
                                               {u"status"_s, u"cancelled"_s},
                                               {u"updated_at"_s, context.now}})
        ? MutationResult::ok()
        : storageFailure();
}

MutationResult transferRequest(RowStore &rows, const QJsonObject &json,
                               const MutationContext &context)
{
    JsonReader args(json);
    const QString id = args.rowId(u"id"_s);
    const QString sku = args.text(u"sku"_s, idLength);
    const QString from = args.text(u"fromLocationId"_s, idLength);
    const qint64 quantity = args.integer(u"quantity"_s, 1, 50);
    const QString customerId = args.text(u"customerId"_s, idLength, false);
    const qint64 at = actedAt(args, context);
    if (!args.ok())
        return rejection(args);
    if (from == context.locationId)
        return MutationResult::rejected(u"invalid"_s, u"a transfer needs another location"_s);
    if (!customerId.isEmpty()) {
        if (MutationResult r = checkCustomer(rows, customerId, context); !r.applied)
            return r;
    }
    if (const auto existing = rows.get(entity(u"transfer"_s), {{u"id"_s, id}})) {
        if (existing->value(u"to_location_id"_s).toString() != context.locationId)
            return idInUse(u"transfer"_s, id);
        return MutationResult::ok();
    }
    if (MutationResult r = checkStockLocation(rows, from, context); !r.applied)
        return r;
    if (context.authoritative) {
        switch (Stock::reserve(rows, sku, from, quantity, context.now)) {
        case Stock::Take::Failed:
            return storageFailure();
        case Stock::Take::SoldOut:
            return soldOut(sku, from);
        case Stock::Take::Taken:
            break;
        }
    }
    return rows.put(entity(u"transfer"_s), {{u"id"_s, id},
                                            {u"sku"_s, sku},
                                            {u"from_location_id"_s, from},
                                            {u"to_location_id"_s, context.locationId},
                                            {u"quantity"_s, quantity},
                                            {u"customer_id"_s, customerId},
                                            {u"status"_s, u"requested"_s},
                                            {u"requested_by"_s, context.associateId},
                                            {u"created_at"_s, at},
                                            {u"updated_at"_s, context.now}})
        ? MutationResult::ok()
        : storageFailure();
}

/** A delivery address saved on the customer's profile (validated per country format). */
MutationResult addressAdd(RowStore &rows, const QJsonObject &json, const MutationContext &context)
{
    JsonReader args(json);
    const QString id = args.rowId(u"id"_s);
    const QString customerId = args.text(u"customerId"_s, idLength);
    const QJsonObject fields = args.object(u"address"_s);
    const QString label = args.text(u"label"_s, 40, false);
    if (!args.ok())
        return rejection(args);
    QVariantMap address = fields.toVariantMap();
    const QList<Address::FieldError> errors = Address::validate(address);
    if (!errors.isEmpty())
        return MutationResult::rejected(u"invalid"_s, u"%1: %2"_s.arg(errors.first().field,
                                                                       errors.first().message));
    if (MutationResult r = checkCustomer(rows, customerId, context); !r.applied)
        return r;
    const Entity &addresses = entity(u"address"_s);
    if (const auto existing = rows.get(addresses, {{u"id"_s, id}})) {
        if (existing->value(u"customer_id"_s).toString() != customerId)
            return idInUse(u"address"_s, id);
        return MutationResult::ok();
    }
    const QString country = address.value(u"country"_s).toString().trimmed().toUpper();
    QVariantMap row{{u"id"_s, id},
                    {u"customer_id"_s, customerId},
                    {u"label"_s, label},
                    {u"country"_s, country},
                    {u"postcode"_s, Address::normalisePostcode(country,
                                                               address.value(u"postcode"_s).toString())},
                    {u"updated_at"_s, context.now}};
    for (const char *field : {"recipient", "line1", "line2", "city", "region", "phone"})
        row.insert(QString::fromLatin1(field),
                   address.value(QString::fromLatin1(field)).toString().trimmed());
    return rows.put(addresses, row) ? MutationResult::ok() : storageFailure();
}

} // namespace

QHash<QString, Mutator> orderMutators();   // ordermutators.cpp
QHash<QString, Mutator> paymentMutators(); // paymentmutators.cpp

QHash<QString, Mutator> commerceMutators()
{
    QHash<QString, Mutator> all = {{u"reservation.create"_s, reservationCreate},
                                   {u"reservation.cancel"_s, reservationCancel},
                                   {u"transfer.request"_s, transferRequest},
                                   {u"address.add"_s, addressAdd}};
    all.insert(orderMutators());
    all.insert(paymentMutators());
    return all;
}

} // namespace Mutators::Support
