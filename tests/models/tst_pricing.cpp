// SPDX-License-Identifier: MIT
// Prices on a receipt: VAT contained in VAT-inclusive prices, discounts spread over the lines,
// delivery added. Worked examples, then properties checked over many random carts (the seed is
// printed, and CLIENTELING_PRICING_SEED replays a run).
#include "pricing.h"
#include "testdata.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace {

qint64 sum(const QList<qint64> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), qint64(0));
}

quint32 seed()
{
    static const quint32 value = qEnvironmentVariableIsSet("CLIENTELING_PRICING_SEED")
        ? qgetenv("CLIENTELING_PRICING_SEED").toUInt()
        : QRandomGenerator::global()->generate();
    return value;
}

/** VAT rates of the countries we sell in, standard and reduced, in basis points. */
constexpr int vatRates[] = {0, 600, 1000, 1300, 1350, 2000, 2100, 2300};

} // namespace

class TestPricing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestData::initEnvironment();
        qInfo("random seed %u (replay with CLIENTELING_PRICING_SEED=%u)", seed(), seed());
    }

    void vatContainedInAPrice_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<int>("rateBp");
        QTest::addColumn<qint64>("vat");
        QTest::newRow("121.00 at 21%") << qint64(12100) << 2100 << qint64(2100);
        QTest::newRow("59.95 at 21% rounds down") << qint64(5995) << 2100 << qint64(1040);
        QTest::newRow("4.95 delivery at 21% rounds up") << qint64(495) << 2100 << qint64(86);
        QTest::newRow("1.00 at Ireland's 23%") << qint64(100) << 2300 << qint64(19);
        QTest::newRow("exactly half a cent rounds up") << qint64(5) << 10000 << qint64(3);
        QTest::newRow("a refund rounds away from zero") << qint64(-5) << 10000 << qint64(-3);
        QTest::newRow("nothing") << qint64(0) << 2100 << qint64(0);
        QTest::newRow("zero-rated") << qint64(5995) << 0 << qint64(0);
    }
    void vatContainedInAPrice()
    {
        QFETCH(qint64, amount);
        QFETCH(int, rateBp);
        QFETCH(qint64, vat);
        QCOMPARE(Pricing::includedVat(amount, rateBp), vat);
    }

    void allocateExamples_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QList<qint64>>("weights");
        QTest::addColumn<QList<qint64>>("shares");
        QTest::newRow("a euro over three equal lines")
            << qint64(100) << QList<qint64>{1, 1, 1} << QList<qint64>{34, 33, 33};
        QTest::newRow("largest remainder wins the cent")
            << qint64(1999) << QList<qint64>{11990, 2995} << QList<qint64>{1599, 400};
        QTest::newRow("a free line gets nothing")
            << qint64(10) << QList<qint64>{0, 5, 5} << QList<qint64>{0, 5, 5};
        QTest::newRow("one line takes it all") << qint64(777) << QList<qint64>{3}
                                               << QList<qint64>{777};
        QTest::newRow("nothing to spread") << qint64(0) << QList<qint64>{2, 3}
                                           << QList<qint64>{0, 0};
        QTest::newRow("nothing to weigh by") << qint64(50) << QList<qint64>{0, 0}
                                             << QList<qint64>{0, 0};
        QTest::newRow("no lines") << qint64(50) << QList<qint64>{} << QList<qint64>{};
    }
    void allocateExamples()
    {
        QFETCH(qint64, amount);
        QFETCH(QList<qint64>, weights);
        QFETCH(QList<qint64>, shares);
        QCOMPARE(Pricing::allocate(amount, weights), shares);
    }

    void allocateAddsUpExactly()
    {
        QRandomGenerator random(seed());
        for (int run = 0; run < 5000; ++run) {
            const qint64 amount = random.bounded(run % 10 == 0 ? 100 : 10000000);
            QList<qint64> weights;
            const int count = 1 + int(random.bounded(12));
            for (int i = 0; i < count; ++i)
                weights << (random.bounded(5) == 0 ? 0 : 1 + random.bounded(1000000));
            if (sum(weights) == 0)
                weights[0] = 1;
            const QList<qint64> shares = Pricing::allocate(amount, weights);
            const QString context = u"run %1: %2 over %3"_s.arg(run).arg(amount).arg(weights.size());
            QVERIFY2(shares.size() == weights.size(), qPrintable(context));
            QVERIFY2(sum(shares) == amount, qPrintable(context));
            const qint64 total = sum(weights);
            for (int i = 0; i < shares.size(); ++i) {
                QVERIFY2(shares.at(i) >= 0, qPrintable(context));
                if (weights.at(i) == 0)
                    QVERIFY2(shares.at(i) == 0, qPrintable(context));
                // Within one cent of the exact proportion.
                const double exact = double(amount) * double(weights.at(i)) / double(total);
                QVERIFY2(std::abs(double(shares.at(i)) - exact) < 1.0, qPrintable(context));
            }
        }
    }

    void refundsSpreadLikeCharges()
    {
        // Giving money back over lines or tenders: the mirror image of charging it, so a line
        // never gives back more than its share and a free line gives back nothing.
        QRandomGenerator random(seed() ^ 0xbac);
        for (int run = 0; run < 2000; ++run) {
            const qint64 amount = 1 + random.bounded(100000);
            QList<qint64> weights;
            const int count = 1 + int(random.bounded(6));
            for (int i = 0; i < count; ++i)
                weights << (random.bounded(4) == 0 ? 0 : 1 + random.bounded(10000));
            if (sum(weights) == 0)
                weights[0] = 1;
            const QList<qint64> charged = Pricing::allocate(amount, weights);
            QList<qint64> mirrored;
            for (qint64 share : charged)
                mirrored << -share;
            const QString context = u"run %1: -%2 over %3 lines"_s.arg(run).arg(amount).arg(count);
            QVERIFY2(Pricing::allocate(-amount, weights) == mirrored, qPrintable(context));
        }
        QCOMPARE(Pricing::allocate(-10, {2, 1, 0}), QList<qint64>({-7, -3, 0}));
        QCOMPARE(Pricing::allocate(-5, {1, 3}), QList<qint64>({-1, -4}));
    }

    void receiptExample()
    {
        // Two jumpers at 59.95 and a scarf at 29.95; gold tier 10% off, a 5 euro coupon,
        // standard delivery 4.95; 21% VAT.
        const QList<Pricing::Line> lines{{u"SKU-1-M"_s, 2, 5995}, {u"SCARF"_s, 1, 2995}};
        const Pricing::Quote q = Pricing::quote(lines, u"EUR"_s, 2100, 495, 1000, 500);
        QCOMPARE(q.currency, u"EUR"_s);
        QCOMPARE(q.subtotalMinor, 14985);
        QCOMPARE(q.discountMinor, 1499 + 500); // 10% of 149.85 is 14.985 -> 14.99
        QCOMPARE(q.lines.at(0).discountMinor, 1599);
        QCOMPARE(q.lines.at(1).discountMinor, 400);
        QCOMPARE(q.lines.at(0).totalMinor, 10391);
        QCOMPARE(q.lines.at(1).totalMinor, 2595);
        QCOMPARE(q.lines.at(0).taxMinor, 1803);
        QCOMPARE(q.lines.at(1).taxMinor, 450);
        QCOMPARE(q.shippingMinor, 495);
        QCOMPARE(q.taxMinor, 1803 + 450 + 86);
        QCOMPARE(q.totalMinor, 13481);
    }

    void cashTenderedGivesChangeOrStillDue_data()
    {
        QTest::addColumn<qint64>("given");
        QTest::addColumn<qint64>("due");
        QTest::addColumn<qint64>("taken");
        QTest::addColumn<qint64>("change");
        QTest::addColumn<qint64>("stillDue");
        QTest::newRow("exact") << qint64(4990) << qint64(4990) << qint64(4990) << qint64(0)
                               << qint64(0);
        QTest::newRow("change") << qint64(5000) << qint64(4990) << qint64(4990) << qint64(10)
                                << qint64(0);
        QTest::newRow("part") << qint64(2000) << qint64(4990) << qint64(2000) << qint64(0)
                              << qint64(2990);
        QTest::newRow("nothing given") << qint64(0) << qint64(4990) << qint64(0) << qint64(0)
                                       << qint64(4990);
        QTest::newRow("nothing due") << qint64(500) << qint64(0) << qint64(0) << qint64(0)
                                     << qint64(0);
    }
    void cashTenderedGivesChangeOrStillDue()
    {
        QFETCH(qint64, given);
        QFETCH(qint64, due);
        QFETCH(qint64, taken);
        QFETCH(qint64, change);
        QFETCH(qint64, stillDue);
        const Pricing::CashTendered cash = Pricing::cashTendered(given, due);
        QCOMPARE(cash.takenMinor, taken);
        QCOMPARE(cash.changeMinor, change);
        QCOMPARE(cash.stillDueMinor, stillDue);
    }

    void discountsNeverGoBelowZero_data()
    {
        QTest::addColumn<int>("percentOffBp");
        QTest::addColumn<qint64>("amountOff");
        QTest::addColumn<qint64>("discount");
        QTest::newRow("a coupon worth more than the cart") << 0 << qint64(50000) << qint64(14985);
        QTest::newRow("100% off and a coupon") << 10000 << qint64(500) << qint64(14985);
        QTest::newRow("more than 100% is 100%") << 25000 << qint64(0) << qint64(14985);
        QTest::newRow("a negative coupon is no coupon") << 0 << qint64(-500) << qint64(0);
        QTest::newRow("a negative percentage is none") << -1000 << qint64(0) << qint64(0);
    }
    void discountsNeverGoBelowZero()
    {
        QFETCH(int, percentOffBp);
        QFETCH(qint64, amountOff);
        QFETCH(qint64, discount);
        const QList<Pricing::Line> lines{{u"SKU-1-M"_s, 2, 5995}, {u"SCARF"_s, 1, 2995}};
        const Pricing::Quote q = Pricing::quote(lines, u"EUR"_s, 2100, 495, percentOffBp,
                                                amountOff);
        QCOMPARE(q.discountMinor, discount);
        QCOMPARE(q.totalMinor, 14985 - discount + 495);
        for (const Pricing::Line &line : q.lines) {
            QVERIFY(line.totalMinor >= 0);
            QVERIFY(line.taxMinor >= 0);
        }
        // Free goods still pay for their delivery, VAT included.
        if (discount == q.subtotalMinor)
            QCOMPARE(q.taxMinor, Pricing::includedVat(495, 2100));
    }

    void randomCartsAddUp()
    {
        QRandomGenerator random(seed() ^ 0x5eed);
        for (int run = 0; run < 3000; ++run) {
            QList<Pricing::Line> lines;
            const int count = 1 + int(random.bounded(10));
            for (int i = 0; i < count; ++i)
                lines << Pricing::Line{u"SKU-%1"_s.arg(i), 1 + random.bounded(5),
                                       random.bounded(8) == 0 ? 0 : 1 + random.bounded(100000)};
            const int vat = vatRates[random.bounded(int(std::size(vatRates)))];
            const qint64 shipping = QList<qint64>{0, 495, 995, random.bounded(3000)}.at(
                random.bounded(4));
            const int percentOff = random.bounded(3) == 0 ? int(random.bounded(5001)) : 0;
            const qint64 amountOff = random.bounded(3) == 0 ? random.bounded(200000) : 0;
            const Pricing::Quote q = Pricing::quote(lines, u"EUR"_s, vat, shipping, percentOff,
                                                    amountOff);
            const QString context = u"run %1: %2 lines, VAT %3, shipping %4, %5 bp + %6 off"_s
                                        .arg(run)
                                        .arg(count)
                                        .arg(vat)
                                        .arg(shipping)
                                        .arg(percentOff)
                                        .arg(amountOff);
            QVERIFY2(q.lines.size() == lines.size(), qPrintable(context));
            qint64 subtotal = 0;
            qint64 lineTotals = 0;
            qint64 lineDiscounts = 0;
            qint64 lineTaxes = 0;
            for (int i = 0; i < q.lines.size(); ++i) {
                const Pricing::Line &line = q.lines.at(i);
                const qint64 gross = lines.at(i).unitPriceMinor * lines.at(i).quantity;
                subtotal += gross;
                lineTotals += line.totalMinor;
                lineDiscounts += line.discountMinor;
                lineTaxes += line.taxMinor;
                QVERIFY2(line.discountMinor >= 0 && line.discountMinor <= gross, qPrintable(context));
                QVERIFY2(line.totalMinor == gross - line.discountMinor, qPrintable(context));
                QVERIFY2(line.taxMinor == Pricing::includedVat(line.totalMinor, vat),
                         qPrintable(context));
                QVERIFY2(line.taxMinor <= line.totalMinor, qPrintable(context));
            }
            QVERIFY2(q.subtotalMinor == subtotal, qPrintable(context));
            QVERIFY2(q.discountMinor == lineDiscounts, qPrintable(context));
            QVERIFY2(q.discountMinor >= 0 && q.discountMinor <= q.subtotalMinor, qPrintable(context));
            // Line totals and delivery make the total; the VAT is the sum of its parts.
            QVERIFY2(lineTotals + q.shippingMinor == q.totalMinor, qPrintable(context));
            QVERIFY2(q.shippingMinor == shipping, qPrintable(context));
            QVERIFY2(q.taxMinor == lineTaxes + Pricing::includedVat(shipping, vat),
                     qPrintable(context));
            QVERIFY2(q.taxMinor >= 0 && q.taxMinor <= q.totalMinor, qPrintable(context));
            // What the customer pays never depends on the order of the lines.
            QList<Pricing::Line> reversed(lines.crbegin(), lines.crend());
            const Pricing::Quote r = Pricing::quote(reversed, u"EUR"_s, vat, shipping, percentOff,
                                                    amountOff);
            QVERIFY2(r.totalMinor == q.totalMinor && r.discountMinor == q.discountMinor,
                     qPrintable(context));
        }
    }
};

QTEST_MAIN(TestPricing)
#include "tst_pricing.moc"
