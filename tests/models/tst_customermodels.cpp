// SPDX-License-Identifier: MIT
// The customer screen: the profile and its lists (timeline, recently viewed online, wishlist,
// cart, notes, preferences) and what the associate does there (notes, preferences, consents).
#include "customerprofile.h"
#include "format.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using TestData::minutesFromNow;
using TestData::referenceMs;

namespace {

constexpr int timelineEvents = 2000;
const QStringList channelCycle = {u"web"_s, u"app"_s, u"store"_s, u"call_centre"_s, u"email"_s};

/** Event i of the big timeline: i minutes before now, channels in turn. */
QString eventId(int i)
{
    return u"e%1"_s.arg(i, 4, 10, QChar(u'0'));
}

QVariant roleData(const QAbstractItemModel *model, int row, int role)
{
    return model->index(row, 0).data(role);
}

QStringList column(const QAbstractItemModel *model, int role)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << roleData(model, row, role).toString();
    return values;
}

struct OutboxRow
{
    QString name;
    QJsonObject args;
    QString associateId;
    qint64 createdAt = 0;
};

QList<OutboxRow> outbox(const QSqlDatabase &db)
{
    QList<OutboxRow> rows;
    QSqlQuery query(db);
    query.exec(u"SELECT name, args, associate_id, created_at FROM outbox ORDER BY mutation_id"_s);
    while (query.next()) {
        rows << OutboxRow {query.value(0).toString(),
                           QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object(),
                           query.value(2).toString(), query.value(3).toLongLong()};
    }
    return rows;
}

} // namespace

class TestCustomerModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void profileFacts();
    void profileInSpanish();
    void unknownCustomer();
    void switchingCustomer();

    void timelinePages();
    void timelineChannelFilter_data();
    void timelineChannelFilter();
    void timelineRows();
    void timelineFollowsNewEvents();
    void timelineCarrierUpdatesInWords();

    void recentlyViewedOnline();
    void wishlist();
    void cart();
    void cartTotalFollowsQuantity();

    void preferences();
    void setPreference();
    void setPreferenceRefused();
    void consents();
    void setConsent();

    void notes();
    void addNote();
    void emptyNoteRefused_data();
    void emptyNoteRefused();

private:
    void testModels(CustomerProfile *profile);

    std::unique_ptr<TestData::LocalStoreFixture> m_fixture;
    std::unique_ptr<CustomerProfile> m_profile;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestCustomerModels::initTestCase()
{
    TestData::initEnvironment();
}

void TestCustomerModels::init()
{
    QTest::failOnWarning(QRegularExpression(u"query failed|statement failed|prepare failed"_s));
    m_fixture = std::make_unique<TestData::LocalStoreFixture>();
    QVERIFY(m_fixture->isReady());
    m_fixture->store()->setActor(u"staff-1"_s, u"Lucía Gómez"_s);

    const QSqlDatabase db = m_fixture->db();
    TestData::Seeder seed(db);
    SqlTransaction transaction(db);
    QVERIFY(seed.location(u"MAD"_s, u"Madrid Serrano"_s));
    QVERIFY(seed.styleWithProduct(u"SKU-1"_s, u"Linen shirt"_s, 5990));
    QVERIFY(seed.styleWithProduct(u"SKU-2"_s, u"Wool coat"_s, 19900));
    QVERIFY(seed.styleWithProduct(u"SKU-3"_s, u"Silk scarf"_s, 4500));
    QVERIFY(seed.styleWithProduct(u"SKU-4"_s, u"Leather belt"_s, 3900));
    QVERIFY(seed.styleWithProduct(u"SKU-5"_s, u"Chinos"_s, 6900));

    // c1: a long history across every channel.
    const qint64 memberSince = QDateTime(QDate(2024, 3, 15), QTime(12, 0)).toMSecsSinceEpoch();
    QVERIFY(seed.customer(u"c1"_s, u"José"_s, u"Muñoz"_s, u"jmunoz@correo.es"_s,
                          u"+34 612 34 56 78"_s, u"4000000000017"_s,
                          {{u"tier"_s, u"gold"_s},
                           {u"points"_s, 12345},
                           {u"lifetime_value_minor"_s, 123450},
                           {u"home_location_id"_s, u"MAD"_s},
                           {u"created_at"_s, memberSince}}));
    for (int i = 0; i < timelineEvents; ++i) {
        const QString channel = channelCycle.at(i % channelCycle.size());
        const bool purchase = channel == u"store"_s;
        QVariantMap extra;
        if (purchase) {
            extra = {{u"amount_minor"_s, 5990},
                     {u"currency"_s, u"EUR"_s},
                     {u"quantity"_s, 1},
                     {u"location_id"_s, u"MAD"_s},
                     {u"order_id"_s, u"o%1"_s.arg(i)}};
        }
        QVERIFY(seed.event(eventId(i), u"c1"_s, purchase ? u"purchased"_s : u"viewed"_s, channel,
                           minutesFromNow(-i), u"SKU-1"_s, extra));
    }

    // c2: a few of everything, with known answers.
    QVERIFY(seed.customer(u"c2"_s, u"Ana"_s, u"García"_s, u"ana@correo.es"_s, u"+34 633 44 55 66"_s,
                          u"4000000000025"_s,
                          {{u"tier"_s, u"silver"_s}, {u"home_location_id"_s, u"MAD"_s}}));
    QVERIFY(seed.event(u"v1"_s, u"c2"_s, u"viewed"_s, u"web"_s, minutesFromNow(-10), u"SKU-1"_s));
    QVERIFY(seed.event(u"v2"_s, u"c2"_s, u"viewed"_s, u"web"_s, minutesFromNow(-50), u"SKU-1"_s));
    QVERIFY(seed.event(u"v3"_s, u"c2"_s, u"viewed"_s, u"app"_s, minutesFromNow(-100), u"SKU-1"_s));
    QVERIFY(seed.event(u"v4"_s, u"c2"_s, u"viewed"_s, u"app"_s, minutesFromNow(-5), u"SKU-2"_s));
    QVERIFY(seed.event(u"v5"_s, u"c2"_s, u"viewed"_s, u"store"_s, minutesFromNow(-1), u"SKU-3"_s));
    QVERIFY(seed.event(u"v6"_s, u"c2"_s, u"purchased"_s, u"web"_s, minutesFromNow(-2), u"SKU-4"_s));
    QVERIFY(seed.event(u"v7"_s, u"c2"_s, u"cart_add"_s, u"app"_s, minutesFromNow(-3), u"SKU-5"_s));
    QVERIFY(seed.event(u"v8"_s, u"c2"_s, u"viewed"_s, u"web"_s, minutesFromNow(-4 * 24 * 60),
                       u"SKU-5"_s));
    QVERIFY(seed.wishlistItem(u"c2"_s, u"SKU-1"_s, minutesFromNow(-24 * 60)));
    QVERIFY(seed.wishlistItem(u"c2"_s, u"SKU-3"_s, minutesFromNow(-120), u"app"_s));
    QVERIFY(seed.cartLine(u"line-a"_s, u"c2"_s, u"SKU-1"_s, 2, minutesFromNow(-180)));
    QVERIFY(seed.cartLine(u"line-b"_s, u"c2"_s, u"SKU-2"_s, 1, minutesFromNow(-60), u"app"_s));
    QVERIFY(seed.preference(u"c2"_s, u"size.top"_s, u"M"_s, 1));
    QVERIFY(seed.preference(u"c2"_s, u"colours"_s, u"navy, cream"_s, 2));
    QVERIFY(seed.consent(u"c2"_s, u"email"_s, true, minutesFromNow(-10 * 24 * 60)));
    QVERIFY(seed.consent(u"c2"_s, u"sms"_s, false, minutesFromNow(-3 * 24 * 60), u"store"_s));
    QVERIFY(seed.consent(u"c2"_s, u"marketing"_s, true, minutesFromNow(-10 * 24 * 60)));
    QVERIFY(seed.note(u"n1"_s, u"c2"_s, u"Looking for a wedding outfit"_s,
                      minutesFromNow(-2 * 24 * 60)));
    QVERIFY(seed.note(u"n2"_s, u"c2"_s, u"Came back for the coat"_s, minutesFromNow(-24 * 60)));
    // Someone else's rows stay out of c2's lists.
    QVERIFY(seed.event(u"x1"_s, u"c1"_s, u"viewed"_s, u"web"_s, minutesFromNow(-1), u"SKU-5"_s));
    QVERIFY(transaction.commit());

    m_profile = std::make_unique<CustomerProfile>(m_fixture->store());
    testModels(m_profile.get());
}

