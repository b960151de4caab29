// SPDX-License-Identifier: MIT
// Inventory and orders on a tablet against the real central service (SQLite, and PostgreSQL
// when given), through the fault proxy: stock shown from the synced copy while the service is
// down and live once it is back; an endless-aisle order placed offline and allocated after
// reconnecting; an order whose stock went meanwhile, surfaced and sent elsewhere; a web order
// collected at the counter; delivery addresses checked field by field.
#include "checkoutcontroller.h"
#include "clock.h"
#include "customertimelinemodel.h"
#include "endlessaisle.h"
#include "orderdetail.h"
#include "orderlistmodel.h"
#include "ordernumbers.h"
#include "stockfixture.h"
#include "stockmodel.h"
#include "synctestkit.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace TestServer;
using namespace SyncTest;

namespace {
const QString sku = u"SKU-1-M"_s;

QStringList column(const RowListModel &model, const QString &role)
{
    QStringList values;
    for (int i = 0; i < model.rowCount(); ++i)
        values << model.get(i).value(role).toString();
    return values;
}

QStringList locationsOf(const QVariantList &list)
{
    QStringList ids;
    for (const QVariant &entry : list)
        ids << entry.toMap().value(u"locationId"_s).toString();
    return ids;
}

QVariantMap madridAddress()
{
    return StockTest::madridAddress().toVariantMap();
}
} // namespace

class TestOrders : public SyncFixture
{
    Q_OBJECT

private:
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    void testModel(QAbstractItemModel *model)
    {
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    void setOnline(bool online)
    {
        m_proxy->setDefaultMode(online ? FaultProxy::Mode::Pass : FaultProxy::Mode::DropRequest);
    }
    StockTest::Stock serverStock(const QString &location)
    {
        return StockTest::stockAt(m_server->database(), sku, location);
    }
    /** Waits for the live stock answer (or its failure) of a model already asking. */
    static bool liveAnswer(StockModel &model, QSignalSpy &spy, bool expected)
    {
        if (spy.isEmpty() && !spy.wait(5000))
            return false;
        const bool ok = spy.takeFirst().at(0).toBool();
        return ok == expected && model.isLive() == expected;
    }
    /** On the endless aisle: SKU-1-M shipped home to José Muñoz from a location; the order
        placed; its id. Works offline. */
    QString orderOffline(Tablet &tablet, const QString &from)
    {
        EndlessAisle aisle(tablet.store(), tablet.engine());
        aisle.setCustomerId(u"C00001"_s);
        aisle.setSku(sku);
        if (!aisle.addToCart(from, {}, madridAddress(), u"ES-STD"_s))
            return {};
        CheckoutController checkout(tablet.store(), nullptr, nullptr, nullptr, nullptr);
        checkout.setCustomerId(u"C00001"_s);
        return checkout.placeOrder() ? checkout.lastOrderId() : QString();
    }

private slots:
    void initTestCase()
    {
        setUpSuite();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
    }
    void init()
    {
        QVERIFY(startService());
        QVERIFY(StockTest::seedDeliveryOptions(m_server->database()));
    }
    void cleanup()
    {
        m_testers.clear();
        Clock::setCurrentDateTime({});
        stopService();
    }

    // Issue 19, finding 9: two tablets of one store numbering orders offline on the same day
    // never make the same number: each has the prefix the service gave it at enrolment and its
    // own counter. (The old numbers, five characters of a hash of the order's id, clash within
    // a few thousand orders a day.) An order placed on each, offline, reaches the service with
    // its number.
    void numbersFromTwoTabletsNeverClash()
    {
        Tablet first(tabletPath(u"first"_s), u"S1"_s);
        Tablet second(tabletPath(u"second"_s), u"S1"_s);
        QVERIFY(enrolled(first));
        QVERIFY(enrolled(second));
        const QString day = Clock::now().toString(u"yyMMdd"_s);
        QSet<QString> numbers;
        constexpr int perTablet = 10000;
        for (Tablet *tablet : {&first, &second}) {
            const QString prefix = tablet->store()->setting(OrderNumbers::prefixSetting);
            QVERIFY(!prefix.isEmpty());
            SqlTransaction transaction(tablet->store()->database());
            for (int i = 0; i < perTablet; ++i) {
                const QString number = CheckoutController::newOrderNumber(tablet->store());
                QVERIFY2(number.startsWith(u"MAD-%1-%2-"_s.arg(day, prefix)), qPrintable(number));
                numbers.insert(number);
            }
            QVERIFY(transaction.commit());
        }
        QVERIFY(first.store()->setting(OrderNumbers::prefixSetting)
                != second.store()->setting(OrderNumbers::prefixSetting));
        QCOMPARE(numbers.size(), 2 * perTablet);

        // Offline, an order on each tablet; both reach the service as numbered.
        setOnline(false);
        QStringList placed;
        for (Tablet *tablet : {&first, &second}) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString number = CheckoutController::newOrderNumber(tablet->store());
            QVERIFY(
                tablet->submit(u"order.create"_s,
                               {{u"id"_s, id},
                                {u"number"_s, number},
                                {u"lines"_s,
                                 QJsonArray {QJsonObject {{u"id"_s, QString(id + u"-1"_s)},
                                                          {u"sku"_s, u"SKU-1-M"_s},
                                                          {u"quantity"_s, 1},
                                                          {u"fulfilment"_s, u"carry_out"_s}}}}}));
            placed << number;
        }
        setOnline(true);
        QVERIFY(first.quiesce());
        QVERIFY(second.quiesce());
        QVERIFY(placed.at(0) != placed.at(1));
        for (const QString &number : std::as_const(placed))
            QCOMPARE(serverCount(u"SELECT COUNT(*) FROM orders WHERE number = ?"_s, {number}), 1);
    }

