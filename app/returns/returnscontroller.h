// SPDX-License-Identifier: MIT
#pragma once

#include "returnrepository.h"
#include "saleservices.h"

#include <QJsonObject>
#include <QObject>
#include <optional>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>


/**
 * Returns in store of any order's lines, also orders bought on the web: the associate picks
 * what comes back and whether it goes back to stock, and refunds it to the original card (a
 * referenced refund on the terminal), to a new gift card, or in cash within the limit. The
 * refund, the returned quantities, the restock and the customer's timeline go through the
 * outbox as one refund.record, once the money has actually gone back.
 *
 * A card refund waiting for the terminal is kept (sales row in state 'refund') so a restart
 * finishes recording it. Its SQL is ReturnRepository's; its services are handed in (the
 * constructor, or the SaleServices properties QML sets where it creates one).
 */
class ReturnsController : public SaleServices
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString orderId READ orderId WRITE setOrderId NOTIFY changed)
    Q_PROPERTY(QString orderNumber READ orderNumber NOTIFY changed)
    /** [{lineId, name, detail, bought, returnable, quantity, amountText}] */
    Q_PROPERTY(QVariantList lines READ lines NOTIFY changed)
    Q_PROPERTY(bool restock READ restock WRITE setRestock NOTIFY changed)
    Q_PROPERTY(qint64 refundMinor READ refundMinor NOTIFY changed)
    Q_PROPERTY(QString refundText READ refundText NOTIFY changed)
    /** The card the order was paid with, e.g. "MC •••• 0010"; empty when none. */
    Q_PROPERTY(QString originalCardText READ originalCardText NOTIFY changed)
    Q_PROPERTY(bool canRefundCash READ canRefundCash NOTIFY changed)
    Q_PROPERTY(QString cashLimitText READ cashLimitText CONSTANT)
    Q_PROPERTY(bool busy READ isBusy NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)

public:
    explicit ReturnsController(QObject *parent = nullptr);
    /** Any service may be null: no terminal, no drawer, offline (sync) each refuse their way
        of refunding with a message. */
    ReturnsController(LocalStore *store, Session *session, PaymentTerminal *terminal,
                      CashDrawer *drawer, SyncEngine *sync, QObject *parent = nullptr);

    QString orderId() const { return m_orderId; }
    void setOrderId(const QString &orderId);
    QString orderNumber() const;
    QVariantList lines() const;
    bool restock() const { return m_restock; }
    void setRestock(bool restock);
    qint64 refundMinor() const;
    QString refundText() const;
    QString originalCardText() const;
    bool canRefundCash() const;
    QString cashLimitText() const;
    bool isBusy() const { return !m_pendingRefundId.isEmpty() || m_issuingGiftCard; }
    QString statusText() const { return m_status; }

    Q_INVOKABLE void setQuantity(const QString &lineId, int quantity);
    /** To the card the order was paid with (or a card presented now for web orders). */
    Q_INVOKABLE bool refundToCard();
    /** To a new gift card: the central service gives its number (it alone can name cards),
        giftCardIssued() then hands it to the customer (shown once, never stored here);
        failed() when the tablet cannot reach the service. */
    Q_INVOKABLE void refundToGiftCard();
    Q_INVOKABLE bool refundCash();

    /** Records card refunds whose terminal answer came while no screen was open. */
    static void finishPendingRefunds(LocalStore *store, PaymentTerminal *terminal);

signals:
    void changed();
    void refunded(const QString &text);
    void failed(const QString &message);
    /** The new gift card's number, grouped in fours as printed on a card. */
    void giftCardIssued(const QString &number);

private:
    void onStoreChanged(LocalStore *previous) override;
    void onTerminalChanged(PaymentTerminal *previous) override;
    void onDrawerChanged(CashDrawer *previous) override;
    /** Null without an open store. */
    std::optional<ReturnRepository> repository() const;
    QList<ReturnRepository::Line> load() const;
    QString currency() const;
    /** What the lines chosen give back, in the order's currency. */
    Money refund() const;
    QJsonObject refundArgs(const QString &refundId, const QString &tender) const;
    bool record(const QList<QPair<QString, QJsonObject>> &mutations, const QString &done);
    void onCardFinished(const QString &paymentId, const QString &state);

    QMetaObject::Connection m_tablesWatch;
    QMetaObject::Connection m_terminalWatch;
    QString m_orderId;
    QHash<QString, int> m_quantities;
    bool m_restock = true;
    QString m_pendingRefundId;
    QString m_pendingPaymentId;
    QString m_status;
    bool m_issuingGiftCard = false;
};
