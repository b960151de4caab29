// SPDX-License-Identifier: MIT
#include "changefeed.h"
#include "customersearch.h"
#include "clock.h"
#include "database.h"
#include "ids.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

ChangeFeedStore::ChangeFeedStore(const QSqlDatabase &db)
    : RowStore(db)
{ }

qint64 ChangeFeedStore::nextVersion()
{
    QSqlQuery &query = statement(
        u"UPDATE sync_version SET version = version + 1 WHERE id = 1 RETURNING version"_s);
    if (!Database::exec(query) || !query.next()) {
        query.finish();
        return -1;
    }
    const qint64 version = query.value(0).toLongLong();
    query.finish();
    if (!m_commitRecorded && !recordCommit(version))
        return -1;
    return version;
}

namespace {
QString newCommitToken()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16);
}
} // namespace

bool ChangeFeedStore::recordCommit(qint64 firstVersion)
{
    // Versions are only taken inside write transactions, so this row commits (or rolls back)
    // with the write itself. A restore brings back the tokens of the writes it kept; versions
    // it hands out again get new tokens.
    QSqlQuery &insert
        = statement(u"INSERT INTO sync_commits (version, token, committed_at) VALUES (?, ?, ?)"_s);
    const qint64 now = Clock::nowMs();
    insert.bindValue(0, firstVersion);
    insert.bindValue(1, newCommitToken());
    insert.bindValue(2, now);
    if (!Database::exec(insert))
        return false;
    m_commitRecorded = true;
    // Now and then drop tokens older than commitTokenDays, always keeping the newest (a quiet
    // service's cursors stay valid however long nothing is written).
    static std::atomic<int> inserted {0};
    if (++inserted % 256 != 0)
        return true;
    QSqlQuery &prune
        = statement(u"DELETE FROM sync_commits WHERE committed_at < ? AND version < ?"_s);
    prune.bindValue(0, now - commitTokenDays * 24 * 3600 * 1000);
    prune.bindValue(1, firstVersion);
    return Database::exec(prune);
}

QString ChangeFeedStore::tokenAt(const QSqlDatabase &db, qint64 version)
{
    return Database::scalar(db,
                            u"SELECT token FROM sync_commits WHERE version <= ?"
                            " ORDER BY version DESC LIMIT 1"_s,
                            {version})
        .toString();
}

bool ChangeFeedStore::lockFeed(const QSqlDatabase &db)
{
    if (Database::dialectOf(db) != SqlDialect::Postgres)
        return true;
    return Database::exec(db, u"SELECT version FROM sync_version WHERE id = 1 FOR UPDATE"_s);
}

QString ChangeFeedStore::customerScope(const QString &customerId)
{
    if (customerId.isEmpty())
        return {};
    auto it = m_customerScopes.constFind(customerId);
    if (it != m_customerScopes.constEnd())
        return *it;
    QSqlQuery &query = statement(u"SELECT home_location_id FROM customers WHERE id = ?"_s);
    query.bindValue(0, customerId);
    const QString home
        = Database::exec(query) && query.next() ? query.value(0).toString() : QString();
    query.finish();
    const QString scope = home.isEmpty() ? QString() : Scopes::store(home);
    m_customerScopes.insert(customerId, scope);
    return scope;
}

QStringList ChangeFeedStore::customerScopes(const QString &customerId)
{
    QStringList scopes;
    const QString home = customerScope(customerId);
    if (!home.isEmpty())
        scopes << home;
    if (customerId.isEmpty())
        return scopes;
    auto it = m_followers.constFind(customerId);
    if (it == m_followers.constEnd()) {
        QSqlQuery &query
            = statement(u"SELECT device_id FROM device_customers WHERE customer_id = ?"_s);
        query.bindValue(0, customerId);
        QStringList devices;
        if (Database::exec(query)) {
            while (query.next())
                devices << Scopes::device(query.value(0).toString());
        }
        query.finish();
        devices.sort();
        it = m_followers.insert(customerId, devices);
    }
    scopes << *it;
    return scopes;
}

