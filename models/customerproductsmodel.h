// SPDX-License-Identifier: MIT
#pragma once

#include "customerlistmodel.h"

#include <QtQml/qqmlregistration.h>

/** Products around a customer: viewed online recently, wishlist, or the cross-channel cart. */
class CustomerProductsModel : public CustomerListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Source source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QString totalText READ totalText NOTIFY totalTextChanged)

public:
    enum class Source { RecentlyViewed, Wishlist, Cart };
    Q_ENUM(Source)

    enum Roles {
        KeyRole = Qt::UserRole + 1,
        SkuRole,
        ProductNameRole,
        BrandRole,
        CategoryRole,
        ColourRole,
        SizeRole,
        PriceTextRole,
        QuantityRole,
        ChannelRole,
        ChannelLabelRole,
        WhenTextRole,
        DetailRole,
        AddedAtRole,
        FulfilmentRole,
    };
    Q_ENUM(Roles)

    explicit CustomerProductsModel(QObject *parent = nullptr);

    Source source() const { return m_source; }
    void setSource(Source source);
    /** Cart only: sum of line prices. */
    QString totalText() const;

    static constexpr int recentlyViewedLimit = 20;

signals:
    void sourceChanged();
    void totalTextChanged();

protected:
    QList<QVariantMap> fetchCustomerRows(const CustomerRepository &repository, int offset,
                                         int limit) override;

private:
    Source m_source = Source::RecentlyViewed;
    qint64 m_totalMinor = 0;
    QString m_currency;
};
