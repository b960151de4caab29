// SPDX-License-Identifier: MIT
// The central service's address on the tablet: typed without a scheme it is https://; plain
// http:// is refused unless the service runs on the tablet itself (the demo), in Settings, at
// enrolment, on the command line and for an address saved by an older version.
#include "serveraddress.h"
#include "synctestkit.h"

#include <QNetworkInterface>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace SyncTest;

class TestServerAddress : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(u"clienteling.*.info=false"_s);
    }

    void rules_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("url"); // empty: refused
        QTest::newRow("host and port")
            << u"clienteling.example.com:8443"_s << u"https://clienteling.example.com:8443"_s;
        QTest::newRow("host") << u" clienteling.example.com "_s
                              << u"https://clienteling.example.com"_s;
        QTest::newRow("IP and port") << u"10.0.0.5:8443"_s << u"https://10.0.0.5:8443"_s;
        QTest::newRow("loopback without scheme")
            << u"localhost:8080"_s << u"https://localhost:8080"_s;
        QTest::newRow("https with a path") << u"HTTPS://Service.example.com/clienteling"_s
                                           << u"https://service.example.com/clienteling"_s;
        QTest::newRow("http to the network") << u"http://10.0.0.5:8080"_s << QString();
        QTest::newRow("http to a name") << u"http://clienteling.example.com"_s << QString();
        QTest::newRow("http to a name like loopback")
            << u"http://127.0.0.1.example.com"_s << QString();
        QTest::newRow("http to localhost.something")
            << u"http://localhost.example.com"_s << QString();
        QTest::newRow("http to 127.0.0.1")
            << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s;
        QTest::newRow("http to 127.1.2.3") << u"http://127.1.2.3"_s << u"http://127.1.2.3"_s;
        QTest::newRow("http to localhost")
            << u"http://LOCALHOST:8080"_s << u"http://localhost:8080"_s;
        QTest::newRow("http to ::1") << u"http://[::1]:8080"_s << u"http://[::1]:8080"_s;
        QTest::newRow("another scheme") << u"ftp://clienteling.example.com"_s << QString();
        QTest::newRow("no host") << u"https://"_s << QString();
        QTest::newRow("credentials") << u"https://user:pw@clienteling.example.com"_s << QString();
    }
    void rules()
    {
        QFETCH(QString, typed);
        QFETCH(QString, url);
        QString error;
        const QUrl parsed = ServerAddress::parse(typed, &error);
        QCOMPARE(parsed.toString(), url);
        QCOMPARE(error.isEmpty(), !url.isEmpty());

        // In Settings: a refused address changes nothing and says why.
        Tablet tablet(m_dir.filePath(u"rules.db"_s));
        QVERIFY(tablet.open());
        QVERIFY(tablet.engine()->setServerUrl(u"https://before.example.com"_s));
        QSignalSpy changed(tablet.engine(), &SyncEngine::configurationChanged);
        QCOMPARE(tablet.engine()->setServerUrl(typed), !url.isEmpty());
        if (url.isEmpty()) {
            QCOMPARE(tablet.engine()->serverUrl(), u"https://before.example.com"_s);
            QCOMPARE(tablet.store()->setting(u"sync.server_url"_s),
                     u"https://before.example.com"_s);
            QCOMPARE(tablet.engine()->addressError(), error);
        } else {
            QCOMPARE(tablet.engine()->serverUrl(), url);
            QCOMPARE(tablet.store()->setting(u"sync.server_url"_s), url);
            QVERIFY(tablet.engine()->addressError().isEmpty());
        }
        QVERIFY(changed.count() > 0); // the error (or the address) is shown at once
        tablet.close();
        QFile::remove(m_dir.filePath(u"rules.db"_s));
    }

    void plainHttpIsExplained()
    {
        QString error;
        ServerAddress::parse(u"http://10.0.0.5:8080"_s, &error);
        QCOMPARE(error,
                 u"The address must start with https://. With http:// the enrolment code and "
                 "customer data would travel unprotected over the network (http:// only works "
                 "for a service on this tablet itself)."_s);
    }

    // Enrolling with a plain-HTTP address sends nothing: the code never leaves the tablet.
    void enrolmentRefusesPlainHttp()
    {
        QTcpServer listener; // would see the code if the tablet sent it
        QVERIFY(listener.listen(QHostAddress::AnyIPv4));
        QList<QHostAddress> reachedAt; // the address each connection came to
        connect(&listener, &QTcpServer::newConnection, &listener, [&] {
            while (QTcpSocket *socket = listener.nextPendingConnection())
                reachedAt << socket->localAddress();
        });
        const QString lanAddress = [] {
            for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
                if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
                    return address.toString();
            }
            return u"192.0.2.1"_s; // documentation range: nothing there
        }();
        const QString url = u"http://%1:%2"_s.arg(lanAddress).arg(listener.serverPort());
        Tablet tablet(m_dir.filePath(u"enrol.db"_s));
        QVERIFY(tablet.open());
        QSignalSpy finished(tablet.engine(), &SyncEngine::enrolmentFinished);
        tablet.engine()->enrol(url, u"K7QH-2MXP"_s);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toString().startsWith(u"The address must start with"_s));
        QVERIFY(!tablet.engine()->isEnrolled());
        QVERIFY(tablet.engine()->serverUrl().isEmpty());
        // Nothing arrives later either: the tablet's next enrolment (to this tablet itself,
        // where http:// is allowed) reaches the listener, and nothing came before it.
        tablet.engine()->enrol(u"http://127.0.0.1:%1"_s.arg(listener.serverPort()),
                               u"K7QH-2MXP"_s);
        QTRY_VERIFY(!reachedAt.isEmpty());
        QCOMPARE(reachedAt, QList<QHostAddress> {QHostAddress::LocalHost});
    }

    // An older version turned host:port into http:// and saved it: the tablet no longer sends
    // anything there and says what to do, in the sync status and in Settings.
    void savedPlainHttpAddressIsNotUsed()
    {
        Tablet tablet(m_dir.filePath(u"saved.db"_s));
        QVERIFY(tablet.open());
        tablet.store()->setSetting(u"sync.server_url"_s, u"http://10.0.0.5:8080"_s);
        tablet.store()->setSetting(u"sync.token"_s, u"a-token"_s);
        tablet.engine()->start();
        QVERIFY(tablet.engine()->isEnrolled());
        QVERIFY(tablet.engine()->addressError().startsWith(u"The address must start with"_s));
        QCOMPARE(tablet.engine()->statusText(), tablet.engine()->addressError());
        QCOMPARE(tablet.engine()->serverUrl(), u"http://10.0.0.5:8080"_s); // shown to be fixed
        QVERIFY(!tablet.engine()->isSyncing());
        // A good address clears it.
        QVERIFY(tablet.engine()->setServerUrl(u"clienteling.example.com"_s));
        QVERIFY(tablet.engine()->addressError().isEmpty());
        QVERIFY(tablet.engine()->statusText() != tablet.engine()->addressError());
    }
};

QTEST_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
