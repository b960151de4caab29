// SPDX-License-Identifier: MIT
#include "faultproxy.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Head
{
    qsizetype end = -1; // first byte after the blank line
    QByteArray startLine;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

std::optional<Head> parseHead(const QByteArray &buffer)
{
    const qsizetype blank = buffer.indexOf("\r\n\r\n");
    if (blank < 0)
        return std::nullopt;
    Head head;
    head.end = blank + 4;
    const QList<QByteArray> lines = buffer.left(blank).split('\n');
    head.startLine = lines.value(0).trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            head.headers.insert(line.left(colon).trimmed().toLower(),
                                line.mid(colon + 1).trimmed());
    }
    return head;
}

int statusOf(const Head &head)
{
    return head.startLine.split(' ').value(1).toInt();
}

/** Length of the first complete message in buffer; -1 while incomplete. A response without a
    length ends when the peer closes (peerClosed). */
qsizetype messageLength(const QByteArray &buffer, bool response, bool peerClosed)
{
    const std::optional<Head> head = parseHead(buffer);
    if (!head)
        return -1;
    if (response) {
        const int status = statusOf(*head);
        if (status / 100 == 1 || status == 204 || status == 304)
            return head->end;
    }
    if (head->headers.value("transfer-encoding").toLower().contains("chunked")) {
        qsizetype pos = head->end;
        for (;;) {
            const qsizetype lineEnd = buffer.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return -1;
            bool ok = false;
            const qint64 size
                = buffer.mid(pos, lineEnd - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok)
                return peerClosed ? buffer.size() : -1;
            pos = lineEnd + 2;
            if (size == 0) {
                for (;;) { // trailers, up to an empty line
                    const qsizetype end = buffer.indexOf("\r\n", pos);
                    if (end < 0)
                        return -1;
                    if (end == pos)
                        return end + 2;
                    pos = end + 2;
                }
            }
            pos += size + 2;
            if (pos > buffer.size())
                return -1;
        }
    }
    const QByteArray length = head->headers.value("content-length");
    if (!length.isEmpty()) {
        const qsizetype total = head->end + length.toLongLong();
        return buffer.size() >= total ? total : -1;
    }
    if (!response)
        return head->end;
    return peerClosed ? buffer.size() : -1;
}

QByteArray makeResponse(int status, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status)
        + " Injected\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n\r\n" + body;
}

} // namespace

struct FaultProxy::Connection
{
    QPointer<QTcpSocket> socket;
    QByteArray buffer;
    Exchange *active = nullptr;
};

struct FaultProxy::Exchange
{
    struct Upstream
    {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
        bool finished = false;
    };
    Connection *connection = nullptr; // null once the client has gone
    Request request;
    QByteArray raw;
    Rule rule;
    QList<Upstream> upstream;
    bool clientResolved = false;
    QByteArray heldResponse;
    bool holding = false;
};

FaultProxy::FaultProxy(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    // Sockets are cut off from their handlers before they are aborted: an abort reports the
    // disconnection at once, and a handler would finish (delete) an exchange being deleted here.
    const QList<Exchange *> exchanges = std::exchange(m_exchanges, {});
    const QList<Connection *> connections = std::exchange(m_connections, {});
    for (Exchange *exchange : exchanges) {
        for (const Exchange::Upstream &up : std::as_const(exchange->upstream)) {
            if (up.socket) {
                up.socket->disconnect();
                up.socket->abort();
            }
        }
    }
    for (Connection *connection : connections) {
        if (connection->socket) {
            connection->socket->disconnect();
            connection->socket->abort();
        }
    }
    qDeleteAll(exchanges);
    qDeleteAll(connections);
}

bool FaultProxy::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 FaultProxy::port() const
{
    return m_server->serverPort();
}

QString FaultProxy::url() const
{
    return u"http://127.0.0.1:%1"_s.arg(port());
}

void FaultProxy::addRule(const Rule &rule)
{
    m_rules << rule;
}

void FaultProxy::inject(Mode mode, const QString &path, int times, int delayMs)
{
    Rule rule;
    rule.mode = mode;
    rule.path = path;
    rule.times = times;
    rule.delayMs = delayMs;
    addRule(rule);
}

void FaultProxy::respond(const QString &path, int status, const QByteArray &body, int times)
{
    Rule rule;
    rule.mode = Mode::Respond;
    rule.path = path;
    rule.times = times;
    rule.status = status;
    rule.body = body;
    addRule(rule);
}

void FaultProxy::clearRules()
{
    m_rules.clear();
}

