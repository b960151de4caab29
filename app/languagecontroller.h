// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

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
    explicit LanguageController(QObject *parent); // no default: see LocalStore
    static LanguageController *instance();
    static LanguageController *create(QQmlEngine *, QJSEngine *);

    /** "en" or "es". */
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QStringList languages() const;
    Q_INVOKABLE QString nativeName(const QString &language) const;

    /** The language the system locale asks for, if we have it; English otherwise. */
    static QString systemLanguage();
    /** The engine to retranslate when the language changes. */
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

signals:
    void languageChanged();

private:
    QString m_language;
    QTranslator m_translator;
    QQmlEngine *m_engine = nullptr;
};
