// SPDX-License-Identifier: MIT
#pragma once

#include "rowstore.h"

#include <QSet>

/**
 * The tablet's row access. In optimistic mode (a local mutation) it first keeps the server's
 * version of every row it touches in sync_shadow, so a later pull can rebase pending mutations
 * on top of what the server says.
 */
class ClientRowStore : public RowStore
{
public:
    enum class Mode { Optimistic, ServerData };
    ClientRowStore(const QSqlDatabase &db, Mode mode);

    /** Tables written through this store, for change notifications. */
    QSet<QString> touchedTables() const { return m_touched; }

protected:
    bool beforeWrite(const Entity &entity, const QVariantMap &key) override;

private:
    Mode m_mode;
    QSet<QString> m_touched;
};
