// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/** Normalising what associates type and what customers gave us, for search. */
namespace SearchText {

/** True when the text is only digits and phone punctuation (+ - . ( ) and spaces). */
bool isNumberLike(const QString &text);

/** Digits only, with a leading international "00" turned into the bare country code. */
QString digitsOf(const QString &text);

/** An FTS5 MATCH expression for what the associate typed: each word a prefix. Empty when
    nothing searchable is left. */
QString customerMatchExpression(const QString &typed);

/** The words of what was typed (letters, digits, marks), in order. */
QStringList words(const QString &typed);

/** An email address as it is stored and compared everywhere (the mutators, the service's
    webhooks, the tablet's search): trimmed and in lower case, "Ana.Ruiz@Example.ES " ->
    "ana.ruiz@example.es". */
QString normalisedEmail(const QString &email);

/** A word as search compares it: lower case, accents removed ("Muñoz" -> "munoz"). */
QString folded(const QString &word);

/** The words of a name or of what was typed, folded and joined by single spaces: "José
    MUÑOZ" and "jose  munoz" give "jose munoz". Equal keys mean the same full name. */
QString nameKey(const QString &text);

/**
 * Where a customer comes among equally good matches: a number that depends only on the
 * customer's name and id, so every tablet lists them in the same order whatever order its rows
 * arrived in. Names with fewer words first (they leave fewer words unmatched), then by the
 * first four letters of the surname, then by a hash of name and id. The tablet's search index
 * uses it as the rowid, so reading a tier in index order is reading it in this order.
 */
qint64 searchOrder(const QString &firstName, const QString &lastName, const QString &id);

/** Makes nameKey() and searchOrder() available to SQL on an SQLite connection, as
    clienteling_name_key(text, ...) and clienteling_search_order(first, last, id): the tablet's
    search triggers call them. False when the connection is not SQLite. */
bool installSqlFunctions(const QSqlDatabase &db);

} // namespace SearchText
