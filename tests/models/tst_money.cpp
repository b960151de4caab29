// SPDX-License-Identifier: MIT
// Money: exact minor-unit arithmetic, the wire format and what associates see on screen.
#include "format.h"
#include "money.h"
#include "testdata.h"

#include <QLocale>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void arithmetic();
    void comparison();
    void validity();
    void decimals_data();
    void decimals();

    void toDecimalString_data();
    void toDecimalString();
    void fromDecimalString_data();
    void fromDecimalString();
    void fromDecimalStringMalformed_data();
    void fromDecimalStringMalformed();
    void decimalRoundTrip_data();
    void decimalRoundTrip();

    void toString_data();
    void toString();
    void toStringUsesDefaultLocaleThroughFormat();

    // What an associate types into an amount field (MoneyField.qml reads it through Format).
    void parseTyped_data();
    void parseTyped();
    void parseRejects_data();
    void parseRejects();
    void inputStringRoundTrips_data();
    void inputStringRoundTrips();
    void formatParseMoneyFollowsLanguage();
};

void TestMoney::initTestCase()
{
    TestData::initEnvironment();
}

void TestMoney::arithmetic()
{
    const Money a(1050, u"EUR"_s);
    const Money b(299, u"EUR"_s);
    QCOMPARE((a + b).minor(), 1349);
    QCOMPARE((a + b).currency(), u"EUR"_s);
    QCOMPARE((a - b).minor(), 751);
    QCOMPARE((b - a).minor(), -751);
    QCOMPARE((-a).minor(), -1050);
    QCOMPARE((-a).currency(), u"EUR"_s);
    QCOMPARE((b * 3).minor(), 897);
    QCOMPARE((b * 0).isZero(), true);

    Money total(0, u"EUR"_s);
    total += a;
    total += b;
    total -= Money(49, u"EUR"_s);
    QCOMPARE(total, Money(1300, u"EUR"_s));

    // An empty Money (no currency yet) takes the currency of what is added to it, so totals can
    // start from Money().
    Money sum;
    sum += Money(10, u"GBP"_s);
    QCOMPARE(sum, Money(10, u"GBP"_s));

    // Amounts beyond what a double holds exactly stay exact.
    const Money big(9007199254740993LL, u"EUR"_s);
    QCOMPARE((big + Money(2, u"EUR"_s)).minor(), 9007199254740995LL);

    // Cents never drift: ten times 0.10 is exactly 1.00.
    Money tenCents(0, u"EUR"_s);
    for (int i = 0; i < 10; ++i)
        tenCents += Money(10, u"EUR"_s);
    QCOMPARE(tenCents, Money(100, u"EUR"_s));
}

void TestMoney::comparison()
{
    QVERIFY(Money(100, u"EUR"_s) == Money(100, u"EUR"_s));
    QVERIFY(!(Money(100, u"EUR"_s) == Money(100, u"GBP"_s)));
    QVERIFY(!(Money(100, u"EUR"_s) == Money(101, u"EUR"_s)));
    QVERIFY(Money(-1, u"EUR"_s) < Money(0, u"EUR"_s));
    QVERIFY(!(Money(5, u"EUR"_s) < Money(5, u"EUR"_s)));
}

void TestMoney::validity()
{
    QVERIFY(!Money().isValid());
    QVERIFY(Money().isZero());
    QVERIFY(Money(0, u"EUR"_s).isValid());
    QVERIFY(!Money(100, u"EURO"_s).isValid());
    QVERIFY(!Money(100, u"E"_s).isValid());
    QVERIFY(!Money(1, u"EUR"_s).isZero());
}

void TestMoney::decimals_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("decimals");
    QTest::newRow("EUR") << u"EUR"_s << 2;
    QTest::newRow("GBP") << u"GBP"_s << 2;
    QTest::newRow("USD") << u"USD"_s << 2;
    QTest::newRow("JPY") << u"JPY"_s << 0;
    QTest::newRow("KRW") << u"KRW"_s << 0;
    QTest::newRow("ISK") << u"ISK"_s << 0;
    QTest::newRow("CLP") << u"CLP"_s << 0;
    QTest::newRow("KWD") << u"KWD"_s << 3;
    QTest::newRow("BHD") << u"BHD"_s << 3;
}

