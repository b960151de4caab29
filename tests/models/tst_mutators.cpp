// SPDX-License-Identifier: MIT
// The mutators: what every named change does, on the tablet (optimistic, keeping the server's
// rows in sync_shadow) and on the central service (authoritative), and what they refuse.
#include "clientrowstore.h"
#include "mutators.h"
#include "phonenumbers.h"
#include "rowstore.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using TestData::referenceMs;

namespace {

const QString customerId = u"c1"_s;

/** The mutators of customer data, which this suite covers. */
const QStringList customerMutators = {u"cart.addLine"_s,        u"cart.changeQuantity"_s,
                                      u"cart.removeLine"_s,     u"customer.create"_s,
                                      u"customer.setConsent"_s, u"customer.setPreference"_s,
                                      u"customer.update"_s,     u"note.add"_s,
                                      u"note.edit"_s,           u"wishlist.add"_s,
                                      u"wishlist.remove"_s};
const QString sku = u"SKU-1"_s;

/** The server's row access: records what a concurrent edit overwrote. */
class ServerRowStore : public RowStore
{
public:
    using RowStore::RowStore;
    bool keepOverwritten(const Entity &entity, const QVariantMap &previous) override
    {
        overwritten << qMakePair(entity.name, previous);
        return true;
    }
    QList<QPair<QString, QVariantMap>> overwritten;
};

/** Every row of every table, as text: "nothing was written" means this did not change. */
QString snapshot(const QSqlDatabase &db)
{
    QStringList lines;
    QStringList tables = db.tables();
    tables.sort();
    for (const QString &table : tables) {
        if (table.startsWith(u"customer_search"_s) || table.startsWith(u"sqlite_"_s))
            continue;
        QSqlQuery query(db);
        query.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1, 2"_s);
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            lines << table + u": "_s + values.join(u" | "_s);
        }
    }
    return lines.join(u'\n');
}

QJsonObject withArg(QJsonObject args, const QString &name, const QJsonValue &value)
{
    if (value.isUndefined())
        args.remove(name);
    else
        args.insert(name, value);
    return args;
}

QJsonObject validArgs(const QString &name)
{
    const QJsonObject customer {{u"customerId"_s, customerId}};
    if (name == u"customer.create"_s)
        return {{u"id"_s, u"c-new"_s},
                {u"homeLocationId"_s, u"MAD"_s},
                {u"fields"_s,
                 QJsonObject {{u"first_name"_s, u"Marta"_s},
                              {u"last_name"_s, u"Ruiz"_s},
                              {u"email"_s, u"marta@example.com"_s},
                              {u"phone"_s, u"+34 699 11 22 33"_s}}}};
    if (name == u"customer.update"_s)
        return {{u"id"_s, customerId},
                {u"fields"_s, QJsonObject {{u"email"_s, u"jose.new@example.com"_s}}},
                {u"baseVersion"_s, 1}};
    if (name == u"customer.setPreference"_s)
        return {{u"customerId"_s, customerId}, {u"key"_s, u"size.top"_s}, {u"value"_s, u"M"_s}};
    if (name == u"customer.setConsent"_s)
        return {{u"customerId"_s, customerId},
                {u"kind"_s, u"email"_s},
                {u"granted"_s, true},
                {u"channel"_s, u"store"_s}};
    if (name == u"note.add"_s)
        return {
            {u"id"_s, u"n-new"_s}, {u"customerId"_s, customerId}, {u"body"_s, u"Prefers linen"_s}};
    if (name == u"note.edit"_s)
        return {{u"id"_s, u"n-old"_s}, {u"body"_s, u"Prefers linen and wool"_s}};
    if (name == u"wishlist.add"_s)
        return {{u"customerId"_s, customerId}, {u"sku"_s, sku}};
    if (name == u"wishlist.remove"_s)
        return {{u"customerId"_s, customerId}, {u"sku"_s, u"SKU-2"_s}};
    if (name == u"cart.addLine"_s)
        return {{u"id"_s, u"line-new"_s},
                {u"customerId"_s, customerId},
                {u"sku"_s, sku},
                {u"quantity"_s, 2}};
    if (name == u"cart.changeQuantity"_s)
        return {{u"id"_s, u"line-old"_s}, {u"delta"_s, 1}};
    if (name == u"cart.removeLine"_s)
        return {{u"id"_s, u"line-old"_s}};
    Q_UNUSED(customer);
    return {};
}

} // namespace

class TestMutators : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void names();
    void unknownMutation();

    void validMutationApplies_data();
    void validMutationApplies();
    void invalidArgumentsWriteNothing_data();
    void invalidArgumentsWriteNothing();

    void customerCreate();
    void customerCreateIsIdempotent();
    void customerUpdateChangesSearch();
    void phoneKeptAsTypedAndInE164_data();
    void phoneKeptAsTypedAndInE164();
    void invalidPhoneRefused_data();
    void invalidPhoneRefused();
    void clearingTextIsAllowed_data();
    void clearingTextIsAllowed();
    void noteAddIsIdempotent();
    void noteEdit();
    void preferenceAndConsent();
    void wishlistAddWins();
    void cartDeltasCompose();
    void cartLineDefaults();

    void ordersRefusedOnTheTabletToo_data();
    void ordersRefusedOnTheTabletToo();
    void offlineTabletNeedsNoServerState();

    void authoritativeRejects_data();
    void authoritativeRejects();
    void authoritativeKeepsOverwritten();
    void optimisticKeepsServerRowOnce();

private:
    MutationContext context(bool authoritative) const;

    std::unique_ptr<TestData::LocalStoreFixture> m_fixture;
    QSqlDatabase m_db;
};

void TestMutators::initTestCase()
{
    TestData::initEnvironment();
}

void TestMutators::init()
{
    m_fixture = std::make_unique<TestData::LocalStoreFixture>();
    QVERIFY(m_fixture->isReady());
    m_db = m_fixture->db();
    TestData::Seeder seed(m_db);
    QVERIFY(seed.location(u"MAD"_s, u"Madrid Serrano"_s));
    QVERIFY(seed.styleWithProduct(sku, u"Linen shirt"_s, 5990));
    QVERIFY(seed.styleWithProduct(u"SKU-2"_s, u"Wool coat"_s, 19900));
    QVERIFY(seed.customer(customerId, u"José"_s, u"Muñoz"_s, u"jose@example.com"_s,
                          u"+34 612 34 56 78"_s, u"4000000000017"_s));
    QVERIFY(seed.note(u"n-old"_s, customerId, u"Prefers linen"_s, TestData::minutesFromNow(-60)));
    QVERIFY(seed.cartLine(u"line-old"_s, customerId, sku, 1, TestData::minutesFromNow(-30)));
    QVERIFY(seed.wishlistItem(customerId, u"SKU-2"_s, TestData::minutesFromNow(-90)));
}

void TestMutators::cleanup()
{
    m_db = QSqlDatabase();
    m_fixture.reset();
}

