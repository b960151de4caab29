// SPDX-License-Identifier: MIT
#pragma once
// Shared pieces of the mutators (argument checking, common rejections); internal to models/.

#include "entities.h"
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
inline constexpr qint64 maxTime = 253402300799000; // 9999-12-31

/** Reads and checks arguments; the first problem found becomes the rejection. */
class Args
{
public:
    explicit Args(const QJsonObject &args)
        : m_args(args)
    { }

    QString text(const QString &name, int maxLength, bool required = true)
    {
        const QJsonValue value = m_args.value(name);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(u"missing argument '%1'"_s.arg(name));
            return {};
        }
        if (!value.isString()) {
            fail(u"argument '%1' must be a string"_s.arg(name));
            return {};
        }
        const QString s = value.toString().trimmed();
        if (required && s.isEmpty())
            fail(u"argument '%1' must not be empty"_s.arg(name));
        if (s.size() > maxLength)
            fail(u"argument '%1' is longer than %2 characters"_s.arg(name).arg(maxLength));
        return s;
    }

    qint64 integer(const QString &name, qint64 min, qint64 max, bool required = true,
                   qint64 fallback = 0)
    {
        const QJsonValue value = m_args.value(name);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(u"missing argument '%1'"_s.arg(name));
            return fallback;
        }
        const double d = value.toDouble();
        if (!value.isDouble() || d != double(qint64(d))) {
            fail(u"argument '%1' must be a whole number"_s.arg(name));
            return fallback;
        }
        const qint64 i = value.toInteger();
        if (i < min || i > max)
            fail(u"argument '%1' must be between %2 and %3"_s.arg(name).arg(min).arg(max));
        return i;
    }

    /** The id of a row the mutation creates, made on the tablet: letters, digits and - _ . :
        only. Ids the mutators derive from it ("<line id>/purchased", "<refund id>/<line id>")
        then never fall on another row's. */
    QString rowId(const QString &name)
    {
        const QString s = text(name, idLength);
        for (QChar c : s) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && !u"-_.:"_s.contains(c)) {
                fail(u"argument '%1' may hold only letters, digits and - _ . :"_s.arg(name));
                break;
            }
        }
        return s;
    }

    /** A gift card's id: the SHA-256 of its number in lower-case hex. */
    QString sha256(const QString &name, bool required = true)
    {
        const QString s = text(name, 64, required);
        if (!s.isEmpty()) {
            bool hex = s.size() == 64;
            for (QChar c : s)
                hex = hex && (c.isDigit() || (c >= u'a' && c <= u'f'));
            if (!hex)
                fail(u"argument '%1' must be a SHA-256 in lower-case hex"_s.arg(name));
        }
        return s;
    }

    /** A currency: an ISO 4217 code, three capital letters. */
    QString currency(const QString &name)
    {
        const QString s = text(name, 3);
        bool code = s.size() == 3;
        for (QChar c : s)
            code = code && c >= u'A' && c <= u'Z';
        if (!code)
            fail(u"argument '%1' must be a currency code like EUR"_s.arg(name));
        return s;
    }

    /** A time in ms since the epoch; refused when more than maxClockAheadMs after now (the
        clock of the side applying the mutation). */
    qint64 time(const QString &name, qint64 now, bool required, qint64 fallback = 0)
    {
        const qint64 t = integer(name, 0, maxTime, required, fallback);
        if (now > 0 && t > now + maxClockAheadMs)
            fail(u"argument '%1' is more than a day in the future: check the tablet's date and"
                 " time"_s.arg(name));
        return t;
    }

    bool boolean(const QString &name)
    {
        const QJsonValue value = m_args.value(name);
        if (!value.isBool())
            fail(u"argument '%1' must be true or false"_s.arg(name));
        return value.toBool();
    }

    QString oneOf(const QString &name, const QStringList &allowed)
    {
        const QString s = text(name, 64);
        if (m_error.isEmpty() && !allowed.contains(s))
            fail(u"argument '%1' must be one of %2"_s.arg(name, allowed.join(u", "_s)));
        return s;
    }

    QJsonObject object(const QString &name)
    {
        const QJsonValue value = m_args.value(name);
        if (!value.isObject())
            fail(u"argument '%1' must be an object"_s.arg(name));
        return value.toObject();
    }

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }
    bool ok() const { return m_error.isEmpty(); }
    MutationResult rejection() const { return MutationResult::rejected(u"invalid"_s, m_error); }

private:
    QJsonObject m_args;
    QString m_error;
};

inline MutationResult storageFailure()
{
    return MutationResult::retryLater(u"the database refused the write"_s);
}

/** Time the associate acted, as recorded on the tablet; falls back to now. Never far in the
    future: a record time, not an order of writes. */
inline qint64 actedAt(Args &args, const MutationContext &context)
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
    if (!rows.exists(entity(u"customer"_s), {{u"id"_s, customerId}}))
        return MutationResult::rejected(u"not_found"_s,
                                        u"customer %1 does not exist"_s.arg(customerId));
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
    its customer's home store is the device's. */
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