void TestMoney::decimals()
{
    QFETCH(QString, currency);
    QFETCH(int, decimals);
    QCOMPARE(Money::decimalsFor(currency), decimals);
}

void TestMoney::toDecimalString_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << u"EUR"_s << u"0.00"_s;
    QTest::newRow("five cents") << qint64(5) << u"EUR"_s << u"0.05"_s;
    QTest::newRow("ninety cents") << qint64(90) << u"EUR"_s << u"0.90"_s;
    QTest::newRow("one euro") << qint64(100) << u"EUR"_s << u"1.00"_s;
    QTest::newRow("price") << qint64(1099) << u"EUR"_s << u"10.99"_s;
    QTest::newRow("no grouping") << qint64(123450) << u"EUR"_s << u"1234.50"_s;
    QTest::newRow("negative cents") << qint64(-5) << u"EUR"_s << u"-0.05"_s;
    QTest::newRow("negative") << qint64(-350) << u"EUR"_s << u"-3.50"_s;
    QTest::newRow("beyond double")
        << qint64(9007199254740993LL) << u"EUR"_s << u"90071992547409.93"_s;
    QTest::newRow("yen") << qint64(1500) << u"JPY"_s << u"1500"_s;
    QTest::newRow("negative yen") << qint64(-7) << u"JPY"_s << u"-7"_s;
}

void TestMoney::toDecimalString()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(Money(minor, currency).toDecimalString(), expected);
}

void TestMoney::fromDecimalString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("whole") << u"10"_s << u"EUR"_s << qint64(1000);
    QTest::newRow("cents") << u"10.99"_s << u"EUR"_s << qint64(1099);
    QTest::newRow("one decimal") << u"-3.5"_s << u"EUR"_s << qint64(-350);
    QTest::newRow("negative below one") << u"-0.5"_s << u"EUR"_s << qint64(-50);
    QTest::newRow("negative cents") << u"-0.05"_s << u"EUR"_s << qint64(-5);
    QTest::newRow("leading zeros") << u"007.10"_s << u"EUR"_s << qint64(710);
    QTest::newRow("surrounding spaces") << u" 7.1 "_s << u"EUR"_s << qint64(710);
    QTest::newRow("zero") << u"0"_s << u"EUR"_s << qint64(0);
    QTest::newRow("minus zero") << u"-0.00"_s << u"EUR"_s << qint64(0);
    QTest::newRow("beyond double")
        << u"90071992547409.93"_s << u"EUR"_s << qint64(9007199254740993LL);
    QTest::newRow("fifteen digits")
        << u"999999999999999.99"_s << u"EUR"_s << qint64(99999999999999999LL);
    QTest::newRow("yen") << u"1500"_s << u"JPY"_s << qint64(1500);
}

void TestMoney::fromDecimalString()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    Money parsed;
    QVERIFY(Money::fromDecimalString(text, currency, &parsed));
    QCOMPARE(parsed.minor(), minor);
    QCOMPARE(parsed.currency(), currency);
}

