// SPDX-License-Identifier: MIT
#include "customeradmin.h"
#include "database.h"
#include "demogenerator.h"
#include "devices.h"
#include "giftcardkey.h"
#include "httpapi.h"
#include "serverdatabase.h"
#include "serverlog.h"
#include "serversetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTcpServer>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

int signalPipe[2];

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &c, 1);
}

/** Structured logs: one JSON object per line on stderr. */
void logHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const char *levels[] = {"debug", "warning", "critical", "fatal", "info"};
    const QJsonObject line {
        {u"ts"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"level"_s, QString::fromLatin1(levels[type])},
        {u"category"_s, QString::fromLatin1(context.category ? context.category : "default")},
        {u"message"_s, message}};
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    fwrite(text.constData(), 1, size_t(text.size()), stderr);
    fflush(stderr);
}

int fail(const QString &message)
{
    fprintf(stderr, "clienteling-server: %s\n", qPrintable(message));
    return 2;
}

/** Raises the open-files limit as far as allowed and returns it: every connection is a file,
    and out of files QTcpServer can no longer accept (or spins trying). */
rlim_t raiseOpenFilesLimit()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            return raised.rlim_cur;
    }
    return limit.rlim_cur;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    app.setOrganizationName(u"Clienteling"_s);
    app.setApplicationName(u"clienteling-server"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Clienteling central service"_s);
    parser.addHelpOption();
    const QCommandLineOption database(u"database"_s,
                                      u"SQLite file (default) or postgresql://user:pass@host/db."_s,
                                      u"path-or-url"_s);
    const QCommandLineOption listen(u"listen"_s,
                                    u"Address and port: 127.0.0.1:8080 (the default),"
                                    " 0.0.0.0:8443, [::1]:8080, [::]:8443 or a port alone"
                                    " (on 127.0.0.1)."_s,
                                    u"host:port"_s, u"127.0.0.1:8080"_s);
    const QCommandLineOption tlsCert(
        u"tls-cert"_s,
        u"PEM file: the service's certificate, then the intermediate certificates of its chain:"
        " serve HTTPS."_s,
        u"file"_s);
    const QCommandLineOption tlsKey(
        u"tls-key"_s, u"PEM private key (RSA or EC, unencrypted) for --tls-cert."_s, u"file"_s);
    const QCommandLineOption giftCardKey(
        u"gift-card-key"_s,
        u"File of the gift card key, made on first start (default: beside an SQLite file, in "
        "the data folder for PostgreSQL). Back it up apart from the database."_s,
        u"file"_s);
    const QCommandLineOption seedDemo(u"seed-demo"_s,
                                      u"Fill an empty database with the demo chain."_s);
    const QCommandLineOption customers(u"customers"_s, u"Demo customers (default 5000)."_s, u"n"_s,
                                       u"5000"_s);
    const QCommandLineOption createCode(u"create-enrolment-code"_s,
                                        u"Print a one-time enrolment code for a device of this "
                                        "store and exit."_s,
                                        u"store"_s);
    const QCommandLineOption mode(u"mode"_s, u"associate, kiosk or integration (for codes)."_s,
                                  u"mode"_s, u"associate"_s);
    const QCommandLineOption createIntegration(u"create-integration-token"_s,
                                               u"Enrol an integration (web shop, carrier) and "
                                               "print its token, then exit."_s,
                                               u"name"_s);
    const QCommandLineOption listDevices(u"list-devices"_s,
                                         u"Print every enrolled device (id, store, mode, name, "
                                         "enrolled, last seen, state) and exit."_s);
    const QCommandLineOption revokeDevice(u"revoke-device"_s,
                                          u"Revoke a device: its token is refused from its next "
                                          "request on. Then exit."_s,
                                          u"device-id"_s);
    const QCommandLineOption mergeCustomers(
        u"merge-customers"_s,
        u"Merge two records of one person: --merge-customers <survivor-id> <merged-id>. "
        "Everything of the second moves to the first, which every tablet then shows; the "
        "second becomes a tombstone. Then exit."_s,
        u"survivor-id"_s);
    const QCommandLineOption eraseCustomer(
        u"erase-customer"_s,
        u"Erase a customer's personal data at their request, here and on every tablet at its "
        "next sync; orders and payments stay without their identity. Then exit."_s,
        u"customer-id"_s);
    const QCommandLineOption exportCustomer(
        u"export-customer"_s,
        u"Print everything held on one customer as JSON (or write it to --output). Then "
        "exit."_s,
        u"customer-id"_s);
    const QCommandLineOption output(u"output"_s, u"File for --export-customer."_s, u"file"_s);
    const QCommandLineOption threads(u"threads"_s, u"Worker threads (default 4)."_s, u"n"_s,
                                     u"4"_s);
    const QCommandLineOption maxBody(u"max-body-bytes"_s, u"Request body limit."_s, u"n"_s,
                                     u"4194304"_s);
    const QCommandLineOption rate(u"rate-per-device"_s, u"Requests per second per device."_s,
                                  u"n"_s, u"50"_s);
    const ServerConfig defaults;
    const QCommandLineOption gzipMin(
        u"gzip-min-bytes"_s,
        u"Compress answers of at least this size for clients that accept gzip; 0: never, e.g."
        " behind a proxy that compresses (default %1)."_s.arg(defaults.gzipMinBytes),
        u"n"_s, QString::number(defaults.gzipMinBytes));
    const QCommandLineOption maxConnections(
        u"max-connections"_s, u"Open connections in total (default %1)."_s.arg(
                                  defaults.edge.maxConnections),
        u"n"_s, QString::number(defaults.edge.maxConnections));
    const QCommandLineOption maxPerAddress(
        u"max-connections-per-address"_s,
        u"Open connections from one address or IPv6 /64; size it for the most tablets behind "
        "one NAT address, 0 behind a proxy (default %1)."_s.arg(
            defaults.edge.maxConnectionsPerAddress),
        u"n"_s, QString::number(defaults.edge.maxConnectionsPerAddress));
    const QCommandLineOption headerTimeout(
        u"header-timeout"_s, u"Seconds for a request's headers (default %1)."_s.arg(
                                 defaults.edge.headerTimeoutMs / 1000),
        u"s"_s, QString::number(defaults.edge.headerTimeoutMs / 1000));
    const QCommandLineOption bodyTimeout(
        u"body-timeout"_s, u"Seconds for a request's body after its headers (default %1)."_s.arg(
                               defaults.edge.bodyTimeoutMs / 1000),
        u"s"_s, QString::number(defaults.edge.bodyTimeoutMs / 1000));
    const QCommandLineOption idleTimeout(
        u"idle-timeout"_s,
        u"Seconds a kept-alive connection may wait for a request (default %1)."_s.arg(
            defaults.edge.idleTimeoutMs / 1000),
        u"s"_s, QString::number(defaults.edge.idleTimeoutMs / 1000));
    const QCommandLineOption maxHeader(
        u"max-header-bytes"_s, u"Request line and headers limit (default %1)."_s.arg(
                                   defaults.edge.maxHeaderBytes),
        u"n"_s, QString::number(defaults.edge.maxHeaderBytes));
    const QCommandLineOption enrolTotal(
        u"enrol-failures-per-minute"_s,
        u"Wrong enrolment codes checked per minute from everywhere (default %1)."_s.arg(
            defaults.enrolment.failuresPerMinute),
        u"n"_s, QString::number(defaults.enrolment.failuresPerMinute));
    const QCommandLineOption enrolPerAddress(
        u"enrol-failures-per-address"_s,
        u"Wrong enrolment codes checked per minute from one address (default %1)."_s.arg(
            defaults.enrolment.failuresPerMinutePerAddress),
        u"n"_s, QString::number(defaults.enrolment.failuresPerMinutePerAddress));
    parser.addOptions({database, listen, tlsCert, tlsKey, giftCardKey, seedDemo, customers,
                       createCode, mode, createIntegration, listDevices, revokeDevice,
                       mergeCustomers, eraseCustomer, exportCustomer, output, threads,
                       maxBody, rate, maxConnections, maxPerAddress, headerTimeout, bodyTimeout,
                       idleTimeout, maxHeader, enrolTotal, enrolPerAddress, gzipMin});
    parser.process(app);
    qInstallMessageHandler(logHandler);

    ServerConfig config;
    config.database = parser.isSet(database)
        ? parser.value(database)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + u"/clienteling-server.db"_s;
    bool ok = true;
    config.threads = parser.value(threads).toInt(&ok);
    if (!ok || config.threads < 1 || config.threads > 64)
        return fail(u"--threads takes 1 to 64"_s);
    config.maxBodyBytes = parser.value(maxBody).toLongLong(&ok);
    if (!ok || config.maxBodyBytes < 1024)
        return fail(u"--max-body-bytes takes a number of at least 1024"_s);
    config.ratePerDevice = parser.value(rate).toInt(&ok);
    if (!ok || config.ratePerDevice < 1)
        return fail(u"--rate-per-device takes a positive number"_s);
    // Whole numbers within [min, max], or the option's name in an error.
    const auto number = [&parser](const QCommandLineOption &option, int min, int max, int *to) {
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        if (!valid || value < min || value > max)
            return false;
        *to = value;
        return true;
    };
    int seconds = 0;
    if (!number(maxConnections, 1, 1000000, &config.edge.maxConnections))
        return fail(u"--max-connections takes a number from 1"_s);
    if (!number(maxPerAddress, 0, 1000000, &config.edge.maxConnectionsPerAddress))
        return fail(u"--max-connections-per-address takes a number (0: no limit)"_s);
    if (!number(maxHeader, 1024, 1024 * 1024, &config.edge.maxHeaderBytes))
        return fail(u"--max-header-bytes takes 1024 to 1048576"_s);
    if (!number(headerTimeout, 1, 3600, &seconds))
        return fail(u"--header-timeout takes 1 to 3600 seconds"_s);
    config.edge.headerTimeoutMs = seconds * 1000;
    if (!number(bodyTimeout, 1, 3600, &seconds))
        return fail(u"--body-timeout takes 1 to 3600 seconds"_s);
    config.edge.bodyTimeoutMs = seconds * 1000;
    if (!number(idleTimeout, 1, 3600, &seconds))
        return fail(u"--idle-timeout takes 1 to 3600 seconds"_s);
    config.edge.idleTimeoutMs = seconds * 1000;
    if (!number(enrolTotal, 1, 100000, &config.enrolment.failuresPerMinute))
        return fail(u"--enrol-failures-per-minute takes a positive number"_s);
    if (!number(enrolPerAddress, 1, 100000, &config.enrolment.failuresPerMinutePerAddress))
        return fail(u"--enrol-failures-per-address takes a positive number"_s);
    if (!number(gzipMin, 0, 1 << 30, &config.gzipMinBytes))
        return fail(u"--gzip-min-bytes takes a number of bytes (0: never compress)"_s);

    QString error;
    QSqlDatabase db = ServerDatabase::open(config.database, u"main"_s, &error);
    if (!db.isOpen())
        return fail(u"cannot use the database %1: %2"_s.arg(
            ServerDatabase::isPostgres(config.database) ? u"(PostgreSQL)"_s : config.database,
            error));

    // Read (or made) before anything else, so a missing or wrong key stops the service here
    // with what to do rather than leaving every gift card unfindable.
    config.giftCardKeyFile = parser.isSet(giftCardKey)
        ? parser.value(giftCardKey)
        : ServerDatabase::defaultGiftCardKeyFile(config.database);
    const auto cardKey = GiftCardKey::open(config.giftCardKeyFile, db, &error);
    if (!cardKey)
        return fail(error);

    if (parser.isSet(seedDemo) && ServerDatabase::isEmpty(db)) {
        DemoOptions options;
        options.customers = parser.value(customers).toInt(&ok);
        if (!ok || options.customers < 10)
            return fail(u"--customers takes a number of at least 10"_s);
        int lastReported = -1;
        options.progress = [&lastReported](int percent, const QString &stage) {
            if (percent / 10 != lastReported / 10) {
                lastReported = percent;
                qCInfo(lcServer).noquote() << "seeding demo data" << percent << "%" << stage;
            }
        };
        if (!ServerDatabase::seedDemo(db, options, *cardKey, &error))
            return fail(u"seeding failed: %1"_s.arg(error));
        qCInfo(lcServer) << "demo data ready";
    }
    if (parser.isSet(createCode) || parser.isSet(createIntegration)) {
        const bool integration = parser.isSet(createIntegration);
        const auto code
            = Devices(db).createEnrolmentCode(integration ? QString() : parser.value(createCode),
                                              integration ? u"integration"_s : parser.value(mode),
                                              u"cli"_s, 7LL * 24 * 3600 * 1000, &error);
        if (!code)
            return fail(error);
        if (!integration) {
            printf("%s\n", qPrintable(*code));
            return 0;
        }
        const ServiceReply reply
            = Devices(db).enrol({{u"code"_s, *code}, {u"name"_s, parser.value(createIntegration)}});
        if (reply.status != 200)
            return fail(reply.body.value(u"message"_s).toString());
        printf("%s\n", qPrintable(reply.body.value(u"token"_s).toString()));
        return 0;
    }
    if (parser.isSet(listDevices)) {
        const auto devices = Devices(db).list();
        if (!devices)
            return fail(u"cannot read the devices"_s);
        const auto when = [](qint64 ms) {
            return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate)
                          : u"never"_s;
        };
        // Tab-separated, one device a line, for people and scripts alike.
        printf("id\tstore\tmode\tname\tenrolled\tlast seen\tstate\n");
        for (const Devices::Info &device : *devices) {
            const QStringList fields {device.id,
                                      device.locationId,
                                      device.mode,
                                      device.name,
                                      when(device.enrolledAt),
                                      when(device.lastSeenAt),
                                      device.revoked ? u"revoked"_s : u"active"_s};
            printf("%s\n", qPrintable(fields.join(u'\t')));
        }
        return 0;
    }
    if (parser.isSet(revokeDevice)) {
        const QString deviceId = parser.value(revokeDevice);
        if (!Devices(db).revoke(deviceId))
            return fail(u"no device %1 (see --list-devices)"_s.arg(deviceId));
        printf("revoked %s\n", qPrintable(deviceId));
        return 0;
    }
    if (parser.isSet(mergeCustomers)) {
        const QString survivorId = parser.value(mergeCustomers);
        const QString mergedId = parser.positionalArguments().value(0);
        if (mergedId.isEmpty() || parser.positionalArguments().size() > 1)
            return fail(u"--merge-customers takes two customer ids: the survivor, then the"
                        " record merged into it"_s);
        const MutationResult result
            = CustomerAdmin(db).merge(survivorId, mergedId, u"cli:merge-customers"_s);
        if (!result.applied)
            return fail(u"nothing merged: %1 (%2)"_s.arg(result.message, result.code));
        printf("merged %s into %s\n", qPrintable(mergedId), qPrintable(survivorId));
        return 0;
    }
    if (parser.isSet(eraseCustomer)) {
        const QString customerId = parser.value(eraseCustomer);
        const MutationResult result
            = CustomerAdmin(db).erase(customerId, u"cli:erase-customer"_s);
        if (result.code == u"already_erased"_s) {
            // Not an error (the customer's data is gone), but nothing was done.
            fprintf(stderr, "clienteling-server: %s\n", qPrintable(result.message));
            return 1;
        }
        if (!result.applied)
            return fail(u"nothing erased: %1 (%2)"_s.arg(result.message, result.code));
        printf("erased %s\n", qPrintable(customerId));
        return 0;
    }
    if (parser.isSet(exportCustomer)) {
        Protocol::Error exportError;
        const auto exported
            = CustomerAdmin(db).exportCustomer(parser.value(exportCustomer), &exportError);
        if (!exported)
            return fail(u"nothing exported: %1 (%2)"_s.arg(exportError.message, exportError.code));
        const QByteArray json = QJsonDocument(*exported).toJson(QJsonDocument::Indented);
        if (parser.isSet(output)) {
            QFile file(parser.value(output));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || file.write(json) != json.size() || !file.flush())
                return fail(u"cannot write %1: %2"_s.arg(parser.value(output), file.errorString()));
            printf("exported %s to %s\n", qPrintable(parser.value(exportCustomer)),
                   qPrintable(parser.value(output)));
        } else {
            fwrite(json.constData(), 1, size_t(json.size()), stdout);
        }
        return 0;
    }
    db.close();
    db = QSqlDatabase(); // the last handle, so the connection can go without a warning
    Database::close(u"main"_s);

    const std::optional<ServerSetup::ListenAddress> listenAt
        = ServerSetup::parseListen(parser.value(listen), &error);
    if (!listenAt)
        return fail(error);

    // Files for the database (a few per worker) and the rest of the process stay free.
    const rlim_t openFiles = raiseOpenFilesLimit();
    const qint64 forConnections = qint64(openFiles) - 128 - 8 * config.threads;
    if (config.edge.maxConnections > forConnections) {
        qCWarning(lcServer).noquote()
            << "the open-files limit is" << openFiles << "so --max-connections is lowered from"
            << config.edge.maxConnections << "to" << qMax<qint64>(16, forConnections);
        config.edge.maxConnections = int(qMax<qint64>(16, forConnections));
    }

    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return fail(u"--tls-cert and --tls-key go together"_s);
    if (parser.isSet(tlsCert)) {
        const std::optional<QSslConfiguration> tls
            = ServerSetup::loadTls(parser.value(tlsCert), parser.value(tlsKey), &error);
        if (!tls)
            return fail(error);
        config.tls = *tls;
    }
    HttpApi api(config);
    const quint16 bound = api.listen(listenAt->address, listenAt->port);
    api.startMaintenance();
    if (!bound)
        return fail(u"cannot listen on %1"_s.arg(parser.value(listen)));
    qCInfo(lcServer).noquote() << "listening on"
                               << ServerSetup::displayAddress(listenAt->address, bound)
                               << (parser.isSet(tlsCert) ? "(https)" : "(http)") << "database"
                               << (ServerDatabase::isPostgres(config.database) ? u"postgresql"_s
                                                                               : config.database);
    // Machine-readable for scripts and tests that ask for port 0.
    printf("listening %d\n", int(bound));
    fflush(stdout);

    // Graceful shutdown on SIGTERM/SIGINT: stop accepting, finish requests in flight.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return fail(u"cannot set up signal handling"_s);
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char c;
        [[maybe_unused]] const auto r = ::read(signalPipe[0], &c, 1);
        qCInfo(lcServer) << "shutting down; requests in flight:" << api.inFlight();
        api.shutdown();
        app.quit();
    });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    return app.exec();
}
