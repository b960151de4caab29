// SPDX-License-Identifier: MIT
// What a tablet's sync engine does with an answer, against canned answers from a fake network
// layer (no service, no sockets): a 401 stops it until a person acts, a 413 halves the batch
// and a change too large alone is said, a malformed body deletes nothing and is retried, and
// a request that is never answered counts as offline. tst_syncengine and tst_syncfaults run
// the same situations against the real service.
#include "fakenetwork.h"
#include "protocol.h"
#include "synctestkit.h"
#include "testdata.h"

#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace SyncTest;

namespace {
const QString pushPath = u"/v1/sync/push"_s;
const QString pullPath = u"/v1/sync/pull"_s;
const QString serviceUrl = u"https://clienteling.test"_s;
} // namespace

class TestSyncAnswers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<Tablet> m_tablet;
    qint64 m_serviceLast = 0; // the last change the fake service holds

    /** The service's side: a push applies every change it carries, a pull answers one empty
        page saying where the service stands. */
    void answerAsTheService()
    {
        m_network->on(pushPath, [this](const FakeNetwork::Request &request) {
            return applied(request);
        });
        m_network->on(pullPath, [this](const FakeNetwork::Request &) {
            Protocol::PullResponse page;
            page.cursor = u"c:%1"_s.arg(m_serviceLast);
            page.lastMutationId = m_serviceLast;
            return FakeAnswer::json(200, page.toJson());
        });
    }
    FakeAnswer applied(const FakeNetwork::Request &request)
    {
        Protocol::PushRequest push;
        Protocol::Error error;
        if (!Protocol::PushRequest::fromJson(request.json(), &push, &error))
            return FakeAnswer::json(400, error.toJson());
        Protocol::PushResponse response;
        for (const Protocol::Mutation &mutation : std::as_const(push.mutations)) {
            response.results << Protocol::MutationOutcome {mutation.id, true, {}, {}};
            m_serviceLast = qMax(m_serviceLast, mutation.id);
        }
        response.lastMutationId = m_serviceLast;
        return FakeAnswer::json(200, response.toJson());
    }
    int asked(const QString &path) const { return int(m_network->requestsTo(path).size()); }
    static QList<qint64> idsIn(const FakeNetwork::Request &request)
    {
        QList<qint64> ids;
        for (const QJsonValue &mutation : request.json().value(u"mutations"_s).toArray())
            ids << mutation[u"id"_s].toInteger();
        return ids;
    }
    static Protocol::Error tooLarge()
    {
        return {u"payload_too_large"_s, u"the request body is too large"_s};
    }

    /** A tablet enrolled with the fake service, José in its store, its first sync done. */
    bool startTablet()
    {
        m_tablet = std::make_unique<Tablet>(m_dir->filePath(u"tablet.db"_s));
        if (!m_tablet->open(m_network.get()))
            return false;
        TestData::Seeder seed(m_tablet->store()->database());
        if (!seed.location(u"MAD"_s, u"Madrid"_s)
            || !seed.customer(u"C00001"_s, u"José"_s, u"Muñoz"_s, {}, {}, {},
                              {{u"home_location_id"_s, u"MAD"_s}}))
            return false;
        m_tablet->store()->setSetting(u"sync.server_url"_s, serviceUrl);
        m_tablet->store()->setSetting(u"sync.token"_s, u"a-token"_s);
        QSignalSpy synced(m_tablet->engine(), &SyncEngine::synced);
        m_tablet->engine()->start();
        return m_tablet->engine()->isEnrolled() && synced.wait(5000);
    }
    /** The cycle under way has ended (with an error, or offline). */
    bool cycleEnded(const std::function<bool()> &how)
    {
        return QTest::qWaitFor([&] { return !m_tablet->engine()->isSyncing() && how(); }, 10000);
    }
    bool synced()
    {
        QSignalSpy synced(m_tablet->engine(), &SyncEngine::synced);
        m_tablet->engine()->syncNow();
        return synced.wait(10000) && m_tablet->engine()->pendingCount() == 0
            && m_tablet->engine()->errorString().isEmpty();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
        QLoggingCategory::setFilterRules(u"clienteling.sync.info=false\n"
                                         "clienteling.db.info=false"_s);
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_network = std::make_unique<FakeNetwork>();
        m_serviceLast = 0;
        answerAsTheService();
        QVERIFY(startTablet());
    }
    void cleanup()
    {
        m_tablet.reset();
        m_network.reset();
        m_dir.reset();
    }

    void unauthorisedStopsRetrying_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("push") << pushPath;
        QTest::newRow("pull") << pullPath;
    }
    void unauthorisedStopsRetrying()
    {
        QFETCH(QString, path);
        const Protocol::Error unauthorized {u"unauthorized"_s,
                                            u"a valid device token is required"_s};
        m_network->on(path, FakeAnswer::json(401, unauthorized.toJson()));
        const int before = asked(path);
        QVERIFY(!m_tablet->note(u"C00001"_s, u"Birthday in May"_s).isEmpty());
        QVERIFY(cycleEnded([this] { return !m_tablet->engine()->errorString().isEmpty(); }));
        // No automatic retry: a person has to act. The service was asked once, and is
        // reachable (not "offline").
        QVERIFY(!m_tablet->engine()->isCycleScheduled());
        QCOMPARE(asked(path), before + 1);
        QVERIFY(m_tablet->engine()->isOnline());
        QCOMPARE(m_tablet->engine()->pendingCount(), 1);
        // "Sync now" asks once more, and stops again.
        m_tablet->engine()->syncNow();
        QTRY_COMPARE(asked(path), before + 2);
        QVERIFY(cycleEnded([this] { return !m_tablet->engine()->errorString().isEmpty(); }));
        QVERIFY(!m_tablet->engine()->isCycleScheduled());
        // The service takes the token again: all goes up, once.
        answerAsTheService();
        QVERIFY(synced());
        QCOMPARE(m_serviceLast, qint64(1));
    }

    /** The service refuses a body over its limit (here: more than two changes): the batch is
        halved until it passes, then grows back; every change goes up once. */
    void tooLargeHalvesTheBatch()
    {
        constexpr int limit = 2;
        constexpr int changes = 5;
        m_network->on(pushPath, [this](const FakeNetwork::Request &request) {
            return idsIn(request).size() > limit ? FakeAnswer::json(413, tooLarge().toJson())
                                                 : applied(request);
        });
        const int before = asked(pushPath);
        for (int i = 0; i < changes; ++i)
            QVERIFY(!m_tablet->note(u"C00001"_s, u"Note %1"_s.arg(i)).isEmpty());
        QTRY_COMPARE(m_tablet->engine()->pendingCount(), 0);
        QVERIFY(m_tablet->engine()->errorString().isEmpty());

        // The sizes the rule gives: halved after each 413, doubled back after each success.
        QList<int> expected;
        for (int batch = SyncEngine::pushBatch, left = changes; left > 0;) {
            const int size = qMin(batch, left);
            expected << size;
            if (size > limit) {
                batch = qMax(1, batch / 2);
            } else {
                left -= size;
                batch = qMin(SyncEngine::pushBatch, batch * 2);
            }
        }
        QList<int> sizes;
        QList<qint64> accepted;
        const QList<FakeNetwork::Request> pushes = m_network->requestsTo(pushPath).mid(before);
        for (const FakeNetwork::Request &push : pushes) {
            const QList<qint64> ids = idsIn(push);
            sizes << int(ids.size());
            if (ids.size() <= limit)
                accepted << ids;
        }
        QCOMPARE(sizes, expected);
        QCOMPARE(int(accepted.size()), changes);
        const QSet<qint64> distinct(accepted.cbegin(), accepted.cend());
        QCOMPARE(int(distinct.size()), changes); // each once
        QCOMPARE(m_serviceLast, accepted.last());
    }

    /** One change alone is over the limit: said, kept, and not sent again at once. */
    void oneChangeTooLargeIsSaid()
    {
        m_network->on(pushPath, FakeAnswer::json(413, tooLarge().toJson()));
        const int before = asked(pushPath);
        QVERIFY(!m_tablet->note(u"C00001"_s, u"A very long note"_s).isEmpty());
        QVERIFY(cycleEnded([this] { return !m_tablet->engine()->errorString().isEmpty(); }));
        const QList<FakeNetwork::Request> pushes = m_network->requestsTo(pushPath).mid(before);
        QVERIFY(!pushes.isEmpty());
        QCOMPARE(int(idsIn(pushes.last()).size()), 1);
        QCOMPARE(m_tablet->engine()->pendingCount(), 1);
        QCOMPARE(m_tablet->scalar(u"SELECT COUNT(*) FROM notes"_s).toInt(), 1);
        QVERIFY(m_tablet->engine()->isCycleScheduled()); // tried again later, with backoff
    }

    void malformedAnswerDeletesNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("push: captive portal page")
            << pushPath << QByteArray("<html><body>Sign in to the Wi-Fi</body></html>")
            << QByteArray("text/html");
        QTest::newRow("pull: truncated JSON")
            << pullPath << QByteArray(R"({"cursor": "x:1", "changes": [)")
            << QByteArray("application/json");
        QTest::newRow("pull: JSON of something else")
            << pullPath << QByteArray(R"({"status": "ok"})") << QByteArray("application/json");
    }
    void malformedAnswerDeletesNothing()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        m_network->on(path, FakeAnswer::raw(200, body, contentType));
        const QString id = m_tablet->note(u"C00001"_s, u"Wants the navy one"_s);
        const QStringList before = m_tablet->snapshot();
        QVERIFY(cycleEnded([this] { return !m_tablet->engine()->errorString().isEmpty(); }));
        // It keeps trying, with backoff; nothing local is deleted meanwhile.
        const int tries = asked(path);
        QTRY_VERIFY(asked(path) >= tries + 2);
        QCOMPARE(m_tablet->snapshot(), before);
        QCOMPARE(m_tablet->engine()->pendingCount(), 1);
        QCOMPARE(m_tablet->scalar(u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {id}).toInt(), 1);
        // Good answers again: it goes up, and the error goes.
        answerAsTheService();
        QVERIFY(synced());
        QCOMPARE(m_serviceLast, qint64(1));
    }

    void unansweredRequestIsOffline_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("push") << pushPath;
        QTest::newRow("pull") << pullPath;
    }
    void unansweredRequestIsOffline()
    {
        QFETCH(QString, path);
        m_network->setTransferTimeout(200);
        m_network->on(path, FakeAnswer::hang());
        const int before = asked(path);
        QVERIFY(!m_tablet->note(u"C00001"_s, u"Size 38 shoes"_s).isEmpty());
        // Ended by the transfer timeout: offline, not an error to show; retried with backoff.
        QVERIFY(cycleEnded([this] { return !m_tablet->engine()->isOnline(); }));
        QVERIFY(m_tablet->engine()->errorString().isEmpty());
        QVERIFY(m_tablet->engine()->isCycleScheduled());
        QVERIFY(asked(path) > before);
        QCOMPARE(m_tablet->engine()->pendingCount(), 1);
        // The service answers again: the change goes up once, online.
        answerAsTheService();
        QTRY_COMPARE(m_tablet->engine()->pendingCount(), 0);
        QVERIFY(m_tablet->engine()->isOnline());
        QCOMPARE(m_serviceLast, qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestSyncAnswers)
#include "tst_syncanswers.moc"
