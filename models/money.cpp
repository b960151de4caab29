// SPDX-License-Identifier: MIT
#include "money.h"

#include <QLocale>

#include <algorithm>

int Money::decimalsFor(const QString &currency)
{
    // ISO 4217's minor units where they are not two.
    static const QStringList zeroDecimals = {QStringLiteral("JPY"), QStringLiteral("KRW"),
                                             QStringLiteral("ISK"), QStringLiteral("CLP")};
    static const QStringList threeDecimals
        = {QStringLiteral("KWD"), QStringLiteral("BHD"), QStringLiteral("OMR"),
           QStringLiteral("JOD"), QStringLiteral("TND"), QStringLiteral("LYD"),
           QStringLiteral("IQD")};
    if (zeroDecimals.contains(currency))
        return 0;
    return threeDecimals.contains(currency) ? 3 : 2;
}

namespace {

// value >= 1000, grouped in threes with the locale's separator and digits.
QString groupedThousands(const QLocale &locale, qint64 value)
{
    if (value < 1000)
        return locale.toString(value);
    return groupedThousands(locale, value / 1000) + locale.groupSeparator()
        + locale.toString(value % 1000).rightJustified(3, locale.zeroDigit().at(0));
}

QString wholeNumber(const QLocale &locale, qint64 value)
{
    const QString text = locale.toString(value);
    const QString separator = locale.groupSeparator();
    // Qt 6.4 applies a locale's minimum grouping digits (2 in Spanish: "1234" but "12.345") to
    // every group instead of to the whole number, so a million prints as "1000.000". Regroup
    // numbers past that minimum in such locales; others keep QLocale's own grouping.
    if (value < 10000 || separator.isEmpty() || !text.contains(separator)
        || locale.toString(qint64(1000)).contains(separator))
        return text;
    return groupedThousands(locale, value);
}

} // namespace

QString Money::toString(const QLocale &locale) const
{
    const int decimals = decimalsFor(m_currency);
    qint64 divisor = 1;
    for (int i = 0; i < decimals; ++i)
        divisor *= 10;
    // Format major and minor parts separately so no floating point ever touches the amount.
    const qint64 absMinor = m_minor < 0 ? -m_minor : m_minor;
    QString number = wholeNumber(locale, absMinor / divisor);
    if (decimals > 0) {
        number += locale.decimalPoint();
        number += QString::number(absMinor % divisor).rightJustified(decimals, u'0');
    }
    QString symbol = m_currency;
    if (m_currency == QStringLiteral("EUR"))
        symbol = QStringLiteral("€");
    else if (m_currency == QStringLiteral("GBP"))
        symbol = QStringLiteral("£");
    else if (m_currency == QStringLiteral("USD"))
        symbol = QStringLiteral("$");
    // QLocale::toCurrencyString has the locale's pattern; reuse it with our exact number.
    QString pattern = locale.toCurrencyString(1.0, QStringLiteral("\x01"), 0);
    const QString one = locale.toString(1);
    pattern.replace(one, QStringLiteral("\x02"));
    QString result = pattern;
    result.replace(QStringLiteral("\x02"), number);
    result.replace(QStringLiteral("\x01"), symbol);
    if (m_minor < 0)
        result = locale.negativeSign() + result;
    return result;
}

QString Money::toDecimalString() const
{
    const int decimals = decimalsFor(m_currency);
    const qint64 absMinor = m_minor < 0 ? -m_minor : m_minor;
    qint64 divisor = 1;
    for (int i = 0; i < decimals; ++i)
        divisor *= 10;
    QString text = QString::number(absMinor / divisor);
    if (decimals > 0)
        text += u'.' + QString::number(absMinor % divisor).rightJustified(decimals, u'0');
    return m_minor < 0 ? u'-' + text : text;
}

bool Money::fromDecimalString(const QString &input, const QString &currency, Money *out)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return false;
    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text.remove(0, 1);
    }
    const int decimals = decimalsFor(currency);
    const qsizetype dot = text.indexOf(u'.');
    QString whole = dot < 0 ? text : text.left(dot);
    QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    if (whole.isEmpty() || fraction.size() > decimals || (dot >= 0 && fraction.isEmpty()))
        return false;
    const QString digits = whole + fraction;
    for (QChar c : digits) {
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    }
    if (whole.size() > 15)
        return false;
    fraction = fraction.leftJustified(decimals, u'0');
    qint64 minor = whole.toLongLong();
    for (int i = 0; i < decimals; ++i)
        minor *= 10;
    if (decimals > 0)
        minor += fraction.toLongLong();
    *out = Money(negative ? -minor : minor, currency);
    return true;
}

Money Money::operator+(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency || m_currency.isEmpty() || other.m_currency.isEmpty());
    return Money(m_minor + other.m_minor, m_currency.isEmpty() ? other.m_currency : m_currency);
}

Money Money::operator-(const Money &other) const
{
    return *this + (-other);
}

Money &Money::operator+=(const Money &other)
{
    *this = *this + other;
    return *this;
}

Money &Money::operator-=(const Money &other)
{
    *this = *this - other;
    return *this;
}

bool Money::operator<(const Money &other) const
{
    return m_minor < other.m_minor;
}

bool Money::parse(const QString &input, const QString &currency, const QLocale &locale,
                  Money *out)
{
    QString text;
    for (const QChar c : input) {
        if (c.isSpace() || c == u'\u00a0' || c == u'\u202f' || c == u'\u20ac' || c == u'$'
            || c == u'\u00a3')
            continue;
        text += c;
    }
    if (text.isEmpty()) {
        *out = Money(0, currency);
        return true;
    }
    bool anyDigit = false;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            anyDigit = true;
        else if (c != u'.' && c != u',' && c != u'\'')
            return false;
    }
    if (!anyDigit)
        return false;
    const int decimals = decimalsFor(currency);
    const qsizetype last = std::max(text.lastIndexOf(u'.'), text.lastIndexOf(u','));
    QString whole = text;
    QString fraction;
    if (last >= 0) {
        const QChar mark = text.at(last);
        const QString after = text.mid(last + 1);
        const bool bothKinds = text.contains(u'.') && text.contains(u',');
        const bool once = text.indexOf(mark) == last;
        // Both marks typed: the last one separates the decimals. One mark typed once: the
        // decimals, unless three digits follow a mark the language groups thousands with.
        const bool isDecimal = bothKinds
                || (once && (after.size() != 3 || locale.decimalPoint() == QString(mark)));
        if (isDecimal) {
            whole = text.left(last);
            fraction = after;
        }
    }
    whole.remove(u'.').remove(u',').remove(u'\'');
    if (fraction.contains(u'.') || fraction.contains(u',') || fraction.contains(u'\'')
        || fraction.size() > decimals || whole.size() > 9)
        return false;
    while (fraction.size() < decimals)
        fraction += u'0';
    qint64 minor = 0;
    for (const QChar c : QString(whole + fraction))
        minor = minor * 10 + (c.unicode() - u'0');
    *out = Money(minor, currency);
    return true;
}

QString Money::toInputString(const QLocale &locale) const
{
    const int decimals = decimalsFor(m_currency);
    qint64 divisor = 1;
    for (int i = 0; i < decimals; ++i)
        divisor *= 10;
    const qint64 absMinor = m_minor < 0 ? -m_minor : m_minor;
    QString text = (m_minor < 0 ? QStringLiteral("-") : QString()) + QString::number(absMinor / divisor);
    if (decimals > 0)
        text += locale.decimalPoint()
                + QString::number(absMinor % divisor).rightJustified(decimals, u'0');
    return text;
}
