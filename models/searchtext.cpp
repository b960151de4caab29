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

namespace {

/** Calls f with each code point of text (a lone surrogate as itself). */
template<typename F>
void forEachCodePoint(QStringView text, F f)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size()
            && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        f(c);
    }
}

void append(QString &text, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        text += QChar(QChar::highSurrogate(c));
        text += QChar(QChar::lowSurrogate(c));
    } else {
        text += QChar(c);
    }
}

bool isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing;
}

/** Apostrophes and hyphens: inside a name they join its parts ("O'Brien", "Jean-Luc"). */
bool isJoiner(char32_t c)
{
    switch (c) {
    case u'\'':
    case u'`':
    case 0x00B4: // acute accent
    case 0x2018: // left single quotation mark
    case 0x2019: // right single quotation mark (the apostrophe phones type)
    case 0x02BC: // modifier letter apostrophe
    case u'-':
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x00AD: // soft hyphen
        return true;
    default:
        return false;
    }
}

/** A folded word cut where Chinese, Japanese or Korean characters are (one word each);
    anything but letters and digits dropped. */
void splitCjk(const QString &word, QStringList *out)
{
    QString run;
    forEachCodePoint(word, [&](char32_t c) {
        if (isCjk(c)) {
            if (!run.isEmpty())
                *out << run;
            run.clear();
            QString one;
            append(one, c);
            *out << one;
        } else if (QChar::isLetterOrNumber(c)) {
            append(run, c);
        }
    });
    if (!run.isEmpty())
        *out << run;
}

/** Whether any of these words is a Chinese, Japanese or Korean character. */
bool hasCjk(const QStringList &words)
{
    for (const QString &word : words) {
        const QList<uint> c = word.toUcs4();
        if (c.size() == 1 && isCjk(c.first()))
            return true;
    }
    return false;
}

/** A name's words as written (split at spaces and punctuation but apostrophes and hyphens),
    each as its parts (split at those). */
QList<QStringList> nameChunks(const QString &name)
{
    QList<QStringList> chunks;
    QStringList parts;
    QString part;
    auto endPart = [&] {
        if (!part.isEmpty())
            parts << part;
        part.clear();
    };
    auto endChunk = [&] {
        endPart();
        if (!parts.isEmpty())
            chunks << parts;
        parts.clear();
    };
    forEachCodePoint(name, [&](char32_t c) {
        if (isWordCharacter(c))
            append(part, c);
        else if (isJoiner(c))
            endPart();
        else
            endChunk();
    });
    endChunk();
    return chunks;
}

} // namespace

bool isCjk(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return true;
    default:
        // The iteration mark and the prolonged sound marks (of no script of their own).
        return c == 0x3005 || c == 0x30FC || c == 0xFF70;
    }
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
    forEachCodePoint(typed, [&](char32_t c) {
        if (isWordCharacter(c))
            append(word, c);
        else
            flush();
    });
    flush();
    return list;
}

QStringList nameTokens(const QString &name)
{
    QStringList tokens;
    for (const QStringList &parts : nameChunks(name)) {
        QStringList pieces;
        for (const QString &part : parts)
            splitCjk(folded(part), &pieces);
        tokens += pieces;
        // The parts joined as well ("obrien"), unless they are characters of their own.
        if (pieces.size() > 1 && !hasCjk(pieces))
            tokens << pieces.join(QString());
    }
    tokens.removeDuplicates();
    return tokens;
}

QStringList queryWords(const QString &typed)
{
    QStringList list;
    for (const QString &word : words(typed))
        splitCjk(folded(word), &list);
    return list;
}

QString fullNameKey(const QString &text)
{
    QStringList keys;
    for (const QStringList &parts : nameChunks(text)) {
        QStringList pieces;
        for (const QString &part : parts)
            splitCjk(folded(part), &pieces);
        if (hasCjk(pieces))
            keys += pieces;
        else if (!pieces.isEmpty())
            keys << pieces.join(QString());
    }
    return keys.join(u' ');
}

QString normalisedEmail(const QString &email)
{
    return email.trimmed().toLower();
}

QString folded(const QString &word)
{
    // Composed first (half-width kana with their voicing mark become one character), then
    // each character outside Chinese, Japanese and Korean decomposed, its accents dropped as
    // the FTS5 tokenizer's remove_diacritics does ("é" -> "e", "ё" -> "е", "İ" -> "I", "ﬁ" ->
    // "fi"), and case-folded ("Σ", "ς" -> "σ"). Kana keep their voicing marks: "ガ" is not "カ".
    const QString composed = word.normalized(QString::NormalizationForm_KC);
    QString plain;
    plain.reserve(composed.size());
    forEachCodePoint(composed, [&](char32_t c) {
        if (c < 0x80) {
            plain += QChar(c);
        } else if (c == 0x0131) { // Turkish dotless ı: typed as i on most keyboards
            plain += u'i';
        } else if (isCjk(c)) {
            append(plain, c);
        } else {
            QString one;
            append(one, c);
            forEachCodePoint(one.normalized(QString::NormalizationForm_KD), [&](char32_t d) {
                if (QChar::category(d) != QChar::Mark_NonSpacing)
                    append(plain, d);
            });
        }
    });
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

void fullNameKeyFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    QStringList parts;
    for (int i = 0; i < argc; ++i)
        parts << argumentText(argv[i]);
    const QByteArray key = fullNameKey(parts.join(u' ')).toUtf8();
    sqlite3_result_text(context, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

void nameTokensFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1) {
        sqlite3_result_error(context, "clienteling_name_tokens(text)", -1);
        return;
    }
    const QByteArray tokens = nameTokens(argumentText(argv[0])).join(u' ').toUtf8();
    sqlite3_result_text(context, tokens.constData(), int(tokens.size()), SQLITE_TRANSIENT);
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
        && sqlite3_create_function_v2(sqlite, "clienteling_full_name_key", -1, flags, nullptr,
                                      fullNameKeyFunction, nullptr, nullptr, nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(sqlite, "clienteling_name_tokens", 1, flags, nullptr,
                                      nameTokensFunction, nullptr, nullptr, nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(sqlite, "clienteling_search_order", 3, flags, nullptr,
                                      searchOrderFunction, nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

} // namespace SearchText
