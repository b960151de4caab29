// SPDX-License-Identifier: MIT
// Signing in on the tablet with a staff number and PIN, offline: wrong PINs, the lockout and
// its end, staff of other stores, malformed input and signing out.
#include "pinhash.h"
#include "session.h"
#include "testdata.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

QString attemptsLeft(int n)
{
    return QCoreApplication::translate(
        "Session", "Staff number or PIN is not right. %n attempt(s) left.", nullptr, n);
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pinHash();
    void oldPinHashReplacedAtSignIn();
    void rehashOnlyByTheStaffMember();
    void signIn_data();
    void signIn();
    void wrongPinCountsDown();
    void fivewrongPinsLock();
    void lockEndsAfterLockout();
    void lockSurvivesRestart();
    void rightPinResetsCount();
    void otherStoreRefused();
    void inactiveStaffRefused();
    void unknownStaffNumber();
    void malformedInput_data();
    void malformedInput();
    void signOut();
    void storeNotReady();

private:
    QString signInFails(const QString &staffNumber, const QString &pin);

    std::unique_ptr<TestData::LocalStoreFixture> m_fixture;
    std::unique_ptr<Session> m_session;
};

void TestSession::initTestCase()
{
    TestData::initEnvironment();
}

void TestSession::init()
{
    TestData::initEnvironment(); // the clock again: some tests move it
    m_fixture = std::make_unique<TestData::LocalStoreFixture>();
    QVERIFY(m_fixture->isReady());
    TestData::Seeder seed(m_fixture->db());
    QVERIFY(seed.location(u"MAD"_s, u"Madrid Serrano"_s));
    QVERIFY(seed.location(u"BCN"_s, u"Barcelona Diagonal"_s));
    QVERIFY(seed.staff(u"s1"_s, u"MAD"_s, u"1001"_s, u"Lucía Gómez"_s, u"1234"_s));
    QVERIFY(seed.staff(u"s2"_s, u"MAD"_s, u"1002"_s, u"Marta Ruiz"_s, u"43210987"_s, u"manager"_s));
    QVERIFY(seed.staff(u"s3"_s, u"BCN"_s, u"2001"_s, u"Jordi Puig"_s, u"1111"_s));
    QVERIFY(seed.staff(u"s4"_s, u"MAD"_s, u"1003"_s, u"Former Staff"_s, u"5555"_s, u"associate"_s,
                       false));
    m_session = std::make_unique<Session>(m_fixture->store(), nullptr);
}

void TestSession::cleanup()
{
    m_session.reset();
    m_fixture.reset();
    Clock::setCurrentDateTime(TestData::referenceNow());
}

QString TestSession::signInFails(const QString &staffNumber, const QString &pin)
{
    QSignalSpy failed(m_session.get(), &Session::failed);
    QSignalSpy changed(m_session.get(), &Session::changed);
    const bool signedIn = m_session->signIn(staffNumber, pin);
    if (signedIn || failed.count() != 1 || changed.count() != 0)
        return u"<unexpected: signed in %1, failed %2, changed %3>"_s.arg(signedIn)
            .arg(failed.count())
            .arg(changed.count());
    return failed.first().first().toString();
}