void TestCustomerModels::cleanup()
{
    m_testers.clear();
    m_profile.reset();
    m_fixture.reset();
}

void TestCustomerModels::testModels(CustomerProfile *profile)
{
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> {
             profile->timeline(), profile->recentlyViewed(), profile->wishlist(), profile->cart(),
             profile->notes(), profile->preferences()}) {
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
}

void TestCustomerModels::profileFacts()
{
    QSignalSpy profileChanged(m_profile.get(), &CustomerProfile::profileChanged);
    QSignalSpy idChanged(m_profile.get(), &CustomerProfile::customerIdChanged);
    QVERIFY(!m_profile->found());
    m_profile->setCustomerId(u"c1"_s);
    QCOMPARE(idChanged.count(), 1);
    QCOMPARE(profileChanged.count(), 1);
    QVERIFY(m_profile->found());
    QVERIFY(m_profile->errorString().isEmpty());
    QCOMPARE(m_profile->displayName(), u"José Muñoz"_s);
    QCOMPARE(m_profile->initials(), u"JM"_s);
    QCOMPARE(m_profile->email(), u"jmunoz@correo.es"_s);
    QCOMPARE(m_profile->phone(), u"+34 612 34 56 78"_s);
    QCOMPARE(m_profile->loyaltyId(), u"4000000000017"_s);
    QCOMPARE(m_profile->tier(), u"gold"_s);
    QCOMPARE(m_profile->tierLabel(), u"Gold"_s);
    QCOMPARE(m_profile->pointsText(), u"12,345 points"_s);
    QCOMPARE(m_profile->lifetimeValueText(), u"€1,234.50"_s);
    QCOMPARE(m_profile->memberSinceText(), u"15/03/2024"_s);
    QCOMPARE(m_profile->homeStoreName(), u"Madrid Serrano"_s);
    QCOMPARE(m_profile->property("displayName").toString(), u"José Muñoz"_s);

    m_profile->setCustomerId(u"c1"_s);
    QCOMPARE(idChanged.count(), 1); // unchanged: nothing reloads
    QCOMPARE(profileChanged.count(), 1);
}

void TestCustomerModels::profileInSpanish()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    m_profile->setCustomerId(u"c1"_s);
    const QString points = m_profile->pointsText();
    const QString value = m_profile->lifetimeValueText();
    const QString since = m_profile->memberSinceText();
    QLocale::setDefault(before);
    QCOMPARE(points, u"12.345 points"_s); // the word comes from the translation, not loaded here
    QCOMPARE(value, u"1234,50\u00a0€"_s);
    QCOMPARE(since, u"15/3/2024"_s);
}

