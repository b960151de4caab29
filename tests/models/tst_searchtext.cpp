// SPDX-License-Identifier: MIT
// SearchText: how phone numbers are indexed and how what an associate types becomes a query.
#include "searchtext.h"
#include "testdata.h"

#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

class TestSearchText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void phoneSearchTokens_data();
    void phoneSearchTokens();
    void typedPhoneFindsStoredPhone_data();
    void typedPhoneFindsStoredPhone();
    void digitsOf_data();
    void digitsOf();
    void isNumberLike_data();
    void isNumberLike();
    void customerMatchExpression_data();
    void customerMatchExpression();
    void normalisedEmail_data();
    void normalisedEmail();
    void nameKey_data();
    void nameKey();
    void searchOrder();
};

void TestSearchText::initTestCase()
{
    TestData::initEnvironment();
}

void TestSearchText::phoneSearchTokens_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QStringList>("tokens");

    // Spain has no trunk 0: national numbers are the nine digits.
    QTest::newRow("es international")
        << u"+34 612 34 56 78"_s << QStringList {u"34612345678"_s, u"612345678"_s};
    QTest::newRow("es with 00") << u"0034612345678"_s
                                << QStringList {u"34612345678"_s, u"612345678"_s};
    QTest::newRow("es national") << u"612-345-678"_s << QStringList {u"612345678"_s};
    // Ireland dials national numbers with a trunk 0: index both forms.
    QTest::newRow("ie international")
        << u"+353 87 123 4567"_s
        << QStringList {u"353871234567"_s, u"871234567"_s, u"0871234567"_s};
    QTest::newRow("ie national") << u"087 123 4567"_s
                                 << QStringList {u"0871234567"_s, u"871234567"_s};
    QTest::newRow("uk international")
        << u"+44 20 7946 0958"_s
        << QStringList {u"442079460958"_s, u"2079460958"_s, u"02079460958"_s};
    QTest::newRow("pt international")
        << u"+351 912 345 678"_s << QStringList {u"351912345678"_s, u"912345678"_s};
    QTest::newRow("us international")
        << u"+1 (415) 555-0100"_s << QStringList {u"14155550100"_s, u"4155550100"_s};
    QTest::newRow("surrounding spaces")
        << u"  +34 612 34 56 78  "_s << QStringList {u"34612345678"_s, u"612345678"_s};
    // Too short to hold a country code and a number: kept as typed.
    QTest::newRow("short international") << u"+34 12"_s << QStringList {u"3412"_s};
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("no digits") << u"n/a"_s << QStringList();
}

void TestSearchText::phoneSearchTokens()
{
    QFETCH(QString, phone);
    QFETCH(QStringList, tokens);
    const QString indexed = SearchText::phoneSearchTokens(phone);
    QCOMPARE(indexed.split(u' ', Qt::SkipEmptyParts), tokens);
}

void TestSearchText::typedPhoneFindsStoredPhone_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("typed");

    const QString spanish = u"+34 612 34 56 78"_s;
    QTest::newRow("es national prefix") << spanish << u"612 34 56"_s;
    QTest::newRow("es plus code") << spanish << u"+34612"_s;
    QTest::newRow("es 00 code") << spanish << u"0034 612 345"_s;
    QTest::newRow("es dashes") << spanish << u"612-345-678"_s;
    QTest::newRow("es dots") << spanish << u"612.34.56.78"_s;
    QTest::newRow("es full") << spanish << u"+34 612 34 56 78"_s;

    const QString irish = u"+353 87 123 4567"_s;
    QTest::newRow("ie without trunk") << irish << u"87 123"_s;
    QTest::newRow("ie with trunk") << irish << u"087 123 4567"_s;
    QTest::newRow("ie plus code") << irish << u"+353 87"_s;
    QTest::newRow("ie brackets") << irish << u"(087) 123"_s;

    const QString irishNational = u"087 123 4567"_s;
    QTest::newRow("ie national stored, trunk typed") << irishNational << u"0871"_s;
    QTest::newRow("ie national stored, no trunk typed") << irishNational << u"87 123"_s;
}

