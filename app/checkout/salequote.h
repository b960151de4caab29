// SPDX-License-Identifier: MIT
#pragma once

#include "discounts.h"
#include "money.h"
#include "salerepository.h"

#include <QList>

/** A sale priced: what the quote shows and the sale records. */
struct SaleQuote
{
    Money subtotal, discount, shipping, tax, total;
    int tierBp = 0;
    /** Why the coupon given does not apply (Discounts' code), empty when it does or none. */
    QString couponProblem;
    /** Each line at its price before the discount, so that they add up to the subtotal and
        the discount shows once, on its own line. */
    QList<Money> lineTotals;
};

namespace SaleQuoting {

/** Prices lines (Pricing::quote) with the sale's discounts, delivery price and VAT rate; a
    pure function of its arguments. */
SaleQuote quote(const QList<SaleLine> &lines, const Discounts::ForSale &discounts,
                bool couponGiven, const Money &shipping, int vatRateBp);

/** The delivery option of the lines (the last one naming one), empty if none ships. */
QString deliveryOption(const QList<SaleLine> &lines);

/** What the lines cost before any discount. */
Money subtotal(const QList<SaleLine> &lines);

} // namespace SaleQuoting
