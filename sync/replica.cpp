// SPDX-License-Identifier: MIT
#include "replica.h"
#include "clientrowstore.h"
#include "clock.h"
#include "database.h"
#include "entities.h"
#include "mutators.h"
#include "synclog.h"

#include <QJsonDocument>
#include <QJsonObject>
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

qint64 Replica::clientBase() const
{
    return state(u"client_base"_s).toLongLong();
}

qint64 Replica::confirmed() const
{
    return state(u"confirmed_mutation_id"_s).toLongLong();
}

bool Replica::switchClient(qint64 *base)
{
    // The new client starts just below what is still queued (that goes up under it), or after
    // the last id this file ever used when nothing is.
    const QVariant firstQueued = Database::scalar(m_db, u"SELECT MIN(mutation_id) FROM outbox"_s);
    *base = !firstQueued.isNull() && firstQueued.isValid()
        ? firstQueued.toLongLong() - 1
        : qMax(confirmed(),
               Database::scalar(m_db,
                                u"SELECT COALESCE(MAX(seq), 0) FROM sqlite_sequence"
                                " WHERE name = 'outbox'"_s)
                   .toLongLong());
    // The archive held the old client's confirmed mutations: they can never go up again.
    return Database::exec(m_db, u"DELETE FROM outbox_archive"_s)
        && setState(u"client_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces))
        && setState(u"client_base"_s, QString::number(*base))
        && setState(u"confirmed_mutation_id"_s, QString::number(*base))
        && setState(u"archive_floor"_s, QString::number(*base))
        && setState(u"archive_floor_at"_s, QString::number(Clock::nowMs()));
}

bool Replica::startNewClient(QString *error)
{
    SqlTransaction transaction(m_db);
    qint64 base = 0;
    if (!transaction.isActive() || !switchClient(&base) || !transaction.commit()) {
        *error = u"could not start a new sync client"_s;
        return false;
    }
    qCInfo(lcSync) << "new sync client after mutation" << base;
    return true;
}

bool Replica::recover(qint64 serviceLast, Recovery *out, QString *error)
{
    *out = {};
    SqlTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = u"could not start a transaction"_s;
        return false;
    }
    const qint64 had = confirmed();
    if (serviceLast >= had)
        return true;
    // Back in the queue, with their ids: the service expects serviceLast + 1 next.
    QSqlQuery requeue = Database::prepare(
        m_db,
        u"INSERT INTO outbox (mutation_id, name, args, associate_id, created_at)"
        " SELECT mutation_id, name, args, associate_id, created_at FROM outbox_archive"
        " WHERE mutation_id > ? AND mutation_id <= ? ON CONFLICT (mutation_id) DO NOTHING"_s);
    requeue.addBindValue(serviceLast);
    requeue.addBindValue(had);
    QSqlQuery unarchive
        = Database::prepare(m_db, u"DELETE FROM outbox_archive WHERE mutation_id > ?"_s);
    unarchive.addBindValue(serviceLast);
    if (!Database::exec(requeue) || !Database::exec(unarchive)) {
        *error = u"could not put archived changes back in the queue"_s;
        return false;
    }
    out->requeued = requeue.numRowsAffected();
    // Ids are dense (AUTOINCREMENT, never reused; a rolled-back insert takes none), so what
    // is missing between serviceLast and what was confirmed is what the archive no longer has.
    out->lost = had - serviceLast - out->requeued;
    if (out->lost > 0) {
        out->lostUpTo = state(u"archive_floor_at"_s).toLongLong();
        // A notice among the refused changes, until the associate dismisses it. Negative id:
        // no mutation has it, and the lost ids may have their own refusals recorded.
        QSqlQuery notice = Database::prepare(
            m_db,
            u"INSERT INTO sync_rejections (mutation_id, name, args, code, message, decided_at)"
            " VALUES (?, 'sync.lost', ?, 'lost', ?, ?) ON CONFLICT (mutation_id) DO UPDATE SET"
            " args = excluded.args, message = excluded.message,"
            " decided_at = excluded.decided_at, dismissed = 0"_s);
        notice.addBindValue(-(serviceLast + 1));
        notice.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonObject {{u"count"_s, out->lost}, {u"upTo"_s, out->lostUpTo}})
                .toJson(QJsonDocument::Compact)));
        notice.addBindValue(u"the service was restored and lost %1 confirmed change(s) this"
                            " tablet no longer holds"_s.arg(out->lost));
        notice.addBindValue(Clock::nowMs());
        qint64 base = 0;
        if (!Database::exec(notice) || !switchClient(&base)) {
            *error = u"could not record the lost changes"_s;
            return false;
        }
        out->newClient = true;
        qCWarning(lcSync) << "the service lost" << out->lost << "confirmed change(s) up to" << had
                          << "that are no longer archived; new sync client after" << base;
    } else if (!setState(u"confirmed_mutation_id"_s, QString::number(serviceLast))) {
        *error = u"could not store the sync position"_s;
        return false;
    }
    // The local rows may hold what the service lost: rebuild them from the service, then
    // re-apply the queue on top.
    if (!setState(u"cursor"_s, QString()) || !setState(u"reset_requested"_s, u"1"_s)) {
        *error = u"could not ask for a full sync"_s;
        return false;
    }
    if (!transaction.commit()) {
        *error = u"could not commit the recovery"_s;
        return false;
    }
    qCInfo(lcSync) << "the service holds changes up to" << serviceLast << "of" << had
                   << "confirmed:" << out->requeued << "sent again," << out->lost << "lost";
    return true;
}

