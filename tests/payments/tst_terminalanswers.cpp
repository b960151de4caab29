// SPDX-License-Identifier: MIT
// Answers a terminal may give that must not be taken at face value, each against the project's
// simulator (its /control faults) and against a stand-in answering like Adyen's published
// Terminal API examples (scripted per request): an answer or a status answer about another
// transaction, amounts or a currency that differ from the request, Busy and InProgress
// interleaved, unreadable answers, and NotFound right after a lost connection. Over real HTTP on
// loopback, with the persisted state machine in a real SQLite store.
#include "adyenstandin.h"
#include "cardtestkit.h"
#include "terminalsimulator.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

using CardTest::capturedLog;
using CardTest::finish;

namespace {
constexpr int firstStatusDelayMs = 400;
constexpr int notFoundGraceMs = 1500;
const QString adyenPoi = u"V400m-324688179"_s;
} // namespace

class TestTerminalAnswers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    std::unique_ptr<TerminalSimulator> m_simulator;
    std::unique_ptr<AdyenStandIn> m_adyen;
    quint16 m_simulatorPort = 0;
    int m_sale = 0;

    bool adyen() const
    {
        QFETCH_GLOBAL(QString, terminal);
        return terminal == u"adyen"_s;
    }
    CardTerminal::Config config() const
    {
        CardTerminal::Config c;
        c.url = adyen() ? QUrl(m_adyen->url())
                        : QUrl(u"http://127.0.0.1:%1/nexo"_s.arg(m_simulatorPort));
        c.poiId = adyen() ? adyenPoi : m_simulator->poiId();
        c.saleId = u"TABLET-MAD-1"_s;
        c.answerTimeoutMs = 3000;
        c.statusTimeoutMs = 2000;
        c.pollIntervalMs = 100;
        c.firstStatusDelayMs = firstStatusDelayMs;
        c.notFoundGraceMs = notFoundGraceMs;
        c.maxStatusAttempts = 100;
        return c;
    }
    QString nextSale() { return u"sale-%1"_s.arg(++m_sale); }
    /** When each request of this kind reached the terminal (ms since the epoch). */
    QList<qint64> arrivals(const QString &kind) const
    {
        QList<qint64> times;
        if (adyen()) {
            for (const AdyenStandIn::Request &request : m_adyen->requests()) {
                if (request.kind == kind)
                    times << request.atMs;
            }
        } else {
            for (const QJsonValue &entry : m_simulator->log()) {
                if (entry[u"kind"_s].toString() == kind)
                    times << QDateTime::fromString(entry[u"at"_s].toString(), Qt::ISODateWithMs)
                                 .toMSecsSinceEpoch();
            }
        }
        return times;
    }
    int requestsOf(const QString &kind) const { return int(arrivals(kind).size()); }
    AdyenStandIn::Request firstPayment() const
    {
        for (const AdyenStandIn::Request &request : m_adyen->requests()) {
            if (request.kind == u"PaymentRequest"_s)
                return request;
        }
        return {};
    }
    /** Adyen: the payment is processed as outcome says, then its connection is cut. */
    void adyenLosesTheAnswer(std::function<QJsonObject(const AdyenStandIn::Request &)> outcome)
    {
        m_adyen->script(u"PaymentRequest"_s, [this, outcome](const AdyenStandIn::Request &r) {
            m_adyen->remember(r, outcome(r));
            return AdyenStandIn::Answer::drop();
        });
    }
    QJsonObject approveAll(const AdyenStandIn::Request &r) const
    {
        return m_adyen->approval(r, AdyenStandIn::requestedMinor(r),
                                 AdyenStandIn::requestedCurrency(r));
    }
    void scriptStatusAnswers(const QStringList &answers)
    {
        if (!adyen()) {
            m_simulator->handleControl({{u"statusAnswers"_s, QJsonArray::fromStringList(answers)}});
            return;
        }
        for (const QString &answer : answers) {
            m_adyen->script(
                u"TransactionStatusRequest"_s, [this, answer](const AdyenStandIn::Request &r) {
                    return answer == u"Unreadable"_s
                        ? AdyenStandIn::Answer::rawBody("<html><body>Terminal busy</body></html>")
                        : AdyenStandIn::Answer::with(m_adyen->failure(r, answer));
                });
        }
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("terminal");
        QTest::newRow("simulator") << u"simulator"_s;
        QTest::newRow("adyen") << u"adyen"_s;
    }
    void initTestCase()
    {
        CardTest::captureLog();
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = CardTest::openStore(m_dir, u"answers"_s, &error);
        QVERIFY2(m_db.isOpen(), qPrintable(error));
        m_simulator = std::make_unique<TerminalSimulator>(u"SIM-0001"_s);
        m_simulatorPort = m_simulator->listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_simulatorPort > 0);
        m_adyen = std::make_unique<AdyenStandIn>(adyenPoi);
        QVERIFY(m_adyen->listen() > 0);
    }
    void init()
    {
        m_simulator->handleControl({{u"delayMs"_s, 50}, {u"clearLog"_s, true}});
        m_adyen->reset();
    }

    /** The plain case, so the others mean something: the answer is read as it is. */
    void approvalIsRead()
    {
        CardTerminal terminal(m_db, config());
        const QString id = terminal.startPayment(nextSale(), Money(4990, u"EUR"_s), true);
        const CardTerminal::Record r = finish(terminal, id);
        QCOMPARE(r.state, u"approved"_s);
        QCOMPARE(r.authorizedMinor, 4990);
        QCOMPARE(r.cardBrand, u"mc"_s);
        QCOMPARE(r.cardLast4, u"0010"_s);
        QVERIFY(!r.poiTransactionId.isEmpty());
        QCOMPARE(requestsOf(u"TransactionStatusRequest"_s), 0);
    }

    /** Finding 1: the terminal declined ours and answered with another transaction's
        approval. Never an approval: the terminal is asked about ours. */
    void answerForAnotherTransaction_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("ServiceID") << u"ServiceID"_s;
        QTest::newRow("SaleID") << u"SaleID"_s;
        QTest::newRow("POIID") << u"POIID"_s;
        QTest::newRow("SaleTransactionID") << u"SaleTransactionID"_s;
    }
    void answerForAnotherTransaction()
    {
        QFETCH(QString, field);
        if (adyen()) {
            m_adyen->script(u"PaymentRequest"_s, [this, field](const AdyenStandIn::Request &r) {
                m_adyen->remember(r, m_adyen->refusal(r, u"Refused"_s));
                const QJsonObject approval = approveAll(r);
                const QJsonValue other = field == u"POIID"_s ? u"V400m-000000001"_s
                    : field == u"SaleID"_s                   ? u"POSSystemID999"_s
                                                             : u"Q8ZK2M0A7T"_s;
                const QStringList path = field == u"SaleTransactionID"_s
                    ? QStringList {u"SaleToPOIResponse"_s, u"PaymentResponse"_s, u"SaleData"_s,
                                   u"SaleTransactionID"_s, u"TransactionID"_s}
                    : QStringList {u"SaleToPOIResponse"_s, u"MessageHeader"_s, field};
                return AdyenStandIn::Answer::with(AdyenStandIn::with(approval, path, other));
            });
        } else {
            m_simulator->handleControl({{u"foreignAnswerNext"_s, field}});
        }
        CardTerminal terminal(m_db, config());
        const QString id = terminal.startPayment(nextSale(), Money(2500, u"EUR"_s), true);
        const CardTerminal::Record r = finish(terminal, id);
        QCOMPARE(r.state, u"declined"_s);
        QCOMPARE(r.authorizedMinor, 0);
        QCOMPARE(r.errorCondition, u"Refusal"_s);
        QCOMPARE(requestsOf(u"PaymentRequest"_s), 1);
        QVERIFY(requestsOf(u"TransactionStatusRequest"_s) >= 1);
    }

    /** Finding 2: our answer was lost; the status answer names another transaction (in its
        MessageReference, its repeated header, the repeated SaleTransactionID, or all). It is
        ignored and asked again; the truth about ours (declined) settles it. */
    void statusAboutAnotherTransaction_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("MessageReference") << u"MessageReference"_s;
        QTest::newRow("repeated MessageHeader") << u"MessageHeader"_s;
        QTest::newRow("SaleTransactionID") << u"SaleTransactionID"_s;
        QTest::newRow("all") << u"all"_s;
    }
    void statusAboutAnotherTransaction()
    {
        QFETCH(QString, field);
        qint64 amount = 2500;
        if (adyen()) {
            adyenLosesTheAnswer([this](const AdyenStandIn::Request &r) {
                return m_adyen->refusal(r, u"Refused"_s);
            });
            m_adyen->script(
                u"TransactionStatusRequest"_s, [this, field](const AdyenStandIn::Request &r) {
                    const bool all = field == u"all"_s;
                    QJsonObject original = approveAll(firstPayment());
                    if (all || field == u"MessageHeader"_s)
                        original = AdyenStandIn::with(
                            original, {u"SaleToPOIResponse"_s, u"MessageHeader"_s, u"ServiceID"_s},
                            u"Q8ZK2M0A7T"_s);
                    if (all || field == u"SaleTransactionID"_s)
                        original = AdyenStandIn::with(original,
                                                      {u"SaleToPOIResponse"_s, u"PaymentResponse"_s,
                                                       u"SaleData"_s, u"SaleTransactionID"_s,
                                                       u"TransactionID"_s},
                                                      u"other-pay"_s);
                    QJsonObject answer = m_adyen->statusFound(r, original);
                    if (all || field == u"MessageReference"_s)
                        answer = AdyenStandIn::with(answer,
                                                    {u"SaleToPOIResponse"_s,
                                                     u"TransactionStatusResponse"_s,
                                                     u"MessageReference"_s, u"ServiceID"_s},
                                                    u"Q8ZK2M0A7T"_s);
                    return AdyenStandIn::Answer::with(answer);
                });
        } else {
            amount = 2123; // declined at the "bank"
            m_simulator->handleControl(
                {{u"dropNextAnswer"_s, true}, {u"foreignStatusNext"_s, field}});
        }
        CardTerminal terminal(m_db, config());
        const QString id = terminal.startPayment(nextSale(), Money(amount, u"EUR"_s), true);
        const CardTerminal::Record r = finish(terminal, id);
        QCOMPARE(r.state, u"declined"_s);
        QCOMPARE(r.authorizedMinor, 0);
        QVERIFY(requestsOf(u"TransactionStatusRequest"_s) >= 2);
        QCOMPARE(requestsOf(u"PaymentRequest"_s), 1);
    }

    /** Finding 4: more than asked, or another currency, is "needs checking" with the
        terminal's figures; a Success for less than asked is a partial cover. Also when the
        answer comes through a status question. */
    void amountsThatDoNotMatch_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("lost");
        QTest::addColumn<QString>("state");
        QTest::addColumn<qint64>("authorized");
        QTest::addColumn<QString>("currency");
        QTest::newRow("ten times")
            << u"tenfold"_s << false << u"mismatch"_s << qint64(49900) << u"EUR"_s;
        QTest::newRow("ten times, via status")
            << u"tenfold"_s << true << u"mismatch"_s << qint64(49900) << u"EUR"_s;
        QTest::newRow("USD for EUR")
            << u"usd"_s << false << u"mismatch"_s << qint64(4990) << u"USD"_s;
        QTest::newRow("USD for EUR, via status")
            << u"usd"_s << true << u"mismatch"_s << qint64(4990) << u"USD"_s;
        QTest::newRow("Success below")
            << u"below"_s << false << u"partial"_s << qint64(2495) << u"EUR"_s;
    }
    void amountsThatDoNotMatch()
    {
        QFETCH(QString, fault);
        QFETCH(bool, lost);
        QFETCH(QString, state);
        QFETCH(qint64, authorized);
        QFETCH(QString, currency);
        if (adyen()) {
            auto answer = [this, fault](const AdyenStandIn::Request &r) {
                const qint64 asked = AdyenStandIn::requestedMinor(r);
                return fault == u"tenfold"_s ? m_adyen->approval(r, asked * 10, u"EUR"_s)
                    : fault == u"usd"_s      ? m_adyen->approval(r, asked, u"USD"_s)
                                             : m_adyen->approval(r, asked / 2, u"EUR"_s);
            };
            if (lost)
                adyenLosesTheAnswer(answer);
            else
                m_adyen->script(u"PaymentRequest"_s, [answer](const AdyenStandIn::Request &r) {
                    return AdyenStandIn::Answer::with(answer(r));
                });
        } else {
            QJsonObject control {{u"dropNextAnswer"_s, lost}};
            if (fault == u"tenfold"_s)
                control.insert(u"authorizedFactorNext"_s, 10);
            else if (fault == u"usd"_s)
                control.insert(u"currencyNext"_s, u"USD"_s);
            else
                control.insert(u"successBelowNext"_s, true);
            m_simulator->handleControl(control);
        }
        CardTerminal terminal(m_db, config());
        const QString id = terminal.startPayment(nextSale(), Money(4990, u"EUR"_s), true);
        const CardTerminal::Record r = finish(terminal, id);
        QCOMPARE(r.state, state);
        QCOMPARE(r.authorizedMinor, authorized);
        QCOMPARE(r.authorizedCurrency, currency);
        QCOMPARE(r.amountMinor, 4990); // what was asked stays as asked
        QCOMPARE(r.currency, u"EUR"_s);
        QVERIFY(!CardTerminal::isApproved(u"mismatch"_s));
        QCOMPARE(requestsOf(u"PaymentRequest"_s), 1);
    }

    /** Finding 5: "three in a row" means in a row. Busy to a status question means "still
        running" (as InProgress); unreadable answers between usable ones start the count
        again. */
    void statusAnswersInARow_data()
    {
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<QString>("state");
        QTest::newRow("Busy and InProgress interleaved")
            << QStringList {u"Busy"_s,       u"InProgress"_s, u"Busy"_s,
                            u"InProgress"_s, u"Busy"_s,       u"InProgress"_s}
            << u"approved"_s;
        QTest::newRow("unreadable, not in a row")
            << QStringList {u"Unreadable"_s, u"Unreadable"_s, u"InProgress"_s, u"Unreadable"_s,
                            u"Unreadable"_s}
            << u"approved"_s;
        QTest::newRow("unreadable three in a row")
            << QStringList {u"Unreadable"_s, u"Unreadable"_s, u"Unreadable"_s} << u"review"_s;
    }
    void statusAnswersInARow()
    {
        QFETCH(QStringList, answers);
        QFETCH(QString, state);
        if (adyen())
            adyenLosesTheAnswer([this](const AdyenStandIn::Request &r) { return approveAll(r); });
        else
            m_simulator->handleControl({{u"dropNextAnswer"_s, true}});
        scriptStatusAnswers(answers);
        CardTerminal terminal(m_db, config());
        const QString id = terminal.startPayment(nextSale(), Money(3000, u"EUR"_s), true);
        const CardTerminal::Record r = finish(terminal, id);
        QCOMPARE(r.state, state);
        if (state == u"review"_s)
            QCOMPARE(r.errorCondition, u"Unreachable"_s);
        else
            QCOMPARE(r.authorizedMinor, 3000);
        QCOMPARE(requestsOf(u"PaymentRequest"_s), 1);
    }

    /** Finding 5: an unreadable answer is logged with why it could not be used. */
    void unreadableAnswerSaysWhy()
    {
        capturedLog().clear();
        if (adyen()) {
            m_adyen->script(u"PaymentRequest"_s, [this](const AdyenStandIn::Request &r) {
                m_adyen->remember(r, approveAll(r));
                return AdyenStandIn::Answer::rawBody("<html><body>Terminal busy</body></html>");
            });
        } else {
            m_simulator->handleControl({{u"dropNextAnswer"_s, true}});
        }
        scriptStatusAnswers({u"Unreadable"_s});
        CardTerminal terminal(m_db, config());
        const QString id = terminal.startPayment(nextSale(), Money(3000, u"EUR"_s), true);
        QCOMPARE(finish(terminal, id).state, u"approved"_s);
        const QStringList unusable = capturedLog().filter(u"no usable answer"_s);
        QVERIFY2(unusable.size() >= (adyen() ? 2 : 1), qPrintable(capturedLog().join(u'\n')));
        for (const QString &line : unusable) {
            QVERIFY2(!line.contains(u"\"\""_s), qPrintable(line));
            QVERIFY2(!line.trimmed().endsWith(u':'), qPrintable(line));
        }
        QVERIFY2(capturedLog().join(u'\n').contains(u"not JSON"_s),
                 qPrintable(capturedLog().join(u'\n')));
    }

    /** Finding 6: the connection drops as soon as the payment is sent; the terminal has not
        registered it yet and says NotFound, then approves. The first status question waits a
        moment, and a NotFound that soon after sending means "ask again". */
    void notFoundRightAfterADroppedConnection()
    {
        if (adyen()) {
            m_adyen->script(u"PaymentRequest"_s, [](const AdyenStandIn::Request &) {
                return AdyenStandIn::Answer::drop();
            });
            scriptStatusAnswers({u"NotFound"_s, u"NotFound"_s});
            m_adyen->script(u"TransactionStatusRequest"_s, [this](const AdyenStandIn::Request &r) {
                return AdyenStandIn::Answer::with(
                    m_adyen->statusFound(r, approveAll(firstPayment())));
            });
        } else {
            m_simulator->handleControl({{u"delayMs"_s, 700}, {u"cutNextConnection"_s, true}});
            scriptStatusAnswers({u"NotFound"_s, u"NotFound"_s});
        }
        CardTerminal terminal(m_db, config());
        qint64 lostAt = 0;
        connect(&terminal, &CardTerminal::stateChanged, this,
                [&lostAt](const QString &, const QString &state) {
                    if (state == u"checking"_s && !lostAt)
                        lostAt = QDateTime::currentMSecsSinceEpoch();
                });
        const QString id = terminal.startPayment(nextSale(), Money(3300, u"EUR"_s), true);
        const CardTerminal::Record r = finish(terminal, id);
        QCOMPARE(r.state, u"approved"_s);
        QCOMPARE(r.authorizedMinor, 3300);
        QVERIFY(lostAt > 0);
        const QList<qint64> asked = arrivals(u"TransactionStatusRequest"_s);
        QVERIFY(asked.size() >= 3);
        // Coarse timers may fire up to 5 % early.
        QVERIFY2(
            asked.first() - lostAt >= firstStatusDelayMs * 9 / 10,
            qPrintable(u"asked %1 ms after the connection dropped"_s.arg(asked.first() - lostAt)));
        QCOMPARE(requestsOf(u"PaymentRequest"_s), 1);
    }

    /** ... and a terminal that really never got it: not charged once the grace is over. */
    void notFoundLongAfterSendingIsNotCharged()
    {
        if (adyen()) {
            m_adyen->script(u"PaymentRequest"_s, [](const AdyenStandIn::Request &) {
                return AdyenStandIn::Answer::drop();
            });
        } else {
            m_simulator->handleControl({{u"delayMs"_s, 5000}, {u"cutNextConnection"_s, true}});
        }
        CardTerminal terminal(m_db, config());
        QElapsedTimer sent;
        sent.start();
        const QString id = terminal.startPayment(nextSale(), Money(3400, u"EUR"_s), true);
        if (!adyen()) {
            // The terminal restarts and forgets the payment it was working on.
            QTRY_COMPARE(requestsOf(u"PaymentRequest"_s), 1);
            m_simulator->handleControl({{u"restart"_s, QJsonObject {{u"keepHistory"_s, false}}}});
        }
        const CardTerminal::Record r = finish(terminal, id);
        QCOMPARE(r.state, u"not_charged"_s);
        QCOMPARE(r.errorCondition, u"NotFound"_s);
        QVERIFY(sent.elapsed() >= notFoundGraceMs * 9 / 10);
        QCOMPARE(requestsOf(u"PaymentRequest"_s), 1);
    }

    void noCardDataKept()
    {
        // Runs last for each terminal: everything above went through the database and the log.
        const QString log = capturedLog().join(u'\n');
        const QByteArray bytes = CardTest::storeBytes(m_dir);
        for (const char *secret : CardTest::cardSecrets()) {
            QVERIFY2(!bytes.contains(secret), secret);
            QVERIFY2(!log.contains(QLatin1String(secret)), secret);
        }
    }
};

QTEST_GUILESS_MAIN(TestTerminalAnswers)
#include "tst_terminalanswers.moc"
