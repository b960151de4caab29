// SPDX-License-Identifier: MIT
#pragma once

#include "protocol.h"

#include <QSet>
#include <QSqlDatabase>

/**
 * The tablet's side of the data flow: what is queued (the outbox), writing pulled pages, and
 * rebasing pending mutations on top of the server's rows.
 */
class Replica
{
public:
    explicit Replica(const QSqlDatabase &db);

    /** Pending mutations with an id above afterId, oldest first. */
    QList<Protocol::Mutation> pending(qint64 afterId, int limit) const;
    int pendingCount() const;
    /** When the oldest pending mutation was made (0 when none). */
    qint64 oldestPendingAt() const;

    QString state(const QString &key, const QString &fallback = {}) const;
    bool setState(const QString &key, const QString &value);
    /** This database file's sync client id (created on first use). */
    QString clientId();

    /**
     * Writes one pulled page, the new cursor, the server's decisions on our mutations, and drops
     * confirmed outbox rows, in one transaction. Rows that pending mutations changed locally
     * are written to their shadow instead, for the rebase.
     */
    bool applyPage(const Protocol::PullResponse &page, QSet<QString> *tables, QString *error);
    /** Restores the server's version of shadowed rows and re-applies pending mutations. */
    bool rebase(QSet<QString> *tables, QString *error);

    /** Records the server's refusal of mutations (from a push answer). */
    bool recordRejections(const QList<Protocol::Rejection> &rejections);

private:
    QSqlDatabase m_db;
};
