// SPDX-License-Identifier: MIT
// Faults between a tablet and the central service, injected by a proxy: lost requests and
// answers, delays past the tablet's timeout, duplicates, errors; a tablet killed mid-push or
// between two pulled pages; reads that must never go backwards. After each, quiet: every change
// is applied exactly once and the tablet holds what the service holds.
#include "synctestkit.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace TestServer;
using namespace SyncTest;

namespace {
const QString pushPath = u"/v1/sync/push"_s;
const QString pullPath = u"/v1/sync/pull"_s;
/** A shorter transfer timeout where a test waits past it. */
constexpr int shortTimeoutMs = 500;
} // namespace

class TestSyncFaults : public SyncFixture
{
    Q_OBJECT

private:
    /** Seeds count notes on the service, through its change feed, in one transaction: ids
        prefix00000 on, to the customers in turn (all in Madrid's scope). */
    bool seedNotes(const QString &prefix, int count, const QStringList &customers)
    {
        QSqlDatabase db = m_server->database();
        SqlTransaction transaction(db);
        QList<QVariantMap> notes;
        for (int i = 0; i < count; ++i)
            notes << QVariantMap {{u"id"_s, QString(prefix + u"%1"_s.arg(i, 5, 10, QChar(u'0')))},
                                  {u"customer_id"_s, customers.at(i % customers.size())},
                                  {u"author_id"_s, u"S1"_s},
                                  {u"body"_s, u"Seeded %1"_s.arg(i)},
                                  {u"created_at"_s, 1700000000000LL + i},
                                  {u"updated_at"_s, 1700000000000LL + i},
                                  {u"version"_s, 1}};
        return putRows(db, u"note"_s, notes) && transaction.commit();
    }

private slots:
    void oversizedPushesAreSplitAndAChangeTooLargeIsSaid()
    {
        ServerConfig config = testConfig();
        config.maxBodyBytes = 12000;
        QVERIFY(restartService(config));
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        const int before = serverCount(u"SELECT COUNT(*) FROM notes"_s);
        // Sixty notes together are more than the service takes in one request: sent in parts.
        for (int i = 0; i < 60; ++i)
            QVERIFY(!tablet.note(u"C00001"_s, u"%1 %2"_s.arg(i).arg(QString(400, u'n'))).isEmpty());
        QVERIFY(tablet.quiesce());
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes"_s), before + 60);
        QVERIFY(tablet.engine()->errorString().isEmpty());
        // One change alone too large: said in words, not retried in a loop for ever.
        QVERIFY(tablet.submit(u"receipt.email"_s,
                              {{u"id"_s, u"big-receipt"_s},
                               {u"orderId"_s, u"O1"_s},
                               {u"customerId"_s, u"C00001"_s},
                               {u"pdf"_s, QString::fromLatin1(QByteArray(20000, 'A'))}}));
        tablet.engine()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!tablet.engine()->errorString().isEmpty(), 5000);
        QVERIFY(tablet.engine()->errorString().contains(u"too large"_s));
        QCOMPARE(tablet.engine()->pendingCount(), 1);
    }

    void faultThenQuietAppliesEverythingOnce_data()
    {
        QTest::addColumn<FaultProxy::Mode>("mode");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("times");
        QTest::addColumn<int>("delayMs");
        using M = FaultProxy::Mode;
        const int late = 2 * shortTimeoutMs + 200;
        QTest::newRow("push dropped before the service") << M::DropRequest << pushPath << 2 << 0;
        QTest::newRow("push committed, answer lost") << M::DropAnswer << pushPath << 2 << 0;
        QTest::newRow("pull answer lost") << M::DropAnswer << pullPath << 2 << 0;
        QTest::newRow("push arrives after the timeout") << M::Delay << pushPath << 1 << late;
        QTest::newRow("push answer after the timeout") << M::DelayAnswer << pushPath << 1 << late;
        QTest::newRow("pull answer after the timeout") << M::DelayAnswer << pullPath << 1 << late;
        QTest::newRow("push duplicated") << M::Duplicate << pushPath << 3 << 0;
        QTest::newRow("pull duplicated") << M::Duplicate << pullPath << 3 << 0;
        QTest::newRow("push answered 500") << M::Error500 << pushPath << 3 << 0;
        QTest::newRow("pull answered 500") << M::Error500 << pullPath << 3 << 0;
        QTest::newRow("everything dropped a while") << M::DropRequest << QString() << 6 << 0;
    }
    void faultThenQuietAppliesEverythingOnce()
    {
        QFETCH(FaultProxy::Mode, mode);
        QFETCH(QString, path);
        QFETCH(int, times);
        QFETCH(int, delayMs);
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        tablet.network()->setTransferTimeout(shortTimeoutMs);
        const QString line = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(tablet.submit(u"cart.addLine"_s,
                              {{u"id"_s, line},
                               {u"customerId"_s, u"C00001"_s},
                               {u"sku"_s, u"SKU-1-M"_s},
                               {u"quantity"_s, 1}}));
        QVERIFY(tablet.quiesce());

        m_proxy->inject(mode, path, times, delayMs);
        QSignalSpy answered(m_proxy.get(), &FaultProxy::clientAnswered);
        QStringList notes;
        for (int i = 0; i < 5; ++i)
            notes << tablet.note(i % 2 ? u"C00001"_s : u"C00003"_s, u"Note %1"_s.arg(i));
        for (int delta : {2, 3, -1})
            QVERIFY(
                tablet.submit(u"cart.changeQuantity"_s, {{u"id"_s, line}, {u"delta"_s, delta}}));
        for (const QString &size : {u"S"_s, u"M"_s, u"L"_s})
            QVERIFY(tablet.setPreference(u"C00003"_s, u"size.top"_s, size));
        QVERIFY(tablet.submit(u"wishlist.add"_s,
                              {{u"customerId"_s, u"C00001"_s}, {u"sku"_s, u"SKU-1-L"_s}}));
        QVERIFY(tablet.quiesce());
        QVERIFY2(m_proxy->faultCounts().value(mode) >= 1, "the fault never happened");
        // Late copies of requests may still be on their way to the service: let them land.
        QTRY_COMPARE_WITH_TIMEOUT(m_proxy->inFlight(), 0, 10000);
        if (delayMs > 0) {
            // The tablet gave up waiting (its transfer timeout) before the answer came.
            bool gaveUp = false;
            for (const QList<QVariant> &answer : std::as_const(answered))
                gaveUp = gaveUp || (answer.at(0).toString() == path && answer.at(1).toInt() == 0);
            QVERIFY2(gaveUp, "the tablet waited for the late answer");
        }

        for (const QString &id : std::as_const(notes))
            QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {id}), 1);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes"_s), 5);
        QCOMPARE(serverCount(u"SELECT quantity FROM cart_lines WHERE id = ?"_s, {line}), 5);
        // Each preference change bumps the version once: three changes, version 3.
        QCOMPARE(serverValue(u"SELECT value || ' v' || version FROM customer_preferences"
                             " WHERE customer_id = 'C00003' AND key = 'size.top'"_s)
                     .toString(),
                 u"L v3"_s);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM wishlist_items WHERE customer_id = 'C00001'"_s),
                 1);
        QCOMPARE(serverCount(u"SELECT last_mutation_id FROM clients"_s), 13);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM mutation_results"_s), 0);
        QCOMPARE(tablet.snapshot(), serverSnapshot());
        QCOMPARE(tablet.engine()->pendingCount(), 0);
    }

    void tabletKilledMidPush_data()
    {
        QTest::addColumn<FaultProxy::Mode>("mode");
        QTest::addColumn<QString>("path");
        QTest::newRow("before the push reaches the service") << FaultProxy::Mode::Delay << pushPath;
        QTest::newRow("push committed, answer on its way") << FaultProxy::Mode::Hold << pushPath;
        QTest::newRow("pull answer on its way") << FaultProxy::Mode::Hold << pullPath;
    }
    void tabletKilledMidPush()
    {
        QFETCH(FaultProxy::Mode, mode);
        QFETCH(QString, path);
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        m_proxy->inject(mode, path, 1, 1000);
        QSignalSpy held(m_proxy.get(), &FaultProxy::held);
        constexpr int count = 300;
        for (int i = 0; i < count; ++i)
            QVERIFY(
                !tablet.note(i % 2 ? u"C00001"_s : u"C00003"_s, u"Killed %1"_s.arg(i)).isEmpty());
        if (mode == FaultProxy::Mode::Hold)
            QVERIFY(held.wait(10000));
        else
            QTRY_VERIFY_WITH_TIMEOUT(m_proxy->requestCount(pushPath) >= 1, 10000);
        QVERIFY(tablet.engine()->isSyncing());
        // Killed: everything in memory is gone, whatever was in flight is abandoned.
        tablet.close();
        m_proxy->release();
        QTRY_COMPARE_WITH_TIMEOUT(m_proxy->inFlight(), 0, 10000);

        QVERIFY(tablet.open());
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM notes WHERE body LIKE 'Killed %'"_s).toInt(),
                 count);
        tablet.engine()->start();
        QVERIFY(tablet.engine()->pendingCount() > 0);
        QVERIFY(tablet.quiesce());
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes WHERE body LIKE 'Killed %'"_s), count);
        QCOMPARE(serverCount(u"SELECT COUNT(DISTINCT body) FROM notes"_s), count);
        QCOMPARE(serverCount(u"SELECT last_mutation_id FROM clients"_s), count);
        QCOMPARE(tablet.snapshot(), serverSnapshot());
    }

    void crashBetweenPulledPages()
    {
        // More than a page of Madrid's data on the service.
        constexpr int extra = SyncEngine::pullPage + SyncEngine::pullPage / 2;
        QVERIFY(seedNotes(u"N"_s, extra, {u"C00003"_s, u"C00001"_s}));
        Tablet tablet(tabletPath());
        QVERIFY(tablet.open());
        // The first page arrives; the second is computed by the service but never applied.
        m_proxy->inject(FaultProxy::Mode::Pass, pullPath, 1);
        m_proxy->inject(FaultProxy::Mode::Hold, pullPath, 1);
        QSignalSpy held(m_proxy.get(), &FaultProxy::held);
        QVERIFY(tablet.enrol(m_proxy->url(), enrolmentCode(*m_server)));
        QVERIFY(held.wait(20000));
        const QString cursor
            = tablet.scalar(u"SELECT value FROM sync_state WHERE key = 'cursor'"_s).toString();
        QVERIFY(!cursor.isEmpty());
        const qint64 version = cursor.section(u':', 1, 1).toLongLong();
        // The page and its cursor were written together: exactly the notes up to the cursor.
        const int localNotes = tablet.scalar(u"SELECT COUNT(*) FROM notes"_s).toInt();
        QVERIFY(localNotes > 0 && localNotes < extra);
        QCOMPARE(localNotes,
                 serverCount(u"SELECT COUNT(*) FROM changes WHERE entity = 'note'"
                             " AND scope = 'store:MAD' AND version <= ?"_s,
                             {version}));
        tablet.close(); // killed between two pages
        m_proxy->release();

        // Meanwhile another tablet edits a note the first page brought and adds one.
        Tablet other(tabletPath(u"other"_s));
        QVERIFY(enrolled(other, m_server->url()));
        QVERIFY(other.submit(u"note.edit"_s,
                             {{u"id"_s, u"N00000"_s},
                              {u"body"_s, u"Edited after the crash"_s},
                              {u"baseVersion"_s, 1}}));
        const QString added = other.note(u"C00001"_s, u"Added after the crash"_s);
        QVERIFY(other.quiesce());

        QVERIFY(tablet.open());
        tablet.engine()->start();
        QVERIFY(tablet.quiesce());
        // No gap, no duplicate: the same rows as the service, each in its latest version.
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM notes"_s).toInt(), extra + 1);
        QCOMPARE(tablet.scalar(u"SELECT body FROM notes WHERE id = 'N00000'"_s).toString(),
                 u"Edited after the crash"_s);
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {added}).toInt(), 1);
        QCOMPARE(tablet.snapshot(), serverSnapshot());
    }

    void unsavablePageCallsOffTheNextOne()
    {
        // Three pages or more of Madrid's data; the tablet asks for each page before it saves
        // the one before.
        constexpr int extra = 3 * SyncEngine::pullPage;
        constexpr int refused = SyncEngine::pullPage + SyncEngine::pullPage / 2; // page 2
        QVERIFY(seedNotes(u"N"_s, extra, {u"C00003"_s, u"C00001"_s}));
        Tablet tablet(tabletPath());
        QVERIFY(tablet.open());
        // The tablet cannot save one note in the middle (as with a full disk).
        QVERIFY(Database::exec(tablet.store()->database(),
                               u"CREATE TEMP TRIGGER refuse_note BEFORE INSERT ON notes"
                               " WHEN NEW.id = 'N%1' BEGIN SELECT RAISE(ABORT, 'disk full');"
                               " END"_s.arg(refused, 5, 10, QChar(u'0'))));
        QVERIFY(tablet.enrol(m_server->url(), enrolmentCode(*m_server)));
        QTRY_VERIFY_WITH_TIMEOUT(
            tablet.engine()->statusText().contains(u"could not be saved on this tablet"_s), 20000);
        // Saved: exactly the pages before the one that failed, each with its cursor; the page
        // asked for ahead was called off, not saved past the gap.
        const qint64 version = tablet.scalar(u"SELECT value FROM sync_state WHERE key = 'cursor'"_s)
                                   .toString()
                                   .section(u':', 1, 1)
                                   .toLongLong();
        const int localNotes = tablet.scalar(u"SELECT COUNT(*) FROM notes"_s).toInt();
        QVERIFY(localNotes > 0 && localNotes < refused);
        QCOMPARE(localNotes,
                 serverCount(u"SELECT COUNT(*) FROM changes WHERE entity = 'note'"
                             " AND scope = 'store:MAD' AND version <= ?"_s,
                             {version}));

        // Room again: the next sync carries on from the saved cursor.
        QVERIFY(Database::exec(tablet.store()->database(), u"DROP TRIGGER refuse_note"_s));
        QVERIFY(tablet.quiesce());
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM notes"_s).toInt(),
                 serverCount(u"SELECT COUNT(*) FROM notes WHERE customer_id IN"
                             " (SELECT id FROM customers WHERE home_location_id = 'MAD')"_s));
        QVERIFY(!tablet.engine()->statusText().contains(u"could not be saved"_s));
        QCOMPARE(tablet.snapshot(), serverSnapshot());
    }

    void pagesFollowVersionOrderAcrossScopes()
    {
        // Two pages of the store's notes, then a stock change of the store's own shop and of
        // the warehouse (other scopes, newer versions): the first page holds the store's
        // oldest notes only, and the stock changes come after every note, none skipped.
        constexpr int extra = 2 * SyncEngine::pullPage;
        QVERIFY(seedNotes(u"V"_s, extra, {u"C00001"_s}));
        {
            QSqlDatabase db = m_server->database();
            SqlTransaction transaction(db);
            QVERIFY(putRows(
                db, u"inventory"_s,
                {{{u"sku"_s, u"SKU-1-M"_s}, {u"location_id"_s, u"MAD"_s}, {u"on_hand"_s, 7}},
                 {{u"sku"_s, u"SKU-1-M"_s}, {u"location_id"_s, u"WH1"_s}, {u"on_hand"_s, 39}}}));
            QVERIFY(transaction.commit());
        }
        Tablet tablet(tabletPath());
        QVERIFY(tablet.open());
        // The second page is held: the first is saved alone.
        m_proxy->inject(FaultProxy::Mode::Pass, pullPath, 1);
        m_proxy->inject(FaultProxy::Mode::Hold, pullPath, 1);
        QSignalSpy held(m_proxy.get(), &FaultProxy::held);
        QVERIFY(tablet.enrol(m_proxy->url(), enrolmentCode(*m_server)));
        QVERIFY(held.wait(20000));
        QTRY_VERIFY(!tablet.scalar(u"SELECT value FROM sync_state WHERE key = 'cursor'"_s)
                         .toString()
                         .isEmpty());
        const qint64 version = tablet.scalar(u"SELECT value FROM sync_state WHERE key = 'cursor'"_s)
                                   .toString()
                                   .section(u':', 1, 1)
                                   .toLongLong();
        // The feed keeps a row's newest version only: the stock rows changed after the notes
        // are not in the first page.
        QCOMPARE(tablet
                     .scalar(u"SELECT COUNT(*) FROM inventory WHERE sku = 'SKU-1-M' AND"
                             " location_id IN ('MAD', 'WH1')"_s)
                     .toInt(),
                 0);
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM notes WHERE id LIKE 'V%'"_s).toInt(),
                 serverCount(u"SELECT COUNT(*) FROM changes WHERE entity = 'note' AND"
                             " scope = 'store:MAD' AND row_key LIKE 'V%' AND version <= ?"_s,
                             {version}));
        m_proxy->release();
        QVERIFY(tablet.quiesce());
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM notes WHERE id LIKE 'V%'"_s).toInt(), extra);
        QCOMPARE(tablet
                     .scalar(u"SELECT on_hand FROM inventory WHERE sku = 'SKU-1-M' AND"
                             " location_id = 'MAD'"_s)
                     .toInt(),
                 7);
        QCOMPARE(tablet.snapshot(), serverSnapshot());
    }

    void readsNeverGoBackwards()
    {
        // The writer reaches the service through its own (clean) proxy, so the service can be
        // restarted on another port behind both.
        FaultProxy writerProxy;
        QVERIFY(writerProxy.listen());
        writerProxy.setUpstreamPort(m_server->port());
        Tablet writer(tabletPath(u"writer"_s));
        QVERIFY(enrolled(writer, writerProxy.url()));
        Tablet reader(tabletPath(u"reader"_s));
        QVERIFY(enrolled(reader));
        reader.network()->setTransferTimeout(shortTimeoutMs);
        reader.engine()->setPollInterval(30);
        reader.engine()->syncNow(); // the next poll was planned with the old interval

        QList<qint64> versions;
        QList<qint64> cursors;
        auto observe = [&] {
            versions << reader
                            .scalar(u"SELECT COALESCE(MAX(version), 0) FROM customer_preferences"
                                    " WHERE customer_id = 'C00001' AND key = 'size.top'"_s)
                            .toLongLong();
            cursors << reader.scalar(u"SELECT value FROM sync_state WHERE key = 'cursor'"_s)
                           .toString()
                           .section(u':', 1, 1)
                           .toLongLong();
        };
        const QMetaObject::Connection watchTables
            = connect(reader.store(), &LocalStore::tablesChanged, this, observe);
        const QMetaObject::Connection watchStatus
            = connect(reader.engine(), &SyncEngine::statusChanged, this, observe);

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo() << "fault seed" << seed;
        m_proxy->setRandomFaults(seed, 0.5, 2 * shortTimeoutMs);
        constexpr int edits = 24;
        for (int i = 1; i <= edits; ++i) {
            QVERIFY(writer.setPreference(u"C00001"_s, u"size.top"_s, u"V%1"_s.arg(i)));
            QVERIFY(writer.quiesce());
            // Outside the partition the reader catches up through the flaky link each time.
            if (i < edits / 3 || i > edits / 2)
                QTRY_VERIFY2_WITH_TIMEOUT(!versions.isEmpty() && versions.last() == i,
                                          qPrintable(u"edit %1, reader at %2: %3 %4"_s.arg(i)
                                                         .arg(versions.value(versions.size() - 1))
                                                         .arg(reader.engine()->statusText())
                                                         .arg(reader.engine()->isSyncing())),
                                          15000);
            if (i == edits / 3) {
                // The reader is cut off for a while, then reconnects.
                m_proxy->setDefaultMode(FaultProxy::Mode::DropRequest);
            } else if (i == edits / 2) {
                m_proxy->setDefaultMode(FaultProxy::Mode::Pass);
                // The service restarts (same database, new port) behind both proxies.
                m_server->stop();
                QVERIFY(m_server->listen());
                m_proxy->setUpstreamPort(m_server->port());
                writerProxy.setUpstreamPort(m_server->port());
            }
        }
        m_proxy->setRandomFaults(0, 0);
        qInfo() << "faults" << m_proxy->faultCounts();
        QVERIFY(reader.quiesce());
        disconnect(watchTables);
        disconnect(watchStatus);
        observe();
        QCOMPARE(versions.last(), qint64(edits));
        QVERIFY(versions.size() > 3);
        for (qsizetype i = 1; i < versions.size(); ++i) {
            QVERIFY2(
                versions.at(i) >= versions.at(i - 1),
                qPrintable(u"version %1 after %2"_s.arg(versions.at(i)).arg(versions.at(i - 1))));
            QVERIFY2(cursors.at(i) >= cursors.at(i - 1),
                     qPrintable(u"cursor %1 after %2"_s.arg(cursors.at(i)).arg(cursors.at(i - 1))));
        }
        QCOMPARE(reader.snapshot(), serverSnapshot());
        QCOMPARE(writer.snapshot(), serverSnapshot());
    }
};

QTEST_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
