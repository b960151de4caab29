// SPDX-License-Identifier: MIT
#pragma once

#include <QJSEngine>
#include <QPointer>

/**
 * The object a QML singleton (LocalStore, Session, SyncEngine, ...) stands for. AppContext
 * builds the app's services once and hands each to QML here before any QML is loaded; QML's
 * create() then returns it. C++ never reads it back: controllers and models are handed their
 * services (constructor or property). A destroyed object is forgotten (QPointer), so nothing
 * dangles, and the last object provided is the one QML gets.
 */
template<typename T>
class QmlEntryPoint
{
public:
    static void provide(T *object) { s_object = object; }
    static void withdraw(T *object)
    {
        if (s_object == object)
            s_object = nullptr;
    }
    /** For the type's static create(QQmlEngine *, QJSEngine *). */
    static T *forQml()
    {
        T *object = s_object.data();
        if (object)
            QJSEngine::setObjectOwnership(object, QJSEngine::CppOwnership);
        return object;
    }

private:
    static inline QPointer<T> s_object;
};