void TestMoney::fromDecimalStringMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::newRow("three decimals") << u"1.999"_s << u"EUR"_s;
    QTest::newRow("letters") << u"abc"_s << u"EUR"_s;
    QTest::newRow("empty") << QString() << u"EUR"_s;
    QTest::newRow("spaces") << u"   "_s << u"EUR"_s;
    QTest::newRow("trailing dot") << u"1."_s << u"EUR"_s;
    QTest::newRow("leading dot") << u".5"_s << u"EUR"_s;
    QTest::newRow("minus only") << u"-"_s << u"EUR"_s;
    QTest::newRow("double minus") << u"--1"_s << u"EUR"_s;
    QTest::newRow("plus sign") << u"+1"_s << u"EUR"_s;
    QTest::newRow("decimal comma") << u"1,50"_s << u"EUR"_s;
    QTest::newRow("grouped") << u"1,234.50"_s << u"EUR"_s;
    QTest::newRow("inner space") << u"1 000"_s << u"EUR"_s;
    QTest::newRow("two dots") << u"1.2.3"_s << u"EUR"_s;
    QTest::newRow("exponent") << u"1e3"_s << u"EUR"_s;
    QTest::newRow("hex") << u"0x10"_s << u"EUR"_s;
    QTest::newRow("symbol") << u"€10"_s << u"EUR"_s;
    QTest::newRow("trailing letters") << u"12abc"_s << u"EUR"_s;
    QTest::newRow("arabic-indic digits") << u"\u0661\u0662"_s << u"EUR"_s;
    QTest::newRow("fullwidth digits") << u"\uff11\uff12"_s << u"EUR"_s;
    QTest::newRow("sixteen digits") << u"1234567890123456"_s << u"EUR"_s;
    QTest::newRow("decimals for yen") << u"10.5"_s << u"JPY"_s;
    QTest::newRow("dot for yen") << u"10."_s << u"JPY"_s;
}

void TestMoney::fromDecimalStringMalformed()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    Money untouched(4242, u"GBP"_s);
    QVERIFY(!Money::fromDecimalString(text, currency, &untouched));
    // A failed parse leaves the target as it was.
    QCOMPARE(untouched, Money(4242, u"GBP"_s));
}

void TestMoney::decimalRoundTrip_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    for (qint64 minor : {qint64(0), qint64(1), qint64(-1), qint64(10), qint64(99), qint64(100),
                         qint64(-101), qint64(123456789), qint64(999999999999999LL)}) {
        QTest::addRow("EUR %lld", static_cast<long long>(minor)) << minor << u"EUR"_s;
        QTest::addRow("JPY %lld", static_cast<long long>(minor)) << minor << u"JPY"_s;
    }
    // Up to 15 whole digits parse (the parser's overflow guard), so any euro amount does.
    QTest::newRow("EUR beyond double") << qint64(9007199254740993LL) << u"EUR"_s;
    QTest::newRow("EUR negative beyond double") << qint64(-9007199254740993LL) << u"EUR"_s;
}

void TestMoney::decimalRoundTrip()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    const Money original(minor, currency);
    Money parsed;
    QVERIFY(Money::fromDecimalString(original.toDecimalString(), currency, &parsed));
    QCOMPARE(parsed, original);
}