void TestCustomerModels::unknownCustomer()
{
    QSignalSpy errorChanged(m_profile.get(), &CustomerProfile::errorStringChanged);
    m_profile->setCustomerId(u"nobody"_s);
    QVERIFY(!m_profile->found());
    QVERIFY(!m_profile->errorString().isEmpty());
    QCOMPARE(errorChanged.count(), 1);
    QCOMPARE(m_profile->displayName(), QString());
    QCOMPARE(m_profile->pointsText(), QString());
    QCOMPARE(m_profile->lifetimeValueText(), QString());
    QCOMPARE(m_profile->memberSinceText(), QString());
    for (const QVariant &consent : m_profile->consents())
        QVERIFY(!consent.toMap().value(u"granted"_s).toBool());
    QCOMPARE(m_profile->timeline()->rowCount(), 0);
    QVERIFY(!m_profile->timeline()->canFetchMore({}));
    QCOMPARE(m_profile->notes()->rowCount(), 0);
    QCOMPARE(m_profile->wishlist()->rowCount(), 0);
    QCOMPARE(m_profile->cart()->rowCount(), 0);
    QCOMPARE(m_profile->cart()->totalText(), QString());
    QCOMPARE(m_profile->recentlyViewed()->rowCount(), 0);

    // Found after all: the error goes away.
    m_profile->setCustomerId(u"c2"_s);
    QVERIFY(m_profile->found());
    QVERIFY(m_profile->errorString().isEmpty());
    QCOMPARE(errorChanged.count(), 2);
}

void TestCustomerModels::switchingCustomer()
{
    m_profile->setCustomerId(u"c1"_s);
    QCOMPARE(m_profile->timeline()->rowCount(), 50);
    QSignalSpy reset(m_profile->timeline(), &QAbstractItemModel::modelReset);
    QSignalSpy notesReset(m_profile->notes(), &QAbstractItemModel::modelReset);
    m_profile->setCustomerId(u"c2"_s);
    QCOMPARE(m_profile->displayName(), u"Ana García"_s);
    QCOMPARE(m_profile->timeline()->rowCount(), 8);
    QVERIFY(!m_profile->timeline()->canFetchMore({}));
    QCOMPARE(m_profile->notes()->rowCount(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(notesReset.count(), 0);
    m_profile->setCustomerId(QString());
    QVERIFY(!m_profile->found());
    QVERIFY(m_profile->errorString().isEmpty()); // no customer chosen is not an error
    QCOMPARE(m_profile->timeline()->rowCount(), 0);
}

void TestCustomerModels::timelinePages()
{
    CustomerTimelineModel *timeline = m_profile->timeline();
    QSignalSpy reset(timeline, &QAbstractItemModel::modelReset);
    m_profile->setCustomerId(u"c1"_s);
    QCOMPARE(timeline->rowCount(), CustomerTimelineModel::pageSize);
    QVERIFY(timeline->canFetchMore({}));
    // Newest first (x1, another product, happened a minute ago too).
    QCOMPARE(roleData(timeline, 0, CustomerTimelineModel::EventIdRole).toString(), eventId(0));
    QCOMPARE(roleData(timeline, 1, CustomerTimelineModel::EventIdRole).toString(), u"x1"_s);
    QCOMPARE(roleData(timeline, 2, CustomerTimelineModel::EventIdRole).toString(), eventId(1));
    QCOMPARE(roleData(timeline, 49, CustomerTimelineModel::EventIdRole).toString(), eventId(48));

    QSignalSpy inserted(timeline, &QAbstractItemModel::rowsInserted);
    timeline->fetchMore({});
    QCOMPARE(timeline->rowCount(), 100);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 50);
    QCOMPARE(inserted.first().at(2).toInt(), 99);
    QCOMPARE(roleData(timeline, 50, CustomerTimelineModel::EventIdRole).toString(), eventId(49));

    // Times never go up as the list goes down.
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < timeline->rowCount(); ++row) {
        const qint64 at
            = roleData(timeline, row, CustomerTimelineModel::OccurredAtRole).toLongLong();
        QVERIFY(at <= previous);
        previous = at;
    }

    // The whole history, a page at a time.
    int pages = 2;
    while (timeline->canFetchMore({})) {
        timeline->fetchMore({});
        ++pages;
    }
    QCOMPARE(timeline->rowCount(), timelineEvents + 1); // and x1
    QCOMPARE(pages, (timelineEvents + 1) / CustomerTimelineModel::pageSize + 1);
    QCOMPARE(reset.count(), 0);
}

void TestCustomerModels::timelineChannelFilter_data()
{
    QTest::addColumn<QStringList>("channels");
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("newest");

    QTest::newRow("web") << QStringList {u"web"_s} << 401 << eventId(0);
    QTest::newRow("app") << QStringList {u"app"_s} << 400 << eventId(1);
    QTest::newRow("store") << QStringList {u"store"_s} << 400 << eventId(2);
    QTest::newRow("web and app") << QStringList {u"web"_s, u"app"_s} << 801 << eventId(0);
    QTest::newRow("a channel with nothing") << QStringList {u"fax"_s} << 0 << QString();
    QTest::newRow("all") << QStringList() << timelineEvents + 1 << eventId(0);
}

void TestCustomerModels::timelineChannelFilter()
{
    QFETCH(QStringList, channels);
    QFETCH(int, total);
    QFETCH(QString, newest);
    CustomerTimelineModel *timeline = m_profile->timeline();
    m_profile->setCustomerId(u"c1"_s);
    QSignalSpy channelsChanged(timeline, &CustomerTimelineModel::channelsChanged);
    QSignalSpy reset(timeline, &QAbstractItemModel::modelReset);
    timeline->setChannels({u"email"_s});
    timeline->setChannels(channels);
    QCOMPARE(channelsChanged.count(), channels == QStringList {u"email"_s} ? 1 : 2);
    QCOMPARE(timeline->rowCount(), qMin(total, CustomerTimelineModel::pageSize));
    QCOMPARE(timeline->canFetchMore({}), total > CustomerTimelineModel::pageSize);
    if (total > 0)
        QCOMPARE(roleData(timeline, 0, CustomerTimelineModel::EventIdRole).toString(), newest);
    while (timeline->canFetchMore({}))
        timeline->fetchMore({});
    QCOMPARE(timeline->rowCount(), total);
    if (!channels.isEmpty()) {
        for (const QString &channel : column(timeline, CustomerTimelineModel::ChannelRole))
            QVERIFY2(channels.contains(channel), qPrintable(channel));
    }
    QCOMPARE(reset.count(), 0);
}

