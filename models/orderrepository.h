// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QVariantMap>

/** Reads of orders, their lines and status history from the local store. */
class OrderRepository
{
public:
    enum class Scope { Customer, NeedsAttention, PickupQueue };
    explicit OrderRepository(const QSqlDatabase &db);

    QList<QVariantMap> orders(Scope scope, const QString &customerId, const QString &locationId,
                              int limit, int offset) const;
    QVariantMap order(const QString &orderId) const;
    QList<QVariantMap> lines(const QString &orderId) const;
    QList<QVariantMap> history(const QString &orderId) const;

private:
    QSqlDatabase m_db;
};
