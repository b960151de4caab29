// SPDX-License-Identifier: MIT
// DemoGenerator: deterministic, believable, consistent demo data.
#include "database.h"
#include "demogenerator.h"
#include "entities.h"
#include "phonenumbers.h"
#include "pinhash.h"
#include "schema.h"
#include "testdata.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int customers = 300;
constexpr int eventsPerCustomer = 20;
const QDate referenceDate(2026, 11, 25);

DemoOptions optionsWithSeed(quint64 seed)
{
    DemoOptions options;
    options.seed = seed;
    options.customers = customers;
    options.averageEventsPerCustomer = eventsPerCustomer;
    options.referenceDate = referenceDate;
    return options;
}

QList<QVariantList> rows(const QSqlDatabase &db, const QString &sql)
{
    QList<QVariantList> result;
    QSqlQuery query(db);
    if (!query.exec(sql))
        qWarning() << sql << query.lastError().text();
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < query.record().count(); ++i)
            row << query.value(i);
        result << row;
    }
    return result;
}

int count(const QSqlDatabase &db, const QString &sql)
{
    return Database::scalar(db, sql).toInt();
}

bool isValidEan13(const QString &code)
{
    if (code.size() != 13)
        return false;
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        if (!code.at(i).isDigit())
            return false;
        sum += code.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    }
    return code.at(12).digitValue() == (10 - sum % 10) % 10;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void sameSeedSameRows();
    void otherSeedOtherRows();
    void portableWriterSameRows();
    void counts();
    void progressIsReported();
    void joseMunozShowcase();
    void namesakesForRanking();
    void channelMix();
    void orderTotalsAddUp();
    void lifetimeValueAndTier();
    void phoneSearchTokens();
    void barcodesAreEan13();
    void loyaltyIdsAreUnique();
    void demoStaffSignIn();
    void deliveryOptionsAndCoupons();
    void referencesResolve();

private:
    QSqlDatabase open(const QString &name);
    /** A SHA-256 of every row of the table, ordered by its key. */
    QByteArray tableHash(const QSqlDatabase &db, const Entity &entity);

    QTemporaryDir m_dir;
    QSqlDatabase m_first;
    QSqlDatabase m_second;
    QSqlDatabase m_otherSeed;
    DemoSummary m_summary;
    QList<int> m_progress;
};

QSqlDatabase TestDemoGenerator::open(const QString &name)
{
    QString error;
    QSqlDatabase db = Database::openSqlite(m_dir.filePath(name + u".db"_s), name, &error);
    if (!db.isOpen() || !Database::migrate(db, Schema::clientMigrations(), &error))
        qWarning() << "cannot open" << name << error;
    return db;
}

void TestDemoGenerator::initTestCase()
{
    TestData::initEnvironment();
    QVERIFY(m_dir.isValid());
    m_first = open(u"first"_s);
    m_second = open(u"second"_s);
    m_otherSeed = open(u"other"_s);

    DemoOptions options = optionsWithSeed(7);
    options.progress = [this](int percent, const QString &stage) {
        QVERIFY(!stage.isEmpty());
        m_progress << percent;
    };
    QString error;
    QVERIFY2(DemoGenerator(options).generate(m_first, &error, &m_summary), qPrintable(error));
    QVERIFY2(DemoGenerator(optionsWithSeed(7)).generate(m_second, &error), qPrintable(error));
    QVERIFY2(DemoGenerator(optionsWithSeed(8)).generate(m_otherSeed, &error), qPrintable(error));
}

void TestDemoGenerator::cleanupTestCase()
{
    for (const QString &name : {u"first"_s, u"second"_s, u"other"_s}) {
        m_first = m_second = m_otherSeed = QSqlDatabase();
        Database::close(name);
    }
}