MutationContext TestMutators::context(bool authoritative) const
{
    MutationContext context;
    context.associateId = u"staff-1"_s;
    context.associateName = u"Lucía Gómez"_s;
    context.now = referenceMs();
    context.authoritative = authoritative;
    return context;
}

void TestMutators::names()
{
    // Names are sorted; more mutators (orders, stock) may join the customer ones below.
    const QStringList names = Mutators::names();
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted);
    for (const QString &name : customerMutators) {
        QVERIFY2(names.contains(name), qPrintable(name));
        QVERIFY(Mutators::isKnown(name));
    }
    QVERIFY(!Mutators::isKnown(u"customer.delete"_s));
    QVERIFY(!Mutators::isKnown(QString()));
    // Sizes come first on the customer screen.
    QVERIFY(Mutators::preferenceKeys().first().startsWith(u"size."_s));
    QCOMPARE(Mutators::preferenceKeys().size(), 12);
}

void TestMutators::unknownMutation()
{
    const QString before = snapshot(m_db);
    ClientRowStore rows(m_db, ClientRowStore::Mode::Optimistic);
    for (const QString &name : {u"customer.delete"_s, u"Note.Add"_s, QString(), u"note.add "_s}) {
        const MutationResult result
            = Mutators::apply(rows, name, validArgs(u"note.add"_s), context(false));
        QVERIFY(!result.applied);
        QCOMPARE(result.code, u"unknown_mutation"_s);
        QVERIFY(!result.temporary);
        QVERIFY(!result.message.isEmpty());
    }
    QCOMPARE(snapshot(m_db), before);
}

void TestMutators::validMutationApplies_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("authoritative");
    for (const QString &name : customerMutators) {
        QTest::addRow("%s optimistic", qPrintable(name)) << name << false;
        QTest::addRow("%s authoritative", qPrintable(name)) << name << true;
    }
}

void TestMutators::validMutationApplies()
{
    QFETCH(QString, name);
    QFETCH(bool, authoritative);
    const QString before = snapshot(m_db);
    std::unique_ptr<RowStore> rows;
    if (authoritative)
        rows = std::make_unique<ServerRowStore>(m_db);
    else
        rows = std::make_unique<ClientRowStore>(m_db, ClientRowStore::Mode::Optimistic);
    const MutationResult result
        = Mutators::apply(*rows, name, validArgs(name), context(authoritative));
    QVERIFY2(result.applied, qPrintable(result.code + u": "_s + result.message));
    QVERIFY(result.code.isEmpty());
    QVERIFY(snapshot(m_db) != before);
    // Only the tablet keeps the server's rows aside.
    QCOMPARE(TestData::rowCount(m_db, u"sync_shadow"_s) > 0, !authoritative);
}

