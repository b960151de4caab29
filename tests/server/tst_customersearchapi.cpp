// SPDX-License-Identifier: MIT
// The chain-wide customer search and the duplicate check over real HTTP, on SQLite and on
// PostgreSQL: names as people type them (accents, case, apostrophes and hyphens, Greek, Turkish,
// Cyrillic, Chinese and Japanese), email, phone and loyalty card, the ranking, bad input, and
// customers written by a tablet's push, by the web shop and by migration 13 found at once.
#include "customersearch.h"
#include "serverfixture.h"
#include "serverschema.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace TestServer;

namespace {

QVariantMap person(const QString &id, const QString &first, const QString &last,
                   const QString &home, const QString &phone = {}, const QString &email = {},
                   const QString &loyalty = {})
{
    const QString region = home == u"DUB"_s ? u"IE"_s : u"ES"_s;
    return {{u"id"_s, id},
            {u"first_name"_s, first},
            {u"last_name"_s, last},
            {u"email"_s, email.isEmpty() ? id.toLower() + u"@example.com"_s : email},
            {u"phone"_s, phone},
            {u"phone_search"_s, phone.isEmpty() ? QString() : PhoneNumbers::searchTokens(phone, region)},
            {u"phone_e164"_s, phone.isEmpty() ? QString() : PhoneNumbers::parse(phone, region).e164},
            {u"loyalty_id"_s, loyalty},
            {u"tier"_s, u"member"_s},
            {u"home_location_id"_s, home},
            {u"created_at"_s, 1700000000000LL}};
}

/** Customers for every rule, beside the fixture's José Muñoz, Laia Puig and Ana García. */
QList<QVariantMap> people()
{
    return {
        person(u"S-OBRIEN"_s, u"Seán"_s, u"O'Brien"_s, u"DUB"_s, u"+353 87 123 4567"_s,
               u"sean.obrien@correo.ie"_s),
        person(u"S-JEANLUC"_s, u"Jean-Luc"_s, u"Picard"_s, QString(), {}, u"jl@example.fr"_s),
        person(u"S-ELENI"_s, u"Ελένη"_s, u"Παπαδοπούλου"_s, u"BCN"_s),
        person(u"S-NIKOS"_s, u"Νικόλαος"_s, u"Σταύρος"_s, u"BCN"_s),
        person(u"S-ISIK"_s, u"Işık"_s, u"Yılmaz"_s, u"MAD"_s),
        person(u"S-IPEK"_s, u"İpek"_s, u"Demir"_s, u"MAD"_s),
        person(u"S-FEDOR"_s, u"Фёдор"_s, u"Иванов"_s, u"MAD"_s),
        person(u"S-WANG1"_s, u"小明"_s, u"王"_s, u"MAD"_s),
        person(u"S-WANG2"_s, QString(), u"王小明"_s, u"BCN"_s),
        person(u"S-SAKURA"_s, u"さくら"_s, u"山田"_s, u"MAD"_s),
        person(u"S-JOSEMU"_s, u"José"_s, u"Mubarak"_s, u"BCN"_s),
        person(u"S-MUJOSE"_s, u"Muriel"_s, u"Josephs"_s, u"DUB"_s),
        person(u"S-LOYAL"_s, u"Pau"_s, u"Serra"_s, u"BCN"_s, {}, {}, u"40000000000010"_s),
        person(u"S-ANAMAIL"_s, u"Zoe"_s, u"Zapata"_s, u"MAD"_s, {}, u"ana@example.com"_s),
        person(u"S-ANAEX"_s, u"Ana"_s, u"Examplez Comas"_s, u"MAD"_s),
    };
}

QStringList idsOf(const Reply &reply)
{
    QStringList ids;
    for (const QJsonValue &customer : reply.body.value(u"customers"_s).toArray())
        ids << customer[u"id"_s].toString();
    return ids;
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

class TestCustomerSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Instance> m_server;
    QString m_tablet; // a Madrid associate's tablet
    qint64 m_nextMutation = 0;
    QString m_oldPgName;

    Reply search(const QString &q, const QString &token, const QString &extra = {})
    {
        return Client(m_server->url())
            .get(u"/v1/customers/search?q="_s + encoded(q) + extra, token);
    }
    Reply search(const QString &q) { return search(q, m_tablet); }
    Reply duplicates(const QString &query, const QString &token = {})
    {
        return Client(m_server->url())
            .get(u"/v1/customers/duplicates?"_s + query, token.isEmpty() ? m_tablet : token);
    }
    Reply push(const QString &name, const QJsonObject &args)
    {
        const QJsonObject mutation {{u"id"_s, ++m_nextMutation},
                                    {u"name"_s, name},
                                    {u"args"_s, args},
                                    {u"associateId"_s, u"S1"_s}};
        return Client(m_server->url())
            .post(u"/v1/sync/push"_s,
                  {{u"clientId"_s, u"tablet-search-1"_s}, {u"mutations"_s, QJsonArray {mutation}}},
                  m_tablet);
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
        {
            QSqlDatabase db = m_server->database();
            SqlTransaction transaction(db);
            QVERIFY(putRows(db, u"customer"_s, people()));
            QVERIFY(putRows(db, u"address"_s,
                            {{{u"id"_s, u"A-OBRIEN"_s},
                              {u"customer_id"_s, u"S-OBRIEN"_s},
                              {u"line1"_s, u"1 Grafton Street"_s},
                              {u"city"_s, u"Dublin"_s},
                              {u"postcode"_s, u"D02 X285"_s},
                              {u"country"_s, u"IE"_s}}}));
            QVERIFY(transaction.commit());
        }
        m_tablet = m_server->enrol(u"MAD"_s);
        QVERIFY(!m_tablet.isEmpty());
        m_nextMutation = 0;
    }
    void cleanup()
    {
        if (m_server) {
            m_server->stop();
            m_server->dropDatabase();
            m_server.reset();
        }
        if (!m_oldPgName.isEmpty()) {
            {
                QString error;
                QSqlDatabase admin = Database::openPostgres(
                    qEnvironmentVariable("CLIENTELING_TEST_PG_URL"), u"pg-admin"_s, &error);
                Database::exec(admin,
                               u"DROP DATABASE IF EXISTS "_s + m_oldPgName + u" WITH (FORCE)"_s);
            }
            Database::close(u"pg-admin"_s);
            m_oldPgName.clear();
        }
    }

    void findsNamesAsPeopleTypeThem_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("found");
        const QStringList jose {u"C00001"_s};
        QTest::newRow("accent left out") << u"jose munoz"_s << jose;
        QTest::newRow("capitals") << u"JOSÉ MUÑOZ"_s << jose;
        QTest::newRow("surname first") << u"muñoz jo"_s << jose;
        const QStringList sean {u"S-OBRIEN"_s};
        QTest::newRow("apostrophe left out") << u"obrien"_s << sean;
        QTest::newRow("apostrophe typed") << u"o'brien"_s << sean;
        QTest::newRow("apostrophe as space") << u"o brien"_s << sean;
        QTest::newRow("apostrophe name started") << u"obr"_s << sean;
        QTest::newRow("curly apostrophe") << u"O\u2019Brien"_s << sean;
        const QStringList jeanLuc {u"S-JEANLUC"_s};
        QTest::newRow("hyphen left out") << u"jeanluc"_s << jeanLuc;
        QTest::newRow("hyphen typed") << u"jean-luc"_s << jeanLuc;
        QTest::newRow("hyphen as space") << u"jean luc"_s << jeanLuc;
        QTest::newRow("second part") << u"luc"_s << jeanLuc;
        QTest::newRow("greek without accents") << u"ελενη"_s << QStringList {u"S-ELENI"_s};
        QTest::newRow("greek capitals") << u"ΕΛΕΝΗ"_s << QStringList {u"S-ELENI"_s};
        QTest::newRow("greek final sigma as sigma")
            << u"νικολαοσ σταυροσ"_s << QStringList {u"S-NIKOS"_s};
        QTest::newRow("greek final sigma") << u"Σταύρος"_s << QStringList {u"S-NIKOS"_s};
        const QStringList isik {u"S-ISIK"_s};
        QTest::newRow("turkish dotless i as i") << u"isik"_s << isik;
        QTest::newRow("turkish capitals") << u"IŞIK"_s << isik;
        QTest::newRow("turkish as written") << u"ışık yılmaz"_s << isik;
        QTest::newRow("turkish dotted capital") << u"ipek"_s << QStringList {u"S-IPEK"_s};
        QTest::newRow("turkish dotted capital typed") << u"İPEK"_s << QStringList {u"S-IPEK"_s};
        QTest::newRow("ipek in capitals") << u"IPEK"_s << QStringList {u"S-IPEK"_s};
        QTest::newRow("cyrillic yo as ye") << u"федор"_s << QStringList {u"S-FEDOR"_s};
        QTest::newRow("cyrillic capitals") << u"ФЁДОР ИВАНОВ"_s << QStringList {u"S-FEDOR"_s};
        const QStringList wang {u"S-WANG1"_s, u"S-WANG2"_s};
        QTest::newRow("chinese without spaces") << u"王小明"_s << wang;
        QTest::newRow("chinese given name") << u"小明"_s << wang;
        QTest::newRow("chinese surname alone") << u"王"_s << wang;
        QTest::newRow("japanese") << u"山田さくら"_s << QStringList {u"S-SAKURA"_s};
        QTest::newRow("japanese given name") << u"さくら"_s << QStringList {u"S-SAKURA"_s};
        QTest::newRow("online-only customer") << u"picard"_s << jeanLuc;
        QTest::newRow("nobody") << u"zzqx"_s << QStringList();
        QTest::newRow("one word known, one not") << u"jose zzqx"_s << QStringList();
    }
    void findsNamesAsPeopleTypeThem()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, found);
        const Reply reply = search(typed);
        QCOMPARE(reply.status, 200);
        QStringList ids = idsOf(reply);
        ids.sort();
        found.sort();
        QCOMPARE(ids, found);
    }

    void findsEmailPhoneAndCard_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("first");
        QTest::newRow("email") << u"C00003@Example.com"_s << u"C00003"_s;
        QTest::newRow("email started") << u"sean.obr"_s << u"S-OBRIEN"_s;
        QTest::newRow("phone as dialled") << u"612 34 56 78"_s << u"C00001"_s;
        QTest::newRow("phone international") << u"+34 612 345 678"_s << u"C00001"_s;
        QTest::newRow("phone with 0034") << u"0034612345678"_s << u"C00001"_s;
        QTest::newRow("phone started") << u"622 11"_s << u"C00002"_s;
        QTest::newRow("irish phone with trunk 0") << u"087 123 4567"_s << u"S-OBRIEN"_s;
        QTest::newRow("loyalty card") << u"4000000000002"_s << u"C00002"_s;
    }
    void findsEmailPhoneAndCard()
    {
        QFETCH(QString, typed);
        QFETCH(QString, first);
        const Reply reply = search(typed);
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply).value(0), first);
    }

    void ranking_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("order");
        // The full name starting as typed, in name order, then every word the start of a
        // name word.
        QTest::newRow("name started")
            << u"jose mu"_s << QStringList {u"S-JOSEMU"_s, u"C00001"_s, u"S-MUJOSE"_s};
        // The card exactly, then cards starting so.
        QTest::newRow("card exactly first")
            << u"4000000000001"_s << QStringList {u"C00001"_s, u"S-LOYAL"_s};
        // The address exactly, then names holding the words.
        QTest::newRow("email exactly first")
            << u"ana@example.com"_s << QStringList {u"S-ANAMAIL"_s, u"S-ANAEX"_s};
    }
    void ranking()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, order);
        const Reply reply = search(typed);
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply), order);
    }

    void answersWhatTheLineShowsAndNothingMore()
    {
        Reply reply = search(u"jose munoz"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body.value(u"customers"_s).toArray().size(), 1);
        const QJsonObject jose = reply.body[u"customers"_s][0].toObject();
        QCOMPARE(jose.keys(),
                 (QStringList {u"firstName"_s, u"homeLocationId"_s, u"homeLocationName"_s,
                               u"id"_s, u"lastName"_s, u"tier"_s}));
        QCOMPARE(jose[u"firstName"_s].toString(), u"José"_s);
        QCOMPARE(jose[u"homeLocationName"_s].toString(), u"Madrid Serrano"_s);
        QVERIFY(!reply.raw.contains("example.com"));
        QVERIFY(!reply.raw.contains("612"));

        // A customer of the web shop only: no home store.
        reply = search(u"jean luc"_s);
        const QJsonObject jeanLuc = reply.body[u"customers"_s][0].toObject();
        QCOMPARE(jeanLuc[u"homeLocationId"_s].toString(), QString());
        QCOMPARE(jeanLuc[u"homeLocationName"_s].toString(), QString());
        QCOMPARE(jeanLuc[u"homeLocationId"_s].type(), QJsonValue::String);
    }

    void limit()
    {
        Reply reply = search(u"jose mu"_s, m_tablet, u"&limit=2"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply), (QStringList {u"S-JOSEMU"_s, u"C00001"_s}));
        reply = search(u"jose mu"_s, m_tablet, u"&limit=50"_s);
        QCOMPARE(idsOf(reply).size(), 3);
        for (const char *bad : {"0", "51", "-1", "1.5", "abc", "", "2x", "99999999999"}) {
            reply = search(u"jose"_s, m_tablet, u"&limit="_s + QString::fromLatin1(bad));
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.body[u"error"_s].toString(), u"invalid_request"_s);
        }
    }

    void onlyAssociates()
    {
        QCOMPARE(search(u"jose"_s, QString()).status, 401);
        QCOMPARE(search(u"jose"_s, u"not-a-token"_s).status, 401);
        const QString kiosk = m_server->enrol(u"MAD"_s, u"kiosk"_s);
        QVERIFY(!kiosk.isEmpty());
        Reply reply = search(u"jose"_s, kiosk);
        QCOMPARE(reply.status, 403);
        QVERIFY(!reply.raw.contains("Muñoz"));
        QCOMPARE(duplicates(u"email=c00001%40example.com"_s, kiosk).status, 403);
        const QString integration = m_server->enrol({}, u"integration"_s);
        QCOMPARE(search(u"jose"_s, integration).status, 403);
    }

    void tooLittleOrOnlySyntaxIsAnEmptyAnswer_data()
    {
        QTest::addColumn<QString>("typed");
        for (const char *text :
             {"", "   ", "j", "J", "é", "7", "+", "\"", "*", "\"*\"", "NEAR(", "NEAR(\"a\" \"b\")",
              "%", "_", "%_%", "\\", "' OR 1=1 --", "\"jose\" OR", "(((", ")", "-", "--", ":", "^"})
            QTest::newRow(*text ? text : "empty") << QString::fromUtf8(text);
        QTest::newRow("nul") << QString(QChar(0));
        QTest::newRow("control characters") << u"\x01\x02\x1f"_s;
        QTest::newRow("broken surrogate") << QString(QChar(0xd800));
    }
    void tooLittleOrOnlySyntaxIsAnEmptyAnswer()
    {
        QFETCH(QString, typed);
        const Reply reply = search(typed);
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply), QStringList());
    }

    void oddTextNeverFails()
    {
        // Punctuation and controls around a name are left aside, never an error.
        for (const QString &typed : QStringList {QString(QChar(0)) + u"jose munoz"_s, u"jose\tmunoz\n"_s,
                                     u"jose* munoz*"_s, u"\"jose munoz\""_s}) {
            const Reply reply = search(typed);
            QCOMPARE(reply.status, 200);
            QCOMPARE(idsOf(reply), QStringList {u"C00001"_s});
        }
        // 200 characters are searched, 201 refused.
        QCOMPARE(search(QString(200, u'a')).status, 200);
        QCOMPARE(search(QString(100, u'王')).status, 200);
        Reply reply = search(QString(201, u'a'));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.body[u"error"_s].toString(), u"invalid_request"_s);
        QVERIFY(!reply.body[u"message"_s].toString().isEmpty());
        QCOMPARE(search(u"a b c d e f g h i j k l m n o p q r s t u v w x y z"_s).status, 200);
    }

    void customersWrittenAnyWayAreFoundAtOnce()
    {
        // Registered on a tablet (a sync push) ...
        Reply reply = push(u"customer.create"_s,
                           {{u"id"_s, u"c-nuria"_s},
                            {u"homeLocationId"_s, u"MAD"_s},
                            {u"fields"_s,
                             QJsonObject {{u"first_name"_s, u"Núria"_s},
                                          {u"last_name"_s, u"Vidal-Ferrer"_s},
                                          {u"email"_s, u"nuria.vidal@example.com"_s},
                                          {u"phone"_s, u"699 88 77 66"_s}}}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body[u"results"_s][0][u"status"_s].toString(), u"applied"_s);
        QCOMPARE(idsOf(search(u"nuria vidalferrer"_s)), QStringList {u"c-nuria"_s});
        QCOMPARE(idsOf(search(u"699887766"_s)), QStringList {u"c-nuria"_s});

        // ... and by the web shop (ingestion).
        const QString integration = m_server->enrol({}, u"integration"_s);
        reply = Client(m_server->url())
                    .post(u"/v1/ingest/customers"_s,
                          {{u"source"_s, u"web"_s},
                           {u"customers"_s,
                            QJsonArray {QJsonObject {{u"externalId"_s, u"WEB-ACC-9"_s},
                                                     {u"updatedAt"_s, 1764064800000LL},
                                                     {u"firstName"_s, u"Lucía"_s},
                                                     {u"lastName"_s, u"Gómez"_s},
                                                     {u"email"_s, u"lucia.gomez@example.com"_s}}}}},
                          integration);
        QCOMPARE(reply.status, 200);
        const QString lucia = reply.body[u"results"_s][0][u"customerId"_s].toString();
        QVERIFY(!lucia.isEmpty());
        reply = search(u"lucia go"_s);
        QCOMPARE(idsOf(reply), QStringList {lucia});
        QCOMPARE(reply.body[u"customers"_s][0][u"homeLocationId"_s].toString(), QString());

        // A new name is found, the old one no longer.
        reply = push(u"customer.update"_s,
                     {{u"id"_s, u"c-nuria"_s},
                      {u"fields"_s, QJsonObject {{u"last_name"_s, u"Soler"_s}}}});
        QCOMPARE(reply.body[u"results"_s][0][u"status"_s].toString(), u"applied"_s);
        QCOMPARE(idsOf(search(u"nuria soler"_s)), QStringList {u"c-nuria"_s});
        QCOMPARE(idsOf(search(u"vidal"_s)), QStringList());
        QCOMPARE(idsOf(search(u"ferrer"_s)), QStringList());
        // Its email and phone still find it.
        QCOMPARE(idsOf(search(u"nuria.vidal@example.com"_s)), QStringList {u"c-nuria"_s});
    }

    void duplicatesOfANewCustomer()
    {
        // The same email in another spelling.
        Reply reply = duplicates(u"email="_s + encoded(u" C00001@EXAMPLE.com"_s));
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply), QStringList {u"C00001"_s});
        QCOMPARE(reply.body[u"customers"_s][0][u"matchedOn"_s].toString(), u"email"_s);
        QVERIFY(!reply.raw.contains("example.com"));

        // A national number, read in the tablet's country (Spain).
        reply = duplicates(u"phone="_s + encoded(u"612 34 56 78"_s));
        QCOMPARE(idsOf(reply), QStringList {u"C00001"_s});
        QCOMPARE(reply.body[u"customers"_s][0][u"matchedOn"_s].toString(), u"phone"_s);
        // The start of a number is not the same number.
        QCOMPARE(idsOf(duplicates(u"phone=612"_s)), QStringList());

        // The same name, folded, and an address with the postcode (spaces aside).
        reply = duplicates(u"firstName=sean&lastName="_s + encoded(u"OBRIEN"_s)
                           + u"&postcode=d02x285"_s);
        QCOMPARE(idsOf(reply), QStringList {u"S-OBRIEN"_s});
        QCOMPARE(reply.body[u"customers"_s][0][u"matchedOn"_s].toString(), u"name_postcode"_s);
        QCOMPARE(idsOf(duplicates(u"firstName=sean&lastName=obrien&postcode=D02%20X286"_s)),
                 QStringList());
        QCOMPARE(idsOf(duplicates(u"firstName=sean&lastName=obrien"_s)), QStringList());

        // One match per customer, the first reason it matched on.
        reply = duplicates(u"email=c00001%40example.com&phone=%2B34612345678"_s);
        QCOMPARE(idsOf(reply), QStringList {u"C00001"_s});
        QCOMPARE(reply.body[u"customers"_s][0][u"matchedOn"_s].toString(), u"email"_s);

        QCOMPARE(idsOf(duplicates(QString())), QStringList());
        reply = duplicates(u"email="_s + QString(201, u'a'));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.body[u"error"_s].toString(), u"invalid_request"_s);
        QCOMPARE(duplicates(u"phone=%00%01"_s).status, 200);
    }

    void migrationIndexesTheCustomersAlreadyThere()
    {
        // A service from before migration 13 with customers of its own.
        QFETCH_GLOBAL(QString, backend);
        QTemporaryDir dir;
        int target = 0;
        for (const Migration &migration : ServerSchema::migrations(SqlDialect::Sqlite)) {
            if (migration.description.contains(u"customer search over the whole chain"_s))
                break;
            target = migration.version;
        }
        QCOMPARE(target, 12);
        QString database = dir.filePath(u"old.db"_s);
        QString error;
        if (backend == u"postgres"_s) {
            const QString adminUrl = qEnvironmentVariable("CLIENTELING_TEST_PG_URL");
            m_oldPgName = u"t_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
            {
                QSqlDatabase admin = Database::openPostgres(adminUrl, u"pg-admin"_s, &error);
                QVERIFY(Database::exec(admin, u"CREATE DATABASE "_s + m_oldPgName));
            }
            Database::close(u"pg-admin"_s);
            database = adminUrl.left(adminUrl.lastIndexOf(u'/') + 1) + m_oldPgName;
        }
        {
            QSqlDatabase db = ServerDatabase::isPostgres(database)
                ? Database::openPostgres(database, u"old-service"_s, &error)
                : Database::openSqlite(database, u"old-service"_s, &error);
            QVERIFY2(db.isOpen(), qPrintable(error));
            QVERIFY2(Database::migrateTo(db, ServerSchema::migrations(Database::dialectOf(db)),
                                         target, &error),
                     qPrintable(error));
            QVERIFY(Database::exec(db, u"INSERT INTO customers (id, first_name, last_name, email,"
                                       " loyalty_id) VALUES ('old-1', 'Işık', 'O''Neill',"
                                       " 'isik@example.com', '777000111')"_s));
        }
        Database::close(u"old-service"_s);
        // Opened by this version: migrated, and the customer is found.
        {
            QSqlDatabase db = ServerDatabase::open(database, u"old-service"_s, &error);
            QVERIFY2(db.isOpen(), qPrintable(error));
            QCOMPARE(Database::scalar(db, u"SELECT COUNT(*) FROM customer_search_words WHERE"
                                          " customer_id = 'old-1' AND word = 'n:oneil'"_s)
                         .toInt(),
                     1);
            QCOMPARE(Database::scalar(db, u"SELECT name_key FROM customer_search_keys WHERE"
                                          " customer_id = 'old-1'"_s)
                         .toString(),
                     u"isik oneill"_s);
            ServiceReply reply = CustomerSearch::search(db, QUrlQuery(u"q=isik%20o'neill"_s));
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.body[u"customers"_s][0][u"id"_s].toString(), u"old-1"_s);
            reply = CustomerSearch::search(db, QUrlQuery(u"q=777000"_s));
            QCOMPARE(reply.body[u"customers"_s][0][u"id"_s].toString(), u"old-1"_s);
        }
        Database::close(u"old-service"_s);
    }
};

QTEST_GUILESS_MAIN(TestCustomerSearch)
#include "tst_customersearchapi.moc"