void TestCustomerModels::timelineRows()
{
    CustomerTimelineModel *timeline = m_profile->timeline();
    m_profile->setCustomerId(u"c1"_s);
    QCOMPARE(roleData(timeline, 0, CustomerTimelineModel::EventIdRole).toString(), eventId(0));
    QCOMPARE(roleData(timeline, 0, CustomerTimelineModel::KindLabelRole).toString(), u"Viewed"_s);
    QCOMPARE(roleData(timeline, 0, CustomerTimelineModel::ChannelLabelRole).toString(), u"Web"_s);
    QCOMPARE(roleData(timeline, 0, CustomerTimelineModel::WhenTextRole).toString(),
             u"Today 10:00"_s);
    QCOMPARE(roleData(timeline, 0, CustomerTimelineModel::ProductNameRole).toString(),
             u"Linen shirt"_s);
    QCOMPARE(roleData(timeline, 0, CustomerTimelineModel::AmountTextRole).toString(), QString());
    // e0002, a store purchase.
    const int purchase
        = int(column(timeline, CustomerTimelineModel::EventIdRole).indexOf(eventId(2)));
    QVERIFY(purchase > 0);
    QCOMPARE(roleData(timeline, purchase, CustomerTimelineModel::KindLabelRole).toString(),
             u"Purchased"_s);
    QCOMPARE(roleData(timeline, purchase, CustomerTimelineModel::ChannelLabelRole).toString(),
             u"Store"_s);
    QCOMPARE(roleData(timeline, purchase, CustomerTimelineModel::AmountTextRole).toString(),
             u"€59.90"_s);
    QCOMPARE(roleData(timeline, purchase, CustomerTimelineModel::LocationNameRole).toString(),
             u"Madrid Serrano"_s);
    QCOMPARE(roleData(timeline, purchase, CustomerTimelineModel::OrderIdRole).toString(), u"o2"_s);
    QCOMPARE(roleData(timeline, purchase, CustomerTimelineModel::WhenTextRole).toString(),
             u"Today 09:58"_s);
    QCOMPARE(timeline->roleNames().value(CustomerTimelineModel::WhenTextRole), "whenText");

    // Yesterday and older.
    m_profile->setCustomerId(u"c2"_s);
    const int old = int(column(timeline, CustomerTimelineModel::EventIdRole).indexOf(u"v8"_s));
    QCOMPARE(roleData(timeline, old, CustomerTimelineModel::WhenTextRole).toString(),
             u"21/11/2026"_s);
    QCOMPARE(roleData(timeline, 0, CustomerTimelineModel::EventIdRole).toString(), u"v5"_s);
}

void TestCustomerModels::timelineFollowsNewEvents()
{
    CustomerTimelineModel *timeline = m_profile->timeline();
    m_profile->setCustomerId(u"c1"_s);
    timeline->fetchMore({});
    QCOMPARE(timeline->rowCount(), 100);
    QSignalSpy reset(timeline, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(timeline, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(timeline, &QAbstractItemModel::rowsRemoved);

    // A pull brings an event that just happened online.
    TestData::Seeder seed(m_fixture->db());
    QVERIFY(seed.event(u"new"_s, u"c1"_s, u"viewed"_s, u"app"_s, minutesFromNow(1), u"SKU-2"_s));
    m_fixture->store()->notifyTablesChanged({u"customer_events"_s});

    // It goes on top; the pages loaded so far stay loaded (the last row moves to the next page).
    QCOMPARE(timeline->rowCount(), 100);
    QCOMPARE(roleData(timeline, 0, CustomerTimelineModel::EventIdRole).toString(), u"new"_s);
    QCOMPARE(roleData(timeline, 0, CustomerTimelineModel::ProductNameRole).toString(),
             u"Wool coat"_s);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 99);
    QVERIFY(timeline->canFetchMore({}));
    QCOMPARE(reset.count(), 0);

    // Tables the timeline does not show change nothing.
    m_fixture->store()->notifyTablesChanged({u"notes"_s, u"customers"_s});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 1);
}

namespace {

/** Stands in for the Spanish translation of the order statuses (not loaded in model tests). */
class StatusTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "Format") != 0)
            return {};
        static const QHash<QByteArray, QString> spanish
            = {{"Shipped", u"Enviado"_s},
               {"Out for delivery", u"En reparto"_s},
               {"Collected", u"Recogido"_s},
               {"Carrier update", u"Aviso del transportista"_s}};
        return spanish.value(source);
    }
};

int roleNamed(const QAbstractItemModel *model, const QByteArray &name)
{
    return model->roleNames().key(name, -1);
}

} // namespace

