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

/** Writes the store into a migrated local database; events: José's timeline length. */
bool write(const QSqlDatabase &db, int joseEvents, QString *error);

/** Opens (creating) the database at path the way the app does, then writes the store. */
bool writeDatabase(const QString &path, int joseEvents, QString *error);

/**
 * The demo chain instead (DemoGenerator, as a new tablet gets it), smaller, for pictures that
 * match the demo: José Muñoz is its showcase customer; staff 1001 / PIN 1234 as above.
 */
bool writeDemoDatabase(const QString &path, int customers, const QDate &today, QString *error);

} // namespace UiTestData
