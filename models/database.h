// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <functional>

/** SQL dialects the project runs on: the embedded SQLite default and PostgreSQL. */
enum class SqlDialect { Sqlite, Postgres };

/** One schema step. Statements run in one transaction with the version bump. */
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
    /** Optional: work SQL cannot do (reading each row with a library), run after the
        statements in the same transaction; false fails the migration. */
    std::function<bool(const QSqlDatabase &db, QString *error)> afterStatements = {};
};

/** Opening databases, running statements with logged errors, migrations. */
namespace Database {

/** Opens (creating if missing) an SQLite file in WAL mode on a named connection. */
QSqlDatabase openSqlite(const QString &path, const QString &connectionName, QString *error);
/** Opens PostgreSQL from a URL like postgresql://user:pass@host:port/dbname. */
QSqlDatabase openPostgres(const QString &url, const QString &connectionName, QString *error);
/** Opens a second connection to the same database as an existing one (for another thread). */
QSqlDatabase cloneConnection(const QSqlDatabase &db, const QString &connectionName, QString *error);
void close(const QString &connectionName);

SqlDialect dialectOf(const QSqlDatabase &db);

/** Runs a prepared query; logs and returns false on failure. */
bool exec(QSqlQuery &query);
/** Runs one statement without bound values. */
bool exec(const QSqlDatabase &db, const QString &sql, QString *error = nullptr);
/** Prepares a statement; logs on failure. */
QSqlQuery prepare(const QSqlDatabase &db, const QString &sql);
/** Runs a prepared query and returns every row as column name -> value (empty on error). */
QList<QVariantMap> rows(QSqlQuery &query);
/** Runs a statement with values and returns every row as column name -> value. */
QList<QVariantMap> rows(const QSqlDatabase &db, const QString &sql,
                        const QVariantList &values = {});
/** First column of the first row, or an invalid QVariant. */
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

/** Current schema version (0 for an empty database). */
int schemaVersion(const QSqlDatabase &db);
/** Applies every migration newer than the database, each in its own transaction. */
bool migrate(const QSqlDatabase &db, const QList<Migration> &migrations, QString *error);
/** Applies migrations only up to (and including) targetVersion; for tests of old versions. */
bool migrateTo(const QSqlDatabase &db, const QList<Migration> &migrations, int targetVersion,
               QString *error);

} // namespace Database

/** RAII transaction: rolls back unless commit() succeeded. */
class SqlTransaction
{
public:
    enum class Mode { Deferred, Immediate };
    explicit SqlTransaction(const QSqlDatabase &db, Mode mode = Mode::Immediate);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};
