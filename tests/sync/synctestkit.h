// SPDX-License-Identifier: MIT
#pragma once
// Shared pieces of the sync tests: a tablet (local store, network, sync engine) that can be
// "killed" and reopened on the same file, enrolment, waiting for quiet, and comparing what a
// tablet holds with what the central service holds for its store.

#include "faultproxy.h"
#include "localstore.h"
#include "serverfixture.h"
#include "syncengine.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace SyncTest {

using namespace Qt::Literals::StringLiterals;

/** The service's answer time we treat as lost: the tablets' transfer timeout in these tests. */
constexpr int transferTimeoutMs = 1500;

/** Runs the event loop until everything posted before this call has run (a card request that
    leaves from the event loop, the recovery a terminal starts with): a zero-delay timer set
    now fires after them. Then "it did not happen" no longer means "not yet". */
inline bool runPostedEvents(int timeoutMs = 5000)
{
    QObject context;
    bool ran = false;
    QTimer::singleShot(0, &context, [&ran] { ran = true; });
    return QTest::qWaitFor([&ran] { return ran; }, timeoutMs);
}

/** The rows of Madrid's scope that mutations touch, one text line per row, sorted. The same
    query runs on the service (restricted to Madrid's customers) and on a tablet. */
inline QStringList snapshot(const QSqlDatabase &db, bool service)
{
    const QString mine = service ? u" WHERE customer_id IN (SELECT id FROM customers"
                                   " WHERE home_location_id = 'MAD')"_s
                                 : QString();
    const QStringList queries = {
        u"SELECT 'customer', id, first_name, last_name, version FROM customers"_s
            + (service ? u" WHERE home_location_id = 'MAD'"_s : QString()),
        u"SELECT 'preference', customer_id, key, value, version FROM customer_preferences"_s + mine,
        u"SELECT 'note', id, customer_id, body, version FROM notes"_s + mine,
        u"SELECT 'wishlist', customer_id, sku, added_at FROM wishlist_items"_s + mine,
        u"SELECT 'cart', id, customer_id, sku, quantity FROM cart_lines"_s + mine,
    };
    QStringList lines;
    for (const QString &sql : queries) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            lines << u"error: "_s + sql;
            continue;
        }
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields << query.value(i).toString();
            lines << fields.join(u'|');
        }
    }
    lines.sort();
    return lines;
}

/** A tablet: its database file survives close(), like the app's across a crash. */
class Tablet
{
public:
    explicit Tablet(QString path, QString associateId = u"S1"_s)
        : m_path(std::move(path))
        , m_associateId(std::move(associateId))
    { }
    ~Tablet() { close(); }

    /** network: what the engine talks through instead of a network of its own (a
        FakeNetwork, which the caller keeps). */
    bool open(QNetworkAccessManager *network = nullptr)
    {
        m_ownNetwork = network ? nullptr : std::make_unique<QNetworkAccessManager>();
        m_network = network ? network : m_ownNetwork.get();
        m_network->setTransferTimeout(transferTimeoutMs);
        m_store = std::make_unique<LocalStore>(nullptr);
        if (!m_store->open(m_path))
            return false;
        m_store->setActor(m_associateId, u"Staff"_s);
        m_engine = std::make_unique<SyncEngine>(m_store.get(), m_network);
        m_engine->setRetryPolicy(20, 200);
        m_engine->setPollInterval(60000);
        return true;
    }

    /** Everything goes at once, as when the app is killed: replies in flight are abandoned. */
    void close()
    {
        m_engine.reset();
        m_ownNetwork.reset();
        m_network = nullptr;
        m_store.reset();
    }

    bool enrol(const QString &url, const QString &code)
    {
        QSignalSpy finished(m_engine.get(), &SyncEngine::enrolmentFinished);
        m_engine->enrol(url, code);
        if (!finished.wait(10000))
            return false;
        return finished.first().first().toBool();
    }

    /** Syncs until a whole cycle ran after this call and nothing is left to upload. */
    bool quiesce(int timeoutMs = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            const int left = int(timeoutMs - timer.elapsed());
            if (!QTest::qWaitFor([this] { return !m_engine->isSyncing(); }, left))
                return false;
            QSignalSpy synced(m_engine.get(), &SyncEngine::synced);
            m_engine->syncNow();
            if (synced.wait(qMax(1, int(timeoutMs - timer.elapsed())))
                && m_engine->pendingCount() == 0 && !m_engine->isSyncing())
                return true;
        }
        return false;
    }

    bool submit(const QString &name, const QJsonObject &args)
    {
        const MutationResult result = m_store->submit(name, args);
        if (!result.applied)
            qWarning() << "local mutation refused:" << name << result.code << result.message;
        return result.applied;
    }
    /** Adds a note and returns its id. */
    QString note(const QString &customerId, const QString &body)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        return submit(u"note.add"_s,
                      {{u"id"_s, id}, {u"customerId"_s, customerId}, {u"body"_s, body}})
            ? id
            : QString();
    }
    bool setPreference(const QString &customerId, const QString &key, const QString &value)
    {
        const qint64 base = scalar(u"SELECT version FROM customer_preferences WHERE"
                                   " customer_id = ? AND key = ?"_s,
                                   {customerId, key})
                                .toLongLong();
        return submit(u"customer.setPreference"_s,
                      {{u"customerId"_s, customerId},
                       {u"key"_s, key},
                       {u"value"_s, value},
                       {u"baseVersion"_s, base}});
    }

    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        return Database::scalar(m_store->database(), sql, values);
    }
    QStringList snapshot() const { return SyncTest::snapshot(m_store->database(), false); }

    LocalStore *store() const { return m_store.get(); }
    SyncEngine *engine() const { return m_engine.get(); }
    QNetworkAccessManager *network() const { return m_network; }
    const QString &path() const { return m_path; }