void TestMutators::invalidArgumentsWriteNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QJsonObject>("args");

    const QString longId(65, u'x');
    const auto row = [](const char *tag, const QString &name, const QJsonObject &args) {
        QTest::newRow(tag) << name << args;
    };
    const auto change = [](const QString &name, const QString &arg, const QJsonValue &value) {
        return withArg(validArgs(name), arg, value);
    };
    const QJsonValue missing(QJsonValue::Undefined);

    row("note: no id", u"note.add"_s, change(u"note.add"_s, u"id"_s, missing));
    row("note: null id", u"note.add"_s, change(u"note.add"_s, u"id"_s, QJsonValue::Null));
    row("note: numeric id", u"note.add"_s, change(u"note.add"_s, u"id"_s, 42));
    row("note: overlong id", u"note.add"_s, change(u"note.add"_s, u"id"_s, longId));
    row("note: empty id", u"note.add"_s, change(u"note.add"_s, u"id"_s, u""_s));
    row("note: no customer", u"note.add"_s, change(u"note.add"_s, u"customerId"_s, missing));
    row("note: empty body", u"note.add"_s, change(u"note.add"_s, u"body"_s, u""_s));
    row("note: blank body", u"note.add"_s, change(u"note.add"_s, u"body"_s, u" \n\t "_s));
    row("note: overlong body", u"note.add"_s,
        change(u"note.add"_s, u"body"_s, QString(4001, u'a')));
    row("note: body array", u"note.add"_s, change(u"note.add"_s, u"body"_s, QJsonArray {1}));
    row("note: at string", u"note.add"_s, change(u"note.add"_s, u"at"_s, u"yesterday"_s));
    row("note: at negative", u"note.add"_s, change(u"note.add"_s, u"at"_s, -1));
    row("note: at fractional", u"note.add"_s, change(u"note.add"_s, u"at"_s, 1.5));
    row("note: at year 10000", u"note.add"_s,
        change(u"note.add"_s, u"at"_s, double(253402300800000LL)));
    // A tablet's clock may be a little fast, not days: an order dated ahead never expires.
    row("note: at two days ahead", u"note.add"_s,
        change(u"note.add"_s, u"at"_s, double(referenceMs() + 2 * 24 * 3600 * 1000LL)));
    row("note: id with a slash", u"note.add"_s, change(u"note.add"_s, u"id"_s, u"n/purchased"_s));
    row("cart: id with a space", u"cart.addLine"_s,
        change(u"cart.addLine"_s, u"id"_s, u"line new"_s));
    row("create: id with a slash", u"customer.create"_s,
        change(u"customer.create"_s, u"id"_s, u"c/1"_s));

    row("edit: no body", u"note.edit"_s, change(u"note.edit"_s, u"body"_s, missing));
    row("edit: base version text", u"note.edit"_s,
        change(u"note.edit"_s, u"baseVersion"_s, u"1"_s));

    row("create: no fields", u"customer.create"_s,
        change(u"customer.create"_s, u"fields"_s, missing));
    row("create: fields array", u"customer.create"_s,
        change(u"customer.create"_s, u"fields"_s, QJsonArray()));
    row("create: no home", u"customer.create"_s,
        change(u"customer.create"_s, u"homeLocationId"_s, missing));
    row("create: no name", u"customer.create"_s,
        change(u"customer.create"_s, u"fields"_s,
               QJsonObject {{u"email"_s, u"anon@example.com"_s}}));
    row("create: blank name", u"customer.create"_s,
        change(u"customer.create"_s, u"fields"_s,
               QJsonObject {{u"first_name"_s, u"  "_s}, {u"last_name"_s, u""_s}}));
    row("create: tier not editable", u"customer.create"_s,
        change(u"customer.create"_s, u"fields"_s,
               QJsonObject {{u"first_name"_s, u"Marta"_s}, {u"tier"_s, u"platinum"_s}}));
    row("create: bad email", u"customer.create"_s,
        change(u"customer.create"_s, u"fields"_s,
               QJsonObject {{u"first_name"_s, u"Marta"_s}, {u"email"_s, u"marta@"_s}}));
    row("create: bad phone", u"customer.create"_s,
        change(u"customer.create"_s, u"fields"_s,
               QJsonObject {{u"first_name"_s, u"Marta"_s}, {u"phone"_s, u"call me"_s}}));
    row("create: short phone", u"customer.create"_s,
        change(u"customer.create"_s, u"fields"_s,
               QJsonObject {{u"first_name"_s, u"Marta"_s}, {u"phone"_s, u"12345"_s}}));
    row("create: long phone", u"customer.create"_s,
        change(u"customer.create"_s, u"fields"_s,
               QJsonObject {{u"first_name"_s, u"Marta"_s}, {u"phone"_s, u"1234567890123456"_s}}));
    row("create: numeric name", u"customer.create"_s,
        change(u"customer.create"_s, u"fields"_s, QJsonObject {{u"first_name"_s, 7}}));
    row("create: overlong name", u"customer.create"_s,
        change(u"customer.create"_s, u"fields"_s,
               QJsonObject {{u"first_name"_s, QString(101, u'a')}}));

    row("update: bad email", u"customer.update"_s,
        change(u"customer.update"_s, u"fields"_s,
               QJsonObject {{u"email"_s, u"jose at example.com"_s}}));
    row("update: id not editable", u"customer.update"_s,
        change(u"customer.update"_s, u"fields"_s, QJsonObject {{u"id"_s, u"c2"_s}}));
    row("update: points not editable", u"customer.update"_s,
        change(u"customer.update"_s, u"fields"_s, QJsonObject {{u"points"_s, u"100000"_s}}));

    row("preference: unknown key", u"customer.setPreference"_s,
        change(u"customer.setPreference"_s, u"key"_s, u"size.hat"_s));
    row("preference: no key", u"customer.setPreference"_s,
        change(u"customer.setPreference"_s, u"key"_s, missing));
    row("preference: overlong value", u"customer.setPreference"_s,
        change(u"customer.setPreference"_s, u"value"_s, QString(201, u'a')));
    row("preference: numeric value", u"customer.setPreference"_s,
        change(u"customer.setPreference"_s, u"value"_s, 42));

    row("consent: unknown kind", u"customer.setConsent"_s,
        change(u"customer.setConsent"_s, u"kind"_s, u"fax"_s));
    row("consent: granted text", u"customer.setConsent"_s,
        change(u"customer.setConsent"_s, u"granted"_s, u"yes"_s));
    row("consent: granted missing", u"customer.setConsent"_s,
        change(u"customer.setConsent"_s, u"granted"_s, missing));
    row("consent: unknown channel", u"customer.setConsent"_s,
        change(u"customer.setConsent"_s, u"channel"_s, u"shop"_s));

    row("wishlist: no sku", u"wishlist.add"_s, change(u"wishlist.add"_s, u"sku"_s, missing));
    row("wishlist: overlong sku", u"wishlist.add"_s, change(u"wishlist.add"_s, u"sku"_s, longId));
    row("wishlist remove: addedAt text", u"wishlist.remove"_s,
        change(u"wishlist.remove"_s, u"addedAt"_s, u"now"_s));

    row("cart: quantity 0", u"cart.addLine"_s, change(u"cart.addLine"_s, u"quantity"_s, 0));
    row("cart: quantity 100", u"cart.addLine"_s, change(u"cart.addLine"_s, u"quantity"_s, 100));
    row("cart: quantity fractional", u"cart.addLine"_s,
        change(u"cart.addLine"_s, u"quantity"_s, 1.5));
    row("cart: quantity text", u"cart.addLine"_s, change(u"cart.addLine"_s, u"quantity"_s, u"2"_s));
    row("cart: quantity missing", u"cart.addLine"_s,
        change(u"cart.addLine"_s, u"quantity"_s, missing));
    row("cart: unknown fulfilment", u"cart.addLine"_s,
        change(u"cart.addLine"_s, u"fulfilment"_s, u"drone"_s));
    row("cart: overlong source", u"cart.addLine"_s,
        change(u"cart.addLine"_s, u"sourceLocationId"_s, longId));
    row("cart delta: missing", u"cart.changeQuantity"_s,
        change(u"cart.changeQuantity"_s, u"delta"_s, missing));
    row("cart delta: 100", u"cart.changeQuantity"_s,
        change(u"cart.changeQuantity"_s, u"delta"_s, 100));
    row("cart delta: -100", u"cart.changeQuantity"_s,
        change(u"cart.changeQuantity"_s, u"delta"_s, -100));
    row("cart remove: no id", u"cart.removeLine"_s, change(u"cart.removeLine"_s, u"id"_s, missing));
}

void TestMutators::invalidArgumentsWriteNothing()
{
    QFETCH(QString, name);
    QFETCH(QJsonObject, args);
    const QString before = snapshot(m_db);
    for (bool authoritative : {false, true}) {
        SqlTransaction transaction(m_db);
        QVERIFY(transaction.isActive());
        std::unique_ptr<RowStore> rows;
        if (authoritative)
            rows = std::make_unique<ServerRowStore>(m_db);
        else
            rows = std::make_unique<ClientRowStore>(m_db, ClientRowStore::Mode::Optimistic);
        const MutationResult result = Mutators::apply(*rows, name, args, context(authoritative));
        QVERIFY2(!result.applied, QJsonDocument(args).toJson(QJsonDocument::Compact).constData());
        QCOMPARE(result.code, u"invalid"_s);
        QVERIFY(!result.temporary);
        QVERIFY(!result.message.isEmpty());
        // Checked inside the transaction: a rejection writes nothing, not even a shadow row.
        QCOMPARE(snapshot(m_db), before);
    }
}

void TestMutators::customerCreate()
{
    ClientRowStore rows(m_db, ClientRowStore::Mode::Optimistic);
    const QJsonObject args
        = withArg(validArgs(u"customer.create"_s), u"at"_s, double(TestData::minutesFromNow(-5)));
    QVERIFY(Mutators::apply(rows, u"customer.create"_s, args, context(false)).applied);
    const auto created = rows.get(*Entities::byName(u"customer"_s), {{u"id"_s, u"c-new"_s}});
    QVERIFY(created);
    QCOMPARE(created->value(u"first_name"_s).toString(), u"Marta"_s);
    QCOMPARE(created->value(u"last_name"_s).toString(), u"Ruiz"_s);
    QCOMPARE(created->value(u"email"_s).toString(), u"marta@example.com"_s);
    QCOMPARE(created->value(u"phone"_s).toString(), u"+34 699 11 22 33"_s);
    QCOMPARE(created->value(u"phone_search"_s).toString(), u"34699112233 699112233"_s);
    QCOMPARE(created->value(u"home_location_id"_s).toString(), u"MAD"_s);
    QCOMPARE(created->value(u"created_at"_s).toLongLong(), TestData::minutesFromNow(-5));
    QCOMPARE(created->value(u"updated_at"_s).toLongLong(), referenceMs());
    QCOMPARE(created->value(u"version"_s).toLongLong(), 1);
    QCOMPARE(created->value(u"tier"_s).toString(), u"member"_s);
    // Text is stored trimmed.
    QVERIFY(Mutators::apply(rows, u"customer.create"_s,
                            {{u"id"_s, u"c-trim"_s},
                             {u"homeLocationId"_s, u"MAD"_s},
                             {u"fields"_s, QJsonObject {{u"first_name"_s, u"  Ana  "_s}}}},
                            context(false))
                .applied);
    QCOMPARE(rows.get(*Entities::byName(u"customer"_s), {{u"id"_s, u"c-trim"_s}})
                 ->value(u"first_name"_s)
                 .toString(),
             u"Ana"_s);
}

