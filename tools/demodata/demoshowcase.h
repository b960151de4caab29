// SPDX-License-Identifier: MIT
#pragma once

#include "democustomers.h"
#include "demotables.h"

namespace Demo {

/**
 * The customers the demo script and the tests rely on: José Muñoz (C000000001, Madrid, gold,
 * browsing last night, a cart and a wishlist) and customers who share his names (José
 * Martínez, Javier Munoz without the tilde, Ana Muñoz, Josefa Muñoz Peña). Writes at most
 * maxCustomers of them and returns how many it wrote.
 */
int writeShowcase(Tables &tables, const HistoryBuilder &builder, quint64 seed,
                  const CustomerOptions &options, qint64 maxCustomers, History &history);

} // namespace Demo
