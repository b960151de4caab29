// SPDX-License-Identifier: MIT
// Delivery addresses typed by an associate: each country's postcode format, required fields,
// overlong lines and phone numbers, reported field by field so the form can mark each one.
#include "address.h"
#include "testdata.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QVariantMap address(const QString &country, const QString &postcode)
{
    return {{u"recipient"_s, u"José Muñoz"_s},
            {u"line1"_s, u"Calle de Serrano 41"_s},
            {u"city"_s, u"Madrid"_s},
            {u"postcode"_s, postcode},
            {u"country"_s, country}};
}

QVariantMap with(QVariantMap map, const QVariantMap &changes)
{
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

QStringList fieldsOf(const QList<Address::FieldError> &errors)
{
    QStringList fields;
    for (const Address::FieldError &error : errors)
        fields << error.field;
    return fields;
}

} // namespace

class TestAddress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestData::initEnvironment(); }

    void countriesWeDeliverTo()
    {
        QCOMPARE(Address::countries(),
                 QStringList({u"ES"_s, u"IE"_s, u"PT"_s, u"FR"_s, u"GB"_s}));
    }

    void postcodesAsPeopleTypeThem_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("Madrid") << u"ES"_s << u"28001"_s << u"28001"_s;
        QTest::newRow("Barcelona with spaces around") << u"ES"_s << u" 08007 "_s << u"08007"_s;
        QTest::newRow("Spain, lower-case country") << u"es"_s << u"52001"_s << u"52001"_s;
        QTest::newRow("Dublin Eircode in lower case, no space")
            << u"IE"_s << u"d02x285"_s << u"D02 X285"_s;
        QTest::newRow("Dublin 6W") << u"IE"_s << u"D6W 1234"_s << u"D6W 1234"_s;
        QTest::newRow("Cork") << u"IE"_s << u"T12 W2RX"_s << u"T12 W2RX"_s;
        QTest::newRow("Lisbon") << u"PT"_s << u"1100-148"_s << u"1100-148"_s;
        QTest::newRow("Lisbon without the dash") << u"PT"_s << u"1100148"_s << u"1100-148"_s;
        QTest::newRow("Lisbon with a space") << u"PT"_s << u"1100 148"_s << u"1100-148"_s;
        QTest::newRow("Paris") << u"FR"_s << u"75001"_s << u"75001"_s;
        QTest::newRow("Westminster without the space") << u"GB"_s << u"sw1a1aa"_s << u"SW1A 1AA"_s;
        QTest::newRow("Manchester") << u"GB"_s << u"M1 1AE"_s << u"M1 1AE"_s;
    }
    void postcodesAsPeopleTypeThem()
    {
        QFETCH(QString, country);
        QFETCH(QString, typed);
        QFETCH(QString, normalised);
        const QList<Address::FieldError> errors = Address::validate(address(country, typed));
        QVERIFY2(errors.isEmpty(), qPrintable(fieldsOf(errors).join(u',')));
        QCOMPARE(Address::normalisePostcode(country.toUpper(), typed), normalised);
    }

    void badInputIsReportedFieldByField_data()
    {
        QTest::addColumn<QVariantMap>("input");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("hint"); // in the first message

        const QVariantMap madrid = address(u"ES"_s, u"28001"_s);
        const QString longLine(Address::maxLineLength + 1, u'a');
        QTest::newRow("nothing filled in")
            << QVariantMap() << QStringList{u"recipient"_s, u"line1"_s, u"city"_s, u"country"_s}
            << u"name of the person"_s;
        QTest::newRow("only spaces")
            << with(madrid, {{u"recipient"_s, u"   "_s}, {u"city"_s, u" "_s}})
            << QStringList{u"recipient"_s, u"city"_s} << u"receiving the parcel"_s;
        QTest::newRow("no street") << with(madrid, {{u"line1"_s, QString()}})
                                   << QStringList{u"line1"_s} << u"street and number"_s;
        QTest::newRow("no postcode") << with(madrid, {{u"postcode"_s, QString()}})
                                     << QStringList{u"postcode"_s} << u"Enter the postcode"_s;
        QTest::newRow("a country we do not deliver to")
            << address(u"DE"_s, u"10115"_s) << QStringList{u"country"_s} << u"country we deliver"_s;
        QTest::newRow("Spain: no province 53") << address(u"ES"_s, u"53001"_s)
                                               << QStringList{u"postcode"_s} << u"28001"_s;
        QTest::newRow("Spain: four digits") << address(u"ES"_s, u"2800"_s)
                                            << QStringList{u"postcode"_s} << u"28001"_s;
        QTest::newRow("Spain: a French-looking postcode with letters")
            << address(u"ES"_s, u"2800A"_s) << QStringList{u"postcode"_s} << u"28001"_s;
        QTest::newRow("Ireland: only the unique identifier")
            << address(u"IE"_s, u"X285"_s) << QStringList{u"postcode"_s} << u"D02 X285"_s;
        QTest::newRow("Ireland: a letter Eircodes do not use")
            << address(u"IE"_s, u"B02 X285"_s) << QStringList{u"postcode"_s} << u"D02 X285"_s;
        QTest::newRow("Ireland: a Spanish postcode")
            << address(u"IE"_s, u"28001"_s) << QStringList{u"postcode"_s} << u"D02 X285"_s;
        QTest::newRow("Portugal: too short") << address(u"PT"_s, u"1100-14"_s)
                                             << QStringList{u"postcode"_s} << u"1100-148"_s;
        QTest::newRow("Portugal: a leading zero") << address(u"PT"_s, u"0100-148"_s)
                                                  << QStringList{u"postcode"_s} << u"1100-148"_s;
        QTest::newRow("France: letters") << address(u"FR"_s, u"7500A"_s)
                                         << QStringList{u"postcode"_s} << u"75001"_s;
        QTest::newRow("UK: outward code only") << address(u"GB"_s, u"SW1A"_s)
                                               << QStringList{u"postcode"_s} << u"SW1A 1AA"_s;
        QTest::newRow("UK: digits only") << address(u"GB"_s, u"12345"_s)
                                         << QStringList{u"postcode"_s} << u"SW1A 1AA"_s;
        QTest::newRow("overlong street") << with(madrid, {{u"line1"_s, longLine}})
                                         << QStringList{u"line1"_s} << u"at most 100"_s;
        QTest::newRow("overlong name, second line and region")
            << with(madrid,
                    {{u"recipient"_s, longLine}, {u"line2"_s, longLine}, {u"region"_s, longLine}})
            << QStringList{u"recipient"_s, u"line2"_s, u"region"_s} << u"at most 100"_s;
        QTest::newRow("overlong postcode") << address(u"ES"_s, QString(200, u'2'))
                                           << QStringList{u"postcode"_s} << u"28001"_s;
        QTest::newRow("phone in words") << with(madrid, {{u"phone"_s, u"call me"_s}})
                                        << QStringList{u"phone"_s} << u"country code"_s;
        QTest::newRow("phone too short") << with(madrid, {{u"phone"_s, u"12 345"_s}})
                                         << QStringList{u"phone"_s} << u"country code"_s;
        QTest::newRow("phone too long") << with(madrid, {{u"phone"_s, u"+34 612 345 678 901 23"_s}})
                                        << QStringList{u"phone"_s} << u"country code"_s;
        // Numbers are read in the delivery country: nine digits that no Spanish number starts
        // with, and an Irish number typed as dialled in Ireland, are not Spanish numbers.
        QTest::newRow("no such spanish number") << with(madrid, {{u"phone"_s, u"123 456 789"_s}})
                                                << QStringList{u"phone"_s} << u"country code"_s;
        QTest::newRow("irish number typed for spain")
            << with(madrid, {{u"phone"_s, u"087 123 4567"_s}}) << QStringList{u"phone"_s}
            << u"dialled there"_s;
        QTest::newRow("several problems at once")
            << with(address(u"IE"_s, u"D02"_s), {{u"recipient"_s, QString()},
                                                 {u"phone"_s, u"abc"_s}})
            << QStringList{u"recipient"_s, u"postcode"_s, u"phone"_s} << u"receiving the parcel"_s;
    }
    void badInputIsReportedFieldByField()
    {
        QFETCH(QVariantMap, input);
        QFETCH(QStringList, fields);
        QFETCH(QString, hint);
        const QList<Address::FieldError> errors = Address::validate(input);
        QCOMPARE(fieldsOf(errors), fields);
        for (const Address::FieldError &error : errors)
            QVERIFY2(error.message.endsWith(u'.'), qPrintable(error.message));
        QVERIFY2(errors.first().message.contains(hint), qPrintable(errors.first().message));
    }

    void limitsAreInclusive()
    {
        // A line of exactly the limit is fine; so is a phone number of the country, typed as
        // dialled there or with its code, and one from abroad with its code.
        const QString line(Address::maxLineLength, u'a');
        QVariantMap input = with(address(u"ES"_s, u"28001"_s), {{u"line1"_s, line},
                                                                {u"line2"_s, line},
                                                                {u"phone"_s, u"612 34 56 78"_s}});
        QVERIFY(Address::validate(input).isEmpty());
        input.insert(u"phone"_s, u"0034 91.123.45.67"_s);
        QVERIFY(Address::validate(input).isEmpty());
        input.insert(u"phone"_s, u"+353 1 234 5678"_s);
        QVERIFY(Address::validate(input).isEmpty());
        input = with(address(u"IE"_s, u"D02 X285"_s), {{u"phone"_s, u"087 123 4567"_s}});
        QVERIFY(Address::validate(input).isEmpty());
    }

    void oneLineForListsAndReceipts()
    {
        QVariantMap input = address(u"ES"_s, u"28001"_s);
        input.insert(u"line2"_s, u"  "_s);
        QCOMPARE(Address::oneLine(input),
                 u"José Muñoz, Calle de Serrano 41, 28001, Madrid, ES"_s);
        QCOMPARE(Address::oneLine({}), QString());
    }
};

QTEST_MAIN(TestAddress)
#include "tst_address.moc"
