// SPDX-License-Identifier: MIT
// The local store's file: schema creation, upgrades from every older version, a database from a
// newer app, and damaged or unreadable files (kept for support, never deleted).
#include "catalogrepository.h"
#include "customerrepository.h"
#include "database.h"
#include "localstore.h"
#include "phonenumbers.h"
#include "schema.h"
#include "testdata.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

/** Tables an app of this version creates besides the replicated entities' tables. */
const QStringList clientOnlyTables = {u"schema_migrations"_s,
                                      u"customer_search"_s,
                                      u"customer_search_keys"_s,
                                      u"outbox"_s,
                                      u"sync_shadow"_s,
                                      u"sync_state"_s,
                                      u"settings"_s,
                                      u"signin_attempts"_s};

/** Ordinary tables holding data (no FTS shadow tables, no SQLite internals). */
QStringList dataTables(const QSqlDatabase &db)
{
    QStringList virtualTables;
    QSqlQuery query(db);
    query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE "
               "VIRTUAL%'"_s);
    while (query.next())
        virtualTables << query.value(0).toString();
    QStringList tables;
    query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (name.startsWith(u"sqlite_"_s) || name == u"schema_migrations"_s
            || virtualTables.contains(name))
            continue;
        const bool shadow
            = std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                          [&](const QString &v) { return name.startsWith(v + u'_'); });
        if (!shadow)
            tables << name;
    }
    return tables;
}

/** A row with a value in every column, distinct per table, as SQLite will return it. */
QVariantMap sampleRow(const QSqlDatabase &db, const QString &table, int version)
{
    QVariantMap row;
    QSqlQuery info(db);
    info.exec(u"PRAGMA table_info("_s + table + u')');
    int column = 0;
    while (info.next()) {
        const QString name = info.value(u"name"_s).toString();
        const QString type = info.value(u"type"_s).toString().toUpper();
        ++column;
        if (type.contains(u"INT"_s))
            row.insert(name, qint64(version) * 1000 + column);
        else if (type.contains(u"DOUB"_s) || type.contains(u"REAL"_s))
            row.insert(name, version + column / 8.0);
        else
            row.insert(name, u"Value%1c%2"_s.arg(version).arg(column));
    }
    return row;
}

bool insertRow(const QSqlDatabase &db, const QString &table, const QVariantMap &row)
{
    const QStringList columns = row.keys();
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s)
                        + u") VALUES ("_s + QStringList(columns.size(), u"?"_s).join(u", "_s)
                        + u')'))
        return false;
    for (const QString &column : columns)
        insert.addBindValue(row.value(column));
    return insert.exec();
}

/** Whether a row with these values (in the columns that still exist) is in the table. */
bool containsRow(const QSqlDatabase &db, const QString &table, const QVariantMap &row)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT * FROM "_s + table))
        return false;
    while (query.next()) {
        const QSqlRecord record = query.record();
        bool same = true;
        for (auto it = row.cbegin(); it != row.cend() && same; ++it) {
            const int index = record.indexOf(it.key());
            if (index >= 0)
                same = query.value(index).toString() == it.value().toString();
        }
        if (same)
            return true;
    }
    return false;
}

/** A real local database with some customers, closed, as bytes. */
QByteArray populatedDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"source.sqlite"_s);
    {
        LocalStore store(nullptr);
        if (!store.open(path))
            return {};
        TestData::Seeder seed(store.database());
        SqlTransaction transaction(store.database());
        for (int i = 0; i < 300; ++i)
            seed.customer(u"c%1"_s.arg(i), u"Ana"_s, u"García %1"_s.arg(i),
                          u"ana%1@example.com"_s.arg(i),
                          u"+34 600 00%1"_s.arg(qint64(i), 4, 10, QChar(u'0')));
        transaction.commit();
    }
    return readAll(path);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void freshDatabaseHasNewestSchema();
    void migrateIsIdempotent();
    void upgradeFromEveryOlderVersion_data();
    void upgradeFromEveryOlderVersion();
    void failedMigrationChangesNothing();
    void sharedOrderNumbersAreRenumbered();
    void phonesReadAgainOnUpgrade();
    void catalogueIndexedOnUpgrade();
    void newerDatabaseIsRefused();
    void damagedFile_data();
    void damagedFile();
    void damagedFileWithWalIsKeptWhole();
    void walLeftByCrashIsRecovered();
    void unreadableFile();
    void emptyFileBecomesFreshDatabase();
};

