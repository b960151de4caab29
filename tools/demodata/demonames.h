// SPDX-License-Identifier: MIT
#pragma once

#include "demorandom.h"

#include <string>
#include <string_view>

/** People of the demo chain: names, e-mail addresses and phone numbers as customers give them. */
namespace Demo::Names {

/** Where a name comes from: Spain (Castilian), Catalonia, Ireland. */
enum class Origin { Spanish, Catalan, Irish };

struct PersonName
{
    std::string first;
    std::string last;
    bool female = false;
};

/** A believable name: common names more often (Zipf-like), Spanish names with two surnames
    most of the time. Never "José Muñoz": that is the showcase customer alone. */
PersonName person(Rng &rng, Origin origin);

/** Lower-case ASCII of a UTF-8 name for e-mail addresses: "Núñez" -> "nunez", "O'Brien" ->
    "obrien". */
std::string asciiFold(std::string_view utf8);

/** An e-mail address built from the name, at a reserved example domain. */
std::string email(Rng &rng, const PersonName &name);

/** A mobile number written as people do, unique per number (a bijection of number). Spanish
    ones like "+34 612 34 56 78", Irish ones like "+353 87 123 4567" or "087 123 4567".
    abroad: not of the home store's country, so always with its country code. */
std::string mobilePhone(Rng &rng, bool irish, quint64 number, bool abroad = false);

/** A staff member's display name for a store (fixed lists, index 0..7). */
std::string staffName(int storeIndex, int index);

} // namespace Demo::Names
