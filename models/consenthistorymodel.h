// SPDX-License-Identifier: MIT
#pragma once

#include "customerlistmodel.h"

#include <QtQml/qqmlregistration.h>

/** Every consent a customer gave or withdrew, newest first (consent_events): which kind,
    given or withdrawn, when, on which channel and who recorded it. Pending ones (not yet
    confirmed by the service) are marked. */
class ConsentHistoryModel : public CustomerListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Roles {
        EventIdRole = Qt::UserRole + 1,
        KindRole,
        GrantedRole,
        TitleRole,
        DetailRole,
        PendingRole,
    };
    Q_ENUM(Roles)

    explicit ConsentHistoryModel(QObject *parent = nullptr);

    /** Who recorded a consent, in the associate's words: a colleague's name or the channel a
        web shop or app reported it through; empty when nobody is recorded (the customer in an
        app, or no longer kept after an erasure). */
    static QString recordedBy(const QString &changedBy, const QString &name);

protected:
    QList<QVariantMap> fetchCustomerRows(const CustomerRepository &repository, int offset,
                                         int limit) override;
};