void TestMutators::customerCreateIsIdempotent()
{
    ClientRowStore rows(m_db, ClientRowStore::Mode::Optimistic);
    const QJsonObject args = validArgs(u"customer.create"_s);
    QVERIFY(Mutators::apply(rows, u"customer.create"_s, args, context(false)).applied);
    const QString afterFirst = snapshot(m_db);
    // The same create sent again (a retry after a lost reply) changes nothing, even if its
    // fields differ.
    QJsonObject again = args;
    again.insert(u"fields"_s, QJsonObject {{u"first_name"_s, u"Other"_s}});
    const MutationResult result
        = Mutators::apply(rows, u"customer.create"_s, again, context(false));
    QVERIFY(result.applied);
    QCOMPARE(snapshot(m_db), afterFirst);
    QCOMPARE(TestData::rowCount(m_db, u"customers"_s, u"id = 'c-new'"_s), 1);
}

void TestMutators::customerUpdateChangesSearch()
{
    ClientRowStore rows(m_db, ClientRowStore::Mode::Optimistic);
    const QJsonObject args {
        {u"id"_s, customerId},
        {u"fields"_s,
         QJsonObject {{u"phone"_s, u"+353 87 123 4567"_s}, {u"last_name"_s, u"Muñoz Pérez"_s}}}};
    QVERIFY(Mutators::apply(rows, u"customer.update"_s, args, context(false)).applied);
    const auto updated = rows.get(*Entities::byName(u"customer"_s), {{u"id"_s, customerId}});
    QCOMPARE(updated->value(u"phone_search"_s).toString(), u"353871234567 871234567 0871234567"_s);
    QCOMPARE(updated->value(u"version"_s).toLongLong(), 2);
    QCOMPARE(updated->value(u"first_name"_s).toString(), u"José"_s); // untouched field kept
    QCOMPARE(TestData::rowCount(m_db, u"customer_search"_s,
                                u"customer_search MATCH '{phone} : \"087123\"*'"_s),
             1);
    QCOMPARE(TestData::rowCount(m_db, u"customer_search"_s,
                                u"customer_search MATCH '{phone} : \"612\"*'"_s),
             0);
    QCOMPARE(
        TestData::rowCount(m_db, u"customer_search"_s, u"customer_search MATCH '\"perez\"*'"_s), 1);

    // Updating someone who is not there is refused, on either side.
    const MutationResult missing = Mutators::apply(
        rows, u"customer.update"_s, withArg(args, u"id"_s, u"nobody"_s), context(false));
    QVERIFY(!missing.applied);
    QCOMPARE(missing.code, u"not_found"_s);
}

void TestMutators::phoneKeptAsTypedAndInE164_data()
{
    QTest::addColumn<QString>("store"); // the device's store, whose country reads the number
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("e164");

    QTest::newRow("es national") << u"MAD"_s << u"612 34 56 78"_s << u"+34612345678"_s;
    QTest::newRow("es 00") << u"MAD"_s << u"0034 612-34-56-78"_s << u"+34612345678"_s;
    QTest::newRow("ie national") << u"DUB"_s << u"087 123 4567"_s << u"+353871234567"_s;
    QTest::newRow("foreign in ie") << u"DUB"_s << u"+49 30 1234567"_s << u"+49301234567"_s;
    QTest::newRow("empty clears") << u"MAD"_s << QString() << QString();
}

void TestMutators::phoneKeptAsTypedAndInE164()
{
    QFETCH(QString, store);
    QFETCH(QString, typed);
    QFETCH(QString, e164);
    TestData::Seeder seed(m_db);
    QVERIFY(seed.location(u"DUB"_s, u"Dublin Grafton Street"_s, {{u"country"_s, u"IE"_s}}));
    MutationContext local = context(false);
    local.locationId = store;
    ClientRowStore rows(m_db, ClientRowStore::Mode::Optimistic);
    const MutationResult result = Mutators::apply(
        rows, u"customer.update"_s,
        {{u"id"_s, customerId}, {u"fields"_s, QJsonObject {{u"phone"_s, typed}}}}, local);
    QVERIFY2(result.applied, qPrintable(result.message));
    const auto row = rows.get(*Entities::byName(u"customer"_s), {{u"id"_s, customerId}});
    QCOMPARE(row->value(u"phone"_s).toString(), typed);
    QCOMPARE(row->value(u"phone_e164"_s).toString(), e164);
}

void TestMutators::invalidPhoneRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("phone");

    for (const QString &name : {u"customer.create"_s, u"customer.update"_s}) {
        const QByteArray n = name.toLatin1();
        QTest::addRow("%s too short", n.constData()) << name << u"12"_s;
        QTest::addRow("%s six digits", n.constData()) << name << u"123 456"_s;
        QTest::addRow("%s no such spanish number", n.constData()) << name << u"123 456 789"_s;
        QTest::addRow("%s no such country", n.constData()) << name << u"+999 612 345 678"_s;
        QTest::addRow("%s too long", n.constData()) << name << u"+34 612 345 678 901"_s;
        QTest::addRow("%s letters", n.constData()) << name << u"call me"_s;
    }
}

void TestMutators::invalidPhoneRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, phone);
    MutationContext local = context(true);
    local.locationId = u"MAD"_s;
    QJsonObject args = validArgs(name);
    QJsonObject fields = args.value(u"fields"_s).toObject();
    fields.insert(u"phone"_s, phone);
    args.insert(u"fields"_s, fields);
    const QString before = snapshot(m_db);
    RowStore rows(m_db);
    const MutationResult result = Mutators::apply(rows, name, args, local);
    QVERIFY(!result.applied);
    QCOMPARE(result.code, u"invalid"_s);
    // Refused by the phone check, read in Madrid's numbering plan (not another field's check;
    // how that is worded is PhoneNumbers' business, not this test's), naming the number.
    QCOMPARE(result.message, PhoneNumbers::problem(phone, u"ES"_s));
    QVERIFY2(result.message.contains(phone.trimmed()), qPrintable(result.message));
    QCOMPARE(snapshot(m_db), before);
}

