// SPDX-License-Identifier: MIT
#pragma once

#include "storelistmodel.h"

#include <QStringList>

class CustomerRepository;

/** A list about one customer, refreshed when the tables it shows change. */
class CustomerListModel : public StoreListModel
{
    Q_OBJECT
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY customerIdChanged)

public:
    CustomerListModel(const QList<QByteArray> &roles, const QString &keyRole,
                      const QStringList &watchedTables, QObject *parent);

    QString customerId() const { return m_customerId; }
    void setCustomerId(const QString &customerId);

signals:
    void customerIdChanged();

protected:
    QList<QVariantMap> fetchRows(int offset, int limit) final;
    bool showsAnyOf(const QStringList &tables) const final;
    virtual QList<QVariantMap> fetchCustomerRows(const CustomerRepository &repository,
                                                 int offset, int limit) = 0;
    /** Adds the product display roles (price text) shared by every product list. */
    static void addProductText(QVariantMap &row);

private:
    QString m_customerId;
    QStringList m_watchedTables;
};
