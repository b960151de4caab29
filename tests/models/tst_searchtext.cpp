// SPDX-License-Identifier: MIT
// SearchText and PhoneNumbers: how phone numbers are indexed and how what an associate types
// becomes a query.
#include "phonenumbers.h"
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
    void nameTokens_data();
    void nameTokens();
    void queryWords_data();
    void queryWords();
    void fullNameKey_data();
    void fullNameKey();
};

void TestSearchText::initTestCase()
{
    TestData::initEnvironment();
}

void TestSearchText::phoneSearchTokens_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("region"); // the country of the store where it was typed
    QTest::addColumn<QStringList>("tokens");
    QTest::addColumn<QString>("e164");

    // Spain has no trunk 0: national numbers are the nine digits.
    QTest::newRow("es international")
        << u"+34 612 34 56 78"_s << u"ES"_s << QStringList {u"34612345678"_s, u"612345678"_s}
        << u"+34612345678"_s;
    QTest::newRow("es with 00") << u"0034612345678"_s << u"ES"_s
                                << QStringList {u"34612345678"_s, u"612345678"_s}
                                << u"+34612345678"_s;
    QTest::newRow("es national") << u"612-345-678"_s << u"ES"_s
                                 << QStringList {u"34612345678"_s, u"612345678"_s}
                                 << u"+34612345678"_s;
    // Ireland dials national numbers with a trunk 0: index both forms.
    QTest::newRow("ie international")
        << u"+353 87 123 4567"_s << u"ES"_s
        << QStringList {u"353871234567"_s, u"871234567"_s, u"0871234567"_s} << u"+353871234567"_s;
    QTest::newRow("ie national") << u"087 123 4567"_s << u"IE"_s
                                 << QStringList {u"353871234567"_s, u"871234567"_s, u"0871234567"_s}
                                 << u"+353871234567"_s;
    QTest::newRow("uk international")
        << u"+44 20 7946 0958"_s << u"ES"_s
        << QStringList {u"442079460958"_s, u"2079460958"_s, u"02079460958"_s} << u"+442079460958"_s;
    QTest::newRow("uk national") << u"07911 123456"_s << u"GB"_s
                                 << QStringList {u"447911123456"_s, u"7911123456"_s,
                                                 u"07911123456"_s}
                                 << u"+447911123456"_s;
    QTest::newRow("de national") << u"030 1234567"_s << u"DE"_s
                                 << QStringList {u"49301234567"_s, u"301234567"_s, u"0301234567"_s}
                                 << u"+49301234567"_s;
    QTest::newRow("fr national dots")
        << u"06.12.34.56.78"_s << u"FR"_s
        << QStringList {u"33612345678"_s, u"612345678"_s, u"0612345678"_s} << u"+33612345678"_s;
    // Italy keeps a landline's 0 after the country code.
    QTest::newRow("it landline") << u"06 1234 5678"_s << u"IT"_s
                                 << QStringList {u"390612345678"_s, u"0612345678"_s}
                                 << u"+390612345678"_s;
    QTest::newRow("pt international")
        << u"+351 912 345 678"_s << u"IE"_s << QStringList {u"351912345678"_s, u"912345678"_s}
        << u"+351912345678"_s;
    QTest::newRow("us international")
        << u"+1 (415) 555-0100"_s << u"ES"_s << QStringList {u"14155550100"_s, u"4155550100"_s}
        << u"+14155550100"_s;
    QTest::newRow("surrounding spaces")
        << u"  +34 612 34 56 78  "_s << u"ES"_s << QStringList {u"34612345678"_s, u"612345678"_s}
        << u"+34612345678"_s;
    // No store country known: only numbers with their country code can be read.
    QTest::newRow("international, no region")
        << u"+353 87 123 4567"_s << QString()
        << QStringList {u"353871234567"_s, u"871234567"_s, u"0871234567"_s} << u"+353871234567"_s;
    // Not a valid number (older rows): its digits, as typed and without a trunk 0.
    QTest::newRow("irish national read in spain")
        << u"087 123 4567"_s << u"ES"_s << QStringList {u"0871234567"_s, u"871234567"_s}
        << QString();
    QTest::newRow("too long, with code")
        << u"+34 612 34 56 789"_s << u"ES"_s << QStringList {u"346123456789"_s, u"6123456789"_s}
        << QString();
    QTest::newRow("short international")
        << u"+34 12"_s << u"ES"_s << QStringList {u"3412"_s} << QString();
    QTest::newRow("empty") << QString() << u"ES"_s << QStringList() << QString();
    QTest::newRow("no digits") << u"n/a"_s << u"ES"_s << QStringList() << QString();
}

void TestSearchText::phoneSearchTokens()
{
    QFETCH(QString, phone);
    QFETCH(QString, region);
    QFETCH(QStringList, tokens);
    QFETCH(QString, e164);
    const QString indexed = PhoneNumbers::searchTokens(phone, region);
    QCOMPARE(indexed.split(u' ', Qt::SkipEmptyParts), tokens);
    const PhoneNumbers::Number number = PhoneNumbers::parse(phone, region);
    QCOMPARE(number.e164, e164);
    QCOMPARE(number.valid, !e164.isEmpty());
    QCOMPARE(PhoneNumbers::problem(phone, region).isEmpty(), phone.isEmpty() || number.valid);
}

