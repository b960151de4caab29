// SPDX-License-Identifier: MIT
#include "searchtext.h"

#include <QCryptographicHash>
#include <QSqlDriver>
#include <QStringList>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace SearchText {

QString digitsOf(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digits += c;
    }
    if (digits.startsWith(u"00"_s))
        digits.remove(0, 2);
    return digits;
}

bool isNumberLike(const QString &text)
{
    int digits = 0;
    for (QChar c : text) {
        if (c >= u'0' && c <= u'9')
            ++digits;
        else if (!(c == u'+' || c == u'-' || c == u'.' || c == u'(' || c == u')' || c.isSpace()))
            return false;
    }
    return digits > 0;
}

QString customerMatchExpression(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    if (isNumberLike(text)) {
        // Phone numbers and loyalty cards are typed with arbitrary grouping: search the digits
        // as one prefix in the columns that hold numbers.
        const QString digits = digitsOf(text);
        if (digits.isEmpty())
            return {};
        return u"{phone loyalty} : \""_s + digits + u"\"*"_s;
    }
    QStringList terms;
    for (const QString &word : words(text))
        terms << u'"' + word + u"\"*"_s;
    return terms.join(u' ');
}

QStringList words(const QString &typed)
{
    QStringList list;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            list << word;
        word.clear();
    };
    // Letters, digits and combining marks only: nothing FTS5 could read as syntax survives.
    for (QChar c : typed) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            word += c;
        else
            flush();
    }
    flush();
    return list;
}

QString normalisedEmail(const QString &email)
{
    return email.trimmed().toLower();
}

QString folded(const QString &word)
{
    // Compatibility decomposition splits "é" into "e" and its accent (and "ﬁ" into "fi"); the
    // accents are dropped, as the FTS5 tokenizer's remove_diacritics does.
    const QString decomposed = word.normalized(QString::NormalizationForm_KD);
    QString plain;
    plain.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            plain += c;
    }
    return plain.toCaseFolded();
}

QString nameKey(const QString &text)
{
    QStringList keys;
    for (const QString &word : words(text))
        keys << folded(word);
    return keys.join(u' ');
}

qint64 searchOrder(const QString &firstName, const QString &lastName, const QString &id)
{
    const qsizetype nameWords = words(firstName).size() + words(lastName).size();
    const quint64 length = quint64(std::clamp<qsizetype>(nameWords, 1, 7));
    const QString key = nameKey(lastName) + u' ' + nameKey(firstName);
    // Six bits a character, in alphabetical order: end, space, digits, a-z, anything else.
    quint64 letters = 0;
    for (int i = 0; i < 4; ++i) {
        quint64 symbol = 0;
        if (i < key.size()) {
            const QChar c = key.at(i);
            if (c == u' ')
                symbol = 1;
            else if (c >= u'0' && c <= u'9')
                symbol = 2 + (c.unicode() - u'0');
            else if (c >= u'a' && c <= u'z')
                symbol = 12 + (c.unicode() - u'a');
            else
                symbol = 38;
        }
        letters = (letters << 6) | symbol;
    }
    // The hash tells apart customers whose names start alike; 36 bits keep a clash between two
    // of them unlikely even among the tens of thousands of one common surname (the triggers
    // take the next free number when it happens).
    const QByteArray digest
        = QCryptographicHash::hash((key + QChar(0x1f) + id).toUtf8(), QCryptographicHash::Sha1);
    quint64 hash = 0;
    for (int i = 0; i < 8; ++i)
        hash = (hash << 8) | quint8(digest.at(i));
    hash >>= 64 - 36;
    // 3 + 24 + 36 = 63 bits: always positive.
    return qint64((length << 60) | (letters << 36) | hash);
}

namespace {

QString argumentText(sqlite3_value *value)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return text ? QString::fromUtf8(text, sqlite3_value_bytes(value)) : QString();
}

void nameKeyFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    QStringList parts;
    for (int i = 0; i < argc; ++i)
        parts << argumentText(argv[i]);
    const QByteArray key = nameKey(parts.join(u' ')).toUtf8();
    sqlite3_result_text(context, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

void searchOrderFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 3) {
        sqlite3_result_error(context, "clienteling_search_order(first, last, id)", -1);
        return;
    }
    sqlite3_result_int64(
        context, searchOrder(argumentText(argv[0]), argumentText(argv[1]), argumentText(argv[2])));
}

} // namespace

bool installSqlFunctions(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    if (!sqlite)
        return false;
    // Pure functions of their arguments: allowed in triggers whatever trusted_schema says.
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return sqlite3_create_function_v2(sqlite, "clienteling_name_key", -1, flags, nullptr,
                                      nameKeyFunction, nullptr, nullptr, nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(sqlite, "clienteling_search_order", 3, flags, nullptr,
                                      searchOrderFunction, nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

} // namespace SearchText
