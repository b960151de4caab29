// SPDX-License-Identifier: MIT
#pragma once

#include "connectionguard.h"
#include "enrolmentlimiter.h"
#include "giftcardkey.h"
#include "syncservice.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>

#include <atomic>
#include <functional>

/** How the service runs: where its data lives and its limits. */
struct ServerConfig
{
    /** An SQLite file path, or a postgresql:// URL. */
    QString database;
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    /** Sustained requests per second per device (a burst of twice that is allowed). */
    int ratePerDevice = 50;
    int threads = 4;
    /** How often expired reservations and uncollected pick-ups are returned to stock. */
    int maintenanceIntervalMs = 60000;
    /** Answers of at least this many bytes go gzip-compressed to clients that accept gzip (the
        tablets do); 0: never. A sync page's JSON shrinks about tenfold. */
    int gzipMinBytes = 1024;
    EdgeLimits edge;
    EnrolmentLimits enrolment;
    /** HTTPS when it holds a certificate and key, plain HTTP otherwise. */
    QSslConfiguration tls;
    /** The gift card key's file; empty: ServerDatabase::defaultGiftCardKeyFile(). */
    QString giftCardKeyFile;
};

/**
 * The central service's HTTP/JSON API (docs/api.md). Requests are parsed on the event loop;
 * everything that touches the database runs on a worker pool with one connection per thread.
 */
class HttpApi : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit HttpApi(ServerConfig config, QObject *parent = nullptr);
    ~HttpApi() override;

    /** Listens on address:port (0: any free port), over HTTPS when the configuration has a
        certificate, every connection guarded (GuardedServer); returns the port, 0 on failure.
        Use this, not QAbstractHttpServer::listen(), which would not guard them. */
    quint16 listen(const QHostAddress &address, quint16 port);
    /** Runs housekeeping (Maintenance::run) on the worker pool at the configured interval. */
    void startMaintenance();
    /** Stops accepting connections and waits for requests in flight. */
    void shutdown(int timeoutMs = 30000);
    int inFlight() const { return m_inFlight.load(); }

    /** The database connection of the calling worker thread. */
    QSqlDatabase connection();
    /** The gift card key; null when it could not be read (gift cards then answer 503). */
    const GiftCardKey *giftCardKey() const { return m_giftCardKey ? &*m_giftCardKey : nullptr; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Call
    {
        QString requestId;
        QString method;
        QString path;
        QByteArray authorization;
        QByteArray body;
        QJsonObject json;
        QUrlQuery query;
    };
    using Handler = std::function<ServiceReply(HttpApi &, const Call &)>;
    struct Route
    {
        QString method;
        QString path;
        bool needsDevice;
        QStringList modes; // device modes allowed, empty: any
        std::function<ServiceReply(HttpApi &, const Call &, const DeviceIdentity &)> handler;
    };

    ServiceReply dispatch(const Route &route, const Call &call, QString *deviceId);
    void loadGiftCardKey();
    bool allowRate(const QString &deviceId);

    ServerConfig m_config;
    QList<Route> m_routes;
    QThreadPool m_pool;
    std::atomic<int> m_inFlight{0};
    std::atomic<bool> m_stopping{false};
    QMutex m_rateMutex;
    QHash<QString, TokenBucket> m_buckets;
    EnrolmentLimiter m_enrolmentLimiter;
    QElapsedTimer m_clock;
    QStringList m_connectionNames;
    QTimer m_maintenance;
    QMutex m_connectionMutex;
    std::optional<GiftCardKey> m_giftCardKey;
};
