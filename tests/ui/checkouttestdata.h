// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>

/**
 * What the checkout screens need in the UI test stores, as a sync brings it from the central
 * service (server/serverdatabase.cpp's demo rows): gift card 6039 0000 0000 0001 with €100.00,
 * coupon WELCOME10 (10 % off from €50) and OLDCODE (expired); in the UI store, open sales
 * showing the card states the checkout puts in words (cus-030 to cus-033).
 */
namespace UiTestData {

inline constexpr char giftCardNumber[] = "6039000000000001";
inline constexpr qint64 giftCardBalanceMinor = 10000;
inline constexpr char couponCode[] = "WELCOME10";
inline constexpr char expiredCouponCode[] = "OLDCODE";

bool addCheckoutData(const QSqlDatabase &db);

} // namespace UiTestData
