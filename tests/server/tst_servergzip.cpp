// SPDX-License-Identifier: MIT
// The service compresses its larger answers (a sync page is hundreds of kilobytes of JSON) when
// the client says it accepts gzip, as the tablets' network stack does by itself: the answer is
// a gzip stream (RFC 1952) that inflates to the same JSON. Without that header, or for a small
// answer, the JSON goes as it is. The tablet's side (QNetworkAccessManager inflating it without
// being asked) is what every sync test runs through.
#include "gunzip.h"
#include "rawhttp.h"
#include "serverfixture.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace TestServer;

class TestServerGzip : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Instance> m_server;
    QString m_token;

    /** A whole first pull of Madrid's scope, asking with these extra header lines. */
    RawHttp::Response pull(const QByteArray &extraHeaders)
    {
        const QByteArray body
            = QJsonDocument(QJsonObject {{u"clientId"_s, u"gzip-client"_s}, {u"limit"_s, 5000}})
                  .toJson(QJsonDocument::Compact);
        const QByteArray auth = "Authorization: Bearer " + m_token.toLatin1() + "\r\n";
        const quint16 port = m_server->port();
        return RawHttp::onWorker([port, body, auth, extraHeaders] {
            RawHttp::Connection connection;
            if (!connection.open(port))
                return RawHttp::Response {};
            return connection.request("POST", "/v1/sync/pull", body, auth + extraHeaders);
        });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(u"clienteling.*.info=false"_s);
        ServerConfig config;
        config.ratePerDevice = 100000;
        m_server = std::make_unique<Instance>();
        QVERIFY(m_server->start(u"sqlite"_s, config));
        m_token = m_server->enrol(u"MAD"_s);
        QVERIFY(!m_token.isEmpty());
    }
    void cleanupTestCase()
    {
        m_server->stop();
        m_server->dropDatabase();
    }

    void pullIsCompressedWhenGzipIsAccepted_data()
    {
        QTest::addColumn<QByteArray>("acceptEncoding");
        QTest::newRow("gzip") << QByteArray("gzip");
        QTest::newRow("as a browser asks") << QByteArray("gzip, deflate, br");
        QTest::newRow("as Qt asks") << QByteArray("gzip, deflate");
        QTest::newRow("with a weight") << QByteArray("identity;q=0.5, GZIP;q=1.0");
    }
    void pullIsCompressedWhenGzipIsAccepted()
    {
        QFETCH(QByteArray, acceptEncoding);
        const RawHttp::Response plain = pull({});
        QCOMPARE(plain.status, 200);
        QVERIFY2(plain.raw.size() > 2048, "the test's pull should be larger than the threshold");
        QVERIFY(headerValue(plain.head, "Content-Encoding").isEmpty());

        const RawHttp::Response compressed = pull("Accept-Encoding: " + acceptEncoding + "\r\n");
        QCOMPARE(compressed.status, 200);
        QCOMPARE(headerValue(compressed.head, "Content-Encoding"), QByteArray("gzip"));
        QVERIFY(headerValue(compressed.head, "Vary").contains("Accept-Encoding"));
        QCOMPARE(headerValue(compressed.head, "Content-Type"), QByteArray("application/json"));
        QVERIFY(compressed.raw.size() < plain.raw.size() / 3);
        const QByteArray inflated = gunzip(compressed.raw);
        QVERIFY2(!inflated.isEmpty(), "the body is not a whole gzip stream");
        // The same answer: the pull is asked again from the start, nothing changed in between.
        QCOMPARE(inflated, plain.raw);
        QVERIFY(!QJsonDocument::fromJson(inflated)[u"changes"_s].toArray().isEmpty());
    }

    void plainWhenGzipIsNotAccepted_data()
    {
        QTest::addColumn<QByteArray>("extraHeaders");
        QTest::newRow("no Accept-Encoding") << QByteArray();
        QTest::newRow("identity") << QByteArray("Accept-Encoding: identity\r\n");
        QTest::newRow("deflate only") << QByteArray("Accept-Encoding: deflate\r\n");
        QTest::newRow("gzip refused") << QByteArray("Accept-Encoding: gzip;q=0, identity\r\n");
        QTest::newRow("gzip refused, spaced") << QByteArray("Accept-Encoding: gzip ; q=0.000\r\n");
    }
    void plainWhenGzipIsNotAccepted()
    {
        QFETCH(QByteArray, extraHeaders);
        const RawHttp::Response reply = pull(extraHeaders);
        QCOMPARE(reply.status, 200);
        QVERIFY(headerValue(reply.head, "Content-Encoding").isEmpty());
        QVERIFY(!reply.body.value(u"changes"_s).toArray().isEmpty());
    }

    // The tablets' network stack, left to itself, asks for gzip and hands the app the JSON.
    void qtNetworkInflatesByItself()
    {
        const RawHttp::Response plain = pull({});
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_server->url() + u"/v1/sync/pull"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        QNetworkReply *reply = network.post(
            request,
            QJsonDocument(QJsonObject {{u"clientId"_s, u"gzip-client"_s}, {u"limit"_s, 5000}})
                .toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        // It came compressed (Qt leaves the header in place) and reads as the plain JSON.
        QCOMPARE(reply->rawHeader("Content-Encoding"), QByteArray("gzip"));
        QCOMPARE(reply->readAll(), plain.raw);
        delete reply;
    }

    // Under the threshold compression saves nothing worth the time: a small answer stays plain.
    void smallAnswerStaysPlain()
    {
        const quint16 port = m_server->port();
        const RawHttp::Response reply = RawHttp::onWorker([port] {
            RawHttp::Connection connection;
            if (!connection.open(port))
                return RawHttp::Response {};
            return connection.request("GET", "/v1/health", {}, "Accept-Encoding: gzip\r\n");
        });
        QCOMPARE(reply.status, 200);
        QVERIFY(headerValue(reply.head, "Content-Encoding").isEmpty());
        QCOMPARE(reply.body.value(u"status"_s).toString(), u"ok"_s);
    }
};

QTEST_MAIN(TestServerGzip)
#include "tst_servergzip.moc"
