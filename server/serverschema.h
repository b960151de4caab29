// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"

/** The central service's migrations: one list for SQLite and PostgreSQL alike. */
namespace ServerSchema {
QList<Migration> migrations(SqlDialect dialect);
int latestVersion();
/** Logs the customers that share an email address (after migration 7 lower-cased them);
    returns how many addresses are shared. */
int reportEmailClashes(const QSqlDatabase &db);
/** Logs, once each, the orders renumbered because they shared a number (migration 9, or a
    number already taken when a tablet's order arrived); returns how many were logged. */
int reportOrderNumberChanges(const QSqlDatabase &db);
} // namespace ServerSchema
