// SPDX-License-Identifier: MIT
#include "storelistmodel.h"

StoreListModel::StoreListModel(const QList<QByteArray> &roles, const QString &keyRole,
                               QObject *parent)
    : RowListModel(roles, keyRole, parent)
{ }

LocalStore *StoreListModel::store() const
{
    return m_store.store();
}

void StoreListModel::setStore(LocalStore *store)
{
    const bool changed = m_store.set(this, store, [this](const QStringList &tables) {
        if (showsAnyOf(tables))
            refresh();
    });
    if (!changed)
        return;
    emit storeChanged();
    storeSet();
}

LocalStore *StoreListModel::readyStore() const
{
    return m_store.ready();
}
