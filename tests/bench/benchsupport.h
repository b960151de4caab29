// SPDX-License-Identifier: MIT
#pragma once
// Shared by the benchmarks: arguments, opening the store, timing and percentiles.

#include "localstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QList>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>

namespace Bench {

using namespace Qt::Literals::StringLiterals;

struct Arguments
{
    QString database;
    int runs = 0;
};

/** --db FILE (a database made by clienteling-demo) and --runs N; exits with 2 on bad use. */
inline Arguments parse(const QString &description, int defaultRuns)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOptions({{u"db"_s, u"Database made by clienteling-demo."_s, u"file"_s},
                       {u"runs"_s, u"Repetitions (default %1)."_s.arg(defaultRuns), u"n"_s}});
    parser.process(*QCoreApplication::instance());
    Arguments arguments;
    arguments.database = parser.value(u"db"_s);
    arguments.runs = parser.isSet(u"runs"_s) ? parser.value(u"runs"_s).toInt() : defaultRuns;
    if (arguments.database.isEmpty() || !QFileInfo::exists(arguments.database)
        || arguments.runs < 1) {
        std::fprintf(stderr, "%s: --db FILE (an existing database) is required; --runs >= 1\n",
                     qPrintable(QCoreApplication::applicationName()));
        std::exit(2);
    }
    return arguments;
}

/** Opens the process-wide LocalStore on the file, or exits with 1. */
inline void open(LocalStore &store, const QString &path)
{
    // The migrations' info lines are noise here.
    QLoggingCategory::setFilterRules(u"clienteling.*.info=false"_s);
    if (!store.open(path)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path),
                     qPrintable(store.errorString()));
        std::exit(1);
    }
}

/** Milliseconds one call takes. */
inline double timeMs(const std::function<void()> &call)
{
    QElapsedTimer timer;
    timer.start();
    call();
    return timer.nsecsElapsed() / 1e6;
}

/** The p-th percentile (0..100) by the nearest-rank method. */
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

inline double median(const QList<double> &values)
{
    return percentile(values, 50);
}

/** A memory figure of /proc/<pid>/status in MB ("VmRSS", "VmHWM" for the peak); pid 0 is this
    process. 0 when it cannot be read. */
inline double memoryMb(const char *field, qint64 pid = 0)
{
    const QByteArray path = pid > 0 ? "/proc/" + QByteArray::number(pid) + "/status"
                                    : QByteArray("/proc/self/status");
    FILE *file = std::fopen(path.constData(), "r");
    if (!file)
        return 0;
    char line[256];
    double mb = 0;
    const size_t length = std::strlen(field);
    while (std::fgets(line, sizeof line, file)) {
        if (std::strncmp(line, field, length) == 0 && line[length] == ':') {
            mb = std::atof(line + length + 1) / 1024.0; // the kernel says kB
            break;
        }
    }
    std::fclose(file);
    return mb;
}

/** "met" or "MISSED" for a figure that should stay below (or above) a target. */
inline const char *verdict(double value, double target, bool lowerIsBetter = true)
{
    return (lowerIsBetter ? value < target : value > target) ? "met" : "MISSED";
}

} // namespace Bench