void TestMigrations::initTestCase()
{
    TestData::initEnvironment();
    QVERIFY(!Schema::clientMigrations().isEmpty());
}

void TestMigrations::freshDatabaseHasNewestSchema()
{
    TestData::LocalStoreFixture fixture;
    QVERIFY(fixture.isReady());
    QVERIFY(fixture.store()->errorString().isEmpty());
    QVERIFY(!fixture.store()->canRebuild());
    const QSqlDatabase db = fixture.db();
    QCOMPARE(Database::schemaVersion(db), Schema::clientSchemaVersion());
    QCOMPARE(TestData::rowCount(db, u"schema_migrations"_s),
             int(Schema::clientMigrations().size()));

    const QStringList tables = db.tables();
    for (const Entity &entity : Entities::all()) {
        QVERIFY2(tables.contains(entity.table), qPrintable(entity.table));
        const QSqlRecord record = db.record(entity.table);
        for (const QString &key : entity.keyColumns)
            QVERIFY2(record.contains(key), qPrintable(entity.table + u'.' + key));
    }
    for (const QString &table : clientOnlyTables)
        QVERIFY2(tables.contains(table), qPrintable(table));

    // The search index follows the customers table.
    for (const QString &trigger : {u"customers_search_insert"_s, u"customers_search_update"_s,
                                   u"customers_search_delete"_s}) {
        QCOMPARE(TestData::rowCount(db, u"sqlite_master"_s, u"type = 'trigger' AND name = ?"_s,
                                    {trigger}),
                 1);
    }
    QCOMPARE(Database::scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(Database::scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
}

void TestMigrations::migrateIsIdempotent()
{
    TestData::LocalStoreFixture fixture;
    QVERIFY(fixture.isReady());
    QString error;
    QVERIFY(Database::migrate(fixture.db(), Schema::clientMigrations(), &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(TestData::rowCount(fixture.db(), u"schema_migrations"_s),
             int(Schema::clientMigrations().size()));

    // Reopening an up-to-date database is an ordinary start.
    const QString path = fixture.path();
    fixture.store()->close();
    QVERIFY(fixture.store()->open(path));
    QCOMPARE(Database::schemaVersion(fixture.db()), Schema::clientSchemaVersion());
}

void TestMigrations::upgradeFromEveryOlderVersion_data()
{
    QTest::addColumn<int>("fromVersion");
    QTest::newRow("empty file") << 0;
    // Every version a released app may have left on a tablet, including the newest (an ordinary
    // restart). New migrations are covered as soon as they are added to the list.
    for (const Migration &migration : Schema::clientMigrations())
        QTest::addRow("from version %d", migration.version) << migration.version;
}

void TestMigrations::upgradeFromEveryOlderVersion()
{
    QFETCH(int, fromVersion);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"old.sqlite"_s);

    // The database as an older app left it, with a row in every table it had.
    QHash<QString, QVariantMap> written;
    {
        QString error;
        const QString connection = u"old-app"_s;
        {
            QSqlDatabase db = Database::openSqlite(path, connection, &error);
            QVERIFY2(db.isOpen(), qPrintable(error));
            QVERIFY2(Database::migrateTo(db, Schema::clientMigrations(), fromVersion, &error),
                     qPrintable(error));
            QCOMPARE(Database::schemaVersion(db), fromVersion);
            for (const QString &table : dataTables(db)) {
                QVariantMap row = sampleRow(db, table, fromVersion);
                // A customer in use (not merged away, not erased), whom search lists.
                if (row.contains(u"merged_into"_s))
                    row.insert(u"merged_into"_s, QString(u""_s));
                if (row.contains(u"erased_at"_s))
                    row.insert(u"erased_at"_s, 0);
                QVERIFY2(insertRow(db, table, row), qPrintable(table));
                written.insert(table, row);
            }
            if (fromVersion > 0)
                QVERIFY(!written.isEmpty());
        }
        Database::close(connection);
    }

    // This app opens it: every migration after fromVersion runs and no row is lost.
    LocalStore store(nullptr);
    QSignalSpy stateChanged(&store, &LocalStore::stateChanged);
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QVERIFY(store.isReady());
    QCOMPARE(stateChanged.count(), 1);
    const QSqlDatabase db = store.database();
    QCOMPARE(Database::schemaVersion(db), Schema::clientSchemaVersion());
    for (const Entity &entity : Entities::all())
        QVERIFY2(db.tables().contains(entity.table), qPrintable(entity.table));
    // The migration that put email addresses in one spelling changed that column on purpose.
    int emailMigration = 0;
    for (const Migration &migration : Schema::clientMigrations()) {
        if (emailMigration == 0 && migration.description.contains(u"email"_s))
            emailMigration = migration.version;
    }
    QVERIFY(emailMigration > 0);
    int phoneMigration = 0;
    for (const Migration &migration : Schema::clientMigrations()) {
        if (phoneMigration == 0 && migration.description.contains(u"libphonenumber"_s))
            phoneMigration = migration.version;
    }
    QVERIFY(phoneMigration > 0);
    if (fromVersion < emailMigration && written.contains(u"customers"_s)) {
        QVariantMap &customer = written[u"customers"_s];
        customer.insert(u"email"_s, customer.value(u"email"_s).toString().toLower());
    }
    // So did the one that read phone numbers again (the sample's home store is unknown).
    if (fromVersion < phoneMigration && written.contains(u"customers"_s)) {
        QVariantMap &customer = written[u"customers"_s];
        customer.insert(u"phone_search"_s,
                        PhoneNumbers::searchTokens(customer.value(u"phone"_s).toString(), {}));
    }
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        if (it.key() == u"gift_cards"_s && fromVersion < 7) {
            // Emptied on purpose by migration 7: tablets keep no gift cards (docs/security.md).
            QCOMPARE(TestData::rowCount(db, it.key()), 0);
            continue;
        }
        QVERIFY2(containsRow(db, it.key(), it.value()), qPrintable(u"row lost in "_s + it.key()));
    }
    // A customer written by the old app is still found by search.
    if (written.contains(u"customers"_s)) {
        const QString firstName = written.value(u"customers"_s).value(u"first_name"_s).toString();
        const QList<QVariantMap> hits = CustomerRepository(db).search(firstName, 10, 0);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().value(u"customerId"_s), written.value(u"customers"_s).value(u"id"_s));
    }
}

namespace {

/** A database left by the app just before the migration described so, open on connection. */
QSqlDatabase databaseBefore(const QString &path, const QString &connection, const QString &what)
{
    int before = 0;
    for (const Migration &migration : Schema::clientMigrations()) {
        if (before == 0 && migration.description.contains(what))
            before = migration.version - 1;
    }
    QString error;
    QSqlDatabase db = Database::openSqlite(path, connection, &error);
    if (before <= 0 || !Database::migrateTo(db, Schema::clientMigrations(), before, &error))
        db.close();
    return db;
}

} // namespace

// Issue 19, finding 9: orders that share a number on the tablet keep their rows; the oldest
// keeps the number, the others take their id's first characters as a suffix (the service's
// own "-2", "-3" replace it at the next pull), then no two orders can share a number.
void TestMigrations::sharedOrderNumbersAreRenumbered()
{
    int target = 0;
    for (const Migration &migration : Schema::clientMigrations()) {
        if (migration.description.contains(u"order numbers unique"_s))
            break;
        target = migration.version;
    }
    QVERIFY(target > 0);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"orders.sqlite"_s);
    {
        QString error;
        const QString connection = u"old-app"_s;
        {
            QSqlDatabase db = Database::openSqlite(path, connection, &error);
            QVERIFY2(db.isOpen(), qPrintable(error));
            QVERIFY2(Database::migrateTo(db, Schema::clientMigrations(), target, &error),
                     qPrintable(error));
            QVERIFY(Database::exec(
                db,
                u"INSERT INTO orders (id, number, channel, status, currency, created_at)"
                " VALUES ('late-order', 'MAD-261125-AAAAA', 'store', 'placed', 'EUR', 3000),"
                " ('first-order', 'MAD-261125-AAAAA', 'store', 'placed', 'EUR', 1000),"
                " ('mid-order', 'MAD-261125-AAAAA', 'store', 'placed', 'EUR', 2000),"
                " ('alone', 'MAD-261125-BBBBB', 'store', 'placed', 'EUR', 1000),"
                " ('web-1', '', 'web', 'placed', 'EUR', 1000),"
                " ('web-2', '', 'web', 'placed', 'EUR', 1000)"_s));
        }
        Database::close(connection);
    }
    LocalStore store(nullptr);
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    const QSqlDatabase db = store.database();
    const auto numberOf = [&](const QString &id) {
        return Database::scalar(db, u"SELECT number FROM orders WHERE id = ?"_s, {id}).toString();
    };
    QCOMPARE(numberOf(u"first-order"_s), u"MAD-261125-AAAAA"_s);
    QCOMPARE(numberOf(u"mid-order"_s), u"MAD-261125-AAAAA-mid-orde"_s);
    QCOMPARE(numberOf(u"late-order"_s), u"MAD-261125-AAAAA-late-ord"_s);
    QCOMPARE(numberOf(u"alone"_s), u"MAD-261125-BBBBB"_s);
    QCOMPARE(TestData::rowCount(db, u"orders"_s), 6);
    QVERIFY(!Database::exec(db,
                            u"INSERT INTO orders (id, number, channel, status, currency,"
                            " created_at) VALUES ('new', 'MAD-261125-BBBBB', 'store', 'placed',"
                            " 'EUR', 0)"_s));
}


