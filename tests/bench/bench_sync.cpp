// SPDX-License-Identifier: MIT
// Sync over loopback against the real clienteling-server process: a new tablet's first pull of
// its store's scope (rows/s and the tablet's memory), a pull with nothing new (latency), and
// the push of a long queue of notes (mutations/s). The tablet is the app's own LocalStore and
// SyncEngine; the service runs its default configuration (4 workers, 50 requests/s per device).
#include "benchserver.h"
#include "benchsupport.h"
#include "benchtablet.h"
#include "database.h"
#include "devices.h"
#include "entities.h"
#include "replica.h"
#include "serverdatabase.h"
#include "nginxfront.h"
#include "testpki.h"
#include "wiremeter.h"
#include "tokenstore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double pullRowsPerSecondTarget = 50000;
constexpr double idlePullTargetMs = 10;
constexpr double pushTarget = 5000;
/** Issue 19: a new tablet's first pull with at least 4x fewer bytes on the wire. */
constexpr double wireTarget = 4;

struct Options
{
    QString serverExe;
    QString database;
    QString store;
    QString workDir;
    QString label;
    bool pull = false;
    bool nginx = false;
    int idle = 0;
    int push = 0;
};

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(message));
    return 1;
}

bool failed(const QString &message)
{
    fail(message);
    return false;
}

QString enrolmentCode(const QString &database, const QString &store, QString *error)
{
    QString code;
    {
        QSqlDatabase db = ServerDatabase::open(database, u"bench-admin"_s, error);
        if (!db.isOpen())
            return {};
        code = Devices(db)
                   .createEnrolmentCode(store, u"associate"_s, u"bench"_s, 3600000, error)
                   .value_or(QString());
    }
    Database::close(u"bench-admin"_s);
    return code;
}

qint64 replicatedRows(const QSqlDatabase &db)
{
    qint64 rows = 0;
    for (const Entity &entity : Entities::all())
        rows += Database::scalar(db, u"SELECT COUNT(*) FROM "_s + entity.table).toLongLong();
    return rows;
}

QList<double> serverMs(const QList<Bench::ServedRequest> &requests, const QString &path,
                       int status = 200)
{
    QList<double> ms;
    for (const Bench::ServedRequest &request : requests) {
        if (request.path == path && request.status == status)
            ms << request.ms;
    }
    return ms;
}

double sum(const QList<double> &values)
{
    double total = 0;
    for (double value : values)
        total += value;
    return total;
}

/** What a first sync cost: rows replicated, wall time, bytes on the wire each way. */
struct FirstSync
{
    qint64 rows = 0;
    double seconds = 0;
    qint64 down = 0;
    qint64 up = 0;
};

/** Times the first sync of a freshly enrolled tablet, through meter (the service's bytes on
    the wire); prints it when it is the benchmark. */
