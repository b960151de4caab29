// SPDX-License-Identifier: MIT
#pragma once

#include "rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

/** Orders of a customer, the store's orders needing attention, or its pick-up queue. */
class OrderListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Scope scope READ scope WRITE setScope NOTIFY scopeChanged)
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY scopeChanged)

public:
    enum class Scope { Customer, NeedsAttention, PickupQueue };
    Q_ENUM(Scope)
    enum Roles {
        OrderIdRole = Qt::UserRole + 1,
        NumberRole,
        CustomerNameRole,
        StatusRole,
        StatusLabelRole,
        ChannelLabelRole,
        TotalTextRole,
        ItemsTextRole,
        WhenTextRole,
        DeadlineTextRole,
        OverdueRole,
    };
    Q_ENUM(Roles)

    explicit OrderListModel(QObject *parent = nullptr);

    Scope scope() const { return m_scope; }
    void setScope(Scope scope);
    QString customerId() const { return m_customerId; }
    void setCustomerId(const QString &customerId);

    static constexpr int pageSize = 50;

signals:
    void scopeChanged();

protected:
    QList<QVariantMap> fetchRows(int offset, int limit) override;

private:
    Scope m_scope = Scope::Customer;
    QString m_customerId;
};