void TestSession::pinHash()
{
    // New hashes are Argon2id with libsodium's interactive cost, in the string form that
    // carries the cost and a salt of its own.
    const QString hash = PinHash::hash(u"1234"_s);
    QVERIFY2(hash.startsWith(u"$argon2id$v=19$m=65536,t=2,p=1$"_s), qPrintable(hash));
    QVERIFY(PinHash::isArgon2id(hash));
    QVERIFY(hash != PinHash::hash(u"1234"_s)); // salted
    QVERIFY(PinHash::verify(u"1234"_s, {}, 0, hash));
    QVERIFY(!PinHash::verify(u"1235"_s, {}, 0, hash));
    QVERIFY(!PinHash::verify(u"1234"_s, {}, 0, hash.left(hash.size() - 2)));
    // A given salt (the demo's) gives the same hash, which libsodium's own reader accepts.
    const QByteArray salt = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    const QString fixed = PinHash::hash(u"246810"_s, salt, PinHash::fastCostForTests);
    QCOMPARE(fixed, PinHash::hash(u"246810"_s, salt, PinHash::fastCostForTests));
    QVERIFY2(fixed.startsWith(u"$argon2id$v=19$m=8,t=1,p=1$ABEiM0RVZneImaq7zN3u/w$"_s),
             qPrintable(fixed));
    QVERIFY(PinHash::verify(u"246810"_s, {}, 0, fixed));
    QVERIFY(!PinHash::verify(u"246811"_s, {}, 0, fixed));
    QVERIFY(PinHash::hash(u"1234"_s, QByteArray("short")).isEmpty());

    // PBKDF2 hashes from before still verify, with their salt and iterations.
    const QString oldSalt = PinHash::newSalt();
    QCOMPARE(oldSalt.size(), 32);
    QVERIFY(oldSalt != PinHash::newSalt());
    const QString old = PinHash::pbkdf2(u"1234"_s, oldSalt, 1000);
    QCOMPARE(old.size(), 64);
    QVERIFY(!PinHash::isArgon2id(old));
    QVERIFY(PinHash::verify(u"1234"_s, oldSalt, 1000, old));
    QVERIFY(!PinHash::verify(u"1235"_s, oldSalt, 1000, old));
    QVERIFY(!PinHash::verify(u"1234"_s, oldSalt, 1001, old));
    QVERIFY(!PinHash::verify(u"1234"_s, PinHash::newSalt(), 1000, old));
    QVERIFY(!PinHash::verify(u"1234"_s, oldSalt, 0, old));
    QVERIFY(!PinHash::verify(u"1234"_s, oldSalt, 1000, QString()));
    // RFC 7914's PBKDF2-HMAC-SHA256 vector: the server and the tablets agree on the format.
    QCOMPARE(
        PinHash::pbkdf2(u"passwd"_s, QString::fromLatin1(QByteArray("salt").toHex()), 1).left(32),
        u"55ac046e56e3089fec1691c22544b605"_s);
}

void TestSession::oldPinHashReplacedAtSignIn()
{
    // Hashed with PBKDF2 before Argon2id (with fewer iterations than the 20,000 of the time,
    // so the test runs fast; the path is the same).
    TestData::Seeder seed(m_fixture->db());
    QVERIFY(seed.staff(u"s5"_s, u"MAD"_s, u"1005"_s, u"Pilar Sanz"_s, u"2468"_s, u"associate"_s,
                       true, 1000));
    const auto stored = [this] {
        return Database::scalar(m_fixture->db(),
                                u"SELECT pin_hash FROM staff WHERE id = 's5'"_s)
            .toString();
    };
    QVERIFY(!PinHash::isArgon2id(stored()));
    // A wrong PIN neither signs in nor touches the hash.
    const QString before = stored();
    QCOMPARE(signInFails(u"1005"_s, u"2469"_s), attemptsLeft(4));
    QCOMPARE(stored(), before);

    QVERIFY(m_session->signIn(u"1005"_s, u"2468"_s));
    const QString after = stored();
    QVERIFY2(after.startsWith(u"$argon2id$"_s), qPrintable(after));
    QCOMPARE(Database::scalar(m_fixture->db(),
                              u"SELECT pin_iterations FROM staff WHERE id = 's5'"_s)
                 .toInt(),
             0);
    // The service and the store's other tablets get it through the outbox, signed by the
    // staff member themself.
    const QList<QVariantMap> sent
        = Database::rows(m_fixture->db(),
                         u"SELECT name, associate_id, args FROM outbox ORDER BY mutation_id"_s);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().value(u"name"_s).toString(), u"staff.rehashPin"_s);
    QCOMPARE(sent.first().value(u"associate_id"_s).toString(), u"s5"_s);
    QVERIFY(!sent.first().value(u"args"_s).toString().contains(u"2468"_s));

    // The same PIN signs in against the new hash; a wrong one is refused; nothing more is sent.
    m_session->signOut();
    QVERIFY(m_session->signIn(u"1005"_s, u"2468"_s));
    m_session->signOut();
    QCOMPARE(signInFails(u"1005"_s, u"8642"_s), attemptsLeft(4));
    QCOMPARE(stored(), after);
    QCOMPARE(Database::scalar(m_fixture->db(), u"SELECT COUNT(*) FROM outbox"_s).toInt(), 1);
}