bool firstSync(Bench::Tablet &tablet, Bench::ServerProcess &server, Bench::WireMeter &meter,
               const Options &options, const QString &code, FirstSync *figures = nullptr,
               const QString &scheme = u"http"_s)
{
    // The tablet's memory while it pulls: the peak of samples taken four times a second.
    double peakMb = Bench::memoryMb("VmRSS");
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &sampler,
                     [&] { peakMb = qMax(peakMb, Bench::memoryMb("VmRSS")); });
    sampler.start(250);
    const double startMb = peakMb;
    QElapsedTimer timer;
    timer.start();
    bool synced = false;
    QObject context;
    QObject::connect(tablet.engine.get(), &SyncEngine::synced, &context, [&] { synced = true; });
    meter.reset();
    if (!tablet.enrol(meter.url(scheme), code))
        return false;
    if (!Bench::waitUntil(
            tablet.engine.get(), &SyncEngine::synced, [&] { return synced; }, 4 * 3600 * 1000)) {
        std::fprintf(stderr, "the first sync did not finish: %s\n",
                     qPrintable(tablet.engine->statusText()));
        return false;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    sampler.stop();
    const qint64 rows = replicatedRows(tablet.store->database());
    const QList<Bench::ServedRequest> requests = server.takeRequests();
    if (figures)
        *figures = {rows, seconds, meter.down(), meter.up()};
    if (!options.pull) {
        std::printf("  setup: first sync of %lld rows took %.1f s\n", static_cast<long long>(rows),
                    seconds);
        return true;
    }
    const double rate = rows / seconds;
    const double tabletPeak = qMax(peakMb, Bench::memoryMb("VmHWM"));
    std::printf("  initial pull of store %s: %lld rows in %.1f s = %.0f rows/s (target > %.0f): "
                "%s\n",
                qPrintable(options.store), static_cast<long long>(rows), seconds, rate,
                pullRowsPerSecondTarget, Bench::verdict(rate, pullRowsPerSecondTarget, false));
    // No issue sets a target for the tablet's memory while it pulls: printed for reference.
    std::printf("    tablet memory: %.0f MB before, peak %.0f MB (VmHWM); tablet file %.0f MB\n",
                startMb, tabletPeak, QFileInfo(tablet.store->path()).size() / 1048576.0);
    const QList<double> pages = serverMs(requests, u"/v1/sync/pull"_s);
    std::printf("    pull requests by status: %s; service time per page: %s; service total"
                " %.1f s of %.1f s\n",
                Bench::statusSummary(requests, u"/v1/sync/pull"_s).constData(),
                Bench::latencyLine(pages).constData(), sum(pages) / 1000.0, seconds);
    std::printf("    service process peak memory: %.0f MB (VmHWM)\n",
                Bench::memoryMb("VmHWM", server.pid()));
    std::printf("    bytes on the wire (HTTP, loopback): %.2f MB from the service, %.2f MB to"
                " it\n",
                meter.down() / 1e6, meter.up() / 1e6);
    return true;
}

/** How the first pull of another new tablet is served, for comparison with the default's. */
enum class Front { WarmUp, Uncompressed, Nginx };

/** The first pull of another new tablet from a service that compresses nothing
    (--gzip-min-bytes 0), or through nginx with the repository's configuration (HTTPS, gzip by
    nginx; the bytes counted are TLS records). */
bool otherFirstSync(const Options &options, Front front, FirstSync *figures)
{
    QString error;
    const QString code = enrolmentCode(options.database, options.store, &error);
    if (code.isEmpty())
        return failed(u"no enrolment code for %1: %2"_s.arg(options.store, error));
    QTemporaryDir dir(QDir(options.workDir).filePath(u"bench-sync-XXXXXX"_s));
    Bench::ServerProcess server;
    if (!dir.isValid()
        || !server.start(options.serverExe, options.database,
                         front == Front::Nginx
                             ? QStringList {u"--max-connections-per-address"_s, u"0"_s}
                             : QStringList {u"--gzip-min-bytes"_s, u"0"_s}))
        return failed(server.errorString());
    TestServer::NginxFront nginx;
    const QSslConfiguration originalTls = QSslConfiguration::defaultConfiguration();
    quint16 port = server.port();
    if (front == Front::Nginx) {
        if (!TestPki::make(dir.path(), u"ec"_s)
            || !nginx.start(QStringLiteral(CLIENTELING_SOURCE_DIR), dir.path(), server.port(),
                            dir.filePath(u"chain.pem"_s), dir.filePath(u"leaf.key"_s), 4194304,
                            &error))
            return failed(u"cannot start nginx: %1"_s.arg(error));
        port = nginx.port();
        // The tablet trusts the test root only, as a real one its system's roots.
        QSslConfiguration tls = originalTls;
        tls.setCaCertificates(QSslCertificate::fromPath(dir.filePath(u"root.pem"_s)));
        QSslConfiguration::setDefaultConfiguration(tls);
    }
    Bench::WireMeter meter(port);
    Bench::Tablet tablet;
    if (!meter.listen() || !tablet.open(dir.filePath(u"clienteling.db"_s)))
        return failed(u"cannot make a tablet in %1"_s.arg(options.workDir));
    std::printf(front == Front::Nginx
                    ? "  through nginx (deploy/nginx/clienteling.conf: HTTPS, nginx's gzip):\n"
                    : front == Front::WarmUp
                    ? "  warm-up, not compared (the page cache and the service's file):\n"
                    : "  without compression (service --gzip-min-bytes 0):\n");
    const bool ok = firstSync(tablet, server, meter, options, code, figures,
                              front == Front::Nginx ? u"https"_s : u"http"_s);
    tablet.close();
    nginx.stop();
    server.stop();
    QSslConfiguration::setDefaultConfiguration(originalTls);
    return ok;
}