void TestMutators::clearingTextIsAllowed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("where");

    QTest::newRow("clear a preference")
        << u"customer.setPreference"_s
        << QJsonObject {{u"customerId"_s, customerId}, {u"key"_s, u"fit"_s}, {u"value"_s, u""_s}}
        << u"customer_preferences"_s << u"key = 'fit' AND value = ''"_s;
    QTest::newRow("preference without value")
        << u"customer.setPreference"_s
        << QJsonObject {{u"customerId"_s, customerId}, {u"key"_s, u"fit"_s}}
        << u"customer_preferences"_s << u"key = 'fit' AND value = ''"_s;
    QTest::newRow("blank preference")
        << u"customer.setPreference"_s
        << QJsonObject {{u"customerId"_s, customerId}, {u"key"_s, u"fit"_s}, {u"value"_s, u"  "_s}}
        << u"customer_preferences"_s << u"key = 'fit' AND value = ''"_s;
    QTest::newRow("remove the email")
        << u"customer.update"_s
        << QJsonObject {{u"id"_s, customerId}, {u"fields"_s, QJsonObject {{u"email"_s, u""_s}}}}
        << u"customers"_s << u"id = 'c1' AND email = ''"_s;
    QTest::newRow("remove the phone")
        << u"customer.update"_s
        << QJsonObject {{u"id"_s, customerId}, {u"fields"_s, QJsonObject {{u"phone"_s, u""_s}}}}
        << u"customers"_s << u"id = 'c1' AND phone = '' AND phone_search = ''"_s;
    QTest::newRow("cart line without source")
        << u"cart.addLine"_s
        << QJsonObject {{u"id"_s, u"line-2"_s},
                        {u"customerId"_s, customerId},
                        {u"sku"_s, sku},
                        {u"quantity"_s, 1}}
        << u"cart_lines"_s << u"id = 'line-2' AND source_location_id = ''"_s;
}

void TestMutators::clearingTextIsAllowed()
{
    QFETCH(QString, name);
    QFETCH(QJsonObject, args);
    QFETCH(QString, table);
    QFETCH(QString, where);
    for (bool authoritative : {false, true}) {
        SqlTransaction transaction(m_db);
        std::unique_ptr<RowStore> rows;
        if (authoritative)
            rows = std::make_unique<ServerRowStore>(m_db);
        else
            rows = std::make_unique<ClientRowStore>(m_db, ClientRowStore::Mode::Optimistic);
        const MutationResult result = Mutators::apply(*rows, name, args, context(authoritative));
        // An empty text is a value to store, not a reason to retry forever.
        QVERIFY2(result.applied, qPrintable(result.code + u": "_s + result.message));
        QCOMPARE(TestData::rowCount(m_db, table, where), 1);
    }
}

void TestMutators::noteAddIsIdempotent()
{
    ClientRowStore rows(m_db, ClientRowStore::Mode::Optimistic);
    const QJsonObject args
        = withArg(validArgs(u"note.add"_s), u"at"_s, double(TestData::minutesFromNow(-2)));
    QVERIFY(Mutators::apply(rows, u"note.add"_s, args, context(false)).applied);
    QVERIFY(
        Mutators::apply(rows, u"note.add"_s, withArg(args, u"body"_s, u"Changed"_s), context(false))
            .applied);
    QCOMPARE(TestData::rowCount(m_db, u"notes"_s, u"id = 'n-new'"_s), 1);
    const auto note = rows.get(*Entities::byName(u"note"_s), {{u"id"_s, u"n-new"_s}});
    QCOMPARE(note->value(u"body"_s).toString(), u"Prefers linen"_s);
    QCOMPARE(note->value(u"author_id"_s).toString(), u"staff-1"_s);
    QCOMPARE(note->value(u"author_name"_s).toString(), u"Lucía Gómez"_s);
    QCOMPARE(note->value(u"customer_id"_s).toString(), customerId);
    QCOMPARE(note->value(u"created_at"_s).toLongLong(), TestData::minutesFromNow(-2));
    QCOMPARE(note->value(u"version"_s).toLongLong(), 1);
}

void TestMutators::noteEdit()
{
    ServerRowStore rows(m_db);
    QVERIFY(Mutators::apply(rows, u"note.edit"_s,
                            withArg(validArgs(u"note.edit"_s), u"baseVersion"_s, 1), context(true))
                .applied);
    const auto note = rows.get(*Entities::byName(u"note"_s), {{u"id"_s, u"n-old"_s}});
    QCOMPARE(note->value(u"body"_s).toString(), u"Prefers linen and wool"_s);
    QCOMPARE(note->value(u"version"_s).toLongLong(), 2);
    QCOMPARE(note->value(u"author_name"_s).toString(), u"Lucía Gómez"_s); // the original author
    QCOMPARE(note->value(u"created_at"_s).toLongLong(), TestData::minutesFromNow(-60));
    QVERIFY(rows.overwritten.isEmpty()); // based on the current version: nothing overwritten

    const MutationResult missing
        = Mutators::apply(rows, u"note.edit"_s,
                          withArg(validArgs(u"note.edit"_s), u"id"_s, u"n-none"_s), context(true));
    QCOMPARE(missing.code, u"not_found"_s);
}

void TestMutators::preferenceAndConsent()
{
    ClientRowStore rows(m_db, ClientRowStore::Mode::Optimistic);
    const Entity &preference = *Entities::byName(u"preference"_s);
    const QVariantMap key {{u"customer_id"_s, customerId}, {u"key"_s, u"size.top"_s}};
    QVERIFY(Mutators::apply(
                rows, u"customer.setPreference"_s,
                {{u"customerId"_s, customerId}, {u"key"_s, u"size.top"_s}, {u"value"_s, u"  M "_s}},
                context(false))
                .applied);
    QCOMPARE(rows.get(preference, key)->value(u"value"_s).toString(), u"M"_s);
    QCOMPARE(rows.get(preference, key)->value(u"version"_s).toLongLong(), 1);
    QCOMPARE(rows.get(preference, key)->value(u"updated_by"_s).toString(), u"staff-1"_s);
    QVERIFY(Mutators::apply(rows, u"customer.setPreference"_s,
                            {{u"customerId"_s, customerId},
                             {u"key"_s, u"size.top"_s},
                             {u"value"_s, u"L"_s},
                             {u"baseVersion"_s, 1}},
                            context(false))
                .applied);
    QCOMPARE(rows.get(preference, key)->value(u"value"_s).toString(), u"L"_s);
    QCOMPARE(rows.get(preference, key)->value(u"version"_s).toLongLong(), 2);

    const Entity &consent = *Entities::byName(u"consent"_s);
    const QVariantMap consentKey {{u"customer_id"_s, customerId}, {u"kind"_s, u"sms"_s}};
    const qint64 givenAt = TestData::minutesFromNow(-3);
    QVERIFY(Mutators::apply(rows, u"customer.setConsent"_s,
                            {{u"customerId"_s, customerId},
                             {u"kind"_s, u"sms"_s},
                             {u"granted"_s, true},
                             {u"channel"_s, u"store"_s},
                             {u"at"_s, double(givenAt)}},
                            context(false))
                .applied);
    auto stored = rows.get(consent, consentKey);
    QCOMPARE(stored->value(u"granted"_s).toInt(), 1);
    QCOMPARE(stored->value(u"changed_at"_s).toLongLong(), givenAt);
    QCOMPARE(stored->value(u"channel"_s).toString(), u"store"_s);
    QCOMPARE(stored->value(u"changed_by"_s).toString(), u"staff-1"_s);
    QVERIFY(Mutators::apply(rows, u"customer.setConsent"_s,
                            {{u"customerId"_s, customerId},
                             {u"kind"_s, u"sms"_s},
                             {u"granted"_s, false},
                             {u"channel"_s, u"web"_s}},
                            context(false))
                .applied);
    stored = rows.get(consent, consentKey);
    QCOMPARE(stored->value(u"granted"_s).toInt(), 0);
    // Without a time of its own, withdrawal is recorded now.
    QCOMPARE(stored->value(u"changed_at"_s).toLongLong(), referenceMs());
    QCOMPARE(TestData::rowCount(m_db, u"consents"_s), 1);
}

