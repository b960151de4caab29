// SPDX-License-Identifier: MIT
#pragma once

#include "customerlistmodel.h"

#include <QtQml/qqmlregistration.h>

/** Every channel's events for one customer, newest first, loaded a page at a time. */
class CustomerTimelineModel : public CustomerListModel
{
    Q_OBJECT
    QML_ELEMENT
    /** Channels to show (web, app, store, call_centre, email); empty shows all. */
    Q_PROPERTY(QStringList channels READ channels WRITE setChannels NOTIFY channelsChanged)

public:
    enum Roles {
        EventIdRole = Qt::UserRole + 1,
        KindRole,
        KindLabelRole,
        ChannelRole,
        ChannelLabelRole,
        OccurredAtRole,
        WhenTextRole,
        TitleRole,
        DetailRole,
        ProductNameRole,
        SkuRole,
        ColourRole,
        SizeRole,
        QuantityRole,
        AmountTextRole,
        OrderIdRole,
        LocationNameRole,
        StatusRole, // an order update's status code ("out_for_delivery"), else empty
        StatusLabelRole, // that status in the associate's language
        CarrierRole,
        TrackingNumberRole,
    };
    Q_ENUM(Roles)

    explicit CustomerTimelineModel(QObject *parent = nullptr);

    QStringList channels() const { return m_channels; }
    void setChannels(const QStringList &channels);

    static constexpr int pageSize = 50;

signals:
    void channelsChanged();

protected:
    QList<QVariantMap> fetchCustomerRows(const CustomerRepository &repository, int offset,
                                         int limit) override;

private:
    QStringList m_channels;
};
