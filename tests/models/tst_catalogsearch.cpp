// SPDX-License-Identifier: MIT
// Catalogue search as an associate (or a customer at the kiosk) types: accents, case and
// punctuation aside, words as prefixes, in name, brand, category, colour or SKU, with the exact
// name or SKU first and the same order on every tablet.
#include "catalogrepository.h"
#include "productsearchmodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

struct StyleSeed
{
    const char *id;
    const char *name;
    const char *brand;
    const char *category;
    const char *colour;
};

// Styles whose names share words in the ways the ranking tells apart.
const StyleSeed catalogue[] = {
    {"ST-PQ-01", "Piqué Polo Shirt", "Norte", "tops", "Navy"},
    {"ST-PO-01", "Polo", "Norte", "tops", "White"},
    {"ST-PD-01", "Classic Polo Dress", "Mirabel", "dresses", "Red"},
    {"ST-PN-01", "Polo Neck Jumper", "Fenwick Row", "knitwear", "Grey"},
    {"ST-AT-01", "Linen Shirt", "Atlántica", "shirts", "Sand"},
    {"ST-PL-01", "Pleated Skirt", "Solano", "skirts", "Polo Blue"},
    {"ST-CR-01", "Crêpe Blouse", "Brae & Co", "tops", "Écru"},
};

QStringList idsOf(const QList<QVariantMap> &rows)
{
    QStringList ids;
    for (const QVariantMap &row : rows)
        ids << row.value(u"styleId"_s).toString();
    return ids;
}

} // namespace

class TestCatalogSearch : public QObject
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
    void sameOrderWhateverTheSyncOrder();
    void followsCatalogueChanges();
    void inactiveProductsAndCategory();
    void model();

private:
    bool seed(const QSqlDatabase &db, bool reversed) const;
    QStringList search(const QString &typed, const QString &category = {}) const
    {
        return idsOf(CatalogRepository(m_fixture->db()).searchStyles(typed, category, 50, 0));
    }

    std::unique_ptr<TestData::LocalStoreFixture> m_fixture;
};

void TestCatalogSearch::initTestCase()
{
    TestData::initEnvironment();
}

bool TestCatalogSearch::seed(const QSqlDatabase &db, bool reversed) const
{
    TestData::Seeder seed(db);
    SqlTransaction transaction(db);
    const qsizetype n = std::size(catalogue);
    for (qsizetype i = 0; i < n; ++i) {
        const StyleSeed &s = catalogue[reversed ? n - 1 - i : i];
        const QString id = QString::fromLatin1(s.id);
        if (!seed.style(id, QString::fromUtf8(s.name), QString::fromUtf8(s.brand),
                        QString::fromLatin1(s.category))
            || !seed.product(id + u"-1"_s, id, 4990, QString::fromUtf8(s.colour), u"M"_s)
            || !seed.product(id + u"-2"_s, id, 4990, QString::fromUtf8(s.colour), u"L"_s))
            return false;
    }
    return transaction.commit();
}

void TestCatalogSearch::init()
{
    QTest::failOnWarning(QRegularExpression(u"query failed|statement failed|prepare failed"_s));
    m_fixture = std::make_unique<TestData::LocalStoreFixture>();
    QVERIFY(m_fixture->isReady());
    QVERIFY(seed(m_fixture->db(), false));
}

void TestCatalogSearch::cleanup()
{
    m_fixture.reset();
}

void TestCatalogSearch::finds_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected"); // in any order

    QTest::newRow("without accent") << u"pique"_s << QStringList {u"ST-PQ-01"_s};
    QTest::newRow("with accent") << u"Piqué"_s << QStringList {u"ST-PQ-01"_s};
    QTest::newRow("capitals") << u"PIQUE POLO"_s << QStringList {u"ST-PQ-01"_s};
    QTest::newRow("decomposed accent") << u"pique\u0301"_s << QStringList {u"ST-PQ-01"_s};
    QTest::newRow("brand without accent") << u"atlantica"_s << QStringList {u"ST-AT-01"_s};
    QTest::newRow("brand prefix") << u"atlan"_s << QStringList {u"ST-AT-01"_s};
    QTest::newRow("prefixes") << u"piq pol sh"_s << QStringList {u"ST-PQ-01"_s};
    QTest::newRow("punctuation") << u"piqué-polo, shirt!"_s << QStringList {u"ST-PQ-01"_s};
    QTest::newRow("words in any order") << u"shirt pique"_s << QStringList {u"ST-PQ-01"_s};
    QTest::newRow("colour") << u"ecru"_s << QStringList {u"ST-CR-01"_s};
    QTest::newRow("name and colour") << u"crepe ecru"_s << QStringList {u"ST-CR-01"_s};
    QTest::newRow("category") << u"knitwear"_s << QStringList {u"ST-PN-01"_s};
    QTest::newRow("sku") << u"st-pq-01-2"_s << QStringList {u"ST-PQ-01"_s};
    QTest::newRow("brand with ampersand") << u"brae & co"_s << QStringList {u"ST-CR-01"_s};
    QTest::newRow("polo anywhere")
        << u"polo"_s
        << QStringList {u"ST-PD-01"_s, u"ST-PL-01"_s, u"ST-PN-01"_s, u"ST-PO-01"_s, u"ST-PQ-01"_s};
    QTest::newRow("nonsense") << u"zzqx"_s << QStringList();
    QTest::newRow("one known word, one not") << u"pique zzqx"_s << QStringList();
    QTest::newRow("search syntax") << u"\"polo\" AND NOT (*"_s << QStringList();
    QTest::newRow("search syntax alone")
        << u"\"polo\" (*"_s
        << QStringList {u"ST-PD-01"_s, u"ST-PL-01"_s, u"ST-PN-01"_s, u"ST-PO-01"_s, u"ST-PQ-01"_s};
}

