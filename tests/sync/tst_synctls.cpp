// SPDX-License-Identifier: MIT
// A tablet and the central service over HTTPS (a test certificate made for these tests, see
// tests/server/tls): enrolment and sync work when the tablet trusts the certificate, and when it
// does not (self-signed, expired, for another name, or no TLS at all) the associate is told in
// words what is wrong and what to do, at enrolment and in the sync status. Never is a
// certificate error ignored.
#include "serveraddress.h"
#include "synctestkit.h"

#include <QStandardPaths>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace TestServer;
using namespace SyncTest;

class TestSyncTls : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Instance> m_server;
    QTemporaryDir m_dir;
    QSslConfiguration m_original;

    /** The tablet trusts these certificates (as if installed in its system store). */
    static void trust(const QList<QSslCertificate> &certificates)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(certificates);
        QSslConfiguration::setDefaultConfiguration(configuration);
    }
    QString httpsUrl() const { return u"https://127.0.0.1:%1"_s.arg(m_server->port()); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(u"clienteling.*.info=false"_s);
        m_original = QSslConfiguration::defaultConfiguration();
    }
    void init()
    {
        ServerConfig config = testConfig();
        config.tls = tlsConfiguration(u"service"_s);
        m_server = std::make_unique<Instance>();
        QVERIFY(m_server->start(u"sqlite"_s, config));
    }
    void cleanup()
    {
        QSslConfiguration::setDefaultConfiguration(m_original);
        m_server->stop();
        m_server->dropDatabase();
        m_server.reset();
    }

    void trustedServiceEnrolsAndSyncs()
    {
        trust({tlsCertificate(u"service"_s)});
        Tablet tablet(m_dir.filePath(u"trusted.db"_s));
        QVERIFY(tablet.open());
        QVERIFY(tablet.enrol(httpsUrl(), enrolmentCode(*m_server)));
        QVERIFY(tablet.quiesce());
        QCOMPARE(tablet.engine()->serverUrl(), httpsUrl());
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM customers"_s).toInt(), 2);
        QVERIFY(!tablet.note(u"C00001"_s, u"Over TLS"_s).isEmpty());
        QVERIFY(tablet.quiesce());
        QCOMPARE(Database::scalar(m_server->database(),
                                  u"SELECT COUNT(*) FROM notes WHERE body = 'Over TLS'"_s)
                     .toInt(),
                 1);
        QCOMPARE(tablet.engine()->statusText(), u"Up to date"_s);
    }

    void certificateProblemsAreShown_data()
    {
        QTest::addColumn<QString>("certificate"); // the service's; empty: plain HTTP
        QTest::addColumn<bool>("trusted");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("words");
        using P = ServerAddress::TlsProblem;
        QTest::newRow("self-signed") << u"service"_s << false << int(P::Untrusted)
                                     << u"does not trust the security certificate of 127.0.0.1"_s;
        QTest::newRow("expired") << u"expired"_s << true << int(P::Expired)
                                 << u"security certificate has expired"_s;
        QTest::newRow("another name")
            << u"otherhost"_s << true << int(P::WrongHost) << u"is for another address"_s;
        QTest::newRow("no TLS at all") << QString() << false << int(P::Handshake)
                                       << u"No secure connection could be made with 127.0.0.1"_s;
    }
    // First at enrolment, then for an enrolled tablet whose service changed certificate: the
    // words, not an "offline" that sends the associate to check the Wi-Fi.
    void certificateProblemsAreShown()
    {
        QFETCH(QString, certificate);
        QFETCH(bool, trusted);
        QFETCH(int, problem);
        QFETCH(QString, words);
        const QString expected
            = ServerAddress::describe(ServerAddress::TlsProblem(problem), QUrl(httpsUrl()));
        QVERIFY(expected.contains(words));

        // A tablet that trusts the service's usual certificate enrols and syncs.
        trust({tlsCertificate(u"service"_s)});
        Tablet tablet(
            m_dir.filePath(u"problem-%1.db"_s.arg(QString::fromLatin1(QTest::currentDataTag()))));
        QVERIFY(tablet.open());
        QVERIFY(tablet.enrol(httpsUrl(), enrolmentCode(*m_server)));
        QVERIFY(tablet.quiesce());

        // The service comes back with another certificate (or none).
        m_server->stop();
        m_server->setTls(certificate.isEmpty() ? QSslConfiguration()
                                               : tlsConfiguration(certificate));
        QVERIFY(m_server->listen());
        trust(trusted ? QList<QSslCertificate> {tlsCertificate(certificate)}
                      : QList<QSslCertificate> {});
        QVERIFY(tablet.engine()->setServerUrl(httpsUrl()));
        QVERIFY(!tablet.note(u"C00001"_s, u"Waits"_s).isEmpty());
        tablet.engine()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(tablet.engine()->statusText(), expected, 10000);
        QCOMPARE(tablet.engine()->errorString(), expected);
        QVERIFY(!tablet.engine()->isOnline());
        QCOMPARE(tablet.engine()->pendingCount(), 1);

        // A new tablet enrolling there is told the same, and is not enrolled.
        Tablet fresh(
            m_dir.filePath(u"fresh-%1.db"_s.arg(QString::fromLatin1(QTest::currentDataTag()))));
        QVERIFY(fresh.open());
        QSignalSpy finished(fresh.engine(), &SyncEngine::enrolmentFinished);
        fresh.engine()->enrol(httpsUrl(), enrolmentCode(*m_server));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), expected);
        QVERIFY(!fresh.engine()->isEnrolled());
    }
};

QTEST_MAIN(TestSyncTls)
#include "tst_synctls.moc"
