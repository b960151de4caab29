// SPDX-License-Identifier: MIT
#include "customertimelinemodel.h"
#include "customerrepository.h"
#include "format.h"

using namespace Qt::Literals::StringLiterals;

CustomerTimelineModel::CustomerTimelineModel(QObject *parent)
    : CustomerListModel({"eventId", "kind", "kindLabel", "channel", "channelLabel", "occurredAt",
                         "whenText", "title", "detail", "productName", "sku", "colour", "size",
                         "quantity", "amountText", "orderId", "locationName"},
                        u"eventId"_s, {u"customer_events"_s}, parent)
{
    setPageSize(pageSize);
}

void CustomerTimelineModel::setChannels(const QStringList &channels)
{
    if (channels == m_channels)
        return;
    m_channels = channels;
    emit channelsChanged();
    reload();
}

QList<QVariantMap> CustomerTimelineModel::fetchCustomerRows(const CustomerRepository &repository,
                                                            int offset, int limit)
{
    QList<QVariantMap> rows = repository.timeline(customerId(), m_channels, limit, offset);
    for (QVariantMap &row : rows) {
        row.insert(u"kindLabel"_s, Format::eventKind(row.value(u"kind"_s).toString()));
        row.insert(u"channelLabel"_s, Format::channel(row.value(u"channel"_s).toString()));
        row.insert(u"whenText"_s, Format::when(row.value(u"occurredAt"_s).toLongLong()));
        const qint64 amount = row.value(u"amountMinor"_s).toLongLong();
        row.insert(u"amountText"_s,
                   amount ? Format::money(amount, row.value(u"currency"_s).toString()) : QString());
    }
    return rows;
}
