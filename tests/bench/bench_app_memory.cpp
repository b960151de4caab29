// SPDX-License-Identifier: MIT
// The app's resident memory on the 1M-customer store while opening 200 customers one after the
// other, and its start to a usable search screen. In process, with the app's own wiring
// (AppContext) and Main.qml, driven as an associate would: sign in, then open customers one
// after another from the search screen (Main.qml's openCustomer, the same entry the search
// results use), letting each screen load and render. Waiting runs the event loop as the app
// does (an earlier version only called processEvents(), which never deletes what deleteLater()
// scheduled, so the pages StackView popped stayed and the bench measured its own growth). The
// figure that matters is the growth over the first customer's: a leak shows there. The start is timed from the process's start (the kernel's record of it, so
// loading the libraries counts) to the first frame of the sign-in screen, then from signing in
// to the first frame of the search screen; only the associate's typing is left out.
#include "appcontext.h"
#include "appstate.h"
#include "benchsupport.h"
#include "customerrepository.h"
#include "database.h"
#include "demogenerator.h"
#include "session.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMetaMethod>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QEventLoop>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <atomic>
#include <ctime>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(Clienteling_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Clienteling_AppPlugin)
Q_IMPORT_QML_PLUGIN(Clienteling_SyncPlugin)
Q_IMPORT_QML_PLUGIN(Clienteling_UiPlugin)

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double targetMb = 250;
constexpr double growthTargetMb = 30;
constexpr double startTargetMs = 1000;

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_app_memory: %s\n", qPrintable(message));
    return 1;
}

/** Runs the event loop, as the app does, until condition holds (checked every 10 ms). A
    QEventLoop, not processEvents(): only a running loop deletes what deleteLater() scheduled,
    such as the pages StackView pops. */
bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    if (condition())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition())
            loop.quit();
    });
    poll.start(10);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return condition();
}

/** Lets the screen render and its lists fill for a while, in the event loop. */
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/** Calls a QML function of the window with a text argument, however the engine typed it. */
bool callWithText(QObject *object, const char *name, const QString &argument)
{
    const QMetaObject *meta = object->metaObject();
    for (int i = meta->methodCount() - 1; i >= 0; --i) {
        const QMetaMethod method = meta->method(i);
        if (method.name() != name || method.parameterCount() != 1)
            continue;
        if (method.parameterMetaType(0) == QMetaType::fromType<QString>())
            return method.invoke(object, Qt::DirectConnection, Q_ARG(QString, argument));
        return method.invoke(object, Qt::DirectConnection, Q_ARG(QVariant, QVariant(argument)));
    }
    return false;
}

bool linkDatabase(const QString &dir, const QString &database)
{
    QDir().mkpath(dir);
    const QString link = QDir(dir).filePath(AppContext::databaseFileName());
    const QString target = QFileInfo(database).absoluteFilePath();
    if (QFileInfo(link).symLinkTarget() == target)
        return true;
    QFile::remove(link);
    return QFile::link(target, link);
}

/** Milliseconds since this process started: the kernel's start time (field 22 of
    /proc/self/stat, in clock ticks since boot) against CLOCK_BOOTTIME; -1 when unreadable. */
double msSinceProcessStart()
{
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces: count the fields after its closing ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startedMs = fields.at(19).toDouble() * 1000.0 / double(sysconf(_SC_CLK_TCK));
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6 - startedMs;
}

