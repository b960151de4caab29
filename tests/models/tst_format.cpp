// SPDX-License-Identifier: MIT
// What Format prints for an associate: dates with their whole year in both languages, and a
// worded label for every status an order line can have (never the stored code).
#include "format.h"
#include "testdata.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestData::initEnvironment(); }
    void cleanup() { QLocale::setDefault(QLocale(u"en_IE"_s)); }

    void datesShowTheWholeYear_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("dateTime");
        QTest::newRow("en") << u"en_IE"_s << u"25/11/2026"_s << u"25/11/2026 11:30"_s;
        // Spanish short dates are "d/M/yy": 25/11/26 was printed on screens and receipts.
        QTest::newRow("es") << u"es_ES"_s << u"25/11/2026"_s << u"25/11/2026 11:30"_s;
    }
    void datesShowTheWholeYear()
    {
        QFETCH(QString, locale);
        QFETCH(QString, date);
        QFETCH(QString, dateTime);
        const qint64 at = QDateTime(QDate(2026, 11, 25), QTime(11, 30)).toMSecsSinceEpoch();
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(Format::date(at), date);
        QCOMPARE(Format::dateTime(at), dateTime);
        QCOMPARE(Format::dateTime(at, QLocale(locale)), dateTime);
    }

    void everyLineStatusIsWorded_data()
    {
        QTest::addColumn<QString>("code");
        // Every status a line is given by the mutators, the service, the webhooks and the demo
        // history (whose lines share their order's status).
        for (const char *code :
             {"pending", "placed", "allocated", "unallocated", "fulfilled", "shipped",
              "cancelled", "returned_to_stock", "ready_for_pickup", "collected", "delivered",
              "returned", "not_collected", "needs_action", "completed"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }
    void everyLineStatusIsWorded()
    {
        QFETCH(QString, code);
        const QString label = Format::lineStatus(code);
        QVERIFY2(label != code && !label.contains(u'_'), qPrintable(label));
    }
};

QTEST_MAIN(TestFormat)
#include "tst_format.moc"
