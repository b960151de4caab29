// SPDX-License-Identifier: MIT
// The service's --listen as people write it: IPv4 host:port, IPv6 in brackets (as in a URL),
// a port alone; anything else is refused with a message that shows the forms it takes.
// (The TLS files are loaded by the real executable in tst_synctlschain.)
#include "serversetup.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestServerSetup : public QObject
{
    Q_OBJECT

private slots:
    void listenAddresses_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("address"); // empty: refused
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("error");
        QTest::newRow("IPv4") << u"127.0.0.1:8080"_s << u"127.0.0.1"_s << 8080 << QString();
        QTest::newRow("IPv4 any") << u"0.0.0.0:8443"_s << u"0.0.0.0"_s << 8443 << QString();
        QTest::newRow("localhost") << u"localhost:8080"_s << u"127.0.0.1"_s << 8080 << QString();
        QTest::newRow("port 0") << u"127.0.0.1:0"_s << u"127.0.0.1"_s << 0 << QString();
        QTest::newRow("port alone") << u"8080"_s << u"127.0.0.1"_s << 8080 << QString();
        QTest::newRow("IPv6 loopback") << u"[::1]:8080"_s << u"::1"_s << 8080 << QString();
        QTest::newRow("IPv6 address")
            << u"[2001:db8::5]:443"_s << u"2001:db8::5"_s << 443 << QString();
        // Every address, IPv6 and IPv4 alike (Qt's dual-stack "any").
        QTest::newRow("IPv6 any") << u"[::]:8080"_s << u"any"_s << 8080 << QString();
        QTest::newRow("IPv6 without brackets")
            << u"::1:8080"_s << QString() << 0 << u"put an IPv6 address in brackets"_s;
        QTest::newRow("IPv4 in brackets")
            << u"[127.0.0.1]:8080"_s << QString() << 0 << u"127.0.0.1 is not an IPv6 address"_s;
        QTest::newRow("no closing bracket")
            << u"[::1:8080"_s << QString() << 0 << u"--listen takes host:port, [IPv6]:port"_s;
        QTest::newRow("no port after brackets")
            << u"[::1]"_s << QString() << 0 << u"--listen takes host:port, [IPv6]:port"_s;
        QTest::newRow("empty port")
            << u"[::1]:"_s << QString() << 0 << u"the port must be a number from 0 to 65535"_s;
        QTest::newRow("port too large") << u"127.0.0.1:65536"_s << QString() << 0
                                        << u"the port must be a number from 0 to 65535"_s;
        QTest::newRow("signed port") << u"127.0.0.1:+80"_s << QString() << 0
                                     << u"the port must be a number from 0 to 65535"_s;
        QTest::newRow("host name") << u"clienteling.example.com:8443"_s << QString() << 0
                                   << u"clienteling.example.com is not an IP address"_s;
        QTest::newRow("nothing") << QString() << QString() << 0
                                 << u"the port must be a number from 0 to 65535"_s;
    }
    void listenAddresses()
    {
        QFETCH(QString, value);
        QFETCH(QString, address);
        QFETCH(int, port);
        QFETCH(QString, error);
        QString message;
        const auto parsed = ServerSetup::parseListen(value, &message);
        if (address.isEmpty()) {
            QVERIFY(!parsed);
            QVERIFY2(message.contains(error), qPrintable(message));
            return;
        }
        QVERIFY2(parsed, qPrintable(message));
        QCOMPARE(parsed->address,
                 address == u"any"_s ? QHostAddress(QHostAddress::Any) : QHostAddress(address));
        QCOMPARE(int(parsed->port), port);
    }

    void displayedAsTyped()
    {
        QCOMPARE(ServerSetup::displayAddress(QHostAddress(u"::1"_s), 8080), u"[::1]:8080"_s);
        QCOMPARE(ServerSetup::displayAddress(QHostAddress(QHostAddress::Any), 80), u"[::]:80"_s);
        QCOMPARE(ServerSetup::displayAddress(QHostAddress::LocalHost, 1), u"127.0.0.1:1"_s);
    }
};

QTEST_MAIN(TestServerSetup)
#include "tst_serversetup.moc"
