// SPDX-License-Identifier: MIT
#include "customertimelinemodel.h"
#include "customerrepository.h"
#include "format.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

CustomerTimelineModel::CustomerTimelineModel(QObject *parent)
    : CustomerListModel(
        {"eventId",     "kind",     "kindLabel",     "channel",     "channelLabel", "occurredAt",
         "whenText",    "title",    "detail",        "productName", "sku",          "colour",
         "size",        "quantity", "amountText",    "orderId",     "locationName", "status",
         "statusLabel", "carrier",  "trackingNumber"},
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
        if (row.value(u"kind"_s).toString() == u"order_status"_s) {
            // An order update: its status as a code, translated here. Updates from the order
            // mutators carry the code in detail (left there; the row does not show it twice).
            QString status = row.value(u"status"_s).toString();
            static const QRegularExpression code(u"^[a-z_]+$"_s);
            if (status.isEmpty() && code.match(row.value(u"detail"_s).toString()).hasMatch())
                status = row.value(u"detail"_s).toString();
            row.insert(u"status"_s, status);
            row.insert(u"statusLabel"_s,
                       status.isEmpty() ? QString() : Format::orderStatus(status));
        } else {
            row.insert(u"status"_s, QString());
            row.insert(u"statusLabel"_s, QString());
        }
    }
    return rows;
}
