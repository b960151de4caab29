// SPDX-License-Identifier: MIT
// Checkout end to end: a tablet against the real central service (SQLite, and PostgreSQL when
// given) through the fault proxy, and the project's card terminal simulator. A cart of a
// carried-out and a shipped item paid half by gift card and half by card while the service is
// down; after it returns, one order, two payments, the gift card reduced once, a receipt PDF;
// then one item returned and refunded to the card, and the timeline showing all of it.
#include "cardterminal.h"
#include "cashdrawer.h"
#include "checkoutcontroller.h"
#include "customertimelinemodel.h"
#include "discounts.h"
#include "endlessaisle.h"
#include "paymentterminal.h"
#include "receipt.h"
#include "returnscontroller.h"
#include "session.h"
#include "stockfixture.h"
#include "synctestkit.h"
#include "terminalsimulator.h"

#include <QStandardPaths>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace TestServer;
using namespace SyncTest;

namespace {
const QString giftCardNumber = u"6039 0000 0000 0009"_s;
}

class TestCheckout : public SyncTestCase
{
    Q_OBJECT

private:
    std::unique_ptr<TerminalSimulator> m_terminal;
    quint16 m_terminalPort = 0;

    void setOnline(bool online)
    {
        m_proxy->setDefaultMode(online ? FaultProxy::Mode::Pass : FaultProxy::Mode::DropRequest);
    }
    bool seedGiftCard(qint64 balance)
    {
        return putRows(m_server->database(), u"gift_card"_s,
                       {{{u"id"_s, GiftCards::idFor(giftCardNumber)},
                         {u"last4"_s, u"0009"_s},
                         {u"balance_minor"_s, balance},
                         {u"currency"_s, u"EUR"_s},
                         {u"status"_s, u"active"_s},
                         {u"updated_at"_s, 1}}});
    }
    /** Asks the service for the gift card's balance, as the gift card dialog does; the
        balance the controller now knows. */
    qint64 checkGiftCard(CheckoutController &checkout)
    {
        QSignalSpy checked(&checkout, &CheckoutController::giftCardChecked);
        checkout.checkGiftCard(giftCardNumber);
        if (!checked.wait(5000) || !checked.last().at(3).toBool())
            return -100;
        return checked.last().at(1).toLongLong();
    }
    qint64 serverGiftCardBalance()
    {
        return serverValue(u"SELECT balance_minor FROM gift_cards WHERE id = ?"_s,
                           {GiftCards::idFor(giftCardNumber)})
            .toLongLong();
    }
    std::unique_ptr<PaymentTerminal> terminalFor(Tablet &tablet)
    {
        auto terminal = std::make_unique<PaymentTerminal>(tablet.store());
        terminal->setTimeouts(3000, 2000, 100);
        if (!terminal->configure(u"http://127.0.0.1:%1/nexo"_s.arg(m_terminalPort), u"SIM-0001"_s))
            return nullptr;
        return terminal;
    }
    /** José's cart: one jumper carried out, one shipped home from the warehouse. */
    bool fillCart(Tablet &tablet)
    {
        Q_UNUSED(tablet);
        EndlessAisle here; // on the product page: "Add to cart", from this store's stock
        here.setCustomerId(u"C00001"_s);
        here.setSku(u"SKU-1-M"_s);
        if (!here.addToCartHere())
            return false;
        EndlessAisle aisle;
        aisle.setCustomerId(u"C00001"_s);
        aisle.setSku(u"SKU-1-L"_s);
        return aisle.addToCart(u"WH1"_s, {}, StockTest::madridAddress().toVariantMap(),
                               u"ES-STD"_s);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
        quietLogs();
        m_terminal = std::make_unique<TerminalSimulator>(u"SIM-0001"_s);
        m_terminal->setDelayMs(50);
        m_terminalPort = m_terminal->listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_terminalPort > 0);
    }
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &backend : backends())
            QTest::newRow(qPrintable(backend)) << backend;
    }
    void init()
    {
        QVERIFY2(!postgresRequiredButMissing(), "CLIENTELING_REQUIRE_PG=1 but no PostgreSQL URL");
        QFETCH_GLOBAL(QString, backend);
        QVERIFY(startFixture(backend));
        QVERIFY(StockTest::seedDeliveryOptions(m_server->database()));
        QVERIFY(seedGiftCard(10000));
        m_terminal->handleControl({{u"delayMs"_s, 50}, {u"clearLog"_s, true}});
    }
    void cleanup() { stopFixture(); }

    void splitPaymentOfflineThenReturnToCard()
    {
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        auto terminal = terminalFor(tablet);
        QVERIFY(terminal);
        QVERIFY(fillCart(tablet));

        // The gift card's balance is asked for while the service answers; then it goes
        // down, and the sale goes on.
        CheckoutController checkout;
        QCOMPARE(checkGiftCard(checkout), 10000);
        setOnline(false);
        checkout.setCustomerId(u"C00001"_s);
        QCOMPARE(checkout.quote().value(u"lineCount"_s).toInt(), 2);
        const qint64 total = checkout.quote().value(u"totalMinor"_s).toLongLong();
        QCOMPARE(total, 5995 + 5995 + 495); // two jumpers and standard delivery
        QSignalSpy completed(&checkout, &CheckoutController::saleCompleted);
        QVERIFY(checkout.startSale());
        QVERIFY(checkout.payGiftCard(giftCardNumber, total / 2));
        QCOMPARE(checkout.remainingMinor(), total - total / 2);
        QCOMPARE(checkout.saleState(), u"open"_s);
        QVERIFY(checkout.payByCard(0));
        QVERIFY(checkout.cardInProgress());
        QVERIFY(completed.wait(10000));
        QCOMPARE(checkout.saleState(), u"completed"_s);
        QCOMPARE(checkout.remainingMinor(), 0);
        const QString orderId = completed.first().first().toString();

        // The receipt, made offline, with both tenders and the masked card.
        QFile pdf(checkout.receiptPath());
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF"));
        const QString receipt
            = Receipt::text(tablet.store()->database(), orderId, u"en"_s).join(u'\n');
        QVERIFY2(receipt.contains(u"Gift card **** 0009"_s), qPrintable(receipt));
        QVERIFY2(receipt.contains(u"Card MC **** 0010"_s), qPrintable(receipt));
        QVERIFY(receipt.contains(u"Total"_s));
        const QString spanish
            = Receipt::text(tablet.store()->database(), orderId, u"es"_s).join(u'\n');
        QVERIFY2(spanish.contains(u"€"_s), qPrintable(spanish));
        QVERIFY2(spanish.contains(u"IVA incluido"_s), qPrintable(spanish));
        QVERIFY2(spanish.contains(u"Tarjeta regalo **** 0009"_s), qPrintable(spanish));
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM cart_lines"_s).toInt(), 0);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM orders WHERE id = ?"_s, {orderId}), 0);

        // The service is back: exactly once, whatever the re-sends.
        setOnline(true);
        QVERIFY(tablet.quiesce());
        QVERIFY(tablet.quiesce());
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM orders WHERE id = ?"_s, {orderId}), 1);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM payments WHERE order_id = ? AND"
                             " status = 'approved'"_s,
                             {orderId}),
                 2);
        QCOMPARE(
            serverValue(u"SELECT SUM(amount_minor) FROM payments WHERE order_id = ?"_s, {orderId})
                .toLongLong(),
            total);
        QCOMPARE(serverGiftCardBalance(), 10000 - total / 2);
        QCOMPARE(
            serverValue(u"SELECT payment_status FROM orders WHERE id = ?"_s, {orderId}).toString(),
            u"paid"_s);
        QCOMPARE(
            serverValue(u"SELECT total_minor FROM orders WHERE id = ?"_s, {orderId}).toLongLong(),
            total);
        // Card data: only brand, last four and the terminal's reference reached the service.
        QCOMPARE(serverValue(u"SELECT card_last4 FROM payments WHERE order_id = ? AND"
                             " tender = 'card'"_s,
                             {orderId})
                     .toString(),
                 u"0010"_s);

        // The customer brings the carried-out jumper back: refunded to the card.
        const QString lineId = serverValue(u"SELECT id FROM order_lines WHERE order_id = ? AND"
                                           " fulfilment = 'carry_out'"_s,
                                           {orderId})
                                   .toString();
        ReturnsController returns;
        returns.setOrderId(orderId);
        QCOMPARE(returns.lines().size(), 2);
        returns.setQuantity(lineId, 1);
        const qint64 refund = returns.refundMinor();
        QVERIFY(refund > 0 && refund <= 5995);
        QCOMPARE(returns.originalCardText(), u"MC •••• 0010"_s);
        QSignalSpy refunded(&returns, &ReturnsController::refunded);
        QVERIFY(returns.refundToCard());
        QVERIFY(refunded.wait(10000));
        QVERIFY(tablet.quiesce());
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM refunds WHERE order_id = ?"_s, {orderId}), 1);
        QCOMPARE(serverValue(u"SELECT amount_minor FROM refunds WHERE order_id = ?"_s, {orderId})
                     .toLongLong(),
                 refund);
        QCOMPARE(serverValue(u"SELECT returned_quantity FROM order_lines WHERE id = ?"_s, {lineId})
                     .toInt(),
                 1);
        int reversals = 0;
        for (const QJsonValue &entry : m_terminal->log())
            reversals += entry[u"kind"_s].toString() == u"ReversalRequest"_s;
        QCOMPARE(reversals, 1);

        // The customer's timeline tells it all: the order and the return.
        QVERIFY(tablet
                    .scalar(u"SELECT COUNT(*) FROM customer_events WHERE customer_id ="
                            " 'C00001' AND kind = 'returned' AND order_id = ?"_s,
                            {orderId})
                    .toInt()
                == 1);
        QVERIFY(tablet
                    .scalar(u"SELECT COUNT(*) FROM customer_events WHERE customer_id ="
                            " 'C00001' AND order_id = ?"_s,
                            {orderId})
                    .toInt()
                >= 2);
    }

    void abandonedSplitIsGivenBack()
    {
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        auto terminal = terminalFor(tablet);
        QVERIFY(terminal);
        QVERIFY(fillCart(tablet));
        CheckoutController checkout;
        checkout.setCustomerId(u"C00001"_s);
        QVERIFY(checkout.startSale());
        QVERIFY(checkout.payByCard(3000));
        QTRY_VERIFY_WITH_TIMEOUT(!checkout.cardInProgress(), 10000);
        QCOMPARE(checkout.remainingMinor(),
                 checkout.quote().value(u"totalMinor"_s).toLongLong() - 3000);
        QCOMPARE(checkGiftCard(checkout), 10000);
        QVERIFY(checkout.payGiftCard(giftCardNumber, 1000));
        // The customer changes their mind.
        checkout.abandonSale();
        QTRY_COMPARE_WITH_TIMEOUT(checkout.saleState(), u"abandoned"_s, 10000);
        int reversals = 0;
        for (const QJsonValue &entry : m_terminal->log())
            reversals += entry[u"kind"_s].toString() == u"ReversalRequest"_s;
        QCOMPARE(reversals, 1);
        QVERIFY(tablet.quiesce());
        // Nothing reached the service, the gift card is untouched, the cart is still there.
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM orders WHERE customer_id = 'C00001' AND"
                             " channel = 'store'"_s),
                 0);
        QCOMPARE(serverGiftCardBalance(), 10000);
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM cart_lines"_s).toInt(), 2);
    }

    void cardApprovedAfterAbandonIsGivenBack()
    {
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        auto terminal = terminalFor(tablet);
        QVERIFY(terminal);
        QVERIFY(fillCart(tablet));
        CheckoutController checkout;
        checkout.setCustomerId(u"C00001"_s);
        // The card is approved but its answer is lost; the customer walks away meanwhile.
        m_terminal->handleControl({{u"dropNextAnswer"_s, true}});
        QVERIFY(checkout.startSale());
        QVERIFY(checkout.payByCard(2000));
        checkout.abandonSale();
        QCOMPARE(checkout.saleState(), u"abandoning"_s);
        // The terminal then says it was approved: it is given back, not kept.
        QTRY_COMPARE_WITH_TIMEOUT(checkout.saleState(), u"abandoned"_s, 10000);
        int payments = 0;
        int reversals = 0;
        for (const QJsonValue &entry : m_terminal->log()) {
            payments += entry[u"kind"_s].toString() == u"PaymentRequest"_s;
            reversals += entry[u"kind"_s].toString() == u"ReversalRequest"_s;
        }
        QCOMPARE(payments, 1);
        QCOMPARE(reversals, 1);
        QVariantList states;
        for (const QVariant &tender : checkout.tenders())
            states << tender.toMap().value(u"state"_s);
        QCOMPARE(states, QVariantList({u"reversed"_s}));
    }

    void anonymousCashSaleAndTheDrawerCount()
    {
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        Session session(nullptr);
        QVERIFY(session.signIn(u"1001"_s, u"1234"_s));
        CashDrawer drawer;
        QSignalSpy drawerFailed(&drawer, &CashDrawer::failed);
        CheckoutController checkout; // no customer: an anonymous sale
        QSignalSpy failed(&checkout, &CheckoutController::failed);
        QSignalSpy said(&checkout, &CheckoutController::message);
        QVERIFY(checkout.addItem(u"SKU-1-M"_s));
        QCOMPARE(checkout.quote().value(u"totalMinor"_s).toLongLong(), 5995);
        // No drawer open, no cash.
        QVERIFY(!checkout.payCash(10000));
        QVERIFY(failed.last().first().toString().contains(u"cash drawer"_s));
        QVERIFY(drawer.openDrawer(10000));
        QVERIFY(checkout.payCash(7000));
        QCOMPARE(checkout.saleState(), u"completed"_s);
        QCOMPARE(said.last().first().toString(), u"Change due: €10.05"_s);
        QCOMPARE(drawer.expectedMinor(), 10000 + 5995);
        // The count at the end of the shift: one euro short.
        const QVariantMap count = drawer.closeDrawer(10000 + 5995 - 100);
        QCOMPARE(count.value(u"difference"_s).toLongLong(), -100);
        QCOMPARE(count.value(u"differenceText"_s).toString(), u"-€1.00"_s);
        QVERIFY(!drawer.isOpen());
        QVERIFY(tablet.quiesce());
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM orders WHERE customer_id = '' AND"
                             " payment_status = 'paid' AND associate_id = 'S1'"_s),
                 1);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM payments WHERE tender = 'cash' AND"
                             " amount_minor = 5995"_s),
                 1);
        QCOMPARE(
            serverValue(u"SELECT counted_minor - expected_minor FROM cash_counts"_s).toLongLong(),
            -100);
        // Refunded in cash, from a drawer that holds enough.
        QVERIFY(drawer.openDrawer(5000));
        const QString orderId
            = serverValue(u"SELECT id FROM orders WHERE customer_id = ''"_s).toString();
        ReturnsController returns;
        returns.setOrderId(orderId);
        returns.setQuantity(returns.lines().first().toMap().value(u"lineId"_s).toString(), 1);
        QCOMPARE(returns.refundMinor(), 5995);
        QVERIFY(!returns.canRefundCash()); // 50 € in the drawer
        QVERIFY(!returns.refundCash());
        QVERIFY(drawer.closeDrawer(5000).value(u"difference"_s).toLongLong() == 0);
        QVERIFY(drawer.openDrawer(20000));
        QVERIFY(returns.canRefundCash());
        QVERIFY(returns.refundCash());
        QCOMPARE(drawer.expectedMinor(), 20000 - 5995);
        QVERIFY(tablet.quiesce());
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM refunds WHERE order_id = ? AND tender ="
                             " 'cash'"_s,
                             {orderId}),
                 1);
    }

    void giftCardsStayOnTheServiceAndNeedItOnline()
    {
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        auto terminal = terminalFor(tablet);
        QVERIFY(fillCart(tablet));
        // Balances are money whoever holds the tablet could read: none is kept here.
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM gift_cards"_s).toInt(), 0);

        // Offline the balance cannot be known: the card is not taken, and the associate is told
        // why in words.
        setOnline(false);
        CheckoutController offline;
        offline.setCustomerId(u"C00001"_s);
        QSignalSpy offlineChecked(&offline, &CheckoutController::giftCardChecked);
        offline.checkGiftCard(giftCardNumber);
        QTRY_COMPARE_WITH_TIMEOUT(offlineChecked.size(), 1, 5000);
        QCOMPARE(offlineChecked.last().at(3).toBool(), false);
        QVERIFY(offlineChecked.last().at(1).toLongLong() < 0);
        QSignalSpy failed(&offline, &CheckoutController::failed);
        QVERIFY(offline.startSale());
        QVERIFY(!offline.payGiftCard(giftCardNumber, 1000));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(u"online"_s),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(offline.remainingMinor(), offline.quote().value(u"totalMinor"_s).toLongLong());
        offline.abandonSale();
        QTRY_COMPARE_WITH_TIMEOUT(offline.saleState(), u"abandoned"_s, 10000);

        // Online again: the service's answer, at once.
        setOnline(true);
        CheckoutController checkout;
        checkout.setCustomerId(u"C00001"_s);
        QCOMPARE(checkGiftCard(checkout), 10000);
        QCOMPARE(checkout.giftCardBalance(giftCardNumber), 10000);
        QVERIFY(tablet.quiesce());
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM gift_cards"_s).toInt(), 0);
    }

    void giftCardCheckedLiveAndNeverBelowZero()
    {
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        auto terminal = terminalFor(tablet);
        QVERIFY(fillCart(tablet));
        CheckoutController checkout;
        checkout.setCustomerId(u"C00001"_s);
        QCOMPARE(checkout.giftCardBalance(giftCardNumber), -3); // not asked yet
        QCOMPARE(checkGiftCard(checkout), 10000);
        // Spent in another store: the service's answer follows.
        QVERIFY(seedGiftCard(1000));
        QCOMPARE(checkGiftCard(checkout), 1000);
        QCOMPARE(checkout.giftCardBalance(giftCardNumber), 1000);
        // Spent again between the answer and the payment: the service never takes the card
        // below zero; the payment is kept as failed and the order asks for attention.
        QVERIFY(seedGiftCard(100));
        QSignalSpy completed(&checkout, &CheckoutController::saleCompleted);
        QVERIFY(checkout.startSale());
        QVERIFY(checkout.payGiftCard(giftCardNumber, 1000));
        QVERIFY(checkout.payByCard(0));
        QVERIFY(completed.wait(10000));
        const QString orderId = completed.first().first().toString();
        QVERIFY(tablet.quiesce());
        QCOMPARE(serverGiftCardBalance(), 100);
        QCOMPARE(serverValue(u"SELECT status FROM payments WHERE order_id = ? AND tender ="
                             " 'gift_card'"_s,
                             {orderId})
                     .toString(),
                 u"failed"_s);
        QCOMPARE(serverValue(u"SELECT status FROM orders WHERE id = ?"_s, {orderId}).toString(),
                 u"needs_action"_s);
        QCOMPARE(
            serverValue(u"SELECT payment_status FROM orders WHERE id = ?"_s, {orderId}).toString(),
            u"part_paid"_s);
    }

    void declinedCardLeavesTheSaleOpen()
    {
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        auto terminal = terminalFor(tablet);
        QVERIFY(terminal);
        QVERIFY(fillCart(tablet));
        CheckoutController checkout;
        checkout.setCustomerId(u"C00001"_s);
        QSignalSpy failed(&checkout, &CheckoutController::failed);
        QVERIFY(checkout.startSale());
        QVERIFY(checkout.payByCard(1123)); // the simulator refuses amounts ending in 123
        QTRY_VERIFY_WITH_TIMEOUT(!checkout.cardInProgress(), 10000);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(u"declined"_s));
        QCOMPARE(checkout.saleState(), u"open"_s);
        QCOMPARE(checkout.remainingMinor(), checkout.quote().value(u"totalMinor"_s).toLongLong());
        // A gift card too small for the rest covers what it has.
        QVERIFY(seedGiftCard(500));
        QCOMPARE(checkGiftCard(checkout), 500);
        QVERIFY(checkout.payGiftCard(giftCardNumber, 0));
        QCOMPARE(checkout.remainingMinor(),
                 checkout.quote().value(u"totalMinor"_s).toLongLong() - 500);
        QVERIFY(!checkout.payGiftCard(giftCardNumber, 0)); // nothing left on it
    }
};

QTEST_MAIN(TestCheckout)
#include "tst_checkout.moc"
