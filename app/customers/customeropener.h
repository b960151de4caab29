// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include "localstore.h"
#include "syncengine.h"

#include <QNetworkReply>

/**
 * Opens any customer of the chain. One this tablet holds opens at once. One of another store,
 * or of the web shop only, is first followed on the central service (POST
 * /v1/customers/follow): this tablet's scope grows by that customer, and the sync that follows
 * brings them, with the history the customer screen shows, onto the tablet, where they stay
 * in sync from then on. The associate sees that it is on its way and, when it cannot be done,
 * why and what to do.
 */
class CustomerOpener : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(LocalStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(SyncEngine *sync READ sync WRITE setSync NOTIFY syncChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    /** The name of the customer being brought, for the progress message. */
    Q_PROPERTY(QString pendingName READ pendingName NOTIFY busyChanged)

public:
    explicit CustomerOpener(QObject *parent = nullptr);
    CustomerOpener(LocalStore *store, SyncEngine *sync, QObject *parent = nullptr);

    LocalStore *store() const { return m_store; }
    void setStore(LocalStore *store);
    SyncEngine *sync() const { return m_sync; }
    void setSync(SyncEngine *sync);
    bool isBusy() const { return !m_pendingId.isEmpty(); }
    QString pendingName() const { return m_pendingName; }

    /** Opens the customer: opened() at once when this tablet holds them, else after they
        arrived; failed() with the reason when they cannot be brought. displayName is only
        for the messages. */
    Q_INVOKABLE void open(const QString &customerId, const QString &displayName = {});
    /** Gives up waiting (the associate went back). */
    Q_INVOKABLE void cancel();

    /** How long the associate waits for the customer to arrive before being told. */
    static constexpr int arrivalTimeoutMs = 20000;

signals:
    void storeChanged();
    void syncChanged();
    void busyChanged();
    void opened(const QString &customerId);
    void failed(const QString &message);

private:
    bool holds(const QString &customerId) const;
    void followed(const QString &customerId);
    void checkArrived();
    void fail(const QString &message);
    void finish();

    QPointer<LocalStore> m_store;
    QPointer<SyncEngine> m_sync;
    QPointer<QNetworkReply> m_reply;
    QString m_pendingId;
    QString m_pendingName;
    /** The id the service followed (a merged record answers its survivor). */
    QString m_followedId;
    QTimer m_timeout;
    QMetaObject::Connection m_syncedConnection;
};
