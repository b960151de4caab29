// SPDX-License-Identifier: MIT
#include "orderlistmodel.h"
#include "clock.h"
#include "format.h"
#include "localstore.h"
#include "orderrepository.h"

using namespace Qt::Literals::StringLiterals;

OrderListModel::OrderListModel(QObject *parent)
    : StoreListModel({"orderId", "number", "customerName", "status", "statusLabel", "channelLabel",
                    "totalText", "itemsText", "whenText", "deadlineText", "overdue"},
                   u"orderId"_s, parent)
{
    setPageSize(pageSize);
}

OrderListModel::OrderListModel(LocalStore *store, QObject *parent)
    : OrderListModel(parent)
{
    setStore(store);
}

bool OrderListModel::showsAnyOf(const QStringList &tables) const
{
    return m_active && (tables.contains(u"orders"_s) || tables.contains(u"order_lines"_s));
}

void OrderListModel::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    emit scopeChanged();
    queryChanged();
}

void OrderListModel::setCustomerId(const QString &customerId)
{
    if (customerId == m_customerId)
        return;
    m_customerId = customerId;
    emit scopeChanged();
    queryChanged();
}

void OrderListModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    emit activeChanged();
    queryChanged();
}

void OrderListModel::classBegin()
{
    m_completed = false;
}

void OrderListModel::componentComplete()
{
    m_completed = true;
    queryChanged();
}

void OrderListModel::queryChanged()
{
    if (m_completed)
        reload();
}

QList<QVariantMap> OrderListModel::fetchRows(int offset, int limit)
{
    LocalStore *store = readyStore();
    if (!m_active || !store
        || (m_scope == Scope::Customer && m_customerId.isEmpty()))
        return {};
    QList<QVariantMap> rows
        = OrderRepository(store->database())
              .orders(OrderRepository::Scope(int(m_scope)), m_customerId, store->locationId(),
                      limit, offset);
    QList<QVariantMap> result;
    const qint64 now = Clock::nowMs();
    for (const QVariantMap &row : rows) {
        const QString status = row.value(u"status"_s).toString();
        const qint64 deadline = row.value(u"pickup_deadline"_s).toLongLong();
        result << QVariantMap{
            {u"orderId"_s, row.value(u"id"_s)},
            {u"number"_s, row.value(u"number"_s)},
            {u"customerName"_s, row.value(u"customer_name"_s).toString().trimmed()},
            {u"status"_s, status},
            {u"statusLabel"_s, Format::orderStatus(status)},
            {u"channelLabel"_s, Format::channel(row.value(u"channel"_s).toString())},
            {u"totalText"_s, Format::money(row.value(u"total_minor"_s).toLongLong(),
                                           row.value(u"currency"_s).toString())},
            {u"itemsText"_s, tr("%n item(s)", nullptr, row.value(u"items"_s).toInt())},
            {u"whenText"_s, Format::when(row.value(u"created_at"_s).toLongLong())},
            {u"deadlineText"_s,
             deadline > 0 ? tr("Collect by %1").arg(Format::dateTime(deadline)) : QString()},
            {u"overdue"_s, deadline > 0 && deadline < now && status == u"ready_for_pickup"_s}};
    }
    return result;
}
