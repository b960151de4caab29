// SPDX-License-Identifier: MIT
// The real clienteling-server served as in production with a public CA's certificate: the
// service's certificate (EC P-256, or RSA) is signed by an intermediate that is signed by a
// root, the PEM file holds the certificate and the intermediate, and the service listens on
// IPv6 ([::1]). A tablet that trusts only the root (as every tablet trusts only its system's
// roots) enrols and syncs. The certificates are made by the test with openssl.
#include "serviceprocess.h"
#include "synctestkit.h"
#include "testpki.h"

#include <QSslSocket>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace TestServer;
using namespace SyncTest;

class TestSyncTlsChain : public QObject
{
    Q_OBJECT

private:
    QSslConfiguration m_original;

    /** The tablet trusts these certificates only (as if they were its system's roots). */
    static void trust(const QList<QSslCertificate> &certificates)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(certificates);
        QSslConfiguration::setDefaultConfiguration(configuration);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(u"clienteling.*.info=false"_s);
        m_original = QSslConfiguration::defaultConfiguration();
        if (TestPki::openssl().isEmpty())
            QSKIP("the openssl command is not installed (Debian: openssl)");
    }
    void cleanup() { QSslConfiguration::setDefaultConfiguration(m_original); }

    void chainWithIntermediateOnIpv6_data()
    {
        QTest::addColumn<QString>("leafKey");
        QTest::newRow("EC P-256 key") << u"ec"_s;
        QTest::newRow("EC key, traditional PEM") << u"ec-traditional"_s;
        QTest::newRow("RSA key") << u"rsa"_s;
    }
    void chainWithIntermediateOnIpv6()
    {
        QFETCH(QString, leafKey);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(TestPki::make(dir.path(), leafKey));

        // The database is made and a code issued in process; the executable serves a copy.
        const QString database = dir.filePath(u"service.db"_s);
        QString code;
        QVERIFY(seededDatabase(database, &code));
        ServiceProcess service;
        const quint16 port
            = service.start(QStringLiteral(CLIENTELING_SERVER_EXE),
                            {u"--database"_s, database, u"--listen"_s, u"[::1]:0"_s,
                             u"--tls-cert"_s, dir.filePath(u"chain.pem"_s), u"--tls-key"_s,
                             dir.filePath(u"leaf.key"_s), u"--rate-per-device"_s, u"100000"_s});
        QVERIFY2(port != 0, qPrintable(service.log()));
        const QList<QSslCertificate> root = QSslCertificate::fromPath(dir.filePath(u"root.pem"_s));
        QCOMPARE(root.size(), 1);
        trust(root);

        // The service sends its certificate and the intermediate.
        QSslSocket socket;
        socket.connectToHostEncrypted(u"::1"_s, port);
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        const QList<QSslCertificate> sent = socket.peerCertificateChain();
        QVERIFY(sent.size() >= 2); // as sent: the leaf and the intermediate
        QCOMPARE(sent.at(1),
                 QSslCertificate::fromPath(dir.filePath(u"intermediate.pem"_s)).value(0));
        QCOMPARE(sent.first().publicKey().algorithm(), leafKey == u"rsa"_s ? QSsl::Rsa : QSsl::Ec);
        socket.disconnectFromHost();

        // A tablet that trusts only the root enrols and syncs with the service on [::1].
        const QString url = u"https://[::1]:%1"_s.arg(port);
        Tablet tablet(dir.filePath(u"tablet.db"_s));
        QVERIFY(tablet.open());
        QVERIFY2(tablet.enrol(url, code), qPrintable(tablet.engine()->errorString()));
        QVERIFY(tablet.quiesce());
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM customers"_s).toInt(), 2);
        QVERIFY(!tablet.note(u"C00001"_s, u"Through the chain"_s).isEmpty());
        QVERIFY(tablet.quiesce());
        QCOMPARE(tablet.engine()->statusText(), u"Up to date"_s);
        tablet.close();
        service.stop();
        {
            QString error;
            QSqlDatabase check = Database::openSqlite(database, u"chain-check"_s, &error);
            QCOMPARE(Database::scalar(check,
                                      u"SELECT COUNT(*) FROM notes WHERE"
                                      " body = 'Through the chain'"_s)
                         .toInt(),
                     1);
        }
        Database::close(u"chain-check"_s);
    }

    // What the command line refuses says which file is wrong and what it should hold.
    void unusableTlsFilesAreNamed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(TestPki::make(dir.path(), u"ec"_s));
        QVERIFY(TestPki::write(dir.filePath(u"empty.pem"_s), "not a certificate\n"));
        const auto refusal = [&](const QString &certificate, const QString &key) {
            ServiceProcess service;
            const quint16 port = service.start(
                QStringLiteral(CLIENTELING_SERVER_EXE),
                {u"--database"_s, dir.filePath(u"refused.db"_s), u"--listen"_s, u"127.0.0.1:0"_s,
                 u"--tls-cert"_s, dir.filePath(certificate), u"--tls-key"_s, dir.filePath(key)});
            return port == 0 && service.exitCode() == 2 ? service.log() : u"(started)"_s;
        };
        QVERIFY(refusal(u"empty.pem"_s, u"leaf.key"_s).contains(u"holds no PEM certificate"_s));
        QVERIFY(refusal(u"chain.pem"_s, u"empty.pem"_s)
                    .contains(u"holds no unencrypted PEM private key (RSA or EC)"_s));
        QVERIFY(refusal(u"chain.pem"_s, u"missing.key"_s).contains(u"cannot read the TLS key"_s));
        QVERIFY(TestPki::run(dir.path(),
                             {u"genpkey"_s, u"-algorithm"_s, u"RSA"_s, u"-out"_s, u"rsa.key"_s}));
        QVERIFY(refusal(u"chain.pem"_s, u"rsa.key"_s)
                    .contains(u"is RSA but the certificate's is EC"_s));
    }
};

QTEST_MAIN(TestSyncTlsChain)
#include "tst_synctlschain.moc"