bool Replica::pruneArchive(qint64 cutoff)
{
    QSqlQuery oldest = Database::prepare(m_db,
                                         u"SELECT MAX(mutation_id), MAX(created_at) FROM"
                                         " outbox_archive WHERE confirmed_at < ?"_s);
    oldest.addBindValue(cutoff);
    if (!Database::exec(oldest) || !oldest.next())
        return false;
    if (oldest.value(0).isNull())
        return true;
    const qint64 floor = oldest.value(0).toLongLong();
    const qint64 floorAt = oldest.value(1).toLongLong();
    oldest.finish();
    QSqlQuery prune
        = Database::prepare(m_db, u"DELETE FROM outbox_archive WHERE mutation_id <= ?"_s);
    prune.addBindValue(floor);
    return Database::exec(prune)
        && setState(u"archive_floor"_s,
                    QString::number(qMax(floor, state(u"archive_floor"_s).toLongLong())))
        && setState(u"archive_floor_at"_s, QString::number(floorAt));
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

namespace {

/** Whether a queued mutation is about the customer: names them, or a note or cart line of
    theirs. */
bool namesCustomer(const QString &name, const QJsonObject &args, const QString &customerId,
                   const QSet<QString> &noteIds, const QSet<QString> &cartLineIds)
{
    if (args.value(u"customerId"_s).toString() == customerId)
        return true;
    const QString id = args.value(u"id"_s).toString();
    if (name.startsWith(u"customer."_s)
        && (id == customerId || args.value(u"survivorId"_s).toString() == customerId
            || args.value(u"mergedId"_s).toString() == customerId))
        return true;
    return (name.startsWith(u"note."_s) && noteIds.contains(id))
        || (name.startsWith(u"cart."_s) && cartLineIds.contains(id));
}

/** The arguments a discarded mutation keeps: only what names the customer (the service then
    refuses it, and re-applying it here changes nothing), never what was said about them. */
QJsonObject discardedArgs(const QJsonObject &args)
{
    QJsonObject kept {{u"discarded"_s, u"erased"_s}};
    for (const QString &key : {u"id"_s, u"customerId"_s, u"survivorId"_s, u"mergedId"_s}) {
        if (args.contains(key))
            kept.insert(key, args.value(key));
    }
    return kept;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

bool Replica::eraseCustomer(ClientRowStore &rows, const QString &customerId,
                            QSet<QString> *tables)
{
    // The customer's notes and cart lines, which later mutations name by their own ids.
    QSet<QString> noteIds;
    QSet<QString> cartLineIds;
    for (const auto &[table, ids] : {std::pair {u"notes"_s, &noteIds},
                                     std::pair {u"cart_lines"_s, &cartLineIds}}) {
        QSqlQuery query = Database::prepare(
            m_db, u"SELECT id FROM %1 WHERE customer_id = ?"_s.arg(table));
        query.addBindValue(customerId);
        if (!Database::exec(query))
            return false;
        while (query.next())
            ids->insert(query.value(0).toString());
    }
    // Queued changes about them are discarded: their arguments emptied of what they said (the
    // ids stay dense: the service refuses them when they go up), each shown to the associate
    // among the refused changes. A sale or a transfer stays, without the customer.
    const qint64 now = Clock::nowMs();
    QSqlQuery queued(m_db);
    if (!queued.exec(u"SELECT mutation_id, name, args FROM outbox ORDER BY mutation_id"_s))
        return false;
    struct Rewrite
    {
        qint64 id;
        QString name;
        QJsonObject args;
        bool discarded;
    };
    QList<Rewrite> rewrites;
    while (queued.next()) {
        const QString name = queued.value(1).toString();
        QJsonObject args = QJsonDocument::fromJson(queued.value(2).toByteArray()).object();
        if (!namesCustomer(name, args, customerId, noteIds, cartLineIds))
            continue;
        if (name == u"order.create"_s || name == u"transfer.request"_s) {
            args.insert(u"customerId"_s, QString());
            rewrites << Rewrite {queued.value(0).toLongLong(), name, args, false};
        } else {
            rewrites << Rewrite {queued.value(0).toLongLong(), name, discardedArgs(args), true};
        }
    }
    queued.finish();
    QSqlQuery rewrite = Database::prepare(m_db, u"UPDATE outbox SET args = ? WHERE mutation_id = ?"_s);
    QSqlQuery notice = Database::prepare(
        m_db,
        u"INSERT INTO sync_rejections (mutation_id, name, args, code, message, decided_at)"
        " VALUES (?, ?, '{}', 'erased', ?, ?) ON CONFLICT (mutation_id) DO NOTHING"_s);
    for (const Rewrite &change : std::as_const(rewrites)) {
        rewrite.addBindValue(compact(change.args));
        rewrite.addBindValue(change.id);
        if (!Database::exec(rewrite))
            return false;
        if (!change.discarded)
            continue;
        notice.addBindValue(change.id);
        notice.addBindValue(change.name);
        notice.addBindValue(u"the customer's personal data was erased at their request;"
                            " this change made on this tablet was discarded"_s);
        notice.addBindValue(now);
        if (!Database::exec(notice))
            return false;
        tables->insert(u"sync_rejections"_s);
    }
    if (!rewrites.isEmpty())
        qCInfo(lcSync) << "customer erased on the service:" << rewrites.size()
                       << "queued change(s) about them discarded or anonymised";
    // Copies of what was said about them: confirmed changes kept to send again, and refusals.
    // A change the service refused because the erasure reached it first (not_found) is shown
    // with the erasure as its reason.
    QSqlQuery relabel = Database::prepare(
        m_db,
        u"UPDATE sync_rejections SET code = 'erased' WHERE mutation_id = ?"
        " AND code = 'not_found'"_s);
    for (const QString &table : {u"outbox_archive"_s, u"sync_rejections"_s}) {
        QSqlQuery copies(m_db);
        if (!copies.exec(u"SELECT mutation_id, name, args FROM "_s + table))
            return false;
        QList<std::pair<qint64, QJsonObject>> scrub;
        while (copies.next()) {
            const QJsonObject args = QJsonDocument::fromJson(copies.value(2).toByteArray()).object();
            if (namesCustomer(copies.value(1).toString(), args, customerId, noteIds, cartLineIds))
                scrub << std::pair {copies.value(0).toLongLong(), discardedArgs(args)};
        }
        copies.finish();
        QSqlQuery update = Database::prepare(
            m_db, u"UPDATE "_s + table + u" SET args = ? WHERE mutation_id = ?"_s);
        for (const auto &[id, args] : std::as_const(scrub)) {
            update.addBindValue(compact(args));
            update.addBindValue(id);
            if (!Database::exec(update))
                return false;
            if (table == u"sync_rejections"_s) {
                relabel.addBindValue(id);
                if (!Database::exec(relabel))
                    return false;
                tables->insert(u"sync_rejections"_s);
            }
        }
    }
    // Everything still held of them, with the server's copies kept for a rebase.
    QSqlQuery dropShadow
        = Database::prepare(m_db, u"DELETE FROM sync_shadow WHERE entity = ? AND key = ?"_s);
    for (const QString &name : {u"preference"_s, u"consent"_s, u"consent_event"_s, u"address"_s,
                                u"note"_s, u"wishlist_item"_s, u"cart_line"_s, u"task"_s,
                                u"event"_s}) {
        const Entity *entity = Entities::byName(name);
        for (const QVariantMap &row : rows.select(*entity, {{u"customer_id"_s, customerId}})) {
            dropShadow.addBindValue(entity->name);
            dropShadow.addBindValue(Entities::keyOf(*entity, row));
            if (!Database::exec(dropShadow)
                || !rows.remove(*entity, Entities::keyColumnsOf(*entity, row)))
                return false;
        }
    }
    // A sale being rung up for them goes on without the customer; orders keep no address.
    QSqlQuery sales = Database::prepare(
        m_db, u"UPDATE sales SET customer_id = '' WHERE customer_id = ?"_s);
    sales.addBindValue(customerId);
    QSqlQuery orders = Database::prepare(
        m_db, u"UPDATE orders SET delivery_address = '' WHERE customer_id = ?"_s);
    orders.addBindValue(customerId);
    if (!Database::exec(sales) || !Database::exec(orders))
        return false;
    tables->insert(u"sales"_s);
    tables->insert(u"orders"_s);
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
    // A reset the tablet asked for itself (after the service lost confirmed changes) starts
    // from an empty cursor, which the service answers without reset.
    const bool reset = page.reset || state(u"reset_requested"_s) == u"1"_s;
    if (reset) {
        // The server asks us to start over: its snapshot replaces every replicated row.
        qCInfo(lcSync) << "server asked for a reset: replacing the local copy";
        for (const Entity &entity : Entities::all()) {
            if (!Database::exec(m_db, u"DELETE FROM "_s + entity.table, error))
                return false;
            tables->insert(entity.table);
        }
        if (!Database::exec(m_db, u"DELETE FROM sync_shadow"_s, error)
            || !setState(u"reset_requested"_s, u"0"_s))
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
    QStringList erased; // customers whose personal data the service erased
    for (const Protocol::Change &change : page.changes) {
        const Entity *entity = Entities::byName(change.entity);
        if (!entity) {
            qCWarning(lcSync) << "ignoring change of unknown entity" << change.entity;
            continue;
        }
        const QString key = Entities::keyOf(*entity, change.row);
        if (!change.deleted && entity->name == u"customer"_s
            && change.row.value(u"erased_at"_s).toInteger() != 0)
            erased << key;
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
    if (!recordRejections(page.rejected)) {
        *error = u"could not record rejections"_s;
        return false;
    }
    // After the refusals: one of a change about an erased customer is reworded too.
    for (const QString &customerId : std::as_const(erased)) {
        if (!eraseCustomer(rows, customerId, tables)) {
            *error = u"could not erase customer %1"_s.arg(customerId);
            return false;
        }
    }
    for (const QString &table : rows.touchedTables())
        tables->insert(table);
    // Confirmed mutations leave the queue for the archive: if the service is restored from a
    // backup that lacks them, they are sent again (recover()).
    const qint64 confirmedUpTo = qMax(page.lastMutationId, clientBase());
    const qint64 now = Clock::nowMs();
    QSqlQuery archive = Database::prepare(
        m_db,
        u"INSERT INTO outbox_archive (mutation_id, name, args, associate_id, created_at,"
        " confirmed_at) SELECT mutation_id, name, args, associate_id, created_at, ? FROM outbox"
        " WHERE mutation_id <= ? ON CONFLICT (mutation_id) DO NOTHING"_s);
    archive.addBindValue(now);
    archive.addBindValue(confirmedUpTo);
    QSqlQuery confirm = Database::prepare(m_db, u"DELETE FROM outbox WHERE mutation_id <= ?"_s);
    confirm.addBindValue(confirmedUpTo);
    if (!Database::exec(archive) || !Database::exec(confirm)
        || !pruneArchive(now - archiveDays * 24 * 3600 * 1000)
        || !setState(u"cursor"_s, page.cursor)
        || !setState(u"confirmed_mutation_id"_s, QString::number(confirmedUpTo))) {
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
