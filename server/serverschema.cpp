// SPDX-License-Identifier: MIT
#include "serverschema.h"
#include "customersearch.h"
#include "phonenumbers.h"
#include "schema.h"
#include "serverlog.h"

#include <QDateTime>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace ServerSchema {

QList<Migration> migrations(SqlDialect dialect)
{
    QList<Migration> list;

    Migration v1;
    v1.version = 1;
    v1.description = u"domain tables, devices, sync state and change feed"_s;
    v1.statements = Schema::replicatedTablesV1();
    v1.statements += {
        u"CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        // The database's identity: cursors from another database (a restore, a new server)
        // are recognised and answered with a reset.
        u"INSERT INTO server_meta (key, value) VALUES ('epoch', '%1')"_s.arg(
            QUuid::createUuid().toString(QUuid::WithoutBraces)),
        // One counter for the whole change feed, bumped inside every write transaction. Its
        // row lock orders commits, so a reader never sees version n+1 without n.
        u"CREATE TABLE sync_version (id INTEGER PRIMARY KEY, version BIGINT NOT NULL)"_s,
        u"INSERT INTO sync_version (id, version) VALUES (1, 0)"_s,
        // The change feed: the newest version of every row per scope; deleted rows stay as
        // tombstones so a device learns of deletions and of rows leaving its scope.
        u"CREATE TABLE changes (scope TEXT NOT NULL, entity TEXT NOT NULL,"
        " row_key TEXT NOT NULL, version BIGINT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
        " PRIMARY KEY (scope, entity, row_key))"_s,
        u"CREATE UNIQUE INDEX changes_version ON changes (version, scope, entity, row_key)"_s,
        u"CREATE INDEX changes_row ON changes (entity, row_key)"_s,

        u"CREATE TABLE devices (id TEXT PRIMARY KEY, location_id TEXT NOT NULL,"
        " mode TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', token_hash TEXT NOT NULL UNIQUE,"
        " enrolled_at BIGINT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0,"
        " last_seen_at BIGINT NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE enrolment_codes (code_hash TEXT PRIMARY KEY, location_id TEXT NOT NULL,"
        " mode TEXT NOT NULL, created_by TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL,"
        " expires_at BIGINT NOT NULL, used_at BIGINT NOT NULL DEFAULT 0,"
        " device_id TEXT NOT NULL DEFAULT '')"_s,

        // Per sync client (one per tablet database file): the last mutation applied.
        u"CREATE TABLE clients (client_id TEXT PRIMARY KEY, device_id TEXT NOT NULL,"
        " last_mutation_id BIGINT NOT NULL DEFAULT 0, created_at BIGINT NOT NULL,"
        " updated_at BIGINT NOT NULL)"_s,
        // Rejected mutations keep their reason so a re-send or a pull can report it.
        u"CREATE TABLE mutation_results (client_id TEXT NOT NULL, mutation_id BIGINT NOT NULL,"
        " name TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL,"
        " decided_at BIGINT NOT NULL, PRIMARY KEY (client_id, mutation_id))"_s,
        // What concurrent edits overwrote (notes, preferences, customer fields).
        u"CREATE TABLE revisions (id TEXT PRIMARY KEY, entity TEXT NOT NULL,"
        " row_key TEXT NOT NULL, data TEXT NOT NULL, replaced_at BIGINT NOT NULL,"
        " replaced_by TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX revisions_row ON revisions (entity, row_key)"_s,
        // Webhooks seen, by source and external id: a re-delivered webhook changes nothing.
        u"CREATE TABLE ingested (source TEXT NOT NULL, external_id TEXT NOT NULL,"
        " kind TEXT NOT NULL, received_at BIGINT NOT NULL,"
        " PRIMARY KEY (source, kind, external_id))"_s,
    };
    list << v1;

    Migration v2;
    v2.version = 2;
    v2.description = u"reservations, transfers, delivery options, pickup"_s;
    v2.statements = Schema::replicatedTablesV2();
    list << v2;

    Migration v3;
    v3.version = 3;
    v3.description = u"home delivery details on cart lines"_s;
    v3.statements = Schema::replicatedTablesV3();
    list << v3;

    Migration v4;
    v4.version = 4;
    v4.description = u"checkout: gift cards, coupons, cash counts"_s;
    v4.statements = Schema::replicatedTablesV4();
    // Each redemption once, whatever the re-sends.
    v4.statements << u"CREATE TABLE gift_card_movements (id TEXT PRIMARY KEY,"
                     " card_id TEXT NOT NULL, amount_minor BIGINT NOT NULL,"
                     " order_id TEXT NOT NULL DEFAULT '', at BIGINT NOT NULL)"_s;
    list << v4;

    Migration v5;
    v5.version = 5;
    v5.description = u"receipts queued for email"_s;
    // The mail relay takes queued rows from here (docs/operations.md).
    v5.statements << u"CREATE TABLE outbound_emails (id TEXT PRIMARY KEY,"
                     " order_id TEXT NOT NULL, customer_id TEXT NOT NULL,"
                     " to_address TEXT NOT NULL, language TEXT NOT NULL DEFAULT '',"
                     " kind TEXT NOT NULL, attachment TEXT NOT NULL DEFAULT '',"
                     " status TEXT NOT NULL DEFAULT 'queued', created_at BIGINT NOT NULL)"_s;
    list << v5;

    Migration v6;
    v6.version = 6;
    v6.description = u"change feed by scope and version"_s;
    // A pull reads each of its scopes from the cursor in version order and merges them: on a
    // big service the version index alone walks every other store's changes too (a store is a
    // tenth of the feed). Covering, so a page never reads the table.
    v6.statements << u"CREATE UNIQUE INDEX changes_scope_version ON changes"
                     " (scope, version, entity, row_key, deleted)"_s;
    list << v6;

    Migration v7;
    v7.version = 7;
    v7.description = u"kiosk and gift card scopes, staff lock, cursors that survive restores"_s;
    v7.statements = Schema::replicatedTablesV5();
    v7.statements += {
        // One random token per committed write (keyed by its first feed version), put in the
        // cursor: a database restored from a backup holds other tokens for the versions it
        // reuses, so cursors that name lost writes reset instead of skipping changes.
        u"CREATE TABLE sync_commits (version BIGINT PRIMARY KEY, token TEXT NOT NULL,"
        " committed_at BIGINT NOT NULL)"_s,
        u"CREATE INDEX sync_commits_at ON sync_commits (committed_at)"_s,
        u"INSERT INTO sync_commits (version, token, committed_at) SELECT version, '%1', %2"
        " FROM sync_version WHERE id = 1"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(16))
            .arg(QDateTime::currentMSecsSinceEpoch()),
        // Gift cards leave the feed (their balances are asked for online); kiosks read an
        // allow-list of the feed from now on. A new epoch resets every device once, so tablets
        // drop the gift cards they hold and kiosks the staff and customers they were sent.
        u"DELETE FROM changes WHERE entity = 'gift_card'"_s,
        u"UPDATE server_meta SET value = '%1' WHERE key = 'epoch'"_s.arg(
            QUuid::createUuid().toString(QUuid::WithoutBraces)),
    };
    list << v7;

    Migration v8;
    v8.version = 8;
    v8.description = u"email addresses in one spelling, order updates as fields"_s;
    v8.statements = Schema::replicatedTablesV6();
    // Customers whose addresses are the same once compared in lower case: a webhook naming the
    // address cannot tell which one it means and is refused (ambiguous_customer) until someone
    // corrects or merges them. Kept for the operators; reportEmailClashes() logs them.
    v8.statements << u"CREATE TABLE customer_email_clashes (email TEXT NOT NULL,"
                     " customer_id TEXT NOT NULL, PRIMARY KEY (email, customer_id))"_s
                  << u"INSERT INTO customer_email_clashes (email, customer_id)"
                     " SELECT c.email, c.id FROM customers c WHERE c.email <> '' AND EXISTS"
                     " (SELECT 1 FROM customers d WHERE d.email = c.email AND d.id <> c.id)"_s;
    list << v8;

    Migration v9;
    v9.version = 9;
    v9.description = u"order numbers unique: device prefixes, duplicates renumbered"_s;
    v9.statements = {
        // Each device's part of the store's order numbers, unique by construction: a counter
        // over the devices in the order they enrolled (a tablet numbers its orders offline as
        // <store>-<yyMMdd>-<prefix>-<its own counter>, docs/sync-protocol.md).
        u"ALTER TABLE devices ADD COLUMN order_prefix BIGINT"_s,
        u"UPDATE devices SET order_prefix = (SELECT COUNT(*) FROM devices d WHERE d.enrolled_at"
        " < devices.enrolled_at OR (d.enrolled_at = devices.enrolled_at AND d.id <= devices.id))"_s,
        u"CREATE UNIQUE INDEX devices_order_prefix ON devices (order_prefix)"_s,
        // Orders that shared a number: the oldest keeps it, each other gets "-2", "-3", ... in
        // the order they were created. Kept for the operators; reportOrderNumberChanges() logs
        // each once, at the next start (docs/operations.md).
        u"CREATE TABLE order_number_changes (order_id TEXT PRIMARY KEY,"
        " old_number TEXT NOT NULL, new_number TEXT NOT NULL, changed_at BIGINT NOT NULL,"
        " reported INTEGER NOT NULL DEFAULT 0)"_s,
        u"INSERT INTO order_number_changes (order_id, old_number, new_number, changed_at)"
        " SELECT id, number, number || '-' || CAST(n AS TEXT), %1 FROM (SELECT id, number,"
        " ROW_NUMBER() OVER (PARTITION BY number ORDER BY created_at, id) AS n FROM orders"
        " WHERE number <> '') numbered WHERE n > 1"_s.arg(QDateTime::currentMSecsSinceEpoch()),
        u"UPDATE orders SET number = (SELECT c.new_number FROM order_number_changes c WHERE"
        " c.order_id = orders.id) WHERE id IN (SELECT order_id FROM order_number_changes)"_s,
        // The renumbered orders go to the tablets again, with their new numbers.
        u"UPDATE changes SET version = (SELECT version + 1 FROM sync_version WHERE id = 1)"
        " WHERE entity = 'order' AND row_key IN (SELECT order_id FROM order_number_changes)"_s,
        u"UPDATE sync_version SET version = version + 1 WHERE id = 1 AND EXISTS"
        " (SELECT 1 FROM order_number_changes)"_s,
        u"CREATE UNIQUE INDEX orders_number ON orders (number) WHERE number <> ''"_s,
    };
    list << v9;

    Migration v10;
    v10.version = 10;
    v10.description = u"phone numbers read with libphonenumber, in E.164 beside as typed"_s;
    v10.statements = Schema::replicatedTablesV7();
    // The tablets run the same reading of the same rows in their own migration, so the feed is
    // not republished: every customer would otherwise go to every tablet again.
    v10.afterStatements = PhoneNumbers::backfillCustomers;
    list << v10;

    Migration v11;
    v11.version = 11;
    v11.description = u"gift cards named by a keyed hash"_s;
    v11.statements = {
        // Cards were named by the plain SHA-256 of their number, which a search over the 12
        // unknown digits reverses. Listed here, they are re-keyed with the service's key when
        // it starts (GiftCardKey::open: payments, refunds and movements naming them too), and
        // every device downloads its data again so its copies hold only the new ids.
        u"CREATE TABLE gift_card_legacy_ids (id TEXT PRIMARY KEY)"_s,
        u"INSERT INTO gift_card_legacy_ids (id) SELECT id FROM gift_cards"_s,
        u"UPDATE server_meta SET value = '%1' WHERE key = 'epoch'"_s.arg(
            QUuid::createUuid().toString(QUuid::WithoutBraces)),
    };
    list << v11;

    Migration v12;
    v12.version = 12;
    v12.description = u"customers from the web shop, app and call centre, by their own ids"_s;
    v12.statements = {
        // A channel's customer (its account id) is one of ours: found again by that id on every
        // later delivery; updated_at is the channel's time of the last change applied, so a
        // re-delivery or an older change changes nothing (POST /v1/ingest/customers).
        u"CREATE TABLE customer_links (source TEXT NOT NULL, external_id TEXT NOT NULL,"
        " customer_id TEXT NOT NULL, updated_at BIGINT NOT NULL DEFAULT 0,"
        " PRIMARY KEY (source, external_id))"_s,
        u"CREATE INDEX customer_links_customer ON customer_links (customer_id)"_s,
    };
    list << v12;

    Migration v13;
    v13.version = 13;
    v13.description = u"customer search over the whole chain"_s;
    // Every customer's name words (and each of their prefixes), email, phone forms and loyalty
    // card, and the folded full name, for GET /v1/customers/search and /duplicates; kept by
    // ChangeFeedStore wherever a customer is written (CustomerSearch).
    v13.statements = CustomerSearch::migrationStatements(dialect);
    v13.afterStatements = CustomerSearch::rebuild;
    list << v13;

    Migration v14;
    v14.version = 14;
    v14.description = u"customers a device follows; webhooks held for a customer to come"_s;
    v14.statements = {
        // A tablet serving a customer of another store (or of none) follows them: its pulls
        // bring that customer's rows (scope device:<id>) until the follow lapses after 30 days
        // without activity; at most 200 per device (docs/sync-protocol.md).
        u"CREATE TABLE device_customers (device_id TEXT NOT NULL, customer_id TEXT NOT NULL,"
        " followed_at BIGINT NOT NULL, last_active_at BIGINT NOT NULL,"
        " PRIMARY KEY (device_id, customer_id))"_s,
        u"CREATE INDEX device_customers_customer ON device_customers (customer_id)"_s,
        // Orders and events naming an email no customer has yet: kept (the request as sent) and
        // applied in arrival order when a customer with that email comes; reason says why one
        // could not be applied then. Dropped after 90 days (docs/api.md).
        u"CREATE TABLE held_ingestions (source TEXT NOT NULL, kind TEXT NOT NULL,"
        " external_id TEXT NOT NULL, email TEXT NOT NULL, body TEXT NOT NULL,"
        " arrival BIGINT NOT NULL, received_at BIGINT NOT NULL,"
        " reason TEXT NOT NULL DEFAULT '', PRIMARY KEY (source, kind, external_id))"_s,
        u"CREATE INDEX held_ingestions_email ON held_ingestions (email, arrival)"_s,
        u"CREATE INDEX held_ingestions_received ON held_ingestions (received_at)"_s,
    };
    list << v14;

    Migration v15;
    v15.version = 15;
    v15.description = u"merged and erased customers, consent history"_s;
    v15.statements = Schema::replicatedTablesV8();
    v15.statements += {
        // The consent history the migration started goes to the feed, so a tablet that starts
        // over (a reset) gets it too; tablets that run their own migration 15 hold the same
        // rows under the same ids already.
        u"INSERT INTO changes (scope, entity, row_key, version, deleted) SELECT"
        " 'store:' || c.home_location_id, 'consent_event', e.id,"
        " (SELECT version + 1 FROM sync_version WHERE id = 1), 0 FROM consent_events e"
        " JOIN customers c ON c.id = e.customer_id WHERE c.home_location_id <> ''"
        " ON CONFLICT (scope, entity, row_key) DO NOTHING"_s,
        u"UPDATE sync_version SET version = version + 1 WHERE id = 1 AND EXISTS"
        " (SELECT 1 FROM changes WHERE entity = 'consent_event')"_s,
    };
    list << v15;
    return list;
}

