// SPDX-License-Identifier: MIT
// The card payment state machine against the project's terminal simulator over real HTTP:
// approve, decline, partial approval, a timeout settled by asking for the status, a dropped
// answer, the app stopped after sending and started again, abort, reversal; and no card data
// in the database or the logs afterwards.
#include "cardtestkit.h"
#include "terminalsimulator.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

using CardTest::finish;

class TestCardTerminal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    std::unique_ptr<TerminalSimulator> m_terminal;
    quint16 m_port = 0;

    CardTerminal::Config config(int answerTimeoutMs = 5000) const
    {
        CardTerminal::Config c;
        c.url = QUrl(u"http://127.0.0.1:%1/nexo"_s.arg(m_port));
        c.poiId = u"SIM-0001"_s;
        c.saleId = u"TABLET-MAD-1"_s;
        c.answerTimeoutMs = answerTimeoutMs;
        c.statusTimeoutMs = 2000;
        c.pollIntervalMs = 100;
        c.maxStatusAttempts = 100;
        c.firstStatusDelayMs = 300;
        c.notFoundGraceMs = 1000;
        return c;
    }
    int requestsOf(const QString &kind) const
    {
        int count = 0;
        for (const QJsonValue &entry : m_terminal->log())
            count += entry[u"kind"_s].toString() == kind;
        return count;
    }
    /** Payments the terminal is working on (received, not yet answered). */
    int inFlight() const { return m_terminal->handleControl({})[u"inFlight"_s].toInt(); }

