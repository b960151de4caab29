// SPDX-License-Identifier: MIT
// A tablet serving a customer of another store, or an online-only one: POST
// /v1/customers/follow (who may, bad input), what the device's pulls bring from then on, the
// changes the service accepts from a follower only, and the bound of the device's scope (200
// followed customers, 30 days without activity). Real HTTP, on SQLite and PostgreSQL.
#include "customeradmin.h"
#include "followfixture.h"
#include "serverfixture.h"
#include "syncservice.h"

#include "clock.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace TestServer;

namespace {
constexpr qint64 dayMs = 24 * 3600 * 1000LL;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QDateTime start()
{
    return QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
}
} // namespace

class TestFollow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Instance> m_server;
    QString m_madrid; // a Madrid associate tablet
    QString m_madrid2; // another Madrid tablet, following no one
    QString m_kiosk;
    QHash<QString, qint64> m_lastMutation; // by token
    QHash<QString, QString> m_cursor; // by token
    QHash<QString, QString> m_clients; // by token

    Reply follow(const QString &token, const QJsonValue &customerId)
    {
        QJsonObject body;
        if (!customerId.isUndefined())
            body.insert(u"customerId"_s, customerId);
        return Client(m_server->url()).post(u"/v1/customers/follow"_s, body, token);
    }
    QString clientOf(const QString &token)
    {
        if (!m_clients.contains(token))
            m_clients.insert(token, u"client-%1"_s.arg(m_clients.size() + 1));
        return m_clients.value(token);
    }
    /** One mutation from the tablet (S1 signed in); "applied" or the code it was refused
        with. */
    QString as(const QString &token, const QString &name, const QJsonObject &args)
    {
        const QJsonObject m {{u"id"_s, ++m_lastMutation[token]},
                             {u"name"_s, name},
                             {u"args"_s, args},
                             {u"associateId"_s, u"S1"_s}};
        const Reply reply = Client(m_server->url())
                                .post(u"/v1/sync/push"_s,
                                      {{u"clientId"_s, clientOf(token)},
                                       {u"mutations"_s, QJsonArray {m}}},
                                      token);
        if (reply.status != 200)
            return u"status %1"_s.arg(reply.status);
        const QJsonObject result = reply.body[u"results"_s][0].toObject();
        return result[u"status"_s].toString() == u"applied"_s ? u"applied"_s
                                                              : result[u"code"_s].toString();
    }
    QString note(const QString &token, const QString &customerId)
    {
        return as(token, u"note.add"_s,
                  {{u"id"_s, newId()}, {u"customerId"_s, customerId}, {u"body"_s, u"Hello"_s}});
    }
    /** What the tablet's next pull brings, "entity key" -> "put" or "delete". */
    QHash<QString, QString> pull(const QString &token)
    {
        QHash<QString, QString> seen;
        for (;;) {
            QJsonObject request {{u"clientId"_s, clientOf(token)}, {u"limit"_s, 1000}};
            if (!m_cursor.value(token).isEmpty())
                request.insert(u"cursor"_s, m_cursor.value(token));
            const Reply reply
                = Client(m_server->url()).post(u"/v1/sync/pull"_s, request, token);
            if (reply.status != 200) {
                qWarning() << "pull failed" << reply.status << reply.raw;
                return seen;
            }
            for (const QJsonValue &value : reply.body[u"changes"_s].toArray()) {
                const QJsonObject change = value.toObject();
                const QString entity = change[u"entity"_s].toString();
                const bool put = change[u"op"_s].toString() == u"put"_s;
                const QJsonObject row = put ? change[u"row"_s].toObject()
                                            : change[u"key"_s].toObject();
                seen.insert(entity + u' ' + Entities::keyOf(*Entities::byName(entity), row),
                            put ? u"put"_s : u"delete"_s);
            }
            m_cursor.insert(token, reply.body[u"cursor"_s].toString());
            if (!reply.body[u"hasMore"_s].toBool())
                return seen;
        }
    }
    QVariant value(const QString &sql, const QVariantList &values = {})
    {
        return Database::scalar(m_server->database(), sql, values);
    }
    int follows(const QString &customerId = {})
    {
        return customerId.isEmpty()
            ? value(u"SELECT COUNT(*) FROM device_customers"_s).toInt()
            : value(u"SELECT COUNT(*) FROM device_customers WHERE customer_id = ?"_s,
                    {customerId})
                  .toInt();
    }
    /** A carry-out order of one SKU-1-M for the customer, made on the tablet; its id. */
    QString carryOut(const QString &token, const QString &customerId)
    {
        const QString id = newId();
        const QString result = as(
            token, u"order.create"_s,
            {{u"id"_s, id},
             {u"number"_s, QString(u"T-"_s + id.left(8))},
             {u"customerId"_s, customerId},
             {u"lines"_s,
              QJsonArray {QJsonObject {{u"id"_s, QString(id + u"-1"_s)},
                                       {u"sku"_s, u"SKU-1-M"_s},
                                       {u"quantity"_s, 1},
                                       {u"fulfilment"_s, u"carry_out"_s}}}}});
        return result == u"applied"_s ? id : result;
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
        config.ratePerDevice = 100000; // 200 follows in a row
        QVERIFY(m_server->start(backend, config));
        QVERIFY(FollowTest::seedCustomerWithHistory(m_server->database(), u"D00001"_s, u"DUB"_s));
        QVERIFY(FollowTest::seedCustomerWithHistory(m_server->database(), u"W00001"_s, {}));
        m_madrid = m_server->enrol(u"MAD"_s);
        m_madrid2 = m_server->enrol(u"MAD"_s);
        m_kiosk = m_server->enrol(u"MAD"_s, u"kiosk"_s);
        QVERIFY(!m_madrid.isEmpty() && !m_madrid2.isEmpty() && !m_kiosk.isEmpty());
        m_lastMutation.clear();
        m_cursor.clear();
        m_clients.clear();
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

    void onlyAnAssociateTabletFollows()
    {
        const Reply kiosk = follow(m_kiosk, u"D00001"_s);
        QCOMPARE(kiosk.status, 403);
        QCOMPARE(kiosk.body[u"error"_s].toString(), u"forbidden"_s);
        const Reply anonymous = follow({}, u"D00001"_s);
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(follows(), 0);
    }

    void badInputIsAnsweredAndChangesNothing_data()
    {
        QTest::addColumn<QJsonValue>("customerId");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("missing") << QJsonValue() << 400 << u"invalid_request"_s;
        QTest::newRow("number") << QJsonValue(42) << 400 << u"invalid_request"_s;
        QTest::newRow("empty") << QJsonValue(u""_s) << 400 << u"invalid_request"_s;
        QTest::newRow("too long") << QJsonValue(QString(65, u'x')) << 400 << u"invalid_request"_s;
        QTest::newRow("NUL") << QJsonValue(QString(u"D0"_s + QChar(0) + u"001"_s)) << 400 << u"invalid_request"_s;
        QTest::newRow("unknown") << QJsonValue(u"NOBODY"_s) << 404 << u"not_found"_s;
    }
    void badInputIsAnsweredAndChangesNothing()
    {
        QFETCH(QJsonValue, customerId);
        QFETCH(int, status);
        QFETCH(QString, error);
        const qint64 version = value(u"SELECT version FROM sync_version"_s).toLongLong();
        const Reply reply = follow(m_madrid, customerId.isNull() ? QJsonValue(QJsonValue::Undefined)
                                                                 : customerId);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.body[u"error"_s].toString(), error);
        QVERIFY(!reply.body[u"message"_s].toString().isEmpty());
        QCOMPARE(follows(), 0);
        QCOMPARE(value(u"SELECT version FROM sync_version"_s).toLongLong(), version);
    }

    void ownStoresCustomerNeedsNoFollow()
    {
        const Reply reply = follow(m_madrid, u"C00001"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body[u"customerId"_s].toString(), u"C00001"_s);
        QCOMPARE(reply.body[u"homeLocationId"_s].toString(), u"MAD"_s);
        QCOMPARE(reply.body[u"followed"_s].toBool(), false);
        QCOMPARE(follows(), 0);
    }

    void followingBringsTheCustomersHistoryAndLaterChanges()
    {
        const QHash<QString, QString> before = pull(m_madrid);
        QVERIFY(before.contains(u"customer C00001"_s));
        QVERIFY(!before.contains(u"customer D00001"_s));
        QVERIFY(!before.contains(u"customer W00001"_s));

        const Reply reply = follow(m_madrid, u"D00001"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body[u"customerId"_s].toString(), u"D00001"_s);
        QCOMPARE(reply.body[u"homeLocationId"_s].toString(), u"DUB"_s);
        QCOMPARE(reply.body[u"followed"_s].toBool(), true);
        QCOMPARE(follows(u"D00001"_s), 1);

        const QHash<QString, QString> after = pull(m_madrid);
        const QChar sep(0x1f);
        for (const QString &row :
             {u"customer D00001"_s, QString(u"preference D00001"_s + sep + u"size.top"_s),
              QString(u"consent D00001"_s + sep + u"email"_s), u"address D00001-A1"_s,
              u"event D00001-E1"_s, u"note D00001-N1"_s, u"task D00001-T1"_s,
              QString(u"wishlist_item D00001"_s + sep + u"SKU-1-L"_s), u"cart_line D00001-CL1"_s,
              u"order D00001-O1"_s, u"order_line D00001-O1-1"_s, u"order_status D00001-O1-S1"_s,
              u"payment D00001-O1-P1"_s})
            QVERIFY2(after.value(row) == u"put"_s, qPrintable(row));
        // Another customer of Dublin stays out, and so does everything for the other tablet.
        QVERIFY(!after.contains(u"customer W00001"_s));
        QVERIFY(!pull(m_madrid2).contains(u"customer D00001"_s));

        // A change made later (here by the service, as a Dublin tablet's would be) follows.
        QVERIFY(putRows(m_server->database(), u"note"_s,
                        {{{u"id"_s, u"D00001-N2"_s},
                          {u"customer_id"_s, u"D00001"_s},
                          {u"body"_s, u"Back in May"_s},
                          {u"created_at"_s, 1700000500000LL}}}));
        QCOMPARE(pull(m_madrid).value(u"note D00001-N2"_s), u"put"_s);
        QVERIFY(!pull(m_madrid2).contains(u"note D00001-N2"_s));

        // Following again changes nothing (no second copy of every row).
        const qint64 version = value(u"SELECT version FROM sync_version"_s).toLongLong();
        QCOMPARE(follow(m_madrid, u"D00001"_s).status, 200);
        QCOMPARE(value(u"SELECT version FROM sync_version"_s).toLongLong(), version);
        QVERIFY(pull(m_madrid).isEmpty());
    }

    void onlyAFollowerChangesTheCustomer()
    {
        for (const QString &customer : {u"D00001"_s, u"W00001"_s}) {
            QCOMPARE(note(m_madrid, customer), u"not_allowed"_s);
            QCOMPARE(as(m_madrid, u"wishlist.add"_s,
                        {{u"customerId"_s, customer}, {u"sku"_s, u"SKU-1-M"_s}}),
                     u"not_allowed"_s);
            QCOMPARE(carryOut(m_madrid, customer), u"not_allowed"_s);
        }
        QCOMPARE(value(u"SELECT COUNT(*) FROM notes WHERE body = 'Hello'"_s).toInt(), 0);

        // Online-only customers are served once followed, like another store's.
        for (const QString &customer : {u"D00001"_s, u"W00001"_s}) {
            const Reply reply = follow(m_madrid, customer);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.body[u"homeLocationId"_s].toString(),
                     customer == u"D00001"_s ? u"DUB"_s : QString());
            QCOMPARE(note(m_madrid, customer), u"applied"_s);
            QCOMPARE(as(m_madrid, u"cart.addLine"_s,
                        {{u"id"_s, newId()},
                         {u"customerId"_s, customer},
                         {u"sku"_s, u"SKU-1-L"_s},
                         {u"quantity"_s, 1}}),
                     u"applied"_s);
            QCOMPARE(as(m_madrid, u"customer.setPreference"_s,
                        {{u"customerId"_s, customer}, {u"key"_s, u"fit"_s}, {u"value"_s, u"slim"_s}}),
                     u"applied"_s);
            QCOMPARE(as(m_madrid, u"customer.update"_s,
                        {{u"id"_s, customer}, {u"fields"_s, QJsonObject {{u"last_name"_s, u"Byrne-Smith"_s}}}}),
                     u"applied"_s);
            const QString order = carryOut(m_madrid, customer);
            QCOMPARE(value(u"SELECT customer_id FROM orders WHERE id = ?"_s, {order}).toString(),
                     customer);
            // A return of the order placed in Dublin.
            QCOMPARE(as(m_madrid, u"refund.record"_s,
                        {{u"id"_s, newId()},
                         {u"orderId"_s, QString(customer + u"-O1"_s)},
                         {u"tender"_s, u"cash"_s},
                         {u"amountMinor"_s, 2000},
                         {u"currency"_s, u"EUR"_s},
                         {u"reason"_s, u"returned in store"_s},
                         {u"lines"_s, QJsonArray()}}),
                     u"applied"_s);
            // The other Madrid tablet does not follow them.
            QCOMPARE(note(m_madrid2, customer), u"not_allowed"_s);
            QCOMPARE(as(m_madrid2, u"refund.record"_s,
                        {{u"id"_s, newId()},
                         {u"orderId"_s, QString(customer + u"-O1"_s)},
                         {u"tender"_s, u"cash"_s},
                         {u"amountMinor"_s, 100},
                         {u"currency"_s, u"EUR"_s},
                         {u"reason"_s, u"returned in store"_s},
                         {u"lines"_s, QJsonArray()}}),
                     u"not_allowed"_s);
        }
        // An unknown customer is still not_found.
        QCOMPARE(note(m_madrid, u"NOBODY"_s), u"not_found"_s);
    }

    // Two records of one person merged: a tablet that followed the merged-away one follows the
    // survivor, receives the survivor's rows, and a follow of the old id answers the survivor.
    // A loyalty card and a move to another home store, on the service: only for a customer
    // the device may touch; a card is unique in the whole chain; a new home is a store.
    void cardsAndHomeStoresAreCheckedOnTheService()
    {
        const QJsonObject card {{u"customerId"_s, u"D00001"_s}, {u"loyaltyId"_s, u"4000000000424"_s}};
        QCOMPARE(as(m_madrid, u"customer.setLoyaltyCard"_s, card), u"not_allowed"_s);
        QCOMPARE(as(m_madrid, u"customer.update"_s,
                    {{u"id"_s, u"D00001"_s}, {u"fields"_s, QJsonObject {}},
                     {u"homeLocationId"_s, u"MAD"_s}}),
                 u"not_allowed"_s);
        QCOMPARE(follow(m_madrid, u"D00001"_s).status, 200);
        QCOMPARE(as(m_madrid, u"customer.setLoyaltyCard"_s, card), u"applied"_s);
        // The same card for a new Madrid customer: held by D00001 elsewhere in the chain.
        QCOMPARE(as(m_madrid, u"customer.create"_s,
                    {{u"id"_s, u"C-NEW"_s}, {u"homeLocationId"_s, u"MAD"_s},
                     {u"fields"_s, QJsonObject {{u"first_name"_s, u"Nuria"_s}}}}),
                 u"applied"_s);
        QCOMPARE(as(m_madrid, u"customer.setLoyaltyCard"_s,
                    {{u"customerId"_s, u"C-NEW"_s}, {u"loyaltyId"_s, u"4000000000424"_s}}),
                 u"card_in_use"_s);
        QCOMPARE(as(m_madrid, u"customer.setLoyaltyCard"_s,
                    {{u"customerId"_s, u"C-NEW"_s}, {u"loyaltyId"_s, u"4000000000425"_s}}),
                 u"invalid"_s);
        QCOMPARE(as(m_madrid, u"customer.update"_s,
                    {{u"id"_s, u"C00003"_s}, {u"fields"_s, QJsonObject {}},
                     {u"homeLocationId"_s, u"WH1"_s}}),
                 u"invalid"_s);
        QCOMPARE(value(u"SELECT home_location_id FROM customers WHERE id = 'C00003'"_s).toString(),
                 u"MAD"_s);
        QCOMPARE(value(u"SELECT COUNT(*) FROM customers WHERE loyalty_id = '4000000000424'"_s)
                     .toInt(),
                 1);
    }

    void aMergeMovesTheFollowToTheSurvivor()
    {
        QVERIFY(FollowTest::seedCustomerWithHistory(m_server->database(), u"D00002"_s, u"DUB"_s));
        QCOMPARE(follow(m_madrid, u"D00001"_s).status, 200);
        pull(m_madrid);
        const MutationResult merged
            = CustomerAdmin(m_server->database()).merge(u"D00002"_s, u"D00001"_s, u"test"_s);
        QVERIFY2(merged.applied, qPrintable(merged.message));
        QCOMPARE(follows(u"D00001"_s), 0);
        QCOMPARE(follows(u"D00002"_s), 1);
        const QHash<QString, QString> after = pull(m_madrid);
        QCOMPARE(after.value(u"customer D00002"_s), u"put"_s);
        QCOMPARE(after.value(u"customer D00001"_s), u"put"_s); // the tombstone that redirects
        const Reply again = follow(m_madrid, u"D00001"_s);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body[u"customerId"_s].toString(), u"D00002"_s);
    }

    // An erased customer: the tablet serving them as a visitor receives the anonymised row (and
    // erases them), its follow ends, and a follow is answered 410.
    void anErasureReachesTheFollowersAndEndsTheFollow()
    {
        QCOMPARE(follow(m_madrid, u"D00001"_s).status, 200);
        pull(m_madrid);
        const MutationResult erased
            = CustomerAdmin(m_server->database()).erase(u"D00001"_s, u"test"_s);
        QVERIFY2(erased.applied, qPrintable(erased.message));
        QCOMPARE(follows(u"D00001"_s), 0);
        const QHash<QString, QString> after = pull(m_madrid);
        QCOMPARE(after.value(u"customer D00001"_s), u"put"_s);
        QCOMPARE(after.value(u"note D00001-N1"_s), u"delete"_s);
        const Reply again = follow(m_madrid, u"D00001"_s);
        QCOMPARE(again.status, 410);
        QCOMPARE(again.body[u"error"_s].toString(), u"erased"_s);
        QCOMPARE(follows(), 0);
    }

    void aFollowLapsesAfterThirtyDaysWithoutActivity()
    {
        QCOMPARE(follow(m_madrid, u"D00001"_s).status, 200);
        // An order placed in Madrid for them: the store keeps it whoever follows.
        const QString madridOrder = carryOut(m_madrid, u"D00001"_s);
        QVERIFY(!madridOrder.startsWith(u"not_"_s));
        pull(m_madrid);

        // Activity (a change 20 days on) keeps the follow.
        Clock::setCurrentDateTime(start().addDays(20));
        QCOMPARE(note(m_madrid, u"D00001"_s), u"applied"_s);
        Clock::setCurrentDateTime(start().addDays(45));
        QCOMPARE(note(m_madrid, u"D00001"_s), u"applied"_s);
        QVERIFY(!pull(m_madrid).contains(u"customer D00001"_s));
        QCOMPARE(follows(u"D00001"_s), 1);

        // 30 days and a minute after the last change, it has lapsed: no change accepted, and
        // the next pull removes the customer's rows but keeps the Madrid order.
        Clock::setCurrentDateTime(start().addDays(75).addSecs(60));
        QCOMPARE(note(m_madrid, u"D00001"_s), u"not_allowed"_s);
        const QHash<QString, QString> lapsed = pull(m_madrid);
        QCOMPARE(follows(u"D00001"_s), 0);
        for (const QString &row : {u"customer D00001"_s, u"note D00001-N1"_s,
                                   u"cart_line D00001-CL1"_s, u"order D00001-O1"_s,
                                   u"payment D00001-O1-P1"_s, u"event D00001-E1"_s})
            QVERIFY2(lapsed.value(row) == u"delete"_s, qPrintable(row));
        QCOMPARE(lapsed.value(u"order "_s + madridOrder), u"put"_s);
        QCOMPARE(lapsed.value(u"order_line "_s + madridOrder + u"-1"_s), u"put"_s);

        // Following again brings them back.
        QCOMPARE(follow(m_madrid, u"D00001"_s).status, 200);
        QCOMPARE(pull(m_madrid).value(u"customer D00001"_s), u"put"_s);
    }

    void atMostTwoHundredFollowsTheLeastRecentlyActiveGoes()
    {
        QList<QVariantMap> customers;
        for (int i = 0; i < SyncService::maxFollows + 1; ++i)
            customers << QVariantMap {{u"id"_s, u"V%1"_s.arg(i, 5, 10, QChar(u'0'))},
                                      {u"first_name"_s, u"Visitor"_s},
                                      {u"last_name"_s, QString::number(i)},
                                      {u"home_location_id"_s, u"DUB"_s},
                                      {u"created_at"_s, 1700000000000LL}};
        {
            SqlTransaction transaction(m_server->database());
            QVERIFY(putRows(m_server->database(), u"customer"_s, customers));
            QVERIFY(transaction.commit());
        }
        for (int i = 0; i < SyncService::maxFollows; ++i) {
            Clock::setCurrentDateTime(start().addSecs(i));
            QCOMPARE(follow(m_madrid, customers.at(i).value(u"id"_s).toString()).status, 200);
        }
        QCOMPARE(follows(), SyncService::maxFollows);
        pull(m_madrid);
        // The first one is served again (active); the second is now the least recent.
        Clock::setCurrentDateTime(start().addSecs(SyncService::maxFollows));
        QCOMPARE(note(m_madrid, u"V00000"_s), u"applied"_s);
        Clock::setCurrentDateTime(start().addSecs(SyncService::maxFollows + 1));
        QCOMPARE(follow(m_madrid, u"V00200"_s).status, 200);
        QCOMPARE(follows(), SyncService::maxFollows);
        QCOMPARE(follows(u"V00001"_s), 0);
        QCOMPARE(follows(u"V00000"_s), 1);
        QCOMPARE(follows(u"V00200"_s), 1);
        const QHash<QString, QString> next = pull(m_madrid);
        QCOMPARE(next.value(u"customer V00001"_s), u"delete"_s);
        QCOMPARE(next.value(u"customer V00200"_s), u"put"_s);
        QVERIFY(!next.contains(u"customer V00002"_s));
        QCOMPARE(note(m_madrid, u"V00001"_s), u"not_allowed"_s);
    }
};

QTEST_GUILESS_MAIN(TestFollow)
#include "tst_follow.moc"
