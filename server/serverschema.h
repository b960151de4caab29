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
} // namespace ServerSchema