/** Pulls with nothing new: the bare request, and the tablet's whole sync cycle. */
void idlePulls(Bench::Tablet &tablet, Bench::ServerProcess &server, int count)
{
    Replica replica(tablet.store->database());
    const QJsonObject request {
        {u"clientId"_s, replica.clientId()},
        {u"cursor"_s, replica.state(u"cursor"_s)},
        {u"limit"_s, 1000},
        {u"rejectedAfter"_s, replica.state(u"confirmed_mutation_id"_s).toLongLong()}};
    Bench::JsonClient client(server.url(), TokenStore::load(*tablet.store));
    server.takeRequests();
    // Paced at 20 a second: the service allows a device 50 requests a second.
    constexpr int intervalMs = 50;
    QList<double> raw;
    int unexpected = 0;
    for (int i = 0; i < count; ++i) {
        const Bench::JsonClient::Reply reply = client.post(u"/v1/sync/pull"_s, request);
        if (reply.status != 200 || !reply.body.value(u"changes"_s).toArray().isEmpty())
            ++unexpected;
        else
            raw << reply.ms;
        Bench::pause(intervalMs - int(reply.ms));
    }
    const QList<Bench::ServedRequest> served = server.takeRequests();
    const double p99 = Bench::percentile(raw, 99);
    std::printf("  pull with nothing new, %d requests (client-timed over loopback): %s;"
                " p99 target < %.0f ms: %s\n",
                int(raw.size()), Bench::latencyLine(raw).constData(), idlePullTargetMs,
                Bench::verdict(p99, idlePullTargetMs));
    std::printf("    service-side time (its log, whole ms): %s%s\n",
                Bench::latencyLine(serverMs(served, u"/v1/sync/pull"_s)).constData(),
                unexpected ? qPrintable(u"; %1 answers not empty or not 200"_s.arg(unexpected))
                           : "");

    // The tablet's whole cycle: outbox check, pull, an empty page applied, rebase.
    QList<double> cycles;
    for (int i = 0; i < count / 3; ++i) {
        bool synced = false;
        QObject context;
        QObject::connect(tablet.engine.get(), &SyncEngine::synced, &context,
                         [&] { synced = true; });
        QElapsedTimer timer;
        timer.start();
        tablet.engine->syncNow();
        if (!Bench::waitUntil(
                tablet.engine.get(), &SyncEngine::synced, [&] { return synced; }, 30000))
            break;
        cycles << timer.nsecsElapsed() / 1e6;
        Bench::pause(intervalMs - int(cycles.last()));
    }
    std::printf("    tablet sync cycle with nothing new (SyncEngine::syncNow to synced), %d"
                " cycles: %s\n",
                int(cycles.size()), Bench::latencyLine(cycles).constData());
}

