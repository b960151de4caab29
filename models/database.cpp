// SPDX-License-Identifier: MIT
#include "database.h"
#include "logging.h"
#include "searchtext.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Database {

static bool applySqlitePragmas(const QSqlDatabase &db, QString *error)
{
    // WAL lets readers (search as you type) run beside the sync writer; NORMAL is durable
    // against application crashes, which is what an associate's tablet sees.
    const QStringList pragmas = {u"PRAGMA journal_mode=WAL"_s,  u"PRAGMA synchronous=NORMAL"_s,
                                 u"PRAGMA foreign_keys=ON"_s,   u"PRAGMA busy_timeout=5000"_s,
                                 u"PRAGMA temp_store=MEMORY"_s, u"PRAGMA cache_size=-16000"_s};
    for (const QString &pragma : pragmas) {
        if (!exec(db, pragma, error))
            return false;
    }
    // The tablet's search triggers call these on every write of a customer.
    if (!SearchText::installSqlFunctions(db))
        qCWarning(lcDb) << "cannot add the search functions: customers cannot be written";
    return true;
}

QSqlDatabase openSqlite(const QString &path, const QString &connectionName, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(path);
    if (path != u":memory:"_s) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFileInfo info(path);
        if (info.exists() && !info.isReadable()) {
            if (error)
                *error
                    = QObject::tr("The database file %1 cannot be read (permissions).").arg(path);
            return db;
        }
        // Check an existing file on a read-only connection first: closing a read-write
        // connection to a damaged file lets SQLite delete or checkpoint its -wal, which is part
        // of what the damaged database holds (changes not yet synced).
        if (info.exists() && info.size() > 0) {
            const QString probeName = connectionName + u"-probe"_s;
            QString probeError;
            {
                QSqlDatabase probeDb = QSqlDatabase::addDatabase(u"QSQLITE"_s, probeName);
                probeDb.setDatabaseName(path);
                probeDb.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
                if (probeDb.open()) {
                    QSqlQuery probe(probeDb);
                    if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s) || !probe.next())
                        probeError = probe.lastError().text();
                } else {
                    probeError = probeDb.lastError().text();
                }
                probeDb.close();
            }
            QSqlDatabase::removeDatabase(probeName);
            if (!probeError.isEmpty()) {
                if (error)
                    *error = probeError;
                qCWarning(lcDb) << "not a usable database" << path << probeError;
                return db;
            }
        }
    }
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        qCWarning(lcDb) << "cannot open" << path << db.lastError().text();
        return db;
    }
    // Reading the schema is what detects a file that is not a database (SQLITE_NOTADB):
    // open() alone succeeds on any file.
    QSqlQuery probe(db);
    if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s) || !probe.next()) {
        if (error)
            *error = probe.lastError().text();
        qCWarning(lcDb) << "not a usable database" << path << probe.lastError().text();
        probe.finish();
        db.close();
        return db;
    }
    probe.finish();
    if (!applySqlitePragmas(db, error)) {
        db.close();
        return db;
    }
    return db;
}

QSqlDatabase openPostgres(const QString &urlText, const QString &connectionName, QString *error)
{
    const QUrl url(urlText);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    if (!url.isValid() || (url.scheme() != u"postgresql"_s && url.scheme() != u"postgres"_s)) {
        if (error)
            *error = QObject::tr("Not a PostgreSQL URL: %1").arg(urlText);
        return db;
    }
    db.setHostName(url.host().isEmpty() ? u"localhost"_s : url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems())
        options << item.first + u'=' + item.second;
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        qCWarning(lcDb) << "cannot open PostgreSQL" << url.host() << db.lastError().text();
    }
    return db;
}

QSqlDatabase cloneConnection(const QSqlDatabase &source, const QString &connectionName,
                             QString *error)
{
    QSqlDatabase db = QSqlDatabase::cloneDatabase(source, connectionName);
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return db;
    }
    if (dialectOf(db) == SqlDialect::Sqlite && !applySqlitePragmas(db, error))
        db.close();
    return db;
}

void close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

SqlDialect dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL"_s ? SqlDialect::Postgres : SqlDialect::Sqlite;
}

