// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/**
 * The chain's loyalty cards: 13 digits, the first a 4, the last a check digit (weights 3 and
 * 1 from the left, as the cards are printed). One rule for the tablet, the service and the demo
 * data.
 */
namespace LoyaltyCards {

/** The digits of what was typed or scanned ("4000 0000 0001 7" -> "4000000000017"). */
QString digitsOf(const QString &typed);

/** The check digit of the first twelve digits. */
int checkDigit(const QString &firstTwelve);

/** A card number of the chain: 13 digits starting with 4 whose check digit is right. */
bool isWellFormed(const QString &digits);

/** The card of the chain's n-th card number (the demo data's cards). */
QString cardFor(qint64 number);

} // namespace LoyaltyCards