private:
    QString m_path;
    QString m_associateId;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
};

/** A one-time code for a Madrid associate tablet (or another store's). */
inline QString enrolmentCode(TestServer::Instance &server, const QString &location = u"MAD"_s)
{
    QString error;
    const auto code
        = Devices(server.database())
              .createEnrolmentCode(location, u"associate"_s, u"test"_s, 3600000, &error);
    if (!code)
        qWarning() << "no enrolment code:" << error;
    return code.value_or(QString());
}

/** A service configuration for tests: no rate limit in the way of fast retries. */
inline ServerConfig testConfig()
{
    ServerConfig config;
    config.ratePerDevice = 100000;
    return config;
}

/** What every sync test works with: a service with its own database, a proxy in front of it,
    and a folder for the tablets' files; SyncFixture below sets it up per test function. */
class SyncTestCase : public QObject
{
protected:
    std::unique_ptr<TestServer::Instance> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<QTemporaryDir> m_dir;

    static void quietLogs()
    {
        QLoggingCategory::setFilterRules(u"clienteling.http.info=false\n"
                                         "clienteling.sync.info=false\n"
                                         "clienteling.server.info=false\n"
                                         "clienteling.db.info=false"_s);
    }
    bool startFixture(const QString &backend, const ServerConfig &config = testConfig())
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestServer::Instance>();
        m_proxy = std::make_unique<FaultProxy>();
        if (!m_dir->isValid() || !m_server->start(backend, config) || !m_proxy->listen())
            return false;
        m_proxy->setUpstreamPort(m_server->port());
        return true;
    }
    void stopFixture()
    {
        m_proxy.reset();
        if (m_server) {
            m_server->stop();
            m_server->dropDatabase();
            m_server.reset();
        }
        m_dir.reset();
    }

    QVariant serverValue(const QString &sql, const QVariantList &values = {})
    {
        return Database::scalar(m_server->database(), sql, values);
    }
    int serverCount(const QString &sql, const QVariantList &values = {})
    {
        return serverValue(sql, values).toInt();
    }
    QStringList serverSnapshot() { return snapshot(m_server->database(), true); }
    QString tabletPath(const QString &name = QStringLiteral("tablet")) const
    {
        return m_dir->filePath(name + u".db"_s);
    }
    /** Opens a tablet, enrols it at Madrid (through the proxy unless told otherwise) and
        waits for its first sync. */
    bool enrolled(Tablet &tablet, const QString &url = {})
    {
        return tablet.open()
            && tablet.enrol(url.isEmpty() ? m_proxy->url() : url, enrolmentCode(*m_server))
            && tablet.quiesce();
    }
};

/**
 * The one set-up of the sync suites that run on every backend: each test function runs once on
 * SQLite and once on PostgreSQL (when scripts/with-postgres.sh provides one; required when
 * CLIENTELING_REQUIRE_PG=1), against a fresh service on its own database behind a fault proxy,
 * with a fresh folder for the tablets. Tablets come from enrolled(): opened, enrolled at
 * Madrid, first sync done.
 *
 * A suite with more to set up declares its own initTestCase(), init() or cleanup() slot (Qt
 * Test calls the most derived one) and calls setUpSuite(), startService() or stopService().
 */
class SyncFixture : public SyncTestCase
{
    Q_OBJECT

protected:
    /** Test mode for standard paths, and the sync, service and database logs quiet. */
    static void setUpSuite()
    {
        QStandardPaths::setTestModeEnabled(true);
        quietLogs();
    }
    /** The service for this row's backend; false (with a warning) when CI requires
        PostgreSQL and none was given. */
    bool startService(const ServerConfig &config = testConfig())
    {
        if (TestServer::postgresRequiredButMissing()) {
            qWarning("CLIENTELING_REQUIRE_PG=1 but no PostgreSQL URL");
            return false;
        }
        return startFixture(backend(), config);
    }
    /** A fresh service with another configuration (and fresh tablets' folder). */
    bool restartService(const ServerConfig &config)
    {
        stopFixture();
        return startService(config);
    }
    void stopService() { stopFixture(); }
    /** The backend of the current global data row: sqlite or postgres. */
    static QString backend()
    {
        QFETCH_GLOBAL(QString, backend);
        return backend;
    }

private slots:
    void initTestCase() { setUpSuite(); }
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &name : TestServer::backends())
            QTest::newRow(qPrintable(name)) << name;
    }
    void init()
    {
        QVERIFY2(!TestServer::postgresRequiredButMissing(),
                 "CLIENTELING_REQUIRE_PG=1 but no PostgreSQL URL");
        QVERIFY(startService());
    }
    void cleanup() { stopService(); }
};

} // namespace SyncTest
