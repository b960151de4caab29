// SPDX-License-Identifier: MIT
// The chain's discount rules as the checkout and the service apply them: the loyalty tier,
// one coupon (percentage or amount, minimum spend, validity, currency), stacking capped at
// 50%, typed codes normalised; and whatever the mix, the sale's parts add up to the minor unit.
#include "database.h"
#include "discounts.h"
#include "pricing.h"
#include "rowstore.h"
#include "schema.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDiscounts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    const qint64 now = 1764000000000LL;

    void coupon(const QString &code, const QString &kind, qint64 value, qint64 minSpend,
                qint64 from = 0, qint64 to = 0, bool active = true,
                const QString &currency = u"EUR"_s)
    {
        QVERIFY(Database::exec(m_db,
                               u"INSERT INTO coupons (code, kind, value, min_spend_minor,"
                               " currency, valid_from, valid_to, active) VALUES ('%1',"
                               " '%2', %3, %4, '%5', %6, %7, %8)"_s.arg(code, kind)
                                   .arg(value)
                                   .arg(minSpend)
                                   .arg(currency)
                                   .arg(from)
                                   .arg(to)
                                   .arg(active ? 1 : 0)));
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_db = Database::openSqlite(m_dir.filePath(u"d.db"_s), u"discounts"_s, &error);
        QVERIFY2(Database::migrate(m_db, Schema::clientMigrations(), &error), qPrintable(error));
        for (const auto &[id, tier] : {std::pair {"C1", "member"}, std::pair {"C2", "silver"},
                                       std::pair {"C3", "gold"}, std::pair {"C4", "platinum"}})
            QVERIFY(Database::exec(m_db,
                                   u"INSERT INTO customers (id, tier) VALUES ('%1', '%2')"_s.arg(
                                       QLatin1String(id), QLatin1String(tier))));
        coupon(u"WELCOME10"_s, u"percent"_s, 1000, 5000);
        coupon(u"SPRING5"_s, u"amount"_s, 500, 3000);
        coupon(u"OLD"_s, u"percent"_s, 2000, 0, 0, now - 1);
        coupon(u"SOON"_s, u"percent"_s, 2000, 0, now + 1000);
        coupon(u"OFF"_s, u"percent"_s, 2000, 0, 0, 0, false);
        coupon(u"GBP5"_s, u"amount"_s, 500, 0, 0, 0, true, u"GBP"_s);
        coupon(u"HALF"_s, u"percent"_s, 5000, 0);
    }

    void tiers()
    {
        RowStore rows(m_db);
        QCOMPARE(Discounts::forSale(rows, u"C1"_s, {}, 10000, u"EUR"_s, now).percentBp, 0);
        QCOMPARE(Discounts::forSale(rows, u"C2"_s, {}, 10000, u"EUR"_s, now).percentBp, 500);
        QCOMPARE(Discounts::forSale(rows, u"C3"_s, {}, 10000, u"EUR"_s, now).percentBp, 1000);
        QCOMPARE(Discounts::forSale(rows, u"C4"_s, {}, 10000, u"EUR"_s, now).percentBp, 1500);
        // Anonymous sales get no tier.
        QCOMPARE(Discounts::forSale(rows, {}, {}, 10000, u"EUR"_s, now).percentBp, 0);
    }

    void coupons_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("subtotal");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<int>("percentBp");
        QTest::addColumn<qint64>("amountOff");
        QTest::newRow("percent") << u"WELCOME10"_s << qint64(6000) << QString() << 1000
                                 << qint64(0);
        QTest::newRow("typed loosely")
            << u" welcome 10 "_s << qint64(6000) << QString() << 1000 << qint64(0);
        QTest::newRow("amount") << u"SPRING5"_s << qint64(3000) << QString() << 0 << qint64(500);
        QTest::newRow("under the minimum")
            << u"WELCOME10"_s << qint64(4999) << u"min_spend"_s << 0 << qint64(0);
        QTest::newRow("expired") << u"OLD"_s << qint64(6000) << u"expired"_s << 0 << qint64(0);
        QTest::newRow("not yet") << u"SOON"_s << qint64(6000) << u"not_yet"_s << 0 << qint64(0);
        QTest::newRow("inactive") << u"OFF"_s << qint64(6000) << u"inactive"_s << 0 << qint64(0);
        QTest::newRow("other currency")
            << u"GBP5"_s << qint64(6000) << u"currency"_s << 0 << qint64(0);
        QTest::newRow("unknown") << u"NOPE"_s << qint64(6000) << u"unknown"_s << 0 << qint64(0);
    }
    void coupons()
    {
        QFETCH(QString, code);
        QFETCH(qint64, subtotal);
        QFETCH(QString, problem);
        QFETCH(int, percentBp);
        QFETCH(qint64, amountOff);
        RowStore rows(m_db);
        const Discounts::ForSale sale
            = Discounts::forSale(rows, u"C1"_s, code, subtotal, u"EUR"_s, now);
        QCOMPARE(sale.coupon.valid, problem.isEmpty());
        QCOMPARE(sale.coupon.problem, problem);
        QCOMPARE(sale.percentBp, percentBp);
        QCOMPARE(sale.amountOffMinor, amountOff);
    }

    void stackingIsCapped()
    {
        RowStore rows(m_db);
        // Platinum 15% + a 50% coupon: half off, never more.
        QCOMPARE(Discounts::forSale(rows, u"C4"_s, u"HALF"_s, 10000, u"EUR"_s, now).percentBp,
                 Discounts::maxPercentBp);
        QCOMPARE(Discounts::forSale(rows, u"C3"_s, u"WELCOME10"_s, 10000, u"EUR"_s, now).percentBp,
                 2000);
    }

    void everyMixAddsUp()
    {
        RowStore rows(m_db);
        QRandomGenerator random(20261125);
        const QStringList customers = {u"C1"_s, u"C2"_s, u"C3"_s, u"C4"_s, QString()};
        const QStringList codes = {QString(), u"WELCOME10"_s, u"SPRING5"_s, u"HALF"_s, u"OLD"_s};
        for (int run = 0; run < 2000; ++run) {
            QList<Pricing::Line> lines;
            qint64 subtotal = 0;
            for (int i = 0, n = 1 + int(random.bounded(6)); i < n; ++i) {
                lines << Pricing::Line {u"S%1"_s.arg(i), 1 + random.bounded(3),
                                        1 + random.bounded(30000)};
                subtotal += lines.last().unitPriceMinor * lines.last().quantity;
            }
            const Discounts::ForSale d = Discounts::forSale(
                rows, customers.at(random.bounded(int(customers.size()))),
                codes.at(random.bounded(int(codes.size()))), subtotal, u"EUR"_s, now);
            const qint64 shipping = random.bounded(2) ? 495 : 0;
            const Pricing::Quote q
                = Pricing::quote(lines, u"EUR"_s, 2100, shipping, d.percentBp, d.amountOffMinor);
            qint64 lineTotals = 0;
            for (const Pricing::Line &line : q.lines)
                lineTotals += line.totalMinor;
            const QString context = u"run %1"_s.arg(run);
            QVERIFY2(q.totalMinor == lineTotals + q.shippingMinor, qPrintable(context));
            QVERIFY2(q.totalMinor == q.subtotalMinor - q.discountMinor + q.shippingMinor,
                     qPrintable(context));
            QVERIFY2(q.discountMinor <= q.subtotalMinor * Discounts::maxPercentBp / 10000
                             + d.amountOffMinor + 1,
                     qPrintable(context));
            QVERIFY2(q.totalMinor >= q.shippingMinor, qPrintable(context));
            // Split across tenders and refunded in parts, it still adds up.
            const QList<qint64> tenders = Pricing::allocate(q.totalMinor, {1, 1, 2});
            QVERIFY2(std::accumulate(tenders.begin(), tenders.end(), qint64(0)) == q.totalMinor,
                     qPrintable(context));
        }
    }
};

QTEST_GUILESS_MAIN(TestDiscounts)
#include "tst_discounts.moc"
