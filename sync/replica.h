// SPDX-License-Identifier: MIT
#pragma once

#include "protocol.h"

#include <QSet>

class ClientRowStore;
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
    /** Mutation ids up to here belong to earlier client ids of this database: a new client id
        goes on numbering where the last one stopped (ids are never reused in the file). */
    qint64 clientBase() const;
    /** The highest mutation id the service confirmed for this client (by a pull). */
    qint64 confirmed() const;

    /** Starts a new client id: a re-enrolment the service could not tie to this tablet's old
        one. Queued mutations go up under the new id, once; confirmed ones stay with the old. */
    bool startNewClient(QString *error);

    /** What recover() did. */
    struct Recovery
    {
        qint64 requeued = 0; // archived mutations put back in the outbox
        qint64 lost = 0; // confirmed mutations the service lost and this tablet no longer has
        qint64 lostUpTo = 0; // when the newest lost one was made (ms)
        bool newClient = false;
    };
    /** The service holds this client's mutations only up to serviceLast, fewer than it
        confirmed (it was restored from a backup): puts the archived ones above serviceLast back
        in the outbox to be sent again; if some are no longer archived, records the loss for the
        associate and starts a new client id (the old one would wait for them for ever). Asks
        for a full reset either way. One transaction. */
    bool recover(qint64 serviceLast, Recovery *out, QString *error);

    /** How long confirmed mutations are archived to be sent again after a service restore. */
    static constexpr qint64 archiveDays = 14;
    /** Drops archived mutations confirmed before cutoff (ms since the epoch). */
    bool pruneArchive(qint64 cutoff);

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
    bool switchClient(qint64 *base);
    /** The service erased this customer's personal data (a pulled row with erased_at): what
        this tablet still holds of them goes, and its queued changes about them are discarded
        with a notice among the refused changes (code "erased"). Part of applyPage. */
    bool eraseCustomer(ClientRowStore &rows, const QString &customerId, QSet<QString> *tables);

    QSqlDatabase m_db;
};
