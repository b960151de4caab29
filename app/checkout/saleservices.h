// SPDX-License-Identifier: MIT
#pragma once

#include "cashdrawer.h"
#include "localstore.h"
#include "paymentterminal.h"
#include "session.h"
#include "syncengine.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

/**
 * The services a sale or a return works with, handed in where the controller is made (C++:
 * its constructor; QML: these properties, set to the singletons). Any may be null; each
 * controller says what it cannot do without one. CheckoutController and ReturnsController
 * derive from it; they hear of a new store, terminal or drawer through the hooks, which run
 * after servicesChanged().
 */
class SaleServices : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(LocalStore *store READ store WRITE setStore NOTIFY servicesChanged)
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY servicesChanged)
    Q_PROPERTY(PaymentTerminal *terminal READ terminal WRITE setTerminal NOTIFY servicesChanged)
    Q_PROPERTY(CashDrawer *drawer READ drawer WRITE setDrawer NOTIFY servicesChanged)
    Q_PROPERTY(SyncEngine *sync READ sync WRITE setSync NOTIFY servicesChanged)

public:
    LocalStore *store() const { return m_store; }
    void setStore(LocalStore *store);
    Session *session() const { return m_session; }
    void setSession(Session *session);
    PaymentTerminal *terminal() const { return m_terminal; }
    void setTerminal(PaymentTerminal *terminal);
    CashDrawer *drawer() const { return m_drawer; }
    void setDrawer(CashDrawer *drawer);
    SyncEngine *sync() const { return m_sync; }
    void setSync(SyncEngine *sync);

signals:
    void servicesChanged();

protected:
    explicit SaleServices(QObject *parent);

    /** The store when it is open, else nullptr. */
    LocalStore *readyStore() const;
    /** A new store was handed in (previous: the one before, to disconnect from). */
    virtual void onStoreChanged(LocalStore *previous) { Q_UNUSED(previous) }
    virtual void onTerminalChanged(PaymentTerminal *previous) { Q_UNUSED(previous) }
    virtual void onDrawerChanged(CashDrawer *previous) { Q_UNUSED(previous) }

    // Read by the controllers as they work; set only through the setters above.
    QPointer<LocalStore> m_store;
    QPointer<Session> m_session;
    QPointer<PaymentTerminal> m_terminal;
    QPointer<CashDrawer> m_drawer;
    QPointer<SyncEngine> m_sync;
};
