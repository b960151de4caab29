// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"

/** The central service's migrations: one list for SQLite and PostgreSQL alike. */
namespace ServerSchema {
QList<Migration> migrations(SqlDialect dialect);
int latestVersion();
} // namespace ServerSchema
