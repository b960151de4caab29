// SPDX-License-Identifier: MIT
#pragma once

#include "storelistmodel.h"

#include <QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

/** Orders of a customer, the store's orders needing attention, or its pick-up queue. */
class OrderListModel : public StoreListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(Scope scope READ scope WRITE setScope NOTIFY scopeChanged)
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY scopeChanged)
    /** Inactive, it holds no rows and reads nothing (the navigation's lists before sign-in). */
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)

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
    explicit OrderListModel(LocalStore *store, QObject *parent = nullptr);

    Scope scope() const { return m_scope; }
    void setScope(Scope scope);
    QString customerId() const { return m_customerId; }
    void setCustomerId(const QString &customerId);
    bool isActive() const { return m_active; }
    void setActive(bool active);

    void classBegin() override;
    void componentComplete() override;

    static constexpr int pageSize = 50;

signals:
    void scopeChanged();
    void activeChanged();

protected:
    QList<QVariantMap> fetchRows(int offset, int limit) override;
    bool showsAnyOf(const QStringList &tables) const override;
    void storeSet() override { queryChanged(); }

private:
    /** Reads again after a change of what is listed, once QML has set every property. */
    void queryChanged();

    Scope m_scope = Scope::Customer;
    QString m_customerId;
    bool m_active = true;
    bool m_completed = true; // false while QML sets the initial properties
};
