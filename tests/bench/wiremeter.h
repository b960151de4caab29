// SPDX-License-Identifier: MIT
#pragma once
// Bytes on the wire between a client and the service: a TCP relay on 127.0.0.1 that forwards
// everything to the service's port unchanged and counts what crosses it each way (HTTP heads
// and bodies as sent, compressed or not; TCP/IP framing not included).

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace Bench {

class WireMeter : public QObject
{
public:
    explicit WireMeter(quint16 upstreamPort, QObject *parent = nullptr)
        : QObject(parent)
        , m_upstreamPort(upstreamPort)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                relay(client);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    /** Where clients connect: "http" or, in front of a TLS server, "https". */
    QString url(const QString &scheme = QStringLiteral("http")) const
    {
        using namespace Qt::Literals::StringLiterals;
        return u"%1://127.0.0.1:%2"_s.arg(scheme).arg(m_server.serverPort());
    }
    /** From the service to clients, and from clients to the service, since the last reset. */
    qint64 down() const { return m_down; }
    qint64 up() const { return m_up; }
    void reset() { m_down = m_up = 0; }

private:
    void relay(QTcpSocket *client)
    {
        client->setParent(this);
        auto *service = new QTcpSocket(client);
        service->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // Whatever the client sends before the service's connection is up waits in its buffer.
        QObject::connect(service, &QTcpSocket::connected, client,
                         [this, client, service] { forward(client, service, &m_up); });
        QObject::connect(client, &QTcpSocket::readyRead, service, [this, client, service] {
            if (service->state() == QAbstractSocket::ConnectedState)
                forward(client, service, &m_up);
        });
        QObject::connect(service, &QTcpSocket::readyRead, client,
                         [this, client, service] { forward(service, client, &m_down); });
        QObject::connect(service, &QTcpSocket::disconnected, client,
                         [client] { client->disconnectFromHost(); });
        QObject::connect(client, &QTcpSocket::disconnected, client, [client, service] {
            service->disconnectFromHost();
            client->deleteLater();
        });
        service->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
    static void forward(QTcpSocket *from, QTcpSocket *to, qint64 *count)
    {
        const QByteArray bytes = from->readAll();
        *count += bytes.size();
        to->write(bytes);
    }

    QTcpServer m_server;
    quint16 m_upstreamPort;
    qint64 m_down = 0;
    qint64 m_up = 0;
};

} // namespace Bench
