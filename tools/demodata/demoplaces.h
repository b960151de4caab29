// SPDX-License-Identifier: MIT
#pragma once

#include "demorandom.h"

#include <string>

/** The chain's locations and where its customers live. */
namespace Demo::Places {

struct Location
{
    const char *id;
    const char *kind;
    const char *name;
    const char *addressLine;
    const char *city;
    const char *postcode;
    const char *country;
    double latitude;
    double longitude;
    const char *timeZone;
    int vatRateBp;
    const char *phone;
    const char *email;
};

/** MAD, BCN, DUB, ORK (the stores, in this order) and the warehouse WH1. */
inline constexpr int locationCount = 5;
inline constexpr int storeCount = 4;
inline constexpr int warehouse = 4;
const Location &location(int index);
inline bool isIrish(int index)
{
    return index == 2 || index == 3;
}
/** 0 for Europe/Madrid, 1 for Europe/Dublin. */
inline int zoneOf(int index)
{
    return isIrish(index) ? 1 : 0;
}

/** Staff: eight per store, staff numbers 1001..1008 (MAD), 2001.. (BCN), 3001.. (DUB),
    4001.. (ORK); the manager is 1002 in Madrid and x001 elsewhere. */
inline constexpr int staffPerStore = 8;
inline int staffNumber(int store, int k)
{
    return (store + 1) * 1000 + k + 1;
}
inline bool isManager(int store, int k)
{
    return store == 0 ? k == 1 : k == 0;
}
/** The staff row id: "ST" and the staff number. */
std::string staffId(int store, int k);

struct Address
{
    std::string line1;
    std::string line2;
    std::string city;
    std::string postcode;
    std::string region;
    std::string country;
};

/** A home address near the store, in the country's format (Spanish street, number, floor and
    door; Irish house number and street, district, Eircode). */
Address homeAddress(Rng &rng, int homeStore);
/** Work addresses in the city centre. */
Address workAddress(Rng &rng, int homeStore);
/** The address on one line, as an order's delivery address. */
std::string oneLine(const Address &address);

} // namespace Demo::Places
