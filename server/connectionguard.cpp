// SPDX-License-Identifier: MIT
#include "connectionguard.h"
#include "serverlog.h"
#include "syncservice.h"

#include <QJsonDocument>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QTimerEvent>

#include <algorithm>

#include <sys/socket.h>

using namespace Qt::Literals::StringLiterals;

namespace {

/** After a refusal the connection is read and dropped for a while before it is closed, so the
    client, which may still be sending its body, gets to read the answer (closing a socket with
    unread data resets the connection, and the answer with it). */
constexpr int lingerMs = 5000;
constexpr qint64 lingerMinBytes = 16 * 1024 * 1024;
/** QtHttpServer 6.4 reads at most this many header lines; the edge refuses more. */
constexpr int maxHeaderFields = 100;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Service Unavailable";
    }
}

/** A whole answer that closes the connection, with the service's JSON error body. */
QByteArray closingAnswer(const ServiceReply &reply)
{
    const QByteArray body = reply.encoded();
    return "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status)
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

bool isFieldNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

/**
 * Follows one connection's byte stream request by request, in step with QtHttpServer: it sees
 * every arrival first (its readyRead slot is connected before QtHttpServer's) and notes after
 * QtHttpServer's slot how much it left unread, so new bytes are always the tail of what is
 * buffered. Headers are copied as they come (up to the limit) and judged when complete; a body
 * is only counted. Refusing disconnects QtHttpServer from the socket before it reads on.
 */
class ConnectionWatch : public QObject
{
public:
    ConnectionWatch(QTcpSocket *socket, const EdgeLimits &limits, qint64 maxBodyBytes)
        : QObject(socket)
        , m_socket(socket)
        , m_limits(limits)
        , m_maxBodyBytes(maxBodyBytes)
    {
        connect(socket, &QIODevice::readyRead, this, &ConnectionWatch::beforeServerReads);
        connect(socket, &QIODevice::bytesWritten, this, &ConnectionWatch::written);
        if (auto *ssl = qobject_cast<QSslSocket *>(socket))
            connect(ssl, &QSslSocket::encryptedBytesWritten, this, &ConnectionWatch::written);
        connect(socket, &QAbstractSocket::disconnected, this, [this] {
            disarm();
            // Until QtHttpServer has it, the socket is ours to delete.
            if (!m_handedOver)
                m_socket->deleteLater();
        });
        // The first request's headers, TLS handshake included, are timed from the start.
        arm(Deadline::Headers, m_limits.headerTimeoutMs);
    }

    /** QtHttpServer has connected its slots to the socket: note what it leaves unread. */
    void handedOver()
    {
        m_handedOver = true;
        connect(m_socket, &QIODevice::readyRead, this, [this] {
            if (m_phase != Phase::Closing)
                m_unread = m_socket->bytesAvailable();
        });
    }

protected:
    void timerEvent(QTimerEvent *event) override
    {
        if (event->timerId() != m_timer)
            return;
        const Deadline deadline = m_deadline;
        disarm();
        switch (deadline) {
        case Deadline::Headers:
            if (auto *ssl = qobject_cast<QSslSocket *>(m_socket); ssl && !ssl->isEncrypted()) {
                m_socket->abort(); // no HTTP without a finished handshake
                return;
            }
            refuse(ServiceReply::error(408, u"request_timeout"_s,
                                       u"the request headers did not arrive within %1 ms"_s.arg(
                                           m_limits.headerTimeoutMs)));
            return;
        case Deadline::Body:
            refuse(ServiceReply::error(
                408, u"request_timeout"_s,
                u"the request body did not arrive within %1 ms"_s.arg(m_limits.bodyTimeoutMs)));
            return;
        case Deadline::Idle:
            // Nothing is on its way: an orderly close (with TLS's close_notify).
            stopServerReading();
            arm(Deadline::Linger, lingerMs);
            m_socket->disconnectFromHost();
            return;
        case Deadline::Linger:
        case Deadline::None:
            m_socket->abort();
            return;
        }
    }

private:
    enum class Phase { Headers, Body, Closing };
    enum class Deadline { None, Headers, Body, Idle, Linger };

    void arm(Deadline deadline, int ms)
    {
        disarm();
        m_deadline = deadline;
        m_timer = startTimer(qMax(1, ms));
    }
    void disarm()
    {
        if (m_timer)
            killTimer(m_timer);
        m_timer = 0;
        m_deadline = Deadline::None;
    }

    void beforeServerReads()
    {
        const qint64 available = m_socket->bytesAvailable();
        qint64 offset = m_unread;
        qint64 fresh = available - offset;
        while (fresh > 0 && m_phase != Phase::Closing) {
            if (m_phase == Phase::Body) {
                const qint64 taken = qMin(fresh, m_bodyLeft);
                m_bodyLeft -= taken;
                offset += taken;
                fresh -= taken;
                if (m_bodyLeft == 0)
                    requestComplete();
                continue;
            }
            // Headers: look at no more than can still be allowed, plus one byte to see beyond.
            const qint64 room = m_limits.maxHeaderBytes - m_headBytes + 1;
            const QByteArray bytes = m_socket->peek(offset + qMin(fresh, room)).mid(offset);
            if (bytes.isEmpty())
                return; // cannot happen; never loop on it
            qsizetype used = 0;
            bool complete = false;
            for (const char c : bytes) {
                ++used;
                ++m_headBytes;
                // QtHttpServer skips blank space before a request line (it counts here all
                // the same, so a flood of blank lines ends at the limit too).
                if (m_head.isEmpty() && QByteArrayView("\r\n\t\v ").contains(c))
                    continue;
                if (m_head.isEmpty()) {
                    // A method starts every request: anything else (a TLS handshake sent to
                    // plain HTTP, say) is told at once rather than when its time is up.
                    if (c < 'A' || c > 'Z') {
                        refuse(ServiceReply::error(400, u"invalid_request"_s,
                                                   u"this is not an HTTP request"_s));
                        return;
                    }
                    if (m_requests > 0)
                        arm(Deadline::Headers, m_limits.headerTimeoutMs);
                }
                m_head.append(c);
                if (c == '\n' && headersEnd()) {
                    complete = true;
                    break;
                }
            }
            offset += used;
            fresh -= used;
            if (complete) {
                examineHead();
                continue;
            }
            if (m_headBytes > m_limits.maxHeaderBytes) {
                refuse(ServiceReply::error(
                    431, u"headers_too_large"_s,
                    u"the request line and headers are limited to %1 bytes"_s.arg(
                        m_limits.maxHeaderBytes)));
                return;
            }
        }
    }

    /** As QtHttpServer decides: the request line ends at the first line feed; the headers
        after it end with an empty line (CRLF or LF). */
    bool headersEnd()
    {
        if (m_lineEnd < 0) {
            m_lineEnd = m_head.size() - 1;
            return false;
        }
        const QByteArrayView fields = QByteArrayView(m_head).sliced(m_lineEnd + 1);
        return fields == "\r\n" || fields == "\n" || fields.endsWith("\n\r\n")
            || fields.endsWith("\n\n");
    }

    void examineHead()
    {
        const QByteArrayView requestLine = QByteArrayView(m_head).first(m_lineEnd);
        const QByteArrayView method
            = requestLine.first(qMax<qsizetype>(0, requestLine.indexOf(' ')));
        QList<QByteArray> lengths;
        bool transferEncoding = false;
        int fieldCount = 0;
        const QList<QByteArray> lines = m_head.sliced(m_lineEnd + 1).split('\n');
        for (QByteArray line : lines) {
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.isEmpty())
                break;
            // Anything QtHttpServer's header parser might read differently from this one is
            // refused, so both always agree where a body ends.
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(qMax<qsizetype>(0, colon));
            const QByteArray value = line.mid(colon + 1).trimmed();
            const bool control = std::any_of(value.begin(), value.end(), [](char c) {
                return (uchar(c) < 0x20 && c != '\t') || c == 0x7f;
            });
            if (colon <= 0 || !std::all_of(name.begin(), name.end(), isFieldNameChar) || control
                || ++fieldCount > maxHeaderFields) {
                refuse(ServiceReply::error(
                    400, u"invalid_request"_s,
                    u"malformed or folded header line, or more than %1 headers"_s.arg(
                        maxHeaderFields)));
                return;
            }
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                lengths << value;
            else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0)
                transferEncoding = true;
        }
        if (transferEncoding) {
            refuse(ServiceReply::error(411, u"length_required"_s,
                                       u"send the body with a Content-Length; chunked or "
                                       "otherwise encoded bodies are not accepted"_s));
            return;
        }
        qint64 length = 0;
        if (!lengths.isEmpty()) {
            const QByteArray &first = lengths.first();
            const bool digits = !first.isEmpty() && first.size() <= 18
                && std::all_of(first.begin(), first.end(),
                               [](char c) { return c >= '0' && c <= '9'; });
            if (!digits || lengths.count(first) != lengths.size()) {
                refuse(ServiceReply::error(400, u"invalid_request"_s,
                                           u"Content-Length must be one whole number"_s));
                return;
            }
            length = first.toLongLong();
        } else if (method == "POST" || method == "PUT" || method == "PATCH") {
            refuse(ServiceReply::error(411, u"length_required"_s,
                                       u"send the body with a Content-Length"_s));
            return;
        }
        if (length > m_maxBodyBytes) {
            refuse(
                ServiceReply::error(413, u"body_too_large"_s,
                                    u"request bodies are limited to %1 bytes"_s.arg(m_maxBodyBytes),
                                    {{u"maxBytes"_s, m_maxBodyBytes}}));
            return;
        }
        ++m_requests;
        m_head.clear();
        m_headBytes = 0;
        m_lineEnd = -1;
        if (length == 0) {
            requestComplete();
            return;
        }
        m_phase = Phase::Body;
        m_bodyLeft = length;
        arm(Deadline::Body, m_limits.bodyTimeoutMs);
    }

    /** The whole request is with QtHttpServer: no clock runs until it is answered. */
    void requestComplete()
    {
        m_phase = Phase::Headers;
        m_awaitingAnswer = true;
        if (m_head.isEmpty())
            disarm();
    }

    void written()
    {
        if (m_phase == Phase::Closing) {
            halfCloseWhenSent();
            return;
        }
        if (!m_awaitingAnswer || !m_head.isEmpty() || m_phase != Phase::Headers
            || pendingWrites() > 0)
            return;
        m_awaitingAnswer = false;
        arm(Deadline::Idle, m_limits.idleTimeoutMs);
    }
    qint64 pendingWrites() const
    {
        const auto *ssl = qobject_cast<const QSslSocket *>(m_socket);
        return m_socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
    }

    /** Answers with an error, then closes. */
    void refuse(const ServiceReply &reply)
    {
        qCInfo(lcHttp).noquote()
            << QJsonDocument(QJsonObject {{u"refused"_s, reply.status},
                                          {u"error"_s, reply.body.value(u"error"_s)},
                                          {u"peer"_s, m_socket->peerAddress().toString()}})
                   .toJson(QJsonDocument::Compact);
        close(closingAnswer(reply));
    }

    /** From now on QtHttpServer reads nothing more; what arrives is dropped. */
    void stopServerReading()
    {
        m_phase = Phase::Closing;
        disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
        if (m_socket->isTransactionStarted())
            m_socket->rollbackTransaction();
        connect(m_socket, &QIODevice::readyRead, this, &ConnectionWatch::drop);
        drop();
    }

    /** Writes the last words, then keeps reading (and dropping) for a while so that the client,
        which may still be sending, gets to read them before the connection is closed. */
    void close(const QByteArray &lastWords)
    {
        stopServerReading();
        m_socket->write(lastWords);
        m_socket->flush();
        arm(Deadline::Linger, lingerMs);
        halfCloseWhenSent();
    }
    /** Plain HTTP: the end of the answer is also the end of the stream, so the client knows at
        once. Not over TLS: a client on OpenSSL 3 takes an end of stream without TLS's
        close_notify for an error and loses the answer with it; it closes by itself after an
        answer with "Connection: close", or is closed when the lingering is over. */
    void halfCloseWhenSent()
    {
        if (m_halfClosed || pendingWrites() > 0 || qobject_cast<QSslSocket *>(m_socket))
            return;
        m_halfClosed = true;
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    }
    void drop()
    {
        m_dropped += m_socket->skip(m_socket->bytesAvailable());
        if (m_dropped > qMax(lingerMinBytes, 4 * m_maxBodyBytes))
            m_socket->abort();
    }

    QTcpSocket *m_socket;
    const EdgeLimits m_limits;
    const qint64 m_maxBodyBytes;
    Phase m_phase = Phase::Headers;
    Deadline m_deadline = Deadline::None;
    int m_timer = 0;
    bool m_handedOver = false;
    bool m_awaitingAnswer = false;
    bool m_halfClosed = false;
    /** Bytes QtHttpServer left unread after its last look. */
    qint64 m_unread = 0;
    QByteArray m_head;
    qint64 m_headBytes = 0;
    qsizetype m_lineEnd = -1;
    qint64 m_bodyLeft = 0;
    int m_requests = 0;
    qint64 m_dropped = 0;
};

} // namespace

