// SPDX-License-Identifier: MIT
// Customer search as an associate types: names with and without accents, phone numbers in any
// format, loyalty cards, email fragments, ranking, paging and the model's roles.
#include "customerrepository.h"
#include "customersearchmodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList idsOf(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(CustomerSearchModel::CustomerIdRole).toString();
    return ids;
}

} // namespace

class TestCustomerSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void finds_data();
    void finds();
    void ranking_data();
    void ranking();
    void emptyQuery_data();
    void emptyQuery();
    void searchSyntaxNeverErrors_data();
    void searchSyntaxNeverErrors();
    void roles();
    void scanLoyaltyCard_data();
    void scanLoyaltyCard();
    void pagesOfFifty();
    void pagesWithSameNames();
    void followsLocalChanges();
    void newQueryReplacesRows();
    void storeNotReady();
    void emailInAnyCase();

private:
    void search(const QString &query);

    std::unique_ptr<TestData::LocalStoreFixture> m_fixture;
    std::unique_ptr<CustomerSearchModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCustomerSearch::initTestCase()
{
    TestData::initEnvironment();
}

void TestCustomerSearch::init()
{
    // Any failed statement (an FTS syntax error, say) is logged as a warning: fail on it.
    QTest::failOnWarning(QRegularExpression(u"query failed|statement failed|prepare failed"_s));
    m_fixture = std::make_unique<TestData::LocalStoreFixture>();
    QVERIFY(m_fixture->isReady());
    TestData::Seeder seed(m_fixture->db());
    QVERIFY(seed.location(u"MAD"_s, u"Madrid Serrano"_s));
    QVERIFY(seed.location(u"DUB"_s, u"Dublin Grafton Street"_s, {{u"country"_s, u"IE"_s}}));
    const auto customer = [&](const QString &id, const QString &first, const QString &last,
                              const QString &email, const QString &phone, const QString &loyalty,
                              const QString &tier, const QString &home) {
        return seed.customer(id, first, last, email, phone, loyalty,
                             {{u"tier"_s, tier}, {u"home_location_id"_s, home}});
    };
    QVERIFY(customer(u"c-jose"_s, u"José"_s, u"Muñoz"_s, u"jmunoz@correo.es"_s,
                     u"+34 612 34 56 78"_s, u"4000000000017"_s, u"gold"_s, u"MAD"_s));
    QVERIFY(customer(u"c-pedro"_s, u"Pedro"_s, u"Munoz"_s, u"pedro.munoz@correo.es"_s,
                     u"+34 622 11 22 33"_s, u"4000000000025"_s, u"member"_s, u"MAD"_s));
    QVERIFY(customer(u"c-ana"_s, u"Ana"_s, u"Muñoz García"_s, u"anamg@correo.es"_s,
                     u"+34 633 44 55 66"_s, u"4000000000033"_s, u"silver"_s, u"MAD"_s));
    QVERIFY(customer(u"c-carmen"_s, u"Carmen"_s, u"Ruiz"_s, u"jose.fan.club@correo.es"_s,
                     u"+34 644 00 00 01"_s, u"4000000000041"_s, u"member"_s, u"MAD"_s));
    QVERIFY(customer(u"c-josefa"_s, u"Josefa"_s, u"Mullins"_s, u"josefa.mullins@correo.ie"_s,
                     u"+353 87 123 4567"_s, u"4000000000058"_s, u"platinum"_s, u"DUB"_s));
    QVERIFY(customer(u"c-sean"_s, u"Seán"_s, u"O'Brien"_s, u"sean@correo.ie"_s, u"087 765 4321"_s,
                     u"5000000000016"_s, u"member"_s, u"DUB"_s));
    QVERIFY(customer(u"c-cher"_s, u"Cher"_s, QString(), QString(), QString(), u"6000000000015"_s,
                     u"member"_s, QString()));

    m_model = std::make_unique<CustomerSearchModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestCustomerSearch::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_fixture.reset();
}

void TestCustomerSearch::search(const QString &query)
{
    m_model->setQuery(query);
    QVERIFY(m_model->errorString().isEmpty());
}

