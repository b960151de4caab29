// SPDX-License-Identifier: MIT
// The tablet's order screens over its local store: the store's orders needing attention, the
// pick-up queue, an order's lines with the alternatives the service offered, and the actions on
// an order (another source for a line, ready for pick-up, hand-over only with proof).
#include "customertimelinemodel.h"
#include "orderdetail.h"
#include "orderlistmodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;
using TestData::minutesFromNow;
using TestData::referenceMs;

namespace {

constexpr qint64 dayMs = 24 * 3600 * 1000;

QStringList column(const OrderListModel &model, const QString &role)
{
    QStringList values;
    for (int i = 0; i < model.rowCount(); ++i)
        values << model.get(i).value(role).toString();
    return values;
}

QString alternativesJson(const QString &lineId)
{
    const QJsonArray alternatives{
        QJsonObject{{u"locationId"_s, u"WH1"_s},
                    {u"name"_s, u"Zaragoza warehouse"_s},
                    {u"kind"_s, u"warehouse"_s},
                    {u"available"_s, 40}},
        QJsonObject{{u"locationId"_s, u"MAD"_s},
                    {u"name"_s, u"Madrid Serrano"_s},
                    {u"kind"_s, u"store"_s},
                    {u"available"_s, 2}}};
    const QJsonObject detail{
        {u"unallocated"_s, QJsonArray{QJsonObject{{u"lineId"_s, lineId},
                                                  {u"sku"_s, u"SKU-1"_s},
                                                  {u"quantity"_s, 1},
                                                  {u"alternatives"_s, alternatives}}}}};
    return QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

/** The SQL of every statement a connection runs while it lives (sqlite3_trace_v2). */
class StatementLog
{
public:
    explicit StatementLog(const QSqlDatabase &db)
        : m_handle(*static_cast<sqlite3 *const *>(db.driver()->handle().constData()))
    {
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &StatementLog::record, this);
    }
    ~StatementLog() { sqlite3_trace_v2(m_handle, 0, nullptr, nullptr); }
    QStringList statements() const { return m_statements; }

private:
    static int record(unsigned, void *self, void *statement, void *)
    {
        static_cast<StatementLog *>(self)->m_statements
            << QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt *>(statement)));
        return 0;
    }
    sqlite3 *m_handle;
    QStringList m_statements;
};

} // namespace

class TestOrderModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestData::LocalStoreFixture> m_fixture;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    /** An order of José Muñoz's placed in Madrid, as the service sends it. */
    bool order(const QString &id, const QString &status, const QVariantMap &extra = {})
    {
        QVariantMap row{{u"id"_s, id},
                        {u"number"_s, QString(u"MAD-261125-"_s + id.toUpper())},
                        {u"customer_id"_s, u"c1"_s},
                        {u"channel"_s, u"store"_s},
                        {u"location_id"_s, u"MAD"_s},
                        {u"status"_s, status},
                        {u"currency"_s, u"EUR"_s},
                        {u"subtotal_minor"_s, 5995},
                        {u"tax_minor"_s, 1040},
                        {u"total_minor"_s, 5995},
                        {u"created_at"_s, minutesFromNow(-30)},
                        {u"updated_at"_s, minutesFromNow(-30)}};
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            row.insert(it.key(), it.value());
        return TestData::Seeder(m_fixture->db()).put(u"order"_s, row);
    }
    bool line(const QString &id, const QString &orderId, int lineNo, const QString &status,
              const QString &fulfilment, const QString &source)
    {
        return TestData::Seeder(m_fixture->db())
            .put(u"order_line"_s, {{u"id"_s, id},
                                   {u"order_id"_s, orderId},
                                   {u"line_no"_s, lineNo},
                                   {u"sku"_s, u"SKU-1"_s},
                                   {u"quantity"_s, 1},
                                   {u"unit_price_minor"_s, 5995},
                                   {u"tax_minor"_s, 1040},
                                   {u"total_minor"_s, 5995},
                                   {u"fulfilment"_s, fulfilment},
                                   {u"source_location_id"_s, source},
                                   {u"status"_s, status}});
    }
    /** What the service's answer to a sync does: rows written, screens told. */
    bool pulled(const QString &entity, const QVariantMap &row)
    {
        if (!TestData::Seeder(m_fixture->db()).put(entity, row))
            return false;
        m_fixture->store()->notifyTablesChanged(
            {entity == u"order"_s ? u"orders"_s : u"order_lines"_s});
        return true;
    }
    QStringList outbox()
    {
        QStringList list;
        QSqlQuery query(m_fixture->db());
        if (query.exec(u"SELECT name, args FROM outbox ORDER BY mutation_id"_s)) {
            while (query.next())
                list << query.value(0).toString() + u' ' + query.value(1).toString();
        }
        return list;
    }
    void testModel(QAbstractItemModel *model)
    {
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

private slots:
    void initTestCase() { TestData::initEnvironment(); }
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u"query failed|statement failed|prepare failed"_s));
        m_fixture = std::make_unique<TestData::LocalStoreFixture>();
        QVERIFY(m_fixture->isReady());
        m_fixture->store()->setActor(u"S1"_s, u"Lucía Gómez"_s);
        m_fixture->store()->setLocationId(u"MAD"_s);
        TestData::Seeder seed(m_fixture->db());
        QVERIFY(seed.location(u"MAD"_s, u"Madrid Serrano"_s));
        QVERIFY(seed.location(u"BCN"_s, u"Barcelona Passeig de Gràcia"_s));
        QVERIFY(seed.location(u"WH1"_s, u"Zaragoza warehouse"_s, {{u"kind"_s, u"warehouse"_s}}));
        QVERIFY(seed.styleWithProduct(u"SKU-1"_s, u"Merino crew jumper"_s, 5995));
        QVERIFY(seed.customer(u"c1"_s, u"José"_s, u"Muñoz"_s, u"jose@correo.es"_s,
                              u"+34 612 34 56 78"_s, u"4000000000017"_s,
                              {{u"home_location_id"_s, u"MAD"_s}}));
        QVERIFY(seed.customer(u"c2"_s, u"Ana"_s, u"García"_s, {}, {}, u"4000000000025"_s,
                              {{u"home_location_id"_s, u"MAD"_s}}));
    }
    void cleanup()
    {
        m_testers.clear();
        m_fixture.reset();
    }

    void needsAttentionListsThisStoresBlockedOrders()
    {
        QVERIFY(order(u"o-a"_s, u"needs_action"_s, {{u"created_at"_s, minutesFromNow(-60)}}));
        QVERIFY(order(u"o-b"_s, u"allocated"_s));
        QVERIFY(order(u"o-c"_s, u"needs_action"_s, {{u"location_id"_s, u"BCN"_s}}));
        QVERIFY(order(u"o-d"_s, u"needs_action"_s, {{u"created_at"_s, minutesFromNow(-10)}}));
        QVERIFY(line(u"l-a1"_s, u"o-a"_s, 1, u"unallocated"_s, u"ship_to_home"_s, u"BCN"_s));
        QVERIFY(line(u"l-a2"_s, u"o-a"_s, 2, u"fulfilled"_s, u"carry_out"_s, u"MAD"_s));

        OrderListModel model(m_fixture->store());
        testModel(&model);
        model.setScope(OrderListModel::Scope::NeedsAttention);
        // Madrid's, oldest first; Barcelona's problem is Barcelona's.
        QCOMPARE(column(model, u"orderId"_s), QStringList({u"o-a"_s, u"o-d"_s}));
        const QVariantMap first = model.get(0);
        QCOMPARE(first.value(u"statusLabel"_s).toString(), u"Needs action"_s);
        QCOMPARE(first.value(u"customerName"_s).toString(), u"José Muñoz"_s);
        QCOMPARE(first.value(u"channelLabel"_s).toString(), u"Store"_s);
        QCOMPARE(first.value(u"totalText"_s).toString(), u"€59.95"_s);
        QVERIFY2(first.value(u"itemsText"_s).toString().startsWith(u'2'),
                 qPrintable(first.value(u"itemsText"_s).toString()));

        // The service allocated it meanwhile: it leaves the list, without a reset.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(pulled(u"order"_s, {{u"id"_s, u"o-a"_s}, {u"status"_s, u"allocated"_s}}));
        QCOMPARE(column(model, u"orderId"_s), QStringList({u"o-d"_s}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(reset.count(), 0);
    }

    void orderDetailOffersAlternativesAndReallocates()
    {
        QVERIFY(order(u"o-n"_s, u"needs_action"_s, {{u"status_detail"_s, alternativesJson(u"l1"_s)},
                                                    {u"subtotal_minor"_s, 11990},
                                                    {u"shipping_minor"_s, 495},
                                                    {u"total_minor"_s, 12485}}));
        QVERIFY(line(u"l1"_s, u"o-n"_s, 1, u"unallocated"_s, u"ship_to_home"_s, u"BCN"_s));
        QVERIFY(line(u"l2"_s, u"o-n"_s, 2, u"fulfilled"_s, u"carry_out"_s, u"MAD"_s));

        OrderDetail detail(m_fixture->store());
        QSignalSpy failed(&detail, &OrderDetail::failed);
        detail.setOrderId(u"o-n"_s);
        QVERIFY(detail.found());
        QVERIFY(detail.errorString().isEmpty());
        QCOMPARE(detail.statusLabel(), u"Needs action"_s);
        QCOMPARE(detail.totals().value(u"shippingText"_s).toString(), u"€4.95"_s);
        QCOMPARE(detail.totals().value(u"totalText"_s).toString(), u"€124.85"_s);
        QCOMPARE(detail.lines().size(), 2);
        QVariantMap blocked = detail.lines().at(0).toMap();
        QCOMPARE(blocked.value(u"lineId"_s).toString(), u"l1"_s);
        QVERIFY(blocked.value(u"needsAction"_s).toBool());
        QCOMPARE(blocked.value(u"statusLabel"_s).toString(), u"No stock: choose another source"_s);
        QCOMPARE(blocked.value(u"sourceName"_s).toString(), u"Barcelona Passeig de Gràcia"_s);
        QCOMPARE(blocked.value(u"productName"_s).toString(), u"Merino crew jumper"_s);
        const QVariantList choices = blocked.value(u"alternatives"_s).toList();
        QCOMPARE(choices.size(), 2);
        QCOMPARE(choices.at(0).toMap().value(u"locationId"_s).toString(), u"WH1"_s);
        QCOMPARE(choices.at(0).toMap().value(u"kindLabel"_s).toString(), u"Warehouse"_s);
        QCOMPARE(choices.at(0).toMap().value(u"available"_s).toInt(), 40);
        QCOMPARE(choices.at(1).toMap().value(u"name"_s).toString(), u"Madrid Serrano"_s);
        const QVariantMap fine = detail.lines().at(1).toMap();
        QVERIFY(!fine.value(u"needsAction"_s).toBool());
        QVERIFY(fine.value(u"alternatives"_s).toList().isEmpty());

        // The associate takes it from the warehouse: shown at once, sent with the next sync.
        QSignalSpy changed(&detail, &OrderDetail::changed);
        QVERIFY(detail.reallocate(u"l1"_s, u"WH1"_s));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(failed.count(), 0);
        blocked = detail.lines().at(0).toMap();
        QVERIFY(!blocked.value(u"needsAction"_s).toBool());
        QCOMPARE(blocked.value(u"statusLabel"_s).toString(), u"Waiting to sync"_s);
        QCOMPARE(blocked.value(u"sourceName"_s).toString(), u"Zaragoza warehouse"_s);
        const QStringList queued = outbox();
        QCOMPARE(queued.size(), 1);
        QVERIFY2(queued.first().startsWith(u"order.reallocate "_s), qPrintable(queued.first()));
        const QJsonObject args
            = QJsonDocument::fromJson(queued.first().section(u' ', 1).toUtf8()).object();
        QCOMPARE(args.value(u"lineId"_s).toString(), u"l1"_s);
        QCOMPARE(args.value(u"sourceLocationId"_s).toString(), u"WH1"_s);

        // The service's answer arrives.
        QVERIFY(pulled(u"order_line"_s, {{u"id"_s, u"l1"_s}, {u"status"_s, u"allocated"_s}}));
        QVERIFY(pulled(u"order"_s,
                       {{u"id"_s, u"o-n"_s}, {u"status"_s, u"allocated"_s}, {u"status_detail"_s, u""_s}}));
        QCOMPARE(detail.statusLabel(), u"Allocated"_s);
        QCOMPARE(detail.lines().at(0).toMap().value(u"statusLabel"_s).toString(),
                 u"Stock allocated"_s);
        QVERIFY(detail.lines().at(0).toMap().value(u"alternatives"_s).toList().isEmpty());
    }

    void unknownOrderSaysToSync()
    {
        OrderDetail detail(m_fixture->store());
        detail.setOrderId(u"not-here"_s);
        QVERIFY(!detail.found());
        QVERIFY(detail.errorString().contains(u"Sync"_s));
        QVERIFY(detail.lines().isEmpty());
        QVERIFY(!detail.canMarkReady());
        QVERIFY(!detail.canHandOver());
    }

    void carrierHistoryInWords()
    {
        // What carriers reported through the service: known statuses as codes the screen
        // translates, one nobody knows in the carrier's own words.
        QVERIFY(order(u"w1"_s, u"shipped"_s, {{u"channel"_s, u"web"_s}}));
        TestData::Seeder seed(m_fixture->db());
        const auto step
            = [&](const char *id, const char *status, qint64 minutes, const QString &detail = {}) {
                  return seed.put(u"order_status"_s,
                                  {{u"id"_s, QString::fromLatin1(id)},
                                   {u"order_id"_s, u"w1"_s},
                                   {u"status"_s, QString::fromLatin1(status)},
                                   {u"occurred_at"_s, minutesFromNow(minutes)},
                                   {u"carrier"_s, u"SEUR"_s},
                                   {u"tracking_number"_s, u"SEUR-ES-1"_s},
                                   {u"detail"_s, detail},
                                   {u"source"_s, u"seur"_s}});
              };
        QVERIFY(step("h1", "out_for_delivery", -20));
        QVERIFY(step("h2", "other", -10, u"Held at depot (customs)"_s));
        OrderDetail detail(m_fixture->store());
        detail.setOrderId(u"w1"_s);
        const QVariantList history = detail.history();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).toMap().value(u"statusLabel"_s).toString(), u"Out for delivery"_s);
        QCOMPARE(history.at(0).toMap().value(u"carrierText"_s).toString(), QString());
        QCOMPARE(history.at(0).toMap().value(u"trackingText"_s).toString(),
                 u"SEUR tracking SEUR-ES-1"_s);
        QCOMPARE(history.at(1).toMap().value(u"statusLabel"_s).toString(), u"Carrier update"_s);
        QCOMPARE(history.at(1).toMap().value(u"carrierText"_s).toString(),
                 u"Held at depot (customs)"_s);
    }

    void pickupQueueShowsReadyOrdersFirst()
    {
        const qint64 now = referenceMs();
        auto pickup = [&](const QString &id, const QString &status, qint64 deadline,
                          qint64 createdMinutesAgo, const QString &at = u"MAD"_s) {
            return order(id, status, {{u"pickup_location_id"_s, at},
                                      {u"pickup_deadline"_s, deadline},
                                      {u"channel"_s, u"web"_s},
                                      {u"location_id"_s, u""_s},
                                      {u"created_at"_s, minutesFromNow(-createdMinutesAgo)}});
        };
        QVERIFY(pickup(u"p-allocated"_s, u"allocated"_s, 0, 50));
        QVERIFY(pickup(u"p-ready"_s, u"ready_for_pickup"_s, now + dayMs, 300));
        QVERIFY(pickup(u"p-overdue"_s, u"ready_for_pickup"_s, now - 3600 * 1000, 9000));
        QVERIFY(pickup(u"p-collected"_s, u"collected"_s, now + dayMs, 400));
        QVERIFY(pickup(u"p-barcelona"_s, u"ready_for_pickup"_s, now + dayMs, 100, u"BCN"_s));
        QVERIFY(pickup(u"p-placed"_s, u"placed"_s, 0, 40));
        QVERIFY(pickup(u"p-blocked"_s, u"needs_action"_s, 0, 60));

        OrderListModel model(m_fixture->store());
        testModel(&model);
        model.setScope(OrderListModel::Scope::PickupQueue);
        // The customer at the counter is most likely here for a ready one: those first, by
        // deadline; then what is still to prepare, oldest first.
        QCOMPARE(column(model, u"orderId"_s),
                 QStringList({u"p-overdue"_s, u"p-ready"_s, u"p-blocked"_s, u"p-allocated"_s,
                              u"p-placed"_s}));
        QCOMPARE(column(model, u"overdue"_s),
                 QStringList({u"true"_s, u"false"_s, u"false"_s, u"false"_s, u"false"_s}));
        QVERIFY(model.get(0).value(u"deadlineText"_s).toString().startsWith(u"Collect by"_s));
        QVERIFY(model.get(2).value(u"deadlineText"_s).toString().isEmpty());
        QCOMPARE(model.get(0).value(u"channelLabel"_s).toString(), u"Web"_s);

        // Handed over on another tablet: it leaves the queue.
        QVERIFY(pulled(u"order"_s, {{u"id"_s, u"p-ready"_s}, {u"status"_s, u"collected"_s}}));
        QCOMPARE(column(model, u"orderId"_s),
                 QStringList({u"p-overdue"_s, u"p-blocked"_s, u"p-allocated"_s, u"p-placed"_s}));
    }

    // The navigation's two lists were read at start, before anyone signed in, sorting every
    // match (with each order's item count) before the LIMIT: a quarter of the start's CPU on
    // a big store. Inactive they read nothing; active, their queries walk an index in order.
    void storeListsReadOnlyWhenActiveAndNeverSort()
    {
        QVERIFY(order(u"o-a"_s, u"needs_action"_s));
        QVERIFY(order(u"p-ready"_s, u"ready_for_pickup"_s,
                      {{u"pickup_location_id"_s, u"MAD"_s}, {u"channel"_s, u"web"_s}}));
        for (const auto scope :
             {OrderListModel::Scope::NeedsAttention, OrderListModel::Scope::PickupQueue}) {
            StatementLog log(m_fixture->db());
            OrderListModel model(m_fixture->store());
            testModel(&model);
            model.classBegin(); // as QML creates it: properties first, then complete
            model.setActive(false);
            model.setScope(scope);
            model.componentComplete();
            QCOMPARE(model.rowCount(), 0);
            QVERIFY2(log.statements().isEmpty(), qPrintable(log.statements().join(u'\n')));

            model.setActive(true);
            QCOMPARE(model.rowCount(), 1);
            QCOMPARE(log.statements().size(), 1);
            QSqlQuery plan(m_fixture->db());
            const QString sql = log.statements().constFirst();
            QVERIFY(plan.prepare(u"EXPLAIN QUERY PLAN "_s + sql));
            for (qsizetype i = 0; i < sql.count(u'?'); ++i)
                plan.addBindValue(QVariant());
            QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
            QStringList steps;
            while (plan.next())
                steps << plan.value(3).toString();
            QVERIFY2(!steps.join(u'\n').contains(u"TEMP B-TREE"_s), qPrintable(steps.join(u'\n')));

            model.setActive(false); // signed out: nothing shown
            QCOMPARE(model.rowCount(), 0);
        }
    }

    void markReadyOnlyWhereItIsCollected()
    {
        QVERIFY(order(u"p-here"_s, u"allocated"_s, {{u"pickup_location_id"_s, u"MAD"_s}}));
        QVERIFY(order(u"p-there"_s, u"allocated"_s, {{u"pickup_location_id"_s, u"BCN"_s}}));

        OrderDetail there(m_fixture->store());
        QSignalSpy refused(&there, &OrderDetail::failed);
        there.setOrderId(u"p-there"_s);
        QVERIFY(!there.isPickupHere());
        QVERIFY(!there.canMarkReady());
        QVERIFY(!there.markReady());
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.first().first().toString().contains(u"not possible"_s));
        QCOMPARE(there.status(), u"allocated"_s);

        OrderDetail here(m_fixture->store());
        here.setOrderId(u"p-here"_s);
        QVERIFY(here.isPickupHere());
        QVERIFY(here.canMarkReady());
        QVERIFY(!here.canHandOver());
        QVERIFY(here.markReady());
        QCOMPARE(here.status(), u"ready_for_pickup"_s);
        QCOMPARE(here.statusLabel(), u"Ready for pickup"_s);
        QVERIFY(!here.canMarkReady());
        QVERIFY(here.canHandOver());
        // A week to collect it, from now.
        QCOMPARE(Database::scalar(m_fixture->db(),
                                  u"SELECT pickup_deadline FROM orders WHERE id = 'p-here'"_s)
                     .toLongLong(),
                 referenceMs() + 7 * dayMs);
        QVERIFY2(here.pickupText().startsWith(u"Pick up at Madrid Serrano by "_s),
                 qPrintable(here.pickupText()));
        QCOMPARE(here.history().last().toMap().value(u"statusLabel"_s).toString(),
                 u"Ready for pickup"_s);
        QCOMPARE(outbox().size(), 1);
    }

    void handOverNeedsProof_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("proof");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("the order number") << u"order_number"_s << u"MAD-261125-P1"_s << true;
        QTest::newRow("the order number as read out")
            << u"order_number"_s << u" mad-261125-p1 "_s << true;
        QTest::newRow("the number with spaces") << u"order_number"_s << u"MAD-261125 - P1"_s
                                                << true;
        QTest::newRow("another order's number") << u"order_number"_s << u"MAD-261125-P2"_s << false;
        QTest::newRow("nothing typed") << u"order_number"_s << u"  "_s << false;
        QTest::newRow("the customer's loyalty card") << u"loyalty_card"_s << u"4000000000017"_s
                                                     << true;
        QTest::newRow("someone else's loyalty card")
            << u"loyalty_card"_s << u"4000000000025"_s << false;
        QTest::newRow("the order number as a card") << u"loyalty_card"_s << u"MAD-261125-P1"_s
                                                    << false;
        QTest::newRow("an unknown way of checking") << u"signature"_s << u"MAD-261125-P1"_s
                                                    << false;
    }
    void handOverNeedsProof()
    {
        QFETCH(QString, method);
        QFETCH(QString, proof);
        QFETCH(bool, accepted);
        QVERIFY(order(u"p1"_s, u"ready_for_pickup"_s,
                      {{u"pickup_location_id"_s, u"MAD"_s},
                       {u"pickup_deadline"_s, referenceMs() + dayMs}}));
        QVERIFY(line(u"p1-l1"_s, u"p1"_s, 1, u"allocated"_s, u"pick_up"_s, u"MAD"_s));

        CustomerTimelineModel timeline;
        timeline.setStore(m_fixture->store());
        testModel(&timeline);
        timeline.setCustomerId(u"c1"_s);
        QCOMPARE(timeline.rowCount(), 0);

        OrderDetail detail(m_fixture->store());
        QSignalSpy failed(&detail, &OrderDetail::failed);
        detail.setOrderId(u"p1"_s);
        QVERIFY(detail.canHandOver());
        QCOMPARE(detail.handOver(method, proof), accepted);
        if (!accepted) {
            // Refused with words the associate can act on; nothing changed or queued.
            QCOMPARE(failed.count(), 1);
            const QString message = failed.first().first().toString();
            QVERIFY2(message.contains(u"order number"_s) || message.contains(u"loyalty card"_s),
                     qPrintable(message));
            QCOMPARE(detail.status(), u"ready_for_pickup"_s);
            QVERIFY(detail.canHandOver());
            QVERIFY(outbox().isEmpty());
            QCOMPARE(timeline.rowCount(), 0);
            return;
        }
        QCOMPARE(failed.count(), 0);
        QCOMPARE(detail.status(), u"collected"_s);
        QCOMPARE(detail.statusLabel(), u"Collected"_s);
        QVERIFY(!detail.canHandOver());
        const QStringList queued = outbox();
        QCOMPARE(queued.size(), 1);
        QVERIFY(queued.first().startsWith(u"pickup.handOver "_s));
        QVERIFY2(queued.first().contains(u"\"verifiedBy\":\"%1\""_s.arg(method)),
                 qPrintable(queued.first()));
        // The customer's timeline shows the collection at once.
        QTRY_COMPARE(timeline.rowCount(), 1);
        const QVariantMap event = timeline.get(0);
        QCOMPARE(event.value(u"kind"_s).toString(), u"order_status"_s);
        QCOMPARE(event.value(u"status"_s).toString(), u"collected"_s);
        QCOMPARE(event.value(u"statusLabel"_s).toString(), u"Collected"_s);
        QCOMPARE(event.value(u"detail"_s).toString(), u"collected"_s);
        QCOMPARE(event.value(u"orderId"_s).toString(), u"p1"_s);
        QCOMPARE(event.value(u"title"_s).toString(), u"MAD-261125-P1"_s);
    }
};

QTEST_MAIN(TestOrderModels)
#include "tst_ordermodels.moc"