void TestCatalogSearch::finds()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    QStringList ids = search(typed);
    ids.sort();
    expected.sort();
    QCOMPARE(ids, expected);
}

void TestCatalogSearch::ranking_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected"); // in this order

    // The exact name first; then names with every word whole, then names starting so, by name;
    // then matches elsewhere (brand, colour, category, SKU).
    QTest::newRow("polo") << u"polo"_s
                          << QStringList {u"ST-PO-01"_s, u"ST-PD-01"_s, u"ST-PQ-01"_s,
                                          u"ST-PN-01"_s, u"ST-PL-01"_s};
    QTest::newRow("exact name, other spelling")
        << u"pique polo shirt"_s << QStringList {u"ST-PQ-01"_s};
    QTest::newRow("prefix") << u"pol"_s
                            << QStringList {u"ST-PD-01"_s, u"ST-PQ-01"_s, u"ST-PO-01"_s,
                                            u"ST-PN-01"_s, u"ST-PL-01"_s};
    // An exact SKU leads even when other styles match its words.
    QTest::newRow("exact sku") << u"ST-PN-01-1"_s << QStringList {u"ST-PN-01"_s};
}

void TestCatalogSearch::ranking()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    QCOMPARE(search(typed), expected);
}

void TestCatalogSearch::sameOrderWhateverTheSyncOrder()
{
    // A tablet that received the catalogue in the opposite order lists it the same way.
    const QStringList queries = {u"polo"_s, u"pol"_s, u"shirt"_s, u""_s, u"norte"_s};
    QMap<QString, QStringList> first;
    for (const QString &q : queries)
        first.insert(q, search(q));
    m_fixture.reset(); // one process-wide store at a time
    m_fixture = std::make_unique<TestData::LocalStoreFixture>();
    QVERIFY(m_fixture->isReady());
    QVERIFY(seed(m_fixture->db(), true));
    for (const QString &q : queries)
        QCOMPARE(search(q), first.value(q));
}

void TestCatalogSearch::followsCatalogueChanges()
{
    TestData::Seeder seed(m_fixture->db());
    // A renamed style is found by its new name only.
    QVERIFY(seed.style(u"ST-PO-01"_s, u"Tennis Shirt"_s, u"Norte"_s, u"tops"_s));
    QCOMPARE(search(u"tennis"_s), QStringList {u"ST-PO-01"_s});
    QVERIFY(!search(u"polo"_s).contains(u"ST-PO-01"_s));
    // A new colour of a style is found.
    QVERIFY(seed.product(u"ST-PO-01-3"_s, u"ST-PO-01"_s, 4990, u"Mostaza"_s, u"S"_s));
    QCOMPARE(search(u"mostaza"_s), QStringList {u"ST-PO-01"_s});
    // A product gone, its colour with it.
    QVERIFY(Database::exec(m_fixture->db(), u"DELETE FROM products WHERE sku = 'ST-PO-01-3'"_s));
    QCOMPARE(search(u"mostaza"_s), QStringList());
    // A style gone.
    QVERIFY(Database::exec(m_fixture->db(), u"DELETE FROM styles WHERE id = 'ST-PQ-01'"_s));
    QCOMPARE(search(u"pique"_s), QStringList());
}

void TestCatalogSearch::inactiveProductsAndCategory()
{
    QCOMPARE(search(u"polo"_s, u"tops"_s), (QStringList {u"ST-PO-01"_s, u"ST-PQ-01"_s}));
    QVERIFY(Database::exec(m_fixture->db(),
                           u"UPDATE products SET active = 0 WHERE style_id = 'ST-PQ-01'"_s));
    QCOMPARE(search(u"pique"_s), QStringList());
    QCOMPARE(search(QString()).size(), int(std::size(catalogue)) - 1);
}

void TestCatalogSearch::model()
{
    ProductSearchModel model(m_fixture->store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(u"atlantica"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.get(0).value(u"name"_s).toString(), u"Linen Shirt"_s);
    QVERIFY(model.errorString().isEmpty());
    model.setQuery(u"pique"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.get(0).value(u"name"_s).toString(), u"Piqué Polo Shirt"_s);
}

QTEST_MAIN(TestCatalogSearch)
#include "tst_catalogsearch.moc"
