// SPDX-License-Identifier: MIT
#include "democustomers.h"
#include "loyaltycards.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace Demo {

std::string customerIdFor(qint64 number)
{
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "C%09lld", static_cast<long long>(number));
    return buffer;
}

std::string loyaltyIdFor(qint64 number)
{
    return LoyaltyCards::cardFor(number).toStdString();
}

SizeProfile typicalSizes(Rng &rng, bool female)
{
    SizeProfile sizes;
    sizes.female = female;
    if (female) {
        sizes.letter = rng.weighted({12, 30, 32, 18, 8});
        sizes.waist = 34 + 2 * rng.weighted({15, 30, 30, 18, 7});
        sizes.shoe = 36 + rng.weighted({8, 18, 28, 26, 14, 6});
    } else {
        sizes.letter = rng.weighted({2, 15, 35, 32, 16});
        sizes.waist = 38 + 2 * rng.weighted({25, 40, 25, 10});
        sizes.shoe = 40 + rng.weighted({5, 12, 20, 26, 20, 12, 5});
    }
    return sizes;
}

Customer makeCustomer(Rng &rng, qint64 number, const Timeline &timeline,
                      const CustomerOptions &options)
{
    Customer customer;
    customer.number = number;
    customer.id = customerIdFor(number);
    customer.loyaltyId = loyaltyIdFor(number);
    customer.home = rng.weighted({36, 28, 26, 10});
    const bool irishHome = Places::isIrish(customer.home);
    // A few expatriates: Spanish names in Ireland, Irish names in Spain.
    const bool expatriate = rng.chance(0.05);
    Names::Origin origin = Names::Origin::Spanish;
    if (irishHome != expatriate)
        origin = Names::Origin::Irish;
    else if (customer.home == 1 && rng.chance(0.5))
        origin = Names::Origin::Catalan;
    customer.name = Names::person(rng, origin);
    customer.language = origin == Names::Origin::Irish ? "en" : "es";
    if (rng.chance(0.92))
        customer.email = Names::email(rng, customer.name);
    if (rng.chance(0.93)) {
        // Expatriates often keep the number from home.
        const bool irishPhone = expatriate && rng.chance(0.4) ? !irishHome : irishHome;
        customer.phone
            = Names::mobilePhone(rng, irishPhone, quint64(number), irishPhone != irishHome);
    }

    const int zone = Places::zoneOf(customer.home);
    const int joinedDaysAgo = 20 + int(3600 * std::pow(rng.real(), 1.4));
    customer.createdAt = timeline.at(zone, joinedDaysAgo, rng.range(9 * 60, 21 * 60));
    if (rng.chance(0.75)) {
        const int age = 18 + int(std::abs(rng.normal()) * 18.0) % 62;
        char date[32];
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", timeline.referenceYear() - age,
                      rng.range(1, 12), rng.range(1, 28));
        customer.birthDate = date;
    }
    customer.sizes = typicalSizes(rng, customer.name.female);
    customer.persona = Persona(rng.weighted({60, 20, 20}));
    customer.hasAddress = rng.chance(0.9);
    if (customer.hasAddress)
        customer.address = Places::homeAddress(rng, customer.home);
    customer.emailConsent = !customer.email.empty() && rng.chance(0.8);
    customer.marketingConsent = customer.emailConsent && rng.chance(0.7);

    // Some members went quiet years ago.
    if (joinedDaysAgo > 800 && rng.chance(0.15))
        customer.lastActiveDaysAgo = rng.range(400, std::min(joinedDaysAgo - 30, 1800));

    // A long tail: most members do little, a few do a lot (lognormal with mean 1).
    constexpr double sigma = 1.1;
    if (rng.chance(0.03)) {
        customer.targetEvents = 0; // signed up, never came back
    } else {
        const double scale = std::exp(sigma * rng.normal() - sigma * sigma / 2);
        customer.targetEvents = std::min(2500, int(std::lround(options.averageEvents * scale)));
    }
    // The heaviest shoppers of a big data set: about 2,000 events each.
    if (options.totalCustomers >= 20000 && number % 50000 == 25000)
        customer.targetEvents = rng.range(1800, 2300);
    return customer;
}

} // namespace Demo
