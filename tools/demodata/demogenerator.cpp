// SPDX-License-Identifier: MIT
#include "demogenerator.h"
#include "democustomers.h"
#include "demodelivery.h"
#include "demoshowcase.h"
#include "demotables.h"
#include "demowriter.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

QString stageText(const char *text)
{
    return QCoreApplication::translate("DemoGenerator", text);
}

// Commit now and then: keeps SQLite's WAL file (and the memory of a PostgreSQL transaction)
// bounded on big data sets; the demo size is one transaction.
constexpr qint64 rowsPerTransaction = 2000000;

} // namespace

DemoGenerator::DemoGenerator(DemoOptions options)
    : m_options(std::move(options))
{ }

namespace {

void writeChainOffers(Demo::Writer &writer, qint64 now)
{
    Demo::TableWriter &delivery = writer.table(
        "delivery_options",
        {"id", "country", "name", "price_minor", "currency", "min_days", "max_days", "sort_order"});
    for (const DemoData::DeliveryOption &o : DemoData::deliveryOptions) {
        delivery << o.id << o.country << o.name << o.priceMinor << o.currency << o.minDays
                 << o.maxDays << o.sortOrder;
        delivery.end();
    }
    struct Coupon
    {
        const char *code, *kind;
        qint64 value, minSpend;
        bool expired;
        const char *description;
    };
    const Coupon coupons[] = {{"WELCOME10", "percent", 1000, 5000, false, "10% off from 50 EUR"},
                              {"SPRING5", "amount", 500, 3000, false, "5 EUR off from 30 EUR"},
                              {"OLDCODE", "percent", 2000, 0, true, "expired campaign"}};
    Demo::TableWriter &coupon
        = writer.table("coupons", {"code", "kind", "value", "min_spend_minor", "currency",
                                   "valid_from", "valid_to", "active", "description",
                                   "updated_at"});
    for (const Coupon &c : coupons) {
        coupon << c.code << c.kind << c.value << c.minSpend << "EUR" << qint64(0)
               << (c.expired ? now - 86400000LL : qint64(0)) << 1 << c.description << now;
        coupon.end();
    }
}

} // namespace

bool DemoGenerator::writeOffers(const QSqlDatabase &db, QString *error)
{
    Demo::Writer writer(db);
    writer.begin();
    writeChainOffers(writer, QDateTime::currentMSecsSinceEpoch());
    writer.commit();
    if (!writer.ok() && error)
        *error = writer.errorString();
    return writer.ok();
}

