// SPDX-License-Identifier: MIT
#pragma once
// HTTP over a bare socket for the edge tests: what QNetworkAccessManager will not do (send from
// another loopback address, send headers and then a body that never ends, trickle bytes, keep a
// connection idle). The calls block: run them on a worker thread with onWorker() while the
// test's own event loop serves the in-process service.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QtConcurrent>

#include <memory>

namespace RawHttp {

using namespace Qt::Literals::StringLiterals;

/** One answer as read from the wire. status 0: none came (closed or timed out). */
struct Response
{
    int status = 0;
    QByteArray head;
    QByteArray raw;
    QJsonObject body;
};

/** A client connection (plain or TLS) used from one worker thread. */
class Connection
{
public:
    /** Connects to the service on 127.0.0.1:port from the given loopback address. A TLS
        connection accepts any certificate: these tests are about the edge, not about trust. */
    bool open(quint16 port, const QHostAddress &from = {}, bool tls = false, int timeoutMs = 5000)
    {
        if (tls)
            m_socket = std::make_unique<QSslSocket>();
        else
            m_socket = std::make_unique<QTcpSocket>();
        if (!from.isNull() && !m_socket->bind(from))
            return false;
        if (tls) {
            auto *ssl = static_cast<QSslSocket *>(m_socket.get());
            ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
            ssl->connectToHostEncrypted(u"127.0.0.1"_s, port);
            return ssl->waitForEncrypted(timeoutMs);
        }
        m_socket->connectToHost(QHostAddress::LocalHost, port);
        return m_socket->waitForConnected(timeoutMs);
    }

    /** Writes bytes and waits until they left; false once the service closed. */
    bool send(const QByteArray &bytes, int timeoutMs = 5000)
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState
            || m_socket->write(bytes) != bytes.size())
            return false;
        while (m_socket->bytesToWrite() > 0) {
            if (!m_socket->waitForBytesWritten(timeoutMs))
                return false;
        }
        return m_socket->state() == QAbstractSocket::ConnectedState;
    }

    /** Sends up to n bytes of filler in 1 MiB pieces (the same buffer each time, so the test
        process itself stays small); returns how many went before the service closed. */
    qint64 sendFiller(qint64 n, int timeoutMs = 5000)
    {
        static const QByteArray piece(1024 * 1024, 'x');
        qint64 sent = 0;
        while (sent < n) {
            const QByteArray part = n - sent >= piece.size() ? piece : piece.left(int(n - sent));
            if (!send(part, timeoutMs))
                break;
            sent += part.size();
            // Keep what the service already answered (the socket buffers it until read).
            drain();
        }
        return sent;
    }

    /** Reads one answer: its head, then a body of its Content-Length. */
    Response read(int timeoutMs = 5000)
    {
        Response response;
        QElapsedTimer timer;
        timer.start();
        qsizetype end = -1;
        while ((end = m_buffer.indexOf("\r\n\r\n")) < 0) {
            if (!waitForData(timer, timeoutMs))
                return response;
        }
        response.head = m_buffer.left(end);
        qint64 length = 0;
        for (const QByteArray &line : response.head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        while (m_buffer.size() < end + 4 + length) {
            if (!waitForData(timer, timeoutMs))
                return response;
        }
        response.raw = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        const QList<QByteArray> statusLine = response.head.split(' ');
        response.status = statusLine.value(1).toInt();
        response.body = QJsonDocument::fromJson(response.raw).object();
        return response;
    }

    /** A request with a JSON body (or none), its answer read back. */
    Response request(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                     const QByteArray &extraHeaders = {})
    {
        QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders;
        if (!body.isEmpty() || method == "POST")
            head += "Content-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n";
        if (!send(head + "\r\n" + body))
            return {};
        return read();
    }

    /** Waits until the service closes the connection (whatever it still sends is kept). */
    bool waitClosed(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_socket->state() == QAbstractSocket::ConnectedState) {
            if (timer.elapsed() > timeoutMs)
                return false;
            m_socket->waitForReadyRead(int(qMax<qint64>(1, timeoutMs - timer.elapsed())));
            drain();
        }
        return true;
    }
    bool isOpen() const { return m_socket && m_socket->state() == QAbstractSocket::ConnectedState; }
    void close()
    {
        if (m_socket)
            m_socket->abort();
    }

private:
    void drain() { m_buffer += m_socket->readAll(); }
    bool waitForData(const QElapsedTimer &timer, int timeoutMs)
    {
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0)
            return false;
        const qsizetype before = m_buffer.size();
        if (m_socket->bytesAvailable() == 0)
            m_socket->waitForReadyRead(int(left));
        drain();
        return m_buffer.size() > before;
    }

    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};

/** Runs f on a worker thread while this thread's event loop keeps serving; f must time out by
    itself (every call above does). */
template<typename F> auto onWorker(F f)
{
    auto future = QtConcurrent::run(std::move(f));
    QFutureWatcher<decltype(future.result())> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

/** This process's resident memory in KiB (the service runs in it). */
inline qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace RawHttp