private slots:
    void initTestCase()
    {
        CardTest::captureLog();
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = CardTest::openStore(m_dir, u"cards"_s, &error);
        QVERIFY2(m_db.isOpen(), qPrintable(error));
        m_terminal = std::make_unique<TerminalSimulator>(u"SIM-0001"_s);
        m_port = m_terminal->listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port > 0);
    }
    void init() { m_terminal->handleControl({{u"delayMs"_s, 50}, {u"clearLog"_s, true}}); }

    void approved()
    {
        CardTerminal terminal(m_db, config());
        const QString id = terminal.startPayment(u"sale-1"_s, Money(4990, u"EUR"_s), false);
        QVERIFY(!id.isEmpty());
        // Persisted before anything was sent.
        QCOMPARE(terminal.record(id)->state, u"persisted"_s);
        const CardTerminal::Record r = finish(terminal, id);
        QCOMPARE(r.state, u"approved"_s);
        QCOMPARE(r.authorizedMinor, 4990);
        QCOMPARE(r.cardBrand, u"mc"_s);
        QCOMPARE(r.cardLast4, u"0010"_s);
        QVERIFY(r.poiTransactionId.startsWith(u"SIM"_s));
        QVERIFY(!r.poiTime.isEmpty());
        QCOMPARE(requestsOf(u"PaymentRequest"_s), 1);
    }

    void declined_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("reason");
        QTest::newRow("refused") << qint64(10123) << u"Refused"_s;
        QTest::newRow("insufficient funds") << qint64(10124) << u"Not%20enough%20balance"_s;
        QTest::newRow("expired card") << qint64(126) << u"Expired%20Card"_s;
    }
    void declined()
    {
        QFETCH(qint64, amount);
        QFETCH(QString, reason);
        CardTerminal terminal(m_db, config());
        const QString id = terminal.startPayment(u"sale-2"_s, Money(amount, u"EUR"_s), true);
        const CardTerminal::Record r = finish(terminal, id);
        QCOMPARE(r.state, u"declined"_s);
        QCOMPARE(r.authorizedMinor, 0);
        QCOMPARE(r.errorCondition, u"Refusal"_s);
        QCOMPARE(r.message, reason);
    }

    void partialApproval()
    {
        CardTerminal terminal(m_db, config());
        const QString id = terminal.startPayment(u"sale-3"_s, Money(8150, u"EUR"_s), true);
        const CardTerminal::Record r = finish(terminal, id);
        QCOMPARE(r.state, u"partial"_s);
        QCOMPARE(r.authorizedMinor, 4075);
        // Without partial approval allowed, the same amount is approved in full.
        const QString whole = terminal.startPayment(u"sale-3"_s, Money(8150, u"EUR"_s), false);
        QCOMPARE(finish(terminal, whole).authorizedMinor, 8150);
    }

    void timeoutThenStatus_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("approved") << qint64(2500) << u"approved"_s;
        QTest::newRow("declined") << qint64(2123) << u"declined"_s;
    }
    void timeoutThenStatus()
    {
        QFETCH(qint64, amount);
        QFETCH(QString, outcome);
        // The card takes longer than the app waits: the app asks instead of guessing.
        m_terminal->handleControl({{u"delayMs"_s, 1200}});
        CardTerminal terminal(m_db, config(300));
        QStringList states;
        connect(&terminal, &CardTerminal::stateChanged, this,
                [&states](const QString &, const QString &state) { states << state; });
        const QString id = terminal.startPayment(u"sale-4"_s, Money(amount, u"EUR"_s), false);
        const CardTerminal::Record r = finish(terminal, id);
        QCOMPARE(r.state, outcome);
        QVERIFY2(states.contains(u"checking"_s), qPrintable(states.join(u',')));
        QVERIFY(!states.contains(u"not_charged"_s));
        QVERIFY(r.statusChecks >= 1);
        QCOMPARE(requestsOf(u"PaymentRequest"_s), 1); // asked, never charged again
        QVERIFY(requestsOf(u"TransactionStatusRequest"_s) >= 1);
    }

    void droppedAnswer()
    {
        // Approved at the acquirer, and the answer never arrives.
        m_terminal->handleControl({{u"dropNextAnswer"_s, true}});
        CardTerminal terminal(m_db, config());
        const QString id = terminal.startPayment(u"sale-5"_s, Money(1999, u"EUR"_s), false);
        const CardTerminal::Record r = finish(terminal, id);
        QCOMPARE(r.state, u"approved"_s);
        QCOMPARE(r.authorizedMinor, 1999);
        QCOMPARE(r.cardLast4, u"0010"_s);
        QCOMPARE(requestsOf(u"PaymentRequest"_s), 1);
    }

    void appStoppedAfterSendingAndRestarted()
    {
        m_terminal->handleControl({{u"delayMs"_s, 600}});
        QString id;
        {
            CardTerminal before(m_db, config());
            id = before.startPayment(u"sale-6"_s, Money(3000, u"EUR"_s), false);
            QTRY_COMPARE(before.record(id)->state, u"sent"_s);
            QTRY_COMPARE(requestsOf(u"PaymentRequest"_s), 1); // the terminal has it
        } // the app is gone; the terminal carries on with the card
        QCOMPARE(CardTerminal(m_db, config()).record(id)->state, u"sent"_s);
        // The customer's card is approved meanwhile: the terminal has nothing in flight.
        QTRY_COMPARE(inFlight(), 0);
        CardTerminal after(m_db, config());
        QCOMPARE(after.recover(), 1);
        const CardTerminal::Record r = finish(after, id);
        QCOMPARE(r.state, u"approved"_s);
        QCOMPARE(r.authorizedMinor, 3000);
        QCOMPARE(requestsOf(u"PaymentRequest"_s), 1);
        QCOMPARE(after.recover(), 0); // nothing left to resume
    }

    void terminalRestartedMidTransaction()
    {
        m_terminal->handleControl({{u"delayMs"_s, 1500}});
        CardTerminal terminal(m_db, config());
        const QString id = terminal.startPayment(u"sale-7"_s, Money(4200, u"EUR"_s), false);
        QTRY_COMPARE(terminal.record(id)->state, u"sent"_s);
        QTRY_COMPARE(inFlight(), 1); // the terminal is waiting for the card
        m_terminal->handleControl({{u"restart"_s, QJsonObject {{u"keepHistory"_s, false}}}});
        // The terminal forgot it: never charged, and the app says so instead of guessing.
        const CardTerminal::Record r = finish(terminal, id);
        QCOMPARE(r.state, u"not_charged"_s);
    }

    void abortWhileWaitingForTheCard()
    {
        m_terminal->handleControl({{u"delayMs"_s, 3000}});
        CardTerminal terminal(m_db, config());
        const QString id = terminal.startPayment(u"sale-8"_s, Money(5000, u"EUR"_s), false);
        QTRY_COMPARE(terminal.record(id)->state, u"sent"_s);
        QTRY_COMPARE(inFlight(), 1); // the terminal is waiting for the card
        terminal.abort(id);
        const CardTerminal::Record r = finish(terminal, id, 2500);
        QCOMPARE(r.state, u"cancelled"_s);
        QCOMPARE(r.authorizedMinor, 0);
        QCOMPARE(requestsOf(u"AbortRequest"_s), 1);
    }

    void reversalOfAnAbandonedSplit()
    {
        CardTerminal terminal(m_db, config());
        const QString paid = terminal.startPayment(u"sale-9"_s, Money(6000, u"EUR"_s), false);
        const CardTerminal::Record payment = finish(terminal, paid);
        QCOMPARE(payment.state, u"approved"_s);
        // The customer walks away from the rest of the split: the card part is given back.
        const QString reversal = terminal.startReversal(u"sale-9"_s, payment.poiTransactionId,
                                                        payment.poiTime, Money(6000, u"EUR"_s));
        const CardTerminal::Record back = finish(terminal, reversal);
        QCOMPARE(back.state, u"approved"_s);
        QCOMPARE(back.authorizedMinor, 6000);
        // Nothing more can be given back than was paid.
        const QString again = terminal.startReversal(u"sale-9"_s, payment.poiTransactionId,
                                                     payment.poiTime, Money(100, u"EUR"_s));
        QCOMPARE(finish(terminal, again).state, u"declined"_s);
        // A referenced refund of part of a payment.
        const QString paid2 = terminal.startPayment(u"sale-10"_s, Money(3000, u"EUR"_s), false);
        const CardTerminal::Record payment2 = finish(terminal, paid2);
        const QString part = terminal.startReversal(u"sale-10"_s, payment2.poiTransactionId,
                                                    payment2.poiTime, Money(1250, u"EUR"_s));
        QCOMPARE(finish(terminal, part).authorizedMinor, 1250);
    }

    void unreachableTerminalGoesToReview()
    {
        CardTerminal::Config c = config(300);
        c.url = QUrl(u"http://127.0.0.1:1/nexo"_s); // nothing listens there
        CardTerminal terminal(m_db, c);
        const QString id = terminal.startPayment(u"sale-11"_s, Money(1000, u"EUR"_s), false);
        const CardTerminal::Record r = finish(terminal, id);
        // Not a decline: the associate is asked to look at the terminal.
        QCOMPARE(r.state, u"review"_s);
        // The terminal is back: asking again settles it (it never got the payment).
        c.url = config().url;
        terminal.setConfig(c);
        terminal.checkStatus(id);
        QCOMPARE(finish(terminal, id).state, u"not_charged"_s);
    }

    void noCardDataKept()
    {
        // Runs last: everything above went through the database and the log.
        m_db = QSqlDatabase();
        Database::close(u"cards"_s);
        const QByteArray bytes = CardTest::storeBytes(m_dir);
        const QString log = CardTest::capturedLog().join(u'\n');
        QVERIFY(log.contains(u"approved"_s)); // the log did record the payments
        for (const char *secret : CardTest::cardSecrets()) {
            QVERIFY2(!bytes.contains(secret), secret);
            QVERIFY2(!log.contains(QLatin1String(secret)), secret);
        }
        m_db = Database::openSqlite(m_dir.filePath(u"clienteling.db"_s), u"cards"_s, nullptr);
    }
};

QTEST_GUILESS_MAIN(TestCardTerminal)
#include "tst_cardterminal.moc"
