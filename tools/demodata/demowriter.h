// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Demo {

class Writer;

/**
 * One table's INSERT: values are given column by column with <<, end() writes the row. On
 * SQLite the values go straight into a prepared sqlite3 statement; elsewhere rows are batched
 * into multi-row INSERTs run through QSqlQuery.
 */
class TableWriter
{
public:
    TableWriter(const TableWriter &) = delete;
    TableWriter &operator=(const TableWriter &) = delete;
    ~TableWriter();

    TableWriter &operator<<(std::string_view text);
    TableWriter &operator<<(const char *text) { return *this << std::string_view(text); }
    TableWriter &operator<<(const std::string &text) { return *this << std::string_view(text); }
    TableWriter &operator<<(qint64 value);
    TableWriter &operator<<(int value) { return *this << qint64(value); }
    TableWriter &operator<<(double value);
    /** Inserts the row whose values were just given. */
    void end();

private:
    friend class Writer;
    TableWriter(Writer *writer, const char *table, std::initializer_list<const char *> columns);
    bool prepare();
    bool flush();
    QString insertSql(int rows) const;

    Writer *m_writer;
    QString m_table;
    QStringList m_columns;
    int m_column = 0;
    sqlite3_stmt *m_stmt = nullptr;
    std::vector<std::string> m_texts; // per column, bound without a copy
    // The portable path: pending rows, flushed by batchRows.
    QVariantList m_pending;
    int m_pendingRows = 0;
    int m_batchRows = 1;
    std::unique_ptr<QSqlQuery> m_batch;
};

/** Bulk writing for the demo generator: tables, transactions, a row count, the first error. */
class Writer
{
public:
    /** allowNative: use the sqlite3 API when the database is SQLite. */
    explicit Writer(const QSqlDatabase &db, bool allowNative = true);
    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    /** True when the database is SQLite reached through the native API. */
    bool isNativeSqlite() const { return m_sqlite != nullptr; }
    bool isPostgres() const;

    /** An INSERT into table; the object lives as long as the writer. */
    TableWriter &table(const char *name, std::initializer_list<const char *> columns);

    bool begin();
    /** Writes pending rows and commits. */
    bool commit();
    /** Commits and begins again once everyRows rows were written since the last commit. */
    bool commitEvery(qint64 everyRows);
    /** Runs one statement without values (pragmas, ANALYZE). */
    bool exec(const QString &sql);
    /** First column of the first row of a statement, as text ("" on failure). */
    QString queryText(const QString &sql);

    bool ok() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 rows() const { return m_rows; }

private:
    friend class TableWriter;
    void fail(const QString &message);
    QString sqliteError() const;

    QSqlDatabase m_db;
    sqlite3 *m_sqlite = nullptr;
    std::vector<std::unique_ptr<TableWriter>> m_tables;
    bool m_inTransaction = false;
    qint64 m_rows = 0;
    qint64 m_rowsAtCommit = 0;
    QString m_error;
};

} // namespace Demo
