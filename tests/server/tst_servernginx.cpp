// SPDX-License-Identifier: MIT
// nginx as the service's TLS and HTTP front, with the repository's configuration
// (deploy/nginx/clienteling.conf, rendered by deploy/nginx/render.sh) in front of the real
// clienteling-server: nginx runs as this user from a temporary prefix. It serves the whole
// certificate chain to a client that trusts only the root, refuses a body over the service's
// limit with 413 before any of it reaches the service, compresses JSON into gzip that inflates
// to the service's own answer, and passes each client's address on so that the service's
// per-address limit on wrong enrolment codes counts clients, not nginx. Skipped when nginx or
// openssl is not installed.
#include "gunzip.h"
#include "nginxfront.h"
#include "rawhttp.h"
#include "serverfixture.h"
#include "serviceprocess.h"
#include "testpki.h"

#include <QSslSocket>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace TestServer;

class TestServerNginx : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ServiceProcess m_service;
    NginxFront m_nginx;
    quint16 m_port = 0;
    QString m_code;
    QList<QSslCertificate> m_root;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /** GET or POST through nginx over HTTPS, trusting only the test's root; the status, the
        head's raw fields and the body as it arrived (not inflated: the header is set here). */
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QByteArray contentEncoding;
        QByteArray vary;
    };
    Answer send(const QByteArray &method, const QString &target, const QByteArray &body,
                const QByteArray &acceptEncoding, const QString &token = {})
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(u"https://127.0.0.1:%1"_s.arg(m_port) + target));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_root);
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Accept-Encoding", acceptEncoding);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.contentEncoding = reply->rawHeader("Content-Encoding");
        answer.vary = reply->rawHeader("Vary");
        if (reply->error() != QNetworkReply::NoError && answer.status == 0)
            qWarning() << "through nginx:" << reply->errorString();
        delete reply;
        return answer;
    }

    /** The service's request log lines for a path so far. */
    int servedRequests(const QString &requestPath) const
    {
        int count = 0;
        for (const QByteArray &line : m_service.fullLog().split('\n')) {
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            const QJsonObject request
                = QJsonDocument::fromJson(entry.value(u"message"_s).toString().toUtf8()).object();
            if (request.value(u"path"_s).toString() == requestPath)
                ++count;
        }
        return count;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(u"clienteling.*.info=false"_s);
        if (NginxFront::executable().isEmpty())
            QSKIP("nginx is not installed (Debian: nginx-light, scripts/setup-debian.sh): the "
                  "nginx front is not tested");
        if (TestPki::openssl().isEmpty())
            QSKIP("the openssl command is not installed (Debian: openssl)");
        QVERIFY(m_dir.isValid());
        QVERIFY(TestPki::make(m_dir.path(), u"ec"_s));
        m_root = QSslCertificate::fromPath(path(u"root.pem"_s));
        QCOMPARE(m_root.size(), 1);

        // The service as the configuration expects it: plain HTTP on loopback, no limit per
        // address (every connection comes from nginx).
        QVERIFY(seededDatabase(path(u"service.db"_s), &m_code));
        // The test reads the service's request log to see what reached it: keep it on, whatever
        // the caller turned off (scripts/run-tests.sh quiets clienteling.http).
        qputenv("QT_LOGGING_RULES", "clienteling.http.info=true");
        const quint16 servicePort
            = m_service.start(QStringLiteral(CLIENTELING_SERVER_EXE),
                              {u"--database"_s, path(u"service.db"_s), u"--listen"_s,
                               u"127.0.0.1:0"_s, u"--max-connections-per-address"_s, u"0"_s});
        QVERIFY2(servicePort != 0, qPrintable(m_service.log()));

        QString error;
        QVERIFY2(m_nginx.start(QStringLiteral(CLIENTELING_SOURCE_DIR), m_dir.path(), servicePort,
                               path(u"chain.pem"_s), path(u"leaf.key"_s), 4194304, &error),
                 qPrintable(error));
        m_port = m_nginx.port();
    }
    void cleanupTestCase()
    {
        m_nginx.stop();
        m_service.stop();
    }

    void servesTheWholeChain()
    {
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_root);
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, m_port);
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        const QList<QSslCertificate> sent = socket.peerCertificateChain();
        QVERIFY(sent.size() >= 2);
        QCOMPARE(sent.at(1), QSslCertificate::fromPath(path(u"intermediate.pem"_s)).value(0));
        socket.disconnectFromHost();

        const Answer health = send("GET", u"/v1/health"_s, {}, "identity");
        QCOMPARE(health.status, 200);
        QCOMPARE(QJsonDocument::fromJson(health.body)[u"status"_s].toString(), u"ok"_s);
    }

    void bodyOverTheLimitNeverReachesTheService()
    {
        const quint16 port = m_port;
        // Headers only: nginx answers from the announced length, before any body is sent.
        const RawHttp::Response refused = RawHttp::onWorker([port] {
            RawHttp::Connection connection;
            if (!connection.open(port, {}, true))
                return RawHttp::Response {};
            connection.send("POST /v1/sync/push HTTP/1.1\r\nHost: localhost\r\n"
                            "Content-Type: application/json\r\nContent-Length: 4194305\r\n\r\n");
            return connection.read();
        });
        QCOMPARE(refused.status, 413);
        // Another request after it, answered by the service: its log is written in order, so
        // once this one is in it, the refused one would be too had it got there.
        QCOMPARE(send("GET", u"/v1/ready"_s, {}, "identity").status, 200);
        QTRY_COMPARE(servedRequests(u"/v1/ready"_s), 1);
        QCOMPARE(servedRequests(u"/v1/sync/push"_s), 0);

        // A body of the limit itself goes through to the service (an empty JSON object and
        // blanks), which then refuses it for want of a device token.
        const Answer atLimit = send("POST", u"/v1/sync/push"_s,
                                    QByteArray("{}") + QByteArray(4194304 - 2, ' '), "identity");
        QCOMPARE(atLimit.status, 401);
        QTRY_COMPARE(servedRequests(u"/v1/sync/push"_s), 1);
    }

    void jsonIsCompressed()
    {
        const Answer enrolled
            = send("POST", u"/v1/devices/enrol"_s,
                   QJsonDocument(QJsonObject {{u"code"_s, m_code}, {u"name"_s, u"nginx"_s}})
                       .toJson(QJsonDocument::Compact),
                   "identity");
        QCOMPARE(enrolled.status, 200);
        const QString token = QJsonDocument::fromJson(enrolled.body)[u"token"_s].toString();
        QVERIFY(!token.isEmpty());
        const QByteArray pull
            = QJsonDocument(QJsonObject {{u"clientId"_s, u"nginx-client"_s}, {u"limit"_s, 5000}})
                  .toJson(QJsonDocument::Compact);
        const Answer plain = send("POST", u"/v1/sync/pull"_s, pull, "identity", token);
        QCOMPARE(plain.status, 200);
        QVERIFY(plain.contentEncoding.isEmpty());
        QVERIFY(plain.body.size() > 2048);
        const Answer compressed = send("POST", u"/v1/sync/pull"_s, pull, "gzip", token);
        QCOMPARE(compressed.status, 200);
        QCOMPARE(compressed.contentEncoding, QByteArray("gzip"));
        QVERIFY(compressed.vary.contains("Accept-Encoding"));
        QVERIFY(compressed.body.size() < plain.body.size() / 3);
        QCOMPARE(gunzip(compressed.body), plain.body);
    }

    // Behind nginx every connection to the service comes from 127.0.0.1: the service takes the
    // client's address from X-Forwarded-For (from a loopback peer only), which nginx sets to
    // the address it saw, whatever the client sent in it.
    void wrongEnrolmentCodesCountPerClient()
    {
        const quint16 port = m_port;
        const auto enrolFrom = [port](const QString &from, const QByteArray &extraHeaders) {
            return RawHttp::onWorker([port, from, extraHeaders] {
                RawHttp::Connection connection;
                if (!connection.open(port, QHostAddress(from), true))
                    return 0;
                return connection
                    .request("POST", "/v1/devices/enrol", R"({"code":"WRONG-CODE","name":"guess"})",
                             extraHeaders)
                    .status;
            });
        };
        int tries = 0;
        int status = 0;
        while (tries < 30 && (status = enrolFrom(u"127.0.0.2"_s, {})) == 401)
            ++tries;
        QCOMPARE(status, 429);
        QVERIFY(tries >= 5);
        // What a client writes in X-Forwarded-For is replaced by nginx.
        QCOMPARE(enrolFrom(u"127.0.0.2"_s, "X-Forwarded-For: 192.0.2.77\r\n"), 429);
        // Another client behind the same nginx still has its tries.
        QCOMPARE(enrolFrom(u"127.0.0.3"_s, {}), 401);
    }
};

QTEST_MAIN(TestServerNginx)
#include "tst_servernginx.moc"
