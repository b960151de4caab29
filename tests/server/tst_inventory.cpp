// SPDX-License-Identifier: MIT
// Stock on the central service, on SQLite and PostgreSQL: what each kind of order line does to
// stock, a reservation turning into an order line, the last unit wanted by several stores at
// once, orders re-sent by tablets created once, and the live stock lookup.
#include "clock.h"
#include "inventoryservice.h"
#include "rowstore.h"
#include "stock.h"
#include "stockfixture.h"

#include <QtTest>

#include <latch>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace TestServer;
using namespace StockTest;

namespace {
const QString kSku = u"SKU-1-M"_s;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/** A store tablet as the service knows it: its token, client id and associate. */
struct Taker
{
    QString token;
    QString clientId;
    QString associate;
    QString customer;
    QString store;
    qint64 lastMutation = 0;
};
} // namespace

class TestInventory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Instance> m_server;
    Taker m_madrid;

    Reply push(Taker &taker, const QString &name, const QJsonObject &args)
    {
        return Client(m_server->url())
            .post(u"/v1/sync/push"_s,
                  pushBody(taker.clientId, ++taker.lastMutation, name, args, taker.associate),
                  taker.token);
    }
    Taker enrolTaker(const QString &store, const QString &customer)
    {
        return {m_server->enrol(store), u"tablet-"_s + newId().left(8), store == u"MAD"_s
                    ? u"S1"_s : u"S2"_s, customer, store, 0};
    }
    StockTest::Stock stock(const QString &location, const QString &ofSku = kSku)
    {
        return stockAt(m_server->database(), ofSku, location);
    }
    QVariant value(const QString &sql, const QVariantList &values = {})
    {
        return Database::scalar(m_server->database(), sql, values);
    }
    QString orderStatus(const QString &orderId)
    {
        return value(u"SELECT status FROM orders WHERE id = ?"_s, {orderId}).toString();
    }
    /** Alternatives the service offered for an order's first unallocated line. */
    QJsonArray alternatives(const QString &orderId)
    {
        const QJsonObject detail = QJsonDocument::fromJson(
                                       value(u"SELECT status_detail FROM orders WHERE id = ?"_s,
                                             {orderId})
                                           .toString()
                                           .toUtf8())
                                       .object();
        return detail[u"unallocated"_s][0][u"alternatives"_s].toArray();
    }
    static QStringList locationsOf(const QJsonArray &alternatives)
    {
        QStringList ids;
        for (const QJsonValue &alternative : alternatives)
            ids << alternative[u"locationId"_s].toString();
        return ids;
    }
    int inventoryOverPromised()
    {
        return value(u"SELECT COUNT(*) FROM inventory WHERE reserved > on_hand OR reserved < 0"_s)
            .toInt();
    }
    /** An order of one line of SKU-1-M for a customer, as the checkout sends it. */
    static QJsonObject order(const QString &orderId, const QString &customer,
                             const QString &fulfilment, const QString &source, int quantity,
                             const QString &pickupAt = {})
    {
        QJsonObject line{{u"id"_s, QString(orderId + u"-1"_s)},
                         {u"sku"_s, kSku},
                         {u"quantity"_s, quantity},
                         {u"fulfilment"_s, fulfilment}};
        if (!source.isEmpty())
            line.insert(u"sourceLocationId"_s, source);
        QJsonObject json{{u"id"_s, orderId},
                         {u"number"_s, QString(u"T-"_s + orderId.left(8))},
                         {u"customerId"_s, customer},
                         {u"lines"_s, QJsonArray{line}}};
        if (fulfilment == u"ship_to_home"_s || fulfilment == u"ship_from_store"_s)
            json.insert(u"delivery"_s, QJsonObject{{u"address"_s, madridAddress()},
                                                   {u"optionId"_s, u"ES-STD"_s}});
        if (!pickupAt.isEmpty())
            json.insert(u"pickupLocationId"_s, pickupAt);
        return json;
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
        m_server = std::make_unique<Instance>();
        ServerConfig config;
        config.ratePerDevice = 100000;
        QVERIFY(m_server->start(backend, config));
        QVERIFY(seedDeliveryOptions(m_server->database()));
        m_madrid = enrolTaker(u"MAD"_s, u"C00001"_s);
        QVERIFY(!m_madrid.token.isEmpty());
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

    void orderLinesTakeStock_data()
    {
        QTest::addColumn<QString>("fulfilment");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<QString>("lineStatus");
        QTest::addColumn<QString>("orderStatus");
        QTest::addColumn<QString>("location");
        QTest::addColumn<qint64>("onHand");
        QTest::addColumn<qint64>("reserved");
        QTest::addColumn<qint64>("shipping");

        // Seeded: MAD 2, BCN 1, DUB 4, WH1 40 of SKU-1-M.
        QTest::newRow("carry out sells from the shelf here")
            << u"carry_out"_s << QString() << 1 << u"fulfilled"_s << u"completed"_s << u"MAD"_s
            << qint64(1) << qint64(0) << qint64(0);
        QTest::newRow("ship to home holds warehouse stock")
            << u"ship_to_home"_s << u"WH1"_s << 2 << u"allocated"_s << u"allocated"_s << u"WH1"_s
            << qint64(40) << qint64(2) << qint64(495);
        QTest::newRow("ship from store holds the store's stock")
            << u"ship_from_store"_s << u"BCN"_s << 1 << u"allocated"_s << u"allocated"_s
            << u"BCN"_s << qint64(1) << qint64(1) << qint64(495);
        QTest::newRow("pick up holds stock at the pickup store")
            << u"pick_up"_s << QString() << 1 << u"allocated"_s << u"allocated"_s << u"MAD"_s
            << qint64(2) << qint64(1) << qint64(0);
        QTest::newRow("more than the source has needs action")
            << u"ship_from_store"_s << u"BCN"_s << 2 << u"unallocated"_s << u"needs_action"_s
            << u"BCN"_s << qint64(1) << qint64(0) << qint64(495);
    }
    void orderLinesTakeStock()
    {
        QFETCH(QString, fulfilment);
        QFETCH(QString, source);
        QFETCH(int, quantity);
        QFETCH(QString, lineStatus);
        QFETCH(QString, orderStatus);
        QFETCH(QString, location);
        QFETCH(qint64, onHand);
        QFETCH(qint64, reserved);
        QFETCH(qint64, shipping);

        const QString id = newId();
        const Reply reply = push(m_madrid, u"order.create"_s,
                                 order(id, u"C00001"_s, fulfilment, source, quantity,
                                       fulfilment == u"pick_up"_s ? u"MAD"_s : QString()));
        QCOMPARE(outcome(reply), u"applied"_s);
        QCOMPARE(this->orderStatus(id), orderStatus);
        QCOMPARE(value(u"SELECT status FROM order_lines WHERE order_id = ?"_s, {id}).toString(),
                 lineStatus);
        const StockTest::Stock after = stock(location);
        QCOMPARE(after.onHand, onHand);
        QCOMPARE(after.reserved, reserved);
        // Priced from the price book (59.95 each), delivery added.
        QCOMPARE(value(u"SELECT total_minor FROM orders WHERE id = ?"_s, {id}).toLongLong(),
                 5995 * quantity + shipping);
        QCOMPARE(value(u"SELECT shipping_minor FROM orders WHERE id = ?"_s, {id}).toLongLong(),
                 shipping);
        if (orderStatus == u"needs_action"_s) {
            // The associate is offered where else it is: the warehouse first, never BCN again.
            const QStringList offered = locationsOf(alternatives(id));
            QVERIFY2(!offered.isEmpty(), qPrintable(offered.join(u',')));
            QCOMPARE(offered.first(), u"WH1"_s);
            QVERIFY(!offered.contains(u"BCN"_s));
        }
        // The other locations did not move.
        for (const QString &other : {u"MAD"_s, u"BCN"_s, u"DUB"_s, u"WH1"_s}) {
            if (other == location)
                continue;
            QCOMPARE(stock(other).reserved, 0);
        }
        QCOMPARE(inventoryOverPromised(), 0);
    }

    void reservationBecomesTheOrderLine_data()
    {
        QTest::addColumn<int>("held");
        QTest::addColumn<QString>("reservationAfter");
        QTest::newRow("the whole reservation bought") << 1 << u"fulfilled"_s;
        QTest::newRow("one of two reserved bought") << 2 << u"active"_s;
    }
    void reservationBecomesTheOrderLine()
    {
        QFETCH(int, held);
        QFETCH(QString, reservationAfter);
        const QString reservation = newId();
        QCOMPARE(outcome(push(m_madrid, u"reservation.create"_s,
                              {{u"id"_s, reservation},
                               {u"sku"_s, kSku},
                               {u"locationId"_s, u"MAD"_s},
                               {u"customerId"_s, u"C00001"_s},
                               {u"quantity"_s, held},
                               {u"hours"_s, 24}})),
                 u"applied"_s);
        QCOMPARE(stock(u"MAD"_s).reserved, held);

        // The customer comes back and buys one for pick-up: a held unit becomes the order's.
        const QString id = newId();
        QJsonObject json = order(id, u"C00001"_s, u"pick_up"_s, u"MAD"_s, 1, u"MAD"_s);
        QJsonArray lines = json[u"lines"_s].toArray();
        QJsonObject line = lines.at(0).toObject();
        line.insert(u"reservationId"_s, reservation);
        lines.replace(0, line);
        json.insert(u"lines"_s, lines);
        QCOMPARE(outcome(push(m_madrid, u"order.create"_s, json)), u"applied"_s);
        QCOMPARE(orderStatus(id), u"allocated"_s);
        QCOMPARE(value(u"SELECT status FROM order_lines WHERE order_id = ?"_s, {id}).toString(),
                 u"allocated"_s);
        QCOMPARE(value(u"SELECT status FROM reservations WHERE id = ?"_s, {reservation}).toString(),
                 reservationAfter);
        // Held once, not twice: nothing more is taken for the order.
        QCOMPARE(stock(u"MAD"_s).onHand, 2);
        QCOMPARE(stock(u"MAD"_s).reserved, held);

        // When the reservation runs out, what the order did not take goes back on sale; the
        // order keeps its unit.
        const auto report = Maintenance::run(m_server->database(),
                                             Clock::nowMs() + 25LL * 3600 * 1000);
        QCOMPARE(report.reservationsExpired, held > 1 ? 1 : 0);
        QCOMPARE(stock(u"MAD"_s).reserved, 1);
        QCOMPARE(stock(u"MAD"_s).onHand, 2);
    }

    void reservationOfMoreThanAvailableIsSoldOut()
    {
        const QString reservation = newId();
        const Reply reply = push(m_madrid, u"reservation.create"_s,
                                 {{u"id"_s, reservation},
                                  {u"sku"_s, kSku},
                                  {u"locationId"_s, u"BCN"_s},
                                  {u"customerId"_s, u"C00001"_s},
                                  {u"quantity"_s, 2}});
        QCOMPARE(outcome(reply), u"sold_out"_s);
        QCOMPARE(value(u"SELECT COUNT(*) FROM reservations"_s).toInt(), 0);
        QCOMPARE(stock(u"BCN"_s).reserved, 0);
    }

    void lastUnitGoesToOneTaker_data()
    {
        QTest::addColumn<QString>("mutationName");
        QTest::newRow("reservations") << u"reservation.create"_s;
        QTest::newRow("pick-up orders") << u"order.create"_s;
    }
    void lastUnitGoesToOneTaker()
    {
        QFETCH(QString, mutationName);
        // Two Madrid tablets and two Barcelona tablets all want Barcelona's last unit.
        QList<Taker> takers{m_madrid, enrolTaker(u"MAD"_s, u"C00003"_s),
                            enrolTaker(u"BCN"_s, u"C00002"_s), enrolTaker(u"BCN"_s, u"C00002"_s)};
        for (const Taker &taker : std::as_const(takers))
            QVERIFY(!taker.token.isEmpty());
        constexpr int rounds = 5;
        for (int round = 0; round < rounds; ++round) {
            // One more unit arrives at Barcelona; earlier rounds' winners keep theirs.
            const StockTest::Stock before = stock(u"BCN"_s);
            QVERIFY(setStock(m_server->database(), kSku, u"BCN"_s, before.reserved + 1,
                             before.reserved));
            QList<Post> posts;
            QStringList ids;
            for (Taker &taker : takers) {
                const QString id = newId();
                ids << id;
                const QJsonObject args = mutationName == u"reservation.create"_s
                    ? QJsonObject{{u"id"_s, id},
                                  {u"sku"_s, kSku},
                                  {u"locationId"_s, u"BCN"_s},
                                  {u"customerId"_s, taker.customer},
                                  {u"quantity"_s, 1}}
                    : order(id, taker.customer, u"pick_up"_s, u"BCN"_s, 1, taker.store);
                posts << Post{u"/v1/sync/push"_s,
                              pushBody(taker.clientId, ++taker.lastMutation, mutationName, args,
                                       taker.associate),
                              taker.token};
            }
            const QList<Reply> replies = postAll(m_server->url(), posts);
            int winners = 0;
            for (int i = 0; i < replies.size(); ++i) {
                const QString result = outcome(replies.at(i));
                if (mutationName == u"reservation.create"_s) {
                    QVERIFY2(result == u"applied"_s || result == u"sold_out"_s, qPrintable(result));
                    winners += result == u"applied"_s;
                    QCOMPARE(value(u"SELECT COUNT(*) FROM reservations WHERE id = ?"_s, {ids.at(i)})
                                 .toInt(),
                             result == u"applied"_s ? 1 : 0);
                    continue;
                }
                // Every order is taken; the ones that missed the unit ask for another source.
                QCOMPARE(result, u"applied"_s);
                const QString status = orderStatus(ids.at(i));
                if (status == u"allocated"_s) {
                    ++winners;
                    continue;
                }
                QCOMPARE(status, u"needs_action"_s);
                const QStringList offered = locationsOf(alternatives(ids.at(i)));
                QVERIFY(!offered.isEmpty());
                QCOMPARE(offered.first(), u"WH1"_s);
                QVERIFY(!offered.contains(u"BCN"_s));
            }
            QCOMPARE(winners, 1);
            const StockTest::Stock after = stock(u"BCN"_s);
            QCOMPARE(after.onHand, before.reserved + 1);
            QCOMPARE(after.reserved, before.reserved + 1);
            QCOMPARE(inventoryOverPromised(), 0);
        }
    }

    void conditionalUpdateAloneStopsADoubleTake()
    {
        // Without the service's feed lock around it: the UPDATE's own condition decides.
        constexpr int threads = 8;
        const QString database = m_server->config().database;
        const qint64 now = Clock::nowMs();
        std::latch start(threads);
        std::atomic<int> taken{0};
        std::atomic<int> soldOut{0};
        std::atomic<int> failed{0};
        std::vector<std::thread> workers;
        for (int i = 0; i < threads; ++i) {
            workers.emplace_back([&, i] {
                const QString name = u"taker-%1"_s.arg(i);
                {
                    QSqlDatabase db = openConnection(database, name);
                    start.arrive_and_wait();
                    SqlTransaction transaction(db);
                    ChangeFeedStore rows(db);
                    const Stock::Take take = transaction.isActive()
                        ? ::Stock::reserve(rows, kSku, u"BCN"_s, 1, now)
                        : Stock::Take::Failed;
                    if (take == Stock::Take::Failed || !transaction.commit())
                        ++failed;
                    else if (take == Stock::Take::Taken)
                        ++taken;
                    else
                        ++soldOut;
                }
                Database::close(name);
            });
        }
        for (std::thread &worker : workers)
            worker.join();
        QCOMPARE(failed.load(), 0);
        QCOMPARE(taken.load(), 1);
        QCOMPARE(soldOut.load(), threads - 1);
        QCOMPARE(stock(u"BCN"_s).onHand, 1);
        QCOMPARE(stock(u"BCN"_s).reserved, 1);
    }

    void orderCreatedOnceWhateverTheResends()
    {
        const QString id = newId();
        QJsonObject json = order(id, u"C00001"_s, u"ship_to_home"_s, u"WH1"_s, 2);
        QJsonArray lines = json[u"lines"_s].toArray();
        lines << QJsonObject{{u"id"_s, QString(id + u"-2"_s)},
                             {u"sku"_s, kSku},
                             {u"quantity"_s, 1},
                             {u"fulfilment"_s, u"carry_out"_s}};
        json.insert(u"lines"_s, lines);
        const QString once = u"orders 1, lines 2, purchases 2"_s;
        auto state = [this](const QString &orderId) {
            return u"orders %1, lines %2, purchases %3"_s.arg(
                value(u"SELECT COUNT(*) FROM orders WHERE id = ?"_s, {orderId}).toInt())
                .arg(value(u"SELECT COUNT(*) FROM order_lines WHERE order_id = ?"_s, {orderId})
                         .toInt())
                .arg(value(u"SELECT COUNT(*) FROM customer_events WHERE order_id = ? AND"
                           " kind = 'purchased'"_s,
                           {orderId})
                         .toInt());
        };

        // The answer was lost on the way back: the tablet sends the same batch again.
        Client client(m_server->url());
        const QJsonObject batch = pushBody(m_madrid.clientId, 1, u"order.create"_s, json, u"S1"_s);
        QCOMPARE(outcome(client.post(u"/v1/sync/push"_s, batch, m_madrid.token)), u"applied"_s);
        QCOMPARE(outcome(client.post(u"/v1/sync/push"_s, batch, m_madrid.token)), u"applied"_s);
        m_madrid.lastMutation = 1;
        QCOMPARE(state(id), once);
        QCOMPARE(stock(u"WH1"_s).reserved, 2);
        QCOMPARE(stock(u"MAD"_s).onHand, 1);

        // The tablet was reinstalled before it heard back: a new enrolment, a new client id,
        // its outbox starting at 1 again, the same order id.
        Taker reinstalled = enrolTaker(u"MAD"_s, u"C00001"_s);
        QCOMPARE(outcome(push(reinstalled, u"order.create"_s, json)), u"applied"_s);
        QCOMPARE(state(id), once);
        QCOMPARE(stock(u"WH1"_s).reserved, 2);
        QCOMPARE(stock(u"MAD"_s).onHand, 1);

        // Two tablets sending one order at the same moment: still one order.
        const QString second = newId();
        const QJsonObject secondJson = order(second, u"C00001"_s, u"ship_to_home"_s, u"WH1"_s, 3);
        QList<Post> posts;
        for (Taker *taker : {&m_madrid, &reinstalled})
            posts << Post{u"/v1/sync/push"_s,
                          pushBody(taker->clientId, ++taker->lastMutation, u"order.create"_s,
                                   secondJson, u"S1"_s),
                          taker->token};
        for (const Reply &reply : postAll(m_server->url(), posts))
            QCOMPARE(outcome(reply), u"applied"_s);
        QCOMPARE(state(second), u"orders 1, lines 1, purchases 1"_s);
        QCOMPARE(stock(u"WH1"_s).reserved, 5);
        QCOMPARE(inventoryOverPromised(), 0);
    }

    void liveLookupAnswersForEveryLocationWithinReach()
    {
        const QSqlDatabase db = m_server->database();
        auto place = [](const char *id, double latitude, double longitude) {
            return QVariantMap{{u"id"_s, QString::fromLatin1(id)},
                               {u"latitude"_s, latitude},
                               {u"longitude"_s, longitude}};
        };
        QVERIFY(putRows(db, u"location"_s,
                        {place("MAD", 40.4256, -3.6876), place("BCN", 41.3917, 2.1649),
                         place("DUB", 53.3415, -6.2603), place("WH1", 41.6561, -0.8773)}));
        const qint64 now = Clock::nowMs();
        const qint64 hour = 3600 * 1000;
        QVariantList counted;
        for (const char *location : {"MAD", "BCN", "DUB", "WH1"}) {
            counted << now - hour * (1 + int(counted.size()));
            QVERIFY(putRows(db, u"inventory"_s,
                            {{{u"sku"_s, kSku},
                              {u"location_id"_s, QString::fromLatin1(location)},
                              {u"counted_at"_s, counted.last()}}}));
        }
        QVERIFY(setStock(db, u"SKU-1-L"_s, u"DUB"_s, 3));
        // A unit held a moment ago shows at once.
        QCOMPARE(outcome(push(m_madrid, u"reservation.create"_s,
                              {{u"id"_s, newId()},
                               {u"sku"_s, kSku},
                               {u"locationId"_s, u"WH1"_s},
                               {u"customerId"_s, u"C00001"_s},
                               {u"quantity"_s, 1}})),
                 u"applied"_s);

        Client client(m_server->url());
        const Reply reply = client.get(u"/v1/inventory?sku=SKU-1-M"_s, m_madrid.token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body[u"locationId"_s].toString(), u"MAD"_s);
        QVERIFY(reply.body[u"asOf"_s].toInteger() >= now);
        QHash<QString, double> distance;
        for (const QJsonValue &location : reply.body[u"locations"_s].toArray())
            distance.insert(location[u"id"_s].toString(), location[u"distanceKm"_s].toDouble());
        QCOMPARE(distance.size(), 4);
        QCOMPARE(distance.value(u"MAD"_s), 0.0);
        // Great-circle distances from Madrid: Zaragoza ~270 km, Barcelona ~500, Dublin ~1450.
        QVERIFY2(distance.value(u"WH1"_s) > 250 && distance.value(u"WH1"_s) < 290,
                 qPrintable(QString::number(distance.value(u"WH1"_s))));
        QVERIFY2(distance.value(u"BCN"_s) > 480 && distance.value(u"BCN"_s) < 530,
                 qPrintable(QString::number(distance.value(u"BCN"_s))));
        QVERIFY2(distance.value(u"DUB"_s) > 1400 && distance.value(u"DUB"_s) < 1500,
                 qPrintable(QString::number(distance.value(u"DUB"_s))));

        QHash<QString, QJsonObject> rows;
        for (const QJsonValue &row : reply.body[u"stock"_s].toArray())
            rows.insert(row[u"locationId"_s].toString(), row.toObject());
        // Not Dublin: Madrid sells from its country's stores and the warehouses only (what it
        // syncs, and all its reservations, transfers and orders may take).
        QCOMPARE(rows.size(), 3);
        QVERIFY(!rows.contains(u"DUB"_s));
        QCOMPARE(rows[u"WH1"_s][u"onHand"_s].toInt(), 40);
        QCOMPARE(rows[u"WH1"_s][u"reserved"_s].toInt(), 1);
        QCOMPARE(rows[u"WH1"_s][u"available"_s].toInt(), 39);
        QCOMPARE(rows[u"BCN"_s][u"available"_s].toInt(), 1);
        QCOMPARE(rows[u"MAD"_s][u"countedAt"_s].toInteger(), counted.at(0).toLongLong());
        QCOMPARE(rows[u"WH1"_s][u"countedAt"_s].toInteger(), counted.at(3).toLongLong());

        // A whole style: every size wherever Madrid may sell from.
        const Reply style = client.get(u"/v1/inventory?style=ST1"_s, m_madrid.token);
        QCOMPARE(style.status, 200);
        QStringList found;
        for (const QJsonValue &row : style.body[u"stock"_s].toArray())
            found << row[u"sku"_s].toString() + u'@' + row[u"locationId"_s].toString();
        found.sort();
        QCOMPARE(found, QStringList({u"SKU-1-M@BCN"_s, u"SKU-1-M@MAD"_s, u"SKU-1-M@WH1"_s}));

        // A SKU nobody stocks: an empty answer, not an error.
        const Reply none = client.get(u"/v1/inventory?sku=NOPE"_s, m_madrid.token);
        QCOMPARE(none.status, 200);
        QVERIFY(none.body[u"stock"_s].toArray().isEmpty());
    }

    void lookupRefusesBadQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("device");
        QTest::addColumn<int>("status");
        QTest::newRow("neither sku nor style") << QString() << u"store"_s << 400;
        QTest::newRow("both sku and style") << u"sku=SKU-1-M&style=ST1"_s << u"store"_s << 400;
        QTest::newRow("empty sku") << u"sku="_s << u"store"_s << 400;
        QTest::newRow("overlong sku") << u"sku="_s + QString(65, u'X') << u"store"_s << 400;
        QTest::newRow("overlong style") << u"style="_s + QString(65, u'X') << u"store"_s << 400;
        QTest::newRow("no token") << u"sku=SKU-1-M"_s << u"none"_s << 401;
        QTest::newRow("unknown token") << u"sku=SKU-1-M"_s << u"forged"_s << 401;
        QTest::newRow("integration device") << u"sku=SKU-1-M"_s << u"integration"_s << 403;
    }
    void lookupRefusesBadQueries()
    {
        QFETCH(QString, query);
        QFETCH(QString, device);
        QFETCH(int, status);
        const QString token = device == u"store"_s ? m_madrid.token
            : device == u"integration"_s           ? m_server->enrol({}, u"integration"_s)
            : device == u"forged"_s                ? u"not-a-token"_s
                                                   : QString();
        const Reply reply = Client(m_server->url())
                                .get(u"/v1/inventory"_s + (query.isEmpty() ? QString() : u"?"_s + query),
                                     token);
        QCOMPARE(reply.status, status);
        QVERIFY2(!reply.body[u"error"_s].toString().isEmpty(), reply.raw.constData());
        QVERIFY(!reply.body.contains(u"stock"_s));
    }
};

QTEST_MAIN(TestInventory)
#include "tst_inventory.moc"
