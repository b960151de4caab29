// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

/** Normalising what associates type and what customers gave us, for search. */
namespace SearchText {

/** Digits of a phone number in the forms people type: international, national, with trunk 0. */
QString phoneSearchTokens(const QString &phone);

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

} // namespace SearchText
