// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class RowStore;

/**
 * The chain's discount rules: a loyalty-tier discount on the whole sale, plus at most one
 * coupon (a percentage or a fixed amount, with a minimum spend and validity dates). They stack;
 * the total percentage is capped at 50% and a sale never goes below zero.
 */
namespace Discounts {

/** Basis points off for a tier: member 0, silver 5%, gold 10%, platinum 15%. */
int tierPercentBp(const QString &tier);
constexpr int maxPercentBp = 5000;

struct Coupon
{
    bool valid = false;
    QString problem; // unknown, inactive, not_yet, expired, min_spend, currency
    int percentBp = 0;
    qint64 amountOffMinor = 0;
    qint64 minSpendMinor = 0;
    QString description;
};

/** Checks a coupon against a subtotal (before discounts) at a time. */
Coupon checkCoupon(RowStore &rows, const QString &code, qint64 subtotalMinor,
                   const QString &currency, qint64 now);

/** What a sale gets off: the customer's tier plus a coupon, capped; order.create and the
    checkout both take it from here, so the tablet shows what the service will charge. */
struct ForSale
{
    int tierBp = 0;
    int percentBp = 0; // tier + coupon, capped at maxPercentBp
    qint64 amountOffMinor = 0;
    Coupon coupon;     // valid, or why not (when a code was given)
};
ForSale forSale(RowStore &rows, const QString &customerId, const QString &couponCode,
                qint64 subtotalMinor, const QString &currency, qint64 at);

/** Coupon codes are typed: case and spaces do not matter. */
QString normaliseCode(const QString &code);

} // namespace Discounts

/** Gift cards: named by a keyed hash of their number that only the central service can make
    (server/giftcardkey.h); numbers are never stored, on the tablet only their last four. */
namespace GiftCards {
QString last4(const QString &number);
bool isWellFormed(const QString &number);
/** A new 16-digit gift card number (the service's, for refunds to a new card). */
QString newNumber();
} // namespace GiftCards

/** Refund rules. */
namespace Refunds {
/** Cash refunds above this need another tender (card or gift card). */
constexpr qint64 maxCashMinor = 20000;
} // namespace Refunds
