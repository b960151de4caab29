// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"
#include "syncservice.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QUrlQuery>
#include <QVariantMap>

#include <functional>

/**
 * The service's search over every customer of the chain (GET /v1/customers/search and
 * /v1/customers/duplicates, docs/api.md), by the tablet's rules (SearchText), on SQLite and
 * PostgreSQL alike: no FTS, two plain tables kept in C++ wherever a customer row is written
 * (ChangeFeedStore) and filled by service migration 13 (docs/architecture.md "Search").
 *
 * customer_search_words (word, name_key, customer_id): "n:" and every prefix of every name word
 * (SearchText::nameTokens), "e:" and the email address, "p:" and each phone form
 * (customers.phone_search), "l:" and the loyalty card. Read in (word, name_key, customer_id)
 * order, a word is a list already in the answer's order.
 * customer_search_keys (customer_id, name_key, fingerprint): the folded full name
 * (SearchText::fullNameKey) and what the words were made from.
 */
namespace CustomerSearch {

/** At most this many customers in one answer. */
constexpr int maxLimit = 50;
constexpr int defaultLimit = 20;
/** Longer search text is refused (400). */
constexpr int maxQueryLength = 200;
/** Name words are indexed by their first this many characters (typed words are cut alike). */
constexpr int maxWordLength = 24;
/** Words of one name indexed at most (a 500-character name does not make thousands of rows). */
constexpr int maxNameTokens = 16;
/** Full-name keys are cut to this many characters. */
constexpr int maxKeyLength = 120;

/**
 * The one SQL condition on the customer row c that leaves out customers who no longer stand
 * for a person of their own (merged into another, erased): every query here ANDs it. Nothing is
 * left out yet; the columns that say so come with merge and erasure.
 */
QString listedCustomer();

/** Service migration 13's statements (the two tables; PostgreSQL compares their words byte by
    byte, as SQLite does, so a prefix is a range on the index). */
QStringList migrationStatements(SqlDialect dialect);

/** Indexes every customer again (migration 13, a freshly seeded service). */
bool rebuild(const QSqlDatabase &db, QString *error);

/** A prepared statement by its SQL, reused (ChangeFeedStore's statement cache). */
using Statements = std::function<QSqlQuery &(const QString &sql)>;

/** Indexes one customer row as written (all its columns); nothing to do when the name, email,
    phone forms and loyalty card are what was indexed. False when the database failed. */
bool indexCustomer(const Statements &statements, const QVariantMap &row);
/** Takes a deleted customer out of the index. */
bool removeCustomer(const Statements &statements, const QString &customerId);

/** GET /v1/customers/search?q=&limit= for an associate's device. */
ServiceReply search(const QSqlDatabase &db, const QUrlQuery &query);
/** GET /v1/customers/duplicates?email=&phone=&firstName=&lastName=&postcode= for an
    associate's device; the phone is read in the country of the device's store. */
ServiceReply duplicates(const QSqlDatabase &db, const DeviceIdentity &device,
                        const QUrlQuery &query);

} // namespace CustomerSearch
