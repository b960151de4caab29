// SPDX-License-Identifier: MIT
#pragma once

#include "rowlistmodel.h"
#include "storewatcher.h"

/**
 * A list model over the tablet's local store, which it is handed (the constructor, or the
 * `store` property set where QML creates it: `store: LocalStore`). It refreshes itself when a
 * table it shows changes, and shows nothing while it has no open store.
 */
class StoreListModel : public RowListModel
{
    Q_OBJECT
    Q_PROPERTY(LocalStore *store READ store WRITE setStore NOTIFY storeChanged)

public:
    StoreListModel(const QList<QByteArray> &roles, const QString &keyRole, QObject *parent);

    LocalStore *store() const;
    void setStore(LocalStore *store);

signals:
    void storeChanged();

protected:
    /** The store when it is open, else nullptr. */
    LocalStore *readyStore() const;
    /** Whether a change to these tables changes what the model shows now. */
    virtual bool showsAnyOf(const QStringList &tables) const = 0;
    /** A store was handed in: reads again (a model that waits for QML's properties defers). */
    virtual void storeSet() { reload(); }

private:
    StoreWatcher m_store;
};