void TestSession::rehashOnlyByTheStaffMember()
{
    // Another associate cannot replace a colleague's hash (it would set their PIN).
    TestData::Seeder seed(m_fixture->db());
    QVERIFY(seed.staff(u"s5"_s, u"MAD"_s, u"1005"_s, u"Pilar Sanz"_s, u"2468"_s, u"associate"_s,
                       true, 1000));
    QVERIFY(m_session->signIn(u"1001"_s, u"1234"_s));
    const MutationResult result = m_fixture->store()->submit(
        u"staff.rehashPin"_s, {{u"staffId"_s, u"s5"_s}, {u"pinHash"_s, PinHash::hash(u"0000"_s)}});
    QVERIFY(!result.applied);
    QVERIFY(!PinHash::isArgon2id(
        Database::scalar(m_fixture->db(), u"SELECT pin_hash FROM staff WHERE id = 's5'"_s)
            .toString()));
}

void TestSession::signIn_data()
{
    QTest::addColumn<QString>("staffNumber");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("associateId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("manager");
    QTest::newRow("associate") << u"1001"_s << u"1234"_s << u"s1"_s << u"Lucía Gómez"_s << false;
    QTest::newRow("manager, 8 digits")
        << u"1002"_s << u"43210987"_s << u"s2"_s << u"Marta Ruiz"_s << true;
    QTest::newRow("spaces around the number")
        << u" 1001 "_s << u"1234"_s << u"s1"_s << u"Lucía Gómez"_s << false;
    // The device is not enrolled to a store yet: any store's staff may sign in.
    QTest::newRow("not enrolled, other store")
        << u"2001"_s << u"1111"_s << u"s3"_s << u"Jordi Puig"_s << false;
}

void TestSession::signIn()
{
    QFETCH(QString, staffNumber);
    QFETCH(QString, pin);
    QFETCH(QString, associateId);
    QFETCH(QString, name);
    QFETCH(bool, manager);
    QSignalSpy changed(m_session.get(), &Session::changed);
    QSignalSpy failed(m_session.get(), &Session::failed);
    QVERIFY(!m_session->isSignedIn());
    QVERIFY(m_session->signIn(staffNumber, pin));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(failed.count(), 0);
    QVERIFY(m_session->isSignedIn());
    QCOMPARE(m_session->associateId(), associateId);
    QCOMPARE(m_session->associateName(), name);
    QCOMPARE(m_session->isManager(), manager);
    QCOMPARE(m_session->property("signedIn").toBool(), true);
    // What the associate does from now on is theirs.
    QCOMPARE(m_fixture->store()->actorId(), associateId);
    TestData::Seeder seed(m_fixture->db());
    QVERIFY(seed.customer(u"c1"_s, u"Ana"_s, u"García"_s));
    QVERIFY(m_fixture->store()
                ->submit(u"note.add"_s,
                         {{u"id"_s, u"n1"_s}, {u"customerId"_s, u"c1"_s}, {u"body"_s, u"Hello"_s}})
                .applied);
    QCOMPARE(Database::scalar(m_fixture->db(), u"SELECT associate_id FROM outbox"_s).toString(),
             associateId);
    QCOMPARE(Database::scalar(m_fixture->db(), u"SELECT author_name FROM notes"_s).toString(),
             name);
}

void TestSession::wrongPinCountsDown()
{
    for (int left = 4; left >= 1; --left)
        QCOMPARE(signInFails(u"1001"_s, u"0000"_s), attemptsLeft(left));
    QVERIFY(!m_session->isSignedIn());
    QCOMPARE(m_fixture->store()->actorId(), QString());
}

void TestSession::fivewrongPinsLock()
{
    for (int i = 0; i < Session::maxFailures - 1; ++i)
        signInFails(u"1001"_s, u"9999"_s);
    QCOMPARE(TestData::rowCount(m_fixture->db(), u"outbox"_s), 0);
    const QString locked = signInFails(u"1001"_s, u"9999"_s);
    QVERIFY2(locked.contains(u"locked on every tablet"_s), qPrintable(locked));
    // The lock goes to the service, which refuses the staff member's changes everywhere and
    // sends the lock to every tablet of the store.
    QCOMPARE(Database::scalar(m_fixture->db(), u"SELECT name || ' ' || args FROM outbox"_s)
                 .toString()
                 .section(u' ', 0, 0),
             u"staff.lock"_s);
    QVERIFY(Database::scalar(m_fixture->db(), u"SELECT locked_at FROM staff WHERE id = 's1'"_s)
                .toLongLong()
            > 0);

    // The right PIN does not help while locked; the message says who can lift it.
    const QString stillLocked = signInFails(u"1001"_s, u"1234"_s);
    QVERIFY2(stillLocked.contains(u"Ask a manager"_s), qPrintable(stillLocked));
    QVERIFY(!m_session->isSignedIn());

    // Only that staff member is locked; only a manager lifts it.
    QVERIFY(!m_session->unlockStaff(u"1001"_s));
    QVERIFY(m_session->signIn(u"1002"_s, u"43210987"_s));
    QCOMPARE(m_session->associateId(), u"s2"_s);
    QVERIFY(m_session->unlockStaff(u"1001"_s));
    m_session->signOut();
    QVERIFY(m_session->signIn(u"1001"_s, u"1234"_s));
}

void TestSession::lockEndsAfterLockout()
{
    // A staff number this tablet does not know cannot be locked everywhere: it waits on this
    // tablet for a while.
    for (int i = 0; i < Session::maxFailures - 1; ++i)
        signInFails(u"7777"_s, u"9999"_s);
    QVERIFY(signInFails(u"7777"_s, u"9999"_s).contains(u"15 minutes"_s));
    const qint64 lockedAt = TestData::referenceMs();

    Clock::setCurrentDateTime(QDateTime::fromMSecsSinceEpoch(lockedAt + Session::lockoutMs - 1));
    const QString locked = signInFails(u"7777"_s, u"1234"_s);
    QVERIFY2(locked.contains(u"locked"_s), qPrintable(locked));
    QVERIFY2(locked.contains(u"10:15"_s), qPrintable(locked));

    // A fresh start: the count begins again.
    Clock::setCurrentDateTime(QDateTime::fromMSecsSinceEpoch(lockedAt + Session::lockoutMs));
    QCOMPARE(signInFails(u"7777"_s, u"0000"_s), attemptsLeft(4));
    QCOMPARE(TestData::rowCount(m_fixture->db(), u"outbox"_s), 0);
}

void TestSession::lockSurvivesRestart()
{
    for (int i = 0; i < Session::maxFailures; ++i)
        signInFails(u"1001"_s, u"9999"_s);
    // Restarting the app (a new session on the same data) does not lift the lock, nor does
    // time: a manager must.
    m_session.reset();
    m_session = std::make_unique<Session>(m_fixture->store(), nullptr);
    QVERIFY(signInFails(u"1001"_s, u"1234"_s).contains(u"locked"_s));
    Clock::setCurrentDateTime(
        QDateTime::fromMSecsSinceEpoch(TestData::referenceMs() + 24 * Session::lockoutMs));
    QVERIFY(signInFails(u"1001"_s, u"1234"_s).contains(u"locked"_s));
}

void TestSession::rightPinResetsCount()
{
    for (int left = 4; left >= 2; --left)
        QCOMPARE(signInFails(u"1001"_s, u"0000"_s), attemptsLeft(left));
    QVERIFY(m_session->signIn(u"1001"_s, u"1234"_s));
    m_session->signOut();
    QCOMPARE(signInFails(u"1001"_s, u"0000"_s), attemptsLeft(4));
    QCOMPARE(TestData::rowCount(m_fixture->db(), u"signin_attempts"_s), 1);
}

void TestSession::otherStoreRefused()
{
    QSignalSpy locationChanged(m_fixture->store(), &LocalStore::locationChanged);
    m_fixture->store()->setLocationId(u"MAD"_s);
    QCOMPARE(locationChanged.count(), 1);
    QCOMPARE(m_fixture->store()->locationName(), u"Madrid Serrano"_s);
    const QString message = signInFails(u"2001"_s, u"1111"_s);
    QVERIFY2(message.contains(u"another store"_s), qPrintable(message));
    QVERIFY(!m_session->isSignedIn());
    // Madrid staff still sign in.
    QVERIFY(m_session->signIn(u"1001"_s, u"1234"_s));

    // The enrolment is kept with the data.
    const QString path = m_fixture->path();
    m_fixture->store()->close();
    QVERIFY(m_fixture->store()->open(path));
    QCOMPARE(m_fixture->store()->locationId(), u"MAD"_s);
}

void TestSession::inactiveStaffRefused()
{
    QCOMPARE(signInFails(u"1003"_s, u"5555"_s), attemptsLeft(4));
}

void TestSession::unknownStaffNumber()
{
    // Same words as a wrong PIN: the tablet does not tell which staff numbers exist.
    QCOMPARE(signInFails(u"7777"_s, u"1234"_s), attemptsLeft(4));
    QCOMPARE(signInFails(u"7777"_s, u"1234"_s), attemptsLeft(3));
}

void TestSession::malformedInput_data()
{
    QTest::addColumn<QString>("staffNumber");
    QTest::addColumn<QString>("pin");
    QTest::newRow("no staff number") << QString() << u"1234"_s;
    QTest::newRow("blank staff number") << u"   "_s << u"1234"_s;
    QTest::newRow("no PIN") << u"1001"_s << QString();
    QTest::newRow("3 digits") << u"1001"_s << u"123"_s;
    QTest::newRow("9 digits") << u"1001"_s << u"123456789"_s;
    QTest::newRow("letters") << u"1001"_s << u"12a4"_s;
    QTest::newRow("space inside") << u"1001"_s << u"12 34"_s;
    QTest::newRow("trailing space") << u"1001"_s << u"1234 "_s;
    QTest::newRow("arabic-indic digits") << u"1001"_s << u"\u0661\u0662\u0663\u0664"_s;
    QTest::newRow("fullwidth digits") << u"1001"_s << u"\uff11\uff12\uff13\uff14"_s;
}

void TestSession::malformedInput()
{
    QFETCH(QString, staffNumber);
    QFETCH(QString, pin);
    const QString message = signInFails(staffNumber, pin);
    QVERIFY2(message.contains(u"4 to 8 digit PIN"_s), qPrintable(message));
    // A typo in the form is not a wrong PIN: nothing counts towards the lock.
    QCOMPARE(TestData::rowCount(m_fixture->db(), u"signin_attempts"_s), 0);
    QVERIFY(!PinHash::isWellFormed(pin) || staffNumber.trimmed().isEmpty());
}

void TestSession::signOut()
{
    QVERIFY(m_session->signIn(u"1002"_s, u"43210987"_s));
    QSignalSpy changed(m_session.get(), &Session::changed);
    m_session->signOut();
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_session->isSignedIn());
    QCOMPARE(m_session->associateId(), QString());
    QCOMPARE(m_session->associateName(), QString());
    QCOMPARE(m_session->role(), QString());
    QVERIFY(!m_session->isManager());
    QCOMPARE(m_fixture->store()->actorId(), QString());
    m_session->signOut();
    QCOMPARE(changed.count(), 1); // already signed out: nothing to announce
}

void TestSession::storeNotReady()
{
    m_fixture->store()->close();
    const QString message = signInFails(u"1001"_s, u"1234"_s);
    QVERIFY2(message.contains(u"not available"_s), qPrintable(message));
}

QTEST_MAIN(TestSession)
#include "tst_session.moc"
