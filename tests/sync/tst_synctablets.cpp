// SPDX-License-Identifier: MIT
// Two tablets of one store editing the same customer: offline edits that race follow the
// documented rules on both tablets and on the service; random partitions in either direction
// for a while, then quiet, and all three converge with every change applied exactly once. A
// Madrid tablet serving a Dublin customer (a follow) beside the Dublin tablet.
#include "clock.h"
#include "followfixture.h"
#include "synctestkit.h"
#include "tokenstore.h"

#include <QTimer>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace TestServer;
using namespace SyncTest;

namespace {
constexpr int shortTimeoutMs = 500;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class TestSyncTablets : public SyncFixture
{
    Q_OBJECT

private:
    std::unique_ptr<FaultProxy> m_proxyB;

    /** The wishlist stamp this tablet shows for an item (what the associate "saw"). */
    static qint64 seenAddedAt(Tablet &tablet, const QString &customerId, const QString &sku)
    {
        return tablet
            .scalar(u"SELECT added_at FROM wishlist_items WHERE customer_id = ? AND"
                    " sku = ?"_s,
                    {customerId, sku})
            .toLongLong();
    }
    static bool removeFromWishlist(Tablet &tablet, const QString &customerId, const QString &sku)
    {
        return tablet.submit(u"wishlist.remove"_s,
                             {{u"customerId"_s, customerId},
                              {u"sku"_s, sku},
                              {u"addedAt"_s, seenAddedAt(tablet, customerId, sku)}});
    }
    QString preference(Tablet *tablet, const QString &customerId, const QString &key)
    {
        const QString sql = u"SELECT value FROM customer_preferences WHERE customer_id = ? AND"
                            " key = ?"_s;
        return tablet ? tablet->scalar(sql, {customerId, key}).toString()
                      : serverValue(sql, {customerId, key}).toString();
    }

private slots:
    void init()
    {
        QVERIFY(startService());
        m_proxyB = std::make_unique<FaultProxy>();
        QVERIFY(m_proxyB->listen());
        m_proxyB->setUpstreamPort(m_server->port());
    }
    void cleanup()
    {
        m_proxyB.reset();
        stopService();
    }

    void offlineEditsOfOneCustomer_data()
    {
        QTest::addColumn<bool>("aFirst");
        QTest::newRow("A reconnects first") << true;
        QTest::newRow("B reconnects first") << false;
    }
    void offlineEditsOfOneCustomer()
    {
        QFETCH(bool, aFirst);
        Tablet a(tabletPath(u"a"_s));
        Tablet b(tabletPath(u"b"_s));
        QVERIFY(enrolled(a, m_proxy->url()));
        QVERIFY(enrolled(b, m_proxyB->url()));
        const QString line = newId();
        QVERIFY(a.submit(u"cart.addLine"_s,
                         {{u"id"_s, line},
                          {u"customerId"_s, u"C00001"_s},
                          {u"sku"_s, u"SKU-1-M"_s},
                          {u"quantity"_s, 1}}));
        QVERIFY(a.quiesce());
        QVERIFY(b.quiesce());
        QCOMPARE(b.scalar(u"SELECT quantity FROM cart_lines WHERE id = ?"_s, {line}).toInt(), 1);

        // Both lose the network and edit José Muñoz.
        m_proxy->setDefaultMode(FaultProxy::Mode::DropRequest);
        m_proxyB->setDefaultMode(FaultProxy::Mode::DropRequest);
        QVERIFY(a.setPreference(u"C00001"_s, u"size.top"_s, u"M"_s));
        QVERIFY(b.setPreference(u"C00001"_s, u"size.top"_s, u"L"_s));
        const QString noteA = a.note(u"C00001"_s, u"From tablet A"_s);
        const QString noteB = b.note(u"C00001"_s, u"From tablet B"_s);
        const QJsonObject item {{u"customerId"_s, u"C00001"_s}, {u"sku"_s, u"SKU-1-L"_s}};
        QVERIFY(a.submit(u"wishlist.add"_s, item));
        QVERIFY(b.submit(u"wishlist.add"_s, item));
        QVERIFY(removeFromWishlist(a, u"C00001"_s, u"SKU-1-L"_s));
        QVERIFY(a.submit(u"cart.changeQuantity"_s, {{u"id"_s, line}, {u"delta"_s, 2}}));
        QVERIFY(b.submit(u"cart.changeQuantity"_s, {{u"id"_s, line}, {u"delta"_s, 3}}));
        // Each tablet shows its own edits at once.
        QCOMPARE(preference(&a, u"C00001"_s, u"size.top"_s), u"M"_s);
        QCOMPARE(preference(&b, u"C00001"_s, u"size.top"_s), u"L"_s);
        QCOMPARE(seenAddedAt(a, u"C00001"_s, u"SKU-1-L"_s), 0);
        QVERIFY(seenAddedAt(b, u"C00001"_s, u"SKU-1-L"_s) > 0);
        QCOMPARE(a.scalar(u"SELECT quantity FROM cart_lines WHERE id = ?"_s, {line}).toInt(), 3);
        QCOMPARE(b.scalar(u"SELECT quantity FROM cart_lines WHERE id = ?"_s, {line}).toInt(), 4);

        // Back online one after the other: that is the service's order.
        Tablet &first = aFirst ? a : b;
        Tablet &second = aFirst ? b : a;
        (aFirst ? m_proxy : m_proxyB)->setDefaultMode(FaultProxy::Mode::Pass);
        QVERIFY(first.quiesce());
        (aFirst ? m_proxyB : m_proxy)->setDefaultMode(FaultProxy::Mode::Pass);
        QVERIFY(second.quiesce());
        QVERIFY(first.quiesce());

        // Preferences: the last writer in the service's order wins; what it overwrote is kept.
        const QString winner = aFirst ? u"L"_s : u"M"_s;
        const QString overwritten = aFirst ? u"M"_s : u"L"_s;
        QCOMPARE(preference(nullptr, u"C00001"_s, u"size.top"_s), winner);
        QCOMPARE(preference(&a, u"C00001"_s, u"size.top"_s), winner);
        QCOMPARE(preference(&b, u"C00001"_s, u"size.top"_s), winner);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM revisions WHERE entity = 'preference' AND"
                             " data LIKE ?"_s,
                             {QString(u"%\"value\":\""_s + overwritten + u"\"%"_s)}),
                 1);
        // Notes: both.
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes WHERE id IN (?, ?)"_s, {noteA, noteB}),
                 2);
        // Wishlist: B's add was never seen by A's remove; add wins.
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM wishlist_items WHERE customer_id = 'C00001'"
                             " AND sku = 'SKU-1-L'"_s),
                 1);
        // Cart: the deltas add up.
        QCOMPARE(serverCount(u"SELECT quantity FROM cart_lines WHERE id = ?"_s, {line}), 6);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM mutation_results"_s), 0);
        const QStringList service = serverSnapshot();
        QCOMPARE(a.snapshot(), service);
        QCOMPARE(b.snapshot(), service);
    }

    // Contact details corrected on two tablets while both are offline: per field, the change
    // the service receives last wins on every tablet; a field only one tablet changed keeps
    // that change; what was overwritten is kept in the service's history.
    void offlineContactEditsOfOneCustomer_data()
    {
        QTest::addColumn<bool>("aFirst");
        QTest::newRow("A reconnects first") << true;
        QTest::newRow("B reconnects first") << false;
    }
    void offlineContactEditsOfOneCustomer()
    {
        QFETCH(bool, aFirst);
        Tablet a(tabletPath(u"a"_s));
        Tablet b(tabletPath(u"b"_s));
        QVERIFY(enrolled(a, m_proxy->url()));
        QVERIFY(enrolled(b, m_proxyB->url()));
        const qint64 version = serverValue(u"SELECT version FROM customers WHERE id = ?"_s,
                                           {u"C00001"_s})
                                   .toLongLong();
        m_proxy->setDefaultMode(FaultProxy::Mode::DropRequest);
        m_proxyB->setDefaultMode(FaultProxy::Mode::DropRequest);
        QVERIFY(a.submit(u"customer.update"_s,
                         {{u"id"_s, u"C00001"_s},
                          {u"baseVersion"_s, version},
                          {u"fields"_s, QJsonObject{{u"email"_s, u"jose.a@example.es"_s}}}}));
        QVERIFY(b.submit(u"customer.update"_s,
                         {{u"id"_s, u"C00001"_s},
                          {u"baseVersion"_s, version},
                          {u"fields"_s, QJsonObject{{u"email"_s, u"jose.b@example.es"_s},
                                                    {u"birth_date"_s, u"1979-02-03"_s}}}}));
        const QString sql = u"SELECT email || '|' || birth_date FROM customers WHERE id = ?"_s;
        // Each shows its own at once.
        QCOMPARE(a.scalar(sql, {u"C00001"_s}).toString().section(u'|', 0, 0),
                 u"jose.a@example.es"_s);
        QCOMPARE(b.scalar(sql, {u"C00001"_s}).toString(),
                 u"jose.b@example.es|1979-02-03"_s);

        Tablet &first = aFirst ? a : b;
        Tablet &second = aFirst ? b : a;
        (aFirst ? m_proxy : m_proxyB)->setDefaultMode(FaultProxy::Mode::Pass);
        QVERIFY(first.quiesce());
        (aFirst ? m_proxyB : m_proxy)->setDefaultMode(FaultProxy::Mode::Pass);
        QVERIFY(second.quiesce());
        QVERIFY(first.quiesce());

        const QString expected = aFirst ? u"jose.b@example.es|1979-02-03"_s
                                        : u"jose.a@example.es|1979-02-03"_s;
        QCOMPARE(serverValue(sql, {u"C00001"_s}).toString(), expected);
        QCOMPARE(a.scalar(sql, {u"C00001"_s}).toString(), expected);
        QCOMPARE(b.scalar(sql, {u"C00001"_s}).toString(), expected);
        const QString overwritten = aFirst ? u"jose.a@example.es"_s : u"jose.b@example.es"_s;
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM revisions WHERE entity = 'customer' AND"
                             " data LIKE ?"_s,
                             {QString(u"%"_s + overwritten + u"%"_s)}),
                 1);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM mutation_results"_s), 0);
    }

    void concurrentDeltasOnOneCartLine()
    {
        QFETCH_GLOBAL(QString, backend);
        Tablet a(tabletPath(u"a"_s));
        Tablet b(tabletPath(u"b"_s));
        QVERIFY(enrolled(a, m_proxy->url()));
        QVERIFY(enrolled(b, m_proxyB->url()));
        const QString line = newId();
        QVERIFY(a.submit(u"cart.addLine"_s,
                         {{u"id"_s, line},
                          {u"customerId"_s, u"C00001"_s},
                          {u"sku"_s, u"SKU-1-M"_s},
                          {u"quantity"_s, 1}}));
        QVERIFY(a.quiesce());
        QVERIFY(b.quiesce());
        m_proxy->setDefaultMode(FaultProxy::Mode::DropRequest);
        m_proxyB->setDefaultMode(FaultProxy::Mode::DropRequest);
        QVERIFY(a.submit(u"cart.changeQuantity"_s, {{u"id"_s, line}, {u"delta"_s, 2}}));
        QVERIFY(b.submit(u"cart.changeQuantity"_s, {{u"id"_s, line}, {u"delta"_s, 3}}));

        // Hold the service's write path so that both pushes are inside it at the same time.
        const QString locker = u"locker"_s;
        {
            QString error;
            const QString database = m_server->config().database;
            QSqlDatabase db = ServerDatabase::isPostgres(database)
                ? Database::openPostgres(database, locker, &error)
                : Database::openSqlite(database, locker, &error);
            QVERIFY2(db.isOpen(), qPrintable(error));
            const bool postgres = backend == u"postgres"_s;
            QVERIFY(Database::exec(db, postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s));
            if (postgres)
                QVERIFY(Database::exec(db,
                                       u"SELECT version FROM sync_version WHERE id = 1"
                                       " FOR UPDATE"_s));
            m_proxy->setDefaultMode(FaultProxy::Mode::Pass);
            m_proxyB->setDefaultMode(FaultProxy::Mode::Pass);
            const int pushesA = m_proxy->requestCount(u"/v1/sync/push"_s);
            const int pushesB = m_proxyB->requestCount(u"/v1/sync/push"_s);
            a.engine()->syncNow();
            b.engine()->syncNow();
            if (postgres) {
                // Both are waiting: one for the feed's counter, the other for the cart line.
                QTRY_VERIFY_WITH_TIMEOUT(
                    Database::scalar(db, u"SELECT COUNT(*) FROM pg_locks WHERE NOT granted"_s)
                            .toInt()
                        >= 2,
                    10000);
            } else {
                QTRY_VERIFY_WITH_TIMEOUT(m_proxy->requestCount(u"/v1/sync/push"_s) > pushesA
                                             && m_proxyB->requestCount(u"/v1/sync/push"_s)
                                                 > pushesB,
                                         10000);
            }
            QVERIFY(Database::exec(db, u"COMMIT"_s));
        }
        Database::close(locker);
        QVERIFY(a.quiesce());
        QVERIFY(b.quiesce());
        QVERIFY(a.quiesce());
        QCOMPARE(a.snapshot(), b.snapshot());
        // Known gap in the service on PostgreSQL, reported: a mutation reads the row it changes
        // without locking it (READ COMMITTED), so two concurrent deltas both start from 1 and
        // one is lost (quantity 4 or 3). SQLite serialises writers and is right.
        qInfo() << "quantity on the service:"
                << serverCount(u"SELECT quantity FROM cart_lines WHERE id = ?"_s, {line});
        QCOMPARE(serverCount(u"SELECT quantity FROM cart_lines WHERE id = ?"_s, {line}), 6);
        QCOMPARE(a.snapshot(), serverSnapshot());
    }

    void madridTabletServesADublinCustomer()
    {
        QVERIFY(FollowTest::seedDublinStaff(m_server->database()));
        QVERIFY(FollowTest::seedCustomerWithHistory(m_server->database(), u"D00001"_s, u"DUB"_s));
        Tablet madrid(tabletPath(u"madrid"_s));
        Tablet dublin(tabletPath(u"dublin"_s), u"S4"_s);
        QVERIFY(enrolled(madrid, m_proxy->url()));
        QVERIFY(dublin.open());
        QVERIFY(dublin.enrol(m_proxyB->url(), enrolmentCode(*m_server, u"DUB"_s)));
        QVERIFY(dublin.quiesce());
        const auto held = [](Tablet &tablet, const QString &sql) {
            return tablet.scalar(sql, {u"D00001"_s}).toInt();
        };
        QCOMPARE(held(madrid, u"SELECT COUNT(*) FROM customers WHERE id = ?"_s), 0);
        QCOMPARE(held(dublin, u"SELECT COUNT(*) FROM customers WHERE id = ?"_s), 1);

        // The associate opens her from a remote search result: the tablet follows her.
        const Reply followed = Client(m_server->url())
                                   .post(u"/v1/customers/follow"_s,
                                         {{u"customerId"_s, u"D00001"_s}},
                                         TokenStore::load(*madrid.store()));
        QCOMPARE(followed.status, 200);
        QCOMPARE(followed.body[u"homeLocationId"_s].toString(), u"DUB"_s);
        QVERIFY(madrid.quiesce());
        for (const QString &sql :
             {u"SELECT COUNT(*) FROM customers WHERE id = ?"_s,
              u"SELECT COUNT(*) FROM orders WHERE customer_id = ?"_s,
              u"SELECT COUNT(*) FROM order_lines WHERE order_id = ? || '-O1'"_s,
              u"SELECT COUNT(*) FROM payments WHERE order_id = ? || '-O1'"_s,
              u"SELECT COUNT(*) FROM customer_events WHERE customer_id = ?"_s,
              u"SELECT COUNT(*) FROM notes WHERE customer_id = ?"_s,
              u"SELECT COUNT(*) FROM wishlist_items WHERE customer_id = ?"_s,
              u"SELECT COUNT(*) FROM cart_lines WHERE customer_id = ?"_s,
              u"SELECT COUNT(*) FROM customer_preferences WHERE customer_id = ?"_s})
            QVERIFY2(held(madrid, sql) == 1, qPrintable(sql));

        // What Madrid adds reaches the service and the Dublin tablet.
        const QString note = madrid.note(u"D00001"_s, u"Visiting Madrid, loved the merino"_s);
        QVERIFY(!note.isEmpty());
        const QString line = newId();
        QVERIFY(madrid.submit(u"cart.addLine"_s,
                              {{u"id"_s, line},
                               {u"customerId"_s, u"D00001"_s},
                               {u"sku"_s, u"SKU-1-L"_s},
                               {u"quantity"_s, 1}}));
        // And a sale in Madrid, which the store keeps whoever follows her.
        const QString order = newId();
        QVERIFY(madrid.submit(u"order.create"_s,
                              {{u"id"_s, order},
                               {u"number"_s, QString(u"T-"_s + order.left(8))},
                               {u"customerId"_s, u"D00001"_s},
                               {u"lines"_s,
                                QJsonArray {QJsonObject {{u"id"_s, QString(order + u"-1"_s)},
                                                         {u"sku"_s, u"SKU-1-M"_s},
                                                         {u"quantity"_s, 1},
                                                         {u"fulfilment"_s, u"carry_out"_s}}}}}));
        QVERIFY(madrid.quiesce());
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM mutation_results"_s), 0);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {note}), 1);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM cart_lines WHERE id = ?"_s, {line}), 1);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM orders WHERE id = ? AND location_id = 'MAD'"_s,
                             {order}),
                 1);
        QVERIFY(dublin.quiesce());
        QCOMPARE(dublin.scalar(u"SELECT body FROM notes WHERE id = ?"_s, {note}).toString(),
                 u"Visiting Madrid, loved the merino"_s);
        QCOMPARE(dublin.scalar(u"SELECT COUNT(*) FROM cart_lines WHERE id = ?"_s, {line}).toInt(), 1);

        // A change on the Dublin tablet reaches Madrid on its next pull.
        const QString fromDublin = dublin.note(u"D00001"_s, u"Gift wrap next time"_s);
        QVERIFY(dublin.setPreference(u"D00001"_s, u"size.shoe"_s, u"38"_s));
        QVERIFY(dublin.quiesce());
        QVERIFY(madrid.quiesce());
        QCOMPARE(madrid.scalar(u"SELECT body FROM notes WHERE id = ?"_s, {fromDublin}).toString(),
                 u"Gift wrap next time"_s);
        QCOMPARE(madrid
                     .scalar(u"SELECT value FROM customer_preferences WHERE customer_id = ? AND"
                             " key = 'size.shoe'"_s,
                             {u"D00001"_s})
                     .toString(),
                 u"38"_s);

        // 30 days without activity: the follow lapses and Madrid no longer holds her rows,
        // but keeps the order it sold her.
        Clock::setCurrentDateTime(QDateTime::currentDateTimeUtc().addDays(31));
        const bool quiet = madrid.quiesce();
        Clock::setCurrentDateTime({});
        QVERIFY(quiet);
        for (const QString &sql :
             {u"SELECT COUNT(*) FROM customers WHERE id = ?"_s,
              u"SELECT COUNT(*) FROM notes WHERE customer_id = ?"_s,
              u"SELECT COUNT(*) FROM cart_lines WHERE customer_id = ?"_s,
              u"SELECT COUNT(*) FROM wishlist_items WHERE customer_id = ?"_s,
              u"SELECT COUNT(*) FROM customer_events WHERE customer_id = ? AND order_id = ''"_s,
              u"SELECT COUNT(*) FROM payments WHERE order_id = ? || '-O1'"_s,
              u"SELECT COUNT(*) FROM orders WHERE id = ? || '-O1'"_s})
            QVERIFY2(held(madrid, sql) == 0, qPrintable(sql));
        QCOMPARE(madrid.scalar(u"SELECT customer_id FROM orders WHERE id = ?"_s, {order}).toString(),
                 u"D00001"_s);
        QCOMPARE(madrid.scalar(u"SELECT COUNT(*) FROM order_lines WHERE order_id = ?"_s, {order})
                     .toInt(),
                 1);
        // Dublin keeps everything.
        QCOMPARE(held(dublin, u"SELECT COUNT(*) FROM notes WHERE customer_id = ?"_s), 3);
    }

    void wishlistAddThenRemoveOffline()
    {
        Tablet a(tabletPath(u"a"_s));
        QVERIFY(enrolled(a));
        // Offline, the associate adds an item and takes it out again before any sync.
        m_proxy->setDefaultMode(FaultProxy::Mode::DropRequest);
        const QJsonObject item {{u"customerId"_s, u"C00003"_s}, {u"sku"_s, u"SKU-1-M"_s}};
        QVERIFY(a.submit(u"wishlist.add"_s, item));
        QVERIFY(removeFromWishlist(a, u"C00003"_s, u"SKU-1-M"_s));
        QCOMPARE(seenAddedAt(a, u"C00003"_s, u"SKU-1-M"_s), 0);
        m_proxy->setDefaultMode(FaultProxy::Mode::Pass);
        QVERIFY(a.quiesce());
        // Nobody else added it: the remove observed the only add, so it is gone everywhere.
        // The add and the remove carry the tablet's stamp: the remove matches the add.
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM wishlist_items WHERE customer_id = 'C00003'"_s),
                 0);
        QCOMPARE(seenAddedAt(a, u"C00003"_s, u"SKU-1-M"_s), 0);
    }

    void randomPartitionsThenQuietConverge()
    {
        bool seeded = false;
        const quint32 seed = qEnvironmentVariableIsSet("CLIENTELING_SOAK_SEED")
            ? quint32(qEnvironmentVariableIntValue("CLIENTELING_SOAK_SEED", &seeded))
            : QRandomGenerator::global()->generate();
        qInfo() << "soak seed" << seed << "(set CLIENTELING_SOAK_SEED to repeat)";
        QRandomGenerator random(seed);

        Tablet a(tabletPath(u"a"_s));
        Tablet b(tabletPath(u"b"_s), u"S1"_s);
        QVERIFY(enrolled(a, m_proxy->url()));
        QVERIFY(enrolled(b, m_proxyB->url()));
        // Rows both tablets change (shared) only have to converge. Rows counted for exactly-once
        // are changed by one tablet each: concurrent read-modify-writes of one row lose updates
        // on PostgreSQL (see concurrentDeltasOnOneCartLine), which is not what this checks.
        QHash<Tablet *, QString> lines;
        for (Tablet *tablet : {&a, &b}) {
            lines.insert(tablet, newId());
            QVERIFY(tablet->submit(u"cart.addLine"_s,
                                   {{u"id"_s, lines.value(tablet)},
                                    {u"customerId"_s, u"C00003"_s},
                                    {u"sku"_s, u"SKU-1-L"_s},
                                    {u"quantity"_s, 1}}));
        }
        const QString sharedLine = newId();
        QVERIFY(a.submit(u"cart.addLine"_s,
                         {{u"id"_s, sharedLine},
                          {u"customerId"_s, u"C00001"_s},
                          {u"sku"_s, u"SKU-1-M"_s},
                          {u"quantity"_s, 1}}));
        QVERIFY(a.quiesce());
        QVERIFY(b.quiesce());
        for (Tablet *tablet : {&a, &b}) {
            tablet->network()->setTransferTimeout(shortTimeoutMs);
            tablet->engine()->setPollInterval(100);
            tablet->engine()->syncNow(); // the next poll was planned with the old interval
        }

        // What the tablets asked for, to check exactly-once at the end.
        QSet<QString> notes;
        QHash<QString, int> quantities; // cart line -> expected quantity
        QHash<QString, int> preferenceChanges; // customer|key -> changes made
        int operations = 0;
        const QStringList customers = {u"C00001"_s, u"C00003"_s};
        const QHash<Tablet *, QStringList> ownKeys
            = {{&a, {u"size.top"_s, u"fit"_s}}, {&b, {u"size.shoe"_s, u"styles"_s}}};
        const QString sharedKey = u"colours"_s;
        const QStringList skus = {u"SKU-1-M"_s, u"SKU-1-L"_s};
        auto act = [&] {
            Tablet &tablet = random.bounded(2) ? a : b;
            const QString customer = customers.at(random.bounded(int(customers.size())));
            switch (random.bounded(5)) {
            case 0:
                notes << tablet.note(customer, u"Soak note %1"_s.arg(operations));
                break;
            case 1: {
                const bool shared = random.bounded(3) == 0;
                const QString line = shared ? sharedLine : lines.value(&tablet);
                const int delta = 1 + random.bounded(2);
                if (quantities.value(line, 1) + delta < 99
                    && tablet.submit(u"cart.changeQuantity"_s,
                                     {{u"id"_s, line}, {u"delta"_s, delta}}))
                    quantities[line] = quantities.value(line, 1) + delta;
                break;
            }
            case 2: {
                const QStringList &keys = ownKeys.value(&tablet);
                const bool shared = random.bounded(3) == 0;
                const QString key = shared ? sharedKey : keys.at(random.bounded(int(keys.size())));
                if (tablet.setPreference(customer, key, u"P%1"_s.arg(operations)) && !shared)
                    ++preferenceChanges[customer + u'|' + key];
                break;
            }
            case 3:
                tablet.submit(u"wishlist.add"_s,
                              {{u"customerId"_s, customer},
                               {u"sku"_s, skus.at(random.bounded(int(skus.size())))}});
                break;
            default:
                removeFromWishlist(tablet, customer, skus.at(random.bounded(int(skus.size()))));
            }
            ++operations;
        };
        // Each link (tablet <-> service) changes state now and then: healthy, cut towards the
        // service, cut on the way back, or flaky.
        auto partition = [&random, seed](FaultProxy &proxy, int salt) {
            proxy.setRandomFaults(0, 0);
            switch (random.bounded(4)) {
            case 0:
                proxy.setDefaultMode(FaultProxy::Mode::DropRequest);
                break;
            case 1:
                proxy.setDefaultMode(FaultProxy::Mode::DropAnswer);
                break;
            case 2:
                proxy.setDefaultMode(FaultProxy::Mode::Pass);
                proxy.setRandomFaults(seed + quint32(salt), 0.5, 2 * shortTimeoutMs);
                break;
            default:
                proxy.setDefaultMode(FaultProxy::Mode::Pass);
            }
        };
        QTimer actions;
        actions.setInterval(25);
        connect(&actions, &QTimer::timeout, this, act);
        QTimer links;
        int changes = 0;
        links.setSingleShot(true);
        connect(&links, &QTimer::timeout, this, [&] {
            partition(*m_proxy, ++changes);
            partition(*m_proxyB, ++changes);
            links.start(50 + random.bounded(750));
        });
        actions.start();
        links.start(0);
        constexpr int total = 200;
        QVERIFY(QTest::qWaitFor([&] { return operations >= total; }, 60000));
        actions.stop();
        links.stop();

        // Quiet: every link healthy; late copies of requests land; then everyone syncs.
        for (FaultProxy *proxy : {m_proxy.get(), m_proxyB.get()}) {
            proxy->setRandomFaults(0, 0);
            proxy->setDefaultMode(FaultProxy::Mode::Pass);
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_proxy->inFlight() == 0 && m_proxyB->inFlight() == 0, 10000);
        QVERIFY(a.quiesce());
        QVERIFY(b.quiesce());
        QVERIFY(a.quiesce());
        qInfo() << "faults A" << m_proxy->faultCounts() << "B" << m_proxyB->faultCounts();

        notes.remove(QString());
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes"_s), int(notes.size()));
        for (const QString &id : std::as_const(notes))
            QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {id}), 1);
        for (Tablet *tablet : {&a, &b}) {
            const QString line = lines.value(tablet);
            QCOMPARE(serverCount(u"SELECT quantity FROM cart_lines WHERE id = ?"_s, {line}),
                     quantities.value(line, 1));
        }
        for (auto it = preferenceChanges.cbegin(); it != preferenceChanges.cend(); ++it) {
            const QStringList parts = it.key().split(u'|');
            QCOMPARE(serverCount(u"SELECT version FROM customer_preferences WHERE customer_id = ?"
                                 " AND key = ?"_s,
                                 {parts.at(0), parts.at(1)}),
                     it.value());
        }
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM mutation_results"_s), 0);
        const QStringList service = serverSnapshot();
        QCOMPARE(a.snapshot(), service);
        QCOMPARE(b.snapshot(), service);
    }
};

QTEST_MAIN(TestSyncTablets)
#include "tst_synctablets.moc"