void TestMigrations::phonesReadAgainOnUpgrade()
{
    // Customers typed before numbers were read with libphonenumber: the Irish number typed
    // nationally in Dublin was indexed without its country code, the Madrid one likewise.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"phones.sqlite"_s);
    {
        QSqlDatabase db = databaseBefore(path, u"before-phones"_s, u"libphonenumber"_s);
        QVERIFY(db.isOpen());
        const QStringList statements = {
            u"INSERT INTO locations (id, kind, code, name, country, time_zone, currency) VALUES"
            " ('MAD', 'store', 'MAD', 'Madrid', 'ES', 'Europe/Madrid', 'EUR'),"
            " ('DUB', 'store', 'DUB', 'Dublin', 'IE', 'Europe/Dublin', 'EUR')"_s,
            u"INSERT INTO customers (id, first_name, last_name, phone, phone_search,"
            " home_location_id) VALUES"
            " ('c-ie', 'Aoife', 'Byrne', '087 123 4567', '0871234567 871234567', 'DUB'),"
            " ('c-es', 'Lucía', 'Gómez', '655 12 34 56', '655123456', 'MAD'),"
            " ('c-old', 'Pablo', 'Díaz', '12345', '12345', 'MAD')"_s,
        };
        for (const QString &statement : statements)
            QVERIFY(Database::exec(db, statement));
        db = {};
        Database::close(u"before-phones"_s);
    }
    LocalStore store(nullptr);
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    const QSqlDatabase db = store.database();
    const auto e164 = [&](const char *id) {
        return Database::scalar(db, u"SELECT phone_e164 FROM customers WHERE id = ?"_s,
                                {QString::fromLatin1(id)})
            .toString();
    };
    QCOMPARE(e164("c-ie"), u"+353871234567"_s);
    QCOMPARE(e164("c-es"), u"+34655123456"_s);
    // A number that cannot be read is kept as typed, without E.164, and still found.
    QCOMPARE(e164("c-old"), QString());
    QCOMPARE(Database::scalar(db, u"SELECT phone FROM customers WHERE id = 'c-old'"_s).toString(),
             u"12345"_s);
    const auto found = [&](const QString &typed) {
        QStringList ids;
        for (const QVariantMap &row : CustomerRepository(db).search(typed, 10, 0))
            ids << row.value(u"customerId"_s).toString();
        return ids;
    };
    QCOMPARE(found(u"+353 87 123 4567"_s), QStringList {u"c-ie"_s});
    QCOMPARE(found(u"0034 655 12 34 56"_s), QStringList {u"c-es"_s});
    QCOMPARE(found(u"087 123"_s), QStringList {u"c-ie"_s});
    QCOMPARE(found(u"12345"_s), QStringList {u"c-old"_s});
}