void TestCustomerSearch::finds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // in any order

    const QStringList munoz = {u"c-ana"_s, u"c-jose"_s, u"c-pedro"_s};
    QTest::newRow("without accent finds accented")
        << u"jose"_s << QStringList {u"c-carmen"_s, u"c-jose"_s, u"c-josefa"_s};
    QTest::newRow("accented finds both spellings") << u"muñoz"_s << munoz;
    QTest::newRow("plain finds both spellings") << u"munoz"_s << munoz;
    QTest::newRow("capitals") << u"MUÑOZ"_s << munoz;
    QTest::newRow("decomposed accent") << u"mun\u0303oz"_s << munoz;
    QTest::newRow("first and last name prefix")
        << u"JOSE MU"_s << QStringList {u"c-jose"_s, u"c-josefa"_s};
    QTest::newRow("second surname") << u"Muñoz García"_s << QStringList {u"c-ana"_s};
    QTest::newRow("words in any order") << u"garcia ana"_s << QStringList {u"c-ana"_s};
    QTest::newRow("apostrophe name") << u"o'brien"_s << QStringList {u"c-sean"_s};
    QTest::newRow("irish accent") << u"sean"_s << QStringList {u"c-sean"_s};

    const QStringList jose = {u"c-jose"_s};
    QTest::newRow("phone national grouping") << u"612 34 56"_s << jose;
    QTest::newRow("phone with +34") << u"+34612"_s << jose;
    QTest::newRow("phone with 0034") << u"0034 612 345"_s << jose;
    QTest::newRow("phone with dashes") << u"612-345-678"_s << jose;
    QTest::newRow("phone in full") << u"+34 612 34 56 78"_s << jose;
    QTest::newRow("irish phone without trunk") << u"87 123"_s << QStringList {u"c-josefa"_s};
    QTest::newRow("irish phone with code") << u"+353 87"_s << QStringList {u"c-josefa"_s};
    QTest::newRow("irish phone with trunk") << u"087 123 45"_s << QStringList {u"c-josefa"_s};
    QTest::newRow("irish national phone") << u"087 765"_s << QStringList {u"c-sean"_s};
    QTest::newRow("phone middle digits do not match") << u"34 56 78"_s << QStringList();

    QTest::newRow("loyalty id") << u"4000000000017"_s << jose;
    QTest::newRow("loyalty prefix")
        << u"40000000000"_s
        << QStringList {u"c-ana"_s, u"c-carmen"_s, u"c-jose"_s, u"c-josefa"_s, u"c-pedro"_s};
    QTest::newRow("loyalty prefix of one") << u"500000"_s << QStringList {u"c-sean"_s};

    QTest::newRow("email fragment") << u"pedro.munoz"_s << QStringList {u"c-pedro"_s};
    QTest::newRow("email domain") << u"correo.ie"_s << QStringList {u"c-josefa"_s, u"c-sean"_s};
    QTest::newRow("email user") << u"josefa.mull"_s << QStringList {u"c-josefa"_s};
    QTest::newRow("email address") << u"anamg@correo.es"_s << QStringList {u"c-ana"_s};

    QTest::newRow("nonsense") << u"zzqx"_s << QStringList();
    QTest::newRow("nonsense digits") << u"999 999"_s << QStringList();
    QTest::newRow("one known word, one not") << u"jose zzqx"_s << QStringList();
}

void TestCustomerSearch::finds()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    search(query);
    QStringList ids = idsOf(*m_model);
    ids.sort();
    expected.sort();
    QCOMPARE(ids, expected);
    QCOMPARE(m_model->property("count").toInt(), expected.size());
    QVERIFY(!m_model->canFetchMore({}));

    // The repository gives the same rows (what the model shows, before display text).
    const QList<QVariantMap> rows = CustomerRepository(m_fixture->db()).search(query, 50, 0);
    QCOMPARE(rows.size(), expected.size());
}

void TestCustomerSearch::ranking_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QStringList>("below"); // each ranked below the first

    // A name that is the word typed outranks a name that merely starts with it, and a name
    // outranks an email address.
    QTest::newRow("exact name first")
        << u"jose"_s << u"c-jose"_s << QStringList {u"c-josefa"_s, u"c-carmen"_s};
    QTest::newRow("full first name, started surname")
        << u"JOSE MU"_s << u"c-jose"_s << QStringList {u"c-josefa"_s};
    QTest::newRow("full name") << u"josé muñoz"_s << u"c-jose"_s << QStringList();
}