void printMemory(const char *when)
{
    std::printf("  %-44s RSS %6.1f MB   peak %6.1f MB\n", when, Bench::memoryMb("VmRSS"),
                Bench::memoryMb("VmHWM"));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // as the app: its charts need QApplication
    app.setOrganizationName(u"Clienteling"_s);
    app.setApplicationName(u"clienteling"_s);
    QQuickStyle::setStyle(u"Material"_s);
    QLoggingCategory::setFilterRules(u"clienteling.*.info=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"The app's memory after opening customers."_s);
    parser.addHelpOption();
    parser.addOptions(
        {{u"db"_s, u"The local database (made by clienteling-demo)."_s, u"file"_s},
         {u"data-dir"_s, u"The app's data folder (a link to --db goes there)."_s, u"dir"_s},
         {u"customers"_s, u"Customers to open (default 200)."_s, u"n"_s, u"200"_s}});
    parser.process(app);
    const QString database = parser.value(u"db"_s);
    const QString dataDir = parser.value(u"data-dir"_s);
    const int count = parser.value(u"customers"_s).toInt();
    if (!QFileInfo::exists(database) || dataDir.isEmpty() || count < 1)
        return fail(u"--db and --data-dir are required"_s);
    if (!linkDatabase(dataDir, database))
        return fail(u"cannot link %1 into %2"_s.arg(database, dataDir));

    std::printf("App memory, %s, in process with AppContext + Main.qml, QT_QPA_PLATFORM=%s\n",
                qPrintable(database), qgetenv("QT_QPA_PLATFORM").constData());
    printMemory("before the app starts");
    AppContext context;
    AppOptions options;
    options.dataDir = dataDir;
    if (!context.start(options))
        return fail(u"the app's services did not start"_s);
    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/"_s);
    context.attachEngine(&engine);
    engine.load(QUrl(u"qrc:/Clienteling/Ui/Main.qml"_s));
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return fail(u"Main.qml did not load"_s);
    // Frames as the scene graph presents them (frameSwapped comes from the render thread).
    std::atomic<int> frames = 0;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window, [&] { ++frames; }, Qt::DirectConnection);
    AppState *state = context.state();
    if (!waitUntil([&] { return frames > 0 && state->phase() == AppState::Phase::Ready; }, 60000))
        return fail(u"the app did not get ready"_s);
    const double firstFrameMs = msSinceProcessStart();
    const QString firstScreen = window->property("rootScreen").toString();
    settle(500);
    printMemory("first screen shown");

    Session *session = context.session();
    QElapsedTimer signInTimer;
    signInTimer.start();
    if (!session->signIn(QString::fromLatin1(DemoData::associateStaffNumber),
                         QString::fromLatin1(DemoData::associatePin)))
        return fail(u"cannot sign in as the demo associate"_s);
    if (!waitUntil([&] { return window->property("rootScreen").toString() == u"search"_s; }, 10000))
        return fail(u"the search screen did not show"_s);
    const int framesBefore = frames;
    if (!waitUntil([&] { return frames > framesBefore; }, 10000))
        return fail(u"the search screen was not rendered"_s);
    const double signInMs = signInTimer.nsecsElapsed() / 1e6;
    const double startMs = firstFrameMs + signInMs;
    std::printf("  start: process start to the first frame (%s screen) %.0f ms; signing in"
                " (PIN check) to the search screen's first frame %.0f ms\n",
                qPrintable(firstScreen), firstFrameMs, signInMs);
    std::printf("  cold start to a usable search screen (the two together, typing left out):"
                " %.0f ms (target < %.0f ms): %s\n",
                startMs, startTargetMs, Bench::verdict(startMs, startTargetMs));
    settle(500);
    printMemory("signed in, search screen");

    // José Muñoz (the showcase customer with the longest history), then customers spread over
    // the id range by the same fixed permutation as bench_customer_open.
    const QSqlDatabase db = context.store()->database();
    const qint64 total = Database::scalar(db, u"SELECT COUNT(*) FROM customers"_s).toLongLong();
    QStringList ids;
    const QString jose
        = CustomerRepository(db).findByLoyaltyId(QString::fromLatin1(DemoData::joseMunozLoyaltyId));
    if (!jose.isEmpty())
        ids << jose;
    for (qint64 i = 0; ids.size() < count && total > 0; ++i)
        ids << u"C%1"_s.arg(1 + (i * 104729 + 7919) % total, 9, 10, QChar(u'0'));

    QList<double> openMs;
    double firstMb = 0;
    for (int i = 0; i < ids.size(); ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!callWithText(window, "openCustomer", ids.at(i)))
            return fail(u"Main.qml has no openCustomer(customerId)"_s);
        QObject *stack = window->findChild<QObject *>(u"stack"_s);
        const bool shown = waitUntil(
            [&] {
                auto *page = window->property("currentPage").value<QQuickItem *>();
                return page && page->objectName() == u"customerPage"_s
                    && page->property("customerId").toString() == ids.at(i)
                    && !(stack && stack->property("busy").toBool());
            },
            20000);
        if (!shown)
            return fail(u"customer %1 did not open"_s.arg(ids.at(i)));
        openMs << timer.nsecsElapsed() / 1e6;
        settle(300); // rendered, lists filled, as an associate would look at it
        if (i == 0) {
            firstMb = Bench::memoryMb("VmRSS");
            printMemory("after opening the first customer");
        } else if ((i + 1) % 20 == 0) {
            printMemory(qPrintable(u"after opening %1 customers"_s.arg(i + 1)));
        }
    }
    const double withLastOpen = Bench::memoryMb("VmRSS");
    callWithText(window, "showSearch", QString());
    settle(1000);
    printMemory("back on the search screen");
    const double rss = qMax(withLastOpen, Bench::memoryMb("VmRSS"));
    std::printf("  opening a customer (push to shown, transitions included): median %.0f ms,"
                " max %.0f ms\n",
                Bench::median(openMs), Bench::percentile(openMs, 100));
    std::printf("  resident memory after opening %lld customers (the higher of: last one open,"
                " back on search): %.1f MB (target < %.0f MB): %s; peak %.1f MB\n",
                static_cast<long long>(ids.size()), rss, targetMb, Bench::verdict(rss, targetMb),
                Bench::memoryMb("VmHWM"));
    const double growth = rss - firstMb;
    std::printf("  growth over the first customer's figure (%.1f MB) after %lld customers:"
                " %.1f MB (target < %.0f MB): %s\n",
                firstMb, static_cast<long long>(ids.size()), growth, growthTargetMb,
                Bench::verdict(growth, growthTargetMb));
    return 0;
}
