// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "stockmodel.h"
#include "storewatcher.h"

Q_MOC_INCLUDE("syncengine.h")

/**
 * "We don't have it here": for a customer and a SKU, where it can come from (warehouse or
 * another store, with stock and a delivery estimate), to which address (saved or new, checked
 * field by field), with which delivery option and price; then onto the customer's cart beside
 * the carry-out items. Also reserving it in a store and asking for a transfer here.
 */
class EndlessAisle : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(LocalStore *store READ store WRITE setStore NOTIFY contextChanged)
    /** For the live stock answer (StockModel); may stay unset offline. */
    Q_PROPERTY(SyncEngine *sync READ sync WRITE setSync NOTIFY contextChanged)
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY contextChanged)
    Q_PROPERTY(QString sku READ sku WRITE setSku NOTIFY contextChanged)
    Q_PROPERTY(int quantity READ quantity WRITE setQuantity NOTIFY contextChanged)
    Q_PROPERTY(StockModel *stock READ stock CONSTANT)
    /** [{locationId, name, kindLabel, available, distanceText}] that can supply the quantity. */
    Q_PROPERTY(QVariantList sources READ sources NOTIFY sourcesChanged)
    /** The customer's saved addresses: [{addressId, text, country}]. */
    Q_PROPERTY(QVariantList addresses READ addresses NOTIFY contextChanged)
    Q_PROPERTY(QStringList countries READ countries CONSTANT)
    Q_PROPERTY(QString productText READ productText NOTIFY contextChanged)
    /** How long a store can hold an item, in hours, shortest first; and the usual choice. */
    Q_PROPERTY(QList<int> holdHours READ holdHours CONSTANT)
    Q_PROPERTY(int defaultHoldHours READ defaultHoldHours CONSTANT)

public:
    explicit EndlessAisle(QObject *parent = nullptr);
    EndlessAisle(LocalStore *store, SyncEngine *sync, QObject *parent = nullptr);

    LocalStore *store() const { return m_store.store(); }
    void setStore(LocalStore *store);
    SyncEngine *sync() const { return m_stock->sync(); }
    void setSync(SyncEngine *sync);

    QString customerId() const { return m_customerId; }
    void setCustomerId(const QString &customerId);
    QString sku() const;
    void setSku(const QString &sku);
    int quantity() const { return m_quantity; }
    void setQuantity(int quantity);
    StockModel *stock() const { return m_stock; }
    QVariantList sources() const;
    QVariantList addresses() const;
    QStringList countries() const;
    QString productText() const;
    static QList<int> holdHours() { return {2, 24, 48, 72, 168}; }
    static int defaultHoldHours() { return 48; }

    /** Where a hold is offered first: a store with the item available, this store first, else
        empty (the associate taps one). */
    Q_INVOKABLE QString defaultHoldLocation() const;
    /** The source to keep: the current one while it can still supply, else the first. */
    Q_INVOKABLE QString keptSource(const QString &current) const;
    /** The delivery option to keep for a country and source: the current one while offered,
        else the first (the cheapest C++ lists first). */
    Q_INVOKABLE QString keptOption(const QString &country, const QString &sourceLocationId,
                                   const QString &current) const;
    /** The address proposed first: the customer's first saved one, else empty (a new one). */
    Q_INVOKABLE QString defaultAddress() const;

    /** Options for a country: [{optionId, label, priceText, estimateText}], the estimate
        depending on where the goods come from. */
    Q_INVOKABLE QVariantList deliveryOptions(const QString &country,
                                             const QString &sourceLocationId) const;
    /** Field -> message for what is wrong with a new address; empty when it can be used. */
    Q_INVOKABLE QVariantMap validateAddress(const QVariantMap &address) const;
    /** Adds a home-delivery line to the customer's cart; saves a new address on the profile.
        addressId empty means newAddress is used. */
    Q_INVOKABLE bool addToCart(const QString &sourceLocationId, const QString &addressId,
                               const QVariantMap &newAddress, const QString &optionId);
    /** Holds the item for the customer at a store for some hours. */
    Q_INVOKABLE bool reserve(const QString &locationId, int hours);
    /** Adds the size to the customer's cart to take away now (stock of this store). */
    Q_INVOKABLE bool addToCartHere();
    /** Asks another location to send the item to this store. */
    Q_INVOKABLE bool requestTransfer(const QString &fromLocationId);

signals:
    void contextChanged();
    void sourcesChanged();
    void failed(const QString &message);
    void done(const QString &message);

private:
    StoreWatcher m_store;
    QString m_customerId;
    int m_quantity = 1;
    StockModel *m_stock;
};