bool ChangeFeedStore::publishCustomer(const QString &customerId, const QString &scope,
                                      bool deleted)
{
    const bool postgres = Database::dialectOf(database()) == SqlDialect::Postgres;
    const QString sep = postgres ? u"chr(31)"_s : u"char(31)"_s;
    struct Source
    {
        QString entity;
        QString key;
        QString join;
        QString owner; // the column naming the customer
    };
    const QString viaOrder = u" JOIN orders o ON o.id = t.order_id"_s;
    const QList<Source> sources = {
        {u"customer"_s, u"t.id"_s, {}, u"t.id"_s},
        {u"preference"_s, u"t.customer_id || "_s + sep + u" || t.key"_s, {}, u"t.customer_id"_s},
        {u"consent"_s, u"t.customer_id || "_s + sep + u" || t.kind"_s, {}, u"t.customer_id"_s},
        {u"address"_s, u"t.id"_s, {}, u"t.customer_id"_s},
        {u"event"_s, u"t.id"_s, {}, u"t.customer_id"_s},
        {u"note"_s, u"t.id"_s, {}, u"t.customer_id"_s},
        {u"task"_s, u"t.id"_s, {}, u"t.customer_id"_s},
        {u"wishlist_item"_s, u"t.customer_id || "_s + sep + u" || t.sku"_s, {},
         u"t.customer_id"_s},
        {u"cart_line"_s, u"t.id"_s, {}, u"t.customer_id"_s},
        {u"order"_s, u"t.id"_s, {}, u"t.customer_id"_s},
        {u"order_line"_s, u"t.id"_s, viaOrder, u"o.customer_id"_s},
        {u"order_status"_s, u"t.id"_s, viaOrder, u"o.customer_id"_s},
        {u"payment"_s, u"t.id"_s, viaOrder, u"o.customer_id"_s},
        {u"refund"_s, u"t.id"_s, viaOrder, u"o.customer_id"_s},
    };
    // The first version records this write's commit token; the rows take the versions after
    // it, numbered in bulk, and the counter moves past them.
    qint64 version = nextVersion();
    if (version < 0)
        return false;
    for (const Source &source : sources) {
        const Entity *entity = Entities::byName(source.entity);
        QSqlQuery &insert = statement(
            u"INSERT INTO changes (scope, entity, row_key, version, deleted) SELECT"
            " CAST(? AS TEXT), '"_s
            + source.entity + u"', "_s + source.key + u", CAST(? AS BIGINT) + ROW_NUMBER() OVER"
            " (ORDER BY "_s + source.key + u"), "_s + (deleted ? u"1"_s : u"0"_s) + u" FROM "_s
            + entity->table + u" t"_s + source.join + u" WHERE "_s + source.owner
            + u" = ? ON CONFLICT (scope, entity, row_key) DO UPDATE SET"
              " version = excluded.version, deleted = excluded.deleted"_s);
        insert.bindValue(0, scope);
        insert.bindValue(1, version);
        insert.bindValue(2, customerId);
        if (!Database::exec(insert))
            return false;
        version += qMax(0, insert.numRowsAffected());
        insert.finish();
    }
    QSqlQuery &advance = statement(u"UPDATE sync_version SET version = ? WHERE id = 1"_s);
    advance.bindValue(0, version);
    return Database::exec(advance);
}

QStringList ChangeFeedStore::orderScopes(const QString &orderId)
{
    QSqlQuery &query = statement(u"SELECT customer_id, location_id, pickup_location_id FROM"
                                 " orders WHERE id = ?"_s);
    query.bindValue(0, orderId);
    if (!Database::exec(query) || !query.next()) {
        query.finish();
        return {};
    }
    const QString customerId = query.value(0).toString();
    const QStringList locations = {query.value(1).toString(), query.value(2).toString()};
    query.finish();
    QStringList scopes = customerScopes(customerId);
    for (const QString &location : locations) {
        if (!location.isEmpty())
            scopes << Scopes::store(location);
    }
    scopes.removeDuplicates();
    return scopes;
}

