// SPDX-License-Identifier: MIT
#include "schema.h"
#include "phonenumbers.h"

using namespace Qt::Literals::StringLiterals;

namespace Schema {

// Portable SQL: TEXT, BIGINT, INTEGER and DOUBLE PRECISION mean the same on SQLite and
// PostgreSQL. Times are BIGINT milliseconds since the epoch (UTC); money is BIGINT minor units
// beside a currency column; booleans are INTEGER 0/1.
QStringList replicatedTablesV1()
{
    return {
        u"CREATE TABLE locations ("
        " id TEXT PRIMARY KEY, kind TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,"
        " address_line TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '',"
        " postcode TEXT NOT NULL DEFAULT '', country TEXT NOT NULL,"
        " latitude DOUBLE PRECISION NOT NULL DEFAULT 0, longitude DOUBLE PRECISION NOT NULL"
        " DEFAULT 0, time_zone TEXT NOT NULL, currency TEXT NOT NULL,"
        " vat_rate_bp INTEGER NOT NULL DEFAULT 0, phone TEXT NOT NULL DEFAULT '',"
        " email TEXT NOT NULL DEFAULT '', updated_at BIGINT NOT NULL DEFAULT 0)"_s,

        u"CREATE TABLE staff ("
        " id TEXT PRIMARY KEY, location_id TEXT NOT NULL, staff_number TEXT NOT NULL UNIQUE,"
        " display_name TEXT NOT NULL, role TEXT NOT NULL, pin_salt TEXT NOT NULL DEFAULT '',"
        " pin_hash TEXT NOT NULL DEFAULT '', pin_iterations INTEGER NOT NULL DEFAULT 0,"
        " active INTEGER NOT NULL DEFAULT 1, updated_at BIGINT NOT NULL DEFAULT 0)"_s,

        u"CREATE TABLE styles ("
        " id TEXT PRIMARY KEY, name TEXT NOT NULL, brand TEXT NOT NULL DEFAULT '',"
        " category TEXT NOT NULL, subcategory TEXT NOT NULL DEFAULT '',"
        " description TEXT NOT NULL DEFAULT '', image TEXT NOT NULL DEFAULT '',"
        " updated_at BIGINT NOT NULL DEFAULT 0)"_s,

        u"CREATE TABLE products ("
        " sku TEXT PRIMARY KEY, style_id TEXT NOT NULL, colour TEXT NOT NULL DEFAULT '',"
        " size TEXT NOT NULL DEFAULT '', size_order INTEGER NOT NULL DEFAULT 0,"
        " barcode TEXT NOT NULL DEFAULT '', price_minor BIGINT NOT NULL,"
        " currency TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1,"
        " updated_at BIGINT NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX products_style ON products (style_id, colour, size_order)"_s,
        u"CREATE INDEX products_barcode ON products (barcode)"_s,

        u"CREATE TABLE inventory ("
        " sku TEXT NOT NULL, location_id TEXT NOT NULL, on_hand INTEGER NOT NULL DEFAULT 0,"
        " reserved INTEGER NOT NULL DEFAULT 0, in_transit INTEGER NOT NULL DEFAULT 0,"
        " counted_at BIGINT NOT NULL DEFAULT 0, updated_at BIGINT NOT NULL DEFAULT 0,"
        " PRIMARY KEY (sku, location_id))"_s,

        u"CREATE TABLE customers ("
        " id TEXT PRIMARY KEY, first_name TEXT NOT NULL DEFAULT '',"
        " last_name TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',"
        " phone TEXT NOT NULL DEFAULT '', phone_search TEXT NOT NULL DEFAULT '',"
        " loyalty_id TEXT NOT NULL DEFAULT '', tier TEXT NOT NULL DEFAULT 'member',"
        " points BIGINT NOT NULL DEFAULT 0, lifetime_value_minor BIGINT NOT NULL DEFAULT 0,"
        " currency TEXT NOT NULL DEFAULT 'EUR', home_location_id TEXT NOT NULL DEFAULT '',"
        " language TEXT NOT NULL DEFAULT '', birth_date TEXT NOT NULL DEFAULT '',"
        " created_at BIGINT NOT NULL DEFAULT 0, updated_at BIGINT NOT NULL DEFAULT 0,"
        " version BIGINT NOT NULL DEFAULT 1)"_s,
        u"CREATE INDEX customers_loyalty ON customers (loyalty_id)"_s,
        u"CREATE INDEX customers_home ON customers (home_location_id)"_s,

        u"CREATE TABLE customer_preferences ("
        " customer_id TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL DEFAULT '',"
        " updated_at BIGINT NOT NULL DEFAULT 0, updated_by TEXT NOT NULL DEFAULT '',"
        " version BIGINT NOT NULL DEFAULT 1, PRIMARY KEY (customer_id, key))"_s,

        u"CREATE TABLE consents ("
        " customer_id TEXT NOT NULL, kind TEXT NOT NULL, granted INTEGER NOT NULL DEFAULT 0,"
        " changed_at BIGINT NOT NULL DEFAULT 0, channel TEXT NOT NULL DEFAULT '',"
        " changed_by TEXT NOT NULL DEFAULT '', PRIMARY KEY (customer_id, kind))"_s,

        u"CREATE TABLE addresses ("
        " id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, label TEXT NOT NULL DEFAULT '',"
        " recipient TEXT NOT NULL DEFAULT '', line1 TEXT NOT NULL DEFAULT '',"
        " line2 TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '',"
        " postcode TEXT NOT NULL DEFAULT '', region TEXT NOT NULL DEFAULT '',"
        " country TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',"
        " is_default INTEGER NOT NULL DEFAULT 0, updated_at BIGINT NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX addresses_customer ON addresses (customer_id)"_s,

        // Every channel's touch points: viewed, cart_add, purchased, returned, contacted,
        // campaign_opened, survey_answered. title/detail carry what the channel reported.
        u"CREATE TABLE customer_events ("
        " id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, kind TEXT NOT NULL,"
        " channel TEXT NOT NULL, occurred_at BIGINT NOT NULL, sku TEXT NOT NULL DEFAULT '',"
        " location_id TEXT NOT NULL DEFAULT '', order_id TEXT NOT NULL DEFAULT '',"
        " quantity INTEGER NOT NULL DEFAULT 0, amount_minor BIGINT NOT NULL DEFAULT 0,"
        " currency TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',"
        " detail TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX customer_events_timeline ON customer_events (customer_id, occurred_at)"_s,

        u"CREATE TABLE orders ("
        " id TEXT PRIMARY KEY, number TEXT NOT NULL, external_id TEXT NOT NULL DEFAULT '',"
        " customer_id TEXT NOT NULL DEFAULT '', channel TEXT NOT NULL,"
        " location_id TEXT NOT NULL DEFAULT '', associate_id TEXT NOT NULL DEFAULT '',"
        " status TEXT NOT NULL, currency TEXT NOT NULL,"
        " subtotal_minor BIGINT NOT NULL DEFAULT 0, discount_minor BIGINT NOT NULL DEFAULT 0,"
        " tax_minor BIGINT NOT NULL DEFAULT 0, shipping_minor BIGINT NOT NULL DEFAULT 0,"
        " total_minor BIGINT NOT NULL DEFAULT 0, pickup_location_id TEXT NOT NULL DEFAULT '',"
        " pickup_deadline BIGINT NOT NULL DEFAULT 0, delivery_address TEXT NOT NULL DEFAULT '',"
        " delivery_option TEXT NOT NULL DEFAULT '', status_detail TEXT NOT NULL DEFAULT '',"
        " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX orders_customer ON orders (customer_id, created_at)"_s,

        u"CREATE TABLE order_lines ("
        " id TEXT PRIMARY KEY, order_id TEXT NOT NULL, line_no INTEGER NOT NULL,"
        " sku TEXT NOT NULL, quantity INTEGER NOT NULL, unit_price_minor BIGINT NOT NULL,"
        " discount_minor BIGINT NOT NULL DEFAULT 0, tax_minor BIGINT NOT NULL DEFAULT 0,"
        " total_minor BIGINT NOT NULL DEFAULT 0, fulfilment TEXT NOT NULL DEFAULT 'carry_out',"
        " source_location_id TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '',"
        " returned_quantity INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX order_lines_order ON order_lines (order_id, line_no)"_s,

        u"CREATE TABLE order_status_history ("
        " id TEXT PRIMARY KEY, order_id TEXT NOT NULL, status TEXT NOT NULL,"
        " occurred_at BIGINT NOT NULL, carrier TEXT NOT NULL DEFAULT '',"
        " tracking_number TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '',"
        " source TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX order_status_history_order ON order_status_history (order_id, occurred_at)"_s,

        // Only what a receipt needs: brand, last four digits, the terminal's reference.
        u"CREATE TABLE payments ("
        " id TEXT PRIMARY KEY, order_id TEXT NOT NULL, tender TEXT NOT NULL,"
        " amount_minor BIGINT NOT NULL, currency TEXT NOT NULL, status TEXT NOT NULL,"
        " card_brand TEXT NOT NULL DEFAULT '', card_last4 TEXT NOT NULL DEFAULT '',"
        " terminal_reference TEXT NOT NULL DEFAULT '', gift_card_id TEXT NOT NULL DEFAULT '',"
        " associate_id TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL)"_s,
        u"CREATE INDEX payments_order ON payments (order_id)"_s,

        u"CREATE TABLE refunds ("
        " id TEXT PRIMARY KEY, order_id TEXT NOT NULL, payment_id TEXT NOT NULL DEFAULT '',"
        " tender TEXT NOT NULL, amount_minor BIGINT NOT NULL, currency TEXT NOT NULL,"
        " status TEXT NOT NULL, terminal_reference TEXT NOT NULL DEFAULT '',"
        " associate_id TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '',"
        " created_at BIGINT NOT NULL)"_s,
        u"CREATE INDEX refunds_order ON refunds (order_id)"_s,

        u"CREATE TABLE wishlist_items ("
        " customer_id TEXT NOT NULL, sku TEXT NOT NULL, added_at BIGINT NOT NULL,"
        " channel TEXT NOT NULL DEFAULT '', PRIMARY KEY (customer_id, sku))"_s,

        // The one cart per customer shared by every channel.
        u"CREATE TABLE cart_lines ("
        " id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, sku TEXT NOT NULL,"
        " quantity INTEGER NOT NULL, channel TEXT NOT NULL DEFAULT '',"
        " fulfilment TEXT NOT NULL DEFAULT 'carry_out',"
        " source_location_id TEXT NOT NULL DEFAULT '', added_at BIGINT NOT NULL,"
        " updated_at BIGINT NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX cart_lines_customer ON cart_lines (customer_id, added_at)"_s,

        u"CREATE TABLE notes ("
        " id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, author_id TEXT NOT NULL DEFAULT '',"
        " author_name TEXT NOT NULL DEFAULT '', body TEXT NOT NULL,"
        " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL DEFAULT 0,"
        " version BIGINT NOT NULL DEFAULT 1)"_s,
        u"CREATE INDEX notes_customer ON notes (customer_id, created_at)"_s,

        u"CREATE TABLE tasks ("
        " id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, assignee_id TEXT NOT NULL DEFAULT '',"
        " title TEXT NOT NULL, due_at BIGINT NOT NULL DEFAULT 0, done INTEGER NOT NULL DEFAULT 0,"
        " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX tasks_customer ON tasks (customer_id)"_s,
    };
}

QStringList replicatedTablesV2()
{
    return {
        // Stock held for a customer in a store; the store holding it and the store that asked
        // both see it. Active reservations count in inventory.reserved on the service.
        u"CREATE TABLE reservations ("
        " id TEXT PRIMARY KEY, sku TEXT NOT NULL, location_id TEXT NOT NULL,"
        " customer_id TEXT NOT NULL DEFAULT '', quantity INTEGER NOT NULL,"
        " status TEXT NOT NULL, requested_location_id TEXT NOT NULL DEFAULT '',"
        " created_by TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL,"
        " expires_at BIGINT NOT NULL, updated_at BIGINT NOT NULL DEFAULT 0,"
        " status_detail TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX reservations_location ON reservations (location_id, status)"_s,
        u"CREATE INDEX reservations_customer ON reservations (customer_id)"_s,
        u"CREATE TABLE transfers ("
        " id TEXT PRIMARY KEY, sku TEXT NOT NULL, from_location_id TEXT NOT NULL,"
        " to_location_id TEXT NOT NULL, quantity INTEGER NOT NULL,"
        " customer_id TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,"
        " requested_by TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL,"
        " updated_at BIGINT NOT NULL DEFAULT 0, status_detail TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX transfers_to ON transfers (to_location_id, status)"_s,
        // Home delivery options per country, with their price and lead time.
        u"CREATE TABLE delivery_options ("
        " id TEXT PRIMARY KEY, country TEXT NOT NULL, name TEXT NOT NULL,"
        " price_minor BIGINT NOT NULL, currency TEXT NOT NULL, min_days INTEGER NOT NULL,"
        " max_days INTEGER NOT NULL, sort_order INTEGER NOT NULL DEFAULT 0,"
        " updated_at BIGINT NOT NULL DEFAULT 0)"_s,
        u"ALTER TABLE order_lines ADD COLUMN reservation_id TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE orders ADD COLUMN payment_status TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE orders ADD COLUMN collected_at BIGINT NOT NULL DEFAULT 0"_s,
        u"CREATE INDEX orders_pickup ON orders (pickup_location_id, status)"_s,
        u"CREATE INDEX orders_status ON orders (location_id, status)"_s,
    };
}

QStringList replicatedTablesV3()
{
    return {
        u"ALTER TABLE cart_lines ADD COLUMN delivery_address_id TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE cart_lines ADD COLUMN delivery_option_id TEXT NOT NULL DEFAULT ''"_s,
    };
}

QStringList replicatedTablesV4()
{
    return {
        // A gift card is known by the SHA-256 of its number, never the number itself; only the
        // last four digits are kept for receipts.
        u"CREATE TABLE gift_cards (id TEXT PRIMARY KEY, last4 TEXT NOT NULL DEFAULT '',"
        " balance_minor BIGINT NOT NULL DEFAULT 0, currency TEXT NOT NULL,"
        " status TEXT NOT NULL DEFAULT 'active', updated_at BIGINT NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE coupons (code TEXT PRIMARY KEY, kind TEXT NOT NULL,"
        " value BIGINT NOT NULL, min_spend_minor BIGINT NOT NULL DEFAULT 0,"
        " currency TEXT NOT NULL DEFAULT 'EUR', valid_from BIGINT NOT NULL DEFAULT 0,"
        " valid_to BIGINT NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1,"
        " description TEXT NOT NULL DEFAULT '', updated_at BIGINT NOT NULL DEFAULT 0)"_s,
        // Each associate's cash drawer session as counted at its close.
        u"CREATE TABLE cash_counts (id TEXT PRIMARY KEY, location_id TEXT NOT NULL,"
        " associate_id TEXT NOT NULL, opened_at BIGINT NOT NULL, closed_at BIGINT NOT NULL,"
        " currency TEXT NOT NULL, opening_minor BIGINT NOT NULL, expected_minor BIGINT NOT NULL,"
        " counted_minor BIGINT NOT NULL)"_s,
        u"ALTER TABLE payments ADD COLUMN sale_id TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE refunds ADD COLUMN gift_card_id TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE orders ADD COLUMN coupon_code TEXT NOT NULL DEFAULT ''"_s,
    };
}

QStringList replicatedTablesV5()
{
    return {
        // When a staff member was locked after five wrong PINs on some tablet (0: not locked).
        // The service refuses their mutations and every tablet their sign-in until a manager
        // unlocks (staff.lock, staff.unlock).
        u"ALTER TABLE staff ADD COLUMN locked_at BIGINT NOT NULL DEFAULT 0"_s,
    };
}

QStringList replicatedTablesV6()
{
    return {
        // Addresses are compared trimmed and in lower case (SearchText::normalisedEmail) by
        // the mutators, the service's webhooks and the tablet's search; rows from before are
        // brought to that form. Two customers may now share an address (the service lists
        // them in customer_email_clashes). lower() folds only ASCII letters on SQLite.
        u"UPDATE customers SET email = lower(trim(email)) WHERE email <> lower(trim(email))"_s,
        u"CREATE INDEX customers_email ON customers (email)"_s,
        // An order update on the timeline says what happened as fields, so the screen can say
        // it in the associate's language: a status code (the list is in docs/api.md), the
        // carrier and its tracking number. detail keeps only what a carrier said that is not
        // one of the known statuses.
        u"ALTER TABLE customer_events ADD COLUMN status TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE customer_events ADD COLUMN carrier TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE customer_events ADD COLUMN tracking_number TEXT NOT NULL DEFAULT ''"_s,
        // Updates written before as one line of "status carrier tracking" (or the status code
        // alone) get their fields back from the status history row they were written with.
        u"UPDATE customer_events SET"
        " status = (SELECT h.status FROM order_status_history h WHERE"
        "  h.order_id = customer_events.order_id AND h.occurred_at = customer_events.occurred_at"
        "  AND trim(h.status || ' ' || h.carrier || ' ' || h.tracking_number)"
        "  = customer_events.detail ORDER BY h.id LIMIT 1),"
        " carrier = (SELECT h.carrier FROM order_status_history h WHERE"
        "  h.order_id = customer_events.order_id AND h.occurred_at = customer_events.occurred_at"
        "  AND trim(h.status || ' ' || h.carrier || ' ' || h.tracking_number)"
        "  = customer_events.detail ORDER BY h.id LIMIT 1),"
        " tracking_number = (SELECT h.tracking_number FROM order_status_history h WHERE"
        "  h.order_id = customer_events.order_id AND h.occurred_at = customer_events.occurred_at"
        "  AND trim(h.status || ' ' || h.carrier || ' ' || h.tracking_number)"
        "  = customer_events.detail ORDER BY h.id LIMIT 1),"
        " detail = ''"
        " WHERE kind = 'order_status' AND order_id <> '' AND EXISTS (SELECT 1 FROM"
        "  order_status_history h WHERE h.order_id = customer_events.order_id"
        "  AND h.occurred_at = customer_events.occurred_at"
        "  AND trim(h.status || ' ' || h.carrier || ' ' || h.tracking_number)"
        "  = customer_events.detail)"_s,
    };
}

QStringList replicatedTablesV7()
{
    return {
        // "+34612345678" for a number libphonenumber reads as valid in the country of the
        // store where it was typed; '' for none, or for an older row it cannot read.
        u"ALTER TABLE customers ADD COLUMN phone_e164 TEXT NOT NULL DEFAULT ''"_s,
    };
}

QStringList replicatedTablesV8()
{
    return {
        // A customer merged into another (a manager's action on the service) stays as a
        // tombstone with its personal fields cleared and the survivor's id here; ids that name
        // it resolve to the survivor, following chains (A into B, then B into C: A is C).
        u"ALTER TABLE customers ADD COLUMN merged_into TEXT NOT NULL DEFAULT ''"_s,
        // When the customer's personal data was erased at their request (0: not erased). The
        // row stays, anonymised, so what the law keeps (orders, payments) still names an id.
        u"ALTER TABLE customers ADD COLUMN erased_at BIGINT NOT NULL DEFAULT 0"_s,
        // Every consent given or withdrawn, never changed afterwards: who recorded it
        // (changed_by), when the customer gave it (changed_at) and on which channel. consents
        // keeps the one in force per kind. The id is made from the event itself, so the
        // tablet's optimistic copy and the service's row are the same row.
        u"CREATE TABLE consent_events (id TEXT PRIMARY KEY, customer_id TEXT NOT NULL,"
        " kind TEXT NOT NULL, granted INTEGER NOT NULL DEFAULT 0,"
        " channel TEXT NOT NULL DEFAULT '', changed_by TEXT NOT NULL DEFAULT '',"
        " changed_at BIGINT NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX consent_events_customer ON consent_events (customer_id, changed_at)"_s,
        // The consents in force become the first events of their history (the same ids on the
        // tablets and on the service: consentEventId()).
        u"INSERT INTO consent_events (id, customer_id, kind, granted, channel, changed_by,"
        " changed_at) SELECT "_s
            + consentEventIdSql(u"customer_id"_s, u"kind"_s, u"granted"_s, u"channel"_s,
                                u"changed_at"_s)
            + u", customer_id, kind, granted, channel, changed_by, changed_at FROM consents"
              " WHERE changed_at > 0 ON CONFLICT (id) DO NOTHING"_s,
    };
}

QString consentEventId(const QString &customerId, const QString &kind, bool granted,
                       const QString &channel, qint64 changedAt)
{
    return customerId + u'/' + kind + u'/' + QString::number(changedAt) + u'/'
        + (granted ? u"1"_s : u"0"_s) + u'/' + channel;
}

QString consentEventIdSql(const QString &customerId, const QString &kind, const QString &granted,
                          const QString &channel, const QString &changedAt)
{
    return u"%1 || '/' || %2 || '/' || CAST(%3 AS TEXT) || '/' || CAST(%4 AS TEXT) || '/' || %5"_s
        .arg(customerId, kind, changedAt, granted, channel);
}

namespace {

/** The statements that keep the search index and its order in step with a customer row.
    folded: the index holds SearchText::nameTokens() of the name (client migration 14 on), not
    the name as written, and the key is SearchText::fullNameKey(). */
QString searchRowsInsert(const char *row, bool folded = false)
{
    const QString r = QString::fromLatin1(row);
    const QString keyFunction
        = folded ? u"clienteling_full_name_key"_s : u"clienteling_name_key"_s;
    // A name column as the index gets it.
    const auto name = [folded](const QString &sql) {
        return folded ? u"clienteling_name_tokens("_s + sql + u')' : sql;
    };
    const QString order = u"clienteling_search_order(%1.first_name, %1.last_name, %1.id)"_s.arg(r);
    const QString last = u"trim(%1.last_name)"_s.arg(r);
    // The number searchOrder() gives, or the next free one in the rare case another customer
    // already has it.
    return u"INSERT INTO customer_search_keys (customer_rowid, search_order, name_key) VALUES ("
           "%1.rowid, COALESCE("
           "(SELECT o FROM (SELECT %2 AS o) WHERE NOT EXISTS"
           " (SELECT 1 FROM customer_search_keys t WHERE t.search_order = o)),"
           "(SELECT t.search_order + 1 FROM customer_search_keys t WHERE t.search_order >= %2"
           " AND NOT EXISTS (SELECT 1 FROM customer_search_keys n"
           " WHERE n.search_order = t.search_order + 1) ORDER BY t.search_order LIMIT 1)),"
           " %3(%1.first_name, %1.last_name));"
           " INSERT INTO customer_search (rowid, given, surname, surname2, email, phone, loyalty)"
           " VALUES ((SELECT search_order FROM customer_search_keys WHERE customer_rowid ="
           " %1.rowid), %4, %5, %6, %1.email, %1.phone_search, %1.loyalty_id);"_s.arg(
               r, order, keyFunction, name(r + u".first_name"_s),
               name(u"CASE WHEN instr(%1, ' ') > 0 THEN substr(%1, 1, instr(%1, ' ') - 1)"
                    " ELSE %1 END"_s.arg(last)),
               name(u"CASE WHEN instr(%1, ' ') > 0 THEN substr(%1, instr(%1, ' ') + 1)"
                    " ELSE '' END"_s.arg(last)));
}

/** Writes the catalogue search rows of the styles chosen by where (SQL over styles s). */
QString styleSearchInsert(const QString &where)
{
    // A style is found by its words and by those of its products still sold: colours and SKUs.
    return u"INSERT INTO style_search (rowid, name, brand, category, colours, skus)"
           " SELECT s.rowid, s.name, s.brand, s.category || ' ' || s.subcategory,"
           " COALESCE((SELECT group_concat(colour, ' ') FROM (SELECT DISTINCT colour FROM"
           " products WHERE style_id = s.id AND active = 1)), ''),"
           " COALESCE((SELECT group_concat(sku, ' ') FROM products WHERE style_id = s.id"
           " AND active = 1), '') FROM styles s"_s
        + where;
}

/** Replaces the catalogue search row of the style whose id is the SQL expression styleId. */
QString styleSearchRefresh(const QString &styleId)
{
    return u"DELETE FROM style_search WHERE rowid = (SELECT rowid FROM styles WHERE id = %1); "_s
               .arg(styleId)
        + styleSearchInsert(u" WHERE s.id = "_s + styleId) + u';';
}

QString searchRowsDelete()
{
    return u"DELETE FROM customer_search WHERE rowid ="
           " (SELECT search_order FROM customer_search_keys WHERE customer_rowid = old.rowid);"
           " DELETE FROM customer_search_keys WHERE customer_rowid = old.rowid;"_s;
}

} // namespace

static QList<Migration> buildClientMigrations()
{
    QList<Migration> migrations;

    Migration v1;
    v1.version = 1;
    v1.description = u"domain tables, search index, outbox"_s;
    v1.statements = replicatedTablesV1();
    v1.statements += {
        // Accent- and case-insensitive prefix search. The tokenizer folds "José" to "jose" and
        // "Muñoz" to "munoz"; prefix indexes keep short prefixes fast.
        u"CREATE VIRTUAL TABLE customer_search USING fts5("
        " name, email, phone, loyalty, tokenize = 'unicode61 remove_diacritics 2',"
        " prefix = '1 2 3 4')"_s,
        u"CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN"
        " INSERT INTO customer_search (rowid, name, email, phone, loyalty) VALUES (new.rowid,"
        " new.first_name || ' ' || new.last_name, new.email, new.phone_search, new.loyalty_id);"
        " END"_s,
        u"CREATE TRIGGER customers_search_update AFTER UPDATE OF first_name, last_name, email,"
        " phone_search, loyalty_id ON customers BEGIN"
        " DELETE FROM customer_search WHERE rowid = old.rowid;"
        " INSERT INTO customer_search (rowid, name, email, phone, loyalty) VALUES (new.rowid,"
        " new.first_name || ' ' || new.last_name, new.email, new.phone_search, new.loyalty_id);"
        " END"_s,
        u"CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN"
        " DELETE FROM customer_search WHERE rowid = old.rowid; END"_s,

        // Every local change is a named mutation, written in the same transaction as the
        // change itself; the sync engine pushes them in mutation_id order.
        u"CREATE TABLE outbox ("
        " mutation_id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, args TEXT NOT NULL,"
        " associate_id TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL,"
        " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '')"_s,
        // The server's version of rows that pending mutations changed optimistically (NULL row:
        // the row did not exist). Pulls update it; a rebase restores it and re-applies.
        u"CREATE TABLE sync_shadow (entity TEXT NOT NULL, key TEXT NOT NULL, row TEXT,"
        " PRIMARY KEY (entity, key))"_s,
        u"CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        // Wrong PINs per staff member on this device; locks sign-in after five.
        u"CREATE TABLE signin_attempts (staff_number TEXT PRIMARY KEY,"
        " failures INTEGER NOT NULL DEFAULT 0, locked_until BIGINT NOT NULL DEFAULT 0)"_s,
    };
    migrations << v1;

    Migration v2;
    v2.version = 2;
    v2.description = u"rejected mutations kept for the associate"_s;
    v2.statements = {
        // A mutation the server refused: shown to the associate with its reason until
        // dismissed; the outbox row itself is gone once the server confirmed the decision.
        u"CREATE TABLE sync_rejections (mutation_id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " args TEXT NOT NULL DEFAULT '{}', code TEXT NOT NULL, message TEXT NOT NULL,"
        " decided_at BIGINT NOT NULL, dismissed INTEGER NOT NULL DEFAULT 0)"_s,
    };
    migrations << v2;

    Migration v3;
    v3.version = 3;
    v3.description = u"reservations, transfers, delivery options, pickup"_s;
    v3.statements = replicatedTablesV2();
    migrations << v3;

    Migration v4;
    v4.version = 4;
    v4.description = u"home delivery details on cart lines"_s;
    v4.statements = replicatedTablesV3();
    migrations << v4;

    Migration v5;
    v5.version = 5;
    v5.description = u"checkout: sales, tenders, card payments, gift cards, coupons"_s;
    v5.statements = replicatedTablesV4();
    v5.statements += {
        // A sale in progress on this tablet, until its order goes to the outbox.
        u"CREATE TABLE sales (id TEXT PRIMARY KEY, order_id TEXT NOT NULL,"
        " number TEXT NOT NULL, customer_id TEXT NOT NULL DEFAULT '', state TEXT NOT NULL,"
        " currency TEXT NOT NULL, total_minor BIGINT NOT NULL DEFAULT 0,"
        " coupon_code TEXT NOT NULL DEFAULT '', lines TEXT NOT NULL DEFAULT '[]',"
        " associate_id TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL,"
        " updated_at BIGINT NOT NULL)"_s,
        u"CREATE TABLE sale_tenders (id TEXT PRIMARY KEY, sale_id TEXT NOT NULL,"
        " kind TEXT NOT NULL, amount_minor BIGINT NOT NULL, state TEXT NOT NULL,"
        " card_payment_id TEXT NOT NULL DEFAULT '', gift_card_id TEXT NOT NULL DEFAULT '',"
        " gift_card_last4 TEXT NOT NULL DEFAULT '', cash_given_minor BIGINT NOT NULL DEFAULT 0,"
        " change_minor BIGINT NOT NULL DEFAULT 0, card_brand TEXT NOT NULL DEFAULT '',"
        " card_last4 TEXT NOT NULL DEFAULT '', terminal_reference TEXT NOT NULL DEFAULT '',"
        " terminal_time TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL)"_s,
        // The card payment state machine, persisted before anything is sent to the terminal.
        u"CREATE TABLE card_payments (id TEXT PRIMARY KEY, sale_id TEXT NOT NULL,"
        " kind TEXT NOT NULL, amount_minor BIGINT NOT NULL, currency TEXT NOT NULL,"
        " allow_partial INTEGER NOT NULL DEFAULT 0,"
        " original_reference TEXT NOT NULL DEFAULT '', original_time TEXT NOT NULL DEFAULT '',"
        " sale_transaction_id TEXT NOT NULL, service_id TEXT NOT NULL, poi_id TEXT NOT NULL,"
        " state TEXT NOT NULL, authorized_minor BIGINT NOT NULL DEFAULT 0,"
        " card_brand TEXT NOT NULL DEFAULT '', card_last4 TEXT NOT NULL DEFAULT '',"
        " poi_transaction_id TEXT NOT NULL DEFAULT '', poi_time TEXT NOT NULL DEFAULT '',"
        " error_condition TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '',"
        " status_checks INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL,"
        " updated_at BIGINT NOT NULL)"_s,
        u"CREATE INDEX card_payments_state ON card_payments (state)"_s,
        u"CREATE TABLE cash_sessions (id TEXT PRIMARY KEY, associate_id TEXT NOT NULL,"
        " currency TEXT NOT NULL, opened_at BIGINT NOT NULL, opening_minor BIGINT NOT NULL,"
        " closed_at BIGINT NOT NULL DEFAULT 0, counted_minor BIGINT NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE cash_movements (id TEXT PRIMARY KEY, session_id TEXT NOT NULL,"
        " kind TEXT NOT NULL, amount_minor BIGINT NOT NULL, sale_id TEXT NOT NULL DEFAULT '',"
        " at BIGINT NOT NULL)"_s,
    };
    migrations << v5;

    Migration v6;
    v6.version = 6;
    v6.description = u"indexes the store's order lists walk in their order"_s;
    v6.statements = {
        // The navigation's badge reads the pick-up queue and the orders needing attention;
        // sorting every match before the LIMIT (with each order's item count worked out first)
        // took a quarter of the start's CPU on a big store. Expression and status list as in
        // OrderRepository::orders, so SQLite uses them.
        u"CREATE INDEX orders_attention ON orders (location_id, status, created_at)"_s,
        u"CREATE INDEX orders_pickup_queue ON orders (pickup_location_id,"
        " (status <> 'ready_for_pickup'), pickup_deadline, created_at) WHERE status IN"
        " ('placed', 'allocated', 'needs_action', 'ready_for_pickup')"_s,
    };
    migrations << v6;

    Migration v7;
    v7.version = 7;
    v7.description = u"staff lock, no gift cards, archive of confirmed mutations"_s;
    v7.statements = replicatedTablesV5();
    v7.statements += {
        // Gift cards stay on the service: their balances are asked for online, never synced.
        u"DELETE FROM gift_cards"_s,
        // Mutations the service confirmed, kept for a while (Replica::archiveDays): if the
        // service is restored from a backup that lacks some of them, they are sent again.
        u"CREATE TABLE outbox_archive (mutation_id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " args TEXT NOT NULL, associate_id TEXT NOT NULL DEFAULT '',"
        " created_at BIGINT NOT NULL, confirmed_at BIGINT NOT NULL)"_s,
        u"CREATE INDEX outbox_archive_confirmed ON outbox_archive (confirmed_at)"_s,
        // What was confirmed before this version had an archive cannot be sent again.
        u"INSERT INTO sync_state (key, value) SELECT 'archive_floor', value FROM sync_state"
        " WHERE key = 'confirmed_mutation_id' ON CONFLICT (key) DO NOTHING"_s,
        u"INSERT INTO sync_state (key, value) SELECT 'archive_floor_at',"
        " CAST(CAST(strftime('%s', 'now') AS INTEGER) * 1000 AS TEXT) FROM sync_state"
        " WHERE key = 'confirmed_mutation_id' ON CONFLICT (key) DO NOTHING"_s,
    };
    migrations << v7;

    Migration v8;
    v8.version = 8;
    v8.description
        = u"email addresses in one spelling, order updates as fields, search in a stable order"_s;
    v8.statements = replicatedTablesV6();
    v8.statements += {
        // The search index again, with the name in columns (first name, first surname, the
        // rest) so a match in the first surname ranks above one in the second, and with rowids
        // that follow SearchText::searchOrder() instead of the order rows arrived in: a tier
        // read in index order is then the same list on every tablet.
        u"DROP TRIGGER customers_search_insert"_s,
        u"DROP TRIGGER customers_search_update"_s,
        u"DROP TRIGGER customers_search_delete"_s,
        u"DROP TABLE customer_search"_s,
        u"CREATE VIRTUAL TABLE customer_search USING fts5("
        " given, surname, surname2, email, phone, loyalty,"
        " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4')"_s,
        // Per customer: its rowid in customer_search and its full name folded, for the exact
        // name that ranks first.
        u"CREATE TABLE customer_search_keys (customer_rowid INTEGER PRIMARY KEY,"
        " search_order INTEGER NOT NULL UNIQUE, name_key TEXT NOT NULL)"_s,
        u"CREATE INDEX customer_search_keys_name ON customer_search_keys"
        " (name_key, search_order)"_s,
        u"CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN "_s
            + searchRowsInsert("new") + u" END"_s,
        u"CREATE TRIGGER customers_search_update AFTER UPDATE OF first_name, last_name, email,"
        " phone_search, loyalty_id ON customers BEGIN "_s
            + searchRowsDelete() + u' ' + searchRowsInsert("new") + u" END"_s,
        u"CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN "_s
            + searchRowsDelete() + u" END"_s,
        // Every customer already here, through the update trigger.
        u"UPDATE customers SET first_name = first_name"_s,
    };
    migrations << v8;

    Migration v9;
    v9.version = 9;
    v9.description = u"card answers that need checking; approvals found without a tender"_s;
    v9.statements = {
        // The currency the terminal answered in (the request's is card_payments.currency): an
        // answer in another currency is kept as the terminal said it, for a person to check.
        u"ALTER TABLE card_payments ADD COLUMN authorized_currency TEXT NOT NULL DEFAULT ''"_s,
        // A card tender written at start-up for an approval that had none (attached to its
        // sale, or being given back), shown to the associate until found_seen.
        u"ALTER TABLE sale_tenders ADD COLUMN found_at BIGINT NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE sale_tenders ADD COLUMN found_seen INTEGER NOT NULL DEFAULT 0"_s,
    };
    migrations << v9;

    Migration v10;
    v10.version = 10;
    v10.description = u"order numbers unique"_s;
    v10.statements = {
        // Orders that share a number here: the oldest keeps it, the others get their id's first
        // characters as a suffix until the service's own renumbering (oldest keeps it, "-2",
        // "-3", ...) arrives with the next pull; a suffix of the id cannot be one of those.
        // One pass with a window function: orders.number has no index yet, and a correlated
        // look-up per order would take hours on a tablet with millions of orders.
        u"UPDATE orders SET number = number || '-' || substr(id, 1, 8) WHERE id IN"
        " (SELECT id FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY number"
        " ORDER BY created_at, id) AS n FROM orders WHERE number <> '') WHERE n > 1)"_s,
        u"CREATE UNIQUE INDEX orders_number ON orders (number) WHERE number <> ''"_s,
    };
    migrations << v10;

    Migration v11;
    v11.version = 11;
    v11.description = u"phone numbers read with libphonenumber, in E.164 beside as typed"_s;
    v11.statements = replicatedTablesV7();
    // Every customer's number read again in its home store's country: E.164 filled, and the
    // search index given the national forms the old table of eight country codes missed.
    v11.afterStatements = PhoneNumbers::backfillCustomers;
    migrations << v11;

    Migration v12;
    v12.version = 12;
    v12.description = u"catalogue search index with accents folded"_s;
    v12.statements = {
        // The catalogue searched as customers are: accents, case and punctuation aside, each
        // word a prefix ("pique" finds "Piqué Polo Shirt"). One row per style (its rowid).
        u"CREATE VIRTUAL TABLE style_search USING fts5(name, brand, category, colours, skus,"
        " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"_s,
        u"CREATE TRIGGER styles_search_insert AFTER INSERT ON styles BEGIN "_s
            + styleSearchRefresh(u"new.id"_s) + u" END"_s,
        u"CREATE TRIGGER styles_search_update AFTER UPDATE OF id, name, brand, category,"
        " subcategory ON styles BEGIN"
        " DELETE FROM style_search WHERE rowid = old.rowid; "_s
            + styleSearchRefresh(u"new.id"_s) + u" END"_s,
        u"CREATE TRIGGER styles_search_delete AFTER DELETE ON styles BEGIN"
        " DELETE FROM style_search WHERE rowid = old.rowid; END"_s,
        u"CREATE TRIGGER products_search_insert AFTER INSERT ON products BEGIN "_s
            + styleSearchRefresh(u"new.style_id"_s) + u" END"_s,
        u"CREATE TRIGGER products_search_update AFTER UPDATE OF sku, style_id, colour, active"
        " ON products BEGIN "_s
            + styleSearchRefresh(u"old.style_id"_s) + u' ' + styleSearchRefresh(u"new.style_id"_s)
            + u" END"_s,
        u"CREATE TRIGGER products_search_delete AFTER DELETE ON products BEGIN "_s
            + styleSearchRefresh(u"old.style_id"_s) + u" END"_s,
        // The catalogue already here.
        styleSearchInsert({}),
    };
    migrations << v12;

    Migration v13;
    v13.version = 13;
    v13.description = u"gift card ids the tablet cannot make"_s;
    v13.statements = {
        // Tenders of finished sales named their gift card by the plain SHA-256 of its number,
        // which a search reverses. The service re-keys its cards (service migration 11) and every
        // tablet downloads payments and refunds again with the new ids; open sales keep theirs
        // until they are paid (the service still recognises them).
        u"UPDATE sale_tenders SET gift_card_id = '' WHERE gift_card_id <> '' AND sale_id IN"
        " (SELECT id FROM sales WHERE state <> 'open')"_s,
    };
    migrations << v13;

    Migration v14;
    v14.version = 14;
    v14.description = u"customer search: names as people type them"_s;
    v14.statements = {
        // The index again, now given each name's words folded by SearchText::nameTokens(): an
        // apostrophe or hyphen inside a name with and without it ("obrien", "o brien"),
        // Turkish ı and İ as i, Greek without accents and with one sigma, ё as е, Chinese and
        // Japanese one word per character. What is typed is folded by the same code
        // (SearchText::queryWords), and the exact-name key follows SearchText::fullNameKey().
        u"DROP TRIGGER customers_search_insert"_s,
        u"DROP TRIGGER customers_search_update"_s,
        u"DROP TRIGGER customers_search_delete"_s,
        u"DROP TABLE customer_search"_s,
        u"DROP TABLE customer_search_keys"_s,
        u"CREATE VIRTUAL TABLE customer_search USING fts5("
        " given, surname, surname2, email, phone, loyalty,"
        " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4')"_s,
        u"CREATE TABLE customer_search_keys (customer_rowid INTEGER PRIMARY KEY,"
        " search_order INTEGER NOT NULL UNIQUE, name_key TEXT NOT NULL)"_s,
        u"CREATE INDEX customer_search_keys_name ON customer_search_keys"
        " (name_key, search_order)"_s,
        u"CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN "_s
            + searchRowsInsert("new", true) + u" END"_s,
        u"CREATE TRIGGER customers_search_update AFTER UPDATE OF first_name, last_name, email,"
        " phone_search, loyalty_id ON customers BEGIN "_s
            + searchRowsDelete() + u' ' + searchRowsInsert("new", true) + u" END"_s,
        u"CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN "_s
            + searchRowsDelete() + u" END"_s,
        // Every customer already here, through the update trigger, then the index merged into
        // one b-tree as the demo generator leaves it.
        u"UPDATE customers SET first_name = first_name"_s,
        u"INSERT INTO customer_search (customer_search) VALUES ('optimize')"_s,
    };
    migrations << v14;

    Migration v15;
    v15.version = 15;
    v15.description = u"merged and erased customers, consent history"_s;
    v15.statements = replicatedTablesV8();
    migrations << v15;
    return migrations;
}

QList<Migration> clientMigrations()
{
    static const QList<Migration> migrations = buildClientMigrations();
    return migrations;
}

int clientSchemaVersion()
{
    return clientMigrations().last().version;
}

} // namespace Schema