void TestMoney::toString_data()
{
    const QLocale irish(QLocale::English, QLocale::Ireland);
    const QLocale spanish(QLocale::Spanish, QLocale::Spain);
    const QString nbsp(QChar(0x00a0));

    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    QTest::newRow("en_IE grouped") << irish << qint64(123450) << u"EUR"_s << u"€1,234.50"_s;
    QTest::newRow("en_IE cents") << irish << qint64(5) << u"EUR"_s << u"€0.05"_s;
    QTest::newRow("en_IE zero") << irish << qint64(0) << u"EUR"_s << u"€0.00"_s;
    QTest::newRow("en_IE one") << irish << qint64(100) << u"EUR"_s << u"€1.00"_s;
    QTest::newRow("en_IE ten") << irish << qint64(1000) << u"EUR"_s << u"€10.00"_s;
    QTest::newRow("en_IE eleven") << irish << qint64(1111) << u"EUR"_s << u"€11.11"_s;
    QTest::newRow("en_IE million") << irish << qint64(100000000) << u"EUR"_s << u"€1,000,000.00"_s;
    QTest::newRow("en_IE negative") << irish << qint64(-123450) << u"EUR"_s << u"-€1,234.50"_s;
    QTest::newRow("en_IE pounds") << irish << qint64(1250) << u"GBP"_s << u"£12.50"_s;
    QTest::newRow("en_IE dollars") << irish << qint64(1) << u"USD"_s << u"$0.01"_s;

    QTest::newRow("en_IE millions") << irish << qint64(123456789) << u"EUR"_s << u"€1,234,567.89"_s;

    // Spanish groups thousands only from five digits on (CLDR minimum grouping digits 2, as the
    // RAE recommends): "1234,50 €" but "12.345,00 €". The symbol follows a no-break space.
    QTest::newRow("es_ES four digits")
        << spanish << qint64(123450) << u"EUR"_s << u"1234,50"_s + nbsp + u"€"_s;
    QTest::newRow("es_ES five digits")
        << spanish << qint64(1234500) << u"EUR"_s << u"12.345,00"_s + nbsp + u"€"_s;
    QTest::newRow("es_ES cents") << spanish << qint64(5) << u"EUR"_s << u"0,05"_s + nbsp + u"€"_s;
    QTest::newRow("es_ES one") << spanish << qint64(100) << u"EUR"_s << u"1,00"_s + nbsp + u"€"_s;
    QTest::newRow("es_ES eleven") << spanish << qint64(1111) << u"EUR"_s
                                  << u"11,11"_s + nbsp + u"€"_s;
    // Qt 6.4 itself prints a Spanish million as "1000.000".
    QTest::newRow("es_ES million")
        << spanish << qint64(100000000) << u"EUR"_s << u"1.000.000,00"_s + nbsp + u"€"_s;
    QTest::newRow("es_ES millions")
        << spanish << qint64(123456789) << u"EUR"_s << u"1.234.567,89"_s + nbsp + u"€"_s;
    QTest::newRow("es_ES zero-padded groups")
        << spanish << qint64(100000500) << u"EUR"_s << u"1.000.005,00"_s + nbsp + u"€"_s;
    QTest::newRow("es_ES negative")
        << spanish << qint64(-1234500) << u"EUR"_s << u"-12.345,00"_s + nbsp + u"€"_s;
    QTest::newRow("es_ES negative million")
        << spanish << qint64(-100000000) << u"EUR"_s << u"-1.000.000,00"_s + nbsp + u"€"_s;

    // A locale that groups four digits keeps QLocale's grouping.
    const QLocale german(QLocale::German, QLocale::Germany);
    QTest::newRow("de_DE four digits")
        << german << qint64(123450) << u"EUR"_s << u"1.234,50"_s + nbsp + u"€"_s;
    QTest::newRow("de_DE million")
        << german << qint64(100000000) << u"EUR"_s << u"1.000.000,00"_s + nbsp + u"€"_s;
}

void TestMoney::toString()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(Money(minor, currency).toString(locale), expected);
}

void TestMoney::toStringUsesDefaultLocaleThroughFormat()
{
    // What the screens call: the default locale decides, so switching language switches format.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    const QString spanish = Format::money(123450, u"EUR"_s);
    QLocale::setDefault(before);
    QCOMPARE(spanish, Money(123450, u"EUR"_s).toString(QLocale(QLocale::Spanish, QLocale::Spain)));
    QCOMPARE(Format::money(123450, u"EUR"_s), u"€1,234.50"_s);
}

