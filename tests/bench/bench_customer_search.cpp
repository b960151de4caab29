// SPDX-License-Identifier: MIT
// Live customer search as an associate types, one letter at a time, on a big local store:
// CustomerSearchModel::setQuery until its first page (50 rows) is there (it is synchronous).
#include "benchsupport.h"
#include "customersearchmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double targetP99Ms = 5.0;

struct Sample
{
    QString typed;
    int rows = 0;
    double coldMs = -1;
    QList<double> warmMs;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_customer_search"_s);
    const Bench::Arguments arguments = Bench::parse(
        u"Times CustomerSearchModel::setQuery for prefixes typed one letter at a time."_s, 20);
    LocalStore store(nullptr);
    Bench::open(store, arguments.database);
    CustomerSearchModel model(&store);

    // What associates type: names (accents left out), a surname, a phone fragment as written
    // on a form, the start of a loyalty card number.
    const QStringList words
        = {u"jose mu"_s, u"garc"_s, u"smith"_s, u"maria lo"_s, u"612 3"_s, u"40000"_s};
    QList<Sample> samples;
    for (const QString &word : words) {
        for (qsizetype length = 1; length <= word.size(); ++length)
            samples.append({word.left(length), 0, -1, {}});
    }

    for (int run = 0; run <= arguments.runs; ++run) { // run 0: cold caches
        for (Sample &sample : samples) {
            if (sample.typed.size() == 1)
                model.setQuery(QString()); // a new search starts from an empty field
            const double ms = Bench::timeMs([&] {
                model.setQuery(sample.typed);
                sample.rows = model.rowCount();
            });
            if (run == 0)
                sample.coldMs = ms;
            else
                sample.warmMs << ms;
        }
    }

    std::printf("Customer search, %s, %d runs (first page: %d rows)\n",
                qPrintable(arguments.database), arguments.runs, CustomerSearchModel::pageSize);
    std::printf("  %-10s %5s %9s %9s %9s %9s\n", "typed", "rows", "cold ms", "median", "p99",
                "max");
    QList<double> all;
    QList<double> short2;
    for (const Sample &sample : samples) {
        std::printf("  %-10s %5d %9.2f %9.2f %9.2f %9.2f\n", qPrintable(u'"' + sample.typed + u'"'),
                    sample.rows, sample.coldMs, Bench::median(sample.warmMs),
                    Bench::percentile(sample.warmMs, 99), Bench::percentile(sample.warmMs, 100));
        all << sample.warmMs;
        if (sample.typed.trimmed().size() <= 2)
            short2 << sample.warmMs;
    }
    const double p99 = Bench::percentile(all, 99);
    std::printf("  all keystrokes: median %.2f ms, p99 %.2f ms (target p99 < %.0f ms): %s\n",
                Bench::median(all), p99, targetP99Ms, p99 < targetP99Ms ? "met" : "MISSED");
    std::printf("  1-2 letters:    median %.2f ms, p99 %.2f ms\n", Bench::median(short2),
                Bench::percentile(short2, 99));
    return 0;
}