void TestCustomerSearch::ranking()
{
    QFETCH(QString, query);
    QFETCH(QString, first);
    QFETCH(QStringList, below);
    search(query);
    const QStringList ids = idsOf(*m_model);
    QVERIFY2(!ids.isEmpty(), qPrintable(query));
    QCOMPARE(ids.first(), first);
    for (const QString &id : below) {
        QVERIFY2(ids.contains(id), qPrintable(id));
        QVERIFY2(ids.indexOf(first) < ids.indexOf(id), qPrintable(ids.join(u", "_s)));
    }
}

void TestCustomerSearch::emptyQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("tab and newline") << u"\t\n"_s;
}

void TestCustomerSearch::emptyQuery()
{
    QFETCH(QString, query);
    search(u"jose"_s);
    QVERIFY(m_model->rowCount() > 0);
    search(query);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
}

void TestCustomerSearch::searchSyntaxNeverErrors_data()
{
    QTest::addColumn<QString>("query");
    for (const char *text : {"\"",
                             "\"\"",
                             "*",
                             "**",
                             "AND",
                             "OR",
                             "NOT",
                             "NOT jose",
                             "jose AND",
                             "jose OR",
                             "AND OR NOT",
                             "(",
                             ")",
                             "()",
                             "jose)",
                             "(jose",
                             "name:",
                             "name:jose",
                             "email:jose",
                             "{name}",
                             "{name loyalty}: 4000",
                             "^jose",
                             "jose*",
                             "-jose",
                             "+",
                             "-",
                             "+-",
                             "NEAR(",
                             "NEAR(jose mu)",
                             "'",
                             "''",
                             "jose'",
                             "\\",
                             "%",
                             "_",
                             "jose%",
                             ";",
                             "--",
                             "/*",
                             "'; DROP TABLE customers; --",
                             ":",
                             "::",
                             ".",
                             "..",
                             "@",
                             "@correo",
                             "#",
                             "&",
                             "|",
                             "\u00a0",
                             "\u200b",
                             "😀",
                             "jose 😀",
                             "\U0001F1EA\U0001F1F8"}) {
        QTest::newRow(text) << QString::fromUtf8(text);
    }
    QTest::newRow("very long") << QString(2000, u'a');
    QTest::newRow("many words") << u"a b c d e f g h i j k l m n o p q r s t u v w x y z"_s;
    QTest::newRow("nul character") << QString(QChar(0)) + u"jose"_s;
}

void TestCustomerSearch::searchSyntaxNeverErrors()
{
    QFETCH(QString, query);
    // init() turned any failed statement into a failure; the model and the repository both
    // answer with rows or none.
    search(query);
    QVERIFY(m_model->rowCount() >= 0);
    const CustomerRepository repository(m_fixture->db());
    repository.search(query, 50, 0);
    QCOMPARE(TestData::rowCount(m_fixture->db(), u"customers"_s), 7);
}

void TestCustomerSearch::roles()
{
    const QHash<int, QByteArray> names = m_model->roleNames();
    QCOMPARE(names.value(CustomerSearchModel::CustomerIdRole), "customerId");
    QCOMPARE(names.value(CustomerSearchModel::DisplayNameRole), "displayName");
    QCOMPARE(names.value(CustomerSearchModel::InitialsRole), "initials");
    QCOMPARE(names.value(CustomerSearchModel::TierLabelRole), "tierLabel");
    QCOMPARE(names.value(CustomerSearchModel::HomeLocationNameRole), "homeLocationName");

    search(u"4000000000017"_s);
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex jose = m_model->index(0, 0);
    QCOMPARE(jose.data(CustomerSearchModel::CustomerIdRole).toString(), u"c-jose"_s);
    QCOMPARE(jose.data(CustomerSearchModel::DisplayNameRole).toString(), u"José Muñoz"_s);
    QCOMPARE(jose.data(CustomerSearchModel::InitialsRole).toString(), u"JM"_s);
    QCOMPARE(jose.data(CustomerSearchModel::EmailRole).toString(), u"jmunoz@correo.es"_s);
    QCOMPARE(jose.data(CustomerSearchModel::PhoneRole).toString(), u"+34 612 34 56 78"_s);
    QCOMPARE(jose.data(CustomerSearchModel::LoyaltyIdRole).toString(), u"4000000000017"_s);
    QCOMPARE(jose.data(CustomerSearchModel::TierRole).toString(), u"gold"_s);
    QCOMPARE(jose.data(CustomerSearchModel::TierLabelRole).toString(), u"Gold"_s);
    QCOMPARE(jose.data(CustomerSearchModel::HomeLocationNameRole).toString(), u"Madrid Serrano"_s);
    QVERIFY(!jose.data(Qt::DisplayRole).isValid());
    QCOMPARE(m_model->get(0).value(u"displayName"_s).toString(), u"José Muñoz"_s);
    QVERIFY(m_model->get(1).isEmpty());
    QVERIFY(m_model->get(-1).isEmpty());

    // One name only, no home store.
    search(u"cher"_s);
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex cher = m_model->index(0, 0);
    QCOMPARE(cher.data(CustomerSearchModel::DisplayNameRole).toString(), u"Cher"_s);
    QCOMPARE(cher.data(CustomerSearchModel::InitialsRole).toString(), u"C"_s);
    QCOMPARE(cher.data(CustomerSearchModel::TierLabelRole).toString(), u"Member"_s);
    QCOMPARE(cher.data(CustomerSearchModel::HomeLocationNameRole).toString(), QString());

    search(u"josefa"_s);
    QCOMPARE(m_model->index(0, 0).data(CustomerSearchModel::TierLabelRole).toString(),
             u"Platinum"_s);
    QCOMPARE(m_model->index(0, 0).data(CustomerSearchModel::InitialsRole).toString(), u"JM"_s);
    QCOMPARE(m_model->index(0, 0).data(CustomerSearchModel::HomeLocationNameRole).toString(),
             u"Dublin Grafton Street"_s);
}

