// SPDX-License-Identifier: MIT
#pragma once

#include "customerlistmodel.h"

#include <QtQml/qqmlregistration.h>

/** Associates' notes on a customer, newest first; pending ones are marked until synced. */
class CustomerNotesModel : public CustomerListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Roles {
        NoteIdRole = Qt::UserRole + 1,
        BodyRole,
        AuthorNameRole,
        WhenTextRole,
        PendingRole,
        VersionRole,
    };
    Q_ENUM(Roles)

    explicit CustomerNotesModel(QObject *parent = nullptr);

protected:
    QList<QVariantMap> fetchCustomerRows(const CustomerRepository &repository, int offset,
                                         int limit) override;
};