QStringList ChangeFeedStore::scopesFor(const Entity &entity, const QVariantMap &row)
{
    const QString &name = entity.name;
    if (name == u"location"_s || name == u"style"_s || name == u"product"_s
        || name == u"delivery_option"_s || name == u"coupon"_s)
        return {Scopes::global()};
    // Gift card balances are money anyone holding a tablet could read: never sent to devices
    // (the checkout asks the service for a card's balance while online).
    if (name == u"gift_card"_s)
        return {};
    if (name == u"cash_count"_s)
        return {Scopes::store(row.value(u"location_id"_s).toString())};
    if (name == u"reservation"_s || name == u"transfer"_s) {
        // Both stores involved see it: the one holding the stock and the one that asked.
        const bool reservation = name == u"reservation"_s;
        QStringList scopes {Scopes::store(
            row.value(reservation ? u"location_id"_s : u"from_location_id"_s).toString())};
        const QString other
            = row.value(reservation ? u"requested_location_id"_s : u"to_location_id"_s).toString();
        if (!other.isEmpty() && !scopes.contains(Scopes::store(other)))
            scopes << Scopes::store(other);
        return scopes;
    }
    if (name == u"staff"_s)
        return {Scopes::store(row.value(u"location_id"_s).toString())};
    if (name == u"inventory"_s)
        return {Scopes::stock(row.value(u"location_id"_s).toString())};
    if (name == u"customer"_s) {
        const QString home = row.value(u"home_location_id"_s).toString();
        m_customerScopes.insert(row.value(u"id"_s).toString(),
                                home.isEmpty() ? QString() : Scopes::store(home));
        return customerScopes(row.value(u"id"_s).toString());
    }
    if (name == u"order"_s)
        return orderScopes(row.value(u"id"_s).toString());
    if (name == u"order_line"_s || name == u"order_status"_s || name == u"payment"_s
        || name == u"refund"_s)
        return orderScopes(row.value(u"order_id"_s).toString());
    // Everything else hangs off a customer: preferences, consents and their history,
    // addresses, events, notes, tasks, wishlists, cart lines.
    return customerScopes(row.value(u"customer_id"_s).toString());
}

bool ChangeFeedStore::publish(const Entity &entity, const QString &rowKey,
                              const QStringList &scopes)
{
    // Scopes that had the row but may no longer see it get a tombstone.
    QSqlQuery &existing = statement(
        u"SELECT scope FROM changes WHERE entity = ? AND row_key = ? AND deleted = 0"_s);
    existing.bindValue(0, entity.name);
    existing.bindValue(1, rowKey);
    if (!Database::exec(existing))
        return false;
    QStringList leaving;
    while (existing.next()) {
        const QString scope = existing.value(0).toString();
        if (!scopes.contains(scope))
            leaving << scope;
    }
    existing.finish();
    QSqlQuery &upsert = statement(u"INSERT INTO changes (scope, entity, row_key, version, deleted)"
                                  " VALUES (?, ?, ?, ?, ?) ON CONFLICT (scope, entity, row_key)"
                                  " DO UPDATE SET version = excluded.version,"
                                  " deleted = excluded.deleted"_s);
    auto write = [&](const QString &scope, bool deleted) {
        const qint64 version = nextVersion();
        if (version < 0)
            return false;
        upsert.bindValue(0, scope);
        upsert.bindValue(1, entity.name);
        upsert.bindValue(2, rowKey);
        upsert.bindValue(3, version);
        upsert.bindValue(4, deleted ? 1 : 0);
        return Database::exec(upsert);
    };
    for (const QString &scope : scopes) {
        if (!write(scope, false))
            return false;
    }
    for (const QString &scope : leaving) {
        if (!write(scope, true))
            return false;
    }
    return true;
}

