// SPDX-License-Identifier: MIT
#pragma once
// Shared by the service benchmarks: the real clienteling-server as a separate process on a
// loopback port (so a client's memory is the client's alone), its per-request log, and a
// blocking JSON client that times each request.

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Bench {

/** One line of the service's request log (clienteling.http). */
struct ServedRequest
{
    QString path;
    int status = 0;
    double ms = 0;
};

/** clienteling-server on 127.0.0.1, port chosen by the system. */
class ServerProcess : public QObject
{
    Q_OBJECT

public:
    explicit ServerProcess(QObject *parent = nullptr);
    ~ServerProcess() override;

    /** Starts the executable on the database (SQLite file or postgresql:// URL) and waits until
        it listens. extraArguments e.g. {"--rate-per-device", "1000"}. */
    bool start(const QString &executable, const QString &database,
               const QStringList &extraArguments = {});
    /** SIGTERM, then waits for the graceful shutdown. */
    void stop();

    QString url() const;
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QString errorString() const { return m_error; }
    /** Requests logged since the last call, in order. */
    QList<ServedRequest> takeRequests();

private:
    void readLog();

    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
    QByteArray m_pending;
    QList<ServedRequest> m_requests;
};

/** A blocking HTTP/JSON client with its own connections. */
class JsonClient
{
public:
    struct Reply
    {
        int status = 0;
        QJsonObject body;
        qint64 bytes = 0;
        double ms = 0;
    };

    explicit JsonClient(QString baseUrl, QString token = {});

    Reply post(const QString &path, const QJsonObject &body);
    Reply get(const QString &path);
    void setToken(const QString &token) { m_token = token; }

private:
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body);

    QString m_base;
    QString m_token;
    QNetworkAccessManager m_network;
};

/** Median, p99 and max of samples as one line: "median 1.23 ms   p99 4.56 ms   max 7.89 ms". */
QByteArray latencyLine(const QList<double> &ms);

/** Requests of a path in a log, by status code, e.g. "200: 50, 429: 3". */
QByteArray statusSummary(const QList<ServedRequest> &requests, const QString &path);

} // namespace Bench