bool DemoGenerator::generate(const QSqlDatabase &db, QString *error, DemoSummary *summary)
{
    m_rowsWritten = 0;
    auto failed = [error](const QString &message) {
        qCWarning(lcDemo).noquote() << "demo data not written:" << message;
        if (error)
            *error = message;
        return false;
    };
    if (!db.isOpen())
        return failed(u"the database is not open"_s);
    if (!m_options.referenceDate.isValid())
        return failed(u"no reference date"_s);
    if (m_options.customers < 0 || m_options.averageEventsPerCustomer < 0)
        return failed(u"the number of customers and events cannot be negative"_s);

    int lastPercent = -1;
    auto report = [this, &lastPercent](int percent, const char *stage) {
        if (percent == lastPercent || !m_options.progress)
            return;
        lastPercent = percent;
        m_options.progress(percent, stageText(stage));
    };
    QElapsedTimer timer;
    timer.start();

    Demo::Writer writer(db, m_options.nativeSqlite);
    // Bulk-load settings for this connection only, put back at the end: no fsync per commit
    // (a crash leaves an unfinished demo database, never a damaged one: the journal stays) and
    // a bigger page cache so index pages stay in memory.
    QString synchronous;
    QString cacheSize;
    if (writer.isNativeSqlite()) {
        synchronous = writer.queryText(u"PRAGMA synchronous"_s);
        cacheSize = writer.queryText(u"PRAGMA cache_size"_s);
        writer.exec(u"PRAGMA synchronous = OFF"_s);
        writer.exec(u"PRAGMA cache_size = -262144"_s);
    }

    report(0, QT_TRANSLATE_NOOP("DemoGenerator", "Stores and staff"));
    const Demo::Catalogue catalogue;
    const Demo::Timeline timeline(m_options.referenceDate);
    Demo::Tables tables(writer, catalogue, timeline);
    Demo::Rng chain(m_options.seed, 0);
    DemoSummary result;
    writer.begin();
    result.locations = tables.writeLocations();
    result.staff = tables.writeStaff(chain);
    report(2, QT_TRANSLATE_NOOP("DemoGenerator", "Catalogue and stock"));
    tables.writeCatalogue();
    tables.writeInventory(chain);
    writeChainOffers(writer, timeline.now());
    result.styles = int(catalogue.styles().size());
    result.products = int(catalogue.products().size());
    m_rowsWritten = writer.rows();
    report(3, QT_TRANSLATE_NOOP("DemoGenerator", "Customers and their history"));

    const Demo::HistoryBuilder builder(catalogue, timeline);
    const Demo::CustomerOptions customerOptions {m_options.averageEventsPerCustomer,
                                                 m_options.customers};
    Demo::History history;
    const qint64 total = m_options.customers;
    qint64 number
        = Demo::writeShowcase(tables, builder, m_options.seed, customerOptions, total, history);
    while (number < total && writer.ok()) {
        ++number;
        Demo::Rng rng(m_options.seed, quint64(number));
        const Demo::Customer customer = Demo::makeCustomer(rng, number, timeline, customerOptions);
        history.clear();
        builder.build(rng, customer, history);
        tables.writeCustomer(customer, history);
        tables.writeProfile(rng, customer, history);
        if (number % 256 == 0) {
            writer.commitEvery(rowsPerTransaction);
            m_rowsWritten = writer.rows();
            report(3 + int(92 * number / total),
                   QT_TRANSLATE_NOOP("DemoGenerator", "Customers and their history"));
        }
    }
    result.customers = number;
    result.events = tables.events();
    result.orders = tables.orders();
    writer.commit();
    m_rowsWritten = writer.rows();
    auto restorePragmas = [&] {
        if (!writer.isNativeSqlite())
            return;
        writer.exec(u"PRAGMA synchronous = "_s + (synchronous.isEmpty() ? u"2"_s : synchronous));
        writer.exec(u"PRAGMA cache_size = "_s + (cacheSize.isEmpty() ? u"-2000"_s : cacheSize));
    };
    if (!writer.ok()) {
        restorePragmas();
        return failed(writer.errorString());
    }

    if (writer.isNativeSqlite()) {
        report(95, QT_TRANSLATE_NOOP("DemoGenerator", "Search index and statistics"));
        // One b-tree per index level instead of hundreds of small segments: prefix queries
        // read far fewer pages. Only the tablet has the search index.
        const bool hasSearch
            = !writer.queryText(u"SELECT name FROM sqlite_master WHERE name = 'customer_search'"_s)
                   .isEmpty();
        if (hasSearch)
            writer.exec(u"INSERT INTO customer_search (customer_search) VALUES ('optimize')"_s);
        // Statistics for the query planner, from a sample of each index.
        writer.exec(u"PRAGMA analysis_limit = 1000"_s);
        writer.exec(u"ANALYZE"_s);
        restorePragmas();
    } else if (writer.isPostgres()) {
        report(95, QT_TRANSLATE_NOOP("DemoGenerator", "Search index and statistics"));
        writer.exec(u"ANALYZE"_s);
    }
    if (!writer.ok())
        return failed(writer.errorString());
    result.rows = writer.rows();
    qCInfo(lcDemo).noquote() << "demo data:" << result.customers << "customers," << result.events
                             << "events," << result.orders << "orders," << result.rows << "rows in"
                             << timer.elapsed() << "ms";
    report(100, QT_TRANSLATE_NOOP("DemoGenerator", "Done"));
    if (summary)
        *summary = result;
    return true;
}