void TestCustomerModels::timelineCarrierUpdatesInWords()
{
    // What a carrier reported through the service: a status code, the carrier, the tracking
    // number, each a field of its own; and an update with a status nobody knows, kept in the
    // carrier's words. The order mutators' own updates carry their status code in detail.
    {
        TestData::Seeder seed(m_fixture->db());
        const QVariantMap outForDelivery = {{u"order_id"_s, u"o-web"_s},
                                            {u"title"_s, u"W-100234"_s},
                                            {u"status"_s, u"out_for_delivery"_s},
                                            {u"carrier"_s, u"SEUR"_s},
                                            {u"tracking_number"_s, u"SEUR-ES-0012345"_s}};
        QVERIFY(seed.event(u"s1"_s, u"c2"_s, u"order_status"_s, u"web"_s, minutesFromNow(-30), {},
                           outForDelivery));
        const QVariantMap held = {{u"order_id"_s, u"o-web"_s},
                                  {u"title"_s, u"W-100234"_s},
                                  {u"status"_s, u"other"_s},
                                  {u"carrier"_s, u"SEUR"_s},
                                  {u"detail"_s, u"Held at depot (customs)"_s}};
        QVERIFY(seed.event(u"s2"_s, u"c2"_s, u"order_status"_s, u"web"_s, minutesFromNow(-20), {},
                           held));
        QVERIFY(seed.event(u"s3"_s, u"c2"_s, u"order_status"_s, u"store"_s, minutesFromNow(-15), {},
                           {{u"title"_s, u"S-20931"_s}, {u"detail"_s, u"collected"_s}}));
    }
    StatusTranslator spanish;
    QCoreApplication::installTranslator(&spanish);
    CustomerTimelineModel *timeline = m_profile->timeline();
    m_profile->setCustomerId(u"c2"_s);
    QCoreApplication::removeTranslator(&spanish);

    const QStringList ids = column(timeline, CustomerTimelineModel::EventIdRole);
    const int s1 = int(ids.indexOf(u"s1"_s));
    const int s2 = int(ids.indexOf(u"s2"_s));
    const int s3 = int(ids.indexOf(u"s3"_s));
    QVERIFY(s1 >= 0 && s2 >= 0 && s3 >= 0);
    const int statusLabel = roleNamed(timeline, "statusLabel");
    const int carrier = roleNamed(timeline, "carrier");
    const int tracking = roleNamed(timeline, "trackingNumber");
    QVERIFY(statusLabel > 0 && carrier > 0 && tracking > 0);

    QCOMPARE(roleData(timeline, s1, statusLabel).toString(), u"En reparto"_s);
    QCOMPARE(roleData(timeline, s1, carrier).toString(), u"SEUR"_s);
    QCOMPARE(roleData(timeline, s1, tracking).toString(), u"SEUR-ES-0012345"_s);
    QCOMPARE(roleData(timeline, s1, CustomerTimelineModel::TitleRole).toString(), u"W-100234"_s);
    QCOMPARE(roleData(timeline, s1, CustomerTimelineModel::DetailRole).toString(), QString());

    QCOMPARE(roleData(timeline, s2, statusLabel).toString(), u"Aviso del transportista"_s);
    QCOMPARE(roleData(timeline, s2, CustomerTimelineModel::DetailRole).toString(),
             u"Held at depot (customs)"_s);

    // The mutators' rows read the same way: a status (its code stays in detail, where the
    // mutators put it).
    QCOMPARE(roleData(timeline, s3, statusLabel).toString(), u"Recogido"_s);
    QCOMPARE(roleData(timeline, s3, roleNamed(timeline, "status")).toString(), u"collected"_s);
    QCOMPARE(roleData(timeline, s3, carrier).toString(), QString());

    // Other kinds have no status.
    const int purchase = int(ids.indexOf(u"v6"_s));
    QCOMPARE(roleData(timeline, purchase, statusLabel).toString(), QString());
}

void TestCustomerModels::recentlyViewedOnline()
{
    CustomerProductsModel *viewed = m_profile->recentlyViewed();
    QCOMPARE(viewed->source(), CustomerProductsModel::Source::RecentlyViewed);
    m_profile->setCustomerId(u"c2"_s);
    // Distinct products viewed on the web or in the app, newest first; not what was viewed in a
    // store, bought or put in the cart.
    QCOMPARE(column(viewed, CustomerProductsModel::SkuRole),
             (QStringList {u"SKU-2"_s, u"SKU-1"_s, u"SKU-5"_s}));
    QCOMPARE(column(viewed, CustomerProductsModel::ProductNameRole),
             (QStringList {u"Wool coat"_s, u"Linen shirt"_s, u"Chinos"_s}));
    QCOMPARE(roleData(viewed, 1, CustomerProductsModel::DetailRole).toString(),
             QCoreApplication::translate("CustomerProductsModel", "Viewed %n time(s)", nullptr, 3));
    QVERIFY(roleData(viewed, 1, CustomerProductsModel::DetailRole).toString().contains(u'3'));
    QVERIFY(roleData(viewed, 0, CustomerProductsModel::DetailRole).toString().contains(u'1'));
    QCOMPARE(roleData(viewed, 1, CustomerProductsModel::WhenTextRole).toString(), u"Today 09:50"_s);
    QCOMPARE(roleData(viewed, 0, CustomerProductsModel::PriceTextRole).toString(), u"€199.00"_s);
    QCOMPARE(roleData(viewed, 0, CustomerProductsModel::ChannelLabelRole).toString(), u"App"_s);
    QCOMPARE(roleData(viewed, 1, CustomerProductsModel::ChannelLabelRole).toString(), u"Web"_s);
    QCOMPARE(viewed->totalText(), QString());

    // The channel shown is the one of the latest view, not the largest name: the coat seen on
    // the web yesterday and in the app five minutes ago was last seen in the app.
    TestData::Seeder seed(m_fixture->db());
    QVERIFY(seed.event(u"v9"_s, u"c2"_s, u"viewed"_s, u"web"_s, minutesFromNow(-24 * 60),
                       u"SKU-2"_s));
    m_fixture->store()->notifyTablesChanged({u"customer_events"_s});
    QCOMPARE(column(viewed, CustomerProductsModel::SkuRole),
             (QStringList {u"SKU-2"_s, u"SKU-1"_s, u"SKU-5"_s}));
    QCOMPARE(roleData(viewed, 0, CustomerProductsModel::ChannelLabelRole).toString(), u"App"_s);
    QCOMPARE(roleData(viewed, 0, CustomerProductsModel::DetailRole).toString(),
             QCoreApplication::translate("CustomerProductsModel", "Viewed %n time(s)", nullptr, 2));
}

