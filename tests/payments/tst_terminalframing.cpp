// SPDX-License-Identifier: MIT
// How a terminal's HTTP answers are framed on the wire, against the Adyen-shaped stand-in over
// real HTTP on loopback: answers in Transfer-Encoding: chunked (with chunk extensions and a
// trailer) are read as they are, and an answer larger than the cap is never an approval: it is
// treated as unreadable and the terminal is asked for the status.
#include "adyenstandin.h"
#include "cardtestkit.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

using CardTest::capturedLog;
using CardTest::finish;

namespace {
const QString poi = u"V400m-324688179"_s;
constexpr qsizetype twoMiB = 2 * 1024 * 1024;
} // namespace

class TestTerminalFraming : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    std::unique_ptr<AdyenStandIn> m_adyen;
    int m_sale = 0;

    CardTerminal::Config config() const
    {
        CardTerminal::Config c;
        c.url = QUrl(m_adyen->url());
        c.poiId = poi;
        c.saleId = u"TABLET-MAD-1"_s;
        c.answerTimeoutMs = 5000;
        c.statusTimeoutMs = 5000;
        c.pollIntervalMs = 100;
        c.firstStatusDelayMs = 200;
        c.notFoundGraceMs = 1000;
        c.maxStatusAttempts = 100;
        return c;
    }
    QString nextSale() { return u"sale-%1"_s.arg(++m_sale); }
    QJsonObject approveAll(const AdyenStandIn::Request &r) const
    {
        return m_adyen->approval(r, AdyenStandIn::requestedMinor(r),
                                 AdyenStandIn::requestedCurrency(r));
    }

private slots:
    void initTestCase()
    {
        CardTest::captureLog();
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = CardTest::openStore(m_dir, u"framing"_s, &error);
        QVERIFY2(m_db.isOpen(), qPrintable(error));
        m_adyen = std::make_unique<AdyenStandIn>(poi);
        QVERIFY(m_adyen->listen() > 0);
    }
    void init()
    {
        m_adyen->reset();
        capturedLog().clear();
    }

    /** A chunked approval is read as the approval it is, at once, without a status question;
        a declined payment in chunks is a decline. */
    void chunkedAnswerIsRead()
    {
        m_adyen->setFraming(AdyenStandIn::Framing::Chunked);
        CardTerminal terminal(m_db, config());
        const QString id = terminal.startPayment(nextSale(), Money(4990, u"EUR"_s), true);
        const CardTerminal::Record r = finish(terminal, id);
        QCOMPARE(r.state, u"approved"_s);
        QCOMPARE(r.authorizedMinor, 4990);
        QCOMPARE(r.cardLast4, u"0010"_s);
        QCOMPARE(m_adyen->count(u"TransactionStatusRequest"_s), 0);

        m_adyen->script(u"PaymentRequest"_s, [this](const AdyenStandIn::Request &r) {
            return AdyenStandIn::Answer::with(m_adyen->refusal(r, u"Refused"_s));
        });
        const QString declined = terminal.startPayment(nextSale(), Money(1200, u"EUR"_s), true);
        const CardTerminal::Record d = finish(terminal, declined);
        QCOMPARE(d.state, u"declined"_s);
        QCOMPARE(d.message, u"Refused"_s);
        QCOMPARE(m_adyen->count(u"TransactionStatusRequest"_s), 0);
    }

    /** The payment's answer is lost; the status answer comes in chunks and settles it. */
    void chunkedStatusAnswerIsRead()
    {
        m_adyen->setFraming(AdyenStandIn::Framing::Chunked);
        m_adyen->script(u"PaymentRequest"_s, [this](const AdyenStandIn::Request &r) {
            m_adyen->remember(r, approveAll(r));
            return AdyenStandIn::Answer::drop();
        });
        CardTerminal terminal(m_db, config());
        const QString id = terminal.startPayment(nextSale(), Money(2500, u"EUR"_s), true);
        const CardTerminal::Record r = finish(terminal, id);
        QCOMPARE(r.state, u"approved"_s);
        QCOMPARE(r.authorizedMinor, 2500);
        QCOMPARE(m_adyen->count(u"TransactionStatusRequest"_s), 1);
    }

    /** An approval padded past the cap is not read: the terminal is asked for the status, and
        when the status answers are oversized too, the associate checks (review), never an
        approval. */
    void oversizedAnswerIsNeverAnApproval_data()
    {
        QTest::addColumn<AdyenStandIn::Framing>("framing");
        QTest::newRow("content-length") << AdyenStandIn::Framing::ContentLength;
        QTest::newRow("chunked") << AdyenStandIn::Framing::Chunked;
    }
    void oversizedAnswerIsNeverAnApproval()
    {
        QFETCH(AdyenStandIn::Framing, framing);
        m_adyen->setFraming(framing);
        m_adyen->script(u"PaymentRequest"_s, [this](const AdyenStandIn::Request &r) {
            m_adyen->remember(r, approveAll(r));
            return AdyenStandIn::Answer::oversized(approveAll(r), twoMiB);
        });
        for (int i = 0; i < 3; ++i) {
            m_adyen->script(u"TransactionStatusRequest"_s, [this](const AdyenStandIn::Request &r) {
                return AdyenStandIn::Answer::oversized(m_adyen->failure(r, u"InProgress"_s),
                                                       twoMiB);
            });
        }
        CardTerminal terminal(m_db, config());
        QSignalSpy states(&terminal, &CardTerminal::stateChanged);
        const QString id = terminal.startPayment(nextSale(), Money(3000, u"EUR"_s), true);
        const CardTerminal::Record r = finish(terminal, id, 20000);
        QCOMPARE(r.state, u"review"_s);
        QCOMPARE(r.authorizedMinor, 0);
        QCOMPARE(m_adyen->count(u"TransactionStatusRequest"_s), 3);
        QStringList seen;
        for (const QList<QVariant> &change : std::as_const(states))
            seen << change.value(1).toString();
        QVERIFY2(seen.contains(u"checking"_s), qPrintable(seen.join(u", "_s)));
        QVERIFY2(!seen.contains(u"approved"_s), qPrintable(seen.join(u", "_s)));
        const QString log = capturedLog().join(u'\n');
        QVERIFY2(log.contains(u"larger than 1 MiB"_s), qPrintable(log.right(2000)));

        // Asked again once the terminal answers in size, the approval it remembered settles it.
        terminal.checkStatus(id);
        QCOMPARE(finish(terminal, id).state, u"approved"_s);
    }
};

QTEST_GUILESS_MAIN(TestTerminalFraming)
#include "tst_terminalframing.moc"