void TestMigrations::catalogueIndexedOnUpgrade()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"catalogue.sqlite"_s);
    {
        QSqlDatabase db = databaseBefore(path, u"before-catalogue"_s, u"catalogue search"_s);
        QVERIFY(db.isOpen());
        QVERIFY(Database::exec(db,
                               u"INSERT INTO styles (id, name, brand, category) VALUES"
                               " ('ST-PQ', 'Piqué Polo Shirt', 'Atlántica', 'tops')"_s));
        QVERIFY(Database::exec(db,
                               u"INSERT INTO products (sku, style_id, colour, price_minor,"
                               " currency) VALUES ('ST-PQ-1', 'ST-PQ', 'Écru', 4990, 'EUR')"_s));
        db = {};
        Database::close(u"before-catalogue"_s);
    }
    LocalStore store(nullptr);
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    for (const QString &typed : {u"pique"_s, u"atlantica"_s, u"ecru"_s, u"st-pq-1"_s}) {
        const QList<QVariantMap> rows
            = CatalogRepository(store.database()).searchStyles(typed, {}, 10, 0);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value(u"styleId"_s).toString(), u"ST-PQ"_s);
    }
}

void TestMigrations::failedMigrationChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"clash.sqlite"_s);
    {
        QString error;
        {
            QSqlDatabase db = Database::openSqlite(path, u"clash"_s, &error);
            QVERIFY(db.isOpen());
            // Something the first migration cannot create over.
            QVERIFY(Database::exec(db, u"CREATE TABLE customers (something TEXT)"_s));
        }
        Database::close(u"clash"_s);
    }
    LocalStore store(nullptr);
    QVERIFY(!store.open(path));
    QVERIFY(!store.isReady());
    QVERIFY2(store.errorString().contains(u"could not be updated"_s),
             qPrintable(store.errorString()));
    QVERIFY(store.canRebuild());

    // The migration ran in one transaction: none of its tables were left half-made.
    QString error;
    {
        QSqlDatabase db = Database::openSqlite(path, u"clash-check"_s, &error);
        QVERIFY(db.isOpen());
        QCOMPARE(Database::schemaVersion(db), 0);
        QVERIFY(!db.tables().contains(u"locations"_s));
        QVERIFY(!db.tables().contains(u"outbox"_s));
        QVERIFY(db.record(u"customers"_s).contains(u"something"_s));
    }
    Database::close(u"clash-check"_s);
}

