// SPDX-License-Identifier: MIT
#include "customeradmin.h"
#include "changefeed.h"
#include "clock.h"
#include "database.h"
#include "entities.h"
#include "serverlog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

namespace {

const Entity &entity(const QString &name)
{
    const Entity *e = Entities::byName(name);
    Q_ASSERT(e);
    return *e;
}

/** The tables hung on a customer by customer_id, by entity: what an erasure deletes. */
const QStringList &erasedEntities()
{
    static const QStringList names = {u"preference"_s, u"consent"_s,   u"address"_s,
                                      u"note"_s,       u"wishlist_item"_s, u"cart_line"_s,
                                      u"task"_s,       u"event"_s};
    return names;
}

QJsonArray toJson(const QList<QVariantMap> &rows)
{
    QJsonArray array;
    for (const QVariantMap &row : rows)
        array << QJsonObject::fromVariantMap(row);
    return array;
}

/** Runs the statement with one value (the customer's id). */
bool execWith(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = Database::prepare(db, sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return Database::exec(query);
}

/** A write through the change feed in one transaction: body answers, commit when applied. */
template<typename Body>
MutationResult inFeedTransaction(const QSqlDatabase &db, const QString &actor, Body body)
{
    SqlTransaction transaction(db);
    if (!transaction.isActive() || !ChangeFeedStore::lockFeed(db))
        return MutationResult::retryLater(u"the database is busy; try again"_s);
    ChangeFeedStore rows(db);
    rows.setActor(actor);
    const MutationResult result = body(rows);
    if (!result.applied)
        return result; // rolled back: nothing changed
    if (!transaction.commit())
        return MutationResult::retryLater(u"the database refused the write; try again"_s);
    return result;
}

} // namespace

CustomerAdmin::CustomerAdmin(const QSqlDatabase &db)
    : m_db(db)
{ }

bool CustomerAdmin::moveFollows(ChangeFeedStore &rows, const QString &survivorId,
                                const QString &mergedId)
{
    const QSqlDatabase db = rows.database();
    const QList<QVariantMap> follows = Database::rows(
        db,
        u"SELECT f.device_id, f.followed_at, f.last_active_at, d.location_id,"
        " (SELECT COUNT(*) FROM device_customers s WHERE s.device_id = f.device_id AND"
        " s.customer_id = ?) AS has_survivor FROM device_customers f JOIN devices d ON"
        " d.id = f.device_id WHERE f.customer_id = ?"_s,
        {survivorId, mergedId});
    const auto survivor = rows.get(*Entities::byName(u"customer"_s), {{u"id"_s, survivorId}});
    const QString home = survivor ? survivor->value(u"home_location_id"_s).toString() : QString();
    if (!execWith(db, u"DELETE FROM device_customers WHERE customer_id = ?"_s, {mergedId}))
        return false;
    rows.forgetFollowers();
    for (const QVariantMap &follow : follows) {
        const QString device = follow.value(u"device_id"_s).toString();
        // A tablet of the survivor's own store holds them already.
        if (follow.value(u"has_survivor"_s).toLongLong() > 0
            || follow.value(u"location_id"_s).toString() == home)
            continue;
        if (!execWith(db,
                      u"INSERT INTO device_customers (device_id, customer_id, followed_at,"
                      " last_active_at) VALUES (?, ?, ?, ?)"_s,
                      {device, survivorId, follow.value(u"followed_at"_s),
                       follow.value(u"last_active_at"_s)}))
            return false;
        rows.forgetFollowers();
        if (!rows.publishCustomer(survivorId, u"device:"_s + device, false))
            return false;
    }
    return true;
}

MutationResult CustomerAdmin::merge(const QString &survivorId, const QString &mergedId,
                                    const QString &actor)
{
    const MutationResult result = inFeedTransaction(m_db, actor, [&](ChangeFeedStore &rows) {
        MutationContext context;
        context.associateId = actor;
        context.now = Clock::nowMs();
        context.authoritative = true;
        const MutationResult merged
            = Mutators::mergeCustomers(rows, survivorId, mergedId, context);
        if (merged.applied && !moveFollows(rows, survivorId, mergedId))
            return MutationResult::retryLater(u"could not move the devices' follows"_s);
        return merged;
    });
    if (result.applied)
        qCInfo(lcServer).noquote()
            << u"customer %1 merged into %2 by %3"_s.arg(mergedId, survivorId, actor);
    return result;
}

MutationResult CustomerAdmin::erase(const QString &customerId, const QString &actor)
{
    const MutationResult result = inFeedTransaction(m_db, actor, [&](ChangeFeedStore &rows) {
        const Entity &customers = entity(u"customer"_s);
        const auto customer = rows.get(customers, {{u"id"_s, customerId}});
        if (!customer)
            return MutationResult::rejected(u"not_found"_s,
                                            u"customer %1 does not exist"_s.arg(customerId));
        if (const QString into = customer->value(u"merged_into"_s).toString(); !into.isEmpty())
            return MutationResult::rejected(
                u"invalid"_s,
                u"customer %1 was merged into %2: erase %2"_s.arg(customerId, into));
        if (const qint64 at = customer->value(u"erased_at"_s).toLongLong(); at != 0)
            return MutationResult::rejected(
                u"already_erased"_s,
                u"customer %1 was already erased on %2; nothing changed"_s.arg(
                    customerId,
                    QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate)));
        const qint64 now = Clock::nowMs();
        const QVariantMap mine = {{u"customer_id"_s, customerId}};
        // What concurrent edits overwrote is kept in revisions: their copies go too.
        QStringList noteIds;
        for (const QVariantMap &note : rows.select(entity(u"note"_s), mine))
            noteIds << note.value(u"id"_s).toString();
        for (const QString &name : erasedEntities()) {
            const Entity &e = entity(name);
            for (const QVariantMap &row : rows.select(e, mine)) {
                if (!rows.remove(e, Entities::keyColumnsOf(e, row)))
                    return MutationResult::retryLater(u"could not delete %1"_s.arg(e.table));
            }
        }
        // The proof of consent stays (kind, granted or withdrawn, when, on which channel),
        // without who recorded it: nothing in it says who the customer was.
        const Entity &events = entity(u"consent_event"_s);
        for (const QVariantMap &event : rows.select(events, mine)) {
            if (!rows.put(events, {{u"id"_s, event.value(u"id"_s)}, {u"changed_by"_s, QString()}}))
                return MutationResult::retryLater(u"could not keep the consent history"_s);
        }
        // Orders, payments and refunds stay for the accounts, without where they went.
        const Entity &orders = entity(u"order"_s);
        for (const QVariantMap &order : rows.select(orders, mine)) {
            if (!order.value(u"delivery_address"_s).toString().isEmpty()
                && !rows.put(orders, {{u"id"_s, order.value(u"id"_s)},
                                      {u"delivery_address"_s, QString()},
                                      {u"updated_at"_s, now}}))
                return MutationResult::retryLater(u"could not anonymise the orders"_s);
        }
        // What only the service holds: the channels' accounts, receipts not yet mailed, the
        // shared-address list, overwritten copies, the devices following the customer.
        const QString sep = Database::dialectOf(m_db) == SqlDialect::Postgres ? u"chr(31)"_s
                                                                               : u"char(31)"_s;
        bool ok = execWith(m_db, u"DELETE FROM customer_links WHERE customer_id = ?"_s,
                           {customerId})
            && execWith(m_db, u"DELETE FROM outbound_emails WHERE customer_id = ?"_s,
                        {customerId})
            && execWith(m_db, u"DELETE FROM customer_email_clashes WHERE customer_id = ?"_s,
                        {customerId})
            && execWith(m_db,
                        u"DELETE FROM revisions WHERE (entity = 'customer' AND row_key = ?)"
                        " OR (entity = 'preference' AND substr(row_key, 1, ?) = ? || "_s
                            + sep + u")"_s,
                        {customerId, customerId.size() + 1, customerId});
        for (const QString &noteId : std::as_const(noteIds)) {
            ok = ok
                && execWith(m_db,
                            u"DELETE FROM revisions WHERE entity = 'note' AND row_key = ?"_s,
                            {noteId});
        }
        // Orders and events the web shop sent for their email before they were a customer.
        const QString email = customer->value(u"email"_s).toString();
        if (ok && !email.isEmpty())
            ok = execWith(m_db, u"DELETE FROM held_ingestions WHERE email = ?"_s, {email});
        if (!ok)
            return MutationResult::retryLater(u"could not erase the service's own records"_s);
        // The row last: a tablet that pulls it has had everything above in the same or an
        // earlier page, and erases what it still holds (Replica).
        QVariantMap anonymous = {{u"id"_s, customerId},
                                 {u"erased_at"_s, now},
                                 {u"updated_at"_s, now},
                                 {u"version"_s, customer->value(u"version"_s).toLongLong() + 1}};
        for (const QString &column : Mutators::customerPersonalColumns())
            anonymous.insert(column, QString());
        if (!rows.put(customers, anonymous))
            return MutationResult::retryLater(u"could not anonymise the customer"_s);
        // The devices following them stop only now: the anonymised row above went to them
        // too, so a tablet serving them as a visitor erases them on its next pull as well.
        if (!execWith(m_db, u"DELETE FROM device_customers WHERE customer_id = ?"_s,
                      {customerId}))
            return MutationResult::retryLater(u"could not end the devices' follows"_s);
        return MutationResult::ok();
    });
    if (result.applied)
        qCInfo(lcServer).noquote()
            << u"customer %1 erased by %2"_s.arg(customerId, actor);
    return result;
}

