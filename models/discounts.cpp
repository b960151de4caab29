// SPDX-License-Identifier: MIT
#include "discounts.h"
#include "entities.h"
#include "rowstore.h"

#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace Discounts {

int tierPercentBp(const QString &tier)
{
    if (tier == u"silver"_s)
        return 500;
    if (tier == u"gold"_s)
        return 1000;
    if (tier == u"platinum"_s)
        return 1500;
    return 0;
}

ForSale forSale(RowStore &rows, const QString &customerId, const QString &couponCode,
                qint64 subtotalMinor, const QString &currency, qint64 at)
{
    ForSale sale;
    if (!customerId.isEmpty()) {
        const auto customer = rows.get(*Entities::byName(u"customer"_s), {{u"id"_s, customerId}});
        if (customer)
            sale.tierBp = tierPercentBp(customer->value(u"tier"_s).toString());
    }
    int percent = sale.tierBp;
    if (!normaliseCode(couponCode).isEmpty()) {
        sale.coupon = checkCoupon(rows, couponCode, subtotalMinor, currency, at);
        if (sale.coupon.valid) {
            percent += sale.coupon.percentBp;
            sale.amountOffMinor = sale.coupon.amountOffMinor;
        }
    }
    sale.percentBp = qMin(percent, maxPercentBp);
    return sale;
}

QString normaliseCode(const QString &code)
{
    QString normal = code.trimmed().toUpper();
    normal.remove(u' ');
    return normal;
}

Coupon checkCoupon(RowStore &rows, const QString &code, qint64 subtotalMinor,
                   const QString &currency, qint64 now)
{
    Coupon coupon;
    const auto row = rows.get(*Entities::byName(u"coupon"_s), {{u"code"_s, normaliseCode(code)}});
    if (!row) {
        coupon.problem = u"unknown"_s;
        return coupon;
    }
    coupon.description = row->value(u"description"_s).toString();
    coupon.minSpendMinor = row->value(u"min_spend_minor"_s).toLongLong();
    const qint64 from = row->value(u"valid_from"_s).toLongLong();
    const qint64 to = row->value(u"valid_to"_s).toLongLong();
    if (!row->value(u"active"_s).toBool())
        coupon.problem = u"inactive"_s;
    else if (from > 0 && now < from)
        coupon.problem = u"not_yet"_s;
    else if (to > 0 && now > to)
        coupon.problem = u"expired"_s;
    else if (row->value(u"currency"_s).toString() != currency)
        coupon.problem = u"currency"_s;
    else if (subtotalMinor < coupon.minSpendMinor)
        coupon.problem = u"min_spend"_s;
    if (!coupon.problem.isEmpty())
        return coupon;
    coupon.valid = true;
    const qint64 value = row->value(u"value"_s).toLongLong();
    if (row->value(u"kind"_s).toString() == u"percent"_s)
        coupon.percentBp = int(qBound<qint64>(0, value, qint64(maxPercentBp)));
    else
        coupon.amountOffMinor = qMax<qint64>(0, value);
    return coupon;
}

} // namespace Discounts

namespace GiftCards {

static QString digits(const QString &number)
{
    QString d;
    for (QChar c : number) {
        if (c.isDigit() && c.unicode() < 128)
            d += c;
    }
    return d;
}

QString last4(const QString &number)
{
    return digits(number).right(4);
}

bool isWellFormed(const QString &number)
{
    const QString d = digits(number);
    return d.size() >= 12 && d.size() <= 19;
}

QString newNumber()
{
    QString number = u"6039"_s;
    while (number.size() < 16)
        number += QChar(u'0' + QRandomGenerator::system()->bounded(10));
    return number;
}

} // namespace GiftCards
