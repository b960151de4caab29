// SPDX-License-Identifier: MIT
#include "searchtext.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace SearchText {

namespace {
struct CountryCode
{
    const char *code;
    bool trunkZero; // national numbers are dialled with a leading 0
};
// The chain's countries first; the rest are common among its customers.
constexpr CountryCode countryCodes[] = {{"34", false}, {"353", true}, {"44", true},
                                        {"351", false}, {"33", true},  {"49", true},
                                        {"39", false}, {"1", false}};
} // namespace

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

QString phoneSearchTokens(const QString &phone)
{
    const QString trimmed = phone.trimmed();
    QString digits = digitsOf(trimmed);
    if (digits.isEmpty())
        return {};
    const bool international = trimmed.startsWith(u'+') || trimmed.startsWith(u"00"_s);
    QStringList tokens;
    if (international) {
        tokens << digits;
        for (const CountryCode &cc : countryCodes) {
            const QString code = QString::fromLatin1(cc.code);
            if (digits.startsWith(code) && digits.size() > code.size() + 5) {
                const QString national = digits.mid(code.size());
                tokens << national;
                if (cc.trunkZero)
                    tokens << u'0' + national;
                break;
            }
        }
    } else {
        // A national number as entered; index it without a trunk 0 as well.
        tokens << digits;
        if (digits.startsWith(u'0') && digits.size() > 6)
            tokens << digits.mid(1);
    }
    tokens.removeDuplicates();
    return tokens.join(u' ');
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

} // namespace SearchText