void TestCustomerModels::wishlist()
{
    CustomerProductsModel *wishlist = m_profile->wishlist();
    QCOMPARE(wishlist->source(), CustomerProductsModel::Source::Wishlist);
    m_profile->setCustomerId(u"c2"_s);
    QCOMPARE(column(wishlist, CustomerProductsModel::SkuRole),
             (QStringList {u"SKU-3"_s, u"SKU-1"_s}));
    QCOMPARE(roleData(wishlist, 0, CustomerProductsModel::ProductNameRole).toString(),
             u"Silk scarf"_s);
    QCOMPARE(roleData(wishlist, 0, CustomerProductsModel::PriceTextRole).toString(), u"€45.00"_s);
    QCOMPARE(roleData(wishlist, 0, CustomerProductsModel::ChannelLabelRole).toString(), u"App"_s);
    QCOMPARE(roleData(wishlist, 1, CustomerProductsModel::PriceTextRole).toString(), u"€59.90"_s);
    QCOMPARE(roleData(wishlist, 1, CustomerProductsModel::WhenTextRole).toString(),
             u"24/11/2026"_s);
    QCOMPARE(roleData(wishlist, 1, CustomerProductsModel::BrandRole).toString(), u"Norte"_s);

    // Adding from the tablet shows at once, on top, as an insert.
    QSignalSpy reset(wishlist, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(wishlist, &QAbstractItemModel::rowsInserted);
    const MutationResult result = m_fixture->store()->submit(
        u"wishlist.add"_s, {{u"customerId"_s, u"c2"_s}, {u"sku"_s, u"SKU-4"_s}});
    QVERIFY(result.applied);
    QCOMPARE(column(wishlist, CustomerProductsModel::SkuRole),
             (QStringList {u"SKU-4"_s, u"SKU-3"_s, u"SKU-1"_s}));
    QCOMPARE(roleData(wishlist, 0, CustomerProductsModel::ChannelLabelRole).toString(), u"Store"_s);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
}

void TestCustomerModels::cart()
{
    CustomerProductsModel *cart = m_profile->cart();
    QCOMPARE(cart->source(), CustomerProductsModel::Source::Cart);
    m_profile->setCustomerId(u"c2"_s);
    QCOMPARE(column(cart, CustomerProductsModel::KeyRole),
             (QStringList {u"line-b"_s, u"line-a"_s}));
    QCOMPARE(roleData(cart, 1, CustomerProductsModel::QuantityRole).toInt(), 2);
    QCOMPARE(roleData(cart, 1, CustomerProductsModel::PriceTextRole).toString(), u"€59.90"_s);
    QCOMPARE(roleData(cart, 1, CustomerProductsModel::DetailRole).toString(), u"Carry out"_s);
    QCOMPARE(roleData(cart, 0, CustomerProductsModel::ChannelLabelRole).toString(), u"App"_s);
    // 2 × 59.90 + 199.00
    QCOMPARE(cart->totalText(), u"€318.80"_s);
    QCOMPARE(cart->property("totalText").toString(), u"€318.80"_s);

    // A line added on the tablet: one more row, a new total.
    QSignalSpy countChanged(cart, &RowListModel::countChanged);
    MutationResult result = m_fixture->store()->submit(u"cart.addLine"_s,
                                                       {{u"id"_s, u"line-c"_s},
                                                        {u"customerId"_s, u"c2"_s},
                                                        {u"sku"_s, u"SKU-3"_s},
                                                        {u"quantity"_s, 1}});
    QVERIFY2(result.applied, qPrintable(result.message));
    QCOMPARE(cart->rowCount(), 3);
    QCOMPARE(roleData(cart, 0, CustomerProductsModel::KeyRole).toString(), u"line-c"_s);
    QCOMPARE(roleData(cart, 0, CustomerProductsModel::ChannelLabelRole).toString(), u"Store"_s);
    QCOMPARE(cart->totalText(), u"€363.80"_s);
    QVERIFY(countChanged.count() >= 1);

    // Empty cart: no total.
    for (const QString &line : {u"line-a"_s, u"line-b"_s, u"line-c"_s})
        QVERIFY(m_fixture->store()->submit(u"cart.removeLine"_s, {{u"id"_s, line}}).applied);
    QCOMPARE(cart->rowCount(), 0);
    QCOMPARE(cart->totalText(), QString());
}

void TestCustomerModels::cartTotalFollowsQuantity()
{
    CustomerProductsModel *cart = m_profile->cart();
    m_profile->setCustomerId(u"c2"_s);
    QCOMPARE(cart->totalText(), u"€318.80"_s);
    const QMetaProperty property
        = cart->metaObject()->property(cart->metaObject()->indexOfProperty("totalText"));
    QVERIFY(property.hasNotifySignal());
    QSignalSpy totalChanged(cart, property.notifySignal());
    QSignalSpy changed(cart, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(cart, &QAbstractItemModel::modelReset);

    // One more coat: same lines, a new quantity and a new total, which the screen must hear of.
    const MutationResult result = m_fixture->store()->submit(
        u"cart.changeQuantity"_s, {{u"id"_s, u"line-b"_s}, {u"delta"_s, 1}});
    QVERIFY2(result.applied, qPrintable(result.message));
    QCOMPARE(cart->rowCount(), 2);
    QCOMPARE(roleData(cart, 0, CustomerProductsModel::QuantityRole).toInt(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 0);
    QCOMPARE(cart->totalText(), u"€517.80"_s);
    QCOMPARE(totalChanged.count(), 1);
    QCOMPARE(reset.count(), 0);
}

void TestCustomerModels::preferences()
{
    CustomerPreferencesModel *preferences = m_profile->preferences();
    m_profile->setCustomerId(u"c2"_s);
    // Every key an associate can set, in display order, with the stored value if any.
    QCOMPARE(column(preferences, CustomerPreferencesModel::KeyRole), Format::preferenceKeys());
    QCOMPARE(preferences->rowCount(), 12);
    const QStringList values = column(preferences, CustomerPreferencesModel::ValueRole);
    const QStringList keys = Format::preferenceKeys();
    QCOMPARE(values.at(keys.indexOf(u"size.top"_s)), u"M"_s);
    QCOMPARE(values.at(keys.indexOf(u"colours"_s)), u"navy, cream"_s);
    QCOMPARE(values.at(keys.indexOf(u"size.shoe"_s)), QString());
    for (int row = 0; row < preferences->rowCount(); ++row) {
        const QString key = keys.at(row);
        QCOMPARE(roleData(preferences, row, CustomerPreferencesModel::IsSizeRole).toBool(),
                 key.startsWith(u"size."_s));
        QCOMPARE(roleData(preferences, row, CustomerPreferencesModel::LabelRole).toString(),
                 Format::preference(key));
        QVERIFY(!roleData(preferences, row, CustomerPreferencesModel::PendingRole).toBool());
    }
    QCOMPARE(roleData(preferences, 0, CustomerPreferencesModel::LabelRole).toString(),
             u"Tops size"_s);
    QCOMPARE(roleData(preferences, int(keys.indexOf(u"colours"_s)),
                      CustomerPreferencesModel::VersionRole)
                 .toLongLong(),
             2);
}

void TestCustomerModels::setPreference()
{
    CustomerPreferencesModel *preferences = m_profile->preferences();
    m_profile->setCustomerId(u"c2"_s);
    const QStringList keys = Format::preferenceKeys();
    const int bottom = int(keys.indexOf(u"size.bottom"_s));
    QSignalSpy changed(preferences, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(preferences, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(preferences, &QAbstractItemModel::rowsInserted);
    QSignalSpy failed(m_profile.get(), &CustomerProfile::failed);

    QVERIFY(m_profile->setPreference(u"size.bottom"_s, u" 42 "_s));
    QCOMPARE(roleData(preferences, bottom, CustomerPreferencesModel::ValueRole).toString(),
             u"42"_s);
    QVERIFY(roleData(preferences, bottom, CustomerPreferencesModel::PendingRole).toBool());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), bottom);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), bottom);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(reset.count(), 0);
    QList<OutboxRow> queued = outbox(m_fixture->db());
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().name, u"customer.setPreference"_s);
    QCOMPARE(queued.first().args.value(u"customerId"_s).toString(), u"c2"_s);
    QCOMPARE(queued.first().args.value(u"key"_s).toString(), u"size.bottom"_s);
    QCOMPARE(queued.first().args.value(u"value"_s).toString(), u"42"_s);
    QCOMPARE(queued.first().args.value(u"baseVersion"_s).toInteger(), 0);
    QCOMPARE(queued.first().associateId, u"staff-1"_s);

    // The same value again (also with spaces around) changes and queues nothing.
    QVERIFY(m_profile->setPreference(u"size.bottom"_s, u"42"_s));
    QVERIFY(m_profile->setPreference(u"size.top"_s, u" M"_s));
    QCOMPARE(outbox(m_fixture->db()).size(), 1);
    QCOMPARE(changed.count(), 1);

    // A change of a synced value says which version it changes.
    QVERIFY(m_profile->setPreference(u"colours"_s, u"black"_s));
    queued = outbox(m_fixture->db());
    QCOMPARE(queued.size(), 2);
    QCOMPARE(queued.last().args.value(u"baseVersion"_s).toInteger(), 2);
    QCOMPARE(roleData(preferences, int(keys.indexOf(u"colours"_s)),
                      CustomerPreferencesModel::VersionRole)
                 .toLongLong(),
             3);

    // Clearing a value is a change too.
    QVERIFY(m_profile->setPreference(u"colours"_s, QString()));
    QCOMPARE(
        roleData(preferences, int(keys.indexOf(u"colours"_s)), CustomerPreferencesModel::ValueRole)
            .toString(),
        QString());
    QCOMPARE(outbox(m_fixture->db()).size(), 3);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(reset.count(), 0);
}

