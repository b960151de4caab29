// SPDX-License-Identifier: MIT
// Webhooks from the other channels over real HTTP, on SQLite and on PostgreSQL: a refused
// delivery can come again, a customer's email matches in any spelling, carriers' statuses are
// stored as fields the tablet can translate.
#include "clock.h"
#include "serverfixture.h"
#include "serverschema.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace TestServer;

class TestIngestion : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Instance> m_server;
    QString m_tablet; // a MAD associate tablet
    QString m_integration; // the web shop, the app back end, a carrier
    qint64 m_nextMutation = 0;
    QString m_oldPgName; // a PostgreSQL database oldDatabase() made, dropped by dropOldDatabase()

    Reply post(const QString &path, const QJsonObject &body)
    {
        return Client(m_server->url()).post(path, body, m_integration);
    }
    /** A customer registered on the Madrid tablet, as an associate types it. */
    void createCustomer(const QString &id, const QString &first, const QString &last,
                        const QString &email)
    {
        const QJsonObject mutation {{u"id"_s, ++m_nextMutation},
                                    {u"name"_s, u"customer.create"_s},
                                    {u"args"_s,
                                     QJsonObject {{u"id"_s, id},
                                                  {u"homeLocationId"_s, u"MAD"_s},
                                                  {u"fields"_s,
                                                   QJsonObject {{u"first_name"_s, first},
                                                                {u"last_name"_s, last},
                                                                {u"email"_s, email}}}}},
                                    {u"associateId"_s, u"S1"_s}};
        const Reply reply = Client(m_server->url())
                                .post(u"/v1/sync/push"_s,
                                      {{u"clientId"_s, u"tablet-ingest-1"_s},
                                       {u"mutations"_s, QJsonArray {mutation}}},
                                      m_tablet);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body[u"results"_s][0][u"status"_s].toString(), u"applied"_s);
    }
    /** A carry-out order pushed by a tablet with the number it gave; the push's outcome. */
    QString pushOrder(const QString &token, const QString &clientId, const QString &id,
                      const QString &number)
    {
        const QJsonObject mutation {
            // Each sync client numbers its own mutations from 1.
            {u"id"_s, clientId == u"tablet-ingest-1"_s ? ++m_nextMutation : 1},
            {u"name"_s, u"order.create"_s},
            {u"args"_s,
             QJsonObject {{u"id"_s, id},
                          {u"number"_s, number},
                          {u"lines"_s,
                           QJsonArray {QJsonObject {{u"id"_s, QString(id + u"-1"_s)},
                                                    {u"sku"_s, u"SKU-1-M"_s},
                                                    {u"quantity"_s, 1},
                                                    {u"fulfilment"_s, u"carry_out"_s}}}}}},
            {u"associateId"_s, u"S1"_s}};
        const Reply reply
            = Client(m_server->url())
                  .post(u"/v1/sync/push"_s,
                        {{u"clientId"_s, clientId}, {u"mutations"_s, QJsonArray {mutation}}},
                        token);
        return reply.body[u"results"_s][0][u"status"_s].toString();
    }
    QJsonObject webOrder(const QString &externalId, const QJsonObject &customer)
    {
        return {{u"source"_s, u"web"_s},
                {u"externalId"_s, externalId},
                {u"currency"_s, u"EUR"_s},
                {u"createdAt"_s, 1764064800000LL},
                {u"customer"_s, customer},
                {u"lines"_s,
                 QJsonArray {QJsonObject {
                     {u"sku"_s, u"SKU-1-M"_s}, {u"quantity"_s, 1}, {u"unitPriceMinor"_s, 5995}}}}};
    }
    QJsonObject viewed(const QString &externalId, const QJsonObject &customer)
    {
        return {{u"externalId"_s, externalId},
                {u"kind"_s, u"viewed"_s},
                {u"occurredAt"_s, 1764064800000LL},
                {u"sku"_s, u"SKU-1-M"_s},
                {u"customer"_s, customer}};
    }
    QJsonObject carrierEvent(const QString &externalId, const QString &orderId,
                             const QString &status, qint64 at)
    {
        return {{u"source"_s, u"seur"_s},
                {u"externalId"_s, externalId},
                {u"orderId"_s, orderId},
                {u"status"_s, status},
                {u"occurredAt"_s, at},
                {u"carrier"_s, u"SEUR"_s},
                {u"trackingNumber"_s, u"SEUR-ES-0012345"_s}};
    }
    int count(const QString &sql, const QVariantList &values = {})
    {
        return Database::scalar(m_server->database(), sql, values).toInt();
    }
    QString text(const QString &sql, const QVariantList &values = {})
    {
        return Database::scalar(m_server->database(), sql, values).toString();
    }
    /** Every change the Madrid tablet would pull, newest row per key. */
    QHash<QString, QJsonObject> pulledRows(const QString &entity)
    {
        QHash<QString, QJsonObject> rows;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            QJsonObject request {{u"clientId"_s, u"tablet-ingest-pull"_s}, {u"limit"_s, 1000}};
            if (!cursor.isEmpty())
                request.insert(u"cursor"_s, cursor);
            const Reply reply = Client(m_server->url()).post(u"/v1/sync/pull"_s, request, m_tablet);
            if (reply.status != 200)
                return rows;
            for (const QJsonValue &change : reply.body[u"changes"_s].toArray()) {
                if (change[u"entity"_s].toString() == entity && change[u"op"_s] == u"put"_s)
                    rows.insert(change[u"row"_s][u"id"_s].toString(), change[u"row"_s].toObject());
            }
            cursor = reply.body[u"cursor"_s].toString();
            if (!reply.body[u"hasMore"_s].toBool())
                break;
        }
        return rows;
    }

    /** The service's database as an older version left it: this test's backend, migrated up
        to the first migration whose description contains before (not included), open on the
        connection "old-service"; its address, or empty. Stops this test's own service. */
    QString oldDatabase(const QTemporaryDir &dir, const QString &before)
    {
        QFETCH_GLOBAL(QString, backend);
        m_server->stop();
        m_server->dropDatabase();
        m_server.reset();
        int target = 0;
        for (const Migration &migration : ServerSchema::migrations(SqlDialect::Sqlite)) {
            if (migration.description.contains(before))
                break;
            target = migration.version;
        }
        QString database = dir.filePath(u"old.db"_s);
        QString error;
        if (backend == u"postgres"_s) {
            const QString adminUrl = qEnvironmentVariable("CLIENTELING_TEST_PG_URL");
            m_oldPgName = u"t_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
            bool created = false;
            {
                QSqlDatabase admin = Database::openPostgres(adminUrl, u"pg-admin"_s, &error);
                created = Database::exec(admin, u"CREATE DATABASE "_s + m_oldPgName);
            }
            Database::close(u"pg-admin"_s);
            if (!created)
                return {};
            database = adminUrl.left(adminUrl.lastIndexOf(u'/') + 1) + m_oldPgName;
        }
        QSqlDatabase db = ServerDatabase::isPostgres(database)
            ? Database::openPostgres(database, u"old-service"_s, &error)
            : Database::openSqlite(database, u"old-service"_s, &error);
        if (target == 0 || !db.isOpen()
            || !Database::migrateTo(db, ServerSchema::migrations(Database::dialectOf(db)), target,
                                    &error)) {
            qWarning() << "old database:" << error;
            return {};
        }
        return database;
    }
    void dropOldDatabase()
    {
        if (m_oldPgName.isEmpty())
            return;
        {
            QString error;
            QSqlDatabase admin = Database::openPostgres(
                qEnvironmentVariable("CLIENTELING_TEST_PG_URL"), u"pg-admin"_s, &error);
            Database::exec(admin, u"DROP DATABASE IF EXISTS "_s + m_oldPgName + u" WITH (FORCE)"_s);
        }
        Database::close(u"pg-admin"_s);
        m_oldPgName.clear();
    }

