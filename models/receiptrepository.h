// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

/**
 * What a sale's receipt shows, read from the tablet's store in one place: the order, its store,
 * associate and customer, its lines with their product names, its payments (gift cards with
 * the last digits of the sale's tender; tablets keep no gift cards) and its refunds. The
 * receipt (app/receipt.cpp) only lays this out and translates it.
 */
class ReceiptRepository
{
public:
    explicit ReceiptRepository(const QSqlDatabase &db);

    struct Sale
    {
        QVariantMap order;     // the orders row
        QVariantMap store;     // the locations row of the order's store
        QVariantMap associate; // display_name; empty when not known
        QVariantMap customer;  // first_name, last_name, loyalty_id; empty for an anonymous sale
        QList<QVariantMap> lines;    // order_lines with style_name, size and colour, in order
        QList<QVariantMap> payments; // payments, oldest first, gift cards with last4
        QList<QVariantMap> refunds;  // refunds, oldest first
    };

    /** The sale of the order, or an empty order when there is no such order. */
    Sale sale(const QString &orderId) const;

private:
    QSqlDatabase m_db;
};