void TestMigrations::newerDatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.sqlite"_s);
    const int future = Schema::clientSchemaVersion() + 1;
    {
        LocalStore writer(nullptr);
        QVERIFY(writer.open(path));
        TestData::Seeder seed(writer.database());
        QVERIFY(seed.customer(u"c1"_s, u"Ana"_s, u"García"_s));
        QVERIFY(Database::exec(writer.database(),
                               u"INSERT INTO schema_migrations (version, description, applied_at)"
                               " VALUES (%1, 'from a newer app', 0)"_s.arg(future)));
    }
    const QByteArray before = readAll(path);
    QVERIFY(!before.isEmpty());

    LocalStore store(nullptr);
    QSignalSpy stateChanged(&store, &LocalStore::stateChanged);
    QVERIFY(!store.open(path));
    QVERIFY(!store.isReady());
    QVERIFY(stateChanged.count() >= 1);
    QVERIFY2(store.errorString().contains(u"newer version"_s), qPrintable(store.errorString()));
    QVERIFY2(store.errorString().contains(u"Update the app"_s), qPrintable(store.errorString()));
    // Rebuilding would throw away data a newer app can still read.
    QVERIFY(!store.canRebuild());
    store.close();

    QCOMPARE(readAll(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s) || readAll(path + u"-wal"_s).isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).filter(u"damaged"_s), QStringList());

    QString error;
    {
        QSqlDatabase db = Database::openSqlite(path, u"future-check"_s, &error);
        QVERIFY(db.isOpen());
        QCOMPARE(Database::schemaVersion(db), future);
        QCOMPARE(TestData::rowCount(db, u"customers"_s), 1);
    }
    Database::close(u"future-check"_s);
}

void TestMigrations::damagedFile_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QRandomGenerator random(20261125);
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    QTest::newRow("random bytes") << noise;

    const QByteArray database = populatedDatabase();
    QVERIFY(database.size() > 8192);
    QVERIFY(database.startsWith("SQLite format 3"));
    QTest::newRow("truncated to half") << database.left(database.size() / 2);
    QTest::newRow("first page only") << database.left(4096);
    QTest::newRow("header then noise") << database.left(100) + noise;

    QTest::newRow("text file") << QByteArray("customer_id,name\nc1,Ana García\n");
}

