// SPDX-License-Identifier: MIT
// Registering a walk-in and correcting a customer, on a real local store, offline (no
// service): what the associate types is checked field by field, the same person already on
// the tablet is offered, and what is saved is one customer with their consents, address and
// card, queued for the service. Loyalty cards are unique and well formed.
#include "../models/testdata.h"

#include "customerprofile.h"
#include "customerrepository.h"
#include "loyaltycards.h"
#include "newcustomerform.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestCustomerRegistration : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestData::LocalStoreFixture> m_fixture;

    LocalStore *store() const { return m_fixture->store(); }

    int outboxCount(const QString &name) const
    {
        return TestData::rowCount(m_fixture->db(), u"outbox"_s, u"name = '%1'"_s.arg(name));
    }

    QVariantMap walkIn() const
    {
        return {{u"firstName"_s, u"Carmen"_s},
                {u"lastName"_s, u"Ortega Ruiz"_s},
                {u"email"_s, u"Carmen.Ortega@Example.es "_s},
                {u"phone"_s, u"612 345 600"_s},
                {u"phoneCountry"_s, u"ES"_s},
                {u"language"_s, u"es"_s},
                {u"birthDate"_s, u"1988-03-14"_s},
                {u"consents"_s, QVariantMap{{u"email"_s, true}, {u"sms"_s, false}}},
                {u"address"_s, QVariantMap{}},
                {u"loyaltyId"_s, QString()}};
    }

