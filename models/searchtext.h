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

/** A word as search compares it: lower case, accents removed ("Muñoz" -> "munoz", "Ελένη" ->
    "ελενη", final sigma as sigma), Turkish dotless ı and dotted İ as i ("Işık" -> "isik"), ё as
    е. Chinese, Japanese and Korean characters are kept whole (only their compatibility forms,
    such as half-width kana, are unified). */
QString folded(const QString &word);

/** True for a character of a script written without spaces between words (Han, kana,
    Hangul, Bopomofo): search treats each such character as a word of its own. */
bool isCjk(char32_t c);

/**
 * The words of a name as search finds it, folded: a name written with an apostrophe or a
 * hyphen inside it gives its parts and the parts joined ("O'Brien" -> "o", "brien", "obrien";
 * "Jean-Luc" -> "jean", "luc", "jeanluc"), so it is found typed either way; Chinese, Japanese
 * and Korean text gives one word per character ("王小明" -> "王", "小", "明"). The tablet's
 * search index and the service's words table both hold these.
 */
QStringList nameTokens(const QString &name);

/** What an associate typed as search compares it with nameTokens(): words() folded, Chinese,
    Japanese and Korean text one word per character ("o'brien" -> "o", "brien"; "小明" -> "小",
    "明"). Only letters and digits: nothing an FTS or LIKE pattern could read as syntax. */
QStringList queryWords(const QString &typed);

/** A full name as one key for "the same name": nameTokens' rules with the parts of a name
    joined ("Seán O'Brien" and "sean obrien" give "sean obrien", "王 小明" and "王小明" give
    "王 小 明"). Used for the exact-name tier (tablet and service), for the service's "full
    name starting as typed" and for the duplicate check. */
QString fullNameKey(const QString &text);

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

/** Makes nameKey(), fullNameKey(), nameTokens() and searchOrder() available to SQL on an SQLite
    connection, as clienteling_name_key(text, ...), clienteling_full_name_key(text, ...),
    clienteling_name_tokens(text) (the tokens joined by spaces) and
    clienteling_search_order(first, last, id): the tablet's search triggers call them. False
    when the connection is not SQLite. */
bool installSqlFunctions(const QSqlDatabase &db);

} // namespace SearchText
