// SPDX-License-Identifier: MIT
#pragma once

#include "money.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

/**
 * What a return in store reads and keeps: an order's returnable lines, how it was paid by card,
 * and the card refunds waiting for the terminal (kept as sales rows in state 'refund' so a
 * restart records what the terminal answered).
 */
class ReturnRepository
{
public:
    explicit ReturnRepository(const QSqlDatabase &db);

    struct Line
    {
        QString id, name, detail;
        qint64 bought = 0, returnable = 0, totalMinor = 0;
    };
    struct CardPayment
    {
        QString id, reference, brand, last4;
        Money amount;
    };
    struct PendingRefund
    {
        QString id;
        QByteArray argsJson;
    };

    QString orderNumber(const QString &orderId) const;
    QString orderCurrency(const QString &orderId) const;
    /** The order's lines that are not cancelled, in line order. */
    QList<Line> lines(const QString &orderId) const;
    /** The first approved card payment of the order (empty id when none). */
    CardPayment firstCardPayment(const QString &orderId) const;
    /** The largest approved card payment of the order (empty id when none). */
    CardPayment largestCardPayment(const QString &orderId) const;
    /** The time our terminal gave a transaction; empty when it did not go through our terminal. */
    QString terminalTimeOf(const QString &terminalReference) const;
    bool isOurTerminalTransaction(const QString &terminalReference) const;

    /** Keeps a card refund before the terminal is asked. */
    bool keepPendingRefund(const QString &refundId, const QString &orderId, const QString &number,
                           const Money &amount, const QByteArray &argsJson,
                           const QString &associateId, qint64 now);
    bool dropPendingRefund(const QString &refundId);
    QList<PendingRefund> pendingRefunds() const;
    /** The terminal request made last for a refund. */
    QString lastCardRequestOf(const QString &refundId) const;
    /** 'refund' while waiting, then 'refunded' or 'refund_failed'. */
    QString refundState(const QString &refundId) const;
    bool setRefundState(const QString &refundId, const QString &state, qint64 now);

private:
    CardPayment cardPayment(const QString &orderId, const QString &order) const;

    QSqlDatabase m_db;
};
