// SPDX-License-Identifier: MIT
#include "httpapi.h"
#include "customersearch.h"
#include "clock.h"
#include "database.h"
#include "devices.h"
#include "discounts.h"
#include "giftcardmessages.h"
#include "serverdatabase.h"
#include "ingestion.h"
#include "inventoryservice.h"
#include "serverlog.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUuid>
#include <QtConcurrent>

#include <zlib.h>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "clienteling.server")
Q_LOGGING_CATEGORY(lcHttp, "clienteling.http")

namespace {
/** Tunes a client's connection once, at its first request (QtHttpServer keeps it open for the
    next). Both sides of a request/answer exchange lose tens of milliseconds to TCP's small-write
    rules otherwise:
    - an answer goes out as headers, then body; with Nagle's algorithm the body waits for the
      client to acknowledge the headers, which its delayed ACK holds back up to 40 ms;
    - a client (QNetworkAccessManager) sends a large request the same way, headers then body,
      and Nagle on its side holds the body until we acknowledge the headers: we acknowledge at
      once whenever data arrives (Linux's TCP_QUICKACK, which the kernel clears after use). */
void tuneConnection(QTcpSocket *socket)
{
    static const char tuned[] = "clienteling.tuned";
    if (socket->property(tuned).toBool())
        return;
    socket->setProperty(tuned, true);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
#ifdef Q_OS_LINUX
    const auto quickAck = [socket] {
        const int on = 1;
        ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    };
    quickAck();
    QObject::connect(socket, &QTcpSocket::readyRead, socket, quickAck);
#endif
}

/** Whether an Accept-Encoding header accepts gzip: "gzip" or "x-gzip" listed without q=0
    (RFC 9110 12.5.3). "*" is not taken for gzip: no client we serve sends it alone. */
bool acceptsGzip(const QByteArray &acceptEncoding)
{
    for (const QByteArray &item : acceptEncoding.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QByteArray coding = parts.first().trimmed().toLower();
        if (coding != "gzip" && coding != "x-gzip")
            continue;
        bool refused = false;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed().toLower();
            if (parameter.startsWith("q=")) {
                bool ok = false;
                const double weight = parameter.mid(2).trimmed().toDouble(&ok);
                refused = !ok || weight <= 0;
            }
        }
        if (!refused)
            return true;
    }
    return false;
}

/** A gzip stream (RFC 1952) of data: zlib's deflate with a gzip header and trailer (window
    bits 16 + 15). Not qCompress, whose zlib stream behind a length prefix no client reads.
    Level 1: the page is JSON with the same keys on every row, which the fastest level already
    shrinks about tenfold, for a fraction of the default level's time. Empty on failure. */