QString peerKey(const QHostAddress &address)
{
    bool isIPv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIPv4);
    if (isIPv4)
        return QHostAddress(ipv4).toString();
    Q_IPV6ADDR ipv6 = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        ipv6[i] = 0;
    return QHostAddress(ipv6).toString() + u"/64"_s;
}

GuardedServer::GuardedServer(const EdgeLimits &limits, qint64 maxBodyBytes,
                             const QSslConfiguration &tls, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_maxBodyBytes(maxBodyBytes)
    , m_tls(tls)
    , m_useTls(!tls.localCertificate().isNull())
{
    // Out of file descriptors, QTcpServer stops accepting for good: try again shortly.
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
        qCWarning(lcServer) << "cannot accept a connection:" << error << errorString();
        QTimer::singleShot(200, this, [this] { resumeAccepting(); });
    });
}

GuardedServer::~GuardedServer()
{
    // The sockets go with this object; their counts need not follow.
    for (QTcpSocket *socket : findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly))
        disconnect(socket, nullptr, this, nullptr);
}

void GuardedServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = m_useTls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString key = peerKey(socket->peerAddress());
    const bool full = m_total >= m_limits.maxConnections;
    if (full
        || (m_limits.maxConnectionsPerAddress > 0
            && m_perAddress.value(key) >= m_limits.maxConnectionsPerAddress)) {
        refuseAtOnce(socket, full);
        return;
    }
    ++m_total;
    ++m_perAddress[key];
    connect(socket, &QObject::destroyed, this, [this, key] { release(key); });
    auto *watch = new ConnectionWatch(socket, m_limits, m_maxBodyBytes);
    const auto handOver = [this, socket, watch] {
        // QtHttpServer connects its slots while this runs (pendingConnectionAvailable).
        addPendingConnection(socket);
        watch->handedOver();
    };
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        ssl->setSslConfiguration(m_tls);
        connect(ssl, &QSslSocket::encrypted, watch, handOver);
        ssl->startServerEncryption();
        return;
    }
    handOver();
}

void GuardedServer::release(const QString &key)
{
    --m_total;
    const auto it = m_perAddress.find(key);
    if (it != m_perAddress.end() && --*it <= 0)
        m_perAddress.erase(it);
}

void GuardedServer::refuseAtOnce(QTcpSocket *socket, bool full)
{
    // No lingering here: a refused connection must not hold a place itself. Over TLS there is
    // no way to answer before a handshake, which would cost more than the refusal saves.
    const QString peer = socket->peerAddress().toString();
    if (!m_useTls) {
        socket->write(closingAnswer(ServiceReply::error(
            full ? 503 : 429, u"too_many_connections"_s,
            full ? u"the service has as many connections as it takes; retry shortly"_s
                 : u"too many connections from this address; retry shortly"_s)));
        socket->flush();
    }
    socket->abort();
    socket->deleteLater();
    ++m_refusedSinceLog;
    if (!m_sinceLog.isValid() || m_sinceLog.elapsed() > 10000) {
        qCWarning(lcHttp).noquote()
            << "refused" << m_refusedSinceLog << "connection(s): too many"
            << (full ? "in total" : "from one address") << "(latest from" << peer + u')';
        m_refusedSinceLog = 0;
        m_sinceLog.start();
    }
}
