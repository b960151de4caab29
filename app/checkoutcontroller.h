// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

/**
 * Turns a customer's cart (carry-out and home-delivery lines together) into one order,
 * created once through the outbox with an id made here, so it exists also when made offline.
 * Prices come from the price book via Pricing; the service re-prices and allocates stock.
 */
class CheckoutController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY changed)
    /** subtotalText, discountText, shippingText, taxText, totalText, lineCount. */
    Q_PROPERTY(QVariantMap quote READ quote NOTIFY changed)
    Q_PROPERTY(bool canPlace READ canPlace NOTIFY changed)
    Q_PROPERTY(QString lastOrderId READ lastOrderId NOTIFY orderPlaced)

public:
    explicit CheckoutController(QObject *parent = nullptr);

    QString customerId() const { return m_customerId; }
    void setCustomerId(const QString &customerId);
    QVariantMap quote() const;
    bool canPlace() const;
    QString lastOrderId() const { return m_lastOrderId; }

    /** Places the order and empties the cart, atomically; false with failed() otherwise. */
    Q_INVOKABLE bool placeOrder();

    /** A short order number an associate can read out: store, date, four characters. */
    static QString newOrderNumber(const QString &locationId, const QString &orderId);

signals:
    void changed();
    void orderPlaced(const QString &orderId, const QString &number);
    void failed(const QString &message);

private:
    struct CartLine
    {
        QString id, sku, fulfilment, source, addressId, optionId;
        qint64 quantity = 0;
        qint64 unitPriceMinor = 0;
        QString currency;
    };
    QList<CartLine> cartLines() const;

    QString m_customerId;
    QString m_lastOrderId;
};
