// SPDX-License-Identifier: MIT
// The service's chain-wide customer search (GET /v1/customers/search, CustomerSearch::search:
// the handler with its JSON answer, without the HTTP round trip) on a big service database,
// SQLite or PostgreSQL, for prefixes typed one letter at a time; beside it, with --tablet, the
// tablet's local search (CustomerSearchModel::setQuery, first page) for the same keystrokes.
//   bench_server_search --database FILE|postgresql://... [--tablet FILE] [--runs N] [--label T]
#include "benchsupport.h"
#include "customersearch.h"
#include "customersearchmodel.h"
#include "serverdatabase.h"

#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double targetP99Ms = 10.0;

struct Sample
{
    QString typed;
    int serviceRows = 0;
    int tabletRows = -1;
    QList<double> serviceMs;
    QList<double> tabletMs;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_server_search"_s);
    QLoggingCategory::setFilterRules(u"clienteling.*.info=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the service's customer search per keystroke."_s);
    parser.addHelpOption();
    parser.addOptions({{u"database"_s, u"The service's database (file or URL)."_s, u"db"_s},
                       {u"tablet"_s, u"A tablet database made by clienteling-demo."_s, u"file"_s},
                       {u"runs"_s, u"Repetitions (default 20)."_s, u"n"_s, u"20"_s},
                       {u"label"_s, u"What the database is, for the report."_s, u"text"_s}});
    parser.process(app);
    const QString database = parser.value(u"database"_s);
    const int runs = parser.value(u"runs"_s).toInt();
    if (database.isEmpty() || runs < 1) {
        std::fprintf(stderr, "bench_server_search: --database is required; --runs >= 1\n");
        return 2;
    }
    QString error;
    QSqlDatabase db = ServerDatabase::open(database, u"bench"_s, &error);
    if (!db.isOpen()) {
        std::fprintf(stderr, "bench_server_search: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 customers = Database::scalar(db, u"SELECT COUNT(*) FROM customers"_s).toLongLong();
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<CustomerSearchModel> model;
    if (parser.isSet(u"tablet"_s)) {
        store = std::make_unique<LocalStore>(nullptr);
        Bench::open(*store, parser.value(u"tablet"_s));
        model = std::make_unique<CustomerSearchModel>(store.get());
    }

    // What associates type (the tablet benchmark's keystrokes): names with accents left out, a
    // surname, a phone fragment as written on a form, the start of a loyalty card, an email.
    const QStringList words = {u"jose mu"_s,  u"garc"_s,  u"smith"_s,       u"maria lo"_s,
                               u"612 3"_s,    u"40000"_s, u"ana.gar"_s,     u"o'br"_s};
    QList<Sample> samples;
    for (const QString &word : words) {
        for (qsizetype length = 1; length <= word.size(); ++length)
            samples.append({word.left(length)});
    }
    for (int run = 0; run <= runs; ++run) { // run 0: warms the caches, not counted
        for (Sample &sample : samples) {
            // As the HTTP layer hands it over, from the request's URL.
            const QUrlQuery query(u"q="_s + QString::fromLatin1(QUrl::toPercentEncoding(sample.typed))
                                  + u"&limit=20"_s);
            ServiceReply reply;
            const double ms = Bench::timeMs([&] { reply = CustomerSearch::search(db, query); });
            if (reply.status != 200) {
                std::fprintf(stderr, "bench_server_search: \"%s\" answered %d\n",
                             qPrintable(sample.typed), reply.status);
                return 1;
            }
            sample.serviceRows = int(reply.body.value(u"customers"_s).toArray().size());
            if (run > 0)
                sample.serviceMs << ms;
            if (model) {
                if (sample.typed.size() == 1)
                    model->setQuery(QString());
                const double tabletMs = Bench::timeMs([&] { model->setQuery(sample.typed); });
                sample.tabletRows = model->rowCount();
                if (run > 0)
                    sample.tabletMs << tabletMs;
            }
        }
    }

    std::printf("Service customer search, %s (%s, %lld customers), %d runs, limit 20\n",
                qPrintable(parser.value(u"label"_s)),
                ServerDatabase::isPostgres(database) ? "PostgreSQL" : "SQLite",
                static_cast<long long>(customers), runs);
    if (model)
        std::printf("  beside the tablet's local search (first page of %d) on %s\n",
                    CustomerSearchModel::pageSize, qPrintable(parser.value(u"tablet"_s)));
    std::printf("  %-11s %5s %9s %9s %9s", "typed", "rows", "median", "p99", "max");
    if (model)
        std::printf(" | %5s %9s %9s", "rows", "tablet", "p99");
    std::printf("\n");
    QList<double> all, tablet;
    for (const Sample &sample : samples) {
        std::printf("  %-11s %5d %9.2f %9.2f %9.2f", qPrintable(u'"' + sample.typed + u'"'),
                    sample.serviceRows, Bench::median(sample.serviceMs),
                    Bench::percentile(sample.serviceMs, 99),
                    Bench::percentile(sample.serviceMs, 100));
        if (model)
            std::printf(" | %5d %9.2f %9.2f", sample.tabletRows, Bench::median(sample.tabletMs),
                        Bench::percentile(sample.tabletMs, 99));
        std::printf("\n");
        all << sample.serviceMs;
        tablet << sample.tabletMs;
    }
    const double p99 = Bench::percentile(all, 99);
    std::printf("  service, all keystrokes: median %.2f ms, p99 %.2f ms, max %.2f ms"
                " (target p99 < %.0f ms): %s\n",
                Bench::median(all), p99, Bench::percentile(all, 100), targetP99Ms,
                p99 < targetP99Ms ? "met" : "MISSED");
    if (model)
        std::printf("  tablet, all keystrokes:  median %.2f ms, p99 %.2f ms\n",
                    Bench::median(tablet), Bench::percentile(tablet, 99));
    return 0;
}