bool exec(QSqlQuery &query)
{
    // A QString that was never set (a missing JSON field, a default argument) would bind as
    // SQL NULL; our text columns mean "empty" by it. A deliberately null QVariant stays NULL.
    const QVariantList values = query.boundValues();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(int(i), QString(u""_s));
    }
    if (query.exec())
        return true;
    qCWarning(lcDb).noquote() << "query failed:" << query.lastError().text() << "in"
                              << query.lastQuery().left(200);
    return false;
}

bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    qCWarning(lcDb).noquote() << "statement failed:" << query.lastError().text() << "in"
                              << sql.left(200);
    return false;
}

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        qCWarning(lcDb).noquote() << "prepare failed:" << query.lastError().text() << "in"
                                  << sql.left(200);
    return query;
}

QList<QVariantMap> rows(QSqlQuery &query)
{
    QList<QVariantMap> list;
    if (!exec(query))
        return list;
    const QSqlRecord record = query.record();
    while (query.next()) {
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), query.value(i));
        list << row;
    }
    return list;
}

QList<QVariantMap> rows(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = prepare(db, sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return rows(query);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = prepare(db, sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!exec(query) || !query.next())
        return {};
    return query.value(0);
}

int schemaVersion(const QSqlDatabase &db)
{
    if (!db.tables().contains(u"schema_migrations"_s))
        return 0;
    return scalar(db, u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s).toInt();
}

bool migrateTo(const QSqlDatabase &db, const QList<Migration> &migrations, int targetVersion,
               QString *error)
{
    if (!exec(db,
              u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
              "description TEXT NOT NULL, applied_at BIGINT NOT NULL)"_s,
              error))
        return false;
    const int current = schemaVersion(db);
    const int newest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (current > newest) {
        if (error)
            *error = QObject::tr("The database was written by a newer version of Clienteling "
                                 "(schema %1, this app knows %2). Update the app.")
                         .arg(current)
                         .arg(newest);
        return false;
    }
    for (const Migration &migration : migrations) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        SqlTransaction transaction(db);
        if (!transaction.isActive()) {
            if (error)
                *error = QObject::tr("Cannot start a transaction for migration %1.")
                             .arg(migration.version);
            return false;
        }
        for (const QString &statement : migration.statements) {
            QString statementError;
            if (!exec(db, statement, &statementError)) {
                if (error)
                    *error = QObject::tr("Migration %1 (%2) failed: %3")
                                 .arg(migration.version)
                                 .arg(migration.description, statementError);
                return false;
            }
        }
        if (migration.afterStatements) {
            QString stepError;
            if (!migration.afterStatements(db, &stepError)) {
                if (error)
                    *error = QObject::tr("Migration %1 (%2) failed: %3")
                                 .arg(migration.version)
                                 .arg(migration.description, stepError);
                return false;
            }
        }
        QSqlQuery record = prepare(db,
                                   u"INSERT INTO schema_migrations (version, description, "
                                   "applied_at) VALUES (?, ?, ?)"_s);
        record.addBindValue(migration.version);
        record.addBindValue(migration.description);
        record.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!exec(record) || !transaction.commit()) {
            if (error)
                *error = QObject::tr("Migration %1 could not be recorded.").arg(migration.version);
            return false;
        }
        qCInfo(lcDb) << "applied migration" << migration.version << migration.description;
    }
    return true;
}

bool migrate(const QSqlDatabase &db, const QList<Migration> &migrations, QString *error)
{
    return migrateTo(db, migrations, std::numeric_limits<int>::max(), error);
}

} // namespace Database

SqlTransaction::SqlTransaction(const QSqlDatabase &db, Mode mode)
    : m_db(db)
{
    const bool immediate = mode == Mode::Immediate && Database::dialectOf(db) == SqlDialect::Sqlite;
    m_active = Database::exec(m_db, immediate ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
}

SqlTransaction::~SqlTransaction()
{
    if (m_active)
        rollback();
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    if (!Database::exec(m_db, u"COMMIT"_s)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void SqlTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    Database::exec(m_db, u"ROLLBACK"_s);
}