void TestSearchText::typedPhoneFindsStoredPhone()
{
    QFETCH(QString, stored);
    QFETCH(QString, typed);
    // What the search does: the typed digits are a prefix of one indexed token.
    const QStringList tokens = SearchText::phoneSearchTokens(stored).split(u' ');
    const QString digits = SearchText::digitsOf(typed);
    QVERIFY(!digits.isEmpty());
    const bool found = std::any_of(tokens.cbegin(), tokens.cend(),
                                   [&](const QString &token) { return token.startsWith(digits); });
    QVERIFY2(found, qPrintable(u"%1 not a prefix of %2"_s.arg(digits, tokens.join(u", "_s))));
    QVERIFY(SearchText::isNumberLike(typed));
}

void TestSearchText::digitsOf_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("digits");
    QTest::newRow("plain") << u"612345678"_s << u"612345678"_s;
    QTest::newRow("punctuation") << u"+34 (612) 34-56.78"_s << u"34612345678"_s;
    QTest::newRow("international 00") << u"0034 612"_s << u"34612"_s;
    QTest::newRow("trunk 0 kept") << u"087 123"_s << u"087123"_s;
    QTest::newRow("only 00") << u"00"_s << QString();
    QTest::newRow("letters dropped") << u"ab12cd3"_s << u"123"_s;
    QTest::newRow("non-latin digits dropped") << u"\u0661\u0662"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSearchText::digitsOf()
{
    QFETCH(QString, text);
    QFETCH(QString, digits);
    QCOMPARE(SearchText::digitsOf(text), digits);
}

void TestSearchText::isNumberLike_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("numberLike");
    QTest::newRow("digits") << u"4000000000017"_s << true;
    QTest::newRow("grouped phone") << u"612 34 56"_s << true;
    QTest::newRow("international") << u"+34 (0) 612-34.56"_s << true;
    QTest::newRow("spaces around") << u"  612  "_s << true;
    QTest::newRow("letters") << u"abc"_s << false;
    QTest::newRow("letters and digits") << u"CL123"_s << false;
    QTest::newRow("email with digits") << u"ana1@example.com"_s << false;
    QTest::newRow("punctuation only") << u"+-()"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces only") << u"   "_s << false;
}

void TestSearchText::isNumberLike()
{
    QFETCH(QString, text);
    QFETCH(bool, numberLike);
    QCOMPARE(SearchText::isNumberLike(text), numberLike);
}

void TestSearchText::customerMatchExpression_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expression");

    QTest::newRow("one word") << u"jose"_s << u"\"jose\"*"_s;
    QTest::newRow("two words") << u"José Muñoz"_s << u"\"José\"* \"Muñoz\"*"_s;
    QTest::newRow("extra spaces") << u"  JOSE   mu "_s << u"\"JOSE\"* \"mu\"*"_s;
    // Decomposed accents (e + combining acute) stay in the word for the tokenizer to fold.
    QTest::newRow("combining accent") << u"Jose\u0301"_s << u"\"Jose\u0301\"*"_s;
    QTest::newRow("apostrophe") << u"O'Brien"_s << u"\"O\"* \"Brien\"*"_s;
    QTest::newRow("hyphenated") << u"Ana-María"_s << u"\"Ana\"* \"María\"*"_s;
    QTest::newRow("email fragment") << u"ana.lopez@corr"_s << u"\"ana\"* \"lopez\"* \"corr\"*"_s;
    // FTS syntax is only ever searched as text.
    QTest::newRow("quote") << u"\""_s << QString();
    QTest::newRow("star") << u"*"_s << QString();
    QTest::newRow("open bracket") << u"("_s << QString();
    QTest::newRow("AND") << u"AND"_s << u"\"AND\"*"_s;
    QTest::newRow("boolean words")
        << u"jose OR NOT mu"_s << u"\"jose\"* \"OR\"* \"NOT\"* \"mu\"*"_s;
    QTest::newRow("column filter") << u"name:jose"_s << u"\"name\"* \"jose\"*"_s;
    QTest::newRow("quoted word") << u"\"jose\""_s << u"\"jose\"*"_s;
    QTest::newRow("near") << u"NEAR(jose mu)"_s << u"\"NEAR\"* \"jose\"* \"mu\"*"_s;
    QTest::newRow("caret") << u"^jose"_s << u"\"jose\"*"_s;
    QTest::newRow("letters and digits") << u"CL12345"_s << u"\"CL12345\"*"_s;

    // Number-like text searches digits as one prefix, in the columns that hold numbers.
    QTest::newRow("grouped phone") << u"612 34 56"_s << u"{phone loyalty} : \"6123456\"*"_s;
    QTest::newRow("international phone") << u"+34 612"_s << u"{phone loyalty} : \"34612\"*"_s;
    QTest::newRow("00 phone") << u"0034 612 345"_s << u"{phone loyalty} : \"34612345\"*"_s;
    QTest::newRow("loyalty id") << u"4000000000017"_s << u"{phone loyalty} : \"4000000000017\"*"_s;

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("whitespace") << u" \t "_s << QString();
    QTest::newRow("punctuation only") << u"!?.,;"_s << QString();
}

