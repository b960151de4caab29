// SPDX-License-Identifier: MIT
#pragma once
// Backing up and restoring a test service's database the way docs/operations.md tells an
// operator to: with the service stopped, SQLite's file is copied (and copied back); PostgreSQL's
// database is copied with CREATE DATABASE ... TEMPLATE (and replaced by that copy).

#include "serverfixture.h"

#include <QFile>

namespace TestServer {

using namespace Qt::Literals::StringLiterals;

class Backup
{
public:
    explicit Backup(Instance &server)
        : m_server(server)
    { }
    ~Backup()
    {
        if (m_postgres && !m_copy.isEmpty())
            admin(u"DROP DATABASE IF EXISTS "_s + m_copy + u" WITH (FORCE)"_s);
    }

    /** Stops the service, copies its database, starts it again (on a new port). */
    bool take()
    {
        m_server.stop();
        Database::close(u"fixture-check"_s);
        bool ok = false;
        if (m_postgres) {
            m_copy = databaseName() + u"_backup"_s;
            ok = admin(u"CREATE DATABASE "_s + m_copy + u" TEMPLATE "_s + databaseName());
        } else {
            m_copy = m_server.config().database + u".backup"_s;
            QFile::remove(m_copy);
            // Stopped, the service has checkpointed and removed its write-ahead log.
            ok = !QFile::exists(m_server.config().database + u"-wal"_s)
                && QFile::copy(m_server.config().database, m_copy);
        }
        return m_server.listen() && ok;
    }

    /** Stops the service, puts the copy back in place of its database, starts it again. */
    bool restore()
    {
        m_server.stop();
        Database::close(u"fixture-check"_s);
        bool ok = false;
        if (m_postgres) {
            ok = admin(u"DROP DATABASE "_s + databaseName() + u" WITH (FORCE)"_s)
                && admin(u"CREATE DATABASE "_s + databaseName() + u" TEMPLATE "_s + m_copy);
        } else {
            const QString path = m_server.config().database;
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
                QFile::remove(path + suffix);
            ok = QFile::copy(m_copy, path);
        }
        return m_server.listen() && ok;
    }

private:
    QString databaseName() const
    {
        const QString url = m_server.config().database;
        return url.mid(url.lastIndexOf(u'/') + 1);
    }
    bool admin(const QString &sql)
    {
        QString error;
        bool ok = false;
        {
            QSqlDatabase db = Database::openPostgres(
                qEnvironmentVariable("CLIENTELING_TEST_PG_URL"), u"pg-backup"_s, &error);
            ok = db.isOpen() && Database::exec(db, sql, &error);
        }
        Database::close(u"pg-backup"_s);
        if (!ok)
            qWarning() << "backup:" << sql << error;
        return ok;
    }

    Instance &m_server;
    const bool m_postgres = ServerDatabase::isPostgres(m_server.config().database);
    QString m_copy;
};

} // namespace TestServer