/** Queues notes on the tablet and times the engine until none is pending. */
bool pushNotes(Bench::Tablet &tablet, Bench::ServerProcess &server, const Options &options)
{
    const QSqlDatabase db = tablet.store->database();
    QSqlQuery staff = Database::prepare(db,
                                        u"SELECT id, display_name FROM staff WHERE"
                                        " location_id = ? AND active = 1 ORDER BY id"
                                        " LIMIT 1"_s);
    staff.addBindValue(options.store);
    if (!Database::exec(staff) || !staff.next())
        return failed(u"no staff of %1 on the tablet"_s.arg(options.store));
    tablet.store->setActor(staff.value(0).toString(), staff.value(1).toString());
    QSqlQuery customers = Database::prepare(db,
                                            u"SELECT id FROM customers WHERE"
                                            " home_location_id = ? ORDER BY id LIMIT 500"_s);
    customers.addBindValue(options.store);
    QStringList ids;
    if (Database::exec(customers)) {
        while (customers.next())
            ids << customers.value(0).toString();
    }
    if (ids.isEmpty())
        return failed(u"no customers of %1 on the tablet"_s.arg(options.store));

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < options.push; ++i) {
        const MutationResult result
            = tablet.store->submit(u"note.add"_s,
                                   {{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                    {u"customerId"_s, ids.at(i % ids.size())},
                                    {u"body"_s,
                                     u"Benchmark note %1: asked about the new season's"
                                     " coats, size M, call back on Friday."_s.arg(i)}});
        if (!result.applied)
            return failed(u"the tablet refused a note: %1"_s.arg(result.message));
    }
    const double queueSeconds = timer.nsecsElapsed() / 1e9;
    server.takeRequests();

    timer.restart();
    tablet.engine->syncNow();
    SyncEngine *engine = tablet.engine.get();
    if (!Bench::waitUntil(
            engine, &SyncEngine::statusChanged,
            [engine] { return engine->pendingCount() == 0 && !engine->isSyncing(); }, 3600000))
        return failed(u"the queue did not drain: %1"_s.arg(engine->statusText()));
    const double seconds = timer.nsecsElapsed() / 1e9;
    const QList<Bench::ServedRequest> requests = server.takeRequests();
    const QList<double> pushes = serverMs(requests, u"/v1/sync/push"_s);
    const double rate = options.push / seconds;
    std::printf("  push of %d queued note.add mutations (queued in %.1f s): drained in %.2f s ="
                " %.0f mutations/s (target > %.0f): %s\n",
                options.push, queueSeconds, seconds, rate, pushTarget,
                Bench::verdict(rate, pushTarget, false));
    std::printf("    push requests by status: %s (%d per batch); service time per batch: %s;"
                " service total %.2f s = %.0f mutations/s\n",
                Bench::statusSummary(requests, u"/v1/sync/push"_s).constData(),
                SyncEngine::pushBatch, Bench::latencyLine(pushes).constData(), sum(pushes) / 1000.0,
                options.push / (sum(pushes) / 1000.0));
    std::printf("    the rest is the tablet: reading the outbox, then the pull that confirms"
                " (%s)\n",
                Bench::statusSummary(requests, u"/v1/sync/pull"_s).constData());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_sync"_s);
    QLoggingCategory::setFilterRules(u"clienteling.*.info=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Times sync between a tablet and clienteling-server over loopback."_s);
    parser.addHelpOption();
    parser.addOptions(
        {{u"server-exe"_s, u"The clienteling-server executable."_s, u"file"_s},
         {u"database"_s, u"The service's database: SQLite file or postgresql:// URL."_s, u"db"_s},
         {u"store"_s, u"The store the tablet is enrolled in."_s, u"id"_s, u"MAD"_s},
         {u"work-dir"_s, u"Where the tablet's file goes."_s, u"dir"_s, QDir::tempPath()},
         {u"label"_s, u"Printed in the heading."_s, u"text"_s},
         {u"pull"_s, u"Report the first sync (the initial pull)."_s},
         {u"nginx"_s, u"With --pull, also a first pull through nginx (deploy/nginx)."_s},
         {u"idle"_s, u"Time this many pulls with nothing new."_s, u"n"_s, u"0"_s},
         {u"push"_s, u"Queue and push this many notes."_s, u"n"_s, u"0"_s}});
    parser.process(app);
    Options options;
    options.serverExe = parser.value(u"server-exe"_s);
    options.database = parser.value(u"database"_s);
    options.store = parser.value(u"store"_s);
    options.workDir = parser.value(u"work-dir"_s);
    options.label = parser.value(u"label"_s);
    options.pull = parser.isSet(u"pull"_s);
    options.nginx = parser.isSet(u"nginx"_s);
    options.idle = parser.value(u"idle"_s).toInt();
    options.push = parser.value(u"push"_s).toInt();
    if (options.serverExe.isEmpty() || options.database.isEmpty())
        return fail(u"--server-exe and --database are required"_s);

    std::printf("Sync over loopback: %s\n",
                qPrintable(options.label.isEmpty() ? options.database : options.label));
    std::fflush(stdout);
    QString error;
    const QString code = enrolmentCode(options.database, options.store, &error);
    if (code.isEmpty())
        return fail(u"no enrolment code for %1: %2"_s.arg(options.store, error));
    QDir().mkpath(options.workDir);
    // A new tablet's first pull twice: from a service that compresses nothing, then (the
    // tablet that goes on below) with the default gzip answers.
    // A first pull before the compared ones, so that none of them pays for a cold cache.
    FirstSync plain;
    if (options.pull
        && (!otherFirstSync(options, Front::WarmUp, &plain)
            || !otherFirstSync(options, Front::Uncompressed, &plain)))
        return 1;
    std::fflush(stdout);
    Bench::ServerProcess server;
    if (!server.start(options.serverExe, options.database))
        return fail(server.errorString());
    Bench::WireMeter meter(server.port());
    QTemporaryDir dir(QDir(options.workDir).filePath(u"bench-sync-XXXXXX"_s));
    Bench::Tablet tablet;
    if (!meter.listen() || !dir.isValid() || !tablet.open(dir.filePath(u"clienteling.db"_s)))
        return fail(u"cannot make a tablet in %1"_s.arg(options.workDir));
    if (options.pull)
        std::printf("  with gzip answers (the default):\n");
    FirstSync compressed;
    if (!firstSync(tablet, server, meter, options, code, &compressed))
        return 1;
    if (options.pull) {
        const double fewer = compressed.down > 0 ? double(plain.down) / compressed.down : 0;
        const double plainRate = plain.rows / plain.seconds;
        const double gzipRate = compressed.rows / compressed.seconds;
        std::printf("  first pull, bytes from the service: %.2f MB plain, %.2f MB gzip = %.1fx"
                    " fewer (target >= %.0fx): %s; rows/s %.0f plain, %.0f gzip (target: no"
                    " worse, within 5 %%): %s\n",
                    plain.down / 1e6, compressed.down / 1e6, fewer, wireTarget,
                    Bench::verdict(fewer, wireTarget, false), plainRate, gzipRate,
                    Bench::verdict(gzipRate, plainRate * 0.95, false));
    }
    // The same through nginx, when asked (it needs nginx and openssl).
    FirstSync fronted;
    if (options.pull && options.nginx) {
        if (!otherFirstSync(options, Front::Nginx, &fronted))
            return 1;
        std::printf("  first pull through nginx: %.2f MB from nginx (TLS) = %.1fx fewer than"
                    " plain; %.0f rows/s\n",
                    fronted.down / 1e6, double(plain.down) / qMax<qint64>(1, fronted.down),
                    fronted.rows / fronted.seconds);
    }
    std::fflush(stdout);
    if (options.idle > 0)
        idlePulls(tablet, server, options.idle);
    std::fflush(stdout);
    if (options.push > 0 && !pushNotes(tablet, server, options))
        return 1;
    tablet.close();
    server.stop();
    return 0;
}