    void stockShowsTheSyncedCopyWhileTheServiceIsDown()
    {
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        // The service cannot be reached; meanwhile five units at the warehouse are promised
        // to web customers, and two hours pass.
        setOnline(false);
        QVERIFY(StockTest::setStock(m_server->database(), sku, u"WH1"_s, 40, 5));
        Clock::setCurrentDateTime(QDateTime::currentDateTime().addSecs(2 * 3600));

        StockModel model(tablet.store(), tablet.engine());
        testModel(&model);
        QSignalSpy live(&model, &StockModel::liveFinished);
        model.setSku(sku);
        // At once, from the last sync: this store first, then the other Spanish store, then
        // the warehouse (the tablet does not sync Irish stock).
        QCOMPARE(column(model, u"locationId"_s), QStringList({u"MAD"_s, u"BCN"_s, u"WH1"_s}));
        QCOMPARE(model.get(0).value(u"distanceText"_s).toString(), u"This store"_s);
        QCOMPARE(model.availableHere(), 2);
        QCOMPARE(model.availableAt(u"WH1"_s), 40);
        QVERIFY(liveAnswer(model, live, false));
        // Still the old numbers, and said to be old.
        QCOMPARE(model.availableAt(u"WH1"_s), 40);
        const QString offline = model.freshnessText();
        QVERIFY2(offline.startsWith(u"Offline copy from the last sync, 2 hour"_s), qPrintable(offline));
        QVERIFY2(offline.contains(u"Stock may have changed"_s), qPrintable(offline));

        // The service is back: the live answer replaces the copy, for every location this
        // store may sell from (still not Ireland's).
        setOnline(true);
        model.refreshLive();
        QVERIFY(liveAnswer(model, live, true));
        QVERIFY2(model.freshnessText().startsWith(u"Live from the central service"_s),
                 qPrintable(model.freshnessText()));
        QCOMPARE(model.availableAt(u"WH1"_s), 35);
        QCOMPARE(model.get(model.rowCount() - 1).value(u"locationId"_s).toString(), u"WH1"_s);
        QCOMPARE(model.get(model.rowCount() - 1).value(u"reserved"_s).toInt(), 5);
        QCOMPARE(model.availableAt(u"DUB"_s), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.availableElsewhere(), 1 + 35);
    }

