// SPDX-License-Identifier: MIT
// The tablet's bearer token (issue 19, 3): in the system's key store where there is one, out of
// the database a thief could copy; in the settings table with a warning where there is none
// (headless, CI); and a token an older version left in the table moved into the key store.
// Enrolled against the real service; the key store is the system's (none here) or a stand-in
// for it, which is what the operating system provides, not a part of the product.
#include "synctestkit.h"
#include "tokenstore.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace SyncTest;

namespace {

/** Stands in for the operating system's key store. */
class KeychainStandIn : public TokenStore::Keychain
{
public:
    QHash<QString, QString> secrets;
    std::optional<QString> read(const QString &key) override { return secrets.value(key); }
    bool write(const QString &key, const QString &secret) override
    {
        secrets.insert(key, secret);
        return true;
    }
    bool remove(const QString &key) override
    {
        secrets.remove(key);
        return true;
    }
};

const QRegularExpression fallbackWarning(u"no system keychain on this device"_s);

} // namespace

class TestTokenStore : public SyncTestCase
{
    Q_OBJECT

private:
    static QString tokenInSettings(Tablet &tablet)
    {
        return tablet.scalar(u"SELECT value FROM settings WHERE key = 'sync.token'"_s).toString();
    }
    /** Whether the tablet, started again, still syncs as the same device. */
    bool syncsAfterRestart(Tablet &tablet)
    {
        tablet.close();
        if (!tablet.open())
            return false;
        tablet.engine()->start();
        return tablet.engine()->isEnrolled() && tablet.quiesce();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        quietLogs();
    }
    void init() { QVERIFY(startFixture(u"sqlite"_s)); }
    void cleanup()
    {
        stopFixture();
        TokenStore::setKeychain(TokenStore::systemKeychain());
    }

    void keptInTheKeychainNotTheDatabase()
    {
        auto keychain = std::make_shared<KeychainStandIn>();
        TokenStore::setKeychain(keychain);
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        QCOMPARE(tokenInSettings(tablet), QString());
        QCOMPARE(keychain->secrets.size(), 1);
        QVERIFY(keychain->secrets.cbegin().value().size() >= 32);
        // Nothing in the file holds it.
        const QString token = keychain->secrets.cbegin().value();
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM settings WHERE value LIKE ?"_s,
                               {QString(u'%' + token + u'%')})
                     .toInt(),
                 0);
        QVERIFY(syncsAfterRestart(tablet));
    }

    void olderTokenMovedIntoTheKeychain()
    {
        // Enrolled by a version that kept the token in the settings table.
        TokenStore::setKeychain(nullptr);
        QTest::ignoreMessage(QtWarningMsg, fallbackWarning);
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        const QString token = tokenInSettings(tablet);
        QVERIFY(!token.isEmpty());
        // The key store works now: the next start moves the token there.
        auto keychain = std::make_shared<KeychainStandIn>();
        TokenStore::setKeychain(keychain);
        QVERIFY(syncsAfterRestart(tablet));
        QCOMPARE(tokenInSettings(tablet), QString());
        QCOMPARE(keychain->secrets.values(), QStringList {token});
    }

    void withoutKeychainTheDatabaseWithAWarning_data()
    {
        QTest::addColumn<bool>("system");
        QTest::newRow("none set") << false;
        // The system's, on a machine without a keychain service (CI, headless).
        QTest::newRow("system, headless") << true;
    }
    void withoutKeychainTheDatabaseWithAWarning()
    {
        QFETCH(bool, system);
        if (system && !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("this machine may have a keychain service");
        TokenStore::setKeychain(system ? TokenStore::systemKeychain() : nullptr);
        QTest::ignoreMessage(QtWarningMsg, fallbackWarning);
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        QVERIFY(!tokenInSettings(tablet).isEmpty());
        QTest::ignoreMessage(QtWarningMsg, fallbackWarning);
        QVERIFY(syncsAfterRestart(tablet));
    }
};

QTEST_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
