// SPDX-License-Identifier: MIT
#include "stockmodel.h"
#include "catalogrepository.h"
#include "clock.h"
#include "format.h"
#include "geo.h"
#include "inventorymessages.h"
#include "localstore.h"
#include "syncengine.h"
#include "synclog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

StockModel::StockModel(QObject *parent)
    : StoreListModel({"locationId", "name", "kind", "kindLabel", "distanceText", "onHand",
                      "reserved", "available", "inTransit", "countedText", "isThisStore"},
                     u"locationId"_s, parent)
{ }

StockModel::StockModel(LocalStore *store, SyncEngine *sync, QObject *parent)
    : StockModel(parent)
{
    setSync(sync);
    setStore(store);
}

bool StockModel::showsAnyOf(const QStringList &tables) const
{
    return !m_sku.isEmpty() && !m_live && tables.contains(u"inventory"_s);
}

void StockModel::setSync(SyncEngine *sync)
{
    if (sync == m_sync)
        return;
    m_sync = sync;
    emit syncChanged();
    emit freshnessChanged();
    if (!m_sku.isEmpty())
        refreshLive(); // handed in after the SKU (QML sets properties in any order)
}

void StockModel::setSku(const QString &sku)
{
    if (sku == m_sku)
        return;
    m_sku = sku;
    m_live = false;
    m_liveStock.clear();
    emit skuChanged();
    emit freshnessChanged();
    reload(); // the synced copy, at once
    refreshLive();
}

void StockModel::refreshLive()
{
    if (m_reply)
        m_reply->abort();
    SyncEngine *sync = m_sync;
    if (m_sku.isEmpty() || !sync)
        return;
    QNetworkReply *reply = sync->get(u"/v1/inventory"_s, Protocol::StockQuery{m_sku, {}}.toQuery(),
                                     liveTimeoutMs);
    if (!reply)
        return;
    m_reply = reply;
    m_timer.start();
    const QString asked = m_sku;
    connect(reply, &QNetworkReply::finished, this, [this, reply, asked] {
        reply->deleteLater();
        if (asked != m_sku)
            return; // the associate moved on
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200) {
            emit liveFinished(false);
            return;
        }
        m_lastLiveMs = m_timer.elapsed();
        applyLive(reply->readAll());
        emit liveFinished(true);
    });
}

void StockModel::applyLive(const QByteArray &body)
{
    Protocol::StockAnswer answer;
    QString error;
    if (!Protocol::StockAnswer::fromJson(QJsonDocument::fromJson(body).object(), &answer, &error))
        qCWarning(lcSync) << "bad stock answer:" << error; // shown as no stock anywhere, as before
    m_liveStock.clear();
    for (const Protocol::StockLevel &level : std::as_const(answer.stock)) {
        if (level.sku != m_sku)
            continue;
        m_liveStock.insert(level.locationId,
                           {{u"onHand"_s, level.onHand},
                            {u"reserved"_s, level.reserved},
                            {u"inTransit"_s, level.inTransit},
                            {u"countedAt"_s, level.countedAt}});
    }
    m_live = true;
    m_liveAt = Clock::nowMs();
    refresh();
    emit freshnessChanged();
}

QList<QVariantMap> StockModel::fetchRows(int, int)
{
    LocalStore *store = readyStore();
    if (m_sku.isEmpty() || !store)
        return {};
    const CatalogRepository repository(store->database());
    QHash<QString, QVariantMap> stock = m_liveStock;
    if (!m_live) {
        for (const QVariantMap &row : repository.localStock(m_sku))
            stock.insert(row.value(u"locationId"_s).toString(), row);
    }
    const QString here = store->locationId();
    const QList<QVariantMap> locations = repository.locations();
    double lat = 0;
    double lon = 0;
    for (const QVariantMap &location : locations) {
        if (location.value(u"id"_s).toString() == here) {
            lat = location.value(u"latitude"_s).toDouble();
            lon = location.value(u"longitude"_s).toDouble();
        }
    }
    struct Row
    {
        QVariantMap map;
        int group;
        double km;
    };
    QList<Row> rows;
    for (const QVariantMap &location : locations) {
        const QString id = location.value(u"id"_s).toString();
        if (!stock.contains(id))
            continue; // not stocked there (or outside what this tablet may see offline)
        const QVariantMap s = stock.value(id);
        const qint64 onHand = s.value(u"onHand"_s).toLongLong();
        const qint64 reserved = s.value(u"reserved"_s).toLongLong();
        const QString kind = location.value(u"kind"_s).toString();
        const double km = Geo::distanceKm(lat, lon, location.value(u"latitude"_s).toDouble(),
                                          location.value(u"longitude"_s).toDouble());
        const bool isHere = id == here;
        rows << Row{{{u"locationId"_s, id},
                     {u"name"_s, location.value(u"name"_s)},
                     {u"kind"_s, kind},
                     {u"kindLabel"_s, Format::locationKind(kind)},
                     {u"distanceText"_s, isHere ? tr("This store") : Format::distance(km)},
                     {u"onHand"_s, onHand},
                     {u"reserved"_s, reserved},
                     {u"available"_s, qMax<qint64>(0, onHand - reserved)},
                     {u"inTransit"_s, s.value(u"inTransit"_s).toLongLong()},
                     {u"countedText"_s,
                      tr("Counted %1").arg(Format::age(s.value(u"countedAt"_s).toLongLong()))},
                     {u"isThisStore"_s, isHere}},
                    isHere ? 0 : kind == u"warehouse"_s ? 2 : 1,
                    km};
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.group != b.group ? a.group < b.group : a.km < b.km;
    });
    QList<QVariantMap> result;
    for (const Row &row : rows)
        result << row.map;
    return result;
}

QString StockModel::freshnessText() const
{
    if (m_live)
        return tr("Live from the central service, %1").arg(Format::when(m_liveAt));
    SyncEngine *sync = m_sync;
    const qint64 synced = sync ? sync->lastSyncAt() : 0;
    return synced > 0 ? tr("Offline copy from the last sync, %1. Stock may have changed.")
                            .arg(Format::age(synced))
                      : tr("Offline copy. Stock may have changed.");
}

int StockModel::availableAt(const QString &locationId) const
{
    for (int i = 0; i < rowCount(); ++i) {
        const QVariantMap row = get(i);
        if (row.value(u"locationId"_s).toString() == locationId)
            return row.value(u"available"_s).toInt();
    }
    return 0;
}

int StockModel::availableHere() const
{
    LocalStore *store = this->store();
    return store ? availableAt(store->locationId()) : 0;
}

int StockModel::availableElsewhere() const
{
    int total = 0;
    for (int i = 0; i < rowCount(); ++i) {
        const QVariantMap row = get(i);
        if (!row.value(u"isThisStore"_s).toBool())
            total += row.value(u"available"_s).toInt();
    }
    return total;
}
