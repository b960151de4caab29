// SPDX-License-Identifier: MIT
#pragma once
// A loopback HTTP proxy for fault injection between the tablet's sync engine and the central
// service. It understands just enough HTTP/1.1 (Content-Length and chunked bodies, keep-alive)
// to see where each request and each answer ends, and decides per request what goes wrong.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QString>

#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;

class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Pass, // forward, answer
        DropRequest, // close the client's connection; the service never sees the request
        DropAnswer, // forward, let the service finish, then close instead of answering
        Delay, // wait delayMs, then forward (the request may outlive the client's wait)
        DelayAnswer, // forward, hold the service's answer delayMs, then answer
        Hold, // forward, hold the answer until release()
        Duplicate, // send the request to the service twice at once; answer with the first
        Error500, // answer 500 without forwarding
        Respond, // answer with a canned status and body (or responder) without forwarding
    };
    Q_ENUM(Mode)

    /** A parsed request as the proxy saw it. */
    struct Request
    {
        QByteArray method;
        QString path;
        QByteArray body;
    };

    /** What to do with requests matching path (empty: any), for the next times (-1: always). */
    struct Rule
    {
        Mode mode = Mode::Pass;
        QString path;
        int times = -1;
        int delayMs = 0;
        int status = 500;
        QByteArray body;
        std::function<QByteArray(const Request &)> responder; // Respond: computes the body
    };

    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    /** Listens on 127.0.0.1 (port 0: any free port). */
    bool listen(quint16 port = 0);
    quint16 port() const;
    QString url() const;
    /** Where requests go (127.0.0.1); may change while running, e.g. after a restart. */
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }

    /** Rules are tried in order; the first that matches and has uses left decides. */
    void addRule(const Rule &rule);
    /** Shorthand for a rule with a mode, an optional path, a number of uses and a delay. */
    void inject(Mode mode, const QString &path = {}, int times = 1, int delayMs = 0);
    /** Answers without forwarding, with this status and body. */
    void respond(const QString &path, int status, const QByteArray &body, int times = -1);
    void clearRules();
    /** What happens to requests no rule matches (Pass unless changed; a partition, say). */
    void setDefaultMode(Mode mode, int delayMs = 0);

    /** Random faults for soak tests: each unmatched request is faulty with this probability,
        the fault chosen uniformly (drops either way, delays up to maxDelayMs, duplicates,
        500s). Reproducible from the seed. probability 0 turns it off. */
    void setRandomFaults(quint32 seed, double probability, int maxDelayMs = 300);

    /** Answers held by Hold go out now. */
    void release();
    int heldCount() const;

    /** Requests seen on this path (empty: all). */
    int requestCount(const QString &path = {}) const;
    /** How often each fault was applied, by mode. */
    QHash<Mode, int> faultCounts() const { return m_faultCounts; }
    /** Requests currently between the proxy and the service, or held. */
    int inFlight() const;

signals:
    void requestReceived(const QString &path, FaultProxy::Mode mode);
    /** The service's complete answer reached the proxy (whatever happens to it next). */
    void upstreamAnswered(const QString &path, int status);
    /** The client got an answer (status), or its connection was closed (0). */
    void clientAnswered(const QString &path, int status);
    void held(const QString &path);

private:
    struct Exchange;
    struct Connection;

    void onNewConnection();
    void onClientData(Connection *connection);
    void startExchange(Connection *connection, Request request, const QByteArray &raw);
    void forward(Exchange *exchange);
    void onUpstreamDone(Exchange *exchange, int copy, const QByteArray &response);
    void onUpstreamFailed(Exchange *exchange, int copy);
    void deliver(Exchange *exchange, const QByteArray &response);
    void closeClient(Exchange *exchange);
    void finish(Exchange *exchange);
    Rule decide(const Request &request);

    QTcpServer *m_server;
    quint16 m_upstreamPort = 0;
    QList<Rule> m_rules;
    Mode m_defaultMode = Mode::Pass;
    int m_defaultDelayMs = 0;
    std::optional<QRandomGenerator> m_random;
    double m_randomProbability = 0;
    int m_randomMaxDelayMs = 0;
    QHash<QString, int> m_requestCounts;
    int m_totalRequests = 0;
    QHash<Mode, int> m_faultCounts;
    QList<Exchange *> m_exchanges;
    QList<Connection *> m_connections;
};
