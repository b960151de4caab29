// SPDX-License-Identifier: MIT
#include "demowriter.h"
#include "database.h"
#include "logging.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace Demo {

TableWriter::TableWriter(Writer *writer, const char *table,
                         std::initializer_list<const char *> columns)
    : m_writer(writer)
    , m_table(QString::fromLatin1(table))
{
    for (const char *column : columns)
        m_columns << QString::fromLatin1(column);
    m_texts.resize(size_t(m_columns.size()));
    // Multi-row INSERTs of about 1,000 values: few round trips, far below every driver's limit.
    m_batchRows = std::max(1, int(1000 / m_columns.size()));
}

TableWriter::~TableWriter()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

QString TableWriter::insertSql(int rows) const
{
    const QString placeholders = u'(' + QStringList(m_columns.size(), u"?"_s).join(u',') + u')';
    return u"INSERT INTO "_s + m_table + u" ("_s + m_columns.join(u", "_s) + u") VALUES "_s
        + QStringList(rows, placeholders).join(u", "_s);
}

bool TableWriter::prepare()
{
    if (!m_writer->m_sqlite)
        return true;
    const QByteArray sql = insertSql(1).toUtf8();
    if (sqlite3_prepare_v3(m_writer->m_sqlite, sql.constData(), int(sql.size()),
                           SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        != SQLITE_OK) {
        m_writer->fail(
            u"cannot prepare the insert into %1: %2"_s.arg(m_table, m_writer->sqliteError()));
        return false;
    }
    return true;
}

TableWriter &TableWriter::operator<<(std::string_view text)
{
    ++m_column;
    if (m_stmt) {
        // Copied into this column's buffer, which lives until the row is stepped: SQLite then
        // need not copy (SQLITE_TRANSIENT would malloc for every value). Never a null pointer
        // either, which would bind NULL to a NOT NULL column.
        std::string &buffer = m_texts[size_t(m_column - 1)];
        buffer.assign(text.data() ? text.data() : "", text.size());
        sqlite3_bind_text(m_stmt, m_column, buffer.c_str(), int(buffer.size()), SQLITE_STATIC);
    } else if (text.empty()) {
        m_pending << QString(u""_s); // not a null QString: drivers bind that as NULL
    } else {
        m_pending << QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    return *this;
}

TableWriter &TableWriter::operator<<(qint64 value)
{
    ++m_column;
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, m_column, value);
    else
        m_pending << value;
    return *this;
}

TableWriter &TableWriter::operator<<(double value)
{
    ++m_column;
    if (m_stmt)
        sqlite3_bind_double(m_stmt, m_column, value);
    else
        m_pending << value;
    return *this;
}

void TableWriter::end()
{
    Q_ASSERT_X(m_column == m_columns.size(), "Demo::TableWriter::end", "column count");
    m_column = 0;
    if (!m_writer->ok())
        return;
    ++m_writer->m_rows;
    if (m_stmt) {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE)
            m_writer->fail(u"cannot insert into %1: %2"_s.arg(m_table, m_writer->sqliteError()));
        return;
    }
    if (++m_pendingRows == m_batchRows)
        flush();
}

bool TableWriter::flush()
{
    if (m_pendingRows == 0 || !m_writer->ok())
        return m_writer->ok();
    QSqlQuery partial(m_writer->m_db);
    QSqlQuery *query = &partial;
    if (m_pendingRows == m_batchRows) {
        if (!m_batch) {
            m_batch = std::make_unique<QSqlQuery>(m_writer->m_db);
            if (!m_batch->prepare(insertSql(m_batchRows))) {
                m_writer->fail(u"cannot prepare the insert into %1: %2"_s.arg(
                    m_table, m_batch->lastError().text()));
                return false;
            }
        }
        query = m_batch.get();
    } else if (!partial.prepare(insertSql(m_pendingRows))) {
        m_writer->fail(
            u"cannot prepare the insert into %1: %2"_s.arg(m_table, partial.lastError().text()));
        return false;
    }
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        query->bindValue(int(i), m_pending.at(i));
    m_pending.clear();
    m_pendingRows = 0;
    if (!query->exec()) {
        m_writer->fail(u"cannot insert into %1: %2"_s.arg(m_table, query->lastError().text()));
        return false;
    }
    return true;
}

Writer::Writer(const QSqlDatabase &db, bool allowNative)
    : m_db(db)
{
    if (!allowNative)
        return;
    // The QSQLITE driver links the system libsqlite3, as this library does: its handle is a
    // plain sqlite3* we can drive directly, bypassing QVariant for every value.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
}

Writer::~Writer()
{
    m_tables.clear(); // finalises the statements before a rollback
    if (m_inTransaction)
        exec(u"ROLLBACK"_s);
}

bool Writer::isPostgres() const
{
    return Database::dialectOf(m_db) == SqlDialect::Postgres;
}

TableWriter &Writer::table(const char *name, std::initializer_list<const char *> columns)
{
    m_tables.push_back(std::unique_ptr<TableWriter>(new TableWriter(this, name, columns)));
    if (ok())
        m_tables.back()->prepare();
    return *m_tables.back();
}

void Writer::fail(const QString &message)
{
    if (!m_error.isEmpty())
        return;
    m_error = message;
    qCWarning(lcDemo).noquote() << "demo data:" << message;
}

QString Writer::sqliteError() const
{
    return m_sqlite ? QString::fromUtf8(sqlite3_errmsg(m_sqlite)) : QString();
}

bool Writer::exec(const QString &sql)
{
    if (m_sqlite) {
        char *message = nullptr;
        if (sqlite3_exec(m_sqlite, sql.toUtf8().constData(), nullptr, nullptr, &message)
            != SQLITE_OK) {
            fail(u"%1: %2"_s.arg(sql, QString::fromUtf8(message)));
            sqlite3_free(message);
            return false;
        }
        return true;
    }
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        fail(u"%1: %2"_s.arg(sql, query.lastError().text()));
        return false;
    }
    return true;
}

QString Writer::queryText(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString();
}

bool Writer::begin()
{
    if (!ok() || m_inTransaction)
        return ok();
    m_inTransaction = exec(m_sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    return m_inTransaction;
}

bool Writer::commit()
{
    for (const auto &table : m_tables)
        table->flush();
    if (!ok() || !m_inTransaction)
        return false;
    m_rowsAtCommit = m_rows;
    // A failed COMMIT leaves the transaction open: the destructor rolls it back.
    m_inTransaction = !exec(u"COMMIT"_s);
    return !m_inTransaction;
}

bool Writer::commitEvery(qint64 everyRows)
{
    if (m_rows - m_rowsAtCommit < everyRows)
        return ok();
    return commit() && begin();
}

} // namespace Demo
