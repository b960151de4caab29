// SPDX-License-Identifier: MIT
// The central service restored from a backup while tablets went on: a tablet whose cursor is
// newer than the backup and one whose cursor is older both end with what the service holds,
// nothing a tablet still had is lost, nothing is applied twice, and what no tablet kept any
// more is said plainly. The restore is done as docs/operations.md says: SQLite's file copied
// back with the service stopped, PostgreSQL's database replaced by a copy.
#include "backupfixture.h"
#include "rejectionsmodel.h"
#include "synctestkit.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace TestServer;
using namespace SyncTest;

namespace {
const QString pushPath = u"/v1/sync/push"_s;
const QString pullPath = u"/v1/sync/pull"_s;
} // namespace

class TestSyncRestore : public SyncFixture
{
    Q_OBJECT

private:
    /** Restores the backup and points the proxy at the service's new port. */
    bool restore(Backup &backup)
    {
        if (!backup.restore())
            return false;
        m_proxy->setUpstreamPort(m_server->port());
        return true;
    }
    bool takeBackup(Backup &backup)
    {
        if (!backup.take())
            return false;
        m_proxy->setUpstreamPort(m_server->port());
        return true;
    }
    int notesWithId(const QString &id)
    {
        return serverCount(u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {id});
    }
    QString clientOf(const Tablet &tablet) const
    {
        return tablet.scalar(u"SELECT value FROM sync_state WHERE key = 'client_id'"_s).toString();
    }

private slots:
    void tabletsNewerAndOlderThanTheBackupConverge()
    {
        Tablet older(tabletPath(u"older"_s));
        Tablet newer(tabletPath(u"newer"_s));
        QVERIFY(enrolled(older));
        QVERIFY(enrolled(newer));
        const QString first = older.note(u"C00001"_s, u"Before the backup (older tablet)"_s);
        QVERIFY(older.quiesce());
        older.close(); // switched off until after the restore: its cursor stays before the backup
        const QString second = newer.note(u"C00001"_s, u"Before the backup (newer tablet)"_s);
        QVERIFY(newer.quiesce());

        Backup backup(*m_server);
        QVERIFY(takeBackup(backup));
        // After the backup the newer tablet has three notes confirmed.
        QStringList lost;
        for (int i = 0; i < 3; ++i)
            lost << newer.note(u"C00003"_s, u"After the backup %1"_s.arg(i));
        QVERIFY(newer.quiesce());
        QCOMPARE(newer.engine()->pendingCount(), 0);
        const QString newerCursor
            = newer.scalar(u"SELECT value FROM sync_state WHERE key = 'cursor'"_s).toString();

        QVERIFY(restore(backup));
        QCOMPARE(notesWithId(lost.first()), 0); // the service lost them
        // A third tablet writes after the restore: the versions the lost notes had are handed
        // out again, and more.
        Tablet third(tabletPath(u"third"_s));
        QVERIFY(enrolled(third));
        QStringList later;
        for (int i = 0; i < 8; ++i)
            later << third.note(u"C00001"_s, u"After the restore %1"_s.arg(i));
        QVERIFY(third.quiesce());
        QVERIFY(serverValue(u"SELECT version FROM sync_version WHERE id = 1"_s).toLongLong()
                > newerCursor.section(u':', 1, 1).toLongLong());

        // The newer tablet makes one more change and syncs: its push meets the service's gap.
        const QString afterRestore = newer.note(u"C00001"_s, u"Newer tablet after the restore"_s);
        const int pushesBefore = m_proxy->requestCount(pushPath);
        const int pullsBefore = m_proxy->requestCount(pullPath);
        QVERIFY(newer.quiesce());
        // A few requests, not a loop.
        QVERIFY2(m_proxy->requestCount(pushPath) - pushesBefore < 10,
                 qPrintable(QString::number(m_proxy->requestCount(pushPath) - pushesBefore)));
        QVERIFY(m_proxy->requestCount(pullPath) - pullsBefore < 10);
        QVERIFY(newer.engine()->errorString().isEmpty());
        // What the tablet still had is back on the service, once; nothing was said lost.
        for (const QString &id : lost + QStringList {second, afterRestore})
            QCOMPARE(notesWithId(id), 1);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes"_s), 1 + 1 + 3 + 8 + 1);
        QCOMPARE(newer.engine()->rejections()->rowCount(), 0);
        QCOMPARE(serverValue(u"SELECT last_mutation_id FROM clients WHERE client_id = ?"_s,
                             {clientOf(newer)})
                     .toLongLong(),
                 newer.scalar(u"SELECT MAX(mutation_id) FROM outbox_archive"_s).toLongLong());
        // Rebuilt from the service: the third tablet's notes are there, none skipped.
        for (const QString &id : later)
            QCOMPARE(newer.scalar(u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {id}).toInt(), 1);
        QCOMPARE(newer.snapshot(), serverSnapshot());

        // The older tablet comes back and carries on from its cursor.
        QVERIFY(older.open());
        older.engine()->start();
        QVERIFY(older.quiesce());
        QVERIFY(older.engine()->errorString().isEmpty());
        QCOMPARE(notesWithId(first), 1);
        QVERIFY(third.quiesce());
        const QStringList service = serverSnapshot();
        QCOMPARE(older.snapshot(), service);
        QCOMPARE(newer.snapshot(), service);
        QCOMPARE(third.snapshot(), service);
    }

