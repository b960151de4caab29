// SPDX-License-Identifier: MIT
#pragma once

#include "storelistmodel.h"

#include <QtQml/qqmlregistration.h>

/** Live customer search as the associate types: first 50 ranked rows, more on scroll. */
class CustomerSearchModel : public StoreListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)

public:
    enum Roles {
        CustomerIdRole = Qt::UserRole + 1,
        DisplayNameRole,
        InitialsRole,
        EmailRole,
        PhoneRole,
        LoyaltyIdRole,
        TierRole,
        TierLabelRole,
        HomeLocationNameRole,
    };
    Q_ENUM(Roles)

    explicit CustomerSearchModel(QObject *parent = nullptr);
    explicit CustomerSearchModel(LocalStore *store, QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &query);

    /** A scanned loyalty card (keyboard wedge: digits then Enter): the customer's id, if any. */
    Q_INVOKABLE QString customerForScan(const QString &text) const;

    static constexpr int pageSize = 50;

signals:
    void queryChanged();

protected:
    QList<QVariantMap> fetchRows(int offset, int limit) override;
    bool showsAnyOf(const QStringList &tables) const override;

private:
    QString m_query;
};