void TestMutators::wishlistAddWins()
{
    ServerRowStore rows(m_db);
    const Entity &wishlist = *Entities::byName(u"wishlist_item"_s);
    const QVariantMap key {{u"customer_id"_s, customerId}, {u"sku"_s, sku}};

    // Associate A adds while offline, ten hours ago: the add keeps the time A made it, the same
    // stamp the tablet shows, so A's own later remove matches it.
    MutationContext first = context(true);
    QVERIFY(Mutators::apply(rows, u"wishlist.add"_s,
                            {{u"customerId"_s, customerId},
                             {u"sku"_s, sku},
                             {u"at"_s, double(TestData::minutesFromNow(-600))}},
                            first)
                .applied);
    const qint64 seenByA = rows.get(wishlist, key)->value(u"added_at"_s).toLongLong();
    QCOMPARE(seenByA, TestData::minutesFromNow(-600));
    QCOMPARE(rows.get(wishlist, key)->value(u"channel"_s).toString(), u"store"_s);

    // The customer adds it again online a minute later.
    MutationContext later = context(true);
    later.now = TestData::minutesFromNow(1);
    QVERIFY(Mutators::apply(rows, u"wishlist.add"_s,
                            {{u"customerId"_s, customerId}, {u"sku"_s, sku}}, later)
                .applied);
    QCOMPARE(rows.get(wishlist, key)->value(u"added_at"_s).toLongLong(),
             TestData::minutesFromNow(1));

    // A's remove, based on the add A saw, arrives afterwards: the later add wins.
    MutationContext removeTime = context(true);
    removeTime.now = TestData::minutesFromNow(2);
    QVERIFY(Mutators::apply(
                rows, u"wishlist.remove"_s,
                {{u"customerId"_s, customerId}, {u"sku"_s, sku}, {u"addedAt"_s, double(seenByA)}},
                removeTime)
                .applied);
    QVERIFY(rows.get(wishlist, key));

    // A remove that saw the latest add removes it.
    QVERIFY(Mutators::apply(rows, u"wishlist.remove"_s,
                            {{u"customerId"_s, customerId},
                             {u"sku"_s, sku},
                             {u"addedAt"_s, double(TestData::minutesFromNow(1))}},
                            removeTime)
                .applied);
    QVERIFY(!rows.get(wishlist, key));

    // Removing what is not there is fine (already removed elsewhere).
    QVERIFY(Mutators::apply(rows, u"wishlist.remove"_s,
                            {{u"customerId"_s, customerId}, {u"sku"_s, sku}}, removeTime)
                .applied);
    // The tablets' clocks differ: an add made after a removal on a tablet whose clock is a day
    // slow carries an earlier stamp than the add a late remove saw, and still survives it.
    QVERIFY(Mutators::apply(rows, u"wishlist.add"_s,
                            {{u"customerId"_s, customerId},
                             {u"sku"_s, sku},
                             {u"at"_s, double(TestData::minutesFromNow(-24 * 60))}},
                            removeTime)
                .applied);
    QVERIFY(Mutators::apply(rows, u"wishlist.remove"_s,
                            {{u"customerId"_s, customerId},
                             {u"sku"_s, sku},
                             {u"addedAt"_s, double(TestData::minutesFromNow(1))}},
                            removeTime)
                .applied);
    QVERIFY(rows.get(wishlist, key));
    QVERIFY(Mutators::apply(rows, u"wishlist.remove"_s,
                            {{u"customerId"_s, customerId}, {u"sku"_s, sku}}, removeTime)
                .applied);
    // Without addedAt a remove removes whatever is there.
    QVERIFY(Mutators::apply(rows, u"wishlist.remove"_s,
                            {{u"customerId"_s, customerId}, {u"sku"_s, u"SKU-2"_s}}, removeTime)
                .applied);
    QCOMPARE(TestData::rowCount(m_db, u"wishlist_items"_s), 0);
}

void TestMutators::cartDeltasCompose()
{
    ServerRowStore rows(m_db);
    const Entity &cart = *Entities::byName(u"cart_line"_s);
    const auto quantity = [&]() -> qint64 {
        const auto line = rows.get(cart, {{u"id"_s, u"line-old"_s}});
        return line ? line->value(u"quantity"_s).toLongLong() : 0;
    };
    const auto delta = [&](int d) {
        return Mutators::apply(rows, u"cart.changeQuantity"_s,
                               {{u"id"_s, u"line-old"_s}, {u"delta"_s, d}}, context(true));
    };
    QCOMPARE(quantity(), 1);
    // Two associates add one each: the line ends with two more, not one.
    QVERIFY(delta(1).applied);
    QVERIFY(delta(1).applied);
    QCOMPARE(quantity(), 3);
    QVERIFY(delta(-1).applied);
    QCOMPARE(quantity(), 2);
    QVERIFY(delta(0).applied);
    QCOMPARE(quantity(), 2);
    // Capped at 99.
    QVERIFY(delta(99).applied);
    QCOMPARE(quantity(), 99);
    QVERIFY(delta(-98).applied);
    QCOMPARE(quantity(), 1);
    // Down to zero or below removes the line.
    QVERIFY(delta(-3).applied);
    QVERIFY(!rows.get(cart, {{u"id"_s, u"line-old"_s}}));
    // Changing a line removed meanwhile is a no-op, not an error.
    const QString before = snapshot(m_db);
    QVERIFY(delta(1).applied);
    QCOMPARE(snapshot(m_db), before);

    // Removing lines.
    QVERIFY(Mutators::apply(rows, u"cart.addLine"_s, validArgs(u"cart.addLine"_s), context(true))
                .applied);
    QVERIFY(Mutators::apply(rows, u"cart.removeLine"_s, {{u"id"_s, u"line-new"_s}}, context(true))
                .applied);
    QCOMPARE(TestData::rowCount(m_db, u"cart_lines"_s), 0);
    QVERIFY(Mutators::apply(rows, u"cart.removeLine"_s, {{u"id"_s, u"line-new"_s}}, context(true))
                .applied);
}

