// SPDX-License-Identifier: MIT
#pragma once

#include "localstore.h"

#include <QPointer>
#include <QStringList>

/**
 * The local store an object was handed, and the one connection that tells it which tables
 * changed. Models and controllers hold one instead of finding the store globally.
 */
class StoreWatcher
{
public:
    /** Follows store (may be null); onTables(const QStringList &) runs in owner's context.
        False when it already followed that store. */
    template<typename Handler>
    bool set(QObject *owner, LocalStore *store, Handler onTables)
    {
        if (store == m_store)
            return false;
        QObject::disconnect(m_connection);
        m_store = store;
        if (store)
            m_connection = QObject::connect(store, &LocalStore::tablesChanged, owner, onTables);
        return true;
    }
    LocalStore *store() const { return m_store; }
    /** The store when it is open, else nullptr. */
    LocalStore *ready() const { return m_store && m_store->isReady() ? m_store.data() : nullptr; }

private:
    QPointer<LocalStore> m_store;
    QMetaObject::Connection m_connection;
};
