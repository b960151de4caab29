// SPDX-License-Identifier: MIT
// The real clienteling-server executable killed (SIGKILL) in the middle of a tablet's queue, the
// moment its first batch has committed (its answer is lost, the next batch in flight), then
// restarted on the same database and port: a batch is applied whole or not at all, the tablet's
// queue drains, and every change is applied exactly once.
#include "serviceprocess.h"
#include "synctestkit.h"

#include <QFile>
#include <QProcess>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <csignal>

using namespace Qt::Literals::StringLiterals;
using namespace TestServer;
using namespace SyncTest;

namespace {

/** The service executable on a database; port 0 picks a free one. */
quint16 startProcess(ServiceProcess &service, const QString &database, quint16 port,
                     const QString &giftCardKey)
{
    // The fixture's gift card key: the executable refuses a database whose cards were made
    // with a key it cannot find.
    return service.start(QString::fromUtf8(CLIENTELING_SERVER_EXE),
                         {u"--database"_s, database, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port),
                          u"--rate-per-device"_s, u"100000"_s, u"--gift-card-key"_s,
                          giftCardKey});
}

/** Watches the service's database from its own thread and kills the service the moment the
    first batch has committed: before its answer is out, or while the next one is applied. */
class KillWatcher : public QThread
{
public:
    KillWatcher(QString database, qint64 pid)
        : m_database(std::move(database))
        , m_pid(pid)
    { }
    qint64 lastMutationAtKill() const { return m_seen.load(); }
    void stop() { m_stop = true; }

protected:
    void run() override
    {
        const QString name = u"kill-watcher"_s;
        {
            QString error;
            QSqlDatabase db = ServerDatabase::isPostgres(m_database)
                ? Database::openPostgres(m_database, name, &error)
                : Database::openSqlite(m_database, name, &error);
            QSqlQuery query(db);
            while (db.isOpen() && !m_stop) {
                if (!query.exec(u"SELECT COALESCE(MAX(last_mutation_id), 0) FROM clients"_s)
                    || !query.next())
                    continue;
                const qint64 last = query.value(0).toLongLong();
                query.finish();
                if (last >= 1) {
                    ::kill(pid_t(m_pid), SIGKILL);
                    m_seen = last;
                    break;
                }
            }
        }
        Database::close(name);
    }

private:
    QString m_database;
    qint64 m_pid;
    std::atomic<qint64> m_seen {-1};
    std::atomic<bool> m_stop {false};
};

} // namespace

class TestServerKill : public SyncFixture
{
    Q_OBJECT

private:
    QString m_database; // what the service process uses
    QString m_giftCardKey;
    QSqlDatabase check()
    {
        const QString name = u"kill-check"_s;
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        QString error;
        return ServerDatabase::isPostgres(m_database)
            ? Database::openPostgres(m_database, name, &error)
            : Database::openSqlite(m_database, name, &error);
    }
    qint64 checkValue(const QString &sql) { return Database::scalar(check(), sql).toLongLong(); }

private slots:
    void cleanup()
    {
        Database::close(u"kill-check"_s);
        stopService();
    }

    void serviceKilledMidBatch()
    {
        // Seeded in-process, then served by the executable: SQLite on a copy of the file.
        const QString code = enrolmentCode(*m_server);
        QVERIFY(!code.isEmpty());
        m_server->stop();
        m_database = m_server->config().database;
        m_giftCardKey = m_server->config().giftCardKeyFile;
        if (!ServerDatabase::isPostgres(m_database)) {
            Database::close(u"fixture-check"_s);
            const QString copy = m_dir->filePath(u"service.db"_s);
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
                if (QFile::exists(m_database + suffix))
                    QVERIFY(QFile::copy(m_database + suffix, copy + suffix));
            }
            m_database = copy;
        }
        ServiceProcess service;
        const quint16 port = startProcess(service, m_database, 0, m_giftCardKey);
        QVERIFY(port != 0);
        const QString url = u"http://127.0.0.1:%1"_s.arg(port);

        Tablet tablet(tabletPath());
        QVERIFY(tablet.open());
        QVERIFY(tablet.enrol(url, code));
        QVERIFY(tablet.quiesce());

        KillWatcher watcher(m_database, service.pid());
        watcher.start();
        constexpr int count = 1200; // more than two batches
        for (int i = 0; i < count; ++i)
            QVERIFY(
                !tablet.note(i % 2 ? u"C00001"_s : u"C00003"_s, u"Batch %1"_s.arg(i)).isEmpty());
        const bool killed = QTest::qWaitFor([&] { return !service.isRunning(); }, 20000);
        watcher.stop();
        watcher.wait();
        QVERIFY2(killed, qPrintable(service.log()));
        const qint64 atKill = watcher.lastMutationAtKill();
        const qint64 committed = checkValue(u"SELECT last_mutation_id FROM clients"_s);
        qInfo() << "killed when" << atKill << "of" << count
                << "had committed; after the kill:" << committed;
        QVERIFY(atKill >= 1);
        QVERIFY2(committed < count, "the kill came after the whole queue was applied");
        // Batches commit whole: what the service holds is exactly what it had confirmed.
        QCOMPARE(checkValue(u"SELECT COUNT(*) FROM notes"_s), committed);
        Database::close(u"kill-check"_s);
        QCOMPARE(tablet.engine()->pendingCount(), count);

        // The tablet carries on offline until the service is back on the same address.
        QTRY_VERIFY_WITH_TIMEOUT(!tablet.engine()->isOnline(), 10000);
        QCOMPARE(startProcess(service, m_database, port, m_giftCardKey), port);
        QVERIFY(tablet.quiesce());
        QCOMPARE(checkValue(u"SELECT COUNT(*) FROM notes"_s), count);
        QCOMPARE(checkValue(u"SELECT COUNT(DISTINCT body) FROM notes"_s), count);
        QCOMPARE(checkValue(u"SELECT last_mutation_id FROM clients"_s), count);
        QCOMPARE(checkValue(u"SELECT COUNT(*) FROM mutation_results"_s), 0);
        QCOMPARE(tablet.snapshot(), snapshot(check(), true));
        service.stop();
    }
};

QTEST_MAIN(TestServerKill)
#include "tst_serverkill.moc"
