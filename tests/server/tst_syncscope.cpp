// SPDX-License-Identifier: MIT
// What a device may read and what it may do in whose name: a kiosk's allow-list, gift cards
// kept on the service, client ids bound to the device that first used them, staff locked after
// wrong PINs, and cursors that name writes a restored database lost. Real HTTP, on SQLite and
// PostgreSQL.
#include "backupfixture.h"
#include "serverfixture.h"
#include "stockfixture.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace TestServer;

class TestSyncScope : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Instance> m_server;
    QString m_token; // a MAD associate tablet

    static QJsonObject mutation(qint64 id, const QString &name, const QJsonObject &args,
                                const QString &associate = u"S1"_s)
    {
        QJsonObject m {{u"id"_s, id}, {u"name"_s, name}, {u"args"_s, args}};
        if (!associate.isEmpty())
            m.insert(u"associateId"_s, associate);
        return m;
    }
    static QJsonObject note(qint64 id, const QString &noteId, const QString &associate = u"S1"_s)
    {
        return mutation(id, u"note.add"_s,
                        {{u"id"_s, noteId}, {u"customerId"_s, u"C00001"_s}, {u"body"_s, noteId}},
                        associate);
    }
    Reply push(const QString &clientId, const QJsonArray &mutations, const QString &token)
    {
        return Client(m_server->url())
            .post(u"/v1/sync/push"_s, {{u"clientId"_s, clientId}, {u"mutations"_s, mutations}},
                  token);
    }
    Reply pull(const QString &clientId, const QString &cursor, const QString &token)
    {
        QJsonObject request {{u"clientId"_s, clientId}, {u"limit"_s, 5000}};
        if (!cursor.isEmpty())
            request.insert(u"cursor"_s, cursor);
        return Client(m_server->url()).post(u"/v1/sync/pull"_s, request, token);
    }
    /** Every change from the cursor on (one page: the test data is small). */
    QList<QJsonObject> changes(const Reply &reply)
    {
        QList<QJsonObject> list;
        for (const QJsonValue &change : reply.body.value(u"changes"_s).toArray())
            list << change.toObject();
        return list;
    }
    static QSet<QString> entitiesOf(const QList<QJsonObject> &changes)
    {
        QSet<QString> names;
        for (const QJsonObject &change : changes)
            names.insert(change.value(u"entity"_s).toString());
        return names;
    }
    static QJsonObject result(const Reply &reply, int index = 0)
    {
        return reply.body.value(u"results"_s).toArray().at(index).toObject();
    }
    QVariant value(const QString &sql, const QVariantList &values = {})
    {
        return Database::scalar(m_server->database(), sql, values);
    }
    /** Enrols with a new code, sending previousToken when given; the whole answer. */
    Reply enrolAgain(const QString &previousToken)
    {
        QString error;
        const auto code = Devices(m_server->database())
                              .createEnrolmentCode(u"MAD"_s, u"associate"_s, u"t"_s, 60000, &error);
        QJsonObject request {{u"code"_s, code.value_or(QString())}, {u"name"_s, u"again"_s}};
        if (!previousToken.isEmpty())
            request.insert(u"previousToken"_s, previousToken);
        return Client(m_server->url()).post(u"/v1/devices/enrol"_s, request);
    }
    bool seedPersonalAndMoneyRows()
    {
        const QString salt = u"00112233445566778899aabbccddeeff"_s;
        return StockTest::seedDeliveryOptions(m_server->database())
            && putRows(m_server->database(), u"gift_card"_s,
                       {{{u"id"_s, QString(64, u'a')},
                         {u"last4"_s, u"0009"_s},
                         {u"balance_minor"_s, 10000},
                         {u"currency"_s, u"EUR"_s},
                         {u"status"_s, u"active"_s}}})
            && putRows(m_server->database(), u"staff"_s,
                       {{{u"id"_s, u"S3"_s},
                         {u"location_id"_s, u"MAD"_s},
                         {u"staff_number"_s, u"1009"_s},
                         {u"display_name"_s, u"Manager 1009"_s},
                         {u"role"_s, u"manager"_s},
                         {u"pin_salt"_s, salt},
                         {u"pin_hash"_s, PinHash::hash(u"246810"_s, PinHash::fastCostForTests)},
                         {u"pin_iterations"_s, 1000}}});
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
        QVERIFY(seedPersonalAndMoneyRows());
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

    void kioskReadsTheCatalogueOnly()
    {
        const QString kiosk = m_server->enrol(u"MAD"_s, u"kiosk"_s);
        QVERIFY(!kiosk.isEmpty());
        const Reply first = pull(u"kiosk-0001"_s, {}, kiosk);
        QCOMPARE(first.status, 200);
        QVERIFY(!first.body.value(u"hasMore"_s).toBool());
        const QSet<QString> seen = entitiesOf(changes(first));
        // What a kiosk shows: the catalogue with prices, stock, the stores, delivery options.
        for (const QString &entity :
             {u"location"_s, u"style"_s, u"product"_s, u"inventory"_s, u"delivery_option"_s})
            QVERIFY2(seen.contains(entity), qPrintable(entity));
        // Nothing else: no staff (PIN hashes), customers or gift cards (balances).
        const QSet<QString> allowed {u"location"_s, u"style"_s, u"product"_s, u"inventory"_s,
                                     u"delivery_option"_s};
        QVERIFY2((seen - allowed).isEmpty(),
                 qPrintable(QStringList((seen - allowed).values()).join(u", "_s)));

        // Changes made later reach it only when they are in its list.
        const Reply push1 = push(u"tablet-0001"_s, {note(1, u"N-kiosk"_s)}, m_token);
        QCOMPARE(result(push1)[u"status"_s].toString(), u"applied"_s);
        QVERIFY(putRows(m_server->database(), u"product"_s,
                        {{{u"sku"_s, u"SKU-1-M"_s}, {u"price_minor"_s, 4995}}}));
        const Reply next = pull(u"kiosk-0001"_s, first.body[u"cursor"_s].toString(), kiosk);
        QCOMPARE(entitiesOf(changes(next)), QSet<QString> {u"product"_s});

        // A kiosk signs nobody in, so it cannot lock anyone either.
        const Reply lock = push(
            u"kiosk-0001"_s, {mutation(1, u"staff.lock"_s, {{u"staffId"_s, u"S1"_s}}, {})}, kiosk);
        QCOMPARE(lock.status, 200);
        QCOMPARE(result(lock)[u"code"_s].toString(), u"not_allowed"_s);
        QCOMPARE(value(u"SELECT locked_at FROM staff WHERE id = 'S1'"_s).toLongLong(), 0);
    }

    void giftCardsStayOnTheService()
    {
        const Reply all = pull(u"tablet-0001"_s, {}, m_token);
        QCOMPARE(all.status, 200);
        QVERIFY(entitiesOf(changes(all)).contains(u"customer"_s));
        QVERIFY(!entitiesOf(changes(all)).contains(u"gift_card"_s));
        // A balance that moves does not reach tablets either; the checkout asks for it.
        const QString number = u"6039000000000042"_s;
        QVERIFY(putRows(m_server->database(), u"gift_card"_s,
                        {{{u"id"_s, m_server->giftCardId(number)},
                          {u"last4"_s, u"0042"_s},
                          {u"balance_minor"_s, 2500},
                          {u"currency"_s, u"EUR"_s},
                          {u"status"_s, u"active"_s}}}));
        const Reply next = pull(u"tablet-0001"_s, all.body[u"cursor"_s].toString(), m_token);
        QVERIFY(changes(next).isEmpty());
        const Reply balance = Client(m_server->url())
                                  .post(u"/v1/giftcards/lookup"_s, {{u"number"_s, number}},
                                        m_token);
        QCOMPARE(balance.status, 200);
        QCOMPARE(balance.body[u"balanceMinor"_s].toInteger(), 2500);
    }

    void clientIdIsBoundToItsDevice()
    {
        const QString client = u"tablet-aaaa-0001"_s;
        QCOMPARE(result(push(client, {note(1, u"N-1"_s)}, m_token))[u"status"_s].toString(),
                 u"applied"_s);
        const QString owner
            = value(u"SELECT device_id FROM clients WHERE client_id = ?"_s, {client}).toString();
        QVERIFY(!owner.isEmpty());

        // Another tablet of the same store, and one of another store, using that client id.
        for (const QString &location : {u"MAD"_s, u"BCN"_s}) {
            const QString other = m_server->enrol(location);
            const QString associate = location == u"MAD"_s ? u"S1"_s : u"S2"_s;
            // Its changes are refused, not answered "applied" and dropped.
            const Reply taken = push(
                client, {note(1, u"N-taken"_s, associate), note(2, u"N-taken-2"_s, associate)},
                other);
            QCOMPARE(taken.status, 403);
            QCOMPARE(taken.body[u"error"_s].toString(), u"forbidden"_s);
            QVERIFY(!taken.body.contains(u"lastMutationId"_s));
            // Nor may it read the client's state, with an empty push or a pull.
            const Reply empty = push(client, {}, other);
            QCOMPARE(empty.status, 403);
            QVERIFY(!empty.body.contains(u"lastMutationId"_s));
            const Reply read = pull(client, {}, other);
            QCOMPARE(read.status, 403);
            QVERIFY(!read.body.contains(u"changes"_s));
            QVERIFY(!read.body.contains(u"lastMutationId"_s));
        }
        QCOMPARE(value(u"SELECT COUNT(*) FROM notes WHERE id LIKE 'N-taken%'"_s).toInt(), 0);
        QCOMPARE(value(u"SELECT device_id FROM clients WHERE client_id = ?"_s, {client}).toString(),
                 owner);
        QCOMPARE(value(u"SELECT last_mutation_id FROM clients WHERE client_id = ?"_s, {client})
                     .toLongLong(),
                 1);

        // The owner goes on as before.
        const Reply next = push(client, {note(2, u"N-2"_s)}, m_token);
        QCOMPARE(next.status, 200);
        QCOMPARE(result(next)[u"status"_s].toString(), u"applied"_s);
        QCOMPARE(value(u"SELECT COUNT(*) FROM notes WHERE id = 'N-2'"_s).toInt(), 1);
        const Reply mine = pull(client, {}, m_token);
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.body[u"lastMutationId"_s].toInteger(), 2);

        // A pull binds a client id that no device has used yet: nobody else pushes under it.
        const QString fresh = u"tablet-bbbb-0001"_s;
        QCOMPARE(pull(fresh, {}, m_token).status, 200);
        QCOMPARE(push(fresh, {note(1, u"N-fresh"_s)}, m_server->enrol(u"MAD"_s)).status, 403);
    }

    void reEnrolmentMovesClientsOnlyWithProof()
    {
        const QString client = u"tablet-cccc-0001"_s;
        QCOMPARE(push(client, {note(1, u"N-1"_s)}, m_token).status, 200);

        // The same tablet enrolled again: its old token proves it.
        const Reply again = enrolAgain(m_token);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body[u"previousDevice"_s].toBool(), true);
        const QString token = again.body[u"token"_s].toString();
        QCOMPARE(value(u"SELECT device_id FROM clients WHERE client_id = ?"_s, {client}).toString(),
                 again.body[u"deviceId"_s].toString());
        const Reply next = push(client, {note(2, u"N-2"_s)}, token);
        QCOMPARE(next.status, 200);
        QCOMPARE(next.body[u"lastMutationId"_s].toInteger(), 2);
        // The old enrolment is retired.
        QCOMPARE(pull(client, {}, m_token).status, 401);

        // Without proof (a wrong token, or none) the client stays where it is.
        for (const QString &proof : {u"not-the-token"_s, QString()}) {
            const Reply stranger = enrolAgain(proof);
            QCOMPARE(stranger.status, 200);
            QCOMPARE(stranger.body[u"previousDevice"_s].toBool(), false);
            QCOMPARE(push(client, {note(3, u"N-3"_s)}, stranger.body[u"token"_s].toString()).status,
                     403);
        }
        QCOMPARE(value(u"SELECT COUNT(*) FROM notes WHERE id = 'N-3'"_s).toInt(), 0);

        // A new client of an older database starts after the ids it used before.
        const Reply based = Client(m_server->url())
                                .post(u"/v1/sync/push"_s,
                                      {{u"clientId"_s, u"tablet-cccc-0002"_s},
                                       {u"baseMutationId"_s, 40},
                                       {u"mutations"_s, QJsonArray {note(41, u"N-41"_s)}}},
                                      token);
        QCOMPARE(based.status, 200);
        QCOMPARE(result(based)[u"status"_s].toString(), u"applied"_s);
        QCOMPARE(based.body[u"lastMutationId"_s].toInteger(), 41);
        const Reply badBase = Client(m_server->url())
                                  .post(u"/v1/sync/push"_s,
                                        {{u"clientId"_s, u"tablet-cccc-0003"_s},
                                         {u"baseMutationId"_s, 41},
                                         {u"mutations"_s, QJsonArray {note(41, u"N-x"_s)}}},
                                        token);
        QCOMPARE(badBase.status, 400);
    }

    void lockedStaffAreRefusedEverywhereUntilAManagerUnlocks()
    {
        const QString other = m_server->enrol(u"MAD"_s);
        // Five wrong PINs on the first tablet: it reports the lock (nobody is signed in).
        const Reply lock
            = push(u"tablet-dddd-0001"_s,
                   {mutation(1, u"staff.lock"_s, {{u"staffId"_s, u"S1"_s}}, {})}, m_token);
        QCOMPARE(lock.status, 200);
        QCOMPARE(result(lock)[u"status"_s].toString(), u"applied"_s);
        QVERIFY(value(u"SELECT locked_at FROM staff WHERE id = 'S1'"_s).toLongLong() > 0);

        // From every device, S1's changes are refused with a reason.
        const Reply refused = push(u"tablet-dddd-0002"_s, {note(1, u"N-locked"_s)}, other);
        QCOMPARE(result(refused)[u"status"_s].toString(), u"rejected"_s);
        QCOMPARE(result(refused)[u"code"_s].toString(), u"not_allowed"_s);
        QVERIFY(!result(refused)[u"message"_s].toString().isEmpty());
        QCOMPARE(value(u"SELECT COUNT(*) FROM notes WHERE id = 'N-locked'"_s).toInt(), 0);
        // The lock reaches every tablet of the store.
        bool lockedRowSeen = false;
        for (const QJsonObject &change : changes(pull(u"tablet-dddd-0002"_s, {}, other))) {
            if (change[u"entity"_s].toString() == u"staff"_s
                && change[u"row"_s][u"id"_s].toString() == u"S1"_s)
                lockedRowSeen = change[u"row"_s][u"locked_at"_s].toInteger() > 0;
        }
        QVERIFY(lockedRowSeen);

        // Another store cannot lock or unlock Madrid's staff; an associate cannot unlock.
        const QString barcelona = m_server->enrol(u"BCN"_s);
        const Reply foreign
            = push(u"tablet-dddd-0003"_s,
                   {mutation(1, u"staff.lock"_s, {{u"staffId"_s, u"S3"_s}}, {}),
                    mutation(2, u"staff.unlock"_s, {{u"staffId"_s, u"S1"_s}}, u"S2"_s)},
                   barcelona);
        QCOMPARE(result(foreign, 0)[u"code"_s].toString(), u"not_allowed"_s);
        QCOMPARE(result(foreign, 1)[u"code"_s].toString(), u"not_allowed"_s);
        const Reply byLocked
            = push(u"tablet-dddd-0002"_s,
                   {mutation(2, u"staff.unlock"_s, {{u"staffId"_s, u"S1"_s}}, u"S1"_s)}, other);
        QCOMPARE(result(byLocked)[u"code"_s].toString(), u"not_allowed"_s);
        QVERIFY(value(u"SELECT locked_at FROM staff WHERE id = 'S1'"_s).toLongLong() > 0);

        // The store's manager unlocks; S1's changes go through again.
        const Reply unlock
            = push(u"tablet-dddd-0002"_s,
                   {mutation(3, u"staff.unlock"_s, {{u"staffId"_s, u"S1"_s}}, u"S3"_s),
                    note(4, u"N-unlocked"_s)},
                   other);
        QCOMPARE(result(unlock, 0)[u"status"_s].toString(), u"applied"_s);
        QCOMPARE(result(unlock, 1)[u"status"_s].toString(), u"applied"_s);
        QCOMPARE(value(u"SELECT locked_at FROM staff WHERE id = 'S1'"_s).toLongLong(), 0);
        QCOMPARE(value(u"SELECT COUNT(*) FROM notes WHERE id = 'N-unlocked'"_s).toInt(), 1);
    }

    void cursorsNamingLostWritesStartOver()
    {
        const QString client = u"tablet-eeee-0001"_s;
        QCOMPARE(push(client, {note(1, u"N-1"_s)}, m_token).status, 200);
        const Reply before = pull(client, {}, m_token);
        const QString older = before.body[u"cursor"_s].toString();

        Backup backup(*m_server);
        QVERIFY(backup.take());
        // After the backup: three notes, seen by a cursor newer than the backup.
        QCOMPARE(
            push(client, {note(2, u"N-2"_s), note(3, u"N-3"_s), note(4, u"N-4"_s)}, m_token).status,
            200);
        const Reply after = pull(client, older, m_token);
        QCOMPARE(changes(after).size(), 3);
        const QString newer = after.body[u"cursor"_s].toString();

        QVERIFY(backup.restore());
        // Writes after the restore take the versions the lost notes had, and more.
        const QString writer = u"tablet-eeee-0002"_s;
        QJsonArray batch;
        for (int i = 1; i <= 8; ++i)
            batch << note(i, u"R-%1"_s.arg(i));
        QCOMPARE(push(writer, batch, m_token).status, 200);
        QVERIFY(value(u"SELECT version FROM sync_version WHERE id = 1"_s).toLongLong()
                > newer.section(u':', 1, 1).toLongLong());

        // The newer cursor names writes this database does not hold: start over, never skip.
        const Reply reset = pull(client, newer, m_token);
        QCOMPARE(reset.status, 200);
        QCOMPARE(reset.body[u"reset"_s].toBool(), true);
        QCOMPARE(reset.body[u"lastMutationId"_s].toInteger(), 1); // the client lost 2 to 4
        int restoredNotes = 0;
        for (const QJsonObject &change : changes(reset)) {
            const QString id = change[u"row"_s][u"id"_s].toString();
            const bool isNote = change[u"entity"_s].toString() == u"note"_s;
            QVERIFY2(!isNote || !id.startsWith(u"N-"_s) || id == u"N-1"_s, qPrintable(id));
            restoredNotes += isNote && id.startsWith(u"R-"_s);
        }
        QCOMPARE(restoredNotes, 8);
        // The older cursor is still good: it carries on with what came after it.
        const Reply carryOn = pull(client, older, m_token);
        QCOMPARE(carryOn.body[u"reset"_s].toBool(), false);
        QCOMPARE(changes(carryOn).size(), 8);
        QCOMPARE(entitiesOf(changes(carryOn)), QSet<QString> {u"note"_s});
    }
};

QTEST_MAIN(TestSyncScope)
#include "tst_syncscope.moc"
