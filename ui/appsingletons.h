// SPDX-License-Identifier: MIT
#pragma once

// STOPGAP until the singletons' own classes are fixed; delete this file then.
//
// Qt 6.4 builds a QML_SINGLETON with its default constructor whenever it has one, ignoring a
// static create() (qqmlprivate.h: ConstructionMode::Constructor is checked before Factory;
// Qt 6.5 reversed that). LocalStore, Session and LanguageController are default-constructible,
// so QML got fresh, unopened copies instead of the services main() wired. A foreign wrapper with
// create() is used before the default constructor, so Clienteling.Ui registers the three again,
// handing out the real instances. Screens import Clienteling.Ui BEFORE Clienteling.App and
// Clienteling.Models: with two modules offering one name, Qt 6.4 takes the first import's
// (checked: with Clienteling.Ui last, QML still got an unopened LocalStore).

#include "languagecontroller.h"
#include "localstore.h"
#include "session.h"

#include <QJSEngine>
#include <QtQml/qqml.h>

struct LocalStoreSingleton
{
    Q_GADGET
    QML_FOREIGN(LocalStore)
    QML_NAMED_ELEMENT(LocalStore)
    QML_SINGLETON

public:
    static LocalStore *create(QQmlEngine *, QJSEngine *)
    {
        LocalStore *store = LocalStore::instance();
        QJSEngine::setObjectOwnership(store, QJSEngine::CppOwnership);
        return store;
    }
};

struct SessionSingleton
{
    Q_GADGET
    QML_FOREIGN(Session)
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON

public:
    static Session *create(QQmlEngine *, QJSEngine *)
    {
        Session *session = Session::instance();
        QJSEngine::setObjectOwnership(session, QJSEngine::CppOwnership);
        return session;
    }
};

struct LanguageControllerSingleton
{
    Q_GADGET
    QML_FOREIGN(LanguageController)
    QML_NAMED_ELEMENT(LanguageController)
    QML_SINGLETON

public:
    static LanguageController *create(QQmlEngine *, QJSEngine *)
    {
        LanguageController *language = LanguageController::instance();
        QJSEngine::setObjectOwnership(language, QJSEngine::CppOwnership);
        return language;
    }
};
