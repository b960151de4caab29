// SPDX-License-Identifier: MIT
// Makes the central service's benchmark databases:
//   bench_server_data seed --out FILE --customers N      the demo chain, published to the
//                                                         change feed (SQLite, native writes)
//   bench_server_data to-postgres --from FILE --url URL  copies such a file into an empty
//                                                         PostgreSQL database with COPY (psql)
// Writing tens of millions of rows through QPSQL one INSERT at a time takes hours; SQLite's own
// API writes them in minutes, and psql's COPY loads them into PostgreSQL at a few hundred
// thousand rows a second.
#include "benchsupport.h"
#include "database.h"
#include "demogenerator.h"
#include "giftcardkey.h"
#include "serverdatabase.h"

#include <QDate>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_server_data: %s\n", qPrintable(message));
    return 1;
}

int seed(const QCommandLineParser &parser)
{
    const QString out = parser.value(u"out"_s);
    if (out.isEmpty() || QFileInfo::exists(out))
        return fail(u"--out names a file that does not exist yet"_s);
    DemoOptions options;
    options.customers = parser.value(u"customers"_s).toInt();
    options.seed = parser.value(u"seed"_s).toULongLong();
    options.referenceDate = QDate::fromString(parser.value(u"reference-date"_s), Qt::ISODate);
    if (options.customers < 10 || !options.referenceDate.isValid())
        return fail(u"--customers N (at least 10) and a valid --reference-date are needed"_s);
    int lastReported = -1;
    QElapsedTimer timer;
    timer.start();
    options.progress = [&](int percent, const QString &stage) {
        if (percent / 10 != lastReported / 10) {
            lastReported = percent;
            std::fprintf(stderr, "  %3d%% %s (%.0f s)\n", percent, qPrintable(stage),
                         timer.elapsed() / 1000.0);
        }
    };
    QString error;
    {
        QSqlDatabase db = ServerDatabase::open(out, u"seed"_s, &error);
        if (!db.isOpen())
            return fail(u"cannot create %1: %2"_s.arg(out, error));
        const auto key
            = GiftCardKey::open(ServerDatabase::defaultGiftCardKeyFile(out), db, &error);
        if (!key || !ServerDatabase::seedDemo(db, options, *key, &error))
            return fail(u"seeding failed: %1"_s.arg(error));
        std::fprintf(stderr, "  generated and published in %.0f s; %lld rows in the change feed\n",
                     timer.elapsed() / 1000.0,
                     Database::scalar(db, u"SELECT COUNT(*) FROM changes"_s).toLongLong());
        Database::exec(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    Database::close(u"seed"_s);
    return 0;
}

/** COPY's text format: \N for NULL; backslash, tab, newline and carriage return escaped. */
void appendCopyValue(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    const QByteArray text = value.toString().toUtf8();
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

/** Streams one table from SQLite into psql's COPY FROM STDIN; the number of rows, or -1. */
qint64 copyTable(const QSqlDatabase &source, const QString &url, const QString &table)
{
    QSqlQuery columnsQuery(source);
    QStringList columns;
    if (!columnsQuery.exec(u"PRAGMA table_info("_s + table + u")"_s))
        return -1;
    while (columnsQuery.next())
        columns << columnsQuery.value(1).toString();
    const QString columnList = columns.join(u", "_s);

    QProcess psql;
    psql.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    psql.start(u"psql"_s,
               {u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, url, u"-c"_s,
                u"COPY %1 (%2) FROM STDIN"_s.arg(table, columnList)});
    if (!psql.waitForStarted(10000))
        return -1;
    QSqlQuery rows(source);
    rows.setForwardOnly(true);
    if (!rows.exec(u"SELECT "_s + columnList + u" FROM "_s + table))
        return -1;
    qint64 count = 0;
    QByteArray chunk;
    auto flush = [&] {
        psql.write(chunk);
        chunk.clear();
        while (psql.bytesToWrite() > 0 && psql.state() == QProcess::Running)
            psql.waitForBytesWritten(1000);
    };
    while (rows.next()) {
        for (int i = 0; i < columns.size(); ++i) {
            if (i > 0)
                chunk += '\t';
            appendCopyValue(chunk, rows.value(i));
        }
        chunk += '\n';
        ++count;
        if (chunk.size() > (4 << 20))
            flush();
    }
    flush();
    psql.closeWriteChannel();
    if (!psql.waitForFinished(-1) || psql.exitCode() != 0)
        return -1;
    return count;
}

int toPostgres(const QCommandLineParser &parser)
{
    const QString from = parser.value(u"from"_s);
    const QString url = parser.value(u"url"_s);
    if (!QFileInfo::exists(from) || !ServerDatabase::isPostgres(url))
        return fail(u"--from FILE (an existing service database) and --url postgresql://... "
                    "are needed"_s);
    QString error;
    QElapsedTimer timer;
    timer.start();
    qint64 total = 0;
    {
        // The schema comes from the service's own migrations; only the rows are copied.
        QSqlDatabase target = ServerDatabase::open(url, u"target"_s, &error);
        if (!target.isOpen())
            return fail(u"cannot open the PostgreSQL database: %1"_s.arg(error));
        if (!ServerDatabase::isEmpty(target))
            return fail(u"the PostgreSQL database already holds customers"_s);
        QSqlDatabase source = Database::openSqlite(from, u"source"_s, &error);
        if (!source.isOpen())
            return fail(u"cannot open %1: %2"_s.arg(from, error));
        QSqlQuery tables(source);
        tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE"
                    " 'sqlite%' ORDER BY name"_s);
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        // Its own identity (epoch) and migrations stay; the feed's counter is set below.
        for (const QString &skip : {u"schema_migrations"_s, u"server_meta"_s, u"sync_version"_s})
            names.removeAll(skip);
        // The commit tokens come from the file (migration 7 wrote one of its own for version
        // 0, which the file's would collide with).
        if (!Database::exec(target, u"DELETE FROM sync_commits"_s, &error))
            return fail(u"cannot empty sync_commits: %1"_s.arg(error));
        for (const QString &table : std::as_const(names)) {
            if (!Database::scalar(source, u"SELECT EXISTS (SELECT 1 FROM "_s + table + u")"_s)
                     .toBool())
                continue;
            QElapsedTimer tableTimer;
            tableTimer.start();
            const qint64 rows = copyTable(source, url, table);
            if (rows < 0)
                return fail(u"copying %1 failed"_s.arg(table));
            total += rows;
            std::fprintf(stderr, "  %-24s %10lld rows in %6.1f s\n", qPrintable(table),
                         static_cast<long long>(rows), tableTimer.elapsed() / 1000.0);
        }
        const qint64 version
            = Database::scalar(source, u"SELECT version FROM sync_version WHERE id = 1"_s)
                  .toLongLong();
        QSqlQuery setVersion
            = Database::prepare(target, u"UPDATE sync_version SET version = ? WHERE id = 1"_s);
        setVersion.addBindValue(version);
        if (!Database::exec(setVersion) || !Database::exec(target, u"ANALYZE"_s, &error))
            return fail(u"cannot finish the copy: %1"_s.arg(error));
    }
    Database::close(u"source"_s);
    Database::close(u"target"_s);
    std::fprintf(stderr, "  copied %lld rows into PostgreSQL in %.0f s\n",
                 static_cast<long long>(total), timer.elapsed() / 1000.0);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_server_data"_s);
    QLoggingCategory::setFilterRules(u"clienteling.*.info=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Makes the central service's benchmark databases."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"command"_s, u"seed or to-postgres"_s);
    parser.addOptions(
        {{u"out"_s, u"seed: the SQLite file to write."_s, u"file"_s},
         {u"customers"_s, u"seed: customers."_s, u"n"_s, u"1000000"_s},
         {u"seed"_s, u"seed: random seed."_s, u"n"_s, u"20261125"_s},
         {u"reference-date"_s, u"seed: the data's today."_s, u"date"_s, u"2026-11-25"_s},
         {u"from"_s, u"to-postgres: the SQLite service database."_s, u"file"_s},
         {u"url"_s, u"to-postgres: an empty database."_s, u"url"_s}});
    parser.process(app);
    const QString command = parser.positionalArguments().value(0);
    if (command == u"seed"_s)
        return seed(parser);
    if (command == u"to-postgres"_s)
        return toPostgres(parser);
    return fail(u"give a command: seed or to-postgres (--help)"_s);
}