QByteArray gzip(const QByteArray &data)
{
    z_stream stream {};
    if (deflateInit2(&stream, 1, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

/** An answer ready to write: status and JSON bytes, gzip-compressed when that was asked. */
struct EncodedReply
{
    EncodedReply(const ServiceReply &reply)
        : status(reply.status)
        , body(reply.encoded())
    { }
    /** Compressed if the client accepts gzip and the JSON is at least minBytes (0: never). */
    EncodedReply(const ServiceReply &reply, bool clientAcceptsGzip, int minBytes)
        : EncodedReply(reply)
    {
        if (!clientAcceptsGzip || minBytes <= 0 || body.size() < minBytes)
            return;
        QByteArray compressed = gzip(body);
        if (compressed.isEmpty() || compressed.size() >= body.size())
            return;
        body = std::move(compressed);
        gzipped = true;
    }
    int status;
    QByteArray body;
    bool gzipped = false;
};

/** Who sent a request, for the per-address limits: the connection's peer, or, when the peer is
    on this machine (nginx in front, docs/operations.md), the last address of X-Forwarded-For,
    the one nginx wrote. A peer elsewhere is never believed: anyone can write that header. */
QHostAddress clientAddress(const QHttpServerRequest &request)
{
    const QHostAddress peer = request.remoteAddress();
    if (!peer.isLoopback())
        return peer;
    const QByteArray forwarded = request.value("X-Forwarded-For");
    if (forwarded.isEmpty())
        return peer;
    const QHostAddress client(QString::fromLatin1(forwarded.split(',').last().trimmed()));
    return client.isNull() ? peer : client;
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    default:
        return u"OTHER"_s;
    }
}
} // namespace

HttpApi::HttpApi(ServerConfig config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(std::move(config))
    , m_enrolmentLimiter(m_config.enrolment)
{
    m_pool.setMaxThreadCount(qMax(1, m_config.threads));
    m_pool.setExpiryTimeout(-1); // keep threads, and with them their database connections
    m_clock.start();
    loadGiftCardKey();

    m_routes = {
        {u"GET"_s,
         u"/v1/health"_s,
         false,
         {},
         [](HttpApi &, const Call &, const DeviceIdentity &) {
             return ServiceReply {200, {{u"status"_s, u"ok"_s}}};
         }},
        {u"GET"_s,
         u"/v1/ready"_s,
         false,
         {},
         [](HttpApi &api, const Call &, const DeviceIdentity &) {
             const QSqlDatabase db = api.connection();
             const bool ready = db.isOpen()
                 && Database::scalar(db, u"SELECT version FROM sync_version WHERE id = 1"_s)
                        .isValid();
             return ready ? ServiceReply {200, {{u"status"_s, u"ready"_s}}}
                          : ServiceReply::error(503, u"not_ready"_s, u"database unavailable"_s);
         }},
        {u"POST"_s,
         u"/v1/devices/enrol"_s,
         false,
         {},
         [](HttpApi &api, const Call &call, const DeviceIdentity &) {
             return Devices(api.connection()).enrol(call.json);
         }},
        {u"POST"_s,
         u"/v1/sync/push"_s,
         true,
         {u"associate"_s, u"kiosk"_s},
         [](HttpApi &api, const Call &call, const DeviceIdentity &device) {
             return SyncService(api.connection(), api.giftCardKey()).push(device, call.json);
         }},
        {u"POST"_s,
         u"/v1/sync/pull"_s,
         true,
         {u"associate"_s, u"kiosk"_s},
         [](HttpApi &api, const Call &call, const DeviceIdentity &device) {
             return SyncService(api.connection()).pull(device, call.json);
         }},
        {u"GET"_s,
         u"/v1/inventory"_s,
         true,
         {u"associate"_s, u"kiosk"_s},
         [](HttpApi &api, const Call &call, const DeviceIdentity &device) {
             return InventoryService(api.connection()).lookup(device, call.query);
         }},
        // A gift card's balance as the service holds it. The tablet sends the number the
        // associate typed (in the body, never in a URL a proxy would log) and gets the card's
        // id back: ids are keyed hashes only the service can make (GiftCardKey). Redemption
        // goes through payment.record with that id.
        {u"POST"_s,
         u"/v1/giftcards/lookup"_s,
         true,
         {u"associate"_s},
         [](HttpApi &api, const Call &call, const DeviceIdentity &) {
             if (!api.m_giftCardKey)
                 return ServiceReply::error(503, u"unavailable"_s,
                                            u"gift cards are unavailable: no gift card key"_s);
             const QString number = Protocol::GiftCardLookup::fromJson(call.json).number;
             if (!GiftCards::isWellFormed(number))
                 return ServiceReply::error(400, u"invalid_request"_s,
                                            u"number is the gift card's 12 to 19 digits"_s);
             const QString id = api.m_giftCardKey->idFor(number);
             QSqlQuery query(api.connection());
             query.prepare(u"SELECT last4, balance_minor, currency, status FROM gift_cards"
                           " WHERE id = ?"_s);
             query.addBindValue(id);
             if (!query.exec())
                 return ServiceReply::error(503, u"unavailable"_s, u"database busy, retry"_s);
             if (!query.next())
                 return ServiceReply::error(404, u"not_found"_s, u"no such gift card"_s);
             return ServiceReply {200,
                                  Protocol::GiftCardBalance {id, query.value(0).toString(),
                                                             query.value(1).toLongLong(),
                                                             query.value(2).toString(),
                                                             query.value(3).toString()}
                                      .toJson()};
         }},
        // A number for a new gift card (a refund to one) and its id: made here, where the key
        // is, and not yet used by any card. Nothing is written: giftcard.issue with the id
        // issues it through the outbox like every other change.
        {u"POST"_s,
         u"/v1/giftcards/new"_s,
         true,
         {u"associate"_s},
         [](HttpApi &api, const Call &, const DeviceIdentity &) {
             if (!api.m_giftCardKey)
                 return ServiceReply::error(503, u"unavailable"_s,
                                            u"gift cards are unavailable: no gift card key"_s);
             const auto number = api.m_giftCardKey->newNumber(api.connection());
             if (!number)
                 return ServiceReply::error(503, u"unavailable"_s, u"database busy, retry"_s);
             return ServiceReply {200,
                                  Protocol::NewGiftCard {*number,
                                                         api.m_giftCardKey->idFor(*number),
                                                         GiftCards::last4(*number)}
                                      .toJson()};
         }},
        // Any customer of the chain, by name, email, phone or loyalty card, with what a result
        // line shows and nothing more (CustomerSearch). Associates only: a kiosk gets no
        // personal data.
        {u"GET"_s,
         u"/v1/customers/search"_s,
         true,
         {u"associate"_s},
         [](HttpApi &api, const Call &call, const DeviceIdentity &) {
             return CustomerSearch::search(api.connection(), call.query);
         }},
        // Likely duplicates of a customer being registered: same email, phone or name and
        // postcode.
        {u"GET"_s,
         u"/v1/customers/duplicates"_s,
         true,
         {u"associate"_s},
         [](HttpApi &api, const Call &call, const DeviceIdentity &device) {
             return CustomerSearch::duplicates(api.connection(), device, call.query);
         }},
        // A customer of another store (or of none) served on this tablet: its pulls bring
        // them from now on (docs/api.md, docs/sync-protocol.md "Followed customers").
        {u"POST"_s,
         u"/v1/customers/follow"_s,
         true,
         {u"associate"_s},
         [](HttpApi &api, const Call &call, const DeviceIdentity &device) {
             return SyncService(api.connection()).follow(device, call.json);
         }},
        {u"POST"_s,
         u"/v1/ingest/orders"_s,
         true,
         {u"integration"_s},
         [](HttpApi &api, const Call &call, const DeviceIdentity &) {
             return Ingestion(api.connection()).order(call.json);
         }},
        {u"POST"_s,
         u"/v1/ingest/events"_s,
         true,
         {u"integration"_s},
         [](HttpApi &api, const Call &call, const DeviceIdentity &) {
             return Ingestion(api.connection()).events(call.json);
         }},
        {u"POST"_s,
         u"/v1/ingest/customers"_s,
         true,
         {u"integration"_s},
         [](HttpApi &api, const Call &call, const DeviceIdentity &) {
             return Ingestion(api.connection()).customers(call.json);
         }},
        {u"POST"_s,
         u"/v1/ingest/order-status"_s,
         true,
         {u"integration"_s},
         [](HttpApi &api, const Call &call, const DeviceIdentity &) {
             return Ingestion(api.connection()).orderStatus(call.json);
         }},
    };
}

void HttpApi::loadGiftCardKey()
{
    if (m_config.giftCardKeyFile.isEmpty())
        m_config.giftCardKeyFile = ServerDatabase::defaultGiftCardKeyFile(m_config.database);
    const QString name = u"giftcard-key-%1"_s.arg(quintptr(this), 0, 16);
    QString error;
    {
        const QSqlDatabase db = ServerDatabase::open(m_config.database, name, &error);
        if (db.isOpen())
            m_giftCardKey = GiftCardKey::open(m_config.giftCardKeyFile, db, &error);
    }
    Database::close(name);
    // Everything else works without it; gift cards answer 503 and the log says why.
    if (!m_giftCardKey)
        qCCritical(lcServer).noquote() << "gift cards unavailable:" << error;
}

quint16 HttpApi::listen(const QHostAddress &address, quint16 port)
{
    auto *server = new GuardedServer(m_config.edge, m_config.maxBodyBytes, m_config.tls, this);
    if (!server->listen(address, port)) {
        qCCritical(lcServer).noquote() << "cannot listen:" << server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

void HttpApi::startMaintenance()
{
    m_maintenance.setInterval(m_config.maintenanceIntervalMs);
    connect(&m_maintenance, &QTimer::timeout, this, [this] {
        if (m_stopping)
            return;
        ++m_inFlight;
        QtConcurrent::run(&m_pool, [this] {
            Maintenance::run(connection(), Clock::nowMs());
        }).then(this, [this] { --m_inFlight; });
    });
    m_maintenance.start();
}

HttpApi::~HttpApi()
{
    shutdown(5000);
}

QSqlDatabase HttpApi::connection()
{
    const QString name = u"server-%1"_s.arg(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        Database::close(name);
    }
    QString error;
    QSqlDatabase db = m_config.database.startsWith(u"postgres"_s)
        ? Database::openPostgres(m_config.database, name, &error)
        : Database::openSqlite(m_config.database, name, &error);
    if (!db.isOpen())
        qCWarning(lcServer).noquote() << "cannot open database:" << error;
    QMutexLocker lock(&m_connectionMutex);
    if (!m_connectionNames.contains(name))
        m_connectionNames << name;
    return db;
}

bool HttpApi::allowRate(const QString &deviceId)
{
    QMutexLocker lock(&m_rateMutex);
    const double rate = m_config.ratePerDevice;
    return m_buckets[deviceId].take(m_clock.elapsed(), rate, rate * 2);
}

ServiceReply HttpApi::dispatch(const Route &route, const Call &call, QString *deviceId)
{
    DeviceIdentity device;
    if (route.needsDevice) {
        const auto identity = Devices(connection()).authenticate(call.authorization);
        if (!identity)
            return ServiceReply::error(
                401, u"unauthorized"_s,
                u"a valid device token is required (Authorization: Bearer)"_s);
        device = *identity;
        *deviceId = device.deviceId;
        if (!route.modes.isEmpty() && !route.modes.contains(device.mode))
            return ServiceReply::error(
                403, u"forbidden"_s, u"a %1 device may not call %2"_s.arg(device.mode, route.path));
        if (!allowRate(device.deviceId))
            return ServiceReply::error(429, u"rate_limited"_s,
                                       u"too many requests from this device; slow down"_s,
                                       {{u"retryAfterMs"_s, 1000}});
    }
    if (!connection().isOpen())
        return ServiceReply::error(503, u"unavailable"_s, u"database unavailable, retry"_s);
    ServiceReply reply = route.handler(*this, call, device);
    return reply;
}

bool HttpApi::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    Call call;
    call.method = methodName(request.method());
    call.path = request.url().path();
    call.query = QUrlQuery(request.url());
    call.authorization = request.value("Authorization");
    call.requestId = QString::fromLatin1(request.value("X-Request-Id").left(64));
    if (call.requestId.isEmpty())
        call.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);

    // The body is encoded where the answer is made: on the pool for routed calls, not on the
    // thread that serves every connection (a pull page is hundreds of kilobytes).
    auto respond
        = [this, timer, requestId = call.requestId, method = call.method, path = call.path](
              QHttpServerResponder &responder, const EncodedReply &reply, const QString &device) {
              // Vary on every answer, compressed or not: a cache between us and a client must
              // not hand one client's encoding to another.
              if (reply.gzipped)
                  responder.write(reply.body,
                                  {{"Content-Type", "application/json"},
                                   {"Content-Encoding", "gzip"},
                                   {"Vary", "Accept-Encoding"},
                                   {"X-Request-Id", requestId.toLatin1()}},
                                  QHttpServerResponder::StatusCode(reply.status));
              else
                  responder.write(reply.body,
                                  {{"Content-Type", "application/json"},
                                   {"Vary", "Accept-Encoding"},
                                   {"X-Request-Id", requestId.toLatin1()}},
                                  QHttpServerResponder::StatusCode(reply.status));
              // One structured line per request.
              qCInfo(lcHttp).noquote() << QJsonDocument(QJsonObject {{u"requestId"_s, requestId},
                                                                     {u"method"_s, method},
                                                                     {u"path"_s, path},
                                                                     {u"status"_s, reply.status},
                                                                     {u"device"_s, device},
                                                                     {u"ms"_s, timer.elapsed()}})
                                              .toJson(QJsonDocument::Compact);
          };

    tuneConnection(socket);
    QHttpServerResponder responder = makeResponder(request, socket);
    if (m_stopping) {
        respond(responder, ServiceReply::error(503, u"shutting_down"_s, u"retry shortly"_s), {});
        return true;
    }
    const Route *route = nullptr;
    bool pathKnown = false;
    for (const Route &candidate : m_routes) {
        if (candidate.path == call.path) {
            pathKnown = true;
            if (candidate.method == call.method)
                route = &candidate;
        }
    }
    if (!route) {
        respond(responder,
                pathKnown
                    ? ServiceReply::error(405, u"method_not_allowed"_s,
                                          u"%1 is not allowed on %2"_s.arg(call.method, call.path))
                    : ServiceReply::error(404, u"not_found"_s, u"no endpoint %1"_s.arg(call.path)),
                {});
        return true;
    }
    call.body = request.body();
    if (call.body.size() > m_config.maxBodyBytes) {
        respond(responder,
                ServiceReply::error(
                    413, u"body_too_large"_s,
                    u"request bodies are limited to %1 bytes"_s.arg(m_config.maxBodyBytes),
                    {{u"maxBytes"_s, m_config.maxBodyBytes}}),
                {});
        return true;
    }
    if (call.method == u"POST"_s) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(call.body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            respond(responder,
                    ServiceReply::error(
                        400, u"malformed_json"_s,
                        error.error != QJsonParseError::NoError
                            ? u"body is not valid JSON: %1 at offset %2"_s.arg(error.errorString())
                                  .arg(error.offset)
                            : u"body must be a JSON object"_s),
                    {});
            return true;
        }
        call.json = document.object();
    }

    // Guessing enrolment codes: the address pays for a try before the code is checked.
    std::optional<EnrolmentLimiter::Ticket> ticket;
    if (route->path == u"/v1/devices/enrol"_s) {
        ticket = m_enrolmentLimiter.reserve(clientAddress(request), m_clock.elapsed());
        if (!ticket->allowed) {
            respond(responder,
                    ServiceReply::error(429, u"rate_limited"_s,
                                        u"too many wrong enrolment codes from this network;"
                                        " retry later"_s,
                                        {{u"retryAfterMs"_s, ticket->retryAfterMs}}),
                    {});
            return true;
        }
    }

    ++m_inFlight;
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> guard(socket);
    const Route routeCopy = *route;
    const bool gzipAccepted = acceptsGzip(request.value("Accept-Encoding"));
    QtConcurrent::run(&m_pool, [this, routeCopy, call, gzipAccepted] {
        QString deviceId;
        const EncodedReply reply(dispatch(routeCopy, call, &deviceId), gzipAccepted,
                                 m_config.gzipMinBytes);
        return std::make_pair(reply, deviceId);
    }).then(this, [this, shared, guard, respond,
                   ticket](const std::pair<EncodedReply, QString> &result) {
        if (ticket) // on enrolment a 401 is a wrong code
            m_enrolmentLimiter.settle(*ticket, result.first.status == 401);
        if (guard)
            respond(*shared, result.first, result.second);
        --m_inFlight;
    });
    return true;
}

void HttpApi::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(
        QJsonDocument(Protocol::Error{u"not_found"_s, u"no such endpoint"_s}.toJson()),
        QHttpServerResponder::StatusCode::NotFound);
}

void HttpApi::shutdown(int timeoutMs)
{
    if (m_stopping.exchange(true))
        return;
    m_maintenance.stop();
    for (QTcpServer *server : servers())
        server->close();
    // Let answers computed on the pool be written back through the event loop.
    QElapsedTimer timer;
    timer.start();
    while (m_inFlight.load() > 0 && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    m_pool.waitForDone(timeoutMs);
    QMutexLocker lock(&m_connectionMutex);
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
    m_connectionNames.clear();
}
