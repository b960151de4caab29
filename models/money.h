// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

class QLocale;

/** An amount of money: integer minor units (cents) and an ISO 4217 currency code. */
class Money
{
public:
    Money() = default;
    Money(qint64 minor, QString currency)
        : m_minor(minor)
        , m_currency(std::move(currency))
    {}

    qint64 minor() const { return m_minor; }
    QString currency() const { return m_currency; }
    bool isValid() const { return m_currency.size() == 3; }
    bool isZero() const { return m_minor == 0; }

    /** Minor-unit digits of a currency (EUR 2, JPY 0, ...). */
    static int decimalsFor(const QString &currency);

    /** Formats through QLocale, e.g. "12.345,50 €" for es_ES or "€12,345.50" for en_IE. */
    QString toString(const QLocale &locale) const;
    /** Decimal major-unit text with a dot ("10.99"), exact, for wire formats. */
    QString toDecimalString() const;
    /** Parses "10.99" / "10" / "-3.5" exactly into minor units; false on malformed text. */
    static bool fromDecimalString(const QString &text, const QString &currency, Money *out);
    /** Reads an amount as an associate types it: "12,50" and "12.50" are both 1250 whatever the
        language, and "1.250" is a thousand two hundred and fifty where the locale groups
        thousands with a dot. Spaces and currency signs are ignored. Empty text is zero. False
        when the text is not an amount of this currency (letters, too many decimals, more than
        nine whole digits); *out is untouched then. */
    static bool parse(const QString &text, const QString &currency, const QLocale &locale,
                      Money *out);
    /** The amount as an associate would type it, without grouping or symbol ("49,90" in
        Spanish, "49.90" in English, "1250" in yen). */
    QString toInputString(const QLocale &locale) const;

    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money operator-() const { return Money(-m_minor, m_currency); }
    Money &operator+=(const Money &other);
    Money &operator-=(const Money &other);
    Money operator*(qint64 factor) const { return Money(m_minor * factor, m_currency); }
    bool operator==(const Money &other) const = default;
    bool operator<(const Money &other) const;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

Q_DECLARE_METATYPE(Money)
