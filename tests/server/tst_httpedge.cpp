// SPDX-License-Identifier: MIT
// The service's HTTP edge over real sockets: what an unauthenticated client can make it hold
// (memory, connections, time) and how it is refused, over plain HTTP and over TLS. The edge is
// in front of the database, so these run on SQLite only (tst_serverapi covers both backends).
#include "rawhttp.h"
#include "serverfixture.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace TestServer;
using RawHttp::Connection;
using RawHttp::onWorker;

class TestHttpEdge : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Instance> m_server;
    QSslConfiguration m_original;

    /** Starts the service; over TLS with the test certificate, which this process's
        QNetworkAccessManager clients then trust. */
    void start(ServerConfig config, bool tls)
    {
        if (tls) {
            config.tls = tlsConfiguration(u"service"_s);
            QSslConfiguration trusting = m_original;
            trusting.setCaCertificates({tlsCertificate(u"service"_s)});
            QSslConfiguration::setDefaultConfiguration(trusting);
        }
        m_server = std::make_unique<Instance>();
        QVERIFY(m_server->start(u"sqlite"_s, config));
    }
    static void addTlsColumn()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("http") << false;
        QTest::newRow("https") << true;
    }
    static QHostAddress loopback(int n) { return QHostAddress(u"127.0.0.%1"_s.arg(n)); }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"clienteling.http.info=false\n"
                                         "clienteling.server.info=false\n"
                                         "clienteling.db.info=false"_s);
        QVERIFY2(!tlsConfiguration(u"service"_s).privateKey().isNull(), "test certificate");
        m_original = QSslConfiguration::defaultConfiguration();
    }
    void cleanup()
    {
        QSslConfiguration::setDefaultConfiguration(m_original);
        if (m_server) {
            m_server->stop();
            m_server->dropDatabase();
            m_server.reset();
        }
    }

    // A body announced as 1.5 GB is refused by its Content-Length, before any of it is kept:
    // the process stays the size it was while the client goes on sending.
    void hugeBodyIsRefusedBeforeItIsRead_data() { addTlsColumn(); }
    void hugeBodyIsRefusedBeforeItIsRead()
    {
        QFETCH(bool, tls);
        start({}, tls);
        const quint16 port = m_server->port();
        const qint64 before = RawHttp::residentKiB();
        struct Outcome
        {
            RawHttp::Response response;
            qint64 sentAfter = 0;
        };
        const Outcome outcome = onWorker([port, tls] {
            Outcome result;
            Connection connection;
            if (!connection.open(port, {}, tls))
                return result;
            connection.send("POST /v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Authorization: Bearer whatever\r\nContent-Type: application/json\r\n"
                            "Content-Length: 1610612736\r\n\r\n");
            connection.sendFiller(4 * 1024 * 1024);
            result.response = connection.read();
            if (result.response.status == 0)
                return result; // nothing came back: do not go on feeding the service
            // The client does not listen and keeps sending: the service drops it, then closes.
            result.sentAfter = connection.sendFiller(256LL * 1024 * 1024);
            return result;
        });
        QCOMPARE(outcome.response.status, 413);
        QCOMPARE(outcome.response.body.value(u"error"_s).toString(), u"body_too_large"_s);
        QCOMPARE(outcome.response.body.value(u"maxBytes"_s).toInteger(),
                 m_server->config().maxBodyBytes);
        QVERIFY(outcome.response.head.contains("Connection: close"));
        QVERIFY2(outcome.sentAfter < 256LL * 1024 * 1024, "the service closed the connection");
        const qint64 grownKiB = RawHttp::residentKiB() - before;
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer keeps every freed block resident (its quarantine, 256 MB) so that a
        // use after free is caught: the TLS records encrypted and freed while the client sends
        // add up there. The process size says nothing under it; the refusal above still holds.
        Q_UNUSED(grownKiB);
#else
        QVERIFY2(grownKiB < 32 * 1024, qPrintable(u"grew by %1 KiB"_s.arg(grownKiB)));
#endif
        // Still serving.
        QCOMPARE(Client(m_server->url()).get(u"/v1/health"_s).status, 200);
    }

    // The tablets' own client (QNetworkAccessManager) reads the early refusal of a body too
    // large, whether it is still sending it or not: the tablet halves its batch on a 413.
    void tabletsReadTheRefusal_data() { addTlsColumn(); }
    void tabletsReadTheRefusal()
    {
        QFETCH(bool, tls);
        start({}, tls);
        Client client(m_server->url());
        for (const qint64 size : {m_server->config().maxBodyBytes + 1, 12LL * 1024 * 1024}) {
            const Reply reply
                = client.send("POST", u"/v1/sync/push"_s, QByteArray(size, ' '), u"token"_s);
            QCOMPARE(reply.status, 413);
            QCOMPARE(reply.body.value(u"error"_s).toString(), u"body_too_large"_s);
        }
        QCOMPARE(client.get(u"/v1/health"_s).status, 200);
    }

    // Many connections that trickle a byte now and then never finish their headers: each is
    // closed when its header time is up, while normal requests are answered at once.
    void slowHeadersAreClosedWhileOthersAreServed_data() { addTlsColumn(); }
    void slowHeadersAreClosedWhileOthersAreServed()
    {
        QFETCH(bool, tls);
        ServerConfig config;
        config.edge.headerTimeoutMs = 1500;
        start(config, tls);
        QObject owner;
        QList<QTcpSocket *> slow;
        int closed = 0;
        constexpr int count = 300;
        for (int i = 0; i < count; ++i) {
            // Over TLS, every other one never even starts its handshake.
            QTcpSocket *socket = tls && i % 2 ? new QSslSocket(&owner) : new QTcpSocket(&owner);
            connect(socket, &QTcpSocket::disconnected, &owner, [&closed] { ++closed; });
            if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
                ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
                ssl->connectToHostEncrypted(u"127.0.0.1"_s, m_server->port());
            } else {
                socket->connectToHost(QHostAddress::LocalHost, m_server->port());
            }
            slow << socket;
        }
        QElapsedTimer elapsed;
        elapsed.start();
        QTimer drip;
        connect(&drip, &QTimer::timeout, &owner, [&slow] {
            for (QTcpSocket *socket : std::as_const(slow)) {
                auto *ssl = qobject_cast<QSslSocket *>(socket);
                if (socket->state() == QAbstractSocket::ConnectedState
                    && (!ssl || ssl->isEncrypted()))
                    socket->write("G");
            }
        });
        drip.start(200);
        // Normal requests while they trickle. Under AddressSanitizer the 150 TLS handshakes of
        // both ends, in this one process, run several times slower (one run on a loaded
        // machine answered in 5.3 s): there the test is about memory, and the answer's time is
        // only bounded loosely; the plain build holds it to a second.