void TestMutators::cartLineDefaults()
{
    ClientRowStore rows(m_db, ClientRowStore::Mode::Optimistic);
    QJsonObject args = validArgs(u"cart.addLine"_s);
    args.insert(u"fulfilment"_s, u"pick_up"_s);
    args.insert(u"sourceLocationId"_s, u"MAD"_s);
    QVERIFY(Mutators::apply(rows, u"cart.addLine"_s, args, context(false)).applied);
    // Sent again: one line, quantity unchanged.
    QVERIFY(
        Mutators::apply(rows, u"cart.addLine"_s, withArg(args, u"quantity"_s, 5), context(false))
            .applied);
    const auto line = rows.get(*Entities::byName(u"cart_line"_s), {{u"id"_s, u"line-new"_s}});
    QVERIFY(line);
    QCOMPARE(line->value(u"quantity"_s).toInt(), 2);
    QCOMPARE(line->value(u"fulfilment"_s).toString(), u"pick_up"_s);
    QCOMPARE(line->value(u"source_location_id"_s).toString(), u"MAD"_s);
    QCOMPARE(line->value(u"channel"_s).toString(), u"store"_s);
    QCOMPARE(line->value(u"added_at"_s).toLongLong(), referenceMs());
    QCOMPARE(TestData::rowCount(m_db, u"cart_lines"_s, u"id = 'line-new'"_s), 1);
}

void TestMutators::ordersRefusedOnTheTabletToo_data()
{
    QTest::addColumn<QJsonObject>("args");
    const auto line = [](const char *id, const char *fulfilment) {
        return QJsonObject {{u"id"_s, QString::fromLatin1(id)},
                            {u"sku"_s, sku},
                            {u"quantity"_s, 1},
                            {u"fulfilment"_s, QString::fromLatin1(fulfilment)}};
    };
    QTest::newRow("one line id twice") << QJsonObject {
        {u"id"_s, u"o-1"_s},
        {u"number"_s, u"M-1"_s},
        {u"lines"_s, QJsonArray {line("l-1", "carry_out"), line("l-1", "carry_out")}}};
    QTest::newRow("picked up at a warehouse")
        << QJsonObject {{u"id"_s, u"o-1"_s},
                        {u"number"_s, u"M-1"_s},
                        {u"customerId"_s, customerId},
                        {u"pickupLocationId"_s, u"WH1"_s},
                        {u"lines"_s, QJsonArray {line("l-1", "pick_up")}}};
    QTest::newRow("a line id with a slash")
        << QJsonObject {{u"id"_s, u"o-1"_s},
                        {u"number"_s, u"M-1"_s},
                        {u"lines"_s, QJsonArray {line("l/1", "carry_out")}}};
}

void TestMutators::ordersRefusedOnTheTabletToo()
{
    // Plain argument checks: the tablet refuses them at once, offline, as the service would.
    QFETCH(QJsonObject, args);
    TestData::Seeder seed(m_db);
    QVERIFY(seed.location(u"WH1"_s, u"Zaragoza warehouse"_s, {{u"kind"_s, u"warehouse"_s}}));
    const QString before = snapshot(m_db);
    ClientRowStore rows(m_db, ClientRowStore::Mode::Optimistic);
    MutationContext tablet = context(false);
    tablet.locationId = u"MAD"_s;
    const MutationResult result = Mutators::apply(rows, u"order.create"_s, args, tablet);
    QVERIFY(!result.applied);
    QCOMPARE(result.code, u"invalid"_s);
    QCOMPARE(snapshot(m_db), before);
}

void TestMutators::offlineTabletNeedsNoServerState()
{
    // The tablet holds only its store's rows and not every payment (a web order's were made on
    // the web): checks that need the service's rows are the service's, so the tablet applies
    // these optimistically and the service decides.
    TestData::Seeder seed(m_db);
    QVERIFY(seed.put(u"order"_s,
                     {{u"id"_s, u"o-web"_s},
                      {u"number"_s, u"W-1"_s},
                      {u"customer_id"_s, customerId},
                      {u"channel"_s, u"web"_s},
                      {u"status"_s, u"placed"_s},
                      {u"currency"_s, u"EUR"_s},
                      {u"total_minor"_s, 5990},
                      {u"created_at"_s, referenceMs()}}));
    QVERIFY(seed.put(u"order_line"_s,
                     {{u"id"_s, u"o-web-1"_s},
                      {u"order_id"_s, u"o-web"_s},
                      {u"line_no"_s, 1},
                      {u"sku"_s, sku},
                      {u"quantity"_s, 1},
                      {u"unit_price_minor"_s, 5990},
                      {u"status"_s, u"unallocated"_s}}));
    ClientRowStore rows(m_db, ClientRowStore::Mode::Optimistic);
    MutationContext tablet = context(false);
    tablet.locationId = u"MAD"_s;
    const MutationResult refunded = Mutators::apply(
        rows, u"refund.record"_s,
        {{u"id"_s, u"r-1"_s},
         {u"orderId"_s, u"o-web"_s},
         {u"tender"_s, u"card"_s},
         {u"amountMinor"_s, 5990},
         {u"currency"_s, u"EUR"_s},
         {u"lines"_s, QJsonArray {QJsonObject {{u"lineId"_s, u"o-web-1"_s}, {u"quantity"_s, 1}}}}},
        tablet);
    QVERIFY2(refunded.applied, qPrintable(refunded.message));
    const MutationResult reallocated = Mutators::apply(rows, u"order.reallocate"_s,
                                                       {{u"orderId"_s, u"o-web"_s},
                                                        {u"lineId"_s, u"o-web-1"_s},
                                                        {u"sourceLocationId"_s, u"WH1"_s}},
                                                       tablet);
    QVERIFY2(reallocated.applied, qPrintable(reallocated.message));
}

void TestMutators::authoritativeRejects_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("code");

    const QStringList customerScoped = {
        u"customer.update"_s, u"customer.setPreference"_s, u"customer.setConsent"_s, u"note.add"_s,
        u"wishlist.add"_s,    u"wishlist.remove"_s,        u"cart.addLine"_s};
    for (const QString &name : customerScoped) {
        QJsonObject unknown = validArgs(name);
        unknown.insert(unknown.contains(u"customerId"_s) ? u"customerId"_s : u"id"_s,
                       u"c-unknown"_s);
        QTest::addRow("%s unknown customer", qPrintable(name))
            << name << unknown << true << u"not_found"_s;
        QTest::addRow("%s other store", qPrintable(name))
            << name << validArgs(name) << false << u"not_allowed"_s;
    }
    // Rows found through their own id check their customer too.
    for (const QString &name : {u"note.edit"_s, u"cart.changeQuantity"_s, u"cart.removeLine"_s}) {
        QTest::addRow("%s other store", qPrintable(name))
            << name << validArgs(name) << false << u"not_allowed"_s;
    }
    QTest::newRow("wishlist unknown product")
        << u"wishlist.add"_s << withArg(validArgs(u"wishlist.add"_s), u"sku"_s, u"SKU-X"_s) << true
        << u"not_found"_s;
    QTest::newRow("cart unknown product")
        << u"cart.addLine"_s << withArg(validArgs(u"cart.addLine"_s), u"sku"_s, u"SKU-X"_s) << true
        << u"not_found"_s;
}

