// SPDX-License-Identifier: MIT
// clienteling-demo: writes the demo chain (or the benchmark-sized one) into a tablet database.
#include "database.h"
#include "demogenerator.h"
#include "localstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int exitFailed = 1;
constexpr int exitUsage = 2;

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "clienteling-demo: %s\n", qPrintable(message));
    return code;
}

bool parseCount(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
                qint64 *value, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 parsed = parser.value(name).toLongLong(&ok);
    if (!ok || parsed < min || parsed > max) {
        *error = u"--%1 takes a whole number from %2 to %3, not \"%4\""_s.arg(
            name, QString::number(min), QString::number(max), parser.value(name));
        return false;
    }
    *value = parsed;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"clienteling-demo"_s);
    QCoreApplication::setApplicationVersion(u"0.1"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes the demo retail chain (stores, staff, catalogue, stock, customers and their "
        "history) into a new tablet database. Same seed and reference date, same data."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"out"_s, u"The database file to create (must be new or empty)."_s, u"file"_s},
        {u"customers"_s, u"Number of customers (default 5000)."_s, u"n"_s},
        {u"events-per-customer"_s, u"Average events per customer (default 20)."_s, u"n"_s},
        {u"seed"_s, u"Random seed (default 20261125)."_s, u"n"_s},
        {u"reference-date"_s, u"\"Today\" of the data, YYYY-MM-DD (default: today)."_s, u"date"_s},
    });
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(exitUsage, parser.errorText() + u" (see --help)"_s);
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return fail(exitUsage,
                    u"unexpected argument \"%1\" (see --help)"_s.arg(
                        parser.positionalArguments().constFirst()));
    if (parser.value(u"out"_s).isEmpty())
        return fail(exitUsage, u"--out FILE is required (see --help)"_s);

    DemoOptions options;
    QString error;
    qint64 customers = options.customers;
    qint64 events = options.averageEventsPerCustomer;
    if (!parseCount(parser, u"customers"_s, 1, 50000000, &customers, &error)
        || !parseCount(parser, u"events-per-customer"_s, 0, 2000, &events, &error))
        return fail(exitUsage, error);
    options.customers = int(customers);
    options.averageEventsPerCustomer = int(events);
    if (parser.isSet(u"seed"_s)) {
        bool ok = false;
        options.seed = parser.value(u"seed"_s).toULongLong(&ok);
        if (!ok)
            return fail(exitUsage,
                        u"--seed takes a whole number, not \"%1\""_s.arg(parser.value(u"seed"_s)));
    }
    if (parser.isSet(u"reference-date"_s)) {
        options.referenceDate = QDate::fromString(parser.value(u"reference-date"_s), Qt::ISODate);
        if (!options.referenceDate.isValid())
            return fail(exitUsage,
                        u"--reference-date takes a date like 2026-11-25, not \"%1\""_s.arg(
                            parser.value(u"reference-date"_s)));
    }

    const QString path = parser.value(u"out"_s);
    LocalStore store(nullptr);
    if (!store.open(path))
        return fail(exitFailed, u"cannot use %1: %2"_s.arg(path, store.errorString()));
    const bool empty = Database::scalar(store.database(),
                                        u"SELECT NOT EXISTS (SELECT 1 FROM customers)"
                                        " AND NOT EXISTS (SELECT 1 FROM locations)"_s)
                           .toBool();
    if (!empty)
        return fail(exitUsage,
                    u"%1 already holds data; demo data goes into a new file"_s.arg(path));

    // One line on stderr, rewritten as the generator reports.
    QElapsedTimer timer;
    timer.start();
    const QLocale locale(QLocale::English);
    const DemoGenerator *running = nullptr;
    options.progress = [&running, &timer, &locale](int percent, const QString &stage) {
        const double seconds = std::max<qint64>(1, timer.elapsed()) / 1000.0;
        const qint64 rows = running ? running->rowsWritten() : 0;
        std::fprintf(stderr, "\r%3d%%  %-30s %13s rows %10s rows/s %6.0f s ", percent,
                     qPrintable(stage), qPrintable(locale.toString(rows)),
                     qPrintable(locale.toString(qint64(rows / seconds))), seconds);
        std::fflush(stderr);
    };
    DemoGenerator generator(options);
    running = &generator;
    DemoSummary summary;
    // The file is new and only ours: no rollback journal while loading (a failed run leaves
    // a file to delete, which the summary says), so pages are written once, not to the WAL
    // and then again to the database. The store's usual WAL mode comes back afterwards.
    Database::exec(store.database(), u"PRAGMA journal_mode = OFF"_s);
    const bool ok = generator.generate(store.database(), &error, &summary);
    Database::exec(store.database(), u"PRAGMA journal_mode = WAL"_s);
    std::fprintf(stderr, "\n");
    if (!ok)
        return fail(
            exitFailed,
            u"demo data not written: %1 (delete %2 before trying again)"_s.arg(error, path));
    store.setLocationId(QString::fromLatin1(DemoData::demoStoreId));

    const double seconds = timer.elapsed() / 1000.0;
    store.close();
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
    std::printf(
        "Wrote %s\n"
        "  locations %d, staff %d, styles %d, products %d\n"
        "  customers %s, events %s, orders %s\n"
        "  %s rows in %.1f s (%s rows/s), %s MB\n",
        qPrintable(path), summary.locations, summary.staff, summary.styles, summary.products,
        qPrintable(locale.toString(summary.customers)), qPrintable(locale.toString(summary.events)),
        qPrintable(locale.toString(summary.orders)), qPrintable(locale.toString(summary.rows)),
        seconds, qPrintable(locale.toString(qint64(summary.rows / std::max(seconds, 0.001)))),
        qPrintable(locale.toString(bytes / (1024 * 1024))));
    return 0;
}
