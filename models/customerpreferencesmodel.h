// SPDX-License-Identifier: MIT
#pragma once

#include "customerlistmodel.h"

#include <QtQml/qqmlregistration.h>

/** Sizes and preferences: every key an associate can set, with the customer's value if any. */
class CustomerPreferencesModel : public CustomerListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Roles {
        KeyRole = Qt::UserRole + 1,
        LabelRole,
        ValueRole,
        IsSizeRole,
        VersionRole,
        PendingRole,
    };
    Q_ENUM(Roles)

    explicit CustomerPreferencesModel(QObject *parent = nullptr);

protected:
    QList<QVariantMap> fetchCustomerRows(const CustomerRepository &repository, int offset,
                                         int limit) override;
};
