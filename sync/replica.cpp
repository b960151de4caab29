// SPDX-License-Identifier: MIT
#include "replica.h"
#include "clientrowstore.h"
#include "clock.h"
#include "database.h"
#include "entities.h"
#include "mutators.h"
#include "synclog.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Replica::Replica(const QSqlDatabase &db)
    : m_db(db)
{ }

QList<Protocol::Mutation> Replica::pending(qint64 afterId, int limit) const
{
    QSqlQuery query = Database::prepare(m_db,
                                        u"SELECT mutation_id, name, args, associate_id"
                                        " FROM outbox WHERE mutation_id > ?"
                                        " ORDER BY mutation_id LIMIT ?"_s);
    query.addBindValue(afterId);
    query.addBindValue(limit);
    QList<Protocol::Mutation> list;
    if (!Database::exec(query))
        return list;
    while (query.next()) {
        list << Protocol::Mutation {query.value(0).toLongLong(), query.value(1).toString(),
                                    QJsonDocument::fromJson(query.value(2).toByteArray()).object(),
                                    query.value(3).toString()};
    }
    return list;
}

int Replica::pendingCount() const
{
    return Database::scalar(m_db, u"SELECT COUNT(*) FROM outbox"_s).toInt();
}

qint64 Replica::oldestPendingAt() const
{
    return Database::scalar(m_db, u"SELECT COALESCE(MIN(created_at), 0) FROM outbox"_s)
        .toLongLong();
}

QString Replica::state(const QString &key, const QString &fallback) const
{
    const QVariant value
        = Database::scalar(m_db, u"SELECT value FROM sync_state WHERE key = ?"_s, {key});
    return value.isValid() ? value.toString() : fallback;
}

bool Replica::setState(const QString &key, const QString &value)
{
    QSqlQuery query
        = Database::prepare(m_db,
                            u"INSERT INTO sync_state (key, value) VALUES (?, ?)"
                            " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    return Database::exec(query);
}

QString Replica::clientId()
{
    QString id = state(u"client_id"_s);
    if (id.isEmpty()) {
        // A client id belongs to this database file: a new file is a new client.
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        setState(u"client_id"_s, id);
    }
    return id;
}

bool Replica::recordRejections(const QList<Protocol::Rejection> &rejections)
{
    for (const Protocol::Rejection &rejection : rejections) {
        QSqlQuery insert = Database::prepare(
            m_db,
            u"INSERT INTO sync_rejections (mutation_id, name, args, code, message,"
            " decided_at) SELECT ?, ?, COALESCE((SELECT args FROM outbox WHERE"
            " mutation_id = ?), '{}'), ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM"
            " sync_rejections WHERE mutation_id = ?)"_s);
        insert.addBindValue(rejection.id);
        insert.addBindValue(rejection.name);
        insert.addBindValue(rejection.id);
        insert.addBindValue(rejection.code);
        insert.addBindValue(rejection.message);
        insert.addBindValue(Clock::nowMs());
        insert.addBindValue(rejection.id);
        if (!Database::exec(insert))
            return false;
    }
    return true;
}

bool Replica::applyPage(const Protocol::PullResponse &page, QSet<QString> *tables, QString *error)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = u"could not start a transaction"_s;
        return false;
    }
    ClientRowStore rows(m_db, ClientRowStore::Mode::ServerData);
    if (page.reset) {
        // The server asks us to start over: its snapshot replaces every replicated row.
        qCInfo(lcSync) << "server asked for a reset: replacing the local copy";
        for (const Entity &entity : Entities::all()) {
            if (!Database::exec(m_db, u"DELETE FROM "_s + entity.table, error))
                return false;
            tables->insert(entity.table);
        }
        if (!Database::exec(m_db, u"DELETE FROM sync_shadow"_s, error))
            return false;
    }
    // Rows that pending mutations changed, read once for the page (as many as there are
    // changes waiting to upload; none on a first sync).
    QSet<QString> shadowed;
    {
        QSqlQuery shadows(m_db);
        if (!shadows.exec(u"SELECT entity, key FROM sync_shadow"_s)) {
            *error = u"could not read the shadow table"_s;
            return false;
        }
        while (shadows.next())
            shadowed.insert(shadows.value(0).toString() + u'\x1e' + shadows.value(1).toString());
    }
    QSqlQuery updateShadow = Database::prepare(m_db,
                                               u"UPDATE sync_shadow SET row = ? WHERE"
                                               " entity = ? AND key = ?"_s);
    for (const Protocol::Change &change : page.changes) {
        const Entity *entity = Entities::byName(change.entity);
        if (!entity) {
            qCWarning(lcSync) << "ignoring change of unknown entity" << change.entity;
            continue;
        }
        const QString key = Entities::keyOf(*entity, change.row);
        const bool hasShadow
            = !shadowed.isEmpty() && shadowed.contains(entity->name + u'\x1e' + key);
        if (hasShadow) {
            // A pending mutation changed this row: keep the server's version for the rebase.
            updateShadow.addBindValue(
                change.deleted ? QVariant(QMetaType(QMetaType::QString))
                               : QVariant(QString::fromUtf8(
                                   QJsonDocument(change.row).toJson(QJsonDocument::Compact))));
            updateShadow.addBindValue(entity->name);
            updateShadow.addBindValue(key);
            if (!Database::exec(updateShadow)) {
                *error = u"could not update the shadow table"_s;
                return false;
            }
            continue;
        }
        const bool ok = change.deleted ? rows.remove(*entity, change.row.toVariantMap())
                                       : rows.putJson(*entity, change.row);
        if (!ok) {
            *error = u"could not write %1 %2"_s.arg(entity->name, key);
            return false;
        }
    }
    for (const QString &table : rows.touchedTables())
        tables->insert(table);
    if (!recordRejections(page.rejected)) {
        *error = u"could not record rejections"_s;
        return false;
    }
    QSqlQuery confirm = Database::prepare(m_db, u"DELETE FROM outbox WHERE mutation_id <= ?"_s);
    confirm.addBindValue(page.lastMutationId);
    if (!Database::exec(confirm) || !setState(u"cursor"_s, page.cursor)
        || !setState(u"confirmed_mutation_id"_s, QString::number(page.lastMutationId))) {
        *error = u"could not store the sync position"_s;
        return false;
    }
    if (!transaction.commit()) {
        *error = u"could not commit the page"_s;
        return false;
    }
    return true;
}

