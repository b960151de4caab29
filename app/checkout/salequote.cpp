// SPDX-License-Identifier: MIT
#include "salequote.h"
#include "pricing.h"

namespace SaleQuoting {

QString deliveryOption(const QList<SaleLine> &lines)
{
    QString optionId;
    for (const SaleLine &line : lines) {
        if (!line.optionId.isEmpty())
            optionId = line.optionId;
    }
    return optionId;
}

Money subtotal(const QList<SaleLine> &lines)
{
    Money total(0, lines.isEmpty() ? QString() : lines.first().unitPrice.currency());
    for (const SaleLine &line : lines)
        total = Money(total.minor() + line.unitPrice.minor() * line.quantity, total.currency());
    return total;
}

SaleQuote quote(const QList<SaleLine> &lines, const Discounts::ForSale &discounts,
                bool couponGiven, const Money &shipping, int vatRateBp)
{
    SaleQuote p;
    if (lines.isEmpty())
        return p;
    QList<Pricing::Line> priced;
    for (const SaleLine &line : lines)
        priced << Pricing::Line {line.sku, line.quantity, line.unitPrice.minor()};
    const QString currency = lines.first().unitPrice.currency();
    p.subtotal = subtotal(lines);
    p.tierBp = discounts.tierBp;
    if (couponGiven && !discounts.coupon.valid)
        p.couponProblem = discounts.coupon.problem;
    const Pricing::Quote q = Pricing::quote(priced, currency, vatRateBp, shipping.minor(),
                                            discounts.percentBp, discounts.amountOffMinor);
    p.discount = Money(q.discountMinor, currency);
    p.shipping = Money(q.shippingMinor, currency);
    p.tax = Money(q.taxMinor, currency);
    p.total = Money(q.totalMinor, currency);
    for (const Pricing::Line &line : q.lines)
        p.lineTotals << Money(line.totalMinor + line.discountMinor, currency);
    return p;
}

} // namespace SaleQuoting
