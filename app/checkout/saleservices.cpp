// SPDX-License-Identifier: MIT
#include "saleservices.h"

SaleServices::SaleServices(QObject *parent)
    : QObject(parent)
{}

LocalStore *SaleServices::readyStore() const
{
    return m_store && m_store->isReady() ? m_store.data() : nullptr;
}

void SaleServices::setStore(LocalStore *store)
{
    if (store == m_store)
        return;
    LocalStore *previous = m_store;
    m_store = store;
    emit servicesChanged();
    onStoreChanged(previous);
}

void SaleServices::setSession(Session *session)
{
    if (session == m_session)
        return;
    m_session = session;
    emit servicesChanged();
}

void SaleServices::setTerminal(PaymentTerminal *terminal)
{
    if (terminal == m_terminal)
        return;
    PaymentTerminal *previous = m_terminal;
    m_terminal = terminal;
    emit servicesChanged();
    onTerminalChanged(previous);
}

void SaleServices::setDrawer(CashDrawer *drawer)
{
    if (drawer == m_drawer)
        return;
    CashDrawer *previous = m_drawer;
    m_drawer = drawer;
    emit servicesChanged();
    onDrawerChanged(previous);
}

void SaleServices::setSync(SyncEngine *sync)
{
    if (sync == m_sync)
        return;
    m_sync = sync;
    emit servicesChanged();
}
