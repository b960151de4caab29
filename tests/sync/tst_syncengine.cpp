// SPDX-License-Identifier: MIT
// The tablet's sync engine against the real central service: enrolment and first sync, the
// outbox, working offline, bad answers, refused and stuck changes, an upgrade with a queue, and
// the rebase of pending edits. On SQLite and, when provided, PostgreSQL.
#include "clientrowstore.h"
#include "mutators.h"
#include "pinhash.h"
#include "rejectionsmodel.h"
#include "schema.h"
#include "session.h"
#include "synctestkit.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace TestServer;
using namespace SyncTest;

namespace {
const QString pushPath = u"/v1/sync/push"_s;
const QString pullPath = u"/v1/sync/pull"_s;
} // namespace

class TestSyncEngine : public SyncFixture
{
    Q_OBJECT

private slots:
    void enrolAndFirstSync()
    {
        Tablet tablet(tabletPath());
        QVERIFY(tablet.open());
        QCOMPARE(tablet.engine()->statusText(), u"Not connected to a central service"_s);
        QVERIFY(!tablet.engine()->isFirstSyncPending()); // a tablet on its own data
        QVERIFY(tablet.enrol(m_proxy->url(), enrolmentCode(*m_server)));
        // Until the first sync has finished, an empty timeline is not final (the screens say so).
        QVERIFY(tablet.engine()->isFirstSyncPending());
        QTRY_VERIFY_WITH_TIMEOUT(tablet.engine()->lastSyncAt() > 0, 10000);
        QVERIFY(!tablet.engine()->isFirstSyncPending());
        QCOMPARE(tablet.store()->locationId(), u"MAD"_s);
        QCOMPARE(tablet.store()->locationName(), u"Madrid Serrano"_s);
        QVERIFY(tablet.engine()->isOnline());
        QCOMPARE(tablet.engine()->pendingCount(), 0);
        QCOMPARE(tablet.engine()->statusText(), u"Up to date"_s);

        // The store's customers, not Barcelona's; the store's staff with their PIN hashes.
        QCOMPARE(tablet
                     .scalar(u"SELECT group_concat(id, ',') FROM (SELECT id FROM customers"
                             " ORDER BY id)"_s)
                     .toString(),
                 u"C00001,C00003"_s);
        QCOMPARE(tablet
                     .scalar(u"SELECT first_name || ' ' || last_name FROM customers"
                             " WHERE id = 'C00001'"_s)
                     .toString(),
                 u"José Muñoz"_s);
        QCOMPARE(tablet.scalar(u"SELECT group_concat(id, ',') FROM staff"_s).toString(), u"S1"_s);
        QVERIFY(
            !tablet.scalar(u"SELECT pin_hash FROM staff WHERE id = 'S1'"_s).toString().isEmpty());
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM products"_s).toInt(), 2);
        // Stock of Madrid, the other Spanish store and the warehouse; not Dublin's.
        QCOMPARE(tablet
                     .scalar(u"SELECT group_concat(location_id, ',') FROM (SELECT location_id"
                             " FROM inventory ORDER BY location_id)"_s)
                     .toString(),
                 u"BCN,MAD,WH1"_s);

        // Sign-in works offline from the synced PIN hash.
        m_server->stop();
        Session session(tablet.store(), nullptr);
        QSignalSpy failed(&session, &Session::failed);
        QVERIFY(!session.signIn(u"1001"_s, u"9999"_s));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!session.signIn(u"2001"_s, u"1234"_s)); // Barcelona's associate is not here
        QVERIFY(session.signIn(u"1001"_s, u"1234"_s));
        QCOMPARE(session.associateId(), u"S1"_s);
        QCOMPARE(tablet.store()->actorId(), u"S1"_s);
    }

    void noteReachesServiceOnceAndOutboxWaitsForPull()
    {
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        // Pulls fail: the push is answered, but only a pull may confirm it.
        m_proxy->inject(FaultProxy::Mode::Error500, pullPath, -1);
        const int pullsBefore = m_proxy->requestCount(pullPath);
        const QString id = tablet.note(u"C00001"_s, u"Prefers slim fit"_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(tablet.engine()->pendingCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(serverCount(u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {id}),
                                  1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_proxy->requestCount(pullPath) >= pullsBefore + 3, 10000);
        QCOMPARE(tablet.engine()->pendingCount(), 1);
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM outbox"_s).toInt(), 1);

        m_proxy->clearRules();
        QVERIFY(tablet.quiesce());
        QCOMPARE(tablet.engine()->pendingCount(), 0);
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM outbox"_s).toInt(), 0);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes"_s), 1);
        QCOMPARE(serverValue(u"SELECT author_id FROM notes WHERE id = ?"_s, {id}).toString(),
                 u"S1"_s);
        QCOMPARE(serverValue(u"SELECT body FROM notes WHERE id = ?"_s, {id}).toString(),
                 u"Prefers slim fit"_s);
        QCOMPARE(tablet.snapshot(), serverSnapshot());
    }

    void offlineStartDrainsWhenServiceComesUp()
    {
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet, m_server->url()));
        const quint16 port = m_server->port();
        tablet.close();
        m_server->stop();

        // The app starts while the service is down: it works from its own data.
        QVERIFY(tablet.open());
        tablet.engine()->start();
        QCOMPARE(tablet.engine()->serverUrl(), m_server->url());
        QTRY_VERIFY_WITH_TIMEOUT(!tablet.engine()->isSyncing()
                                     && tablet.engine()->statusText().startsWith(u"Offline"_s),
                                 10000);
        QVERIFY(!tablet.engine()->isOnline());
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM customers"_s).toInt(), 2);
        const QString id = tablet.note(u"C00003"_s, u"Asked about the new collection"_s);
        QVERIFY(tablet.setPreference(u"C00003"_s, u"size.shoe"_s, u"38"_s));
        QCOMPARE(tablet.engine()->pendingCount(), 2);
        QCOMPARE(tablet.scalar(u"SELECT body FROM notes WHERE id = ?"_s, {id}).toString(),
                 u"Asked about the new collection"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tablet.engine()->statusText(),
                                  u"Offline · 2 change(s) waiting to upload"_s, 10000);

        // The service comes back on the same address: the queue drains by itself.
        HttpApi api(m_server->config());
        QCOMPARE(api.listen(QHostAddress::LocalHost, port), port);
        QTRY_VERIFY_WITH_TIMEOUT(tablet.engine()->pendingCount() == 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(tablet.engine()->statusText(), u"Up to date"_s, 10000);
        QVERIFY(tablet.engine()->isOnline());
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {id}), 1);
        QCOMPARE(serverValue(u"SELECT value FROM customer_preferences WHERE customer_id ="
                             " 'C00003' AND key = 'size.shoe'"_s)
                     .toString(),
                 u"38"_s);
        tablet.close();
        api.shutdown(5000);
    }

    void badAnswersDeleteNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error"); // part of errorString
        QTest::newRow("push: captive portal page")
            << pushPath << 200 << QByteArray("<html><body>Sign in to the Wi-Fi</body></html>")
            << u"refused to sync"_s;
        QTest::newRow("pull: truncated JSON")
            << pullPath << 200 << QByteArray(R"({"cursor": "x:1", "changes": [)")
            << u"refused to sync"_s;
        QTest::newRow("pull: JSON of something else")
            << pullPath << 200 << QByteArray(R"({"status": "ok"})") << u"refused to sync"_s;
        QTest::newRow("push: 400 with the service's reason")
            << pushPath << 400
            << QByteArray(R"({"error": "unknown_mutation", "message": "unknown mutation 'x'"})")
            << u"unknown mutation 'x'"_s;
    }
    void badAnswersDeleteNothing()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        m_proxy->respond(path, status, body);
        const QString id = tablet.note(u"C00001"_s, u"Wants the navy one"_s);
        const QStringList before = tablet.snapshot();
        QTRY_VERIFY_WITH_TIMEOUT(tablet.engine()->errorString().contains(error), 10000);
        QVERIFY2(tablet.engine()->statusText().contains(error),
                 qPrintable(tablet.engine()->statusText()));
        // It keeps trying, with backoff; nothing local is deleted meanwhile.
        const int requests = m_proxy->requestCount(path);
        QTRY_VERIFY_WITH_TIMEOUT(m_proxy->requestCount(path) >= requests + 2, 10000);
        QCOMPARE(tablet.snapshot(), before);
        QCOMPARE(tablet.engine()->pendingCount(), 1);
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM customers"_s).toInt(), 2);

        m_proxy->clearRules();
        QVERIFY(tablet.quiesce());
        QVERIFY(tablet.engine()->errorString().isEmpty());
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {id}), 1);
        QCOMPARE(tablet.snapshot(), serverSnapshot());
    }

    void unauthorisedStopsRetrying_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("enrolAgain"); // else: the service accepts the token again
        QTest::newRow("push, enrolled again") << pushPath << true;
        QTest::newRow("push, token accepted again") << pushPath << false;
        QTest::newRow("pull, token accepted again") << pullPath << false;
    }
    void unauthorisedStopsRetrying()
    {
        QFETCH(QString, path);
        QFETCH(bool, enrolAgain);
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        m_proxy->respond(
            path, 401,
            R"({"error": "unauthorized", "message": "a valid device token is required"})");
        const QString id = tablet.note(u"C00001"_s, u"Birthday in May"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tablet.engine()->errorString().contains(u"enrol"_s), 10000);
        QVERIFY(tablet.engine()->statusText().contains(u"new enrolment code"_s));
        // No automatic retries: a person has to act. The cycle is over and none is scheduled.
        QTRY_VERIFY_WITH_TIMEOUT(!tablet.engine()->isSyncing(), 5000);
        QVERIFY(!tablet.engine()->isCycleScheduled());
        QSignalSpy requests(m_proxy.get(), &FaultProxy::requestReceived);
        QCOMPARE(tablet.engine()->pendingCount(), 1);
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {id}).toInt(), 1);
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM customers"_s).toInt(), 2);
        // "Sync now" tries once more, and stops again.
        tablet.engine()->syncNow();
        QVERIFY(requests.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(!tablet.engine()->isSyncing(), 5000);
        QVERIFY(!tablet.engine()->isCycleScheduled());
        QVERIFY(tablet.engine()->errorString().contains(u"enrol"_s));

        m_proxy->clearRules();
        if (enrolAgain)
            QVERIFY(tablet.enrol(m_proxy->url(), enrolmentCode(*m_server)));
        QVERIFY(tablet.quiesce());
        QVERIFY(tablet.engine()->errorString().isEmpty());
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {id}), 1);
        QCOMPARE(tablet.snapshot(), serverSnapshot());
    }

    void refusedChangeDoesNotBlockTheQueue_data()
    {
        QTest::addColumn<bool>("pushAnswerLost");
        QTest::newRow("push answered") << false;
        QTest::newRow("push answer lost once") << true;
    }
    void refusedChangeDoesNotBlockTheQueue()
    {
        QFETCH(bool, pushAnswerLost);
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        RejectionsModel *rejections = tablet.engine()->rejections();
        auto tester = std::make_unique<QAbstractItemModelTester>(
            rejections, QAbstractItemModelTester::FailureReportingMode::QtTest);
        if (pushAnswerLost)
            m_proxy->inject(FaultProxy::Mode::DropAnswer, pushPath, 1);
        const QString first = tablet.note(u"C00001"_s, u"Before"_s);
        // Barcelona's customer: the service refuses it every time, for good.
        const QString refused = tablet.note(u"C00002"_s, u"Not ours"_s);
        const QString after = tablet.note(u"C00001"_s, u"After"_s);
        QVERIFY(tablet.setPreference(u"C00003"_s, u"size.top"_s, u"S"_s));
        QCOMPARE(tablet.engine()->pendingCount(), 4);
        const qint64 refusedId = tablet
                                     .scalar(u"SELECT mutation_id FROM outbox WHERE args LIKE ?"_s,
                                             {QString(u"%"_s + refused + u"%"_s)})
                                     .toLongLong();
        QVERIFY(refusedId > 0);
        QVERIFY(tablet.quiesce());

        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes WHERE id IN (?, ?)"_s, {first, after}),
                 2);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {refused}), 0);
        QCOMPARE(serverValue(u"SELECT value FROM customer_preferences WHERE customer_id ="
                             " 'C00003' AND key = 'size.top'"_s)
                     .toString(),
                 u"S"_s);
        // The refused note is taken back on the tablet, and the associate is told why.
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {refused}).toInt(), 0);
        QCOMPARE(tablet.engine()->pendingCount(), 0);
        QCOMPARE(rejections->rowCount(), 1);
        const QModelIndex index = rejections->index(0);
        QCOMPARE(index.data(RejectionsModel::MutationIdRole).toLongLong(), refusedId);
        QCOMPARE(index.data(RejectionsModel::TitleRole).toString(), u"Note for a customer"_s);
        QVERIFY(index.data(RejectionsModel::ReasonRole).toString().contains(u"did not allow"_s));
        QVERIFY(!index.data(RejectionsModel::ActionRole).toString().isEmpty());
        QCOMPARE(tablet.scalar(u"SELECT name || ':' || code FROM sync_rejections"_s).toString(),
                 u"note.add:not_allowed"_s);
        QCOMPARE(tablet.snapshot(), serverSnapshot());
        // Dismissed, it stays dismissed, also after a restart.
        rejections->dismiss(refusedId);
        QCOMPARE(rejections->rowCount(), 0);
        tester.reset();
        tablet.close();
        QVERIFY(tablet.open());
        tablet.engine()->start();
        QCOMPARE(tablet.engine()->rejections()->rowCount(), 0);
    }

    void stuckQueueIsReported_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<FaultProxy::Mode>("mode");
        QTest::addColumn<bool>("stuck");
        QTest::newRow("pushes keep failing") << pushPath << FaultProxy::Mode::Error500 << true;
        QTest::newRow("pulls keep failing") << pullPath << FaultProxy::Mode::Error500 << true;
        // Unreachable is "offline", not stuck: the queue is fine, the network is not.
        QTest::newRow("service unreachable") << QString() << FaultProxy::Mode::DropRequest << false;
    }
    void stuckQueueIsReported()
    {
        QFETCH(QString, path);
        QFETCH(FaultProxy::Mode, mode);
        QFETCH(bool, stuck);
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        SyncEngine *engine = tablet.engine();
        engine->setStuckAfter(400);
        bool announced = false;
        connect(engine, &SyncEngine::statusChanged, this,
                [&announced, engine] { announced = announced || engine->isStuck(); });
        m_proxy->inject(mode, path, -1);
        QElapsedTimer sinceChange;
        sinceChange.start();
        tablet.note(u"C00001"_s, u"Size 40 in trousers"_s);
        if (stuck) {
            QTRY_VERIFY_WITH_TIMEOUT(announced, 10000);
            QVERIFY(engine->isStuck());
            QVERIFY(engine->isOnline());
            QVERIFY2(engine->statusText().startsWith(u"Changes have not uploaded"_s),
                     qPrintable(engine->statusText()));
        } else {
            const int requests = m_proxy->requestCount();
            QTRY_VERIFY_WITH_TIMEOUT(
                sinceChange.elapsed() > 800 && m_proxy->requestCount() >= requests + 3, 10000);
            QVERIFY(!announced);
            QVERIFY(!engine->isStuck());
            QVERIFY(!engine->isOnline());
            QTRY_COMPARE_WITH_TIMEOUT(engine->statusText(),
                                      u"Offline · 1 change(s) waiting to upload"_s, 5000);
        }
        m_proxy->clearRules();
        QVERIFY(tablet.quiesce());
        QVERIFY(!engine->isStuck());
        QCOMPARE(engine->statusText(), u"Up to date"_s);
    }

    void upgradeWithQueuedMutations()
    {
        const QString path = tabletPath(u"old"_s);
        const QString token = m_server->enrol(u"MAD"_s);
        QVERIFY(!token.isEmpty());
        QStringList noteIds;
        {
            QString error;
            QSqlDatabase db = Database::openSqlite(path, u"old-app"_s, &error);
            QVERIFY2(db.isOpen(), qPrintable(error));
            QVERIFY2(Database::migrateTo(db, Schema::clientMigrations(), 1, &error),
                     qPrintable(error));
            QCOMPARE(Database::schemaVersion(db), 1);
            // What the previous version wrote at enrolment.
            const QList<std::pair<QString, QString>> settings
                = {{u"sync.server_url"_s, m_proxy->url()},
                   {u"sync.token"_s, token},
                   {u"device.location_id"_s, u"MAD"_s}};
            for (const auto &[key, value] : settings) {
                QSqlQuery insert = Database::prepare(db,
                                                     u"INSERT INTO settings (key, value)"
                                                     " VALUES (?, ?)"_s);
                insert.addBindValue(key);
                insert.addBindValue(value);
                QVERIFY(Database::exec(insert));
            }
            // Changes made with it and not uploaded yet: applied and queued together, as
            // LocalStore::submit does.
            auto queue = [&db](const QString &name, QJsonObject args) {
                SqlTransaction transaction(db);
                ClientRowStore rows(db, ClientRowStore::Mode::Optimistic);
                MutationContext context;
                context.associateId = u"S1"_s;
                context.now = QDateTime::currentMSecsSinceEpoch();
                args.insert(u"at"_s, context.now);
                if (!Mutators::apply(rows, name, args, context).applied)
                    return false;
                QSqlQuery insert = Database::prepare(db,
                                                     u"INSERT INTO outbox (name, args,"
                                                     " associate_id, created_at)"
                                                     " VALUES (?, ?, ?, ?)"_s);
                insert.addBindValue(name);
                insert.addBindValue(
                    QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
                insert.addBindValue(context.associateId);
                insert.addBindValue(context.now);
                return Database::exec(insert) && transaction.commit();
            };
            for (int i = 0; i < 3; ++i) {
                noteIds << QUuid::createUuid().toString(QUuid::WithoutBraces);
                QVERIFY(queue(u"note.add"_s,
                              {{u"id"_s, noteIds.last()},
                               {u"customerId"_s, u"C00001"_s},
                               {u"body"_s, u"Queued before the upgrade %1"_s.arg(i)}}));
            }
            QVERIFY(queue(u"customer.setPreference"_s,
                          {{u"customerId"_s, u"C00001"_s},
                           {u"key"_s, u"size.top"_s},
                           {u"value"_s, u"XL"_s}}));
        }
        Database::close(u"old-app"_s);

        // The new version opens the file (migrating it) and drains the queue.
        Tablet tablet(path);
        QVERIFY(tablet.open());
        QCOMPARE(Database::schemaVersion(tablet.store()->database()),
                 Schema::clientSchemaVersion());
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM outbox"_s).toInt(), 4);
        tablet.engine()->start();
        QVERIFY(tablet.engine()->isEnrolled());
        QCOMPARE(tablet.engine()->pendingCount(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(tablet.engine()->pendingCount(), 0, 10000);
        QVERIFY(tablet.quiesce());
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes WHERE id IN (?, ?, ?)"_s,
                             {noteIds.at(0), noteIds.at(1), noteIds.at(2)}),
                 3);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes"_s), 3);
        QCOMPARE(serverValue(u"SELECT value FROM customer_preferences WHERE customer_id ="
                             " 'C00001' AND key = 'size.top'"_s)
                     .toString(),
                 u"XL"_s);
        QCOMPARE(tablet.snapshot(), serverSnapshot());
    }

    void pendingEditSurvivesOlderServerVersion_data()
    {
        QTest::addColumn<bool>("acknowledgedButLost");
        QTest::newRow("edit made while a pull is in flight") << false;
        QTest::newRow("push acknowledged, then lost by the service") << true;
    }
    void pendingEditSurvivesOlderServerVersion()
    {
        QFETCH(bool, acknowledgedButLost);
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        // Another Madrid tablet sets the size first; this one has not heard of it yet.
        Tablet other(tabletPath(u"other"_s));
        QVERIFY(enrolled(other, m_server->url()));
        QVERIFY(other.setPreference(u"C00001"_s, u"size.top"_s, u"M"_s));
        QVERIFY(other.quiesce());

        auto localValue = [&tablet] {
            return tablet
                .scalar(u"SELECT value FROM customer_preferences WHERE customer_id ="
                        " 'C00001' AND key = 'size.top'"_s)
                .toString();
        };
        QStringList seen; // what the screens would have shown after each change
        const QMetaObject::Connection watch = connect(tablet.store(), &LocalStore::tablesChanged,
                                                      this, [&] { seen << localValue(); });
        if (!acknowledgedButLost) {
            // The service answers the pull with M; the answer is held on its way while the
            // associate sets L here.
            m_proxy->inject(FaultProxy::Mode::Hold, pullPath, 1);
            QSignalSpy held(m_proxy.get(), &FaultProxy::held);
            tablet.engine()->syncNow();
            QVERIFY(held.wait(10000));
            QVERIFY(tablet.setPreference(u"C00001"_s, u"size.top"_s, u"L"_s));
            m_proxy->release();
        } else {
            // "The service" acknowledges the push but never applied it (a fail-over to a
            // replica that had not received it); the next pull says so.
            FaultProxy::Rule rule;
            rule.mode = FaultProxy::Mode::Respond;
            rule.path = pushPath;
            rule.times = 1;
            rule.status = 200;
            rule.responder = [](const FaultProxy::Request &request) {
                QJsonArray results;
                qint64 last = 0;
                const QJsonArray mutations = QJsonDocument::fromJson(request.body)
                                                 .object()
                                                 .value(u"mutations"_s)
                                                 .toArray();
                for (const QJsonValue &mutation : mutations) {
                    last = mutation[u"id"_s].toInteger();
                    results << QJsonObject {{u"id"_s, last}, {u"status"_s, u"applied"_s}};
                }
                return QJsonDocument(
                           QJsonObject {{u"lastMutationId"_s, last}, {u"results"_s, results}})
                    .toJson(QJsonDocument::Compact);
            };
            m_proxy->addRule(rule);
            QSignalSpy synced(tablet.engine(), &SyncEngine::synced);
            QVERIFY(tablet.setPreference(u"C00001"_s, u"size.top"_s, u"L"_s));
            QVERIFY(synced.wait(10000));
        }
        QCOMPARE(localValue(), u"L"_s);
        QVERIFY(tablet.quiesce());
        disconnect(watch);
        QCOMPARE(localValue(), u"L"_s);
        QVERIFY(!seen.isEmpty());
        QVERIFY2(!seen.contains(u"M"_s), qPrintable(seen.join(u", "_s)));
        QCOMPARE(serverValue(u"SELECT value FROM customer_preferences WHERE customer_id ="
                             " 'C00001' AND key = 'size.top'"_s)
                     .toString(),
                 u"L"_s);
        // L was based on an older version than M: M is kept in the service's history.
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM revisions WHERE entity = 'preference'"
                             " AND data LIKE ?"_s,
                             {u"%\"value\":\"M\"%"_s}),
                 1);
        QVERIFY(other.quiesce());
        const QStringList service = serverSnapshot();
        QCOMPARE(tablet.snapshot(), service);
        QCOMPARE(other.snapshot(), service);
    }

    void serviceBehindTheTablet_data()
    {
        QTest::addColumn<bool>("lostConfirmed");
        // Pushed and answered, not yet confirmed by a pull: the tablet still has them.
        QTest::newRow("lost unconfirmed changes: sent again") << false;
        // Confirmed and archived: the tablet sends them again from its archive.
        QTest::newRow("lost confirmed changes: sent again from the archive") << true;
    }
    void serviceBehindTheTablet()
    {
        QFETCH(bool, lostConfirmed);
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        if (!lostConfirmed)
            m_proxy->inject(FaultProxy::Mode::Error500, pullPath, -1);
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids << tablet.note(u"C00001"_s, u"Note %1"_s.arg(i));
        if (lostConfirmed)
            QVERIFY(tablet.quiesce());
        else
            QTRY_COMPARE_WITH_TIMEOUT(serverCount(u"SELECT COUNT(*) FROM notes"_s), 3, 10000);
        // The service loses what it applied after the first of them (a fail-over to a replica
        // that lagged behind).
        QSqlDatabase service = m_server->database();
        QVERIFY(Database::exec(service, u"UPDATE clients SET last_mutation_id = 1"_s));
        QSqlQuery forget = Database::prepare(service, u"DELETE FROM notes WHERE id <> ?"_s);
        forget.addBindValue(ids.first());
        QVERIFY(Database::exec(forget));

        QSignalSpy requests(m_proxy.get(), &FaultProxy::requestReceived);
        ids << tablet.note(u"C00001"_s, u"After the loss"_s);
        if (lostConfirmed) {
            QVERIFY(tablet.quiesce());
            QVERIFY(requests.size() < 12); // no busy loop against the service
            QVERIFY(tablet.engine()->errorString().isEmpty());
            QCOMPARE(tablet.engine()->rejections()->rowCount(), 0);
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(serverCount(u"SELECT COUNT(*) FROM notes"_s), 4, 10000);
            m_proxy->clearRules();
            QVERIFY(tablet.quiesce());
        }
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes WHERE id IN (?, ?, ?, ?)"_s,
                             {ids.at(0), ids.at(1), ids.at(2), ids.at(3)}),
                 4);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes"_s), 4);
        QCOMPARE(serverCount(u"SELECT last_mutation_id FROM clients"_s), 4);
        QCOMPARE(tablet.snapshot(), serverSnapshot());
    }

    void anotherTabletCannotTakeOverAClientId()
    {
        Tablet owner(tabletPath(u"owner"_s));
        QVERIFY(enrolled(owner));
        const QString first = owner.note(u"C00001"_s, u"By the owner"_s);
        QVERIFY(owner.quiesce());
        const QString client
            = owner.scalar(u"SELECT value FROM sync_state WHERE key = 'client_id'"_s).toString();
        const QString ownerDevice = owner.store()->setting(u"sync.device_id"_s);

        // Another tablet of the store uses the owner's client id (copied from its database).
        Tablet other(tabletPath(u"other"_s));
        QVERIFY(enrolled(other));
        QVERIFY(Database::exec(
            other.store()->database(),
            u"UPDATE sync_state SET value = '%1' WHERE key = 'client_id'"_s.arg(client)));
        const QString taken = other.note(u"C00001"_s, u"In another tablet's name"_s);
        // Refused, and said so: not answered "applied" and dropped.
        QTRY_VERIFY_WITH_TIMEOUT(other.engine()->errorString().contains(u"enrol"_s), 10000);
        QCOMPARE(other.engine()->pendingCount(), 1);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {taken}), 0);
        QCOMPARE(serverValue(u"SELECT device_id FROM clients WHERE client_id = ?"_s, {client})
                     .toString(),
                 ownerDevice);

        // The owner carries on, its changes applied once.
        const QString second = owner.note(u"C00001"_s, u"Still the owner"_s);
        QVERIFY(owner.quiesce());
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes WHERE id IN (?, ?)"_s, {first, second}),
                 2);
        QVERIFY(owner.engine()->errorString().isEmpty());
        QCOMPARE(owner.snapshot(), serverSnapshot());
    }

    void enrolledAgainWithoutProofStartsANewClient()
    {
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        const QString first = tablet.note(u"C00001"_s, u"Before"_s);
        QVERIFY(tablet.quiesce());
        const QString client
            = tablet.scalar(u"SELECT value FROM sync_state WHERE key = 'client_id'"_s).toString();
        const QString oldDevice = tablet.store()->setting(u"sync.device_id"_s);
        // The service no longer knows the enrolment (IT deleted it): nothing proves the tablet
        // is the one that used its client id.
        QVERIFY(Database::exec(m_server->database(),
                               u"DELETE FROM devices WHERE id = '%1'"_s.arg(oldDevice)));
        const QString queued = tablet.note(u"C00001"_s, u"While not enrolled"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tablet.engine()->errorString().contains(u"enrol"_s), 10000);

        QVERIFY(tablet.enrol(m_proxy->url(), enrolmentCode(*m_server)));
        QVERIFY(tablet.quiesce());
        const QString newClient
            = tablet.scalar(u"SELECT value FROM sync_state WHERE key = 'client_id'"_s).toString();
        QVERIFY(newClient != client);
        // What was queued went up once, under the new client id; the old one stays put.
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes WHERE id IN (?, ?)"_s, {first, queued}),
                 2);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes"_s), 2);
        QCOMPARE(serverValue(u"SELECT device_id FROM clients WHERE client_id = ?"_s, {client})
                     .toString(),
                 oldDevice);
        QCOMPARE(serverValue(u"SELECT device_id FROM clients WHERE client_id = ?"_s, {newClient})
                     .toString(),
                 tablet.store()->setting(u"sync.device_id"_s));
        QCOMPARE(tablet.engine()->pendingCount(), 0);
        QCOMPARE(tablet.snapshot(), serverSnapshot());
    }

    void wrongPinsLockTheStaffMemberOnEveryTablet()
    {
        const QString salt = u"00112233445566778899aabbccddeeff"_s;
        QVERIFY(putRows(m_server->database(), u"staff"_s,
                        {{{u"id"_s, u"S3"_s},
                          {u"location_id"_s, u"MAD"_s},
                          {u"staff_number"_s, u"1009"_s},
                          {u"display_name"_s, u"Manager 1009"_s},
                          {u"role"_s, u"manager"_s},
                          {u"pin_salt"_s, salt},
                          {u"pin_hash"_s, PinHash::hash(u"246810"_s, PinHash::fastCostForTests)},
                          {u"pin_iterations"_s, 1000}}}));
        Tablet first(tabletPath(u"first"_s));
        QVERIFY(enrolled(first));
        {
            Session session(first.store(), nullptr);
            QSignalSpy failed(&session, &Session::failed);
            for (int i = 0; i < Session::maxFailures; ++i)
                QVERIFY(!session.signIn(u"1001"_s, u"0000"_s));
            QVERIFY2(failed.last().first().toString().contains(u"every tablet"_s),
                     qPrintable(failed.last().first().toString()));
        }
        QVERIFY(first.quiesce());
        QVERIFY(serverValue(u"SELECT locked_at FROM staff WHERE id = 'S1'"_s).toLongLong() > 0);
        first.close();

        // On another tablet of the store: the right PIN does not sign S1 in.
        Tablet second(tabletPath(u"second"_s));
        QVERIFY(enrolled(second));
        Session session(second.store(), nullptr);
        QSignalSpy failed(&session, &Session::failed);
        QVERIFY(!session.signIn(u"1001"_s, u"1234"_s));
        QVERIFY2(failed.last().first().toString().contains(u"manager"_s),
                 qPrintable(failed.last().first().toString()));
        // A change in S1's name (made before the lock arrived) is refused by the service.
        const QString refused = second.note(u"C00001"_s, u"By a locked associate"_s);
        QVERIFY(second.quiesce());
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {refused}), 0);
        QCOMPARE(second.engine()->rejections()->rowCount(), 1);

        // The store's manager unlocks S1 there; S1 signs in and works again.
        QVERIFY(session.signIn(u"1009"_s, u"246810"_s));
        QVERIFY(second.submit(u"staff.unlock"_s, {{u"staffId"_s, u"S1"_s}}));
        session.signOut();
        QVERIFY(second.quiesce());
        QCOMPARE(serverValue(u"SELECT locked_at FROM staff WHERE id = 'S1'"_s).toLongLong(), 0);
        QVERIFY(session.signIn(u"1001"_s, u"1234"_s));
        const QString accepted = second.note(u"C00001"_s, u"Unlocked"_s);
        QVERIFY(second.quiesce());
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {accepted}), 1);
        QCOMPARE(second.snapshot(), serverSnapshot());
    }

    void revokedTabletEnrolledAgain()
    {
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        tablet.note(u"C00001"_s, u"Before the revocation"_s);
        QVERIFY(tablet.quiesce());
        const QString oldDevice = tablet.store()->setting(u"sync.device_id"_s);
        QVERIFY(Devices(m_server->database()).revoke(oldDevice));
        const QString id = tablet.note(u"C00001"_s, u"After the revocation"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tablet.engine()->errorString().contains(u"enrol"_s), 10000);
        // What the message asks for: a manager's new code, enrolled in Settings.
        QVERIFY(tablet.enrol(m_proxy->url(), enrolmentCode(*m_server)));
        QVERIFY(tablet.store()->setting(u"sync.device_id"_s) != oldDevice);
        QTRY_VERIFY_WITH_TIMEOUT(tablet.engine()->pendingCount() == 0
                                     || !tablet.engine()->errorString().isEmpty(),
                                 10000);
        // The service hands the client (this database file) over to the new enrolment of the
        // same store, and the queue drains.
        QCOMPARE(serverValue(u"SELECT device_id FROM clients"_s).toString(),
                 tablet.store()->setting(u"sync.device_id"_s));
        QCOMPARE(tablet.engine()->pendingCount(), 0);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {id}), 1);
    }
};

QTEST_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