void TestSearchText::customerMatchExpression()
{
    QFETCH(QString, typed);
    QFETCH(QString, expression);
    QCOMPARE(SearchText::customerMatchExpression(typed), expression);
}

void TestSearchText::normalisedEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("mixed case") << u"Beatriz.Mayus@Example.ES"_s << u"beatriz.mayus@example.es"_s;
    QTest::newRow("spaces") << u"  ana@correo.es \n"_s << u"ana@correo.es"_s;
    QTest::newRow("already") << u"ana@correo.es"_s << u"ana@correo.es"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestSearchText::normalisedEmail()
{
    QFETCH(QString, email);
    QFETCH(QString, normalised);
    QCOMPARE(SearchText::normalisedEmail(email), normalised);
}

void TestSearchText::nameKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("accents and capitals") << u"José  MUÑOZ"_s << u"jose munoz"_s;
    QTest::newRow("decomposed accent") << u"Mun\u0303oz"_s << u"munoz"_s;
    QTest::newRow("apostrophe") << u"Seán O'Brien"_s << u"sean o brien"_s;
    QTest::newRow("hyphen") << u"Murphy-Kelly"_s << u"murphy kelly"_s;
    QTest::newRow("catalan") << u"Núria Vallès"_s << u"nuria valles"_s;
    QTest::newRow("nothing") << u" - "_s << QString();
}

void TestSearchText::nameKey()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(SearchText::nameKey(text), key);
}

void TestSearchText::searchOrder()
{
    // A function of the customer alone: the same on every tablet.
    const qint64 jose = SearchText::searchOrder(u"José"_s, u"Muñoz"_s, u"c1"_s);
    QCOMPARE(SearchText::searchOrder(u"José"_s, u"Muñoz"_s, u"c1"_s), jose);
    QVERIFY(jose > 0);
    QVERIFY(SearchText::searchOrder(u"José"_s, u"Muñoz"_s, u"c2"_s) != jose);
    // Fewer words first, then the surname's first letters.
    QVERIFY(jose < SearchText::searchOrder(u"José"_s, u"Muñoz García"_s, u"c0"_s));
    QVERIFY(jose < SearchText::searchOrder(u"Ana"_s, u"Navarro"_s, u"c0"_s));
    QVERIFY(jose > SearchText::searchOrder(u"Zoe"_s, u"Álvarez"_s, u"c9"_s));
    QVERIFY(SearchText::searchOrder(u"Cher"_s, QString(), u"c9"_s) < jose);
}

QTEST_MAIN(TestSearchText)
#include "tst_searchtext.moc"
