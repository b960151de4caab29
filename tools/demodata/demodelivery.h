// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <string_view>

/**
 * The demo chain's home-delivery price list: the one definition. The generator writes it into
 * delivery_options (DemoGenerator::writeOffers), whence the service publishes it to tablets;
 * tests that need delivery options take theirs from here too. Names are shown translated
 * (Format::deliveryOption).
 */
namespace DemoData {

struct DeliveryOption
{
    const char *id;
    const char *country;
    const char *name; // "standard" or "express"
    qint64 priceMinor;
    const char *currency;
    int minDays;
    int maxDays;
    int sortOrder;
};

inline constexpr DeliveryOption deliveryOptions[] = {
    {"ES-STD", "ES", "standard", 495, "EUR", 2, 4, 1},
    {"ES-EXP", "ES", "express", 995, "EUR", 1, 2, 2},
    {"PT-STD", "PT", "standard", 695, "EUR", 3, 5, 1},
    {"FR-STD", "FR", "standard", 895, "EUR", 3, 6, 1},
    {"IE-STD", "IE", "standard", 595, "EUR", 3, 5, 1},
    {"IE-EXP", "IE", "express", 1295, "EUR", 1, 2, 2},
    {"GB-STD", "GB", "standard", 1295, "EUR", 4, 7, 1},
};

/** The option with this id; nullptr for none. */
constexpr const DeliveryOption *deliveryOption(std::string_view id)
{
    for (const DeliveryOption &option : deliveryOptions) {
        if (std::string_view(option.id) == id)
            return &option;
    }
    return nullptr;
}

/**
 * What the history's home deliveries cost (orders the generator dates in the past, under the
 * chain's former prices): express 9.95; standard free from 50.00 of goods, else 4.95 in Ireland
 * and 3.95 elsewhere.
 */
constexpr qint64 pastShippingMinor(bool express, bool irish, qint64 goodsMinor)
{
    if (express)
        return 995;
    if (goodsMinor < 5000)
        return irish ? 495 : 395;
    return 0;
}

} // namespace DemoData
