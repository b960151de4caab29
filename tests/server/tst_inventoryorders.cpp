// SPDX-License-Identifier: MIT
// Stock over time on the central service, on SQLite and PostgreSQL: reservations that expire
// give their stock back once, even with two service instances at it; carriers' webhooks arrive
// twice or out of order and still take the stock out once; a web order collected in store, or
// not collected by its deadline and put back on the shelf.
#include "clock.h"
#include "inventoryservice.h"
#include "stockfixture.h"

#include <QtTest>

#include <latch>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace TestServer;
using namespace StockTest;

namespace {
const QString sku = u"SKU-1-M"_s;
constexpr qint64 hourMs = 3600 * 1000;
constexpr qint64 dayMs = 24 * hourMs;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/** Wednesday 25 November 2026, 10:00 in Madrid. */
QDateTime start()
{
    return QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone("Europe/Madrid"));
}
} // namespace

class TestInventoryOrders : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Instance> m_server;
    QString m_madrid; // a Madrid associate tablet
    QString m_barcelona;
    QString m_integration; // the web shop and the carriers
    QHash<QString, qint64> m_lastMutation;

    Reply push(const QString &token, const QString &name, const QJsonObject &args)
    {
        const QString clientId = token == m_madrid ? u"tablet-mad-1"_s : u"tablet-bcn-1"_s;
        const QString associate = token == m_madrid ? u"S1"_s : u"S2"_s;
        return Client(m_server->url())
            .post(u"/v1/sync/push"_s,
                  pushBody(clientId, ++m_lastMutation[clientId], name, args, associate), token);
    }
    Reply ingest(const QString &path, const QJsonObject &body)
    {
        return Client(m_server->url()).post(path, body, m_integration);
    }
    Stock stock(const QString &location)
    {
        return stockAt(m_server->database(), sku, location);
    }
    QVariant value(const QString &sql, const QVariantList &values = {})
    {
        return Database::scalar(m_server->database(), sql, values);
    }
    QString orderStatus(const QString &orderId)
    {
        return value(u"SELECT status FROM orders WHERE id = ?"_s, {orderId}).toString();
    }
    /** A web shop order for José Muñoz of SKU-1-M; its order id. */
    QString webOrder(const QString &externalId, int quantity, const QString &pickupAt = {})
    {
        QJsonObject body{{u"source"_s, u"web"_s},
                         {u"externalId"_s, externalId},
                         {u"currency"_s, u"EUR"_s},
                         {u"createdAt"_s, Clock::nowMs()},
                         {u"customer"_s, QJsonObject{{u"loyaltyId"_s, u"4000000000001"_s}}},
                         {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, sku},
                                                             {u"quantity"_s, quantity},
                                                             {u"unitPriceMinor"_s, 5995}}}}};
        if (!pickupAt.isEmpty()) {
            body.insert(u"fulfilment"_s, u"pick_up"_s);
            body.insert(u"pickupLocationId"_s, pickupAt);
        }
        const Reply reply = ingest(u"/v1/ingest/orders"_s, body);
        if (reply.status != 201)
            qWarning() << "web order refused:" << reply.status << reply.raw;
        return reply.body[u"orderId"_s].toString();
    }
    /** Housekeeping run by two service instances at the same moment, each on its own
        connection; the sum of what they report. */
    Maintenance::Report runTwiceAtOnce(qint64 now)
    {
        const QString database = m_server->config().database;
        std::latch ready(2);
        Maintenance::Report reports[2];
        std::vector<std::thread> instances;
        for (int i = 0; i < 2; ++i) {
            instances.emplace_back([&, i] {
                const QString name = u"instance-%1"_s.arg(i);
                {
                    const QSqlDatabase db = openConnection(database, name);
                    ready.arrive_and_wait();
                    reports[i] = Maintenance::run(db, now);
                }
                Database::close(name);
            });
        }
        for (std::thread &instance : instances)
            instance.join();
        return {reports[0].reservationsExpired + reports[1].reservationsExpired,
                reports[0].pickupsReturned + reports[1].pickupsReturned};
    }
    /** Rows of an entity a device receives on a first sync. */
    QList<QJsonObject> pulled(const QString &token, const QString &entity)
    {
        QList<QJsonObject> rows;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            QJsonObject request{{u"clientId"_s, token == m_madrid ? u"puller-mad"_s : u"puller-bcn"_s},
                                {u"limit"_s, 1000}};
            if (!cursor.isEmpty())
                request.insert(u"cursor"_s, cursor);
            const Reply reply = Client(m_server->url()).post(u"/v1/sync/pull"_s, request, token);
            if (reply.status != 200)
                break;
            for (const QJsonValue &change : reply.body[u"changes"_s].toArray()) {
                if (change[u"entity"_s].toString() == entity && change[u"op"_s].toString() == u"put"_s)
                    rows << change[u"row"_s].toObject();
            }
            cursor = reply.body[u"cursor"_s].toString();
            if (!reply.body[u"hasMore"_s].toBool())
                break;
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(u"clienteling.http.info=false\n"
                                         "clienteling.server.info=false\n"
                                         "clienteling.db.info=false"_s);
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
        Clock::setCurrentDateTime(start());
        m_server = std::make_unique<Instance>();
        ServerConfig config;
        config.ratePerDevice = 100000;
        QVERIFY(m_server->start(backend, config));
        m_madrid = m_server->enrol(u"MAD"_s);
        m_barcelona = m_server->enrol(u"BCN"_s);
        m_integration = m_server->enrol({}, u"integration"_s);
        QVERIFY(!m_madrid.isEmpty() && !m_barcelona.isEmpty() && !m_integration.isEmpty());
        m_lastMutation.clear();
    }
    void cleanup()
    {
        Clock::setCurrentDateTime({});
        if (m_server) {
            m_server->stop();
            m_server->dropDatabase();
            m_server.reset();
        }
    }

    void reservationsExpireOnceWithTwoInstances()
    {
        // Six one-hour holds at the warehouse, and one for two days.
        auto hold = [this](const QString &id, int quantity, int hours) {
            return outcome(push(m_madrid, u"reservation.create"_s,
                                {{u"id"_s, id},
                                 {u"sku"_s, sku},
                                 {u"locationId"_s, u"WH1"_s},
                                 {u"customerId"_s, u"C00001"_s},
                                 {u"quantity"_s, quantity},
                                 {u"hours"_s, hours}}));
        };
        QStringList shortHolds;
        for (int i = 0; i < 6; ++i) {
            shortHolds << newId();
            QCOMPARE(hold(shortHolds.last(), 1, 1), u"applied"_s);
        }
        const QString longHold = newId();
        QCOMPARE(hold(longHold, 3, 48), u"applied"_s);
        QCOMPARE(stock(u"WH1"_s).reserved, 9);

        // Half an hour on, nothing is due.
        QCOMPARE(runTwiceAtOnce(Clock::nowMs() + hourMs / 2).reservationsExpired, 0);
        QCOMPARE(stock(u"WH1"_s).reserved, 9);

        // Two hours on, two service instances run housekeeping at the same moment.
        Clock::setCurrentDateTime(start().addSecs(2 * 3600));
        QCOMPARE(runTwiceAtOnce(Clock::nowMs()).reservationsExpired, 6);
        // Each unit came back once: the two-day hold still counts.
        QCOMPARE(stock(u"WH1"_s).reserved, 3);
        QCOMPARE(stock(u"WH1"_s).onHand, 40);
        QCOMPARE(value(u"SELECT COUNT(*) FROM reservations WHERE status = 'expired'"_s).toInt(), 6);
        QCOMPARE(value(u"SELECT status FROM reservations WHERE id = ?"_s, {longHold}).toString(),
                 u"active"_s);
        QCOMPARE(runTwiceAtOnce(Clock::nowMs()).reservationsExpired, 0);
        QCOMPARE(stock(u"WH1"_s).reserved, 3);

        // The store that asked sees its holds expired.
        int expired = 0;
        for (const QJsonObject &row : pulled(m_madrid, u"reservation"_s)) {
            if (shortHolds.contains(row[u"id"_s].toString())) {
                QCOMPARE(row[u"status"_s].toString(), u"expired"_s);
                ++expired;
            }
        }
        QCOMPARE(expired, 6);
        // Cancelling an expired hold afterwards gives nothing back a second time.
        QCOMPARE(outcome(push(m_madrid, u"reservation.cancel"_s, {{u"id"_s, shortHolds.first()}})),
                 u"applied"_s);
        QCOMPARE(stock(u"WH1"_s).reserved, 3);
    }

    void carrierEventsTakeStockOutOnce_data()
    {
        QTest::addColumn<QStringList>("events"); // externalId:status:minutes after the order
        QTest::addColumn<QString>("finalStatus");
        QTest::newRow("shipped, then delivered")
            << QStringList{u"E1:shipped:60"_s, u"E2:delivered:1500"_s} << u"delivered"_s;
        QTest::newRow("delivered arrives before shipped")
            << QStringList{u"E2:delivered:1500"_s, u"E1:shipped:60"_s} << u"delivered"_s;
        QTest::newRow("shipped sent twice")
            << QStringList{u"E1:shipped:60"_s, u"E1:shipped:60"_s} << u"shipped"_s;
        QTest::newRow("everything twice, out of order")
            << QStringList{u"E2:delivered:1500"_s, u"E1:shipped:60"_s, u"E2:delivered:1500"_s,
                           u"E1:shipped:60"_s}
            << u"delivered"_s;
    }
    void carrierEventsTakeStockOutOnce()
    {
        QFETCH(QStringList, events);
        QFETCH(QString, finalStatus);
        const QString orderId = webOrder(u"WEB-1001"_s, 2);
        QVERIFY(!orderId.isEmpty());
        // Home delivery from the warehouse, which has the most.
        QCOMPARE(orderStatus(orderId), u"allocated"_s);
        QCOMPARE(stock(u"WH1"_s).reserved, 2);
        QCOMPARE(stock(u"MAD"_s).reserved, 0);

        // The carrier's updates arrive after they happened: the service's clock is past the
        // last of them (a time more than a day ahead of it would be refused).
        Clock::setCurrentDateTime(start().addSecs(26 * 3600));
        QSet<QString> seen;
        for (const QString &event : std::as_const(events)) {
            const QStringList parts = event.split(u':');
            const Reply reply = ingest(u"/v1/ingest/order-status"_s,
                                       {{u"source"_s, u"seur"_s},
                                        {u"externalId"_s, parts.at(0)},
                                        {u"orderId"_s, orderId},
                                        {u"status"_s, parts.at(1)},
                                        {u"occurredAt"_s,
                                         start().toMSecsSinceEpoch() + parts.at(2).toLongLong() * 60000},
                                        {u"carrier"_s, u"SEUR"_s},
                                        {u"trackingNumber"_s, u"TRK1"_s}});
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.body[u"duplicate"_s].toBool(), seen.contains(parts.at(0)));
            seen.insert(parts.at(0));
        }
        // The latest event says where the parcel is; the two units left the warehouse once.
        QCOMPARE(orderStatus(orderId), finalStatus);
        QCOMPARE(stock(u"WH1"_s).onHand, 38);
        QCOMPARE(stock(u"WH1"_s).reserved, 0);
        QCOMPARE(value(u"SELECT status FROM order_lines WHERE order_id = ?"_s, {orderId}).toString(),
                 u"shipped"_s);
        QCOMPARE(value(u"SELECT COUNT(*) FROM order_status_history WHERE order_id = ? AND"
                       " source = 'seur'"_s,
                       {orderId})
                     .toInt(),
                 int(seen.size()));
        // The customer's timeline shows each step once.
        QCOMPARE(value(u"SELECT COUNT(*) FROM customer_events WHERE order_id = ? AND"
                       " kind = 'order_status'"_s,
                       {orderId})
                     .toInt(),
                 int(seen.size()));
    }

    void webPickupCollectedOrNot_data()
    {
        QTest::addColumn<bool>("collected");
        QTest::newRow("collected") << true;
        QTest::newRow("not collected by the deadline") << false;
    }
    void webPickupCollectedOrNot()
    {
        QFETCH(bool, collected);
        const QString orderId = webOrder(u"WEB-2001"_s, 1, u"MAD"_s);
        QVERIFY(!orderId.isEmpty());
        QCOMPARE(orderStatus(orderId), u"allocated"_s);
        QCOMPARE(stock(u"MAD"_s).reserved, 1);

        // It is in Madrid's pick-up queue: Madrid's tablets receive it, Barcelona's do not.
        auto has = [this](const QString &token, const QString &id) {
            for (const QJsonObject &row : pulled(token, u"order"_s)) {
                if (row[u"id"_s].toString() == id)
                    return row[u"status"_s].toString();
            }
            return QString();
        };
        QCOMPARE(has(m_madrid, orderId), u"allocated"_s);
        QCOMPARE(has(m_barcelona, orderId), QString());

        // Only Madrid prepares it, and only a ready order is handed over.
        const QJsonObject args{{u"orderId"_s, orderId}};
        const QJsonObject handOver{{u"orderId"_s, orderId}, {u"verifiedBy"_s, u"order_number"_s}};
        QCOMPARE(outcome(push(m_barcelona, u"pickup.markReady"_s, args)), u"not_allowed"_s);
        QCOMPARE(outcome(push(m_madrid, u"pickup.handOver"_s, handOver)), u"invalid"_s);
        QCOMPARE(outcome(push(m_madrid, u"pickup.markReady"_s, args)), u"applied"_s);
        QCOMPARE(orderStatus(orderId), u"ready_for_pickup"_s);
        QCOMPARE(value(u"SELECT pickup_deadline FROM orders WHERE id = ?"_s, {orderId}).toLongLong(),
                 start().toMSecsSinceEpoch() + 7 * dayMs);

        if (collected) {
            Clock::setCurrentDateTime(start().addDays(2));
            QCOMPARE(outcome(push(m_madrid, u"pickup.handOver"_s, handOver)), u"applied"_s);
            QCOMPARE(orderStatus(orderId), u"collected"_s);
            QCOMPARE(value(u"SELECT collected_at FROM orders WHERE id = ?"_s, {orderId}).toLongLong(),
                     Clock::nowMs());
            // The unit left the shop with the customer.
            QCOMPARE(stock(u"MAD"_s).onHand, 1);
            QCOMPARE(stock(u"MAD"_s).reserved, 0);
            QCOMPARE(value(u"SELECT detail FROM order_status_history WHERE order_id = ? AND"
                           " status = 'collected'"_s,
                           {orderId})
                         .toString(),
                     u"order_number"_s);
            QCOMPARE(value(u"SELECT COUNT(*) FROM customer_events WHERE order_id = ? AND"
                           " detail = 'collected'"_s,
                           {orderId})
                         .toInt(),
                     1);
            // Past the deadline, housekeeping leaves a collected order alone.
            QCOMPARE(runTwiceAtOnce(start().toMSecsSinceEpoch() + 8 * dayMs).pickupsReturned, 0);
            QCOMPARE(orderStatus(orderId), u"collected"_s);
            QCOMPARE(stock(u"MAD"_s).onHand, 1);
            QCOMPARE(stock(u"MAD"_s).reserved, 0);
            return;
        }

        // Six days on it still waits on the shelf.
        QCOMPARE(runTwiceAtOnce(start().toMSecsSinceEpoch() + 6 * dayMs).pickupsReturned, 0);
        QCOMPARE(stock(u"MAD"_s).reserved, 1);
        // Past the deadline it goes back to stock, once, whichever instance gets there.
        Clock::setCurrentDateTime(start().addDays(8));
        QCOMPARE(runTwiceAtOnce(Clock::nowMs()).pickupsReturned, 1);
        QCOMPARE(orderStatus(orderId), u"not_collected"_s);
        QCOMPARE(value(u"SELECT status FROM order_lines WHERE order_id = ?"_s, {orderId}).toString(),
                 u"returned_to_stock"_s);
        QCOMPARE(stock(u"MAD"_s).onHand, 2);
        QCOMPARE(stock(u"MAD"_s).reserved, 0);
        QCOMPARE(runTwiceAtOnce(Clock::nowMs()).pickupsReturned, 0);
        QCOMPARE(stock(u"MAD"_s).reserved, 0);
        // The customer turns up late: it cannot be handed over from stock it no longer holds.
        QCOMPARE(outcome(push(m_madrid, u"pickup.handOver"_s, handOver)), u"invalid"_s);
        QCOMPARE(stock(u"MAD"_s).onHand, 2);
        QCOMPARE(has(m_madrid, orderId), u"not_collected"_s);
    }
};

QTEST_MAIN(TestInventoryOrders)
#include "tst_inventoryorders.moc"