void TestCustomerModels::setPreferenceRefused()
{
    m_profile->setCustomerId(u"c2"_s);
    QSignalSpy failed(m_profile.get(), &CustomerProfile::failed);
    QVERIFY(!m_profile->setPreference(u"size.hat"_s, u"L"_s));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(!m_profile->setPreference(u"fit"_s, QString(201, u'x')));
    QCOMPARE(failed.count(), 2);
    QCOMPARE(outbox(m_fixture->db()).size(), 0);
    QCOMPARE(TestData::rowCount(m_fixture->db(), u"sync_shadow"_s), 0);
}

void TestCustomerModels::consents()
{
    m_profile->setCustomerId(u"c2"_s);
    const QVariantList consents = m_profile->consents();
    QCOMPARE(consents.size(), 4);
    QStringList kinds;
    for (const QVariant &consent : consents)
        kinds << consent.toMap().value(u"kind"_s).toString();
    QCOMPARE(kinds, (QStringList {u"email"_s, u"sms"_s, u"phone"_s, u"marketing"_s}));
    const QVariantMap email = consents.at(0).toMap();
    QCOMPARE(email.value(u"granted"_s).toBool(), true);
    QCOMPARE(email.value(u"label"_s).toString(), u"Email"_s);
    QCOMPARE(email.value(u"detail"_s).toString(), u"Given 15/11/2026 · Web"_s);
    const QVariantMap sms = consents.at(1).toMap();
    QCOMPARE(sms.value(u"granted"_s).toBool(), false);
    QCOMPARE(sms.value(u"label"_s).toString(), u"SMS"_s);
    QCOMPARE(sms.value(u"detail"_s).toString(), u"Withdrawn 22/11/2026 · Store"_s);
    const QVariantMap phone = consents.at(2).toMap();
    QCOMPARE(phone.value(u"granted"_s).toBool(), false);
    QCOMPARE(phone.value(u"label"_s).toString(), u"Phone calls"_s);
    QCOMPARE(phone.value(u"detail"_s).toString(), u"Never asked"_s);
    QCOMPARE(consents.at(3).toMap().value(u"granted"_s).toBool(), true);
    QCOMPARE(m_profile->property("consents").toList().size(), 4);
}

