// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;
class LocalStore;

/**
 * The app's language (English or Spanish): chosen from the system locale on first start,
 * switchable in settings at run time. Sets QLocale's default so money, dates and numbers follow.
 */
class LanguageController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)

public:
    /** store keeps the choice (may be null: nothing is saved). No default constructor: see
        LocalStore. */
    LanguageController(LocalStore *store, QObject *parent);
    static LanguageController *create(QQmlEngine *, QJSEngine *);

    /** "en" or "es". */
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QStringList languages() const;
    Q_INVOKABLE QString nativeName(const QString &language) const;

    /** The language the system locale asks for, if we have it; English otherwise. */
    static QString systemLanguage();
    /** The locale a language formats money, numbers and dates with, on screens and receipts. */
    static QLocale localeFor(const QString &language);
    /** The engine to retranslate when the language changes. */
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

signals:
    void languageChanged();

private:
    QString m_language;
    QTranslator m_translator;
    QPointer<LocalStore> m_store;
    QQmlEngine *m_engine = nullptr;
};
