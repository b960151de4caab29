// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>

/** Limits of the service's HTTP edge: what one connection may cost before it is refused. */
struct EdgeLimits
{
    /** Request line and headers together; more is answered 431. */
    int maxHeaderBytes = 16 * 1024;
    /** From a connection's start (TLS handshake included), or a later request's first byte,
        to the end of the request's headers; then 408. */
    int headerTimeoutMs = 10000;
    /** From the end of the headers to the last byte of the body; then 408. */
    int bodyTimeoutMs = 60000;
    /** A kept-alive connection with no request after the last answer; then it is closed. */
    int idleTimeoutMs = 75000;
    /** Open connections in total; more are answered 503 and closed at once. */
    int maxConnections = 4096;
    /** Open connections from one address (an IPv6 /64); more are answered 429. 0: no limit. */
    int maxConnectionsPerAddress = 1024;
};

/** What connections and enrolment attempts are counted under: the IPv4 address, or the /64
    of an IPv6 address (a network gets a whole /64, as a store's NAT gets one IPv4 address). */
QString peerKey(const QHostAddress &address);

/**
 * The service's listening socket, which guards every connection before QtHttpServer reads
 * from it. QtHttpServer 6.4 keeps a whole request in memory before it hands it over and has no
 * limits or timeouts of its own; this server caps connections per address and in total, follows
 * each request's headers as they arrive (a slot connected before QtHttpServer's), refuses by
 * Content-Length before the body is read, and closes connections whose headers or body are too
 * slow or that sit idle. HTTPS when given a certificate. See docs/operations.md.
 */
class GuardedServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedServer(const EdgeLimits &limits, qint64 maxBodyBytes, const QSslConfiguration &tls,
                  QObject *parent = nullptr);
    ~GuardedServer() override;

    int connectionCount() const { return m_total; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void release(const QString &key);
    void refuseAtOnce(QTcpSocket *socket, bool full);

    EdgeLimits m_limits;
    qint64 m_maxBodyBytes;
    QSslConfiguration m_tls;
    bool m_useTls;
    QHash<QString, int> m_perAddress;
    int m_total = 0;
    /** Refusals at the door are logged as a count now and then, not one line each. */
    int m_refusedSinceLog = 0;
    QElapsedTimer m_sinceLog;
};