    void endlessAisleOrderPlacedOfflineIsAllocatedLater()
    {
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        setOnline(false);

        EndlessAisle aisle(tablet.store(), tablet.engine());
        aisle.setCustomerId(u"C00001"_s);
        QSignalSpy live(aisle.stock(), &StockModel::liveFinished);
        QSignalSpy failed(&aisle, &EndlessAisle::failed);
        aisle.setSku(sku);
        QVERIFY(liveAnswer(*aisle.stock(), live, false));
        // Where it can come from: the other store and the warehouse, not this store.
        QCOMPARE(locationsOf(aisle.sources()), QStringList({u"BCN"_s, u"WH1"_s}));
        const QVariantList fromWarehouse = aisle.deliveryOptions(u"ES"_s, u"WH1"_s);
        const QVariantList fromStore = aisle.deliveryOptions(u"ES"_s, u"BCN"_s);
        QCOMPARE(fromWarehouse.size(), 2);
        const QVariantMap standard = fromWarehouse.first().toMap();
        QCOMPARE(standard.value(u"optionId"_s).toString(), u"ES-STD"_s);
        QCOMPARE(standard.value(u"label"_s).toString(), u"Standard delivery"_s);
        QCOMPARE(standard.value(u"priceText"_s).toString(), u"€4.95"_s);
        QVERIFY(standard.value(u"estimateText"_s).toString().startsWith(u"Arrives "_s));
        // A store needs a day to pack it: a later estimate.
        QVERIFY(fromStore.first().toMap().value(u"estimateText"_s)
                != standard.value(u"estimateText"_s));
        QVERIFY(aisle.deliveryOptions(u"PT"_s, u"WH1"_s).isEmpty());

        // A wrong postcode is caught before anything is saved.
        QVariantMap wrong = madridAddress();
        wrong.insert(u"postcode"_s, u"D02 X285"_s);
        QVERIFY(!aisle.addToCart(u"WH1"_s, {}, wrong, u"ES-STD"_s));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(u"address"_s));
        QCOMPARE(tablet.engine()->pendingCount(), 0);

        QVERIFY(aisle.addToCart(u"WH1"_s, {}, madridAddress(), u"ES-STD"_s));
        CheckoutController checkout(tablet.store(), nullptr, nullptr, nullptr, tablet.engine());
        checkout.setCustomerId(u"C00001"_s);
        QVERIFY(checkout.canPlace());
        QCOMPARE(checkout.quote().value(u"shippingText"_s).toString(), u"€4.95"_s);
        QCOMPARE(checkout.quote().value(u"totalText"_s).toString(), u"€64.90"_s);
        QSignalSpy placed(&checkout, &CheckoutController::orderPlaced);
        QVERIFY(checkout.placeOrder());
        QCOMPARE(placed.count(), 1);
        const QString orderId = checkout.lastOrderId();
        const QString number = placed.first().at(1).toString();
        QVERIFY(number.startsWith(u"MAD-"_s));
        QVERIFY(!checkout.canPlace()); // the cart is empty

        // On the tablet at once, waiting to sync.
        OrderListModel orders(tablet.store());
        testModel(&orders);
        orders.setCustomerId(u"C00001"_s);
        QCOMPARE(column(orders, u"orderId"_s), QStringList{orderId});
        QCOMPARE(column(orders, u"statusLabel"_s), QStringList{u"Placed"_s});
        OrderDetail detail(tablet.store());
        detail.setOrderId(orderId);
        QCOMPARE(detail.lines().size(), 1);
        QCOMPARE(detail.lines().first().toMap().value(u"statusLabel"_s).toString(),
                 u"Waiting to sync"_s);
        QVERIFY(detail.deliveryText().contains(u"28001"_s));
        QCOMPARE(serverValue(u"SELECT COUNT(*) FROM orders"_s).toInt(), 0);