void TestCustomerModels::setConsent()
{
    m_profile->setCustomerId(u"c2"_s);
    QSignalSpy profileChanged(m_profile.get(), &CustomerProfile::profileChanged);
    QVERIFY(m_profile->setConsent(u"phone"_s, true));
    QCOMPARE(profileChanged.count(), 1);
    const QVariantMap phone = m_profile->consents().at(2).toMap();
    QCOMPARE(phone.value(u"granted"_s).toBool(), true);
    QCOMPARE(phone.value(u"detail"_s).toString(), u"Given 25/11/2026 · Store"_s);
    QVERIFY(m_profile->setConsent(u"email"_s, false));
    QCOMPARE(m_profile->consents().at(0).toMap().value(u"granted"_s).toBool(), false);
    const QList<OutboxRow> queued = outbox(m_fixture->db());
    QCOMPARE(queued.size(), 2);
    QCOMPARE(queued.first().name, u"customer.setConsent"_s);
    QCOMPARE(queued.first().args.value(u"kind"_s).toString(), u"phone"_s);
    QCOMPARE(queued.first().args.value(u"granted"_s).toBool(), true);
    QCOMPARE(queued.first().args.value(u"channel"_s).toString(), u"store"_s);
    QCOMPARE(queued.first().args.value(u"at"_s).toInteger(), referenceMs());

    QSignalSpy failed(m_profile.get(), &CustomerProfile::failed);
    QVERIFY(!m_profile->setConsent(u"carrier-pigeon"_s, true));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(outbox(m_fixture->db()).size(), 2);
}

void TestCustomerModels::notes()
{
    CustomerNotesModel *notes = m_profile->notes();
    m_profile->setCustomerId(u"c2"_s);
    QCOMPARE(column(notes, CustomerNotesModel::NoteIdRole), (QStringList {u"n2"_s, u"n1"_s}));
    QCOMPARE(roleData(notes, 0, CustomerNotesModel::BodyRole).toString(),
             u"Came back for the coat"_s);
    QCOMPARE(roleData(notes, 0, CustomerNotesModel::AuthorNameRole).toString(), u"Lucía Gómez"_s);
    QCOMPARE(roleData(notes, 0, CustomerNotesModel::WhenTextRole).toString(), u"Yesterday 10:00"_s);
    QCOMPARE(roleData(notes, 1, CustomerNotesModel::WhenTextRole).toString(), u"23/11/2026"_s);
    QCOMPARE(roleData(notes, 0, CustomerNotesModel::PendingRole).toBool(), false);
    QCOMPARE(roleData(notes, 0, CustomerNotesModel::VersionRole).toLongLong(), 1);
}

void TestCustomerModels::addNote()
{
    CustomerNotesModel *notes = m_profile->notes();
    m_profile->setCustomerId(u"c2"_s);
    m_fixture->store()->setActor(u"staff-7"_s, u"Marta Ruiz"_s);
    QSignalSpy inserted(notes, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(notes, &QAbstractItemModel::modelReset);
    QSignalSpy removed(notes, &QAbstractItemModel::rowsRemoved);
    QSignalSpy failed(m_profile.get(), &CustomerProfile::failed);
    QSignalSpy outboxChanged(m_fixture->store(), &LocalStore::outboxChanged);

    QVERIFY(m_profile->addNote(u"  Wants the navy coat in size 40.\n"_s));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(notes->rowCount(), 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(roleData(notes, 0, CustomerNotesModel::BodyRole).toString(),
             u"Wants the navy coat in size 40."_s);
    QCOMPARE(roleData(notes, 0, CustomerNotesModel::AuthorNameRole).toString(), u"Marta Ruiz"_s);
    QCOMPARE(roleData(notes, 0, CustomerNotesModel::WhenTextRole).toString(), u"Today 10:00"_s);
    QVERIFY(roleData(notes, 0, CustomerNotesModel::PendingRole).toBool());
    QVERIFY(!roleData(notes, 1, CustomerNotesModel::PendingRole).toBool());
    QCOMPARE(outboxChanged.count(), 1);

    const QList<OutboxRow> queued = outbox(m_fixture->db());
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().name, u"note.add"_s);
    QCOMPARE(queued.first().associateId, u"staff-7"_s);
    QCOMPARE(queued.first().createdAt, referenceMs());
    QCOMPARE(queued.first().args.value(u"customerId"_s).toString(), u"c2"_s);
    QCOMPARE(queued.first().args.value(u"body"_s).toString(), u"Wants the navy coat in size 40."_s);
    QCOMPARE(queued.first().args.value(u"id"_s).toString(),
             roleData(notes, 0, CustomerNotesModel::NoteIdRole).toString());
    QCOMPARE(queued.first().args.value(u"at"_s).toInteger(), referenceMs());
}

void TestCustomerModels::emptyNoteRefused_data()
{
    QTest::addColumn<QString>("body");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"    "_s;
    QTest::newRow("new lines") << u"\n\n\t"_s;
}

void TestCustomerModels::emptyNoteRefused()
{
    QFETCH(QString, body);
    CustomerNotesModel *notes = m_profile->notes();
    m_profile->setCustomerId(u"c2"_s);
    QSignalSpy failed(m_profile.get(), &CustomerProfile::failed);
    QSignalSpy inserted(notes, &QAbstractItemModel::rowsInserted);
    QVERIFY(!m_profile->addNote(body));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(notes->rowCount(), 2);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(outbox(m_fixture->db()).size(), 0);
    QCOMPARE(TestData::rowCount(m_fixture->db(), u"notes"_s), 2);
    QCOMPARE(TestData::rowCount(m_fixture->db(), u"sync_shadow"_s), 0);

    // A note longer than the limit is refused the same way.
    QVERIFY(!m_profile->addNote(QString(4001, u'a')));
    QCOMPARE(failed.count(), 2);
    QCOMPARE(outbox(m_fixture->db()).size(), 0);
}

QTEST_MAIN(TestCustomerModels)
#include "tst_customermodels.moc"
