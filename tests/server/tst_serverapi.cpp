// SPDX-License-Identifier: MIT
// The central service's HTTP API over real HTTP, on SQLite and on PostgreSQL.
#include "phonenumbers.h"
#include "serverfixture.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace TestServer;

class TestServerApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Instance> m_server;
    QString m_token; // a MAD associate tablet

    QJsonObject mutation(qint64 id, const QString &name, const QJsonObject &args,
                         const QString &associate = u"S1"_s)
    {
        return {{u"id"_s, id}, {u"name"_s, name}, {u"args"_s, args}, {u"associateId"_s, associate}};
    }
    Reply push(const QString &clientId, const QJsonArray &mutations, const QString &token = {})
    {
        return Client(m_server->url())
            .post(u"/v1/sync/push"_s, {{u"clientId"_s, clientId}, {u"mutations"_s, mutations}},
                  token.isEmpty() ? m_token : token);
    }
    /** Every change the device sees from the cursor on, following pages. */
    QList<QJsonObject> pullAll(const QString &clientId, QString *cursor, int limit = 1000,
                               const QString &token = {}, Reply *last = nullptr)
    {
        QList<QJsonObject> changes;
        for (int page = 0; page < 1000; ++page) {
            QJsonObject request{{u"clientId"_s, clientId}, {u"limit"_s, limit}};
            if (!cursor->isEmpty())
                request.insert(u"cursor"_s, *cursor);
            const Reply reply = Client(m_server->url())
                                    .post(u"/v1/sync/pull"_s, request,
                                          token.isEmpty() ? m_token : token);
            if (last)
                *last = reply;
            if (reply.status != 200)
                return changes;
            for (const QJsonValue &change : reply.body.value(u"changes"_s).toArray())
                changes << change.toObject();
            *cursor = reply.body.value(u"cursor"_s).toString();
            if (!reply.body.value(u"hasMore"_s).toBool())
                break;
        }
        return changes;
    }
    int count(const QString &sql)
    {
        return Database::scalar(m_server->database(), sql).toInt();
    }
    static QList<QJsonObject> ofEntity(const QList<QJsonObject> &changes, const QString &entity)
    {
        QList<QJsonObject> list;
        for (const QJsonObject &change : changes) {
            if (change.value(u"entity"_s).toString() == entity)
                list << change;
        }
        return list;
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
        m_token = m_server->enrol(u"MAD"_s);
        QVERIFY(!m_token.isEmpty());
    }
    void cleanup()
    {
        if (m_server) {
            m_server->stop();
            m_server->dropDatabase();
            m_server.reset();
        }
    }

    void healthAndReadiness()
    {
        Client client(m_server->url());
        QCOMPARE(client.get(u"/v1/health"_s).status, 200);
        const Reply ready = client.get(u"/v1/ready"_s);
        QCOMPARE(ready.status, 200);
        QCOMPARE(ready.body.value(u"status"_s).toString(), u"ready"_s);
        const Reply missing = client.get(u"/v1/nothing"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.body.value(u"error"_s).toString(), u"not_found"_s);
        QCOMPARE(client.get(u"/v1/sync/push"_s).status, 405);
    }

    void enrolmentCodesAreOneTime()
    {
        QString error;
        const auto code = Devices(m_server->database())
                              .createEnrolmentCode(u"MAD"_s, u"associate"_s, u"t"_s, 60000, &error);
        QVERIFY(code);
        Client client(m_server->url());
        // Typed in lower case without the dash: still the same code.
        QString typed = code->toLower();
        typed.remove(u'-');
        const Reply first = client.post(u"/v1/devices/enrol"_s, {{u"code"_s, typed}});
        QCOMPARE(first.status, 200);
        QCOMPARE(first.body.value(u"locationId"_s).toString(), u"MAD"_s);
        const Reply again = client.post(u"/v1/devices/enrol"_s, {{u"code"_s, *code}});
        QCOMPARE(again.status, 401);
        QCOMPARE(again.body.value(u"error"_s).toString(), u"invalid_code"_s);
        QCOMPARE(client.post(u"/v1/devices/enrol"_s, {{u"code"_s, u"ZZZZ-ZZZZ"_s}}).status, 401);
        // Only hashes are stored.
        QCOMPARE(count(u"SELECT COUNT(*) FROM devices WHERE token_hash = '%1'"_s.arg(
                     first.body.value(u"token"_s).toString())),
                 0);
    }

    void tokensAreRequired()
    {
        const QJsonObject body{{u"clientId"_s, u"client-0001"_s}, {u"mutations"_s, QJsonArray()}};
        Client client(m_server->url());
        QCOMPARE(client.post(u"/v1/sync/push"_s, body).status, 401);
        QCOMPARE(client.post(u"/v1/sync/push"_s, body, u"not-a-token"_s).status, 401);
        const QString integration = m_server->enrol({}, u"integration"_s);
        QVERIFY(!integration.isEmpty());
        QCOMPARE(client.post(u"/v1/sync/push"_s, body, integration).status, 403);
        QCOMPARE(client.post(u"/v1/ingest/events"_s, {{u"source"_s, u"web"_s}}, m_token).status, 403);
        // A revoked device is refused.
        const QString other = m_server->enrol(u"MAD"_s);
        const QString deviceId = Database::scalar(m_server->database(),
                                                  u"SELECT id FROM devices ORDER BY enrolled_at"
                                                  " DESC LIMIT 1"_s)
                                     .toString();
        QVERIFY(Devices(m_server->database()).revoke(deviceId));
        QCOMPARE(client.post(u"/v1/sync/push"_s, body, other).status, 401);
    }

    void pushAppliesOnceAndPullReturnsIt()
    {
        const QJsonArray batch{mutation(1, u"note.add"_s,
                                        {{u"id"_s, u"N-1"_s},
                                         {u"customerId"_s, u"C00001"_s},
                                         {u"body"_s, u"Prefers slim fit"_s}})};
        const Reply first = push(u"client-0001"_s, batch);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.body.value(u"lastMutationId"_s).toInteger(), 1);
        QCOMPARE(first.body.value(u"results"_s).toArray().at(0)[u"status"_s].toString(), u"applied"_s);
        // The same batch again (its answer was lost): nothing applied twice.
        const Reply again = push(u"client-0001"_s, batch);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body.value(u"results"_s).toArray().at(0)[u"status"_s].toString(), u"applied"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM notes"_s), 1);
        QCOMPARE(count(u"SELECT author_id = 'S1' FROM notes"_s), 1);

        QString cursor;
        Reply last;
        const QList<QJsonObject> changes = pullAll(u"client-0001"_s, &cursor, 1000, {}, &last);
        QCOMPARE(last.body.value(u"lastMutationId"_s).toInteger(), 1);
        const QList<QJsonObject> notes = ofEntity(changes, u"note"_s);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first()[u"row"_s][u"body"_s].toString(), u"Prefers slim fit"_s);
        QCOMPARE(notes.first()[u"row"_s][u"author_name"_s].toString(), u"Staff 1001"_s);
    }

    void gapsAreRefused()
    {
        QCOMPARE(push(u"client-0002"_s, {mutation(1, u"customer.setPreference"_s,
                                                  {{u"customerId"_s, u"C00001"_s},
                                                   {u"key"_s, u"size.top"_s},
                                                   {u"value"_s, u"M"_s}})})
                     .status,
                 200);
        const Reply gap = push(u"client-0002"_s, {mutation(3, u"customer.setPreference"_s,
                                                           {{u"customerId"_s, u"C00001"_s},
                                                            {u"key"_s, u"size.top"_s},
                                                            {u"value"_s, u"L"_s}})});
        QCOMPARE(gap.status, 409);
        QCOMPARE(gap.body.value(u"error"_s).toString(), u"mutation_gap"_s);
        QCOMPARE(gap.body.value(u"expectedId"_s).toInteger(), 2);
        QCOMPARE(Database::scalar(m_server->database(),
                                  u"SELECT value FROM customer_preferences WHERE key = 'size.top'"_s)
                     .toString(),
                 u"M"_s);
    }

    void rejectedMutationsAdvanceAndAreReported()
    {
        const QJsonArray batch{
            mutation(1, u"note.add"_s, {{u"id"_s, u"N-2"_s}, {u"customerId"_s, u"C00001"_s},
                                        {u"body"_s, QString(5000, u'x')}}),
            mutation(2, u"note.add"_s, {{u"id"_s, u"N-3"_s}, {u"customerId"_s, u"C00002"_s},
                                        {u"body"_s, u"Other store's customer"_s}}),
            mutation(3, u"note.add"_s, {{u"id"_s, u"N-4"_s}, {u"customerId"_s, u"C00001"_s},
                                        {u"body"_s, u"By a Barcelona associate"_s}},
                     u"S2"_s),
            mutation(4, u"note.add"_s, {{u"id"_s, u"N-5"_s}, {u"customerId"_s, u"C00001"_s},
                                        {u"body"_s, u"Fine"_s}}),
        };
        const Reply reply = push(u"client-0003"_s, batch);
        QCOMPARE(reply.status, 200);
        const QJsonArray results = reply.body.value(u"results"_s).toArray();
        QCOMPARE(results.size(), 4);
        QCOMPARE(results.at(0)[u"code"_s].toString(), u"invalid"_s);
        QCOMPARE(results.at(1)[u"code"_s].toString(), u"not_allowed"_s);
        QCOMPARE(results.at(2)[u"code"_s].toString(), u"not_allowed"_s);
        QCOMPARE(results.at(3)[u"status"_s].toString(), u"applied"_s);
        QCOMPARE(reply.body.value(u"lastMutationId"_s).toInteger(), 4);
        QCOMPARE(count(u"SELECT COUNT(*) FROM notes"_s), 1);
        // Re-sent: the stored decision comes back.
        const Reply again = push(u"client-0003"_s, {batch.at(0)});
        QCOMPARE(again.body.value(u"results"_s).toArray().at(0)[u"status"_s].toString(),
                 u"rejected"_s);
        // A pull reports the rejections after the id the client says it knows.
        QString cursor;
        Reply last;
        pullAll(u"client-0003"_s, &cursor, 1000, {}, &last);
        QCOMPARE(last.body.value(u"rejected"_s).toArray().size(), 3);
    }

    void phonesAreCheckedAndKeptInE164()
    {
        // From a Madrid tablet: a Spanish number typed nationally, a British one with its code,
        // and numbers that cannot be phone numbers, which change nothing.
        const QJsonArray batch {
            mutation(
                1, u"customer.create"_s,
                {{u"id"_s, u"C-NEW"_s},
                 {u"homeLocationId"_s, u"MAD"_s},
                 {u"fields"_s,
                  QJsonObject {{u"first_name"_s, u"Nora"_s}, {u"phone"_s, u"655 12 34 56"_s}}}}),
            mutation(2, u"customer.update"_s,
                     {{u"id"_s, u"C00001"_s},
                      {u"fields"_s, QJsonObject {{u"phone"_s, u"+44 20 7946 0958"_s}}}}),
            mutation(3, u"customer.update"_s,
                     {{u"id"_s, u"C00003"_s}, {u"fields"_s, QJsonObject {{u"phone"_s, u"12"_s}}}}),
            mutation(4, u"customer.create"_s,
                     {{u"id"_s, u"C-BAD"_s},
                      {u"homeLocationId"_s, u"MAD"_s},
                      {u"fields"_s,
                       QJsonObject {{u"first_name"_s, u"Eva"_s}, {u"phone"_s, u"123 456 789"_s}}}}),
        };
        const Reply reply = push(u"client-0009"_s, batch);
        QCOMPARE(reply.status, 200);
        const QJsonArray results = reply.body.value(u"results"_s).toArray();
        QCOMPARE(results.at(0)[u"status"_s].toString(), u"applied"_s);
        QCOMPARE(results.at(1)[u"status"_s].toString(), u"applied"_s);
        QCOMPARE(results.at(2)[u"code"_s].toString(), u"invalid"_s);
        QVERIFY(!results.at(2)[u"message"_s].toString().isEmpty());
        QCOMPARE(results.at(3)[u"code"_s].toString(), u"invalid"_s);
        const auto e164 = [&](const QString &id) {
            return Database::scalar(m_server->database(),
                                    u"SELECT phone_e164 FROM customers WHERE id = ?"_s, {id})
                .toString();
        };
        QCOMPARE(e164(u"C-NEW"_s), u"+34655123456"_s);
        QCOMPARE(e164(u"C00001"_s), u"+442079460958"_s);
        QCOMPARE(e164(u"C00003"_s), u"+34633445566"_s); // unchanged
        QCOMPARE(count(u"SELECT COUNT(*) FROM customers WHERE id = 'C-BAD'"_s), 0);
        // Tablets receive both forms.
        QString cursor;
        const QList<QJsonObject> customers
            = ofEntity(pullAll(u"client-0009"_s, &cursor, 1000), u"customer"_s);
        bool seen = false;
        for (const QJsonObject &change : customers) {
            if (change[u"row"_s][u"id"_s].toString() != u"C-NEW"_s)
                continue;
            seen = true;
            QCOMPARE(change[u"row"_s][u"phone"_s].toString(), u"655 12 34 56"_s);
            QCOMPARE(change[u"row"_s][u"phone_e164"_s].toString(), u"+34655123456"_s);
            QVERIFY(change[u"row"_s][u"phone_search"_s].toString().contains(u"34655123456"_s));
        }
        QVERIFY(seen);
    }

    void phonesAreReadAgainOnUpgrade()
    {
        // What service migration 9 runs on customers written before numbers were checked, on
        // either database: national numbers read in the home store's country (DUB is Irish).
        const QSqlDatabase db = m_server->database();
        QVERIFY(Database::exec(
            db,
            u"INSERT INTO customers (id, first_name, phone, phone_search, home_location_id)"
            " VALUES ('OLD-IE', 'Aoife', '087 123 4567', '0871234567 871234567', 'DUB'),"
            " ('OLD-ES', 'Lucia', '655 12 34 56', '655123456', 'MAD'),"
            " ('OLD-BAD', 'Pablo', '12345', '12345', 'MAD')"_s));
        QString error;
        QVERIFY2(PhoneNumbers::backfillCustomers(db, &error), qPrintable(error));
        const auto row = [&](const QString &id) {
            return Database::rows(db,
                                  u"SELECT phone, phone_e164, phone_search FROM customers"
                                  " WHERE id = ?"_s,
                                  {id})
                .value(0);
        };
        QCOMPARE(row(u"OLD-IE"_s).value(u"phone_e164"_s).toString(), u"+353871234567"_s);
        QCOMPARE(row(u"OLD-IE"_s).value(u"phone_search"_s).toString(),
                 u"353871234567 871234567 0871234567"_s);
        QCOMPARE(row(u"OLD-ES"_s).value(u"phone_e164"_s).toString(), u"+34655123456"_s);
        QCOMPARE(row(u"OLD-BAD"_s).value(u"phone"_s).toString(), u"12345"_s);
        QCOMPARE(row(u"OLD-BAD"_s).value(u"phone_e164"_s).toString(), QString());
        // The fixture's customers, typed with +34, are unchanged but for E.164.
        QCOMPARE(row(u"C00001"_s).value(u"phone_e164"_s).toString(), u"+34612345678"_s);
        QCOMPARE(row(u"C00001"_s).value(u"phone_search"_s).toString(), u"34612345678 612345678"_s);
    }

    void badInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{\"clientId\": ") << 400 << u"malformed_json"_s;
        QTest::newRow("array") << QByteArray("[1,2]") << 400 << u"malformed_json"_s;
        QTest::newRow("no client") << QByteArray(R"({"mutations": []})") << 400
                                   << u"invalid_request"_s;
        QTest::newRow("mutations not array")
            << QByteArray(R"({"clientId": "client-0004", "mutations": {}})") << 400
            << u"invalid_request"_s;
        QTest::newRow("id not integer")
            << QByteArray(R"({"clientId": "client-0004", "mutations": [{"id": 1.5, "name": "note.add", "args": {}}]})")
            << 400 << u"invalid_request"_s;
        QTest::newRow("args not object")
            << QByteArray(R"({"clientId": "client-0004", "mutations": [{"id": 1, "name": "note.add", "args": "x"}]})")
            << 400 << u"invalid_request"_s;
        QTest::newRow("ids out of order")
            << QByteArray(R"({"clientId": "client-0004", "mutations": [{"id": 2, "name": "note.add", "args": {}}, {"id": 1, "name": "note.add", "args": {}}]})")
            << 400 << u"invalid_request"_s;
        QTest::newRow("unknown mutation")
            << QByteArray(R"({"clientId": "client-0004", "mutations": [{"id": 1, "name": "customer.explode", "args": {}}]})")
            << 400 << u"unknown_mutation"_s;
    }
    void badInputIsRefusedAndChangesNothing()
    {
        // Combined with the backend rows from init_data.
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, error);
        const int before = count(u"SELECT COUNT(*) FROM changes"_s);
        const Reply reply = Client(m_server->url()).send("POST", u"/v1/sync/push"_s, body, m_token);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.body.value(u"error"_s).toString(), error);
        QVERIFY(!reply.body.value(u"message"_s).toString().isEmpty());
        QCOMPARE(count(u"SELECT COUNT(*) FROM changes"_s), before);
        QCOMPARE(count(u"SELECT COUNT(*) FROM clients WHERE last_mutation_id > 0"_s), 0);
    }

    void limitsAnswerWithClearErrors()
    {
        QJsonArray tooMany;
        for (int i = 1; i <= SyncService::maxPushBatch + 1; ++i)
            tooMany << mutation(i, u"note.add"_s, {});
        const Reply batch = push(u"client-0005"_s, tooMany);
        QCOMPARE(batch.status, 413);
        QCOMPARE(batch.body.value(u"error"_s).toString(), u"batch_too_large"_s);
        const QByteArray huge = "{\"clientId\": \"client-0005\", \"pad\": \""
            + QByteArray(int(m_server->config().maxBodyBytes), 'x') + "\"}";
        const Reply body = Client(m_server->url()).send("POST", u"/v1/sync/push"_s, huge, m_token);
        QCOMPARE(body.status, 413);
        QCOMPARE(body.body.value(u"error"_s).toString(), u"body_too_large"_s);
    }

    void pullIsScopedPagedAndResettable()
    {
        QString cursor;
        const QList<QJsonObject> all = pullAll(u"client-0006"_s, &cursor, 2);
        QStringList customers;
        for (const QJsonObject &c : ofEntity(all, u"customer"_s))
            customers << c[u"row"_s][u"id"_s].toString();
        customers.sort();
        QCOMPARE(customers, (QStringList{u"C00001"_s, u"C00003"_s})); // not Barcelona's
        QStringList staff;
        for (const QJsonObject &c : ofEntity(all, u"staff"_s))
            staff << c[u"row"_s][u"staff_number"_s].toString();
        QCOMPARE(staff, QStringList{u"1001"_s});
        QVERIFY(!staff.isEmpty());
        // Stock: own store, the other Spanish store and the warehouse, not Dublin.
        QStringList stock;
        for (const QJsonObject &c : ofEntity(all, u"inventory"_s))
            stock << c[u"row"_s][u"location_id"_s].toString();
        stock.sort();
        QCOMPARE(stock, (QStringList{u"BCN"_s, u"MAD"_s, u"WH1"_s}));
        QCOMPARE(ofEntity(all, u"location"_s).size(), 4);

        // Nothing new: an empty page and the same cursor.
        Reply quiet;
        QString again = cursor;
        QVERIFY(pullAll(u"client-0006"_s, &again, 100, {}, &quiet).isEmpty());
        QCOMPARE(again, cursor);
        QCOMPARE(quiet.body.value(u"reset"_s).toBool(), false);

        // A cursor from another database (or a forged one) answers with a full reset.
        QString foreign = u"00000000-0000-0000-0000-000000000000:3"_s;
        Reply reset;
        const QList<QJsonObject> replay = pullAll(u"client-0006"_s, &foreign, 1000, {}, &reset);
        QVERIFY(replay.size() >= all.size() - 1);
        QString future = cursor.section(u':', 0, 0) + u":999999999"_s;
        Reply futureReply;
        pullAll(u"client-0006"_s, &future, 1000, {}, &futureReply);
        QCOMPARE(futureReply.status, 200);
    }

    void deletionsAndScopeChangesReachDevices()
    {
        QString cursor;
        pullAll(u"client-0007"_s, &cursor);
        // A wishlist item added then removed arrives as a delete.
        QCOMPARE(push(u"client-0007"_s,
                      {mutation(1, u"wishlist.add"_s,
                                {{u"customerId"_s, u"C00001"_s}, {u"sku"_s, u"SKU-1-M"_s}}),
                       mutation(2, u"wishlist.remove"_s,
                                {{u"customerId"_s, u"C00001"_s}, {u"sku"_s, u"SKU-1-M"_s}})})
                     .status,
                 200);
        const QList<QJsonObject> changes = pullAll(u"client-0007"_s, &cursor);
        const QList<QJsonObject> wishlist = ofEntity(changes, u"wishlist_item"_s);
        QCOMPARE(wishlist.size(), 1);
        QCOMPARE(wishlist.first()[u"op"_s].toString(), u"delete"_s);
        QCOMPARE(wishlist.first()[u"key"_s][u"sku"_s].toString(), u"SKU-1-M"_s);
    }

    void webhooksAreIdempotentAndReachTheTimeline()
    {
        const QString integration = m_server->enrol({}, u"integration"_s);
        Client client(m_server->url());
        const QJsonObject order{
            {u"source"_s, u"web"_s},
            {u"externalId"_s, u"WEB-777"_s},
            {u"currency"_s, u"EUR"_s},
            {u"createdAt"_s, 1700000000000LL},
            {u"customer"_s, QJsonObject{{u"email"_s, u"c00001@example.com"_s}}},
            {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"SKU-1-L"_s},
                                                {u"quantity"_s, 2},
                                                {u"unitPriceMinor"_s, 5995}}}}};
        const Reply created = client.post(u"/v1/ingest/orders"_s, order, integration);
        QCOMPARE(created.status, 201);
        const Reply duplicate = client.post(u"/v1/ingest/orders"_s, order, integration);
        QCOMPARE(duplicate.status, 200);
        QCOMPARE(duplicate.body.value(u"duplicate"_s).toBool(), true);
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 1);
        QCOMPARE(count(u"SELECT total_minor FROM orders"_s), 11990);
        // VAT included at 21%: 11990 * 21 / 121 = 2080.9 -> 2081.
        QCOMPARE(count(u"SELECT tax_minor FROM orders"_s), 2081);

        // Carriers: shipped arrives before allocated; the order stays shipped.
        const QString orderId = created.body.value(u"orderId"_s).toString();
        auto status = [&](const char *id, const char *state, qint64 at) {
            return client.post(u"/v1/ingest/order-status"_s,
                               {{u"source"_s, u"seur"_s},
                                {u"externalId"_s, QString::fromLatin1(id)},
                                {u"orderId"_s, orderId},
                                {u"status"_s, QString::fromLatin1(state)},
                                {u"occurredAt"_s, at},
                                {u"carrier"_s, u"SEUR"_s},
                                {u"trackingNumber"_s, u"TRK123"_s}},
                               integration);
        };
        QCOMPARE(status("E2", "shipped", 1700000000000LL + 7200000).status, 200);
        QCOMPARE(status("E1", "allocated", 1700000000000LL + 3600000).status, 200);
        QCOMPARE(status("E1", "allocated", 1700000000000LL + 3600000).body.value(u"duplicate"_s).toBool(),
                 true);
        QCOMPARE(Database::scalar(m_server->database(), u"SELECT status FROM orders"_s).toString(),
                 u"shipped"_s);

        // Browse events, one unknown customer reported, not fatal.
        const Reply events = client.post(
            u"/v1/ingest/events"_s,
            {{u"source"_s, u"web"_s},
             {u"events"_s,
              QJsonArray{QJsonObject{{u"externalId"_s, u"V1"_s},
                                     {u"kind"_s, u"viewed"_s},
                                     {u"occurredAt"_s, 1000},
                                     {u"sku"_s, u"SKU-1-M"_s},
                                     {u"customer"_s, QJsonObject{{u"id"_s, u"C00001"_s}}}},
                         QJsonObject{{u"externalId"_s, u"V2"_s},
                                     {u"kind"_s, u"viewed"_s},
                                     {u"occurredAt"_s, 1000},
                                     {u"customer"_s, QJsonObject{{u"id"_s, u"NOPE"_s}}}}}}},
            integration);
        QCOMPARE(events.status, 200);
        QCOMPARE(events.body.value(u"accepted"_s).toInt(), 1);
        QCOMPARE(events.body.value(u"unknownCustomerOrProduct"_s).toArray().size(), 1);

        // The store's tablet sees the order, its line, the status history and the events.
        QString cursor;
        const QList<QJsonObject> changes = pullAll(u"client-0008"_s, &cursor);
        QCOMPARE(ofEntity(changes, u"order"_s).size(), 1);
        QCOMPARE(ofEntity(changes, u"order"_s).first()[u"row"_s][u"status"_s].toString(),
                 u"shipped"_s);
        QCOMPARE(ofEntity(changes, u"order_line"_s).size(), 1);
        // placed, the allocation outcome (no stock of SKU-1-L anywhere: needs action), and the
        // two carrier events.
        QCOMPARE(ofEntity(changes, u"order_status"_s).size(), 4);
        QCOMPARE(ofEntity(changes, u"event"_s).size(), 4); // purchased, 2 status, viewed

        // Bad webhooks: clear 400s, nothing stored.
        QCOMPARE(client.post(u"/v1/ingest/orders"_s, {{u"source"_s, u"fax"_s}}, integration).status,
                 400);
        QJsonObject noLines = order;
        noLines.insert(u"externalId"_s, u"WEB-778"_s);
        noLines.insert(u"lines"_s, QJsonArray());
        QCOMPARE(client.post(u"/v1/ingest/orders"_s, noLines, integration).status, 400);
        QJsonObject unknownSku = order;
        unknownSku.insert(u"externalId"_s, u"WEB-779"_s);
        unknownSku.insert(u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, u"NOPE"_s},
                                                             {u"quantity"_s, 1},
                                                             {u"unitPriceMinor"_s, 100}}});
        QCOMPARE(client.post(u"/v1/ingest/orders"_s, unknownSku, integration).status, 422);
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 1);
    }

    void rateLimitPerDevice()
    {
        // Restart on the same database with a tight limit.
        m_server->stop();
        ServerConfig config = m_server->config();
        config.ratePerDevice = 2;
        auto api = std::make_unique<HttpApi>(config);
        const quint16 port = api->listen(QHostAddress::LocalHost, 0);
        Client client(u"http://127.0.0.1:%1"_s.arg(port));
        int limitedCount = 0;
        for (int i = 0; i < 12; ++i) {
            const Reply reply = client.post(u"/v1/sync/pull"_s,
                                            {{u"clientId"_s, u"client-0009"_s}, {u"limit"_s, 1}},
                                            m_token);
            if (reply.status == 429) {
                ++limitedCount;
                QCOMPARE(reply.body.value(u"error"_s).toString(), u"rate_limited"_s);
            }
        }
        QVERIFY(limitedCount > 0);
        api->shutdown(5000);
    }
};

QTEST_MAIN(TestServerApi)
#include "tst_serverapi.moc"
