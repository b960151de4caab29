// SPDX-License-Identifier: MIT
#include "languagecontroller.h"
#include "qmlentrypoint.h"
#include "localstore.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QLocale>
#include <QQmlEngine>

using namespace Qt::Literals::StringLiterals;

QLocale LanguageController::localeFor(const QString &language)
{
    // The chain trades in euros in Spain and Ireland: English uses Irish conventions
    // (day-month dates, "€1,234.50"), Spanish uses Spain's ("1.234,50 €").
    return language == u"es"_s ? QLocale(QLocale::Spanish, QLocale::Spain)
                               : QLocale(QLocale::English, QLocale::Ireland);
}

LanguageController::LanguageController(LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

LanguageController *LanguageController::create(QQmlEngine *, QJSEngine *)
{
    return QmlEntryPoint<LanguageController>::forQml();
}

QStringList LanguageController::languages() const
{
    return {u"en"_s, u"es"_s};
}

QString LanguageController::nativeName(const QString &language) const
{
    return language == u"es"_s ? u"Español"_s : u"English"_s;
}

QString LanguageController::systemLanguage()
{
    return QLocale::system().language() == QLocale::Spanish ? u"es"_s : u"en"_s;
}

void LanguageController::setLanguage(const QString &requested)
{
    const QString language = requested == u"es"_s ? u"es"_s : u"en"_s;
    if (language == m_language)
        return;
    m_language = language;
    QCoreApplication::removeTranslator(&m_translator);
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    // English is the source language; its catalogue holds only the plural forms
    // ("1 item" / "2 items" from "%n item(s)").
    if (m_translator.load(u"clienteling_"_s + language, u":/i18n"_s))
        QCoreApplication::installTranslator(&m_translator);
    if (m_engine) {
        m_engine->setUiLanguage(language);
        m_engine->retranslate();
    }
    if (LocalStore *store = m_store.data(); store && store->isReady()) {
        store->setSetting(u"app.language"_s, language);
        // Models format money and dates in C++: let every list re-read its rows.
        store->notifyTablesChanged({u"customers"_s, u"consents"_s, u"customer_events"_s,
                                    u"wishlist_items"_s, u"cart_lines"_s, u"notes"_s,
                                    u"customer_preferences"_s, u"products"_s, u"orders"_s});
    }
    emit languageChanged();
}