std::optional<QJsonObject> CustomerAdmin::exportCustomer(const QString &customerId,
                                                         Protocol::Error *error)
{
    // One snapshot for the whole file.
    SqlTransaction transaction(m_db, SqlTransaction::Mode::Deferred);
    const QList<QVariantMap> customer
        = Database::rows(m_db, u"SELECT * FROM customers WHERE id = ?"_s, {customerId});
    if (customer.isEmpty()) {
        *error = {u"not_found"_s, u"customer %1 does not exist"_s.arg(customerId)};
        return std::nullopt;
    }
    QJsonObject out;
    out.insert(u"format"_s, u"clienteling-customer-export/1"_s);
    out.insert(u"exportedAt"_s, Clock::nowMs());
    out.insert(u"customer"_s, QJsonObject::fromVariantMap(customer.first()));
    const auto byCustomer = [&](const QString &table, const QString &orderBy) {
        return toJson(Database::rows(m_db,
                                     u"SELECT * FROM %1 WHERE customer_id = ? ORDER BY %2"_s.arg(
                                         table, orderBy),
                                     {customerId}));
    };
    // Every table that names the customer, by its table name.
    const QList<std::pair<QString, QString>> tables = {
        {u"customer_preferences"_s, u"key"_s},   {u"consents"_s, u"kind"_s},
        {u"consent_events"_s, u"changed_at, id"_s}, {u"addresses"_s, u"id"_s},
        {u"customer_events"_s, u"occurred_at, id"_s}, {u"notes"_s, u"created_at, id"_s},
        {u"tasks"_s, u"created_at, id"_s},        {u"wishlist_items"_s, u"added_at, sku"_s},
        {u"cart_lines"_s, u"added_at, id"_s},     {u"reservations"_s, u"created_at, id"_s},
        {u"transfers"_s, u"created_at, id"_s},    {u"customer_links"_s, u"source, external_id"_s},
        {u"outbound_emails"_s, u"created_at, id"_s},
    };
    for (const auto &[table, orderBy] : tables)
        out.insert(table, byCustomer(table, orderBy));
    if (m_db.tables().contains(u"device_customers"_s)
        && m_db.record(u"device_customers"_s).contains(u"customer_id"_s))
        out.insert(u"device_customers"_s, byCustomer(u"device_customers"_s, u"1"_s));
    // Orders with what hangs on them.
    QJsonArray orders;
    for (const QVariantMap &order : Database::rows(
             m_db, u"SELECT * FROM orders WHERE customer_id = ? ORDER BY created_at, id"_s,
             {customerId})) {
        QJsonObject entry = QJsonObject::fromVariantMap(order);
        const QString orderId = order.value(u"id"_s).toString();
        for (const auto &[key, table, orderBy] :
             {std::tuple {u"lines"_s, u"order_lines"_s, u"line_no, id"_s},
              std::tuple {u"status_history"_s, u"order_status_history"_s, u"occurred_at, id"_s},
              std::tuple {u"payments"_s, u"payments"_s, u"created_at, id"_s},
              std::tuple {u"refunds"_s, u"refunds"_s, u"created_at, id"_s}}) {
            entry.insert(key, toJson(Database::rows(
                                  m_db,
                                  u"SELECT * FROM %1 WHERE order_id = ? ORDER BY %2"_s.arg(
                                      table, orderBy),
                                  {orderId})));
        }
        orders << entry;
    }
    out.insert(u"orders"_s, orders);
    // Records merged into this one (tombstones), and earlier values concurrent edits replaced.
    out.insert(u"merged_from"_s,
               toJson(Database::rows(m_db,
                                     u"SELECT id, merged_into, updated_at FROM customers WHERE"
                                     " merged_into = ? ORDER BY id"_s,
                                     {customerId})));
    out.insert(u"revisions"_s,
               toJson(Database::rows(m_db,
                                     u"SELECT entity, row_key, data, replaced_at FROM revisions"
                                     " WHERE entity = 'customer' AND row_key = ?"
                                     " ORDER BY replaced_at, id"_s,
                                     {customerId})));
    return out;
}

std::optional<MutationResult> CustomerAdmin::redirect(RowStore &rows, const QString &name,
                                                      QJsonObject *args)
{
    QStringList keys = {u"customerId"_s};
    if (name == u"customer.update"_s)
        keys << u"id"_s;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue value = args->value(key);
        if (!value.isString() || value.toString().isEmpty())
            continue;
        const QString given = value.toString();
        const Mutators::ResolvedCustomer resolved = Mutators::resolveCustomer(rows, given);
        if (resolved.id.isEmpty())
            continue; // unknown: the mutator answers as it does for any unknown id
        if (resolved.erased) {
            // A sale and a transfer stay, without the customer; anything else about them is
            // refused.
            if (key == u"customerId"_s
                && (name == u"order.create"_s || name == u"transfer.request"_s)) {
                args->insert(key, QString());
                continue;
            }
            return MutationResult::rejected(
                u"not_found"_s,
                u"customer %1's personal data was erased at their request"_s.arg(given));
        }
        if (resolved.id != given)
            args->insert(key, resolved.id);
    }
    return std::nullopt;
}