QByteArray TestDemoGenerator::tableHash(const QSqlDatabase &db, const Entity &entity)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(db);
    if (!query.exec(u"SELECT * FROM "_s + entity.table + u" ORDER BY "_s
                    + entity.keyColumns.join(u", "_s)))
        return {};
    while (query.next()) {
        for (int i = 0; i < query.record().count(); ++i) {
            hash.addData(query.value(i).toString().toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return hash.result();
}

void TestDemoGenerator::sameSeedSameRows()
{
    // The tables the generator fills; other replicated tables are compared too (empty).
    const QStringList filled = {u"locations"_s,
                                u"staff"_s,
                                u"styles"_s,
                                u"products"_s,
                                u"inventory"_s,
                                u"customers"_s,
                                u"customer_preferences"_s,
                                u"consents"_s,
                                u"consent_events"_s,
                                u"addresses"_s,
                                u"customer_events"_s,
                                u"orders"_s,
                                u"order_lines"_s,
                                u"order_status_history"_s,
                                u"payments"_s,
                                u"refunds"_s,
                                u"wishlist_items"_s,
                                u"cart_lines"_s,
                                u"notes"_s,
                                u"tasks"_s};
    for (const QString &table : filled) {
        QVERIFY2(count(m_first, u"SELECT COUNT(*) FROM "_s + table) > 0, qPrintable(table));
    }
    for (const Entity &entity : Entities::all()) {
        QVERIFY2(tableHash(m_first, entity) == tableHash(m_second, entity),
                 qPrintable(entity.table + u" differs between two runs with the same seed"_s));
    }
}

void TestDemoGenerator::otherSeedOtherRows()
{
    const Entity *customer = Entities::byName(u"customer"_s);
    const Entity *event = Entities::byName(u"event"_s);
    QVERIFY(customer && event);
    QVERIFY(tableHash(m_first, *customer) != tableHash(m_otherSeed, *customer));
    QVERIFY(tableHash(m_first, *event) != tableHash(m_otherSeed, *event));
    // The chain itself is the same for every seed.
    const Entity *product = Entities::byName(u"product"_s);
    QVERIFY(product);
    QCOMPARE(tableHash(m_first, *product), tableHash(m_otherSeed, *product));
}

void TestDemoGenerator::portableWriterSameRows()
{
    // The path PostgreSQL takes (batched INSERTs through QSqlQuery) writes the same rows,
    // with '' (not NULL) in empty text columns.
    QSqlDatabase portable = open(u"portable"_s);
    DemoOptions options = optionsWithSeed(7);
    options.nativeSqlite = false;
    QString error;
    QVERIFY2(DemoGenerator(options).generate(portable, &error), qPrintable(error));
    for (const Entity &entity : Entities::all()) {
        QVERIFY2(tableHash(m_first, entity) == tableHash(portable, entity),
                 qPrintable(entity.table + u" differs between the two ways of writing"_s));
    }
    portable = QSqlDatabase();
    Database::close(u"portable"_s);
}

void TestDemoGenerator::counts()
{
    QCOMPARE(count(m_first, u"SELECT COUNT(*) FROM customers"_s), customers);
    QCOMPARE(m_summary.customers, qint64(customers));
    QCOMPARE(count(m_first, u"SELECT COUNT(*) FROM locations WHERE kind = 'store'"_s), 4);
    QCOMPARE(count(m_first, u"SELECT COUNT(*) FROM locations WHERE id = 'WH1'"_s), 1);
    QCOMPARE(count(m_first, u"SELECT COUNT(*) FROM staff"_s), m_summary.staff);
    QVERIFY(m_summary.staff >= 28);
    QVERIFY(m_summary.styles >= 90 && m_summary.styles <= 120);
    QVERIFY(m_summary.products >= 400 && m_summary.products <= 650);
    QCOMPARE(count(m_first, u"SELECT COUNT(*) FROM inventory"_s), 5 * m_summary.products);

    const int events = count(m_first, u"SELECT COUNT(*) FROM customer_events"_s);
    QCOMPARE(events, int(m_summary.events));
    const int expected = customers * eventsPerCustomer;
    QVERIFY2(events > expected * 3 / 4 && events < expected * 5 / 4,
             qPrintable(u"%1 events for %2 expected"_s.arg(events).arg(expected)));
    QCOMPARE(count(m_first, u"SELECT COUNT(*) FROM orders"_s), int(m_summary.orders));
    QVERIFY(m_summary.rows > events + m_summary.orders);
    // Some customers with a long history, some with none.
    QVERIFY(count(m_first,
                  u"SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM customer_events"
                  " GROUP BY customer_id)"_s)
            > 5 * eventsPerCustomer);
}

void TestDemoGenerator::progressIsReported()
{
    QVERIFY(m_progress.size() >= 3);
    QCOMPARE(m_progress.first(), 0);
    QCOMPARE(m_progress.last(), 100);
    QVERIFY(std::is_sorted(m_progress.begin(), m_progress.end()));
}

void TestDemoGenerator::joseMunozShowcase()
{
    const auto customer
        = rows(m_first,
               u"SELECT id, first_name, last_name, tier, home_location_id, language FROM"
               " customers WHERE loyalty_id = '%1'"_s.arg(
                   QLatin1StringView(DemoData::joseMunozLoyaltyId)));
    QCOMPARE(customer.size(), 1);
    const QString id = customer.first().at(0).toString();
    QCOMPARE(id, u"C000000001"_s);
    QCOMPARE(customer.first().at(1).toString(), u"José"_s);
    QCOMPARE(customer.first().at(2).toString(), u"Muñoz"_s);
    QCOMPARE(customer.first().at(3).toString(), u"gold"_s);
    QCOMPARE(customer.first().at(4).toString(), QString::fromLatin1(DemoData::demoStoreId));

    const QString where = u" FROM customer_events WHERE customer_id = '"_s + id + u"'"_s;
    for (const char *channel : {"web", "app", "store", "call_centre"}) {
        QVERIFY2(count(m_first,
                       u"SELECT COUNT(*)"_s + where + u" AND channel = '"_s
                           + QLatin1StringView(channel) + u"'"_s)
                     > 0,
                 channel);
    }
    QVERIFY(count(m_first,
                  u"SELECT COUNT(*)"_s + where
                      + u" AND kind = 'purchased'"
                        " AND location_id = 'MAD'"_s)
            > 0);

    // Browsing last night (the evening before the reference date, Madrid time), web and app.
    const QTimeZone madrid("Europe/Madrid");
    const qint64 eveningStart
        = QDateTime(referenceDate.addDays(-1), QTime(18, 0), madrid).toMSecsSinceEpoch();
    const qint64 midnight = QDateTime(referenceDate, QTime(0, 0), madrid).toMSecsSinceEpoch();
    const auto lastNight = rows(m_first,
                                u"SELECT DISTINCT channel"_s + where
                                    + u" AND kind = 'viewed' AND occurred_at >= %1"
                                      " AND occurred_at < %2 ORDER BY channel"_s.arg(eveningStart)
                                          .arg(midnight));
    QCOMPARE(lastNight.size(), 2);
    QCOMPARE(lastNight.at(0).at(0).toString(), u"app"_s);
    QCOMPARE(lastNight.at(1).at(0).toString(), u"web"_s);

    const QString mine = u" WHERE customer_id = '"_s + id + u"'"_s;
    QVERIFY(count(m_first, u"SELECT COUNT(*) FROM wishlist_items"_s + mine) >= 2);
    QVERIFY(count(m_first,
                  u"SELECT COUNT(*) FROM cart_lines"_s + mine
                      + u" AND channel = 'web' AND added_at >= %1"_s.arg(eveningStart))
            >= 1);
    QVERIFY(
        count(m_first,
              u"SELECT COUNT(*) FROM customer_preferences"_s + mine + u" AND key LIKE 'size.%'"_s)
        >= 2);
    QVERIFY(count(m_first, u"SELECT COUNT(*) FROM consents"_s + mine) >= 2);
    QVERIFY(count(m_first, u"SELECT COUNT(*) FROM notes"_s + mine) >= 1);
    QVERIFY(count(m_first, u"SELECT COUNT(*) FROM addresses"_s + mine) >= 1);
    const auto orderChannels
        = rows(m_first, u"SELECT DISTINCT channel FROM orders"_s + mine + u" ORDER BY channel"_s);
    QCOMPARE(orderChannels.size(), 3); // app, store, web
}

void TestDemoGenerator::namesakesForRanking()
{
    QCOMPARE(count(m_first,
                   u"SELECT COUNT(*) FROM customers WHERE first_name = 'José'"
                   " AND last_name = 'Muñoz'"_s),
             1);
    QVERIFY(count(m_first,
                  u"SELECT COUNT(*) FROM customers WHERE first_name = 'José'"
                  " AND last_name = 'Martínez'"_s)
            >= 1);
    QVERIFY(count(m_first, u"SELECT COUNT(*) FROM customers WHERE last_name = 'Munoz'"_s) >= 1);
    QVERIFY(count(m_first,
                  u"SELECT COUNT(*) FROM customers WHERE first_name = 'Ana'"
                  " AND last_name = 'Muñoz'"_s)
            >= 1);
    // Accents as Spanish names have them, English and Irish names for Irish stores.
    QVERIFY(count(m_first,
                  u"SELECT COUNT(*) FROM customers WHERE home_location_id IN"
                  " ('MAD', 'BCN') AND (first_name || last_name) GLOB '*[áéíóúñ]*'"_s)
            > customers / 5);
    QVERIFY(count(m_first,
                  u"SELECT COUNT(*) FROM customers WHERE home_location_id IN"
                  " ('DUB', 'ORK') AND language = 'en'"_s)
            > customers / 5);
    QCOMPARE(count(m_first, u"SELECT COUNT(*) FROM customers WHERE email <> lower(email)"_s), 0);
}

void TestDemoGenerator::channelMix()
{
    const auto mix = rows(m_first,
                          u"WITH c AS (SELECT customer_id,"
                          " MAX(channel IN ('web', 'app')) AS online,"
                          " MAX(channel = 'store') AS store"
                          " FROM customer_events GROUP BY customer_id)"
                          " SELECT SUM(online AND NOT store), SUM(store AND NOT online),"
                          " SUM(online AND store) FROM c"_s);
    QCOMPARE(mix.size(), 1);
    const int onlineOnly = mix.first().at(0).toInt();
    const int storeOnly = mix.first().at(1).toInt();
    const int both = mix.first().at(2).toInt();
    QVERIFY2(onlineOnly > customers / 10 && storeOnly > customers / 10,
             qPrintable(u"online only %1, store only %2"_s.arg(onlineOnly).arg(storeOnly)));
    QVERIFY2(both > onlineOnly && both > storeOnly, qPrintable(QString::number(both)));
}

void TestDemoGenerator::orderTotalsAddUp()
{
    QVERIFY(count(m_first, u"SELECT COUNT(*) FROM orders"_s) > customers);
    QCOMPARE(count(m_first,
                   u"SELECT COUNT(*) FROM orders o WHERE total_minor <> shipping_minor"
                   " + (SELECT SUM(total_minor) FROM order_lines l"
                   " WHERE l.order_id = o.id)"_s),
             0);
    QCOMPARE(count(m_first,
                   u"SELECT COUNT(*) FROM orders WHERE total_minor"
                   " <> subtotal_minor - discount_minor + shipping_minor"_s),
             0);
    QCOMPARE(count(m_first,
                   u"SELECT COUNT(*) FROM order_lines WHERE total_minor"
                   " <> unit_price_minor * quantity - discount_minor"_s),
             0);
    // VAT included in the price: 21 % in Spain (21/121 of the total), 23 % in Ireland.
    QCOMPARE(count(m_first,
                   u"SELECT COUNT(*) FROM order_lines WHERE tax_minor <= 0"
                   " OR tax_minor >= total_minor / 4"_s),
             0);
    QCOMPARE(count(m_first,
                   u"SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1"
                   " FROM order_status_history h WHERE h.order_id = o.id)"_s),
             0);
    QCOMPARE(count(m_first,
                   u"SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1"
                   " FROM payments p WHERE p.order_id = o.id)"_s),
             0);
    QCOMPARE(count(m_first,
                   u"SELECT COUNT(*) FROM orders WHERE channel = 'store'"
                   " AND number NOT LIKE 'S-%'"_s),
             0);
}

void TestDemoGenerator::lifetimeValueAndTier()
{
    QCOMPARE(count(m_first,
                   u"SELECT COUNT(*) FROM customers c WHERE lifetime_value_minor <>"
                   " COALESCE((SELECT SUM(amount_minor) FROM customer_events e WHERE"
                   " e.customer_id = c.id AND kind = 'purchased'), 0) - COALESCE((SELECT"
                   " SUM(amount_minor) FROM customer_events e WHERE e.customer_id = c.id AND"
                   " kind = 'returned'), 0)"_s),
             0);
    QCOMPARE(count(m_first,
                   u"SELECT COUNT(*) FROM customers WHERE tier <> CASE"
                   " WHEN lifetime_value_minor >= 500000 THEN 'platinum'"
                   " WHEN lifetime_value_minor >= 150000 THEN 'gold'"
                   " WHEN lifetime_value_minor >= 50000 THEN 'silver'"
                   " ELSE 'member' END"_s),
             0);
    QCOMPARE(count(m_first,
                   u"SELECT COUNT(*) FROM customers WHERE points"
                   " <> MAX(0, lifetime_value_minor / 100)"_s),
             0);
}

void TestDemoGenerator::phoneSearchTokens()
{
    const auto customersRows
        = rows(m_first,
               u"SELECT c.phone, c.phone_search, c.phone_e164, l.country FROM customers c"
               " JOIN locations l ON l.id = c.home_location_id"_s);
    QCOMPARE(customersRows.size(), customers);
    int withPhone = 0;
    for (const QVariantList &row : customersRows) {
        const QString phone = row.at(0).toString();
        const QString country = row.at(3).toString();
        QCOMPARE(row.at(1).toString(), PhoneNumbers::searchTokens(phone, country));
        // Every number is one the home store's tablet accepts (expatriates' with their code).
        if (!phone.isEmpty()) {
            const PhoneNumbers::Number number = PhoneNumbers::parse(phone, country);
            QVERIFY2(number.valid, qPrintable(phone + u" in "_s + country));
            QCOMPARE(row.at(2).toString(), number.e164);
        } else {
            QCOMPARE(row.at(2).toString(), QString());
        }
        withPhone += phone.isEmpty() ? 0 : 1;
    }
    QVERIFY(withPhone > customers * 3 / 4);
}

void TestDemoGenerator::barcodesAreEan13()
{
    const auto products = rows(m_first, u"SELECT barcode, price_minor FROM products"_s);
    QVERIFY(!products.isEmpty());
    for (const QVariantList &row : products) {
        QVERIFY2(isValidEan13(row.at(0).toString()), qPrintable(row.at(0).toString()));
        QVERIFY(row.at(1).toLongLong() > 0);
    }
    QCOMPARE(count(m_first, u"SELECT COUNT(DISTINCT barcode) FROM products"_s),
             int(products.size()));
}

void TestDemoGenerator::loyaltyIdsAreUnique()
{
    QCOMPARE(count(m_first, u"SELECT COUNT(DISTINCT loyalty_id) FROM customers"_s), customers);
    QCOMPARE(count(m_first,
                   u"SELECT COUNT(*) FROM customers WHERE length(loyalty_id) <> 13"
                   " OR loyalty_id NOT LIKE '4000%'"_s),
             0);
    QCOMPARE(Database::scalar(m_first, u"SELECT MAX(id) FROM customers"_s).toString(),
             u"C%1"_s.arg(customers, 9, 10, QChar(u'0')));
}

// A tablet prepared alone (clienteling --demo-data) had no delivery options: the endless aisle
// could not offer home delivery. They and the demo's coupons come with the chain now.
void TestDemoGenerator::deliveryOptionsAndCoupons()
{
    QCOMPARE(count(m_first, u"SELECT COUNT(*) FROM delivery_options WHERE country = 'ES'"_s), 2);
    QCOMPARE(count(m_first, u"SELECT COUNT(*) FROM delivery_options"_s), 7);
    QCOMPARE(count(m_first, u"SELECT COUNT(*) FROM coupons WHERE code = 'WELCOME10' AND active = 1"
                            " AND valid_to = 0"_s),
             1);
}

void TestDemoGenerator::demoStaffSignIn()
{
    const auto staff = rows(m_first,
                            u"SELECT staff_number, location_id, role, pin_salt,"
                            " pin_iterations, pin_hash FROM staff WHERE staff_number"
                            " IN ('1001', '1002') ORDER BY staff_number"_s);
    QCOMPARE(staff.size(), 2);
    const QVariantList &associate = staff.at(0);
    QCOMPARE(associate.at(1).toString(), u"MAD"_s);
    QCOMPARE(associate.at(2).toString(), u"associate"_s);
    // Argon2id at the interactive cost, as a PIN set today.
    QVERIFY2(associate.at(5).toString().startsWith(u"$argon2id$v=19$m=65536,t=2,p=1$"_s),
             qPrintable(associate.at(5).toString()));
    QCOMPARE(associate.at(4).toInt(), 0);
    QVERIFY(PinHash::verify(QString::fromLatin1(DemoData::associatePin), associate.at(3).toString(),
                            associate.at(4).toInt(), associate.at(5).toString()));
    QVERIFY(!PinHash::verify(u"0000"_s, associate.at(3).toString(), associate.at(4).toInt(),
                             associate.at(5).toString()));
    const QVariantList &manager = staff.at(1);
    QCOMPARE(manager.at(2).toString(), u"manager"_s);
    QVERIFY(PinHash::isArgon2id(manager.at(5).toString()));
    QVERIFY(PinHash::verify(QString::fromLatin1(DemoData::managerPin), manager.at(3).toString(),
                            manager.at(4).toInt(), manager.at(5).toString()));
    QCOMPARE(count(m_first, u"SELECT COUNT(*) FROM staff WHERE role = 'manager'"_s), 4);
}

void TestDemoGenerator::referencesResolve()
{
    const QStringList orphans = {
        u"SELECT COUNT(*) FROM customer_events e WHERE sku <> '' AND NOT EXISTS"
        " (SELECT 1 FROM products p WHERE p.sku = e.sku)"_s,
        u"SELECT COUNT(*) FROM customer_events e WHERE order_id <> '' AND NOT EXISTS"
        " (SELECT 1 FROM orders o WHERE o.id = e.order_id AND o.customer_id = e.customer_id)"_s,
        u"SELECT COUNT(*) FROM customer_events e WHERE NOT EXISTS"
        " (SELECT 1 FROM customers c WHERE c.id = e.customer_id)"_s,
        u"SELECT COUNT(*) FROM order_lines l WHERE NOT EXISTS"
        " (SELECT 1 FROM orders o WHERE o.id = l.order_id)"_s,
        u"SELECT COUNT(*) FROM products p WHERE NOT EXISTS"
        " (SELECT 1 FROM styles s WHERE s.id = p.style_id)"_s,
        u"SELECT COUNT(*) FROM orders o WHERE associate_id <> '' AND NOT EXISTS"
        " (SELECT 1 FROM staff s WHERE s.id = o.associate_id)"_s,
        u"SELECT COUNT(*) FROM refunds r WHERE NOT EXISTS"
        " (SELECT 1 FROM payments p WHERE p.id = r.payment_id AND p.order_id = r.order_id)"_s,
        u"SELECT COUNT(*) FROM cart_lines c WHERE NOT EXISTS"
        " (SELECT 1 FROM products p WHERE p.sku = c.sku)"_s,
        u"SELECT COUNT(*) FROM customer_events WHERE occurred_at > %1"_s.arg(
            TestData::referenceMs()),
    };
    for (const QString &sql : orphans)
        QVERIFY2(count(m_first, sql) == 0, qPrintable(sql));
}

QTEST_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