bool ChangeFeedStore::afterPut(const Entity &entity, const QVariantMap &key)
{
    // Scopes depend on columns the write may not have touched (a partial update): read the row.
    const auto row = get(entity, key);
    if (!row)
        return false;
    // Every write of a customer (pushed mutations, ingestion, merges) passes here: the
    // chain-wide search's words follow it in the same transaction.
    if (entity.name == u"customer"_s && !CustomerSearch::indexCustomer(searchStatements(), *row))
        return false;
    return publish(entity, Entities::keyOf(entity, *row), scopesFor(entity, *row));
}

bool ChangeFeedStore::afterRemove(const Entity &entity, const QVariantMap &key)
{
    if (entity.name == u"customer"_s
        && !CustomerSearch::removeCustomer(searchStatements(), key.value(u"id"_s).toString()))
        return false;
    return publish(entity, Entities::keyOf(entity, key), {});
}

std::function<QSqlQuery &(const QString &sql)> ChangeFeedStore::searchStatements()
{
    return [this](const QString &sql) -> QSqlQuery & { return statement(sql); };
}

bool ChangeFeedStore::keepOverwritten(const Entity &entity, const QVariantMap &previous)
{
    QSqlQuery &insert = statement(u"INSERT INTO revisions (id, entity, row_key, data,"
                                  " replaced_at, replaced_by) VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert.bindValue(0, Ids::newId());
    insert.bindValue(1, entity.name);
    insert.bindValue(2, Entities::keyOf(entity, previous));
    insert.bindValue(
        3,
        QString::fromUtf8(
            QJsonDocument(QJsonObject::fromVariantMap(previous)).toJson(QJsonDocument::Compact)));
    insert.bindValue(4, Clock::nowMs());
    insert.bindValue(5, m_actor);
    return Database::exec(insert);
}

bool ChangeFeedStore::buildFromTables(const QSqlDatabase &db, QString *error)
{
    const bool postgres = Database::dialectOf(db) == SqlDialect::Postgres;
    const QString sep = postgres ? u"chr(31)"_s : u"char(31)"_s;
    // (entity, table alias t, key expression, scope expression, join)
    struct Source
    {
        QString entity;
        QString key;
        QString scope;
        QString join;
    };
    const QString viaCustomer = u" JOIN customers c ON c.id = t.customer_id"_s;
    const QString viaOrder = u" JOIN orders o ON o.id = t.order_id"_s;
    QList<Source> sources = {
        {u"location"_s, u"t.id"_s, u"'global'"_s, {}},
        {u"style"_s, u"t.id"_s, u"'global'"_s, {}},
        {u"product"_s, u"t.sku"_s, u"'global'"_s, {}},
        {u"delivery_option"_s, u"t.id"_s, u"'global'"_s, {}},
        {u"coupon"_s, u"t.code"_s, u"'global'"_s, {}},
        {u"cash_count"_s, u"t.id"_s, u"'store:' || t.location_id"_s, {}},
        {u"reservation"_s, u"t.id"_s, u"'store:' || t.location_id"_s, {}},
        {u"reservation"_s, u"t.id"_s, u"'store:' || t.requested_location_id"_s, {}},
        {u"transfer"_s, u"t.id"_s, u"'store:' || t.from_location_id"_s, {}},
        {u"transfer"_s, u"t.id"_s, u"'store:' || t.to_location_id"_s, {}},
        {u"staff"_s, u"t.id"_s, u"'store:' || t.location_id"_s, {}},
        {u"inventory"_s,
         u"t.sku || "_s + sep + u" || t.location_id"_s,
         u"'stock:' || t.location_id"_s,
         {}},
        {u"customer"_s, u"t.id"_s, u"'store:' || t.home_location_id"_s, {}},
        {u"order"_s, u"t.id"_s, u"'store:' || c.home_location_id"_s, viaCustomer},
        {u"order"_s, u"t.id"_s, u"'store:' || t.location_id"_s, {}},
        {u"order"_s, u"t.id"_s, u"'store:' || t.pickup_location_id"_s, {}},
    };
    for (const QString &child : {u"order_line"_s, u"order_status"_s, u"payment"_s, u"refund"_s}) {
        sources << Source {child, u"t.id"_s, u"'store:' || c.home_location_id"_s,
                           viaOrder + u" JOIN customers c ON c.id = o.customer_id"_s};
        sources << Source {child, u"t.id"_s, u"'store:' || o.location_id"_s, viaOrder};
        sources << Source {child, u"t.id"_s, u"'store:' || o.pickup_location_id"_s, viaOrder};
    }
    const QString customerScope = u"'store:' || c.home_location_id"_s;
    sources << Source {u"preference"_s, u"t.customer_id || "_s + sep + u" || t.key"_s,
                       customerScope, viaCustomer}
            << Source {u"consent"_s, u"t.customer_id || "_s + sep + u" || t.kind"_s, customerScope,
                       viaCustomer}
            << Source {u"consent_event"_s, u"t.id"_s, customerScope, viaCustomer}
            << Source {u"address"_s, u"t.id"_s, customerScope, viaCustomer}
            << Source {u"event"_s, u"t.id"_s, customerScope, viaCustomer}
            << Source {u"wishlist_item"_s, u"t.customer_id || "_s + sep + u" || t.sku"_s,
                       customerScope, viaCustomer}
            << Source {u"cart_line"_s, u"t.id"_s, customerScope, viaCustomer}
            << Source {u"note"_s, u"t.id"_s, customerScope, viaCustomer}
            << Source {u"task"_s, u"t.id"_s, customerScope, viaCustomer};

    const qint64 first
        = Database::scalar(db, u"SELECT version FROM sync_version WHERE id = 1"_s).toLongLong() + 1;
    for (const Source &source : sources) {
        const Entity *entity = Entities::byName(source.entity);
        const qint64 base
            = Database::scalar(db, u"SELECT version FROM sync_version WHERE id = 1"_s).toLongLong();
        // Rows whose scope column is empty (no pickup store, anonymous sale) are skipped.
        const QString sql = u"INSERT INTO changes (scope, entity, row_key, version, deleted)"
                            " SELECT "_s
            + source.scope + u", '"_s + source.entity + u"', "_s + source.key + u", "_s
            + QString::number(base) + u" + ROW_NUMBER() OVER (ORDER BY "_s + source.key
            + u"), 0 FROM "_s + entity->table + u" t"_s + source.join + u" WHERE "_s + source.scope
            + u" NOT IN ('store:', 'stock:')"_s
            + u" ON CONFLICT (scope, entity, row_key) DO NOTHING"_s;
        if (!Database::exec(db, sql, error))
            return false;
        if (!Database::exec(db,
                            u"UPDATE sync_version SET version = (SELECT COALESCE(MAX(version), 0)"
                            " FROM changes) WHERE id = 1"_s,
                            error))
            return false;
    }
    // The bulk is one write: one token for all its versions.
    QSqlQuery commit = Database::prepare(db,
                                         u"INSERT INTO sync_commits (version, token, committed_at)"
                                         " VALUES (?, ?, ?) ON CONFLICT (version) DO NOTHING"_s);
    commit.addBindValue(first);
    commit.addBindValue(newCommitToken());
    commit.addBindValue(Clock::nowMs());
    if (!Database::exec(commit)) {
        *error = u"could not record the feed's commit"_s;
        return false;
    }
    // The customers written in bulk are found by the chain-wide search too.
    return CustomerSearch::rebuild(db, error);
}
