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

inline constexpr int idLength = 64;
inline constexpr int nameLength = 100;
inline constexpr int noteLength = 4000;
inline constexpr qint64 maxTime = 253402300799000; // 9999-12-31

inline MutationResult storageFailure()
{
    return MutationResult::retryLater(u"the database refused the write"_s);
}

/** Time the associate acted, as recorded on the tablet; falls back to now. */
inline qint64 actedAt(Args &args, const MutationContext &context)
{
    return args.integer(u"at"_s, 0, maxTime, false, context.now);
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

using Mutator = MutationResult (*)(RowStore &, const QJsonObject &, const MutationContext &);

/** Reservations, transfers, orders and pickup (commercemutators.cpp). */
QHash<QString, Mutator> commerceMutators();
/** Staff locks after wrong PINs (staffmutators.cpp). */
QHash<QString, Mutator> staffMutators();

} // namespace Mutators::Support
