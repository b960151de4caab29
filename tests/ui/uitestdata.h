// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

/**
 * A small, known store for the UI tests and their screenshots: a Madrid store with two staff,
 * forty customers, and José Muñoz with a long cross-channel history (every channel, a cart, a
 * wishlist, preferences, consents and a note). Times are relative to Clock::now(). Both stores
 * below also hold two changes the central service refused (a cart line and a note of José).
 */
namespace UiTestData {

inline constexpr char storeId[] = "MAD";
inline constexpr char staffNumber[] = "1001"; // Lucía Martín, associate
inline constexpr char pin[] = "1234";
inline constexpr char joseId[] = "cus-jose-munoz";
inline constexpr char joseLoyaltyId[] = "4000000000017";
inline constexpr char joseName[] = "José Muñoz";
inline constexpr int refusedChanges = 2;

// The catalogue (UI test store): the jumper in Navy and Grey, S to XL; Navy L is sold out in
// Madrid but Barcelona, Dublin and the warehouse have it.
inline constexpr char jumperStyleId[] = "ST-KNIT-01";
inline constexpr char navyLargeSku[] = "ST-KNIT-01-3";
inline constexpr char navyLargeBarcode[] = "8412345900037";

// Orders in both stores below: another customer's pick-up ready at the counter in Madrid
// (Sofía Navarro, card 4000000100004, in the UI test store), José's pick-up being prepared,
// José's web order with a line that found no stock (needs attention, with alternatives), and
// his shipped order with the carrier's tracking.
inline constexpr char readyPickupNumber[] = "A-3900101";
inline constexpr char preparingPickupNumber[] = "W-1900201";
inline constexpr char attentionOrderNumber[] = "W-1900202";
inline constexpr char shippedOrderNumber[] = "W-1900150";

/** Writes the store into a migrated local database; events: José's timeline length. */
bool write(const QSqlDatabase &db, int joseEvents, QString *error);

/** Opens (creating) the database at path the way the app does, then writes the store. */
bool writeDatabase(const QString &path, int joseEvents, QString *error);

/**
 * The demo chain instead (DemoGenerator, as a new tablet gets it), smaller, for pictures that
 * match the demo: José Muñoz is its showcase customer; staff 1001 / PIN 1234 as above. The
 * central service's delivery price list and the orders above are added (José's lines on the
 * demo's Merino Crew Neck Jumper), so the order screens show every state.
 */
bool writeDemoDatabase(const QString &path, int customers, const QDate &today, QString *error);

} // namespace UiTestData