void TestMigrations::damagedFile()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"clienteling.sqlite"_s);
    QVERIFY(writeAll(path, bytes));

    LocalStore store(nullptr);
    QSignalSpy stateChanged(&store, &LocalStore::stateChanged);
    QVERIFY(!store.open(path));
    QVERIFY(!store.isReady());
    QVERIFY(stateChanged.count() >= 1);
    QVERIFY2(store.errorString().contains(u"damaged"_s), qPrintable(store.errorString()));
    QVERIFY(store.canRebuild());
    QCOMPARE(store.path(), path);
    // Nothing is deleted or rewritten behind the associate's back.
    QCOMPARE(readAll(path), bytes);

    // Setting it aside keeps the exact bytes for support and starts a fresh database.
    QVERIFY2(store.moveAsideAndRebuild(), qPrintable(store.errorString()));
    const QString aside = path + u".damaged-20261125-090000"_s;
    QVERIFY(QFile::exists(aside));
    QCOMPARE(readAll(aside), bytes);
    QVERIFY(store.isReady());
    QVERIFY(store.errorString().isEmpty());
    QVERIFY(!store.canRebuild());
    QCOMPARE(Database::schemaVersion(store.database()), Schema::clientSchemaVersion());
    QCOMPARE(TestData::rowCount(store.database(), u"customers"_s), 0);
    QVERIFY(readAll(path).startsWith("SQLite format 3"));
}

void TestMigrations::damagedFileWithWalIsKeptWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"clienteling.sqlite"_s);
    const QByteArray bytes = QByteArray("not a database at all ").repeated(100);
    const QByteArray wal = QByteArray("a write-ahead log that goes with it").repeated(50);
    QVERIFY(writeAll(path, bytes));
    QVERIFY(writeAll(path + u"-wal"_s, wal));

    LocalStore store(nullptr);
    QVERIFY(!store.open(path));
    QVERIFY(store.canRebuild());
    QVERIFY(store.moveAsideAndRebuild());
    const QString aside = path + u".damaged-20261125-090000"_s;
    QCOMPARE(readAll(aside), bytes);
    QCOMPARE(readAll(aside + u"-wal"_s), wal);
    QVERIFY(store.isReady());
}

void TestMigrations::walLeftByCrashIsRecovered()
{
    // The app stopped (battery, crash) with committed changes still only in the -wal: the next
    // start finds them.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"clienteling.sqlite"_s);
    const QString crashed = dir.filePath(u"crashed.sqlite"_s);
    {
        LocalStore running(nullptr);
        QVERIFY(running.open(path));
        QVERIFY(Database::exec(running.database(), u"PRAGMA wal_autocheckpoint=0"_s));
        TestData::Seeder seed(running.database());
        for (int i = 0; i < 20; ++i)
            QVERIFY(seed.customer(u"c%1"_s.arg(i), u"Ana"_s, u"García"_s));
        QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);
        // A copy taken while the connection is open is what a crash leaves behind.
        QVERIFY(QFile::copy(path, crashed));
        QVERIFY(QFile::copy(path + u"-wal"_s, crashed + u"-wal"_s));
    }
    LocalStore store(nullptr);
    QVERIFY2(store.open(crashed), qPrintable(store.errorString()));
    QCOMPARE(TestData::rowCount(store.database(), u"customers"_s), 20);
}

void TestMigrations::unreadableFile()
{
    if (::geteuid() == 0)
        QSKIP("Running as root: file permissions do not apply");
    TestData::LocalStoreFixture fixture;
    QVERIFY(fixture.isReady());
    const QString path = fixture.path();
    fixture.store()->close();
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    const QByteArray expectedSize = QByteArray::number(QFileInfo(path).size());

    QVERIFY(!fixture.store()->open(path));
    QVERIFY2(fixture.store()->errorString().contains(u"cannot be read"_s),
             qPrintable(fixture.store()->errorString()));
    // Moving a file aside would not help: its permissions are for IT to fix.
    QVERIFY(!fixture.store()->canRebuild());
    QVERIFY(QFile::exists(path));
    QCOMPARE(QByteArray::number(QFileInfo(path).size()), expectedSize);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void TestMigrations::emptyFileBecomesFreshDatabase()
{
    // A zero-byte file is what an interrupted first start leaves: SQLite sees an empty database.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"clienteling.sqlite"_s);
    QVERIFY(writeAll(path, {}));
    LocalStore store(nullptr);
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(Database::schemaVersion(store.database()), Schema::clientSchemaVersion());
}

QTEST_MAIN(TestMigrations)
#include "tst_migrations.moc"
