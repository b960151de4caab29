// SPDX-License-Identifier: MIT
// Cold start of the app to its first frame, measured from outside: each run starts
// `clienteling --data-dir DIR` as a new process and stops it when Qt Quick logs its first
// rendered frame (the qt.scenegraph.time.renderloop category, which every render loop writes
// once a frame is rendered and swapped). Nothing in the app is special for the benchmark.
// The page cache cannot be dropped without root, so the database file is in the OS cache
// ("warm cache"): what is measured is the app's own work, not the disk.
#include "benchsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double targetMs = 1000;

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_app_start: %s\n", qPrintable(message));
    return 1;
}

/** A data folder whose clienteling.db is the benchmark database. SQLite follows the link, so
    the WAL and shared-memory files stay beside the real file. */
bool prepareDataDir(const QString &dir, const QString &database)
{
    QDir().mkpath(dir);
    const QString link = QDir(dir).filePath(u"clienteling.db"_s);
    const QString target = QFileInfo(database).absoluteFilePath();
    if (QFileInfo(link).symLinkTarget() == target)
        return true;
    QFile::remove(link);
    return QFile::link(target, link);
}

/** CPU time (user + system) a process has used so far, in ms; -1 when unreadable. On a
    shared machine this says how much of the wall time was the app's own work. */
double cpuMs(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // After the command name's ')': state is field 3, utime 14 and stime 15.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) * 1000.0
        / double(sysconf(_SC_CLK_TCK));
}

struct Run
{
    double firstFrameMs = -1;
    double cpuMs = -1;
    double firstOutputMs = -1;
    QString lastLines;
};

Run startOnce(const QString &app, const QString &dataDir, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(u"QT_QPA_PLATFORM"_s))
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"QT_LOGGING_RULES"_s, u"qt.scenegraph.time.renderloop.debug=true"_s);
    environment.insert(u"QT_MESSAGE_PATTERN"_s, u"%{category}: %{message}"_s);
    process.setProcessEnvironment(environment);
    process.setProgram(app);
    process.setArguments({u"--data-dir"_s, dataDir});
    Run run;
    QByteArray output;
    QElapsedTimer timer;
    QObject::connect(&process, &QProcess::readyReadStandardError, &process, [&] {
        const double now = timer.nsecsElapsed() / 1e6;
        if (run.firstOutputMs < 0)
            run.firstOutputMs = now;
        output += process.readAllStandardError();
        if (run.firstFrameMs < 0 && output.contains("qt.scenegraph.time.renderloop: ")) {
            run.firstFrameMs = now;
            run.cpuMs = cpuMs(process.processId());
            process.terminate();
        }
    });
    timer.start();
    process.start();
    if (!process.waitForStarted(10000)) {
        run.lastLines = process.errorString();
        return run;
    }
    while (run.firstFrameMs < 0 && process.state() == QProcess::Running
           && timer.elapsed() < timeoutMs)
        process.waitForReadyRead(100); // also reads stderr and emits readyReadStandardError
    if (process.state() == QProcess::Running) {
        process.terminate();
        if (!process.waitForFinished(10000))
            process.kill();
    }
    process.waitForFinished(10000);
    if (run.firstFrameMs < 0)
        run.lastLines = QString::fromUtf8(output.right(1500));
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_app_start"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Cold start of the app to its first frame."_s);
    parser.addHelpOption();
    parser.addOptions(
        {{u"app"_s, u"The clienteling executable."_s, u"file"_s},
         {u"db"_s, u"The local database (made by clienteling-demo)."_s, u"file"_s},
         {u"data-dir"_s, u"The app's data folder (a link to --db goes there)."_s, u"dir"_s},
         {u"runs"_s, u"Starts to time (default 5)."_s, u"n"_s, u"5"_s}});
    parser.process(app);
    const QString appPath = parser.value(u"app"_s);
    const QString database = parser.value(u"db"_s);
    const QString dataDir = parser.value(u"data-dir"_s);
    const int runs = parser.value(u"runs"_s).toInt();
    if (!QFileInfo(appPath).isExecutable() || !QFileInfo::exists(database) || dataDir.isEmpty()
        || runs < 1)
        return fail(u"--app, --db and --data-dir are required"_s);
    if (!prepareDataDir(dataDir, database))
        return fail(u"cannot link %1 into %2"_s.arg(database, dataDir));

    const QString platform = qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        ? u"offscreen"_s
        : qEnvironmentVariable("QT_QPA_PLATFORM");
    std::printf("App cold start to first frame, %s (%.1f GB), %d runs as separate processes,"
                " QT_QPA_PLATFORM=%s, warm cache (the page cache cannot be dropped here)\n",
                qPrintable(database), QFileInfo(database).size() / 1073741824.0, runs,
                qPrintable(platform));
    std::fflush(stdout);
    QList<double> frames;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        const Run run = startOnce(appPath, dataDir, 60000);
        if (run.firstFrameMs < 0) {
            std::fprintf(stderr, "run %d: no frame within 60 s; last output:\n%s\n", i + 1,
                         qPrintable(run.lastLines));
            return 1;
        }
        frames << run.firstFrameMs;
        cpu << run.cpuMs;
        std::printf("  run %d: first frame at %7.1f ms (first output at %.1f ms; the app's CPU"
                    " time by then %.0f ms)\n",
                    i + 1, run.firstFrameMs, run.firstOutputMs, run.cpuMs);
    }
    const double p99 = Bench::percentile(frames, 99);
    std::printf("  first frame: median %.1f ms   p99 (= max of %d) %.1f ms (target < %.0f ms):"
                " %s\n",
                Bench::median(frames), runs, p99, targetMs, Bench::verdict(p99, targetMs));
    std::printf("  the app's CPU time to its first frame (user + system, 10 ms ticks): median %.0f"
                " ms, max %.0f ms; the rest of the wall time is waiting (disk, other processes)\n",
                Bench::median(cpu), Bench::percentile(cpu, 100));
    return 0;
}
