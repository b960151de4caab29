// SPDX-License-Identifier: MIT
#include "consenthistorymodel.h"
#include "customerrepository.h"
#include "format.h"

using namespace Qt::Literals::StringLiterals;

ConsentHistoryModel::ConsentHistoryModel(QObject *parent)
    : CustomerListModel({"eventId", "kind", "granted", "title", "detail", "pending"}, u"eventId"_s,
                        {u"consent_events"_s}, parent)
{}

QString ConsentHistoryModel::recordedBy(const QString &changedBy, const QString &name)
{
    if (!name.isEmpty())
        return name;
    // Not recorded (the customer did it themself in an app), or no longer kept (erased).
    if (changedBy.isEmpty())
        return {};
    // The web shop, the app or the call centre reported it (POST /v1/ingest/customers).
    if (changedBy.startsWith(u"ingest:"_s))
        return Format::channel(changedBy.mid(7));
    return tr("staff member %1").arg(changedBy);
}

QList<QVariantMap> ConsentHistoryModel::fetchCustomerRows(const CustomerRepository &repository,
                                                          int, int)
{
    QList<QVariantMap> rows;
    for (const QVariantMap &event : repository.consentHistory(customerId())) {
        const bool granted = event.value(u"granted"_s).toBool();
        const QString kind = Format::consentKind(event.value(u"kind"_s).toString());
        QStringList detail = {Format::dateTime(event.value(u"changed_at"_s).toLongLong())};
        if (const QString channel = event.value(u"channel"_s).toString(); !channel.isEmpty())
            detail << Format::channel(channel);
        if (const QString by = recordedBy(event.value(u"changed_by"_s).toString(),
                                          event.value(u"changed_by_name"_s).toString());
            !by.isEmpty())
            detail << tr("recorded by %1").arg(by);
        rows << QVariantMap {{u"eventId"_s, event.value(u"id"_s)},
                             {u"kind"_s, event.value(u"kind"_s)},
                             {u"granted"_s, granted},
                             {u"title"_s, granted ? tr("%1: given").arg(kind)
                                                  : tr("%1: withdrawn").arg(kind)},
                             {u"detail"_s, detail.join(u" · "_s)},
                             {u"pending"_s, event.value(u"pending"_s).toBool()}};
    }
    return rows;
}