int reportOrderNumberChanges(const QSqlDatabase &db)
{
    const QList<QVariantMap> changes = Database::rows(
        db,
        u"SELECT order_id, old_number, new_number FROM order_number_changes WHERE reported = 0"
        " ORDER BY old_number, new_number"_s);
    for (const QVariantMap &change : changes) {
        qCWarning(lcServer).noquote()
            << u"order %1 shared the number %2 with an older order and is now %3: tell the"
               " customer if they quote the old number"_s.arg(
                   change.value(u"order_id"_s).toString(), change.value(u"old_number"_s).toString(),
                   change.value(u"new_number"_s).toString());
    }
    if (!changes.isEmpty())
        Database::exec(db, u"UPDATE order_number_changes SET reported = 1"_s);
    return int(changes.size());
}

int reportEmailClashes(const QSqlDatabase &db)
{
    const QList<QVariantMap> clashes
        = Database::rows(db,
                         u"SELECT email, customer_id FROM customer_email_clashes c WHERE"
                         " (SELECT COUNT(*) FROM customers d WHERE d.email = c.email) > 1"
                         " ORDER BY email, customer_id"_s);
    QMap<QString, QStringList> byEmail;
    for (const QVariantMap &clash : clashes)
        byEmail[clash.value(u"email"_s).toString()] << clash.value(u"customer_id"_s).toString();
    for (auto it = byEmail.cbegin(); it != byEmail.cend(); ++it) {
        qCWarning(lcServer).noquote()
            << u"customers %1 share the email address %2: webhooks naming it are refused until"
               " one is corrected"_s.arg(it.value().join(u", "_s), it.key());
    }
    return int(byEmail.size());
}

int latestVersion()
{
    return migrations(SqlDialect::Sqlite).last().version;
}

} // namespace ServerSchema