void TestMoney::parseTyped_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    const QLocale es(QLocale::Spanish, QLocale::Spain);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("empty is zero") << es << u""_s << u"EUR"_s << qint64(0);
    QTest::newRow("es comma") << es << u"12,50"_s << u"EUR"_s << qint64(1250);
    QTest::newRow("es dot decimals too") << es << u"12.50"_s << u"EUR"_s << qint64(1250);
    QTest::newRow("es dot groups thousands") << es << u"1.250"_s << u"EUR"_s << qint64(125000);
    QTest::newRow("es both marks") << es << u"1.250,75"_s << u"EUR"_s << qint64(125075);
    QTest::newRow("en comma groups thousands") << en << u"1,250"_s << u"EUR"_s << qint64(125000);
    QTest::newRow("en both marks") << en << u"1,250.75"_s << u"EUR"_s << qint64(125075);
    QTest::newRow("en one decimal") << en << u"3.5"_s << u"EUR"_s << qint64(350);
    QTest::newRow("symbol and spaces") << es << u" 49,90 €"_s << u"EUR"_s << qint64(4990);
    QTest::newRow("no-break space groups") << es << u"1\u00a0250,00"_s << u"EUR"_s
                                           << qint64(125000);
    QTest::newRow("whole euros") << es << u"100"_s << u"EUR"_s << qint64(10000);
    QTest::newRow("yen whole") << en << u"1250"_s << u"JPY"_s << qint64(1250);
    QTest::newRow("yen grouped") << en << u"1,250"_s << u"JPY"_s << qint64(1250);
    QTest::newRow("dinar three decimals") << en << u"1.250"_s << u"KWD"_s << qint64(1250);
}

void TestMoney::parseTyped()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    Money out(-99, u"XXX"_s);
    QVERIFY(Money::parse(text, currency, locale, &out));
    QCOMPARE(out, Money(minor, currency));
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::newRow("letters") << u"12a"_s << u"EUR"_s;
    QTest::newRow("only marks") << u".,"_s << u"EUR"_s;
    QTest::newRow("minus") << u"-5"_s << u"EUR"_s;
    QTest::newRow("too many decimals") << u"1,999"_s << u"JPY"_s;
    QTest::newRow("cents of cents") << u"12,505"_s << u"EUR"_s;
    QTest::newRow("ten whole digits") << u"1234567890"_s << u"EUR"_s;
}

void TestMoney::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    Money out(7, u"EUR"_s);
    QVERIFY(!Money::parse(text, currency, QLocale(QLocale::Spanish, QLocale::Spain), &out));
    QCOMPARE(out, Money(7, u"EUR"_s)); // untouched
}

void TestMoney::inputStringRoundTrips_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    const QLocale es(QLocale::Spanish, QLocale::Spain);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("es") << es << qint64(4990) << u"EUR"_s << u"49,90"_s;
    QTest::newRow("en") << en << qint64(4990) << u"EUR"_s << u"49.90"_s;
    QTest::newRow("es thousands") << es << qint64(125005) << u"EUR"_s << u"1250,05"_s;
    QTest::newRow("cents") << es << qint64(5) << u"EUR"_s << u"0,05"_s;
    QTest::newRow("yen") << en << qint64(1250) << u"JPY"_s << u"1250"_s;
    QTest::newRow("dinar") << en << qint64(1250) << u"KWD"_s << u"1.250"_s;
}

void TestMoney::inputStringRoundTrips()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QCOMPARE(Money(minor, currency).toInputString(locale), text);
    Money back;
    QVERIFY(Money::parse(text, currency, locale, &back));
    QCOMPARE(back.minor(), minor);
}

void TestMoney::formatParseMoneyFollowsLanguage()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    QCOMPARE(Format::parseMoney(u"1.250"_s, u"EUR"_s), qint64(125000));
    QCOMPARE(Format::moneyInput(4990, u"EUR"_s), u"49,90"_s);
    QCOMPARE(Format::moneyInputExample(u"EUR"_s), u"12,50"_s);
    QCOMPARE(Format::parseMoney(u"doce"_s, u"EUR"_s), qint64(-1));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(Format::parseMoney(u"1.25"_s, u"EUR"_s), qint64(125));
    // The language's decimal point before three digits: a fraction of a cent, not an amount.
    QCOMPARE(Format::parseMoney(u"1.250"_s, u"EUR"_s), qint64(-1));
    QCOMPARE(Format::moneyInput(4990, u"EUR"_s), u"49.90"_s);
    QCOMPARE(Format::moneyInputExample(u"JPY"_s), u"1250"_s);
    QCOMPARE(Format::moneyDecimals(u"JPY"_s), 0);
    QLocale::setDefault(before);
}

QTEST_MAIN(TestMoney)
#include "tst_money.moc"
