// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"

#include <QList>
#include <QStringList>

/**
 * The data model shared by the tablet's local store and the central service.
 *
 * Replicated tables have the same names and columns on both sides, so a row pulled from the
 * server is written locally as it is. Each side adds its own tables (the tablet's outbox and
 * search index, the server's devices and change feed) in its own migration list.
 */
namespace Schema {

/** Statements creating the replicated domain tables as of schema version 1. */
QStringList replicatedTablesV1();

/** Replicated tables added for inventory, endless aisle and pickup (schema step 2). */
QStringList replicatedTablesV2();

/** Step 3: where an endless-aisle cart line goes (address and delivery option). */
QStringList replicatedTablesV3();

/** Step 4: gift cards, coupons, cash counts (checkout and payments). */
QStringList replicatedTablesV4();

/** Step 5: a staff member locked after too many wrong PINs (until a manager unlocks). */
QStringList replicatedTablesV5();

/** Step 6: email addresses in one spelling (trimmed, lower case); carriers' order updates as
    fields on the timeline's events. */
QStringList replicatedTablesV6();

/** Step 7: a customer's phone number in E.164 beside the number as typed; existing rows are
    read with libphonenumber by the migration that adds it (PhoneNumbers::backfillCustomers). */
QStringList replicatedTablesV7();
/** Client migration 15, service migration 15: merged and erased customers, consent history. */
QStringList replicatedTablesV8();

/** The id of a consent event (consent_events): made from the event, so a consent recorded
    optimistically on a tablet and applied on the service is one row, and a re-sent one none. */
QString consentEventId(const QString &customerId, const QString &kind, bool granted,
                       const QString &channel, qint64 changedAt);
/** The same as an SQL expression over the given columns (SQLite and PostgreSQL). */
QString consentEventIdSql(const QString &customerId, const QString &kind, const QString &granted,
                          const QString &channel, const QString &changedAt);

/** Migrations of the tablet's local SQLite store. */
QList<Migration> clientMigrations();

/** Newest client schema version. */
int clientSchemaVersion();

} // namespace Schema
