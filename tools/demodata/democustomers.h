// SPDX-License-Identifier: MIT
#pragma once

#include "demohistory.h"

#include <string>

namespace Demo {

/** "C" and nine digits: "C000000001". */
std::string customerIdFor(qint64 number);

/** The n-th member's card: "4", eleven digits of n, a check digit (weights 3,1,3,... from the
    left, modulo 10). Member 1 is José Muñoz, "4000000000017". */
std::string loyaltyIdFor(qint64 number);

struct CustomerOptions
{
    int averageEvents = 20;
    qint64 totalCustomers = 5000;
};

/** A random customer: where they shop, who they are, how they shop and how much. */
Customer makeCustomer(Rng &rng, qint64 number, const Timeline &timeline,
                      const CustomerOptions &options);

/** Sizes someone of that sex typically wears, as the preferences and the SKUs use them. */
SizeProfile typicalSizes(Rng &rng, bool female);

} // namespace Demo
