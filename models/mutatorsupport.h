// SPDX-License-Identifier: MIT
#pragma once
// Shared pieces of the mutators (argument checking, common rejections); internal to models/.

#include "entities.h"
#include "jsonreader.h"
#include "mutators.h"
#include "rowstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace Mutators::Support {

using namespace Qt::Literals::StringLiterals;

inline const Entity &entity(const QString &name)
{
    const Entity *e = Entities::byName(name);
    Q_ASSERT(e);
    return *e;
}

inline constexpr int idLength = 64;
inline constexpr int nameLength = 100;
inline constexpr int noteLength = 4000;
inline constexpr qint64 maxTime = Protocol::maxTime; // 9999-12-31

/** Arguments are read with Protocol::JsonReader (the service's webhooks read their bodies with
    it too); the first problem found becomes the rejection. */
using JsonReader = Protocol::JsonReader;

/** The rejection of a mutation whose arguments args found a problem in. */
inline MutationResult rejection(const JsonReader &args)
{
    return MutationResult::rejected(args.error(u"invalid"_s));
}

inline MutationResult storageFailure()
{
    return MutationResult::retryLater(u"the database refused the write"_s);
}

/** Time the associate acted, as recorded on the tablet; falls back to now. Never far in the
    future: a record time, not an order of writes. */
inline qint64 actedAt(JsonReader &args, const MutationContext &context)
{
    return args.time(u"at"_s, context.now, false, context.now);
}

inline MutationResult checkCustomer(RowStore &rows, const QString &customerId,
                                    const MutationContext &context)
{
    if (!context.authoritative)
        return MutationResult::ok();
    if (context.allowCustomer && !context.allowCustomer(customerId))
        return MutationResult::rejected(
            u"not_allowed"_s, u"customer %1 is not in this store's scope"_s.arg(customerId));
    const auto customer = rows.get(entity(u"customer"_s), {{u"id"_s, customerId}});
    if (!customer)
        return MutationResult::rejected(u"not_found"_s,
                                        u"customer %1 does not exist"_s.arg(customerId));
    // Nothing is recorded of a customer whose personal data was erased at their request.
    if (customer->value(u"erased_at"_s).toLongLong() != 0)
        return MutationResult::rejected(
            u"not_found"_s,
            u"customer %1's personal data was erased at their request"_s.arg(customerId));
    return MutationResult::ok();
}

// The checks below need the service's rows: on the tablet (context.authoritative false) they
// answer ok, so a tablet offline, holding only its own store's rows, works as before.
// Defined in mutators.cpp.

/** A new row's id that another row already has (a re-sent mutation of one's own is
    answered "applied" before this). */
MutationResult idInUse(const QString &what, const QString &id);

/** Locations whose stock the device's store may take or hold: itself, the stores of its
    country and every warehouse, the stock its devices sync. */
QStringList stockReach(RowStore &rows, const QString &storeId);

/** The location exists and its stock is within the device's reach (stockReach). */
MutationResult checkStockLocation(RowStore &rows, const QString &locationId,
                                  const MutationContext &context);

/** The device may change this order: it was placed or is collected at the device's store, or
    its customer's home store is the device's, or the device follows its customer
    (context.allowCustomer says yes). */
MutationResult checkOrder(RowStore &rows, const QVariantMap &order, const MutationContext &context);

/** The currency given is the one expected (the order's, the store's). */
MutationResult checkCurrency(const QString &given, const QString &expected);

/** The currency of the device's store. */
QString storeCurrency(RowStore &rows, const MutationContext &context);

using Mutator = MutationResult (*)(RowStore &, const QJsonObject &, const MutationContext &);

/** Reservations, transfers, orders and pickup (commercemutators.cpp). */
QHash<QString, Mutator> commerceMutators();
/** Staff locks after wrong PINs (staffmutators.cpp). */
QHash<QString, Mutator> staffMutators();

} // namespace Mutators::Support
