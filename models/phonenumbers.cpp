// SPDX-License-Identifier: MIT
#include "phonenumbers.h"
#include "database.h"
#include "logging.h"
#include "searchtext.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

using namespace Qt::Literals::StringLiterals;
using i18n::phonenumbers::PhoneNumberUtil;

namespace PhoneNumbers {

namespace {

// GetInstance() is a thread-safe singleton (its metadata is read once); the methods used here
// are const and keep no state, so the service's threads share it.
const PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

QString digitsOnly(const QString &text)
{
    QString digits;
    for (QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digits += c;
    }
    return digits;
}

/** Letters would be read as a keypad's digits ("1-800-FLOWERS"); an associate typing letters
    into a phone field means something else. */
bool hasLetters(const QString &typed)
{
    return std::any_of(typed.cbegin(), typed.cend(), [](QChar c) { return c.isLetter(); });
}

void addForm(QStringList *forms, const QString &form)
{
    if (!form.isEmpty() && !forms->contains(form))
        *forms << form;
}

} // namespace

Number parse(const QString &typed, const QString &defaultRegion)
{
    Number number;
    const QString trimmed = typed.trimmed();
    const QString digits = SearchText::digitsOf(trimmed);
    if (digits.isEmpty())
        return number;
    const PhoneNumberUtil &phones = util();
    i18n::phonenumbers::PhoneNumber parsed;
    const std::string region
        = defaultRegion.isEmpty() ? std::string("ZZ") : defaultRegion.toUpper().toStdString();
    const bool read = !hasLetters(trimmed)
        && phones.Parse(trimmed.toStdString(), region, &parsed)
            == PhoneNumberUtil::NO_PARSING_ERROR;
    if (read && phones.IsValidNumber(parsed)) {
        std::string e164;
        phones.Format(parsed, PhoneNumberUtil::E164, &e164);
        std::string numberRegion;
        phones.GetRegionCodeForNumber(parsed, &numberRegion);
        std::string significant;
        phones.GetNationalSignificantNumber(parsed, &significant);
        std::string national;
        phones.Format(parsed, PhoneNumberUtil::NATIONAL, &national);
        std::string trunk;
        phones.GetNddPrefixForRegion(numberRegion, true, &trunk);
        number.valid = true;
        number.e164 = text(e164);
        number.region = text(numberRegion);
        addForm(&number.searchForms, number.e164.mid(1));
        // The significant number is what follows the country code: "301234567" in Germany,
        // "0612345678" in Italy (whose landlines keep their 0 after +39).
        addForm(&number.searchForms, text(significant));
        addForm(&number.searchForms, digitsOnly(text(national)));
        if (!trunk.empty())
            addForm(&number.searchForms, text(trunk) + text(significant));
        return number;
    }
    // Not a number libphonenumber can read (rows from before it checked): findable by the
    // digits as typed, and without a trunk 0.
    addForm(&number.searchForms, digits);
    if (digits.startsWith(u'0') && digits.size() > 6)
        addForm(&number.searchForms, digits.mid(1));
    // Given with its country code: what follows the code as well.
    if (read && (trimmed.startsWith(u'+') || trimmed.startsWith(u"00"_s))) {
        std::string significant;
        phones.GetNationalSignificantNumber(parsed, &significant);
        if (significant.size() >= 6)
            addForm(&number.searchForms, text(significant));
    }
    return number;
}

QString searchTokens(const QString &typed, const QString &defaultRegion)
{
    return parse(typed, defaultRegion).searchForms.join(u' ');
}

QString problem(const QString &typed, const QString &defaultRegion)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty() || parse(trimmed, defaultRegion).valid)
        return {};
    const QLocale::Territory territory = defaultRegion.isEmpty()
        ? QLocale::AnyTerritory
        : QLocale::codeToTerritory(defaultRegion.toUpper());
    if (territory == QLocale::AnyTerritory)
        return u"\"%1\" is not a phone number: type it with + and the country code"_s.arg(trimmed);
    return u"\"%1\" is not a phone number in %2: type it as it is dialled there, or with + and the"
           " country code if it is from another country"_s.arg(
               trimmed, QLocale::territoryToString(territory));
}

QString searchDigits(const QString &typed)
{
    QString trimmed = typed.trimmed();
    if (trimmed.startsWith(u"00"_s))
        trimmed.replace(0, 2, u"+"_s);
    if (trimmed.startsWith(u'+')) {
        const Number number = parse(trimmed, {});
        if (number.valid)
            return number.e164.mid(1);
    }
    return SearchText::digitsOf(typed);
}

bool backfillCustomers(const QSqlDatabase &db, QString *error)
{
    // In pages by id: an update while reading the same table would be read again on SQLite.
    QSqlQuery read = Database::prepare(
        db,
        u"SELECT c.id, c.phone, c.phone_search, COALESCE(l.country, '') FROM customers c"
        " LEFT JOIN locations l ON l.id = c.home_location_id"
        " WHERE c.id > ? AND c.phone <> '' ORDER BY c.id LIMIT 2000"_s);
    QSqlQuery write = Database::prepare(
        db, u"UPDATE customers SET phone_e164 = ?, phone_search = ? WHERE id = ?"_s);
    // phone_search left out when it is the same: the tablet's search index is rewritten for
    // every row whose update names it.
    QSqlQuery writeE164
        = Database::prepare(db, u"UPDATE customers SET phone_e164 = ? WHERE id = ?"_s);
    QString after = u""_s;
    int changed = 0;
    int reindexed = 0;
    int unreadable = 0;
    for (;;) {
        read.addBindValue(after);
        if (!Database::exec(read)) {
            if (error)
                *error = u"cannot read customers' phone numbers"_s;
            return false;
        }
        struct Row
        {
            QString id, e164, tokens;
            bool tokensChanged;
        };
        QList<Row> rows;
        while (read.next()) {
            const Number number = parse(read.value(1).toString(), read.value(3).toString());
            const QString tokens = number.searchForms.join(u' ');
            rows << Row {read.value(0).toString(), number.e164, tokens,
                         tokens != read.value(2).toString()};
            unreadable += number.valid ? 0 : 1;
        }
        read.finish();
        if (rows.isEmpty())
            break;
        for (const Row &row : std::as_const(rows)) {
            if (!row.tokensChanged && row.e164.isEmpty())
                continue;
            QSqlQuery &query = row.tokensChanged ? write : writeE164;
            query.addBindValue(row.e164);
            if (row.tokensChanged)
                query.addBindValue(row.tokens);
            query.addBindValue(row.id);
            if (!Database::exec(query)) {
                if (error)
                    *error = u"cannot store the phone number of customer %1"_s.arg(row.id);
                return false;
            }
            ++changed;
            reindexed += row.tokensChanged ? 1 : 0;
        }
        after = rows.last().id;
    }
    // The tablet's search index took a delete and an insert per changed row: merged into one
    // b-tree again, as the demo generator leaves it, or name searches read many small segments
    // (half as slow again on a 30,000-customer tablet until SQLite merges them itself).
    if (reindexed > 0 && db.tables().contains(u"customer_search"_s)
        && !Database::exec(db,
                           u"INSERT INTO customer_search (customer_search) VALUES"
                           " ('optimize')"_s,
                           error))
        return false;
    qCInfo(lcDb) << "phone numbers read again:" << changed << "customers updated," << unreadable
                 << "numbers that are not valid kept as typed";
    return true;
}

} // namespace PhoneNumbers
