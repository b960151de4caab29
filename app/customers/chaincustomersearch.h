// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include "localstore.h"
#include "syncengine.h"

#include <QNetworkReply>

/**
 * The chain's customers that match what the associate typed, from the central service
 * (GET /v1/customers/search): shown below this tablet's own results, without the ones this
 * tablet already lists. Asked a moment after typing stops; offline it holds nothing and says
 * so (only this store's customers can be searched until the connection returns).
 */
class ChainCustomerSearch : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(LocalStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(SyncEngine *sync READ sync WRITE setSync NOTIFY syncChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /** A question is on its way to the service. */
    Q_PROPERTY(bool loading READ isLoading NOTIFY stateChanged)
    /** The service could not be asked (offline, not enrolled, no answer): only this tablet's
        customers were searched. */
    Q_PROPERTY(bool unreachable READ isUnreachable NOTIFY stateChanged)

public:
    enum Roles {
        CustomerIdRole = Qt::UserRole + 1,
        DisplayNameRole,
        InitialsRole,
        TierRole,
        TierLabelRole,
        HomeLocationNameRole,
    };
    Q_ENUM(Roles)

    explicit ChainCustomerSearch(QObject *parent = nullptr);
    ChainCustomerSearch(LocalStore *store, SyncEngine *sync, QObject *parent = nullptr);

    LocalStore *store() const { return m_store; }
    void setStore(LocalStore *store);
    SyncEngine *sync() const { return m_sync; }
    void setSync(SyncEngine *sync);
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    int count() const { return int(m_rows.size()); }
    bool isLoading() const { return m_reply != nullptr || m_debounce.isActive(); }
    bool isUnreachable() const { return m_unreachable; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE QVariantMap get(int row) const;

    /** What was typed or scanned is a loyalty card number of the chain. */
    Q_INVOKABLE static bool isLoyaltyCard(const QString &text);
    /** Asks the service now (Enter pressed, a card scanned) rather than after the pause. */
    Q_INVOKABLE void searchNow();

    /** Fewer letters or digits than this are not sent (the service answers nothing). */
    static constexpr int minimumLength = 2;
    static constexpr int pauseMs = 300;
    static constexpr int timeoutMs = 3000;
    static constexpr int limit = 20;

signals:
    void storeChanged();
    void syncChanged();
    void queryChanged();
    void countChanged();
    void stateChanged();
    /** An answer (or the lack of one) for query arrived. */
    void finished(const QString &query);

private:
    void ask();
    /** Forgets the question on its way, if any. */
    void cancel();
    void setRows(const QList<QVariantMap> &rows);
    void setUnreachable(bool unreachable);

    QPointer<LocalStore> m_store;
    QPointer<SyncEngine> m_sync;
    QString m_query;
    QList<QVariantMap> m_rows;
    QTimer m_debounce;
    QPointer<QNetworkReply> m_reply;
    bool m_unreachable = false;
};
