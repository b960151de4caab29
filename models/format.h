// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;
class QLocale;

/**
 * Formatting of money, dates and numbers through QLocale (the app's chosen language), and the
 * translated labels of codes stored in the data (channels, tiers, event kinds, ...).
 * One place, used by the list models and, through the QML singleton, by screens.
 */
class Format : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;
    static Format *create(QQmlEngine *, QJSEngine *);

    Q_INVOKABLE static QString money(qint64 minor, const QString &currency);
    Q_INVOKABLE static QString number(qint64 value);
    /** An amount typed by the associate in minor units (Money::parse in the app's language):
        0 for empty text, -1 when the text is not an amount of the currency. */
    Q_INVOKABLE static qint64 parseMoney(const QString &text, const QString &currency);
    /** An amount as the associate would type it ("49,90" in Spanish). */
    Q_INVOKABLE static QString moneyInput(qint64 minor, const QString &currency);
    /** An example amount to type, in the currency's decimals ("12,50", "1250" in yen). */
    Q_INVOKABLE static QString moneyInputExample(const QString &currency);
    /** Minor-unit digits of a currency (Money::decimalsFor). */
    Q_INVOKABLE static int moneyDecimals(const QString &currency);
    /** Short date with a four-digit year, in the app's language. */
    Q_INVOKABLE static QString date(qint64 msSinceEpoch);
    Q_INVOKABLE static QString dateTime(qint64 msSinceEpoch);
    /** The same in a given locale (a receipt in the customer's language). */
    static QString date(qint64 msSinceEpoch, const QLocale &locale);
    static QString dateTime(qint64 msSinceEpoch, const QLocale &locale);
    /** "Today 14:05", "Yesterday 21:40", or a date for older times. */
    Q_INVOKABLE static QString when(qint64 msSinceEpoch);

    Q_INVOKABLE static QString channel(const QString &code);
    Q_INVOKABLE static QString tier(const QString &code);
    /** A country by its ISO code ("IE" -> "Ireland"), in the app's language. */
    Q_INVOKABLE static QString country(const QString &code);
    Q_INVOKABLE static QString eventKind(const QString &code);
    Q_INVOKABLE static QString consentKind(const QString &code);
    Q_INVOKABLE static QString preference(const QString &key);
    Q_INVOKABLE static QString fulfilment(const QString &code);
    Q_INVOKABLE static QString orderStatus(const QString &code);
    Q_INVOKABLE static QString category(const QString &code);
    Q_INVOKABLE static QString locationKind(const QString &code);
    Q_INVOKABLE static QString deliveryOption(const QString &name);
    Q_INVOKABLE static QString lineStatus(const QString &code);
    Q_INVOKABLE static QString reservationStatus(const QString &code);
    /** "2 km", "480 km". */
    Q_INVOKABLE static QString distance(double km);
    /** "Counted 3 hours ago"-style age of a time. */
    Q_INVOKABLE static QString age(qint64 msSinceEpoch);
    /** Every preference key an associate can set, in display order. */
    Q_INVOKABLE static QStringList preferenceKeys();
};
