// SPDX-License-Identifier: MIT
// The checkout's parts over a real local store with a pinned clock and no central service:
// the sale repository, the pure quote, and the controller built from what it is handed (no
// terminal, no sync engine). A cash sale with change, a gift card refused offline, an abandoned
// sale giving its cash back, a tender row, quote line totals.
#include "cashdrawer.h"
#include "receiptmailer.h"
#include "returnscontroller.h"
#include "salequote.h"
#include "salerepository.h"
#include "tenders.h"
#include "checkoutcontroller.h"
#include "session.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestCheckoutParts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestData::LocalStoreFixture> m_fixture;

    LocalStore *store() const { return m_fixture->store(); }

private slots:
    void initTestCase() { TestData::initEnvironment(); }

    void init()
    {
        m_fixture = std::make_unique<TestData::LocalStoreFixture>();
        QVERIFY(m_fixture->isReady());
        TestData::Seeder seed(m_fixture->db());
        QVERIFY(seed.location(u"MAD"_s, u"Madrid Serrano"_s));
        store()->setLocationId(u"MAD"_s);
        QVERIFY(seed.styleWithProduct(u"SKU-1"_s, u"Merino Jumper"_s, 4995));
        QVERIFY(seed.styleWithProduct(u"SKU-2"_s, u"Linen Shirt"_s, 2990));
        QVERIFY(seed.customer(u"C1"_s, u"José"_s, u"Muñoz"_s));
        QVERIFY(seed.cartLine(u"L1"_s, u"C1"_s, u"SKU-1"_s, 2, TestData::minutesFromNow(-10)));
        QVERIFY(seed.cartLine(u"L2"_s, u"C1"_s, u"SKU-2"_s, 1, TestData::minutesFromNow(-5)));
        QVERIFY(seed.staff(u"S1"_s, u"MAD"_s, u"1001"_s, u"Lucía Gómez"_s, u"1234"_s));
    }

    void cleanup() { m_fixture.reset(); }

    void repositoryReadsTheCartAndPrices()
    {
        const SaleRepository sales(m_fixture->db());
        const QList<SaleLine> lines = sales.cartLines(u"C1"_s);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).sku, u"SKU-1"_s);
        QCOMPARE(lines.at(0).quantity, 2);
        QCOMPARE(lines.at(0).unitPrice, Money(4995, u"EUR"_s));
        QCOMPARE(sales.productPrice(u"SKU-2"_s).value(), Money(2990, u"EUR"_s));
        QVERIFY(!sales.productPrice(u"NOPE"_s));
        QCOMPARE(sales.vatRateBp(u"MAD"_s), 2100);
        QCOMPARE(sales.product(u"SKU-1"_s)->name, u"Merino Jumper"_s);
        QVERIFY(sales.openSaleId(u"C1"_s).isEmpty());
    }

    void quoteLineTotals()
    {
        // Pure: the lines, a 10 % tier and a 5 € coupon, 4.95 € delivery, 21 % VAT.
        const QList<SaleLine> lines {
            {u"a"_s, u"SKU-1"_s, u"carry_out"_s, {}, {}, {}, 2, Money(4995, u"EUR"_s)},
            {u"b"_s, u"SKU-2"_s, u"carry_out"_s, {}, {}, {}, 1, Money(2990, u"EUR"_s)}};
        Discounts::ForSale discounts;
        discounts.tierBp = 1000;
        discounts.percentBp = 1000;
        discounts.amountOffMinor = 500;
        discounts.coupon.valid = true;
        const SaleQuote q
            = SaleQuoting::quote(lines, discounts, true, Money(495, u"EUR"_s), 2100);
        QCOMPARE(q.subtotal, Money(12980, u"EUR"_s));
        QCOMPARE(q.lineTotals, (QList<Money> {Money(9990, u"EUR"_s), Money(2990, u"EUR"_s)}));
        QCOMPARE(q.discount, Money(1298 + 500, u"EUR"_s));
        QCOMPARE(q.shipping, Money(495, u"EUR"_s));
        QCOMPARE(q.total, Money(12980 - 1798 + 495, u"EUR"_s));
        QVERIFY(q.couponProblem.isEmpty());
        QCOMPARE(q.tierBp, 1000);

        // The controller's quote of the customer's cart: the same lines, at their price.
        CheckoutController checkout(store(), nullptr, nullptr, nullptr, nullptr);
        checkout.setCustomerId(u"C1"_s);
        const QVariantMap quote = checkout.quote();
        QCOMPARE(quote.value(u"lineCount"_s).toInt(), 2);
        const QVariantList shown = quote.value(u"lines"_s).toList();
        QCOMPARE(shown.at(0).toMap().value(u"totalMinor"_s).toLongLong(), 9990);
        QCOMPARE(shown.at(0).toMap().value(u"name"_s).toString(), u"Merino Jumper"_s);
        QCOMPARE(shown.at(1).toMap().value(u"totalMinor"_s).toLongLong(), 2990);
        QCOMPARE(quote.value(u"totalMinor"_s).toLongLong(), 12980);
        QVERIFY(checkout.canPlace());
        QCOMPARE(checkout.saleState(), u"none"_s);
    }

    void cashSaleWithChange()
    {
        Session session(store(), nullptr);
        QVERIFY(session.signIn(u"1001"_s, u"1234"_s));
        CashDrawer drawer(store(), &session, nullptr);
        QVERIFY(drawer.openDrawer(10000));
        CheckoutController checkout(store(), &session, nullptr, &drawer, nullptr);
        QSignalSpy said(&checkout, &CheckoutController::message);
        QSignalSpy failed(&checkout, &CheckoutController::failed);
        QVERIFY(checkout.addItem(u"SKU-1"_s));
        QCOMPARE(checkout.remainingMinor(), 4995);
        QCOMPARE(checkout.cashTendered(6000).value(u"changeMinor"_s).toLongLong(), 1005);

        QVERIFY(checkout.payCash(6000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(said.first().first().toString(), u"Change due: €10.05"_s);
        QCOMPARE(checkout.remainingMinor(), 0);
        QCOMPARE(drawer.expectedMinor(), 10000 + 4995);
        const QVariantMap tender = Database::rows(m_fixture->db(),
                                                  u"SELECT kind, amount_minor, cash_given_minor,"
                                                  " change_minor, state FROM sale_tenders"_s)
                                       .value(0);
        QCOMPARE(tender.value(u"kind"_s).toString(), u"cash"_s);
        QCOMPARE(tender.value(u"amount_minor"_s).toLongLong(), 4995);
        QCOMPARE(tender.value(u"cash_given_minor"_s).toLongLong(), 6000);
        QCOMPARE(tender.value(u"change_minor"_s).toLongLong(), 1005);
        QCOMPARE(tender.value(u"state"_s).toString(), u"approved"_s);
        // Paid in full: the sale is saved with its order, made by the pinned clock.
        QCOMPARE(checkout.saleState(), u"completed"_s);
        QCOMPARE(Database::scalar(m_fixture->db(), u"SELECT created_at FROM sales"_s).toLongLong(),
                 TestData::referenceMs());
        QVERIFY(!checkout.lastOrderId().isEmpty());
    }

    void giftCardRefusedOffline()
    {
        // No sync engine handed in: the service cannot be asked, so no card is taken.
        CheckoutController checkout(store(), nullptr, nullptr, nullptr, nullptr);
        checkout.setCustomerId(u"C1"_s);
        QSignalSpy checked(&checkout, &CheckoutController::giftCardChecked);
        QSignalSpy failed(&checkout, &CheckoutController::failed);
        checkout.checkGiftCard(u"6039 0000 0000 0009"_s);
        QCOMPARE(checked.size(), 1);
        QCOMPARE(checked.first().at(1).toLongLong(), -3);
        QCOMPARE(checked.first().at(3).toBool(), false);
        QCOMPARE(checkout.giftCardBalance(u"6039 0000 0000 0009"_s), -3);
        QVERIFY(!checkout.payGiftCard(u"6039 0000 0000 0009"_s, 0));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(u"online"_s));
        QCOMPARE(checkout.saleState(), u"none"_s);
        QCOMPARE(TestData::rowCount(m_fixture->db(), u"sale_tenders"_s), 0);
    }

    void abandonGivesCashBackAndTenderRow()
    {
        Session session(store(), nullptr);
        QVERIFY(session.signIn(u"1001"_s, u"1234"_s));
        CashDrawer drawer(store(), &session, nullptr);
        QVERIFY(drawer.openDrawer(10000));
        CheckoutController checkout(store(), &session, nullptr, &drawer, nullptr);
        QAbstractItemModelTester tenderTester(checkout.tenderLines(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester quoteTester(checkout.quoteLines(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        checkout.setCustomerId(u"C1"_s);
        QCOMPARE(checkout.quoteLines()->rowCount(), 2);
        QCOMPARE(checkout.tenderLines()->rowCount(), 0);
        QVERIFY(checkout.payCash(2000));
        // A row appears in the tender list model.
        QCOMPARE(checkout.tenderLines()->rowCount(), 1);
        QCOMPARE(checkout.tenderLines()->get(0).value(u"kindText"_s).toString(), u"Cash"_s);
        QCOMPARE(checkout.tenderLines()->get(0).value(u"amountText"_s).toString(), u"€20.00"_s);
        QCOMPARE(checkout.saleState(), u"open"_s);
        QCOMPARE(checkout.remainingMinor(), 12980 - 2000);
        QCOMPARE(drawer.expectedMinor(), 12000);

        // The tender row the screen shows.
        const QVariantList tenders = checkout.tenders();
        QCOMPARE(tenders.size(), 1);
        const QVariantMap row = tenders.first().toMap();
        QCOMPARE(row.value(u"kind"_s).toString(), u"cash"_s);
        QCOMPARE(row.value(u"kindText"_s).toString(), u"Cash"_s);
        QCOMPARE(row.value(u"amountText"_s).toString(), u"€20.00"_s);
        QCOMPARE(row.value(u"stateText"_s).toString(), u"Paid"_s);
        QCOMPARE(row.value(u"detail"_s).toString(), u"Given €20.00, change €0.00"_s);
        QCOMPARE(row.value(u"removable"_s).toBool(), true);

        // The customer walks away: the cash goes back out of the drawer, nothing recorded.
        checkout.abandonSale();
        QCOMPARE(checkout.saleState(), u"abandoned"_s);
        QCOMPARE(drawer.expectedMinor(), 10000);
        QCOMPARE(checkout.tenders().first().toMap().value(u"state"_s).toString(),
                 u"returned"_s);
        QCOMPARE(TestData::rowCount(m_fixture->db(), u"orders"_s), 0);
        // The cart is still there for the next attempt.
        checkout.reset();
        QCOMPARE(checkout.saleState(), u"none"_s);
        QCOMPARE(checkout.quote().value(u"lineCount"_s).toInt(), 2);
    }

    void amountDueAndChangeSignals()
    {
        // What a tender can take: the whole total before the sale starts, what is left once
        // it has; nothing to sell, nothing due (and no text). The currency is the store's
        // before there are lines.
        Session session(store(), nullptr);
        QVERIFY(session.signIn(u"1001"_s, u"1234"_s));
        CashDrawer drawer(store(), &session, nullptr);
        QVERIFY(drawer.openDrawer(10000));
        CheckoutController checkout(store(), &session, nullptr, &drawer, nullptr);
        QCOMPARE(checkout.saleState(), u"none"_s);
        QCOMPARE(checkout.amountDueMinor(), 0);
        QCOMPARE(checkout.amountDueText(), QString());
        QCOMPARE(checkout.currency(), u"EUR"_s);

        QSignalSpy quote(&checkout, &CheckoutController::quoteChanged);
        QSignalSpy sale(&checkout, &CheckoutController::saleChanged);
        QSignalSpy payment(&checkout, &CheckoutController::paymentChanged);
        QSignalSpy card(&checkout, &CheckoutController::cardChanged);
        QSignalSpy customer(&checkout, &CheckoutController::customerChanged);
        checkout.setCustomerId(u"C1"_s);
        QCOMPARE(customer.size(), 1);
        QCOMPARE(quote.size(), 1);
        QCOMPARE(sale.size(), 1);
        QCOMPARE(checkout.amountDueMinor(), 12980);
        QCOMPARE(checkout.amountDueText(), u"€129.80"_s);

        // A coupon changes the quote and what is due, not the sale.
        quote.clear();
        sale.clear();
        payment.clear();
        checkout.setCouponCode(u"nosuch"_s);
        QCOMPARE(quote.size(), 1);
        QCOMPARE(payment.size(), 1);
        QCOMPARE(sale.size(), 0);
        QCOMPARE(card.size(), 1); // only with the customer
        checkout.setCouponCode(QString());

        // A cash tender changes the sale and what is due.
        sale.clear();
        payment.clear();
        QVERIFY(checkout.payCash(2000));
        QVERIFY(sale.size() >= 1);
        QVERIFY(payment.size() >= 1);
        QCOMPARE(checkout.saleState(), u"open"_s);
        QCOMPARE(checkout.amountDueMinor(), 12980 - 2000);
        QCOMPARE(checkout.amountDueText(), u"€109.80"_s);
        QCOMPARE(checkout.amountDueText(), checkout.remainingText());
        QCOMPARE(checkout.cardAmountText(), QString()); // no card waiting
        checkout.abandonSale();
    }

    void quoteLinesHoldColourAndSize()
    {
        CheckoutController checkout(store(), nullptr, nullptr, nullptr, nullptr);
        checkout.setCustomerId(u"C1"_s);
        const QVariantMap first = checkout.quoteLines()->get(0);
        QCOMPARE(first.value(u"name"_s).toString(), u"Merino Jumper"_s);
        QCOMPARE(first.value(u"colour"_s).toString(), u"Navy"_s);
        QCOMPARE(first.value(u"size"_s).toString(), u"M"_s);
        QCOMPARE(checkout.currency(), u"EUR"_s);
    }

    void cashTenderTakesAndGivesBack()
    {
        Session session(store(), nullptr);
        QVERIFY(session.signIn(u"1001"_s, u"1234"_s));
        CashDrawer drawer(store(), &session, nullptr);
        QVERIFY(drawer.openDrawer(10000));
        const SaleRepository sales(m_fixture->db());
        CashTender cash(sales, &drawer);
        QVERIFY(cash.isAvailable());
        QCOMPARE(cash.kind(), u"cash"_s);
        const Tender::Taken taken
            = cash.take(u"sale-1"_s, Money(6000, u"EUR"_s), Money(4995, u"EUR"_s));
        QVERIFY(taken.ok);
        QCOMPARE(taken.amount, Money(4995, u"EUR"_s));
        QCOMPARE(taken.change, Money(1005, u"EUR"_s));
        QCOMPARE(drawer.expectedMinor(), 14995);
        const TenderRow row = sales.tenders(u"sale-1"_s).value(0);
        QCOMPARE(row.id, taken.tenderId);
        // The row's amounts are money in the sale's currency (EUR: no sale row here).
        QCOMPARE(row.amount, Money(4995, u"EUR"_s));
        QCOMPARE(row.cashGiven, Money(6000, u"EUR"_s));
        QCOMPARE(row.change, Money(1005, u"EUR"_s));
        QCOMPARE(cash.details(row), QStringList {u"Given €60.00, change €10.05"_s});
        QVERIFY(cash.removable(row));
        QVERIFY(cash.giveBack(u"sale-1"_s, row));
        QCOMPARE(drawer.expectedMinor(), 10000);
        QCOMPARE(sales.tenders(u"sale-1"_s).value(0).state, u"returned"_s);
        // Without a drawer no cash is taken.
        QVERIFY(!CashTender(sales, nullptr).isAvailable());
    }

    void receiptMailerQueuesOnlyWithConsent()
    {
        TestData::Seeder seed(m_fixture->db());
        QVERIFY(seed.customer(u"C2"_s, u"Ana"_s, u"Ruiz"_s, u"ana@example.com"_s));
        QVERIFY(seed.consent(u"C2"_s, u"email"_s, true, TestData::referenceMs()));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"receipt.pdf"_s);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 receipt");
        file.close();

        ReceiptMailer mailer(store());
        QVERIFY(!mailer.mayEmail(u"C1"_s)); // no address, no consent
        QVERIFY(mailer.mayEmail(u"C2"_s));
        QVERIFY(!mailer.mayEmail(QString()));
        QCOMPARE(mailer.send(pdf, u"order-1"_s, u"C1"_s), ReceiptMailer::Result::NotAllowed);
        QCOMPARE(mailer.send(dir.filePath(u"gone.pdf"_s), u"order-1"_s, u"C2"_s),
                 ReceiptMailer::Result::FileMissing);
        const int before = TestData::rowCount(m_fixture->db(), u"outbox"_s);
        QCOMPARE(mailer.send(pdf, u"order-1"_s, u"C2"_s), ReceiptMailer::Result::Queued);
        QCOMPARE(TestData::rowCount(m_fixture->db(), u"outbox"_s), before + 1);
        const QVariantMap queued = Database::rows(m_fixture->db(),
                                                  u"SELECT name, args FROM outbox ORDER BY"
                                                  " mutation_id DESC LIMIT 1"_s)
                                       .value(0);
        QCOMPARE(queued.value(u"name"_s).toString(), u"receipt.email"_s);
        QVERIFY(queued.value(u"args"_s).toString().contains(u"order-1"_s));
        // No store: nothing is sent.
        QCOMPARE(ReceiptMailer(nullptr).send(pdf, u"order-1"_s, u"C2"_s),
                 ReceiptMailer::Result::NotAllowed);

        // The controller: a paid sale's receipt goes to a customer who agreed, with its order.
        QVERIFY(seed.cartLine(u"L3"_s, u"C2"_s, u"SKU-2"_s, 1, TestData::minutesFromNow(-1)));
        Session session(store(), nullptr);
        QVERIFY(session.signIn(u"1001"_s, u"1234"_s));
        CashDrawer drawer(store(), &session, nullptr);
        QVERIFY(drawer.openDrawer(10000));
        CheckoutController checkout(store(), &session, nullptr, &drawer, nullptr);
        checkout.setCustomerId(u"C2"_s);
        QVERIFY(!checkout.canEmailReceipt()); // nothing sold yet
        QSignalSpy receipt(&checkout, &CheckoutController::receiptChanged);
        QSignalSpy said(&checkout, &CheckoutController::message);
        QVERIFY(checkout.payCash(5000));
        QCOMPARE(checkout.saleState(), u"completed"_s);
        QVERIFY(!receipt.isEmpty());
        QVERIFY(!checkout.receiptPath().isEmpty());
        QVERIFY(checkout.canEmailReceipt());
        QVERIFY(checkout.emailReceipt());
        QCOMPARE(said.last().first().toString(), u"The receipt will be emailed to the customer."_s);
        QVERIFY(Database::rows(m_fixture->db(),
                               u"SELECT args FROM outbox WHERE name = 'receipt.email'"
                               " ORDER BY mutation_id DESC LIMIT 1"_s)
                    .value(0)
                    .value(u"args"_s)
                    .toString()
                    .contains(checkout.lastOrderId()));
    }

    void servicesAreHandedInOnce()
    {
        // Checkout and returns share one piece of code for their services (SaleServices):
        // the same properties for QML, one change signal, nothing when nothing changes.
        CheckoutController checkout;
        ReturnsController returns;
        for (SaleServices *services : {static_cast<SaleServices *>(&checkout),
                                       static_cast<SaleServices *>(&returns)}) {
            QSignalSpy changed(services, &SaleServices::servicesChanged);
            services->setStore(store());
            services->setStore(store());
            QCOMPARE(changed.size(), 1);
            QCOMPARE(services->property("store").value<LocalStore *>(), store());
            QCOMPARE(services->property("drawer").value<CashDrawer *>(), nullptr);
            services->setStore(nullptr);
            QCOMPARE(changed.size(), 2);
            QCOMPARE(services->store(), nullptr);
        }
    }

    void recoverCardApprovalsWithoutTerminalDoesNothing()
    {
        CheckoutController::recoverCardApprovals(store(), nullptr);
        CheckoutController::recoverCardApprovals(nullptr, nullptr);
        QCOMPARE(TestData::rowCount(m_fixture->db(), u"sale_tenders"_s), 0);
    }
};

QTEST_MAIN(TestCheckoutParts)
#include "tst_checkoutparts.moc"
