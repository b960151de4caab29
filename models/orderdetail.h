// SPDX-License-Identifier: MIT
#pragma once

#include "storewatcher.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

struct MutationResult;

/**
 * One order: what was bought, where each line comes from, its status history with carriers'
 * tracking, and the associate's actions on it (choose another source for a line without stock,
 * cancel a line, mark a pick-up ready, hand it over after checking who collects).
 */
class OrderDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(LocalStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString orderId READ orderId WRITE setOrderId NOTIFY orderIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(bool loading READ isLoading CONSTANT)
    Q_PROPERTY(QString errorString READ errorString NOTIFY changed)
    Q_PROPERTY(QString number READ number NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString statusLabel READ statusLabel NOTIFY changed)
    Q_PROPERTY(QString customerId READ customerId NOTIFY changed)
    Q_PROPERTY(QString customerName READ customerName NOTIFY changed)
    Q_PROPERTY(QString channelLabel READ channelLabel NOTIFY changed)
    Q_PROPERTY(QString createdText READ createdText NOTIFY changed)
    Q_PROPERTY(QVariantMap totals READ totals NOTIFY changed)
    Q_PROPERTY(QString deliveryText READ deliveryText NOTIFY changed)
    Q_PROPERTY(QString pickupText READ pickupText NOTIFY changed)
    Q_PROPERTY(bool isPickupHere READ isPickupHere NOTIFY changed)
    Q_PROPERTY(bool canMarkReady READ canMarkReady NOTIFY changed)
    Q_PROPERTY(bool canHandOver READ canHandOver NOTIFY changed)
    Q_PROPERTY(QVariantList lines READ lines NOTIFY changed)
    Q_PROPERTY(QVariantList history READ history NOTIFY changed)

public:
    explicit OrderDetail(QObject *parent = nullptr);
    explicit OrderDetail(LocalStore *store, QObject *parent = nullptr);

    LocalStore *store() const { return m_store.store(); }
    void setStore(LocalStore *store);

    QString orderId() const { return m_orderId; }
    void setOrderId(const QString &orderId);
    bool found() const { return !m_order.isEmpty(); }
    bool isLoading() const { return false; }
    QString errorString() const;
    QString number() const;
    QString status() const;
    QString statusLabel() const;
    QString customerId() const;
    QString customerName() const;
    QString channelLabel() const;
    QString createdText() const;
    /** subtotalText, discountText, shippingText, taxText, totalText, paymentText. */
    QVariantMap totals() const;
    QString deliveryText() const;
    QString pickupText() const;
    bool isPickupHere() const;
    bool canMarkReady() const;
    bool canHandOver() const;
    QVariantList lines() const { return m_lines; }
    QVariantList history() const { return m_history; }

    /** Takes a line without stock from another location (one of its alternatives). */
    Q_INVOKABLE bool reallocate(const QString &lineId, const QString &locationId);
    Q_INVOKABLE bool cancelLine(const QString &lineId);
    Q_INVOKABLE bool markReady();
    /** Hands a pick-up over once the collector proved it with the order number or the
        customer's loyalty card (method "order_number" or "loyalty_card"). */
    Q_INVOKABLE bool handOver(const QString &method, const QString &proof);

signals:
    void storeChanged();
    void orderIdChanged();
    void changed();
    void failed(const QString &message);

private:
    StoreWatcher m_store;
    void load();
    bool report(const MutationResult &result);

    QString m_orderId;
    QVariantMap m_order;
    QVariantList m_lines;
    QVariantList m_history;
};
