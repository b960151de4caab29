// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

struct DemoOptions;
class GiftCardKey;

/** Opening the central service's database (SQLite path or postgresql:// URL) and seeding it. */
namespace ServerDatabase {

bool isPostgres(const QString &database);
/** Opens and migrates; error says what went wrong in words an operator understands. */
QSqlDatabase open(const QString &database, const QString &connectionName, QString *error);
/** True when the service holds no customers yet. */
bool isEmpty(const QSqlDatabase &db);
/** The demo's gift cards (docs/demo-data.md); delivery options and coupons come with the demo
    chain (DemoGenerator). */
bool seedGiftCards(const QSqlDatabase &db, const GiftCardKey &key, QString *error);
/** Writes the demo chain and publishes it to the change feed, in one transaction. */
bool seedDemo(const QSqlDatabase &db, const DemoOptions &options, const GiftCardKey &key,
              QString *error);
/** Where the gift card key is kept when --gift-card-key is not given: beside an SQLite file
    (its own file, not in it), in the service's data folder for PostgreSQL. */
QString defaultGiftCardKeyFile(const QString &database);

} // namespace ServerDatabase