        // Back online: the service takes the warehouse's stock for it.
        setOnline(true);
        QVERIFY(tablet.quiesce());
        QCOMPARE(detail.status(), u"allocated"_s);
        QCOMPARE(column(orders, u"statusLabel"_s), QStringList{u"Allocated"_s});
        const QVariantMap line = detail.lines().first().toMap();
        QCOMPARE(line.value(u"statusLabel"_s).toString(), u"Stock allocated"_s);
        QCOMPARE(line.value(u"sourceName"_s).toString(), u"Zaragoza warehouse"_s);
        QCOMPARE(detail.totals().value(u"totalText"_s).toString(), u"€64.90"_s);
        QCOMPARE(serverStock(u"WH1"_s).reserved, 1);
        QCOMPARE(serverValue(u"SELECT number FROM orders WHERE id = ?"_s, {orderId}).toString(),
                 number);
        QCOMPARE(serverValue(u"SELECT total_minor FROM orders WHERE id = ?"_s, {orderId}).toInt(),
                 6490);
        QCOMPARE(serverValue(u"SELECT postcode FROM addresses WHERE customer_id = 'C00001'"_s)
                     .toString(),
                 u"28001"_s);
        QCOMPARE(serverValue(u"SELECT COUNT(*) FROM cart_lines"_s).toInt(), 0);
    }

    void failedAllocationIsSurfacedAndSentElsewhere()
    {
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        setOnline(false);
        // Barcelona had one when the associate looked...
        const QString orderId = orderOffline(tablet, u"BCN"_s);
        QVERIFY(!orderId.isEmpty());
        // ...and sold it to its own customer before the Madrid tablet came back online.
        Client barcelona(m_server->url());
        const Reply taken = barcelona.post(
            u"/v1/sync/push"_s,
            StockTest::pushBody(u"tablet-bcn-1"_s, 1, u"reservation.create"_s,
                                {{u"id"_s, u"R-BCN-1"_s},
                                 {u"sku"_s, sku},
                                 {u"locationId"_s, u"BCN"_s},
                                 {u"customerId"_s, u"C00002"_s},
                                 {u"quantity"_s, 1}},
                                u"S2"_s),
            m_server->enrol(u"BCN"_s));
        QCOMPARE(StockTest::outcome(taken), u"applied"_s);

        OrderListModel attention(tablet.store());
        testModel(&attention);
        attention.setScope(OrderListModel::Scope::NeedsAttention);
        QCOMPARE(attention.rowCount(), 0);
        setOnline(true);
        QVERIFY(tablet.quiesce());

        // The store's list of orders needing attention has it, with somewhere else to take it.
        QCOMPARE(column(attention, u"orderId"_s), QStringList{orderId});
        QCOMPARE(column(attention, u"statusLabel"_s), QStringList{u"Needs action"_s});
        OrderDetail detail(tablet.store());
        QSignalSpy failed(&detail, &OrderDetail::failed);
        detail.setOrderId(orderId);
        QCOMPARE(detail.status(), u"needs_action"_s);
        QVariantMap line = detail.lines().first().toMap();
        QVERIFY(line.value(u"needsAction"_s).toBool());
        const QStringList offered = locationsOf(line.value(u"alternatives"_s).toList());
        QVERIFY2(!offered.isEmpty() && offered.first() == u"WH1"_s, qPrintable(offered.join(u',')));
        QVERIFY(!offered.contains(u"BCN"_s));

        // The associate sends it from the warehouse instead.
        QVERIFY(detail.reallocate(line.value(u"lineId"_s).toString(), u"WH1"_s));
        QCOMPARE(failed.count(), 0);
        QVERIFY(tablet.quiesce());
        QCOMPARE(detail.status(), u"allocated"_s);
        line = detail.lines().first().toMap();
        QVERIFY(!line.value(u"needsAction"_s).toBool());
        QCOMPARE(line.value(u"statusLabel"_s).toString(), u"Stock allocated"_s);
        QCOMPARE(line.value(u"sourceName"_s).toString(), u"Zaragoza warehouse"_s);
        QCOMPARE(attention.rowCount(), 0);
        // Barcelona's unit stays with its customer; the warehouse holds one for ours.
        QCOMPARE(serverStock(u"BCN"_s).reserved, 1);
        QCOMPARE(serverStock(u"WH1"_s).reserved, 1);
        QCOMPARE(serverValue(u"SELECT status FROM orders WHERE id = ?"_s, {orderId}).toString(),
                 u"allocated"_s);
    }

    void webOrderCollectedAtTheCounter()
    {
        const QString integration = m_server->enrol({}, u"integration"_s);
        const Reply created = Client(m_server->url())
                                  .post(u"/v1/ingest/orders"_s,
                                        {{u"source"_s, u"web"_s},
                                         {u"externalId"_s, u"WEB-5001"_s},
                                         {u"currency"_s, u"EUR"_s},
                                         {u"fulfilment"_s, u"pick_up"_s},
                                         {u"pickupLocationId"_s, u"MAD"_s},
                                         {u"customer"_s,
                                          QJsonObject{{u"email"_s, u"c00001@example.com"_s}}},
                                         {u"lines"_s, QJsonArray{QJsonObject{
                                                          {u"sku"_s, sku},
                                                          {u"quantity"_s, 1},
                                                          {u"unitPriceMinor"_s, 5995}}}}},
                                        integration);
        QCOMPARE(created.status, 201);
        const QString orderId = created.body[u"orderId"_s].toString();
        QCOMPARE(serverStock(u"MAD"_s).reserved, 1);

        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        OrderListModel queue(tablet.store());
        testModel(&queue);
        queue.setScope(OrderListModel::Scope::PickupQueue);
        QCOMPARE(column(queue, u"orderId"_s), QStringList{orderId});
        QCOMPARE(column(queue, u"channelLabel"_s), QStringList{u"Web"_s});
        QCOMPARE(column(queue, u"customerName"_s), QStringList{u"José Muñoz"_s});

        OrderDetail detail(tablet.store());
        QSignalSpy failed(&detail, &OrderDetail::failed);
        detail.setOrderId(orderId);
        QCOMPARE(detail.number(), u"W-WEB-5001"_s);
        QVERIFY(detail.canMarkReady());
        QVERIFY(detail.markReady());
        QVERIFY(tablet.quiesce());
        QCOMPARE(serverValue(u"SELECT status FROM orders WHERE id = ?"_s, {orderId}).toString(),
                 u"ready_for_pickup"_s);
        QVERIFY(detail.canHandOver());
        QCOMPARE(column(queue, u"statusLabel"_s), QStringList{u"Ready for pickup"_s});

        // Someone else's number, then another customer's card: refused, with what to do.
        QVERIFY(!detail.handOver(u"order_number"_s, u"W-WEB-5002"_s));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.takeFirst().first().toString().contains(u"not this order's number"_s));
        QVERIFY(!detail.handOver(u"loyalty_card"_s, u"4000000000003"_s));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.takeFirst().first().toString().contains(u"not this customer's"_s));
        QCOMPARE(detail.status(), u"ready_for_pickup"_s);
        QCOMPARE(tablet.engine()->pendingCount(), 0);

        // The customer's own card.
        QVERIFY(detail.handOver(u"loyalty_card"_s, u"4000000000001"_s));
        QCOMPARE(detail.status(), u"collected"_s);
        QCOMPARE(queue.rowCount(), 0);
        QVERIFY(tablet.quiesce());
        QCOMPARE(serverValue(u"SELECT status FROM orders WHERE id = ?"_s, {orderId}).toString(),
                 u"collected"_s);
        // The jumper left the shop: Madrid has one fewer, nothing held.
        QCOMPARE(serverStock(u"MAD"_s).onHand, 1);
        QCOMPARE(serverStock(u"MAD"_s).reserved, 0);
        QCOMPARE(detail.history().last().toMap().value(u"statusLabel"_s).toString(),
                 u"Collected"_s);
        // And the customer's timeline says so, once.
        CustomerTimelineModel timeline;
        timeline.setStore(tablet.store());
        testModel(&timeline);
        timeline.setCustomerId(u"C00001"_s);
        int collectedEvents = 0;
        for (int i = 0; i < timeline.rowCount(); ++i) {
            const QVariantMap event = timeline.get(i);
            if (event.value(u"orderId"_s).toString() == orderId
                && event.value(u"detail"_s).toString() == u"collected"_s)
                ++collectedEvents;
        }
        QCOMPARE(collectedEvents, 1);
    }

    void deliveryAddressCheckedFieldByField_data()
    {
        QTest::addColumn<QVariantMap>("changes");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("hint");
        QTest::newRow("a good address") << QVariantMap() << QStringList() << QString();
        QTest::newRow("everything empty")
            << QVariantMap{{u"recipient"_s, u""_s}, {u"line1"_s, u""_s}, {u"city"_s, u""_s},
                           {u"postcode"_s, u""_s}, {u"country"_s, u""_s}, {u"phone"_s, u""_s}}
            << QStringList{u"city"_s, u"country"_s, u"line1"_s, u"recipient"_s}
            << u"Enter"_s;
        QTest::newRow("an Irish Eircode for Spain")
            << QVariantMap{{u"postcode"_s, u"D02 X285"_s}} << QStringList{u"postcode"_s}
            << u"28001"_s;
        QTest::newRow("a Spanish postcode for Ireland")
            << QVariantMap{{u"country"_s, u"IE"_s}} << QStringList{u"postcode"_s}
            << u"D02 X285"_s;
        QTest::newRow("a UK postcode without its second half")
            << QVariantMap{{u"country"_s, u"GB"_s}, {u"postcode"_s, u"SW1A"_s}}
            << QStringList{u"postcode"_s} << u"SW1A 1AA"_s;
        QTest::newRow("an overlong street and phone in words")
            << QVariantMap{{u"line1"_s, QString(101, u'x')}, {u"phone"_s, u"ring me"_s}}
            << QStringList{u"line1"_s, u"phone"_s} << u"at most 100"_s;
    }
    void deliveryAddressCheckedFieldByField()
    {
        QFETCH(QVariantMap, changes);
        QFETCH(QStringList, fields);
        QFETCH(QString, hint);
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        QVariantMap address = madridAddress();
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            address.insert(it.key(), it.value());

        EndlessAisle aisle(tablet.store(), tablet.engine());
        aisle.setCustomerId(u"C00001"_s);
        aisle.setSku(sku);
        const QVariantMap errors = aisle.validateAddress(address);
        QCOMPARE(errors.keys(), fields); // QVariantMap keys are sorted
        for (const QString &field : fields)
            QVERIFY2(!errors.value(field).toString().isEmpty(), qPrintable(field));
        if (!fields.isEmpty())
            QVERIFY2(errors.value(fields.first()).toString().contains(hint)
                         || errors.value(fields.last()).toString().contains(hint),
                     qPrintable(errors.value(fields.first()).toString()));

        // Only a good address reaches the cart, the profile and the service.
        QSignalSpy failed(&aisle, &EndlessAisle::failed);
        QCOMPARE(aisle.addToCart(u"WH1"_s, {}, address, u"ES-STD"_s), fields.isEmpty());
        QCOMPARE(failed.count(), fields.isEmpty() ? 0 : 1);
        QVERIFY(tablet.quiesce());
        QCOMPARE(serverValue(u"SELECT COUNT(*) FROM addresses"_s).toInt(), fields.isEmpty() ? 1 : 0);
        QCOMPARE(serverValue(u"SELECT COUNT(*) FROM cart_lines"_s).toInt(), fields.isEmpty() ? 1 : 0);
        if (fields.isEmpty())
            QCOMPARE(aisle.addresses().size(), 1);
    }
};

QTEST_MAIN(TestOrders)
#include "tst_orders.moc"
