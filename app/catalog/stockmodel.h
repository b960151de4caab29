// SPDX-License-Identifier: MIT
#pragma once

#include "storelistmodel.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include "syncengine.h"

class QNetworkReply;

/**
 * Stock of one SKU everywhere: this store first, then the other stores by distance, then the
 * warehouses. The synced copy shows at once; the central service's live answer replaces it
 * when it comes (normally well under 300 ms on the store LAN). Offline, or without an answer
 * in time, the synced copy stays, marked with its age.
 */
class StockModel : public StoreListModel
{
    Q_OBJECT
    QML_ELEMENT
    /** The live answer comes through it; without one, the synced copy only. */
    Q_PROPERTY(SyncEngine *sync READ sync WRITE setSync NOTIFY syncChanged)
    Q_PROPERTY(QString sku READ sku WRITE setSku NOTIFY skuChanged)
    Q_PROPERTY(bool live READ isLive NOTIFY freshnessChanged)
    Q_PROPERTY(QString freshnessText READ freshnessText NOTIFY freshnessChanged)
    Q_PROPERTY(int availableHere READ availableHere NOTIFY countChanged)
    Q_PROPERTY(int availableElsewhere READ availableElsewhere NOTIFY countChanged)

public:
    enum Roles {
        LocationIdRole = Qt::UserRole + 1,
        NameRole,
        KindRole,
        KindLabelRole,
        DistanceTextRole,
        OnHandRole,
        ReservedRole,
        AvailableRole,
        InTransitRole,
        CountedTextRole,
        IsThisStoreRole,
    };
    Q_ENUM(Roles)

    explicit StockModel(QObject *parent = nullptr);
    StockModel(LocalStore *store, SyncEngine *sync, QObject *parent = nullptr);

    SyncEngine *sync() const { return m_sync; }
    void setSync(SyncEngine *sync);

    QString sku() const { return m_sku; }
    void setSku(const QString &sku);
    bool isLive() const { return m_live; }
    QString freshnessText() const;
    int availableHere() const;
    int availableElsewhere() const;

    /** Asks the central service again. */
    Q_INVOKABLE void refreshLive();
    /** Available units at a location as last known. */
    Q_INVOKABLE int availableAt(const QString &locationId) const;
    /** How long the last live answer took (ms), for the benchmark and diagnostics. */
    qint64 lastLiveMs() const { return m_lastLiveMs; }

    static constexpr int liveTimeoutMs = 1500;

signals:
    void skuChanged();
    void syncChanged();
    void freshnessChanged();
    /** The live answer arrived (or failed). */
    void liveFinished(bool ok);

protected:
    QList<QVariantMap> fetchRows(int offset, int limit) override;
    bool showsAnyOf(const QStringList &tables) const override;

private:
    void applyLive(const QByteArray &body);

    QPointer<SyncEngine> m_sync;
    QString m_sku;
    bool m_live = false;
    qint64 m_liveAt = 0;
    qint64 m_lastLiveMs = -1;
    QHash<QString, QVariantMap> m_liveStock; // locationId -> stock from the service
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_timer;
};