void TestCustomerSearch::scanLoyaltyCard_data()
{
    QTest::addColumn<QString>("scanned");
    QTest::addColumn<QString>("customerId");
    QTest::newRow("exact") << u"4000000000017"_s << u"c-jose"_s;
    QTest::newRow("with newline from the scanner") << u"4000000000017\n"_s << u"c-jose"_s;
    QTest::newRow("other card") << u"5000000000016"_s << u"c-sean"_s;
    QTest::newRow("partial") << u"400000000001"_s << QString();
    QTest::newRow("longer") << u"40000000000170"_s << QString();
    QTest::newRow("unknown") << u"9999999999999"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("name") << u"José"_s << QString();
}

void TestCustomerSearch::scanLoyaltyCard()
{
    QFETCH(QString, scanned);
    QFETCH(QString, customerId);
    QCOMPARE(m_model->customerForScan(scanned), customerId);
}

void TestCustomerSearch::pagesOfFifty()
{
    {
        TestData::Seeder seed(m_fixture->db());
        SqlTransaction transaction(m_fixture->db());
        for (int i = 0; i < 123; ++i) {
            QVERIFY(seed.customer(u"p%1"_s.arg(i, 3, 10, QChar(u'0')), u"Lucía"_s,
                                  u"Pérez %1"_s.arg(i, 3, 10, QChar(u'0'))));
        }
        QVERIFY(transaction.commit());
    }
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy countChanged(m_model.get(), &RowListModel::countChanged);
    search(u"lucia perez"_s);
    QCOMPARE(m_model->rowCount(), CustomerSearchModel::pageSize);
    QVERIFY(m_model->canFetchMore({}));
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 100);
    QVERIFY(m_model->canFetchMore({}));
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 123);
    QVERIFY(!m_model->canFetchMore({}));
    m_model->fetchMore({}); // nothing more: nothing happens
    QCOMPARE(m_model->rowCount(), 123);
    QCOMPARE(countChanged.count(), 3);
    QCOMPARE(reset.count(), 0);

    QStringList ids = idsOf(*m_model);
    ids.removeDuplicates();
    QCOMPARE(ids.size(), 123);
    QCOMPARE(ids.first(), u"p000"_s); // same rank: by surname
    QCOMPARE(ids.last(), u"p122"_s);
}

void TestCustomerSearch::pagesWithSameNames()
{
    // Common names: many customers rank the same; every one still appears exactly once.
    {
        TestData::Seeder seed(m_fixture->db());
        SqlTransaction transaction(m_fixture->db());
        for (int i = 0; i < 130; ++i)
            QVERIFY(seed.customer(u"m%1"_s.arg(129 - i), u"María"_s, u"García"_s));
        QVERIFY(transaction.commit());
    }
    search(u"maria garcia"_s);
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
    QStringList ids = idsOf(*m_model);
    QCOMPARE(ids.size(), 130);
    ids.removeDuplicates();
    QCOMPARE(ids.size(), 130);
}

