// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <functional>

/** Fixed facts of the demo data that the README, the demo and the tests rely on. */
namespace DemoData {
inline constexpr char demoStoreId[] = "MAD"; // Madrid, the demo tablet's store
inline constexpr char joseMunozLoyaltyId[] = "4000000000017";
inline constexpr char associateStaffNumber[] = "1001"; // PIN 1234, associate in Madrid
inline constexpr char associatePin[] = "1234";
inline constexpr char managerStaffNumber[] = "1002"; // PIN 432100, manager in Madrid
inline constexpr char managerPin[] = "432100"; // managers' PINs have 6 digits at least
} // namespace DemoData

struct DemoOptions
{
    quint64 seed = 20261125;
    int customers = 5000;
    /** Events per customer on average (the 1M benchmark set uses about 20). */
    int averageEventsPerCustomer = 20;
    /** "Today" of the data: recency (browsing last night, orders last week) is relative to it. */
    QDate referenceDate = QDate::currentDate();
    /** SQLite through its own API (fast); false writes through QSqlQuery as on PostgreSQL
        (the tests compare both). */
    bool nativeSqlite = true;
    /** Called now and then with 0..100 and what is being written. */
    std::function<void(int percent, const QString &stage)> progress;
};

struct DemoSummary
{
    int locations = 0;
    int staff = 0;
    int styles = 0;
    int products = 0;
    qint64 customers = 0;
    qint64 events = 0;
    qint64 orders = 0;
    /** Every row inserted, all tables together. */
    qint64 rows = 0;
};

/**
 * A deterministic, believable retail chain for the demo and the benchmarks: the same seed and
 * reference date give the same rows. Writes the replicated tables of an already-migrated
 * database (the tablet's or the central service's).
 */
class DemoGenerator
{
public:
    explicit DemoGenerator(DemoOptions options);
    /** The chain's home-delivery price list and the coupons the demo script types. Part of
        the chain that generate() writes, so a tablet prepared alone (--demo-data) offers
        delivery and coupons as a tablet fed by the service does. */
    static bool writeOffers(const QSqlDatabase &db, QString *error = nullptr);
    bool generate(const QSqlDatabase &db, QString *error, DemoSummary *summary = nullptr);

    /** Rows inserted so far by generate(), every table together (for rows/s in progress). */
    qint64 rowsWritten() const { return m_rowsWritten; }

private:
    DemoOptions m_options;
    qint64 m_rowsWritten = 0;
};
