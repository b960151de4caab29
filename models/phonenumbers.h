// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/**
 * Phone numbers read with libphonenumber (Google's metadata of every country's numbering
 * plan), the one place the tablet, the service and the demo generator read them: a number is
 * kept as typed, beside its E.164 form, and indexed in the forms people dial.
 */
namespace PhoneNumbers {

/** A number as read in a country ("ES", "IE": ISO 3166 codes, as locations.country). */
struct Number
{
    bool valid = false; // a number that can be dialled in its country
    QString e164; // "+34612345678"; empty when not valid
    QString region; // the country the number belongs to ("GB"); empty when not valid
    /** Digits of the forms people type: international (country code, no + or 00), national
        as dialled there (with the trunk 0 where the country has one) and without it. For a
        number that cannot be read: its digits, and without a leading 0. */
    QStringList searchForms;
};

/** Reads what was typed; a national number is read as dialled in defaultRegion (empty: only
    numbers given with + or 00 and a country code can be read). */
Number parse(const QString &typed, const QString &defaultRegion);

/** searchForms joined by spaces, as customers.phone_search holds them. */
QString searchTokens(const QString &typed, const QString &defaultRegion);

/** Why typed cannot be stored as a phone number, in words for the associate (English, like
    every mutator's message); empty when it can (or is empty). */
QString problem(const QString &typed, const QString &defaultRegion);

/** The digits to look for when an associate searches by number: those of its E.164 form when
    typed with + or 00 and readable ("+44 (0)20 7946 0958" -> 442079460958), else the digits as
    typed (a national number, or the start of one). */
QString searchDigits(const QString &typed);

/** Fills customers.phone_e164 and recomputes phone_search for every customer with a phone,
    reading national numbers in the country of the customer's home store. Run by the client's
    and the service's migrations, which both hold the locations. */
bool backfillCustomers(const QSqlDatabase &db, QString *error);

} // namespace PhoneNumbers