void TestCustomerSearch::followsLocalChanges()
{
    search(u"muñoz"_s);
    QCOMPARE(m_model->rowCount(), 3);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    // A customer created on this tablet appears in the open search.
    LocalStore *store = m_fixture->store();
    store->setActor(u"staff-1"_s, u"Lucía Gómez"_s);
    MutationResult result = store->submit(
        u"customer.create"_s,
        {{u"id"_s, u"c-luis"_s},
         {u"homeLocationId"_s, u"MAD"_s},
         {u"fields"_s, QJsonObject {{u"first_name"_s, u"Luis"_s}, {u"last_name"_s, u"Muñoz"_s}}}});
    QVERIFY2(result.applied, qPrintable(result.message));
    QCOMPARE(m_model->rowCount(), 4);
    QVERIFY(idsOf(*m_model).contains(u"c-luis"_s));
    QCOMPARE(inserted.count(), 1);

    // An edit shows in place.
    result = store->submit(
        u"customer.update"_s,
        {{u"id"_s, u"c-pedro"_s}, {u"fields"_s, QJsonObject {{u"email"_s, u"pedro@nuevo.es"_s}}}});
    QVERIFY2(result.applied, qPrintable(result.message));
    const int pedro = int(idsOf(*m_model).indexOf(u"c-pedro"_s));
    QVERIFY(pedro >= 0);
    QCOMPARE(m_model->index(pedro, 0).data(CustomerSearchModel::EmailRole).toString(),
             u"pedro@nuevo.es"_s);
    QVERIFY(changed.count() >= 1);

    // A customer renamed out of the query leaves it.
    result = store->submit(
        u"customer.update"_s,
        {{u"id"_s, u"c-ana"_s}, {u"fields"_s, QJsonObject {{u"last_name"_s, u"García"_s}}}});
    QVERIFY2(result.applied, qPrintable(result.message));
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(!idsOf(*m_model).contains(u"c-ana"_s));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);
}

void TestCustomerSearch::newQueryReplacesRows()
{
    QSignalSpy queryChanged(m_model.get(), &CustomerSearchModel::queryChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    search(u"munoz"_s);
    QCOMPARE(queryChanged.count(), 1);
    search(u"munoz"_s);
    QCOMPARE(queryChanged.count(), 1); // unchanged: no new search
    search(u"munoz g"_s);
    QCOMPARE(queryChanged.count(), 2);
    QCOMPARE(idsOf(*m_model), QStringList {u"c-ana"_s});
    QCOMPARE(m_model->query(), u"munoz g"_s);
    QCOMPARE(reset.count(), 0);
}

void TestCustomerSearch::storeNotReady()
{
    m_fixture->store()->close();
    search(u"jose"_s);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->customerForScan(u"4000000000017"_s), QString());
}

void TestCustomerSearch::emailInAnyCase()
{
    // Registered on this tablet with capitals: stored as the service stores it, and found by
    // the address in any spelling.
    LocalStore *store = m_fixture->store();
    store->setActor(u"staff-1"_s, u"Lucía Gómez"_s);
    const MutationResult result = store->submit(
        u"customer.create"_s,
        {{u"id"_s, u"c-beatriz"_s},
         {u"homeLocationId"_s, u"MAD"_s},
         {u"fields"_s, QJsonObject{{u"first_name"_s, u"Beatriz"_s},
                                   {u"last_name"_s, u"Mayus"_s},
                                   {u"email"_s, u" Beatriz.Mayus@Example.ES"_s}}}});
    QVERIFY2(result.applied, qPrintable(result.message));
    QCOMPARE(Database::scalar(m_fixture->db(),
                              u"SELECT email FROM customers WHERE id = 'c-beatriz'"_s)
                 .toString(),
             u"beatriz.mayus@example.es"_s);
    for (const QString &typed : {u"Beatriz.Mayus@Example.ES"_s, u"BEATRIZ.MAYUS@EXAMPLE.ES"_s}) {
        search(typed);
        QVERIFY(m_model->rowCount() >= 1);
        QCOMPARE(idsOf(*m_model).first(), u"c-beatriz"_s);
    }
}

QTEST_MAIN(TestCustomerSearch)
#include "tst_customersearch.moc"
