// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

/**
 * Prices, discounts and VAT of a sale, in integer minor units. Prices in the price book include
 * VAT; the tax shown is the part of each amount that is VAT. Every amount is rounded once, and
 * the parts always add up to the totals to the minor unit.
 */
namespace Pricing {

struct Line
{
    QString sku;
    qint64 quantity = 1;
    qint64 unitPriceMinor = 0;
    /** Filled by quote(). */
    qint64 discountMinor = 0;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0; // after discount
};

struct Quote
{
    QList<Line> lines;
    QString currency;
    qint64 subtotalMinor = 0; // before discounts
    qint64 discountMinor = 0;
    qint64 shippingMinor = 0;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0;
};

/** VAT contained in a VAT-inclusive amount, rounded half up. */
qint64 includedVat(qint64 amountMinor, int vatRateBp);

/**
 * Spreads an amount over weights in proportion, largest remainder first, so the shares add up
 * exactly (an order discount over its lines, a refund over tenders).
 */
QList<qint64> allocate(qint64 amount, const QList<qint64> &weights);

/**
 * Prices lines: an order-level discount in basis points (a loyalty tier) plus a fixed amount
 * (a coupon), capped at the subtotal, spread over the lines; shipping added; VAT included.
 */
Quote quote(QList<Line> lines, const QString &currency, int vatRateBp, qint64 shippingMinor,
            int percentOffBp = 0, qint64 amountOffMinor = 0);

/** Cash handed over against what is left to pay: the tender takes at most what is due, the
    rest is change; stillDue is what remains when less was given. */
struct CashTendered
{
    qint64 takenMinor = 0;
    qint64 changeMinor = 0;
    qint64 stillDueMinor = 0;
};
CashTendered cashTendered(qint64 givenMinor, qint64 dueMinor);

} // namespace Pricing