void FaultProxy::setDefaultMode(Mode mode, int delayMs)
{
    m_defaultMode = mode;
    m_defaultDelayMs = delayMs;
}

void FaultProxy::setRandomFaults(quint32 seed, double probability, int maxDelayMs)
{
    if (probability <= 0) {
        m_random.reset();
        return;
    }
    m_random.emplace(seed);
    m_randomProbability = probability;
    m_randomMaxDelayMs = qMax(1, maxDelayMs);
}

int FaultProxy::requestCount(const QString &path) const
{
    return path.isEmpty() ? m_totalRequests : m_requestCounts.value(path);
}

int FaultProxy::inFlight() const
{
    return int(m_exchanges.size());
}

int FaultProxy::heldCount() const
{
    int count = 0;
    for (const Exchange *exchange : m_exchanges)
        count += exchange->holding ? 1 : 0;
    return count;
}

void FaultProxy::release()
{
    const QList<Exchange *> exchanges = m_exchanges;
    for (Exchange *exchange : exchanges) {
        if (!exchange->holding)
            continue;
        exchange->holding = false;
        deliver(exchange, exchange->heldResponse);
    }
}

FaultProxy::Rule FaultProxy::decide(const Request &request)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        Rule &rule = m_rules[i];
        if (!rule.path.isEmpty() && rule.path != request.path)
            continue;
        const Rule chosen = rule;
        if (rule.times > 0 && --rule.times == 0)
            m_rules.removeAt(i);
        return chosen;
    }
    Rule rule;
    rule.mode = m_defaultMode;
    rule.delayMs = m_defaultDelayMs;
    if (m_random && m_random->generateDouble() < m_randomProbability) {
        static const Mode faults[] = {Mode::DropRequest, Mode::DropAnswer, Mode::Delay,
                                      Mode::DelayAnswer, Mode::Duplicate,  Mode::Error500};
        rule.mode = faults[m_random->bounded(int(std::size(faults)))];
        rule.delayMs = m_random->bounded(m_randomMaxDelayMs) + 1;
    }
    return rule;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new Connection;
        connection->socket = socket;
        m_connections << connection;
        connect(socket, &QTcpSocket::readyRead, this,
                [this, connection] { onClientData(connection); });
        connect(socket, &QTcpSocket::disconnected, this, [this, connection] {
            // The client went away (closed, timed out, or we dropped it).
            if (connection->active)
                connection->active->connection = nullptr;
            m_connections.removeOne(connection);
            if (connection->socket)
                connection->socket->deleteLater();
            delete connection;
        });
    }
}

void FaultProxy::onClientData(Connection *connection)
{
    if (!connection->socket)
        return;
    connection->buffer += connection->socket->readAll();
    if (connection->active)
        return; // one request at a time per connection, as HTTP/1.1 without pipelining
    const qsizetype length = messageLength(connection->buffer, false, false);
    if (length < 0)
        return;
    const QByteArray raw = connection->buffer.left(length);
    connection->buffer.remove(0, length);
    const std::optional<Head> head = parseHead(raw);
    Request request;
    const QList<QByteArray> parts = head->startLine.split(' ');
    request.method = parts.value(0);
    request.path = QUrl(QString::fromLatin1(parts.value(1))).path();
    request.body = raw.mid(head->end);
    startExchange(connection, request, raw);
}

void FaultProxy::startExchange(Connection *connection, Request request, const QByteArray &raw)
{
    ++m_totalRequests;
    ++m_requestCounts[request.path];
    auto *exchange = new Exchange;
    exchange->connection = connection;
    exchange->request = std::move(request);
    exchange->raw = raw;
    exchange->rule = decide(exchange->request);
    connection->active = exchange;
    m_exchanges << exchange;
    const Mode mode = exchange->rule.mode;
    if (mode != Mode::Pass)
        ++m_faultCounts[mode];
    emit requestReceived(exchange->request.path, mode);

    switch (mode) {
    case Mode::DropRequest:
        closeClient(exchange);
        finish(exchange);
        return;
    case Mode::Error500:
        deliver(exchange, makeResponse(500, R"({"error":"injected","message":"test proxy"})"));
        return;
    case Mode::Respond:
        deliver(exchange,
                makeResponse(exchange->rule.status,
                             exchange->rule.responder ? exchange->rule.responder(exchange->request)
                                                      : exchange->rule.body));
        return;
    case Mode::Delay:
        QTimer::singleShot(exchange->rule.delayMs, this, [this, exchange] { forward(exchange); });
        return;
    default:
        forward(exchange);
    }
}