    void changesNoTabletKeptAreSaidLost()
    {
        Tablet tablet(tabletPath());
        QVERIFY(enrolled(tablet));
        const QString kept = tablet.note(u"C00001"_s, u"Before the backup"_s);
        QVERIFY(tablet.quiesce());
        const QString client = clientOf(tablet);

        Backup backup(*m_server);
        QVERIFY(takeBackup(backup));
        QStringList lost;
        for (int i = 0; i < 3; ++i)
            lost << tablet.note(u"C00003"_s, u"Confirmed, then lost %1"_s.arg(i));
        QVERIFY(tablet.quiesce());
        // Weeks pass: the tablet's archive of confirmed changes no longer reaches back to them.
        QVERIFY(Database::exec(tablet.store()->database(),
                               u"UPDATE outbox_archive SET confirmed_at = confirmed_at - %1"_s.arg(
                                   30LL * 24 * 3600 * 1000)));
        QVERIFY(tablet.quiesce());
        QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM outbox_archive"_s).toInt(), 0);

        QVERIFY(restore(backup));
        const QString afterRestore = tablet.note(u"C00001"_s, u"After the restore"_s);
        const int requestsBefore = m_proxy->requestCount();
        QVERIFY(tablet.quiesce());
        QVERIFY(m_proxy->requestCount() - requestsBefore < 12);

        // Said plainly, among the refused changes, until dismissed.
        RejectionsModel *notices = tablet.engine()->rejections();
        QCOMPARE(notices->rowCount(), 1);
        const QModelIndex notice = notices->index(0);
        QCOMPARE(notice.data(RejectionsModel::TitleRole).toString(),
                 u"3 change(s) made on this tablet were lost"_s);
        const QString reason = notice.data(RejectionsModel::ReasonRole).toString();
        QVERIFY2(reason.contains(u"restored from a backup"_s), qPrintable(reason));
        QVERIFY(!notice.data(RejectionsModel::ActionRole).toString().isEmpty());
        // The tablet carries on under a new client id: the later change reached the service
        // once, and the lost ones are gone from the tablet too.
        QVERIFY(clientOf(tablet) != client);
        QCOMPARE(notesWithId(kept), 1);
        QCOMPARE(notesWithId(afterRestore), 1);
        for (const QString &id : lost) {
            QCOMPARE(notesWithId(id), 0);
            QCOMPARE(tablet.scalar(u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {id}).toInt(), 0);
        }
        QCOMPARE(tablet.snapshot(), serverSnapshot());
        const QString next = tablet.note(u"C00001"_s, u"And the day goes on"_s);
        QVERIFY(tablet.quiesce());
        QCOMPARE(notesWithId(next), 1);
        QVERIFY(tablet.engine()->errorString().isEmpty());
        QCOMPARE(tablet.snapshot(), serverSnapshot());
    }
};

QTEST_MAIN(TestSyncRestore)
#include "tst_syncrestore.moc"
