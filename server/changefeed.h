// SPDX-License-Identifier: MIT
#pragma once

#include "rowstore.h"

#include <QHash>
#include <QStringList>

#include <functional>

/**
 * The central service's row access: every write also publishes the row's new version to the
 * change feed in each scope that may see it (and a tombstone in scopes that no longer may).
 * Must be used inside a write transaction.
 */
class ChangeFeedStore : public RowStore
{
public:
    explicit ChangeFeedStore(const QSqlDatabase &db);

    /** Scopes a row belongs to ("global", "store:MAD", "stock:WH1", "device:<id>" for a
        customer's rows on the devices that follow them). */
    QStringList scopesFor(const Entity &entity, const QVariantMap &row);
    bool keepOverwritten(const Entity &entity, const QVariantMap &previous) override;

    /** The store scope of a customer ("store:MAD"), empty when it has no home store or does
        not exist; remembered for the store's life, and updated when the customer is written. */
    QString customerScope(const QString &customerId);
    /** After rolling back to a savepoint writes made through this store: forgets what
        customerScope() remembered and whether this write's commit token was recorded. */
    void rolledBack()
    {
        m_customerScopes.clear();
        m_followers.clear();
        m_commitRecorded = false;
    }
    /** The customer's home store scope and the scopes of the devices following them
        (device_customers), remembered for the store's life like customerScope(). */
    QStringList customerScopes(const QString &customerId);
    /** After a follow is added or removed in this write: forgets the followers remembered. */
    void forgetFollowers() { m_followers.clear(); }

    /** Publishes every current row of the customer's 360 (the customer, preferences,
        consents, addresses, events, notes, tasks, wishlist, cart, and their orders with lines,
        status history, payments and refunds) into scope at new versions: as puts, or as
        tombstones when deleted. For a device's scope when it starts or stops following. */
    bool publishCustomer(const QString &customerId, const QString &scope, bool deleted);

    /** Identifies who overwrote in revisions (client id). */
    void setActor(const QString &actor) { m_actor = actor; }

    /** Next version of the feed (locks the counter until the transaction ends). The first
        version a store takes also records a random token for this write (sync_commits). */
    qint64 nextVersion();

    /** The token of the write that published version (the newest commit at or below it);
        empty for a version older than every token kept (pruned, or from before tokens). */
    static QString tokenAt(const QSqlDatabase &db, qint64 version);
    /** How long commit tokens are kept: a cursor older than that starts over. */
    static constexpr qint64 commitTokenDays = 14;

    /** Takes the feed's lock at the start of a write transaction (PostgreSQL; SQLite's
        BEGIN IMMEDIATE already serialises writers). Writers then run one after another, so a
        mutation never works from a row another one is changing, and no two writers can wait
        for each other. */
    static bool lockFeed(const QSqlDatabase &db);

    /** Publishes every row of the database to the feed in bulk (after seeding an empty
        service); the feed must be empty. */
    static bool buildFromTables(const QSqlDatabase &db, QString *error);

protected:
    bool afterPut(const Entity &entity, const QVariantMap &key) override;
    bool afterRemove(const Entity &entity, const QVariantMap &key) override;

private:
    /** This store's prepared statements, for CustomerSearch (CustomerSearch::Statements). */
    std::function<QSqlQuery &(const QString &sql)> searchStatements();
    bool publish(const Entity &entity, const QString &rowKey, const QStringList &scopes);
    QStringList orderScopes(const QString &orderId);

    bool recordCommit(qint64 firstVersion);

    QHash<QString, QString> m_customerScopes;
    QHash<QString, QStringList> m_followers; // customer id -> "device:<id>" scopes
    QString m_actor;
    bool m_commitRecorded = false;
};

/** Scope names. */
namespace Scopes {
inline QString global()
{
    return QStringLiteral("global");
}
inline QString store(const QString &locationId)
{
    return QStringLiteral("store:") + locationId;
}
inline QString stock(const QString &locationId)
{
    return QStringLiteral("stock:") + locationId;
}
/** One device's own scope: the customers it follows (POST /v1/customers/follow). */
inline QString device(const QString &deviceId)
{
    return QStringLiteral("device:") + deviceId;
}
} // namespace Scopes