private slots:
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
        QVERIFY(m_server->start(backend));
        m_tablet = m_server->enrol(u"MAD"_s);
        m_integration = m_server->enrol({}, u"integration"_s);
        QVERIFY(!m_tablet.isEmpty());
        QVERIFY(!m_integration.isEmpty());
        m_nextMutation = 0;
    }
    void cleanup()
    {
        if (m_server) {
            m_server->stop();
            m_server->dropDatabase();
            m_server.reset();
        }
    }

    // Finding 20 and issue 12: a browse event for an email the service does not know yet is
    // held, and applied when the customer registers in a store; a re-delivery meanwhile keeps
    // one copy, and after it is applied it is the usual duplicate. Named by an id or a loyalty
    // card nobody has, it is refused as before and may come again.
    void heldEventIsAppliedWhenTheCustomerRegisters()
    {
        const QJsonObject who {{u"email"_s, u"Nuria.Vidal@example.com"_s}};
        const QJsonObject batch {{u"source"_s, u"web"_s},
                                 {u"events"_s, QJsonArray {viewed(u"V-100"_s, who)}}};
        for (int delivery = 0; delivery < 2; ++delivery) {
            const Reply reply = post(u"/v1/ingest/events"_s, batch);
            QCOMPARE(reply.status, 202);
            QCOMPARE(reply.body[u"held"_s].toBool(), true);
            QCOMPARE(reply.body[u"heldEvents"_s].toArray(), QJsonArray {u"V-100"_s});
            QCOMPARE(reply.body[u"accepted"_s].toInt(), 0);
            QCOMPARE(reply.body[u"unknownCustomerOrProduct"_s].toArray(), QJsonArray());
        }
        QCOMPARE(count(u"SELECT COUNT(*) FROM held_ingestions"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM customer_events"_s), 0);

        createCustomer(u"c-nuria"_s, u"Núria"_s, u"Vidal"_s, u"nuria.vidal@example.com"_s);
        QCOMPARE(
            count(u"SELECT COUNT(*) FROM customer_events WHERE customer_id = ?"_s, {u"c-nuria"_s}),
            1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM held_ingestions"_s), 0);
        // The Madrid tablet sees it with the customer.
        bool pulled = false;
        for (const QJsonObject &row : pulledRows(u"event"_s))
            pulled = pulled || row[u"customer_id"_s].toString() == u"c-nuria"_s;
        QVERIFY(pulled);

        // Applied once: now a re-delivery is a duplicate and stores nothing more.
        Reply reply = post(u"/v1/ingest/events"_s, batch);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body[u"accepted"_s].toInt(), 0);
        QCOMPARE(reply.body[u"duplicates"_s].toInt(), 1);
        QCOMPARE(
            count(u"SELECT COUNT(*) FROM customer_events WHERE customer_id = ?"_s, {u"c-nuria"_s}),
            1);

        // An unknown loyalty card or id is refused, not held, and can come again.
        for (const QJsonObject &unknownWho :
             {QJsonObject {{u"loyaltyId"_s, u"4999999999999"_s}},
              QJsonObject {{u"id"_s, u"NOPE"_s}, {u"email"_s, u"someone.new@example.com"_s}}}) {
            reply = post(u"/v1/ingest/events"_s,
                         {{u"source"_s, u"web"_s},
                          {u"events"_s, QJsonArray {viewed(u"V-103"_s, unknownWho)}}});
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.body[u"unknownCustomerOrProduct"_s].toArray(),
                     QJsonArray {u"V-103"_s});
        }
        QCOMPARE(count(u"SELECT COUNT(*) FROM held_ingestions"_s), 0);

        // An unknown product of a known customer is refused the same way and can come again.
        QJsonObject unknownSku = viewed(u"V-101"_s, who);
        unknownSku.insert(u"sku"_s, u"NOPE"_s);
        reply = post(u"/v1/ingest/events"_s,
                     {{u"source"_s, u"web"_s}, {u"events"_s, QJsonArray {unknownSku}}});
        QCOMPARE(reply.body[u"unknownCustomerOrProduct"_s].toArray(), QJsonArray {u"V-101"_s});
        unknownSku.insert(u"sku"_s, u"SKU-1-L"_s);
        reply = post(u"/v1/ingest/events"_s,
                     {{u"source"_s, u"web"_s}, {u"events"_s, QJsonArray {unknownSku}}});
        QCOMPARE(reply.body[u"accepted"_s].toInt(), 1);

        // The same external id twice in one batch: applied once.
        reply
            = post(u"/v1/ingest/events"_s,
                   {{u"source"_s, u"web"_s},
                    {u"events"_s, QJsonArray {viewed(u"V-102"_s, who), viewed(u"V-102"_s, who)}}});
        QCOMPARE(reply.body[u"accepted"_s].toInt(), 1);
        QCOMPARE(reply.body[u"duplicates"_s].toInt(), 1);
    }

    // The same for orders: held for an unknown email, applied (with the time it was placed)
    // when the customer registers on a tablet; refused for an unknown id. Carrier events
    // refused for an order not there yet can come again.
    void heldOrderIsAppliedWhenTheCustomerRegisters()
    {
        const QJsonObject order
            = webOrder(u"WEB-900"_s, {{u"email"_s, u"ines.soler@example.com"_s}});
        Reply reply = post(u"/v1/ingest/orders"_s, order);
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.body[u"held"_s].toBool(), true);
        QCOMPARE(reply.body[u"duplicate"_s].toBool(), false);
        const QString orderId = reply.body[u"orderId"_s].toString();
        QVERIFY(!orderId.isEmpty());
        reply = post(u"/v1/ingest/orders"_s, order);
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.body[u"duplicate"_s].toBool(), true);
        QCOMPARE(reply.body[u"orderId"_s].toString(), orderId);
        QCOMPARE(count(u"SELECT COUNT(*) FROM held_ingestions"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 0);

        QJsonObject byUnknownId = webOrder(u"WEB-901"_s, {{u"id"_s, u"NOPE"_s}});
        reply = post(u"/v1/ingest/orders"_s, byUnknownId);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.body[u"error"_s].toString(), u"unknown_customer"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM held_ingestions"_s), 1);

        createCustomer(u"c-ines"_s, u"Inés"_s, u"Soler"_s, u"ines.soler@example.com"_s);
        QCOMPARE(text(u"SELECT customer_id FROM orders WHERE id = ?"_s, {orderId}), u"c-ines"_s);
        QCOMPARE(text(u"SELECT created_at FROM orders WHERE id = ?"_s, {orderId}),
                 u"1764064800000"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM customer_events WHERE customer_id = 'c-ines'"
                       " AND kind = 'purchased'"_s),
                 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM held_ingestions"_s), 0);
        reply = post(u"/v1/ingest/orders"_s, order);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body[u"duplicate"_s].toBool(), true);
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 1);

        const QJsonObject early
            = carrierEvent(u"S-1"_s, u"not-yet"_s, u"shipped"_s, 1764068400000LL);
        reply = post(u"/v1/ingest/order-status"_s, early);
        QCOMPARE(reply.status, 422);
        QJsonObject later = early;
        later.insert(u"orderId"_s, orderId);
        reply = post(u"/v1/ingest/order-status"_s, later);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body[u"duplicate"_s].toBool(), false);
        QCOMPARE(post(u"/v1/ingest/order-status"_s, later).body[u"duplicate"_s].toBool(), true);
        QCOMPARE(count(u"SELECT COUNT(*) FROM order_status_history WHERE source = 'seur'"_s), 1);
    }

    // A web shop account arriving through ingestion brings what was held for its email, in
    // the order it arrived.
    void heldItemsAreAppliedWhenTheWebShopCustomerArrives()
    {
        const QJsonObject who {{u"email"_s, u"pau.riera@example.com"_s}};
        QCOMPARE(post(u"/v1/ingest/events"_s,
                      {{u"source"_s, u"web"_s}, {u"events"_s, QJsonArray {viewed(u"V-300"_s, who)}}})
                     .status,
                 202);
        QCOMPARE(post(u"/v1/ingest/orders"_s, webOrder(u"WEB-300"_s, who)).status, 202);
        QJsonObject second = webOrder(u"WEB-301"_s, who);
        second.insert(u"createdAt"_s, 1764064900000LL);
        QCOMPARE(post(u"/v1/ingest/orders"_s, second).status, 202);
        QCOMPARE(count(u"SELECT COUNT(*) FROM held_ingestions"_s), 3);

        const QJsonObject account {{u"externalId"_s, u"WEB-ACC-300"_s},
                                   {u"updatedAt"_s, Clock::nowMs() - 1000},
                                   {u"firstName"_s, u"Pau"_s},
                                   {u"lastName"_s, u"Riera"_s},
                                   {u"email"_s, u"Pau.Riera@example.com"_s},
                                   {u"homeLocationId"_s, u"MAD"_s}};
        const Reply reply = post(u"/v1/ingest/customers"_s,
                                 {{u"source"_s, u"web"_s}, {u"customers"_s, QJsonArray {account}}});
        QCOMPARE(reply.status, 200);
        const QJsonObject result = reply.body[u"results"_s][0].toObject();
        QCOMPARE(result[u"status"_s].toString(), u"created"_s);
        QCOMPARE(result[u"heldApplied"_s].toInt(), 3);
        const QString id = result[u"customerId"_s].toString();
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders WHERE customer_id = ?"_s, {id}), 2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM held_ingestions"_s), 0);
        // In arrival order: the event, then WEB-300, then WEB-301 (their feed versions).
        const auto version = [&](const QString &sql) {
            return Database::scalar(m_server->database(), sql, {id}).toLongLong();
        };
        const qint64 event = version(u"SELECT c.version FROM changes c JOIN customer_events e"
                                     " ON e.id = c.row_key WHERE c.entity = 'event' AND"
                                     " e.kind = 'viewed' AND e.customer_id = ?"_s);
        const qint64 first = version(u"SELECT c.version FROM changes c JOIN orders o ON"
                                     " o.id = c.row_key WHERE c.entity = 'order' AND"
                                     " o.external_id = 'WEB-300' AND o.customer_id = ?"_s);
        const qint64 last = version(u"SELECT c.version FROM changes c JOIN orders o ON"
                                    " o.id = c.row_key WHERE c.entity = 'order' AND"
                                    " o.external_id = 'WEB-301' AND o.customer_id = ?"_s);
        QVERIFY(event > 0);
        QVERIFY2(event < first && first < last,
                 qPrintable(u"%1 %2 %3"_s.arg(event).arg(first).arg(last)));
    }

    // A held order that cannot be applied when its customer comes (its product is unknown)
    // stays held with the reason; what can be applied is. The customer arrives here by an
    // email set on a tablet (customer.update). Held items older than 90 days are dropped.
    void heldOrderThatCannotBeAppliedKeepsItsReason()
    {
        const QJsonObject who {{u"email"_s, u"marc.pons@example.com"_s}};
        QJsonObject order = webOrder(u"WEB-400"_s, who);
        order.insert(u"lines"_s,
                     QJsonArray {QJsonObject {
                         {u"sku"_s, u"NOPE"_s}, {u"quantity"_s, 1}, {u"unitPriceMinor"_s, 100}}});
        QCOMPARE(post(u"/v1/ingest/orders"_s, order).status, 202);
        QCOMPARE(post(u"/v1/ingest/events"_s,
                      {{u"source"_s, u"web"_s}, {u"events"_s, QJsonArray {viewed(u"V-400"_s, who)}}})
                     .status,
                 202);
        createCustomer(u"c-marc"_s, u"Marc"_s, u"Pons"_s, u"marc@example.org"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM held_ingestions WHERE reason = ''"_s), 2);

        const QJsonObject update {
            {u"id"_s, ++m_nextMutation},
            {u"name"_s, u"customer.update"_s},
            {u"args"_s,
             QJsonObject {{u"id"_s, u"c-marc"_s},
                          {u"fields"_s, QJsonObject {{u"email"_s, u"Marc.Pons@example.com"_s}}}}},
            {u"associateId"_s, u"S1"_s}};
        const Reply pushed = Client(m_server->url())
                                 .post(u"/v1/sync/push"_s,
                                       {{u"clientId"_s, u"tablet-ingest-1"_s},
                                        {u"mutations"_s, QJsonArray {update}}},
                                       m_tablet);
        QCOMPARE(pushed.status, 200);
        QCOMPARE(pushed.body[u"results"_s][0][u"status"_s].toString(), u"applied"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM customer_events WHERE customer_id = 'c-marc'"
                       " AND kind = 'viewed'"_s),
                 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM held_ingestions"_s), 1);
        QVERIFY(text(u"SELECT reason FROM held_ingestions WHERE external_id = 'WEB-400'"_s)
                    .startsWith(u"unknown_product"_s));

        // 90 days on, what is still held is dropped (when the next one is held).
        Clock::setCurrentDateTime(QDateTime::currentDateTimeUtc().addDays(91));
        QCOMPARE(post(u"/v1/ingest/orders"_s,
                      webOrder(u"WEB-401"_s, {{u"email"_s, u"later@example.com"_s}}))
                     .status,
                 202);
        Clock::setCurrentDateTime({});
        QCOMPARE(count(u"SELECT COUNT(*) FROM held_ingestions WHERE external_id = 'WEB-400'"_s),
                 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM held_ingestions"_s), 1);
    }

    // Concurrent deliveries of one external id (the web shop retries while the first is still
    // being written): one is applied, every other answers duplicate.
    void concurrentDeliveriesApplyOnce()
    {
        const QJsonObject order = webOrder(u"WEB-901"_s, {{u"id"_s, u"C00001"_s}});
        const QJsonObject events {
            {u"source"_s, u"web"_s},
            {u"events"_s, QJsonArray {viewed(u"V-900"_s, {{u"id"_s, u"C00001"_s}})}}};
        QNetworkAccessManager network;
        struct Sent
        {
            QNetworkReply *reply;
            bool isOrder;
        };
        QList<Sent> sent;
        auto send = [&](const QString &path, const QJsonObject &body) {
            QNetworkRequest request(QUrl(m_server->url() + path));
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            request.setRawHeader("Authorization", "Bearer " + m_integration.toLatin1());
            return network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        };
        for (int i = 0; i < 6; ++i) {
            sent << Sent {send(u"/v1/ingest/orders"_s, order), true};
            sent << Sent {send(u"/v1/ingest/events"_s, events), false};
        }
        int created = 0;
        int accepted = 0;
        for (const Sent &s : sent) {
            QSignalSpy finished(s.reply, &QNetworkReply::finished);
            if (!s.reply->isFinished())
                QVERIFY(finished.wait(20000));
            int status = s.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QJsonObject body = QJsonDocument::fromJson(s.reply->readAll()).object();
            s.reply->deleteLater();
            // A busy database answers 503 and the caller sends again (the webhook contract).
            for (int retry = 0; status == 503 && retry < 10; ++retry) {
                const Reply again = s.isOrder ? post(u"/v1/ingest/orders"_s, order)
                                              : post(u"/v1/ingest/events"_s, events);
                status = again.status;
                body = again.body;
            }
            QVERIFY2(status == 200 || status == 201, qPrintable(QString::number(status)));
            if (s.isOrder) {
                created += status == 201 ? 1 : 0;
                QCOMPARE(body[u"duplicate"_s].toBool(), status == 200);
            } else {
                accepted += body[u"accepted"_s].toInt();
                QCOMPARE(body[u"accepted"_s].toInt() + body[u"duplicates"_s].toInt(), 1);
            }
        }
        QCOMPARE(created, 1);
        QCOMPARE(accepted, 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders WHERE external_id = 'WEB-901'"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM customer_events WHERE kind = 'viewed'"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM ingested"_s), 2);
    }

    // Finding 21: a customer registered with capitals in her email is found by every webhook,
    // whichever way the other system spells the address.
    void mixedCaseEmailMatches_data()
    {
        QTest::addColumn<QString>("spelling");
        QTest::newRow("as registered") << u"Beatriz.Mayus@Example.ES"_s;
        QTest::newRow("lower case") << u"beatriz.mayus@example.es"_s;
        QTest::newRow("upper case, spaces") << u"  BEATRIZ.MAYUS@EXAMPLE.ES "_s;
    }
    void mixedCaseEmailMatches()
    {
        QFETCH(QString, spelling);
        createCustomer(u"c-beatriz"_s, u"Beatriz"_s, u"Mayus"_s, u"Beatriz.Mayus@Example.ES"_s);
        const Reply order
            = post(u"/v1/ingest/orders"_s, webOrder(u"WEB-950"_s, {{u"email"_s, spelling}}));
        QCOMPARE(order.status, 201);
        QCOMPARE(text(u"SELECT customer_id FROM orders WHERE external_id = 'WEB-950'"_s),
                 u"c-beatriz"_s);
        const Reply events
            = post(u"/v1/ingest/events"_s,
                   {{u"source"_s, u"app"_s},
                    {u"events"_s, QJsonArray {viewed(u"A-950"_s, {{u"email"_s, spelling}})}}});
        QCOMPARE(events.body[u"accepted"_s].toInt(), 1);
        // Stored in one spelling, the one every look-up uses.
        QCOMPARE(text(u"SELECT email FROM customers WHERE id = 'c-beatriz'"_s),
                 u"beatriz.mayus@example.es"_s);

        // An edit on a tablet is stored the same way.
        const QJsonObject update {
            {u"id"_s, ++m_nextMutation},
            {u"name"_s, u"customer.update"_s},
            {u"args"_s,
             QJsonObject {{u"id"_s, u"c-beatriz"_s},
                          {u"fields"_s, QJsonObject {{u"email"_s, u"B.Mayus@Example.ES"_s}}}}},
            {u"associateId"_s, u"S1"_s}};
        QCOMPARE(Client(m_server->url())
                     .post(u"/v1/sync/push"_s,
                           {{u"clientId"_s, u"tablet-ingest-1"_s},
                            {u"mutations"_s, QJsonArray {update}}},
                           m_tablet)
                     .status,
                 200);
        QCOMPARE(text(u"SELECT email FROM customers WHERE id = 'c-beatriz'"_s),
                 u"b.mayus@example.es"_s);
    }

    // Existing rows are migrated: two customers whose addresses differ only in case are
    // reported, not merged; carriers' updates stored as one line get their fields.
    void migrationBringsOldRowsToTheNewForm()
    {
        QTemporaryDir dir;
        const QString database = oldDatabase(dir, u"email"_s);
        QVERIFY(!database.isEmpty());
        {
            QSqlDatabase db = QSqlDatabase::database(u"old-service"_s);
            for (const auto &[id, email] :
                 {std::pair {"c1", "Ana.Dup@Example.com"}, std::pair {"c2", "ana.dup@example.com "},
                  std::pair {"c3", "Solo.Mixed@Example.ES"}, std::pair {"c4", ""},
                  std::pair {"c5", ""}}) {
                QVERIFY(Database::exec(
                    db,
                    u"INSERT INTO customers (id, first_name, email, home_location_id)"
                    " VALUES ('%1', 'Ana', '%2', 'MAD')"_s.arg(QString::fromLatin1(id),
                                                               QString::fromLatin1(email))));
            }
            // A carrier's update as the service wrote it before: one line of English.
            QVERIFY(Database::exec(
                db,
                u"INSERT INTO order_status_history (id, order_id, status, occurred_at,"
                " carrier, tracking_number, source) VALUES"
                " ('h1', 'o1', 'shipped', 1000, 'DPD Ireland', 'IE123', 'dpd')"_s));
            QVERIFY(Database::exec(
                db,
                u"INSERT INTO customer_events (id, customer_id, kind, channel, occurred_at,"
                " order_id, title, detail) VALUES ('e1', 'c3', 'order_status', 'web', 1000,"
                " 'o1', 'W-1', 'shipped DPD Ireland IE123'),"
                " ('e2', 'c3', 'contacted', 'call_centre', 1000, '', 'Late parcel',"
                " 'shipped DPD Ireland IE123')"_s));
        }
        Database::close(u"old-service"_s);

        // Reported to the operators at start.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"customers c1, c2 share the email address"
                                                " ana.dup@example.com"_s));
        {
            QString error;
            QSqlDatabase db = ServerDatabase::open(database, u"new-service"_s, &error);
            QVERIFY2(db.isOpen(), qPrintable(error));
            QCOMPARE(Database::schemaVersion(db), ServerSchema::latestVersion());
            QCOMPARE(
                Database::scalar(db, u"SELECT email FROM customers WHERE id = 'c3'"_s).toString(),
                u"solo.mixed@example.es"_s);
            QCOMPARE(Database::scalar(db,
                                      u"SELECT COUNT(*) FROM customers WHERE email ="
                                      " 'ana.dup@example.com'"_s)
                         .toInt(),
                     2);
            // The clash is kept for the service's operators; empty addresses are no clash.
            const QList<QVariantMap> clashes
                = Database::rows(db,
                                 u"SELECT email, customer_id FROM customer_email_clashes"
                                 " ORDER BY customer_id"_s);
            QCOMPARE(clashes.size(), 2);
            QCOMPARE(clashes.at(0).value(u"customer_id"_s).toString(), u"c1"_s);
            QCOMPARE(clashes.at(1).value(u"customer_id"_s).toString(), u"c2"_s);
            QCOMPARE(clashes.at(0).value(u"email"_s).toString(), u"ana.dup@example.com"_s);

            // The update's words became fields; other events keep their text.
            const QList<QVariantMap> events = Database::rows(
                db,
                u"SELECT status, carrier, tracking_number, detail FROM customer_events"
                " ORDER BY id"_s);
            QCOMPARE(events.size(), 2);
            QCOMPARE(events.at(0).value(u"status"_s).toString(), u"shipped"_s);
            QCOMPARE(events.at(0).value(u"carrier"_s).toString(), u"DPD Ireland"_s);
            QCOMPARE(events.at(0).value(u"tracking_number"_s).toString(), u"IE123"_s);
            QCOMPARE(events.at(0).value(u"detail"_s).toString(), QString());
            QCOMPARE(events.at(1).value(u"status"_s).toString(), QString());
            QCOMPARE(events.at(1).value(u"detail"_s).toString(), u"shipped DPD Ireland IE123"_s);
        }
        Database::close(u"new-service"_s);
        dropOldDatabase();
    }

    void ambiguousEmailIsRefused()
    {
        createCustomer(u"c-a"_s, u"Ana"_s, u"Uno"_s, u"shared@example.com"_s);
        createCustomer(u"c-b"_s, u"Ana"_s, u"Dos"_s, u"Shared@Example.com"_s);
        const Reply reply = post(u"/v1/ingest/orders"_s,
                                 webOrder(u"WEB-960"_s, {{u"email"_s, u"shared@example.com"_s}}));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.body[u"error"_s].toString(), u"ambiguous_customer"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 0);
        // Named by id, the order goes to the right one.
        QCOMPARE(post(u"/v1/ingest/orders"_s, webOrder(u"WEB-960"_s, {{u"id"_s, u"c-b"_s}})).status,
                 201);
    }

    // Issue 12: the web shop's accounts become customers before their first order, by the
    // web shop's own id: created once, changed by newer deliveries only, with consents and the
    // channel they were given on; an account with a store customer's email is that customer.
    void webShopCustomersAreCreatedAndChangedOnce()
    {
        const qint64 t = Clock::nowMs() - 60000;
        const QJsonObject account {
            {u"externalId"_s, u"WEB-ACC-1"_s},
            {u"updatedAt"_s, t},
            {u"firstName"_s, u"Lucía"_s},
            {u"lastName"_s, u"Gómez"_s},
            {u"email"_s, u"Lucia.Gomez@Example.com"_s},
            {u"phone"_s, u"+34 612 345 678"_s},
            {u"language"_s, u"es"_s},
            {u"consents"_s,
             QJsonArray {QJsonObject {{u"kind"_s, u"email"_s}, {u"granted"_s, true}, {u"at"_s, t}},
                         QJsonObject {{u"kind"_s, u"sms"_s},
                                      {u"granted"_s, false},
                                      {u"at"_s, t},
                                      {u"channel"_s, u"email"_s}}}}};
        const QJsonObject delivery {{u"source"_s, u"web"_s}, {u"customers"_s, QJsonArray {account}}};
        Reply reply = post(u"/v1/ingest/customers"_s, delivery);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body[u"results"_s][0][u"status"_s].toString(), u"created"_s);
        const QString id = reply.body[u"results"_s][0][u"customerId"_s].toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(text(u"SELECT email FROM customers WHERE id = ?"_s, {id}),
                 u"lucia.gomez@example.com"_s);
        QCOMPARE(text(u"SELECT home_location_id FROM customers WHERE id = ?"_s, {id}), QString());
        QCOMPARE(text(u"SELECT phone_e164 FROM customers WHERE id = ?"_s, {id}), u"+34612345678"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM consents WHERE customer_id = ? AND kind = 'email'"
                       " AND granted = 1 AND channel = 'web'"_s,
                       {id}),
                 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM consents WHERE customer_id = ? AND kind = 'sms'"
                       " AND granted = 0 AND channel = 'email'"_s,
                       {id}),
                 1);
        // Their first order and browsing find them by email.
        QCOMPARE(post(u"/v1/ingest/orders"_s,
                      webOrder(u"WEB-970"_s, {{u"email"_s, u"lucia.gomez@example.com"_s}}))
                     .status,
                 201);

        // Delivered again: nothing changes.
        const int customers = count(u"SELECT COUNT(*) FROM customers"_s);
        reply = post(u"/v1/ingest/customers"_s, delivery);
        QCOMPARE(reply.body[u"results"_s][0][u"status"_s].toString(), u"unchanged"_s);
        QCOMPARE(reply.body[u"results"_s][0][u"customerId"_s].toString(), id);
        QCOMPARE(count(u"SELECT COUNT(*) FROM customers"_s), customers);

        // A newer change applies; an older one that arrives late does not.
        QJsonObject newer = account;
        newer.insert(u"updatedAt"_s, t + 2000);
        newer.insert(u"lastName"_s, u"Gómez Ruiz"_s);
        newer.remove(u"consents"_s);
        reply = post(u"/v1/ingest/customers"_s,
                     {{u"source"_s, u"web"_s}, {u"customers"_s, QJsonArray {newer}}});
        QCOMPARE(reply.body[u"results"_s][0][u"status"_s].toString(), u"updated"_s);
        QJsonObject older = newer;
        older.insert(u"updatedAt"_s, t + 1000);
        older.insert(u"lastName"_s, u"Stale"_s);
        reply = post(u"/v1/ingest/customers"_s,
                     {{u"source"_s, u"web"_s}, {u"customers"_s, QJsonArray {older}}});
        QCOMPARE(reply.body[u"results"_s][0][u"status"_s].toString(), u"unchanged"_s);
        QCOMPARE(text(u"SELECT last_name FROM customers WHERE id = ?"_s, {id}), u"Gómez Ruiz"_s);

        // The app's account of a customer registered in the Madrid store is that customer.
        createCustomer(u"c-nuria"_s, u"Núria"_s, u"Vidal"_s, u"nuria.vidal@example.com"_s);
        reply = post(u"/v1/ingest/customers"_s,
                     {{u"source"_s, u"app"_s},
                      {u"customers"_s,
                       QJsonArray {QJsonObject {{u"externalId"_s, u"APP-7"_s},
                                                {u"updatedAt"_s, t},
                                                {u"email"_s, u"NURIA.VIDAL@example.com"_s},
                                                {u"language"_s, u"en"_s}}}}});
        QCOMPARE(reply.body[u"results"_s][0][u"status"_s].toString(), u"linked"_s);
        QCOMPARE(reply.body[u"results"_s][0][u"customerId"_s].toString(), u"c-nuria"_s);
        QCOMPARE(text(u"SELECT language FROM customers WHERE id = 'c-nuria'"_s), u"en"_s);
        QCOMPARE(text(u"SELECT home_location_id FROM customers WHERE id = 'c-nuria'"_s), u"MAD"_s);
    }

    // A customer the rules refuse leaves nothing, and the others of the delivery still apply;
    // a malformed delivery is refused whole.
    void refusedWebShopCustomersChangeNothing()
    {
        const qint64 t = Clock::nowMs() - 60000;
        const auto account = [t](const QString &id, const QJsonObject &extra) {
            QJsonObject a {{u"externalId"_s, id},
                           {u"updatedAt"_s, t},
                           {u"firstName"_s, u"Ana"_s},
                           {u"lastName"_s, u"Web"_s}};
            for (auto it = extra.begin(); it != extra.end(); ++it)
                a.insert(it.key(), it.value());
            return a;
        };
        const int before = count(u"SELECT COUNT(*) FROM customers"_s);
        Reply reply = post(
            u"/v1/ingest/customers"_s,
            {{u"source"_s, u"web"_s},
             {u"customers"_s,
              QJsonArray {account(u"W-BAD-EMAIL"_s, {{u"email"_s, u"not an email"_s}}),
                          account(u"W-NO-NAME"_s, {{u"firstName"_s, u""_s}, {u"lastName"_s, u""_s}}),
                          account(u"W-NO-STORE"_s, {{u"homeLocationId"_s, u"NOPE"_s}}),
                          account(u"W-BAD-PHONE"_s, {{u"phone"_s, u"12"_s}}),
                          account(u"W-GOOD"_s, {{u"homeLocationId"_s, u"MAD"_s}}),
                          account(u"W-WAREHOUSE"_s, {{u"homeLocationId"_s, u"WH1"_s}})}}});
        QCOMPARE(reply.status, 200);
        const QJsonArray results = reply.body[u"results"_s].toArray();
        QCOMPARE(results.size(), 6);
        // A warehouse is no customer's home store.
        QCOMPARE(results[5][u"code"_s].toString(), u"unknown_location"_s);
        QCOMPARE(results[0][u"code"_s].toString(), u"invalid"_s);
        QCOMPARE(results[1][u"code"_s].toString(), u"invalid"_s);
        QCOMPARE(results[2][u"code"_s].toString(), u"unknown_location"_s);
        QCOMPARE(results[3][u"code"_s].toString(), u"invalid"_s);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(results[i][u"status"_s].toString(), u"refused"_s);
        QCOMPARE(results[4][u"status"_s].toString(), u"created"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM customers"_s), before + 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM customer_links"_s), 1);

        // Refused whole, before anything is written.
        const QList<QJsonObject> malformed {
            {{u"source"_s, u"web"_s}, {u"customers"_s, u"W-1"_s}},
            {{u"source"_s, u"fax"_s}, {u"customers"_s, QJsonArray {account(u"W-2"_s, {})}}},
            {{u"source"_s, u"web"_s}, {u"customers"_s, QJsonArray {}}},
            {{u"source"_s, u"web"_s}, {u"customers"_s, QJsonArray {account(u""_s, {})}}},
            {{u"source"_s, u"web"_s},
             {u"customers"_s, QJsonArray {account(u"W-3"_s, {{u"birthDate"_s, u"31/05/1990"_s}})}}},
            {{u"source"_s, u"web"_s},
             {u"customers"_s, QJsonArray {account(u"W-4"_s, {{u"language"_s, u"klingon"_s}})}}},
            {{u"source"_s, u"web"_s},
             {u"customers"_s,
              QJsonArray {account(u"W-5"_s,
                                  {{u"consents"_s,
                                    QJsonArray {QJsonObject {{u"kind"_s, u"telepathy"_s},
                                                             {u"granted"_s, true},
                                                             {u"at"_s, t}}}}})}}},
            {{u"source"_s, u"web"_s},
             {u"customers"_s, QJsonArray {account(u"W-6"_s, {{u"updatedAt"_s, u"yesterday"_s}})}}},
            {{u"source"_s, u"web"_s},
             {u"customers"_s, QJsonArray {account(u"W-7"_s, {{u"firstName"_s, 42}})}}},
            {{u"source"_s, u"web"_s},
             {u"customers"_s,
              QJsonArray {account(u"W-8"_s, {{u"lastName"_s, QString(500, u'x')}})}}},
        };
        for (const QJsonObject &body : malformed) {
            reply = post(u"/v1/ingest/customers"_s, body);
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.body[u"error"_s].toString(), u"invalid_request"_s);
        }
        QJsonArray tooMany;
        for (int i = 0; i < 101; ++i)
            tooMany << account(u"W-M-%1"_s.arg(i), {});
        QCOMPARE(post(u"/v1/ingest/customers"_s, {{u"source"_s, u"web"_s}, {u"customers"_s, tooMany}})
                     .status,
                 400);
        QCOMPARE(count(u"SELECT COUNT(*) FROM customers"_s), before + 1);
        // Only the integration role may send them.
        QCOMPARE(Client(m_server->url())
                     .post(u"/v1/ingest/customers"_s,
                           {{u"source"_s, u"web"_s}, {u"customers"_s, QJsonArray {account(u"W-9"_s, {})}}},
                           m_tablet)
                     .status,
                 403);
    }

    // Finding 23: a carrier's status, carrier and tracking number arrive as separate fields on
    // the tablet, so its screens can say the status in the associate's language.
    // Finding 13 and 16 for webhooks: a NUL or half a surrogate pair, and a date in year 9999,
    // are refused and change nothing; later updates still apply.
    void hostileWebhookValuesChangeNothing()
    {
        const Reply created
            = post(u"/v1/ingest/orders"_s, webOrder(u"WEB-980"_s, {{u"id"_s, u"C00001"_s}}));
        QCOMPARE(created.status, 201);
        const QString orderId = created.body[u"orderId"_s].toString();
        const int events = count(u"SELECT COUNT(*) FROM customer_events"_s);
        const int history = count(u"SELECT COUNT(*) FROM order_status_history"_s);
        const int feed = count(u"SELECT COUNT(*) FROM changes"_s);
        const int ingested = count(u"SELECT COUNT(*) FROM ingested"_s);
        const int orders = count(u"SELECT COUNT(*) FROM orders"_s);

        // As a sender's JSON escapes put them: QJsonDocument turns them into U+0000 and lone
        // surrogates.
        const QList<QByteArray> bodies = {
            R"({"source": "web", "events": [{"externalId": "E-1", "kind": "viewed",
                "occurredAt": 1764064800000, "sku": "SKU-1-M", "detail": "slim\u0000fit",
                "customer": {"id": "C00001"}}]})",
            R"({"source": "web", "events": [{"externalId": "E-2", "kind": "viewed",
                "occurredAt": 1764064800000, "sku": "SKU-1-M",
                "customer": {"email": "ana\ud800@example.es"}}]})",
            R"({"source": "web", "externalId": "WEB-981", "currency": "EUR",
                "customer": {"id": "C00001"}, "lines": [{"sku": "SKU-1-M\u0000",
                "quantity": 1, "unitPriceMinor": 5995}]})",
            R"({"source": "seur", "externalId": "S-1\udc00", "orderId": "ORDER",
                "status": "shipped", "occurredAt": 1764064800000})",
        };
        const QStringList paths = {u"/v1/ingest/events"_s, u"/v1/ingest/events"_s,
                                   u"/v1/ingest/orders"_s, u"/v1/ingest/order-status"_s};
        for (int i = 0; i < bodies.size(); ++i) {
            QByteArray body = bodies.at(i);
            body.replace("ORDER", orderId.toLatin1());
            const Reply reply
                = Client(m_server->url()).send("POST", paths.at(i), body, m_integration);
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.body[u"error"_s].toString(), u"invalid_request"_s);
            QVERIFY(!reply.body[u"message"_s].toString().contains(QChar(0)));
        }

        // A carrier's clock in year 9999 would pin the order's status for ever.
        const qint64 farAhead = Clock::nowMs() + 2LL * 24 * 3600 * 1000;
        Reply reply = post(u"/v1/ingest/order-status"_s,
                           carrierEvent(u"S-20"_s, orderId, u"delivered"_s, 253402300000000LL));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.body[u"error"_s].toString(), u"invalid_request"_s);
        QVERIFY(!reply.body[u"message"_s].toString().isEmpty());
        QCOMPARE(post(u"/v1/ingest/order-status"_s,
                      carrierEvent(u"S-21"_s, orderId, u"delivered"_s, farAhead))
                     .status,
                 400);
        QJsonObject future = viewed(u"E-3"_s, {{u"id"_s, u"C00001"_s}});
        future[u"occurredAt"_s] = double(farAhead);
        QCOMPARE(post(u"/v1/ingest/events"_s,
                      {{u"source"_s, u"web"_s}, {u"events"_s, QJsonArray {future}}})
                     .status,
                 400);
        QJsonObject futureOrder = webOrder(u"WEB-982"_s, {{u"id"_s, u"C00001"_s}});
        futureOrder[u"createdAt"_s] = double(farAhead);
        QCOMPARE(post(u"/v1/ingest/orders"_s, futureOrder).status, 400);

        QCOMPARE(count(u"SELECT COUNT(*) FROM customer_events"_s), events);
        QCOMPARE(count(u"SELECT COUNT(*) FROM order_status_history"_s), history);
        QCOMPARE(count(u"SELECT COUNT(*) FROM changes"_s), feed);
        QCOMPARE(count(u"SELECT COUNT(*) FROM ingested"_s), ingested);
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), orders);

        // The order is not pinned: today's update applies.
        reply = post(u"/v1/ingest/order-status"_s,
                     carrierEvent(u"S-22"_s, orderId, u"shipped"_s, Clock::nowMs()));
        QCOMPARE(reply.status, 200);
        QCOMPARE(text(u"SELECT status FROM orders WHERE id = ?"_s, {orderId}), u"shipped"_s);
    }

    void carrierStatusIsStoredAsFields()
    {
        const Reply created
            = post(u"/v1/ingest/orders"_s, webOrder(u"WEB-970"_s, {{u"id"_s, u"C00001"_s}}));
        QCOMPARE(created.status, 201);
        const QString orderId = created.body[u"orderId"_s].toString();

        QCOMPARE(post(u"/v1/ingest/order-status"_s,
                      carrierEvent(u"S-10"_s, orderId, u"shipped"_s, 1764068400000LL))
                     .status,
                 200);
        // Carriers spell their statuses in their own way.
        Reply reply
            = post(u"/v1/ingest/order-status"_s,
                   carrierEvent(u"S-11"_s, orderId, u"Out-For-Delivery"_s, 1764072000000LL));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body[u"status"_s].toString(), u"shipped"_s);
        // A status nobody knows is kept in the carrier's words, and leaves the order as it was.
        reply
            = post(u"/v1/ingest/order-status"_s,
                   carrierEvent(u"S-12"_s, orderId, u"Held at depot (customs)"_s, 1764075600000LL));
        QCOMPARE(reply.status, 200);
        QCOMPARE(text(u"SELECT status FROM orders WHERE id = ?"_s, {orderId}), u"shipped"_s);
        QCOMPARE(text(u"SELECT status FROM order_status_history WHERE order_id = ? AND"
                      " occurred_at = 1764075600000"_s,
                      {orderId}),
                 u"other"_s);
        QCOMPARE(text(u"SELECT detail FROM order_status_history WHERE order_id = ? AND"
                      " occurred_at = 1764075600000"_s,
                      {orderId}),
                 u"Held at depot (customs)"_s);
        QCOMPARE(post(u"/v1/ingest/order-status"_s,
                      carrierEvent(u"S-13"_s, orderId, u"delivered"_s, 1764079200000LL))
                     .body[u"status"_s]
                     .toString(),
                 u"delivered"_s);

        // The tablet gets each as fields, never as one line of English.
        QHash<QString, QJsonObject> events = pulledRows(u"event"_s);
        QList<QJsonObject> updates;
        for (const QJsonObject &event : std::as_const(events)) {
            if (event[u"kind"_s].toString() == u"order_status"_s)
                updates << event;
        }
        std::sort(updates.begin(), updates.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a[u"occurred_at"_s].toInteger() < b[u"occurred_at"_s].toInteger();
        });
        QCOMPARE(updates.size(), 4);
        const QStringList statuses
            = {u"shipped"_s, u"out_for_delivery"_s, u"other"_s, u"delivered"_s};
        for (int i = 0; i < updates.size(); ++i) {
            const QJsonObject &event = updates.at(i);
            QCOMPARE(event[u"status"_s].toString(), statuses.at(i));
            QCOMPARE(event[u"carrier"_s].toString(), u"SEUR"_s);
            QCOMPARE(event[u"tracking_number"_s].toString(), u"SEUR-ES-0012345"_s);
            QCOMPARE(event[u"title"_s].toString(), u"W-WEB-970"_s);
            QVERIFY2(!event[u"detail"_s].toString().contains(u"SEUR"_s),
                     qPrintable(event[u"detail"_s].toString()));
        }
        QCOMPARE(updates.at(2)[u"detail"_s].toString(), u"Held at depot (customs)"_s);
        QCOMPARE(updates.at(0)[u"detail"_s].toString(), QString());

        // The order's own detail is not overwritten with carrier text.
        QCOMPARE(
            text(u"SELECT status_detail FROM orders WHERE id = ?"_s, {orderId}).contains(u"SEUR"_s),
            false);
    }

    // Issue 19, finding 9: two orders never share a number. Every device enrolled gets its own
    // order prefix; an order pushed with a number already taken (queued by a tablet before
    // prefixes existed) is kept under the next free one, recorded and logged once; the database
    // itself refuses a second order with a number.
    void orderNumbersAreUnique()
    {
        const QString second = m_server->enrol(u"MAD"_s);
        QVERIFY(!second.isEmpty());

        // The old numbering: store, day, five characters of a hash. Two tablets, one number.
        const QString number = u"MAD-261125-K7QXA"_s;
        QCOMPARE(pushOrder(m_tablet, u"tablet-ingest-1"_s, u"order-first"_s, number), u"applied"_s);
        QCOMPARE(pushOrder(second, u"tablet-ingest-2"_s, u"order-second"_s, number), u"applied"_s);
        QCOMPARE(text(u"SELECT number FROM orders WHERE id = 'order-first'"_s), number);
        QCOMPARE(text(u"SELECT number FROM orders WHERE id = 'order-second'"_s),
                 QString(number + u"-2"_s));
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders WHERE number = ?"_s, {number}), 1);
        QCOMPARE(
            text(u"SELECT new_number FROM order_number_changes WHERE old_number = ?"_s, {number}),
            QString(number + u"-2"_s));
        // The tablet that made it learns its number with its next pull.
        QCOMPARE(pulledRows(u"order"_s).value(u"order-second"_s)[u"number"_s].toString(),
                 QString(number + u"-2"_s));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"order order-second shared the number"
                                                " MAD-261125-K7QXA with an older order and is"
                                                " now MAD-261125-K7QXA-2"_s));
        QCOMPARE(ServerSchema::reportOrderNumberChanges(m_server->database()), 1);
        QCOMPARE(ServerSchema::reportOrderNumberChanges(m_server->database()), 0);

        // Whatever writes to the database: a second order with the number is refused.
        QVERIFY(!Database::exec(m_server->database(),
                                u"INSERT INTO orders (id, number, channel, status, currency,"
                                " created_at) VALUES ('order-third', 'MAD-261125-K7QXA',"
                                " 'store', 'placed', 'EUR', 0)"_s));
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders WHERE number = ?"_s, {number}), 1);

        // Web orders keep their channel's numbers; one another order already has is refused in
        // words (and nothing is written), never a second order with the number.
        QCOMPARE(post(u"/v1/ingest/orders"_s,
                      webOrder(u"shop-a-000000000123"_s, {{u"id"_s, u"C00001"_s}}))
                     .status,
                 201);
        const Reply clash = post(u"/v1/ingest/orders"_s,
                                 webOrder(u"shop-b-000000000123"_s, {{u"id"_s, u"C00001"_s}}));
        QCOMPARE(clash.status, 409);
        QCOMPARE(clash.body[u"error"_s].toString(), u"number_in_use"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders WHERE number = 'W-000000000123'"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM ingested WHERE external_id ="
                       " 'shop-b-000000000123'"_s),
                 0);

        // Each device has a prefix of its own for the numbers it makes (docs/sync-protocol.md).
        QCOMPARE(count(u"SELECT COUNT(*) FROM devices WHERE order_prefix IS NULL"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(DISTINCT order_prefix) FROM devices"_s),
                 count(u"SELECT COUNT(*) FROM devices"_s));
    }

    // Finding 9: a status update is matched by the sender's own reference, orderId or
    // orderNumber, never one value tried as both. One that names two orders (an id and another
    // order's number) is refused, applied to neither, and both ask for attention.
    void ambiguousStatusUpdateIsRefused()
    {
        const Reply first
            = post(u"/v1/ingest/orders"_s, webOrder(u"WEB-980"_s, {{u"id"_s, u"C00001"_s}}));
        const Reply second
            = post(u"/v1/ingest/orders"_s, webOrder(u"WEB-981"_s, {{u"id"_s, u"C00001"_s}}));
        QCOMPARE(first.status, 201);
        QCOMPARE(second.status, 201);
        const QString a = first.body[u"orderId"_s].toString();
        const QString b = second.body[u"orderId"_s].toString();
        const QString numberB = text(u"SELECT number FROM orders WHERE id = ?"_s, {b});
        QVERIFY(!numberB.isEmpty());

        QJsonObject both = carrierEvent(u"S-20"_s, a, u"shipped"_s, 1764068400000LL);
        both.insert(u"orderNumber"_s, numberB);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"order status seur/S-20 not"
                                                " applied: it names orders"_s));
        Reply reply = post(u"/v1/ingest/order-status"_s, both);
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.body[u"error"_s].toString(), u"ambiguous_order"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM order_status_history WHERE source = 'seur'"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM ingested WHERE external_id = 'S-20'"_s), 0);
        for (const QString &id : {a, b}) {
            QCOMPARE(text(u"SELECT status FROM orders WHERE id = ?"_s, {id}), u"needs_action"_s);
            QVERIFY(text(u"SELECT status_detail FROM orders WHERE id = ?"_s, {id})
                        .contains(u"ambiguousUpdate"_s));
        }
        // The Madrid tablets see both in their list of orders needing attention.
        const QHash<QString, QJsonObject> pulled = pulledRows(u"order"_s);
        QCOMPARE(pulled.value(a)[u"status"_s].toString(), u"needs_action"_s);
        QCOMPARE(pulled.value(b)[u"status"_s].toString(), u"needs_action"_s);

        // An order's number sent as its id is not looked up as a number.
        reply = post(u"/v1/ingest/order-status"_s,
                     carrierEvent(u"S-21"_s, numberB, u"shipped"_s, 1764068400000LL));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.body[u"error"_s].toString(), u"unknown_order"_s);

        // Named by its number alone, the update goes to that order only.
        QJsonObject byNumber = carrierEvent(u"S-22"_s, {}, u"shipped"_s, 1764068400000LL);
        byNumber.remove(u"orderId"_s);
        byNumber.insert(u"orderNumber"_s, numberB);
        reply = post(u"/v1/ingest/order-status"_s, byNumber);
        QCOMPARE(reply.status, 200);
        QCOMPARE(count(u"SELECT COUNT(*) FROM order_status_history WHERE source = 'seur'"
                       " AND order_id = ?"_s,
                       {b}),
                 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM order_status_history WHERE source = 'seur'"
                       " AND order_id = ?"_s,
                       {a}),
                 0);
        QCOMPARE(text(u"SELECT status FROM orders WHERE id = ?"_s, {b}), u"shipped"_s);
    }

    // Finding 9: a service whose orders already share numbers is migrated: the oldest keeps
    // its number, the others get "-2", "-3", recorded, logged once at start and sent to the
    // tablets again; devices already enrolled get prefixes; then the unique index holds.
    void migrationRenumbersSharedNumbers()
    {
        QTemporaryDir dir;
        const QString database = oldDatabase(dir, u"order numbers unique"_s);
        QVERIFY(!database.isEmpty());
        {
            QSqlDatabase db = QSqlDatabase::database(u"old-service"_s);
            QVERIFY(Database::exec(
                db,
                u"INSERT INTO orders (id, number, channel, location_id, status, currency,"
                " created_at) VALUES ('o-late', 'MAD-261125-AAAAA', 'store', 'MAD', 'placed',"
                " 'EUR', 3000), ('o-first', 'MAD-261125-AAAAA', 'store', 'MAD', 'placed',"
                " 'EUR', 1000), ('o-mid', 'MAD-261125-AAAAA', 'store', 'MAD', 'placed', 'EUR',"
                " 2000), ('o-alone', 'MAD-261125-BBBBB', 'store', 'MAD', 'placed', 'EUR', 1000),"
                " ('o-web', '', 'web', '', 'placed', 'EUR', 1000),"
                " ('o-web2', '', 'web', '', 'placed', 'EUR', 1000)"_s));
            QVERIFY(Database::exec(
                db,
                u"INSERT INTO changes (scope, entity, row_key, version) VALUES"
                " ('store:MAD', 'order', 'o-late', 1), ('store:MAD', 'order', 'o-first', 2)"_s));
            QVERIFY(Database::exec(db, u"UPDATE sync_version SET version = 2"_s));
            QVERIFY(Database::exec(
                db,
                u"INSERT INTO devices (id, location_id, mode, token_hash, enrolled_at) VALUES"
                " ('d-b', 'MAD', 'associate', 'hash-b', 2000),"
                " ('d-a', 'MAD', 'associate', 'hash-a', 1000)"_s));
        }
        Database::close(u"old-service"_s);

        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"order o-mid shared the number"
                                                " MAD-261125-AAAAA with an older order and is"
                                                " now MAD-261125-AAAAA-2"_s));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"order o-late shared the number"
                                                " MAD-261125-AAAAA with an older order and is"
                                                " now MAD-261125-AAAAA-3"_s));
        {
            QString error;
            QSqlDatabase db = ServerDatabase::open(database, u"new-service"_s, &error);
            QVERIFY2(db.isOpen(), qPrintable(error));
            QCOMPARE(Database::schemaVersion(db), ServerSchema::latestVersion());
            const auto numberOf = [&](const char *id) {
                return Database::scalar(db, u"SELECT number FROM orders WHERE id = ?"_s,
                                        {QString::fromLatin1(id)})
                    .toString();
            };
            QCOMPARE(numberOf("o-first"), u"MAD-261125-AAAAA"_s);
            QCOMPARE(numberOf("o-mid"), u"MAD-261125-AAAAA-2"_s);
            QCOMPARE(numberOf("o-late"), u"MAD-261125-AAAAA-3"_s);
            QCOMPARE(numberOf("o-alone"), u"MAD-261125-BBBBB"_s);
            QCOMPARE(numberOf("o-web"), QString()); // no number is no clash
            QCOMPARE(Database::scalar(db, u"SELECT COUNT(*) FROM order_number_changes"_s).toInt(),
                     2);
            // The renumbered order the tablets had goes to them again; the others do not.
            QCOMPARE(Database::scalar(db, u"SELECT version FROM changes WHERE row_key = 'o-late'"_s)
                         .toLongLong(),
                     3);
            QCOMPARE(
                Database::scalar(db, u"SELECT version FROM changes WHERE row_key = 'o-first'"_s)
                    .toLongLong(),
                2);
            QCOMPARE(Database::scalar(db, u"SELECT version FROM sync_version"_s).toLongLong(), 3);
            // Devices in the order they enrolled.
            QCOMPARE(Database::scalar(db, u"SELECT order_prefix FROM devices WHERE id = 'd-a'"_s)
                         .toLongLong(),
                     1);
            QCOMPARE(Database::scalar(db, u"SELECT order_prefix FROM devices WHERE id = 'd-b'"_s)
                         .toLongLong(),
                     2);
            QVERIFY(!Database::exec(db,
                                    u"INSERT INTO orders (id, number, channel, status, currency,"
                                    " created_at) VALUES ('o-new', 'MAD-261125-BBBBB', 'store',"
                                    " 'placed', 'EUR', 0)"_s));
        }
        Database::close(u"new-service"_s);
        dropOldDatabase();
    }
};

QTEST_MAIN(TestIngestion)
#include "tst_ingestion.moc"