void FaultProxy::forward(Exchange *exchange)
{
    const int copies = exchange->rule.mode == Mode::Duplicate ? 2 : 1;
    for (int copy = 0; copy < copies; ++copy) {
        auto *socket = new QTcpSocket(this);
        exchange->upstream << Exchange::Upstream {socket, {}, false};
        connect(socket, &QTcpSocket::connected, this,
                [exchange, socket] { socket->write(exchange->raw); });
        connect(socket, &QTcpSocket::readyRead, this, [this, exchange, copy, socket] {
            Exchange::Upstream &up = exchange->upstream[copy];
            up.buffer += socket->readAll();
            const qsizetype length = messageLength(up.buffer, true, false);
            if (length >= 0 && !up.finished)
                onUpstreamDone(exchange, copy, up.buffer.left(length));
        });
        auto ended = [this, exchange, copy, socket] {
            Exchange::Upstream &up = exchange->upstream[copy];
            if (up.finished)
                return;
            up.buffer += socket->readAll();
            const qsizetype length = messageLength(up.buffer, true, true);
            if (length > 0)
                onUpstreamDone(exchange, copy, up.buffer.left(length));
            else
                onUpstreamFailed(exchange, copy);
        };
        connect(socket, &QTcpSocket::disconnected, this, ended);
        connect(socket, &QTcpSocket::errorOccurred, this, ended);
        socket->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}

void FaultProxy::onUpstreamDone(Exchange *exchange, int copy, const QByteArray &response)
{
    Exchange::Upstream &up = exchange->upstream[copy];
    up.finished = true;
    if (up.socket) {
        up.socket->disconnect(this);
        up.socket->abort();
        up.socket->deleteLater();
    }
    const std::optional<Head> head = parseHead(response);
    emit upstreamAnswered(exchange->request.path, head ? statusOf(*head) : 0);
    if (copy == 0) {
        switch (exchange->rule.mode) {
        case Mode::DropAnswer:
            closeClient(exchange);
            break;
        case Mode::DelayAnswer:
            QTimer::singleShot(exchange->rule.delayMs, this,
                               [this, exchange, response] { deliver(exchange, response); });
            return;
        case Mode::Hold:
            exchange->holding = true;
            exchange->heldResponse = response;
            emit held(exchange->request.path);
            return;
        default:
            deliver(exchange, response);
            return;
        }
    }
    finish(exchange);
}

void FaultProxy::onUpstreamFailed(Exchange *exchange, int copy)
{
    Exchange::Upstream &up = exchange->upstream[copy];
    up.finished = true;
    if (up.socket) {
        up.socket->disconnect(this);
        up.socket->deleteLater();
    }
    // The service is down or died mid-request: the client sees its connection drop.
    if (copy == 0)
        closeClient(exchange);
    finish(exchange);
}

void FaultProxy::deliver(Exchange *exchange, const QByteArray &response)
{
    if (exchange->clientResolved)
        return;
    exchange->clientResolved = true;
    Connection *connection = exchange->connection;
    const std::optional<Head> head = parseHead(response);
    if (!connection || !connection->socket) {
        emit clientAnswered(exchange->request.path, 0);
        finish(exchange);
        return;
    }
    connection->active = nullptr;
    exchange->connection = nullptr;
    connection->socket->write(response);
    emit clientAnswered(exchange->request.path, head ? statusOf(*head) : 0);
    const bool close = !head || head->headers.value("connection").toLower() == "close"
        || messageLength(response, true, false) < 0;
    if (close)
        connection->socket->disconnectFromHost();
    else if (!connection->buffer.isEmpty())
        QTimer::singleShot(0, this, [this, socket = connection->socket, connection] {
            if (socket && m_connections.contains(connection))
                onClientData(connection);
        });
    finish(exchange);
}

void FaultProxy::closeClient(Exchange *exchange)
{
    if (exchange->clientResolved)
        return;
    exchange->clientResolved = true;
    Connection *connection = exchange->connection;
    exchange->connection = nullptr;
    emit clientAnswered(exchange->request.path, 0);
    if (!connection)
        return;
    connection->active = nullptr;
    if (connection->socket)
        connection->socket->abort(); // its disconnected handler forgets the connection
}

void FaultProxy::finish(Exchange *exchange)
{
    if (!exchange->clientResolved)
        return;
    for (const Exchange::Upstream &up : std::as_const(exchange->upstream)) {
        if (!up.finished)
            return;
    }
    if (exchange->connection)
        exchange->connection->active = nullptr;
    m_exchanges.removeOne(exchange);
    delete exchange;
}