bool Replica::rebase(QSet<QString> *tables, QString *error)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = u"could not start a transaction"_s;
        return false;
    }
    ClientRowStore server(m_db, ClientRowStore::Mode::ServerData);
    QSqlQuery shadows(m_db);
    if (!shadows.exec(u"SELECT entity, key, row FROM sync_shadow"_s)) {
        *error = u"could not read the shadow table"_s;
        return false;
    }
    struct Restore
    {
        const Entity *entity;
        QVariantMap key;
        QJsonObject row; // the server's row; empty when the server has none
        bool absent;
    };
    QList<Restore> restores;
    while (shadows.next()) {
        const Entity *entity = Entities::byName(shadows.value(0).toString());
        if (!entity)
            continue;
        QVariantMap key;
        const QStringList parts = shadows.value(1).toString().split(QChar(0x1f));
        for (int i = 0; i < entity->keyColumns.size(); ++i)
            key.insert(entity->keyColumns.at(i), parts.value(i));
        const bool absent = shadows.value(2).isNull();
        restores << Restore {entity, key,
                             absent
                                 ? QJsonObject()
                                 : QJsonDocument::fromJson(shadows.value(2).toByteArray()).object(),
                             absent};
    }
    shadows.finish();
    for (const Restore &restore : restores) {
        const bool ok = restore.absent ? server.remove(*restore.entity, restore.key)
                                       : server.putJson(*restore.entity, restore.row);
        if (!ok) {
            *error = u"could not restore %1"_s.arg(restore.entity->name);
            return false;
        }
    }
    if (!Database::exec(m_db, u"DELETE FROM sync_shadow"_s, error))
        return false;
    for (const QString &table : server.touchedTables())
        tables->insert(table);

    // Re-apply what the server has not confirmed yet, in order, capturing shadows again.
    ClientRowStore optimistic(m_db, ClientRowStore::Mode::Optimistic);
    QSqlQuery pendingQuery(m_db);
    if (!pendingQuery.exec(
            u"SELECT o.mutation_id, o.name, o.args, o.associate_id,"
            " COALESCE(s.display_name, '') FROM outbox o"
            " LEFT JOIN staff s ON s.id = o.associate_id ORDER BY o.mutation_id"_s)) {
        *error = u"could not read the outbox"_s;
        return false;
    }
    struct Pending
    {
        QString name;
        QJsonObject args;
        MutationContext context;
    };
    QList<Pending> pendingList;
    const QString locationId = Database::scalar(m_db,
                                                u"SELECT value FROM settings WHERE"
                                                " key = 'device.location_id'"_s)
                                   .toString();
    while (pendingQuery.next()) {
        Pending p;
        p.name = pendingQuery.value(1).toString();
        p.args = QJsonDocument::fromJson(pendingQuery.value(2).toByteArray()).object();
        p.context.associateId = pendingQuery.value(3).toString();
        p.context.associateName = pendingQuery.value(4).toString();
        p.context.locationId = locationId;
        p.context.now = p.args.value(u"at"_s).toInteger(Clock::nowMs());
        pendingList << p;
    }
    pendingQuery.finish();
    for (const Pending &p : pendingList) {
        const MutationResult result = Mutators::apply(optimistic, p.name, p.args, p.context);
        if (result.temporary) {
            *error = u"could not re-apply a pending change"_s;
            return false;
        }
    }
    for (const QString &table : optimistic.touchedTables())
        tables->insert(table);
    if (!transaction.commit()) {
        *error = u"could not commit the rebase"_s;
        return false;
    }
    return true;
}