private slots:
    void initTestCase() { TestData::initEnvironment(); }

    void init()
    {
        m_fixture = std::make_unique<TestData::LocalStoreFixture>();
        QVERIFY(m_fixture->isReady());
        TestData::Seeder seed(m_fixture->db());
        QVERIFY(seed.location(u"MAD"_s, u"Madrid Serrano"_s));
        QVERIFY(seed.location(u"DUB"_s, u"Dublin Grafton"_s, {{u"country"_s, u"IE"_s}}));
        QVERIFY(seed.location(u"WH1"_s, u"Warehouse"_s, {{u"kind"_s, u"warehouse"_s}}));
        store()->setLocationId(u"MAD"_s);
        QVERIFY(seed.customer(u"C1"_s, u"José"_s, u"Muñoz García"_s, u"jose@example.es"_s,
                              u"+34 600 100 200"_s, LoyaltyCards::cardFor(1),
                              {{u"home_location_id"_s, u"MAD"_s}}));
        QVERIFY(seed.put(u"address"_s, {{u"id"_s, u"A1"_s},
                                        {u"customer_id"_s, u"C1"_s},
                                        {u"line1"_s, u"Calle Mayor 1"_s},
                                        {u"city"_s, u"Madrid"_s},
                                        {u"postcode"_s, u"28013"_s},
                                        {u"country"_s, u"ES"_s}}));
    }

    void cleanup() { m_fixture.reset(); }

    void loyaltyCardsAreTheChainsOwn()
    {
        QCOMPARE(LoyaltyCards::cardFor(1), u"4000000000017"_s); // the demo's José Muñoz
        QVERIFY(LoyaltyCards::isWellFormed(u"4000000000017"_s));
        QCOMPARE(LoyaltyCards::digitsOf(u" 4000 0000 0001-7 "_s), u"4000000000017"_s);
        QVERIFY(!LoyaltyCards::isWellFormed(u"4000000000018"_s)); // check digit
        QVERIFY(!LoyaltyCards::isWellFormed(u"5000000000017"_s));
        QVERIFY(!LoyaltyCards::isWellFormed(u"400000000001"_s));
        QVERIFY(!LoyaltyCards::isWellFormed(LoyaltyCards::digitsOf(u"4000000000017*"_s)));
    }

    void eachFieldSaysWhatToCorrect()
    {
        NewCustomerForm form(store(), nullptr);
        QVariantMap fields = walkIn();
        QVERIFY(form.validate(fields));
        QVERIFY(form.errors().isEmpty());

        fields[u"firstName"_s] = QString();
        fields[u"lastName"_s] = u"  "_s;
        fields[u"email"_s] = u"carmen@"_s;
        fields[u"phone"_s] = u"12"_s;
        fields[u"birthDate"_s] = u"2999-01-01"_s;
        fields[u"loyaltyId"_s] = u"4000000000018"_s;
        QVERIFY(!form.validate(fields));
        const QVariantMap errors = form.errors();
        for (const QString &field :
             {u"firstName"_s, u"email"_s, u"phone"_s, u"birthDate"_s, u"loyaltyId"_s})
            QVERIFY2(!errors.value(field).toString().isEmpty(), qPrintable(field));

        fields = walkIn();
        fields[u"firstName"_s] = QString(500, u'a');
        fields[u"lastName"_s] = u"Ortega\u0007"_s;
        QVERIFY(!form.validate(fields));
        QVERIFY(form.errors().value(u"firstName"_s).toString().contains(u"100"_s));
        QVERIFY(!form.errors().value(u"lastName"_s).toString().isEmpty());

        // A card another customer holds.
        fields = walkIn();
        fields[u"loyaltyId"_s] = LoyaltyCards::cardFor(1);
        QVERIFY(!form.validate(fields));
        QVERIFY(form.errors().value(u"loyaltyId"_s).toString().contains(u"another customer"_s));

        // An address, once started, must be whole.
        fields = walkIn();
        fields[u"address"_s] = QVariantMap{{u"line1"_s, u"Calle Luna 3"_s}, {u"country"_s, u"ES"_s}};
        QVERIFY(!form.validate(fields));
        QVERIFY(!form.errors().value(u"address.postcode"_s).toString().isEmpty());

        // Nothing was saved by any of this.
        QCOMPARE(TestData::rowCount(m_fixture->db(), u"outbox"_s), 0);
    }

    void theSamePersonOnTheTabletIsOffered()
    {
        NewCustomerForm form(store(), nullptr);
        QSignalSpy checked(&form, &NewCustomerForm::duplicatesChecked);

        // The same email, typed in another spelling.
        QVariantMap fields = walkIn();
        fields[u"email"_s] = u" JOSE@example.ES"_s;
        form.checkDuplicates(fields);
        QCOMPARE(checked.size(), 1);
        QCOMPARE(form.duplicates().size(), 1);
        QVariantMap match = form.duplicates().first().toMap();
        QCOMPARE(match.value(u"customerId"_s).toString(), u"C1"_s);
        QCOMPARE(match.value(u"displayName"_s).toString(), u"José Muñoz García"_s);
        QCOMPARE(match.value(u"reason"_s).toString(), u"Same email address"_s);
        QCOMPARE(match.value(u"homeLocationName"_s).toString(), u"Madrid Serrano"_s);
        // Without a service, only the tablet was asked, and the screen says so.
        QVERIFY(form.checkedLocallyOnly());

        // The same phone, typed in its national form.
        fields = walkIn();
        fields[u"phone"_s] = u"600100200"_s;
        form.checkDuplicates(fields);
        QCOMPARE(form.duplicates().size(), 1);
        QCOMPARE(form.duplicates().first().toMap().value(u"reason"_s).toString(),
                 u"Same phone number"_s);

        // The same name (accents and case aside) at the same postcode.
        fields = walkIn();
        fields[u"firstName"_s] = u"JOSE"_s;
        fields[u"lastName"_s] = u"munoz garcia"_s;
        fields[u"address"_s] = QVariantMap{{u"line1"_s, u"Calle Luna 3"_s},
                                           {u"city"_s, u"Madrid"_s},
                                           {u"postcode"_s, u"28013"_s},
                                           {u"country"_s, u"ES"_s}};
        form.checkDuplicates(fields);
        QCOMPARE(form.duplicates().size(), 1);
        QCOMPARE(form.duplicates().first().toMap().value(u"reason"_s).toString(),
                 u"Same name and postcode"_s);

        // The same name elsewhere is another person.
        fields[u"address"_s] = QVariantMap{{u"line1"_s, u"Calle Luna 3"_s},
                                           {u"city"_s, u"Sevilla"_s},
                                           {u"postcode"_s, u"41001"_s},
                                           {u"country"_s, u"ES"_s}};
        form.checkDuplicates(fields);
        QVERIFY(form.duplicates().isEmpty());
    }

    void aWalkInIsSavedOfflineWithConsentsAddressAndCard()
    {
        NewCustomerForm form(store(), nullptr);
        QVariantMap fields = walkIn();
        fields[u"address"_s] = QVariantMap{{u"line1"_s, u"Calle Luna 3"_s},
                                           {u"city"_s, u"Madrid"_s},
                                           {u"postcode"_s, u"28004"_s},
                                           {u"country"_s, u"ES"_s}};
        fields[u"loyaltyId"_s] = u"4000 0000 0099 2"_s;
        QVERIFY(LoyaltyCards::isWellFormed(u"4000000000992"_s));
        QSignalSpy failed(&form, &NewCustomerForm::failed);
        const QString id = form.save(fields);
        QVERIFY2(!id.isEmpty(), qPrintable(failed.isEmpty() ? form.errors().keys().join(u',')
                                                            : failed.first().first().toString()));

        const CustomerRepository repository(m_fixture->db());
        const auto customer = repository.customer(id);
        QVERIFY(customer);
        QCOMPARE(customer->value(u"first_name"_s).toString(), u"Carmen"_s);
        QCOMPARE(customer->value(u"email"_s).toString(), u"carmen.ortega@example.es"_s);
        QCOMPARE(customer->value(u"phone_e164"_s).toString(), u"+34612345600"_s);
        QCOMPARE(customer->value(u"home_location_id"_s).toString(), u"MAD"_s);
        QCOMPARE(customer->value(u"language"_s).toString(), u"es"_s);
        QCOMPARE(customer->value(u"birth_date"_s).toString(), u"1988-03-14"_s);
        QCOMPARE(customer->value(u"loyalty_id"_s).toString(), u"4000000000992"_s);
        // Found by the search at once.
        QCOMPARE(repository.search(u"carmen ort"_s, 10, 0).size(), 1);
        QCOMPARE(repository.findByLoyaltyId(u"4000000000992"_s), id);
        // The consent given, recorded as given in this store; the one not given is not there.
        const QList<QVariantMap> consents = repository.consents(id);
        QCOMPARE(consents.size(), 1);
        QCOMPARE(consents.first().value(u"kind"_s).toString(), u"email"_s);
        QCOMPARE(consents.first().value(u"channel"_s).toString(), u"store"_s);
        QCOMPARE(TestData::rowCount(m_fixture->db(), u"addresses"_s,
                                    u"customer_id = '%1' AND postcode = '28004'"_s.arg(id)),
                 1);
        // All of it queued for the service, in order.
        QCOMPARE(outboxCount(u"customer.create"_s), 1);
        QCOMPARE(outboxCount(u"customer.setConsent"_s), 1);
        QCOMPARE(outboxCount(u"address.add"_s), 1);
        QCOMPARE(outboxCount(u"customer.setLoyaltyCard"_s), 1);
    }

    void aPhoneOfAnotherCountryIsSavedInItsInternationalForm()
    {
        NewCustomerForm form(store(), nullptr);
        QVariantMap fields = walkIn();
        fields[u"phone"_s] = u"087 123 4567"_s; // an Irish mobile, as dialled in Ireland
        fields[u"phoneCountry"_s] = u"IE"_s;
        const QString id = form.save(fields);
        QVERIFY(!id.isEmpty());
        const auto customer = CustomerRepository(m_fixture->db()).customer(id);
        QCOMPARE(customer->value(u"phone_e164"_s).toString(), u"+353871234567"_s);
    }

    void aCustomerIsCorrectedFromTheProfile()
    {
        CustomerProfile profile(store());
        profile.setCustomerId(u"C1"_s);
        QVERIFY(profile.found());
        QCOMPARE(profile.contact().value(u"homeLocationId"_s).toString(), u"MAD"_s);
        // Stores only, by name: not the warehouse.
        QStringList stores;
        for (const QVariant &store : profile.homeStores())
            stores << store.toMap().value(u"id"_s).toString();
        QCOMPARE(stores, (QStringList{u"DUB"_s, u"MAD"_s}));

        // Nothing changed: nothing queued.
        QVERIFY(profile.saveContact(profile.contact()));
        QCOMPARE(outboxCount(u"customer.update"_s), 0);

        QVariantMap contact = profile.contact();
        contact[u"email"_s] = u"jose.munoz@example.es"_s;
        contact[u"homeLocationId"_s] = u"DUB"_s;
        QVERIFY(profile.saveContact(contact));
        QCOMPARE(profile.email(), u"jose.munoz@example.es"_s);
        QCOMPARE(profile.homeStoreName(), u"Dublin Grafton"_s);
        QCOMPARE(outboxCount(u"customer.update"_s), 1);

        // Refusals are said and change nothing.
        QSignalSpy failed(&profile, &CustomerProfile::failed);
        contact = profile.contact();
        contact[u"email"_s] = u"not an email"_s;
        QVERIFY(!profile.saveContact(contact));
        contact = profile.contact();
        contact[u"homeLocationId"_s] = u"WH1"_s;
        QVERIFY(!profile.saveContact(contact));
        contact = profile.contact();
        contact[u"firstName"_s] = QString();
        contact[u"lastName"_s] = QString();
        QVERIFY(!profile.saveContact(contact));
        QCOMPARE(failed.size(), 3);
        QCOMPARE(profile.email(), u"jose.munoz@example.es"_s);
        QCOMPARE(outboxCount(u"customer.update"_s), 1);
    }

    void aLoyaltyCardIsGivenOnceAndNeverTwice()
    {
        TestData::Seeder seed(m_fixture->db());
        QVERIFY(seed.customer(u"C2"_s, u"Ana"_s, u"Ruiz"_s, {}, {}, {},
                              {{u"home_location_id"_s, u"MAD"_s}}));
        CustomerProfile profile(store());
        profile.setCustomerId(u"C2"_s);
        QSignalSpy failed(&profile, &CustomerProfile::failed);

        QVERIFY(!profile.giveLoyaltyCard(u"1234"_s));
        QVERIFY(!profile.giveLoyaltyCard(LoyaltyCards::cardFor(1))); // José's
        QVERIFY(failed.last().first().toString().contains(u"another customer"_s));
        QCOMPARE(failed.size(), 2);
        QVERIFY(profile.loyaltyId().isEmpty());

        QVERIFY(profile.giveLoyaltyCard(u"4000 0000 0099 2"_s));
        QCOMPARE(profile.loyaltyId(), u"4000000000992"_s);
        // A second card for the same customer is refused: cards are replaced, not added.
        QVERIFY(!profile.giveLoyaltyCard(LoyaltyCards::cardFor(77)));
        QCOMPARE(profile.loyaltyId(), u"4000000000992"_s);
        QCOMPARE(outboxCount(u"customer.setLoyaltyCard"_s), 1);
    }
};

QTEST_MAIN(TestCustomerRegistration)
#include "tst_customerregistration.moc"
