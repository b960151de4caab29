// SPDX-License-Identifier: MIT
// A customer's consent history on the profile: every consent given or withdrawn, newest first,
// with when, on which channel and who recorded it; a change made here joins it at once (marked
// until synced), the same change sent twice is one event, and an older change recorded late
// goes into the history without replacing the consent in force.
#include "consenthistorymodel.h"
#include "customerprofile.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using TestData::minutesFromNow;
using TestData::referenceMs;

class TestConsentHistory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestData::LocalStoreFixture> m_fixture;

    QStringList column(const ConsentHistoryModel &model, const QByteArray &role)
    {
        QStringList values;
        const int r = model.roleNames().key(role);
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.index(row).data(r).toString();
        return values;
    }

private slots:
    void initTestCase() { TestData::initEnvironment(); }
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u"query failed|statement failed|prepare failed"_s));
        m_fixture = std::make_unique<TestData::LocalStoreFixture>();
        QVERIFY(m_fixture->isReady());
        m_fixture->store()->setActor(u"staff-1"_s, u"Lucía Gómez"_s);
        TestData::Seeder seed(m_fixture->db());
        QVERIFY(seed.location(u"MAD"_s, u"Madrid Serrano"_s));
        QVERIFY(seed.put(u"staff"_s,
                         {{u"id"_s, u"staff-1"_s},
                          {u"location_id"_s, u"MAD"_s},
                          {u"staff_number"_s, u"1001"_s},
                          {u"display_name"_s, u"Lucía Gómez"_s},
                          {u"role"_s, u"associate"_s}}));
        QVERIFY(seed.customer(u"c2"_s, u"Ana"_s, u"García"_s, u"ana@correo.es"_s,
                              u"+34 633 44 55 66"_s, u"4000000000025"_s,
                              {{u"home_location_id"_s, u"MAD"_s}}));
        // From the web shop ten days ago (ingestion records the channel as who), and one
        // whose recorder was erased.
        QVERIFY(seed.put(u"consent_event"_s,
                         {{u"id"_s, u"ev-web"_s},
                          {u"customer_id"_s, u"c2"_s},
                          {u"kind"_s, u"email"_s},
                          {u"granted"_s, 1},
                          {u"channel"_s, u"web"_s},
                          {u"changed_by"_s, u"ingest:web"_s},
                          {u"changed_at"_s, minutesFromNow(-10 * 24 * 60)}}));
        QVERIFY(seed.put(u"consent_event"_s,
                         {{u"id"_s, u"ev-old"_s},
                          {u"customer_id"_s, u"c2"_s},
                          {u"kind"_s, u"sms"_s},
                          {u"granted"_s, 0},
                          {u"channel"_s, u"store"_s},
                          {u"changed_at"_s, minutesFromNow(-20 * 24 * 60)}}));
        QVERIFY(seed.consent(u"c2"_s, u"email"_s, true, minutesFromNow(-10 * 24 * 60)));
    }
    void cleanup() { m_fixture.reset(); }

    void historyNewestFirstInWords()
    {
        ConsentHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_fixture->store());
        model.setCustomerId(u"c2"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(column(model, "title"), (QStringList {u"Email: given"_s, u"SMS: withdrawn"_s}));
        QCOMPARE(column(model, "detail"),
                 (QStringList {u"15/11/2026 10:00 · Web · recorded by Web"_s,
                               u"05/11/2026 10:00 · Store"_s}));
        QCOMPARE(column(model, "pending"), (QStringList {u"false"_s, u"false"_s}));
    }

    void aChangeHereJoinsTheHistoryAtOnce()
    {
        CustomerProfile profile(m_fixture->store());
        profile.setCustomerId(u"c2"_s);
        ConsentHistoryModel model;
        model.setStore(m_fixture->store());
        model.setCustomerId(u"c2"_s);
        QVERIFY(profile.setConsent(u"email"_s, false));
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(column(model, "title").first(), u"Email: withdrawn"_s);
        QVERIFY2(column(model, "detail").first().endsWith(u"· Store · recorded by Lucía Gómez"_s),
                 qPrintable(column(model, "detail").first()));
        QCOMPARE(column(model, "pending").first(), u"true"_s);
        // The consent in force follows.
        QCOMPARE(profile.consents().at(0).toMap().value(u"granted"_s).toBool(), false);
    }

    void sameChangeOnceAndLateChangesOnlyInTheHistory()
    {
        const auto submit = [&](bool granted, qint64 at) {
            return m_fixture->store()
                ->submit(u"customer.setConsent"_s,
                         {{u"customerId"_s, u"c2"_s},
                          {u"kind"_s, u"email"_s},
                          {u"granted"_s, granted},
                          {u"channel"_s, u"store"_s},
                          {u"at"_s, at}})
                .applied;
        };
        QVERIFY(submit(false, minutesFromNow(-60)));
        QVERIFY(submit(false, minutesFromNow(-60)));
        // Given a year ago on paper, typed in only now: history, not in force.
        QVERIFY(submit(true, minutesFromNow(-365 * 24 * 60)));
        QCOMPARE(TestData::rowCount(m_fixture->db(), u"consent_events"_s), 4);
        QCOMPARE(Database::scalar(m_fixture->db(),
                                  u"SELECT granted FROM consents WHERE customer_id = 'c2' AND"
                                  " kind = 'email'"_s)
                     .toInt(),
                 0);
        ConsentHistoryModel model;
        model.setStore(m_fixture->store());
        model.setCustomerId(u"c2"_s);
        QCOMPARE(column(model, "title"),
                 (QStringList {u"Email: withdrawn"_s, u"Email: given"_s, u"SMS: withdrawn"_s,
                               u"Email: given"_s}));
    }
};

QTEST_MAIN(TestConsentHistory)
#include "tst_consenthistory.moc"