#if defined(__SANITIZE_ADDRESS__)
        constexpr int slowdown = 8;
#else
        constexpr int slowdown = 1;
#endif
        Client client(m_server->url());
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer answer;
            answer.start();
            QCOMPARE(client.get(u"/v1/health"_s).status, 200);
            QVERIFY2(answer.elapsed() < 1000 * slowdown,
                     qPrintable(u"%1 ms"_s.arg(answer.elapsed())));
        }
        QTRY_COMPARE_WITH_TIMEOUT(closed, count, 15000);
        QVERIFY2(elapsed.elapsed() >= 1400, "not before their time");
        QCOMPARE(client.get(u"/v1/health"_s).status, 200);
    }

    // Connections are capped per address (a /64 for IPv6) and in total; a refused one is told
    // why, and once connections close new ones are taken again.
    void connectionsAreCapped()
    {
        ServerConfig config;
        config.edge.maxConnectionsPerAddress = 4;
        config.edge.maxConnections = 6;
        start(config, false);
        const quint16 port = m_server->port();
        const QString outcome = onWorker([port]() -> QString {
            std::vector<std::unique_ptr<Connection>> held;
            auto open = [&](int address) {
                auto connection = std::make_unique<Connection>();
                if (!connection->open(port, loopback(address)))
                    return false;
                held.push_back(std::move(connection));
                return true;
            };
            for (int i = 0; i < 4; ++i) {
                if (!open(1))
                    return u"could not connect"_s;
            }
            // One more from the same address: refused with a reason.
            Connection fifth;
            if (!fifth.open(port, loopback(1)))
                return u"no connection for the fifth"_s;
            const RawHttp::Response perAddress = fifth.read();
            if (perAddress.status != 429
                || perAddress.body.value(u"error"_s).toString() != u"too_many_connections"_s)
                return u"fifth from one address: %1 %2"_s.arg(perAddress.status)
                    .arg(QString::fromUtf8(perAddress.raw));
            if (!fifth.waitClosed(3000))
                return u"the fifth stayed open"_s;
            // Another address is served.
            for (int i = 0; i < 2; ++i) {
                if (!open(2))
                    return u"could not connect from another address"_s;
            }
            const RawHttp::Response health = held.back()->request("GET", "/v1/health");
            if (health.status != 200)
                return u"another address not served: %1"_s.arg(health.status);
            // The service is full.
            Connection seventh;
            if (!seventh.open(port, loopback(3)))
                return u"no connection for the seventh"_s;
            const RawHttp::Response total = seventh.read();
            if (total.status != 503
                || total.body.value(u"error"_s).toString() != u"too_many_connections"_s)
                return u"seventh in total: %1"_s.arg(total.status);
            // One closes: a new connection from the first address is taken again.
            held.front()->close();
            held.erase(held.begin());
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < 5000) {
                Connection again;
                if (again.open(port, loopback(1))
                    && again.request("GET", "/v1/health").status == 200)
                    return {};
            }
            return u"a freed place was not given again"_s;
        });
        QVERIFY2(outcome.isEmpty(), qPrintable(outcome));
    }

    // A kept-alive connection serves request after request, then is closed once idle.
    void idleConnectionsAreClosedAfterKeepAlive_data() { addTlsColumn(); }
    void idleConnectionsAreClosedAfterKeepAlive()
    {
        QFETCH(bool, tls);
        ServerConfig config;
        config.edge.idleTimeoutMs = 700;
        start(config, tls);
        const quint16 port = m_server->port();
        const QString outcome = onWorker([port, tls]() -> QString {
            Connection connection;
            if (!connection.open(port, {}, tls))
                return u"could not connect"_s;
            for (int i = 0; i < 3; ++i) {
                const RawHttp::Response reply = connection.request("GET", "/v1/health");
                if (reply.status != 200)
                    return u"request %1 on the same connection: %2"_s.arg(i).arg(reply.status);
            }
            // Requests with bodies and without, one after the other (QtHttpServer 6.4 answers
            // on its own schedule, so nothing is pipelined).
            const int enrol
                = connection.request("POST", "/v1/devices/enrol", "{\"code\": \"ZZZZ\"}").status;
            const int health = connection.request("GET", "/v1/health").status;
            if (enrol != 401 || health != 200)
                return u"after a body: %1 and %2"_s.arg(enrol).arg(health);
            QElapsedTimer idle;
            idle.start();
            if (!connection.waitClosed(5000))
                return u"the idle connection was not closed"_s;
            if (idle.elapsed() < 500)
                return u"closed after %1 ms, before its idle time"_s.arg(idle.elapsed());
            return {};
        });
        QVERIFY2(outcome.isEmpty(), qPrintable(outcome));
    }

    // Requests whose size the edge cannot bound, or whose framing is ambiguous, are refused
    // before their body is read; the connection is closed after the answer.
    void unboundedOrAmbiguousRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const QByteArray post = "POST /v1/devices/enrol HTTP/1.1\r\nHost: x\r\n";
        QTest::newRow("chunked") << post + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n"
                                 << 411 << u"length_required"_s;
        QTest::newRow("POST without a length") << post + "\r\n" << 411 << u"length_required"_s;
        QTest::newRow("two lengths") << post + "Content-Length: 2\r\nContent-Length: 20\r\n\r\n{}"
                                     << 400 << u"invalid_request"_s;
        QTest::newRow("length not a number")
            << post + "Content-Length: 2x\r\n\r\n{}" << 400 << u"invalid_request"_s;
        QTest::newRow("folded header")
            << post + "X-A: 1\r\n Content-Length: 2\r\n\r\n{}" << 400 << u"invalid_request"_s;
        QTest::newRow("headers too large") << post + "X-Pad: " + QByteArray(20000, 'p') + "\r\n\r\n"
                                           << 431 << u"headers_too_large"_s;
        QTest::newRow("request line too long") << "GET /" + QByteArray(20000, 'a')
                + " HTTP/1.1\r\n\r\n" << 431 << u"headers_too_large"_s;
    }
    void unboundedOrAmbiguousRequestsAreRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, error);
        start({}, false);
        const quint16 port = m_server->port();
        const auto outcome = onWorker([port, request] {
            Connection connection;
            std::pair<RawHttp::Response, bool> result;
            if (!connection.open(port))
                return result;
            connection.send(request);
            result.first = connection.read();
            result.second = connection.waitClosed(3000);
            return result;
        });
        QCOMPARE(outcome.first.status, status);
        QCOMPARE(outcome.first.body.value(u"error"_s).toString(), error);
        QVERIFY(!outcome.first.body.value(u"message"_s).toString().isEmpty());
        QVERIFY2(outcome.second, "closed after the answer");
    }

    // A body that stops arriving is given up after its time.
    void slowBodiesAreClosed()
    {
        ServerConfig config;
        config.edge.bodyTimeoutMs = 800;
        start(config, false);
        const quint16 port = m_server->port();
        const RawHttp::Response response = onWorker([port] {
            Connection connection;
            if (!connection.open(port))
                return RawHttp::Response();
            connection.send("POST /v1/devices/enrol HTTP/1.1\r\nHost: x\r\n"
                            "Content-Length: 100\r\n\r\n{\"code\":");
            return connection.read(5000);
        });
        QCOMPARE(response.status, 408);
        QCOMPARE(response.body.value(u"error"_s).toString(), u"request_timeout"_s);
    }

    // Guessing enrolment codes: thousands of wrong codes from one address are mostly refused
    // without being checked; a right code from another address still enrols. When wrong codes
    // from many addresses have used up the service-wide allowance, an address that has not
    // failed lately still gets its try, and only one.
    void wrongEnrolmentCodesAreRateLimited()
    {
        ServerConfig config;
        config.enrolment.failuresPerMinutePerAddress = 2; // bursts of 4
        config.enrolment.failuresPerMinute = 10;
        start(config, false);
        QString error;
        const auto code = Devices(m_server->database())
                              .createEnrolmentCode(u"MAD"_s, u"associate"_s, u"t"_s, 60000, &error);
        const auto second
            = Devices(m_server->database())
                  .createEnrolmentCode(u"MAD"_s, u"associate"_s, u"t"_s, 60000, &error);
        QVERIFY(code && second);
        const quint16 port = m_server->port();
        const QString outcome = onWorker([port, code = *code, second = *second]() -> QString {
            auto enrol = [](Connection &connection, const QString &typed) {
                return connection.request(
                    "POST", "/v1/devices/enrol",
                    QJsonDocument(QJsonObject {{u"code"_s, typed}}).toJson(QJsonDocument::Compact));
            };
            Connection attacker;
            if (!attacker.open(port, loopback(1)))
                return u"could not connect"_s;
            int checked = 0;
            int limited = 0;
            for (int i = 0; i < 3000; ++i) {
                const RawHttp::Response reply
                    = enrol(attacker, u"WRNG-%1"_s.arg(i, 4, 10, QChar(u'0')));
                if (reply.status == 401)
                    ++checked;
                else if (reply.status == 429
                         && reply.body.value(u"error"_s).toString() == u"rate_limited"_s
                         && reply.body.value(u"retryAfterMs"_s).toInteger() > 0)
                    ++limited;
                else
                    return u"wrong code %1 answered %2"_s.arg(i).arg(reply.status);
            }
            if (checked > 6 || limited < 2990)
                return u"%1 wrong codes checked, %2 refused"_s.arg(checked).arg(limited);
            // The right code from the same address waits too; from another it enrols.
            if (enrol(attacker, code).status != 429)
                return u"the attacker's address was let through"_s;
            Connection store;
            if (!store.open(port, loopback(2)))
                return u"could not connect from the store"_s;
            if (enrol(store, code).status != 200)
                return u"a right code from another address was refused"_s;
            // Addresses 3 to 6 use up the service-wide allowance (10, the attacker took 4).
            for (int address = 3; address <= 6; ++address) {
                Connection other;
                if (!other.open(port, loopback(address)))
                    return u"could not connect from %1"_s.arg(address);
                for (int i = 0; i < 4; ++i)
                    enrol(other, u"ZZZZ-ZZZZ"_s);
            }
            Connection quiet;
            if (!quiet.open(port, loopback(7)))
                return u"could not connect from 7"_s;
            const int first = enrol(quiet, u"ZZZZ-ZZZZ"_s).status;
            const int again = enrol(quiet, u"ZZZZ-ZZZZ"_s).status;
            if (first != 401 || again != 429)
                return u"a quiet address during the flood: %1 then %2"_s.arg(first).arg(again);
            Connection next;
            if (!next.open(port, loopback(8)) || enrol(next, second).status != 200)
                return u"a right code during the flood was refused"_s;
            return {};
        });
        QVERIFY2(outcome.isEmpty(), qPrintable(outcome));
    }
};

QTEST_MAIN(TestHttpEdge)
#include "tst_httpedge.moc"