void TestSearchText::typedPhoneFindsStoredPhone_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("typed");

    const QString spanish = u"+34 612 34 56 78"_s;
    const QString es = u"ES"_s;
    QTest::newRow("es national prefix") << spanish << es << u"612 34 56"_s;
    QTest::newRow("es plus code") << spanish << es << u"+34612"_s;
    QTest::newRow("es 00 code") << spanish << es << u"0034 612 345"_s;
    QTest::newRow("es dashes") << spanish << es << u"612-345-678"_s;
    QTest::newRow("es dots") << spanish << es << u"612.34.56.78"_s;
    QTest::newRow("es full") << spanish << es << u"+34 612 34 56 78"_s;

    const QString irish = u"+353 87 123 4567"_s;
    QTest::newRow("ie without trunk") << irish << es << u"87 123"_s;
    QTest::newRow("ie with trunk") << irish << es << u"087 123 4567"_s;
    QTest::newRow("ie plus code") << irish << es << u"+353 87"_s;
    QTest::newRow("ie brackets") << irish << es << u"(087) 123"_s;

    const QString irishNational = u"087 123 4567"_s;
    const QString ie = u"IE"_s;
    QTest::newRow("ie national stored, trunk typed") << irishNational << ie << u"0871"_s;
    QTest::newRow("ie national stored, no trunk typed") << irishNational << ie << u"87 123"_s;
    QTest::newRow("ie national stored, code typed") << irishNational << ie << u"+353 87 123"_s;
    // The "(0)" some write after the country code is not dialled.
    QTest::newRow("uk (0)") << u"020 7946 0958"_s << u"GB"_s << u"+44 (0)20 7946 0958"_s;
    QTest::newRow("uk 00 (0)") << u"020 7946 0958"_s << u"GB"_s << u"0044 (0)20 7946 0958"_s;
}

void TestSearchText::typedPhoneFindsStoredPhone()
{
    QFETCH(QString, stored);
    QFETCH(QString, region);
    QFETCH(QString, typed);
    // What the search does: the typed digits are a prefix of one indexed token.
    const QStringList tokens = PhoneNumbers::searchTokens(stored, region).split(u' ');
    const QString digits = PhoneNumbers::searchDigits(typed);
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

void TestSearchText::nameTokens_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("apostrophe") << u"O'Brien"_s << QStringList {u"o"_s, u"brien"_s, u"obrien"_s};
    QTest::newRow("hyphen") << u"Jean-Luc"_s << QStringList {u"jean"_s, u"luc"_s, u"jeanluc"_s};
    QTest::newRow("greek") << u"Νικόλαος"_s << QStringList {u"νικολαοσ"_s};
    QTest::newRow("turkish") << u"Işık İpek"_s << QStringList {u"isik"_s, u"ipek"_s};
    QTest::newRow("cyrillic") << u"Фёдор"_s << QStringList {u"федор"_s};
    QTest::newRow("chinese") << u"王小明"_s << QStringList {u"王"_s, u"小"_s, u"明"_s};
    QTest::newRow("supplementary han") << u"\U00020BB7田"_s
                                       << QStringList {u"\U00020BB7"_s, u"田"_s};
    QTest::newRow("half-width kana") << u"\uFF76\uFF9E"_s << QStringList {u"ガ"_s};
    QTest::newRow("punctuation only") << u"' - ."_s << QStringList();
}

void TestSearchText::nameTokens()
{
    QFETCH(QString, name);
    QFETCH(QStringList, tokens);
    QCOMPARE(SearchText::nameTokens(name), tokens);
}

void TestSearchText::queryWords_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("apostrophe") << u"o'brien"_s << QStringList {u"o"_s, u"brien"_s};
    QTest::newRow("capitals and accents") << u"ΕΛΈΝΗ IŞIK"_s << QStringList {u"ελενη"_s, u"isik"_s};
    QTest::newRow("chinese") << u"小明"_s << QStringList {u"小"_s, u"明"_s};
    QTest::newRow("syntax") << u"\"jo\"* NEAR( %_\\"_s << QStringList {u"jo"_s, u"near"_s};
}

void TestSearchText::queryWords()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, words);
    QCOMPARE(SearchText::queryWords(typed), words);
}

void TestSearchText::fullNameKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("apostrophe joined") << u"Seán O'Brien"_s << u"sean obrien"_s;
    QTest::newRow("typed without it") << u"sean  obrien"_s << u"sean obrien"_s;
    QTest::newRow("hyphen joined") << u"Jean-Luc Picard"_s << u"jeanluc picard"_s;
    QTest::newRow("chinese with a space") << u"王 小明"_s << u"王 小 明"_s;
    QTest::newRow("chinese without") << u"王小明"_s << u"王 小 明"_s;
}

void TestSearchText::fullNameKey()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(SearchText::fullNameKey(text), key);
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