void TestMutators::authoritativeRejects()
{
    QFETCH(QString, name);
    QFETCH(QJsonObject, args);
    QFETCH(bool, allowed);
    QFETCH(QString, code);
    const QString before = snapshot(m_db);
    ServerRowStore rows(m_db);
    MutationContext server = context(true);
    QStringList asked;
    server.allowCustomer = [&](const QString &id) {
        asked << id;
        return allowed;
    };
    const MutationResult result = Mutators::apply(rows, name, args, server);
    QVERIFY(!result.applied);
    QCOMPARE(result.code, code);
    QVERIFY(!result.temporary);
    QCOMPARE(snapshot(m_db), before);
    QVERIFY(!asked.isEmpty());
}

void TestMutators::authoritativeKeepsOverwritten()
{
    ServerRowStore rows(m_db);
    const QJsonObject edit {{u"id"_s, customerId},
                            {u"fields"_s, QJsonObject {{u"first_name"_s, u"Pepe"_s}}},
                            {u"baseVersion"_s, 1}};
    // Based on the current version: nothing of anyone else's is overwritten.
    QVERIFY(Mutators::apply(rows, u"customer.update"_s, edit, context(true)).applied);
    QVERIFY(rows.overwritten.isEmpty());
    // Another tablet edits based on version 1, now 2: applied (last writer wins), and the
    // overwritten row is kept.
    QVERIFY(Mutators::apply(rows, u"customer.update"_s,
                            withArg(edit, u"fields"_s, QJsonObject {{u"first_name"_s, u"José"_s}}),
                            context(true))
                .applied);
    QCOMPARE(rows.overwritten.size(), 1);
    QCOMPARE(rows.overwritten.first().first, u"customer"_s);
    QCOMPARE(rows.overwritten.first().second.value(u"first_name"_s).toString(), u"Pepe"_s);
    QCOMPARE(rows.get(*Entities::byName(u"customer"_s), {{u"id"_s, customerId}})
                 ->value(u"version"_s)
                 .toLongLong(),
             3);
    // The tablet never keeps history: it is not authoritative.
    ServerRowStore tablet(m_db);
    QVERIFY(Mutators::apply(tablet, u"customer.update"_s, edit, context(false)).applied);
    QVERIFY(tablet.overwritten.isEmpty());
}

void TestMutators::optimisticKeepsServerRowOnce()
{
    const auto shadow = [&](const QString &entity, const QString &key) -> QVariant {
        return Database::scalar(m_db, u"SELECT row FROM sync_shadow WHERE entity = ? AND key = ?"_s,
                                {entity, key});
    };
    const auto shadowRows = [&](const QString &entity, const QString &key) {
        return TestData::rowCount(m_db, u"sync_shadow"_s, u"entity = ? AND key = ?"_s,
                                  {entity, key});
    };

    // A new row: the server had none (NULL row).
    {
        ClientRowStore rows(m_db, ClientRowStore::Mode::Optimistic);
        QVERIFY(
            Mutators::apply(rows, u"note.add"_s, validArgs(u"note.add"_s), context(false)).applied);
        QCOMPARE(rows.touchedTables(), QSet<QString> {u"notes"_s});
    }
    QCOMPARE(shadowRows(u"note"_s, u"n-new"_s), 1);
    QVERIFY(shadow(u"note"_s, u"n-new"_s).isNull());
    // Edited again before sync: still the server's version (none).
    {
        ClientRowStore rows(m_db, ClientRowStore::Mode::Optimistic);
        QVERIFY(Mutators::apply(rows, u"note.edit"_s,
                                {{u"id"_s, u"n-new"_s}, {u"body"_s, u"Second thoughts"_s}},
                                context(false))
                    .applied);
    }
    QCOMPARE(shadowRows(u"note"_s, u"n-new"_s), 1);
    QVERIFY(shadow(u"note"_s, u"n-new"_s).isNull());

    // An existing row: the server's row as it was before the first local change.
    const auto serverRow = ClientRowStore(m_db, ClientRowStore::Mode::ServerData)
                               .get(*Entities::byName(u"customer"_s), {{u"id"_s, customerId}});
    QVERIFY(serverRow);
    for (const QString &email : {u"first@example.com"_s, u"second@example.com"_s}) {
        ClientRowStore rows(m_db, ClientRowStore::Mode::Optimistic);
        QVERIFY(Mutators::apply(
                    rows, u"customer.update"_s,
                    {{u"id"_s, customerId}, {u"fields"_s, QJsonObject {{u"email"_s, email}}}},
                    context(false))
                    .applied);
    }
    QCOMPARE(shadowRows(u"customer"_s, customerId), 1);
    const QJsonObject kept
        = QJsonDocument::fromJson(shadow(u"customer"_s, customerId).toString().toUtf8()).object();
    QCOMPARE(kept.toVariantMap().keys(), serverRow->keys());
    QCOMPARE(kept.value(u"email"_s).toString(), u"jose@example.com"_s);
    QCOMPARE(kept.value(u"version"_s).toInteger(), 1);
    QCOMPARE(kept.value(u"first_name"_s).toString(), u"José"_s);

    // A composite key joins its columns with U+001F, as the preference model looks it up.
    {
        ClientRowStore rows(m_db, ClientRowStore::Mode::Optimistic);
        QVERIFY(Mutators::apply(rows, u"customer.setPreference"_s,
                                validArgs(u"customer.setPreference"_s), context(false))
                    .applied);
    }
    QCOMPARE(shadowRows(u"preference"_s, customerId + QChar(0x1f) + u"size.top"_s), 1);

    // A removal keeps the removed row.
    {
        ClientRowStore rows(m_db, ClientRowStore::Mode::Optimistic);
        QVERIFY(
            Mutators::apply(rows, u"cart.removeLine"_s, {{u"id"_s, u"line-old"_s}}, context(false))
                .applied);
    }
    const QJsonObject removed
        = QJsonDocument::fromJson(shadow(u"cart_line"_s, u"line-old"_s).toString().toUtf8())
              .object();
    QCOMPARE(removed.value(u"quantity"_s).toInteger(), 1);

    // Rows written as pulled from the server keep no shadow.
    const int before = TestData::rowCount(m_db, u"sync_shadow"_s);
    TestData::Seeder seed(m_db);
    QVERIFY(seed.note(u"n-server"_s, customerId, u"From the web"_s, referenceMs()));
    QCOMPARE(TestData::rowCount(m_db, u"sync_shadow"_s), before);
}

QTEST_MAIN(TestMutators)
#include "tst_mutators.moc"
