// SPDX-License-Identifier: MIT
#include "inventorymessages.h"
#include "jsonreader.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Protocol {

QUrlQuery StockQuery::toQuery() const
{
    QUrlQuery query;
    if (!sku.isEmpty())
        query.addQueryItem(u"sku"_s, sku);
    if (!style.isEmpty())
        query.addQueryItem(u"style"_s, style);
    return query;
}

bool StockQuery::fromQuery(const QUrlQuery &query, StockQuery *out, Error *error)
{
    const QString sku = query.queryItemValue(u"sku"_s);
    const QString style = query.queryItemValue(u"style"_s);
    if (sku.isEmpty() == style.isEmpty() || sku.size() > 64 || style.size() > 64) {
        *error = {u"invalid_request"_s, u"give either sku or style"_s};
        return false;
    }
    out->sku = sku;
    out->style = style;
    return true;
}

QJsonObject StockPlace::toJson() const
{
    return {{u"id"_s, id}, {u"name"_s, name}, {u"kind"_s, kind}, {u"distanceKm"_s, distanceKm}};
}

QJsonObject StockLevel::toJson() const
{
    return {{u"sku"_s, sku},
            {u"locationId"_s, locationId},
            {u"onHand"_s, onHand},
            {u"reserved"_s, reserved},
            {u"available"_s, available()},
            {u"inTransit"_s, inTransit},
            {u"countedAt"_s, countedAt},
            {u"updatedAt"_s, updatedAt}};
}

QJsonObject StockAnswer::toJson() const
{
    QJsonArray locationsJson;
    for (const StockPlace &place : locations)
        locationsJson << place.toJson();
    QJsonArray stockJson;
    for (const StockLevel &level : stock)
        stockJson << level.toJson();
    return {{u"asOf"_s, asOf},
            {u"locationId"_s, locationId},
            {u"locations"_s, locationsJson},
            {u"stock"_s, stockJson}};
}

bool StockAnswer::fromJson(const QJsonObject &json, StockAnswer *out, QString *error)
{
    if (!json.value(u"stock"_s).isArray()) {
        *error = u"stock answer without stock"_s;
        return false;
    }
    StockAnswer answer;
    answer.asOf = json.value(u"asOf"_s).toInteger();
    answer.locationId = json.value(u"locationId"_s).toString();
    for (const QJsonValue &value : json.value(u"locations"_s).toArray()) {
        const QJsonObject p = value.toObject();
        if (!p.value(u"id"_s).isString()) {
            *error = u"stock location without id"_s;
            return false;
        }
        answer.locations << StockPlace{p.value(u"id"_s).toString(), p.value(u"name"_s).toString(),
                                       p.value(u"kind"_s).toString(),
                                       p.value(u"distanceKm"_s).toDouble()};
    }
    for (const QJsonValue &value : json.value(u"stock"_s).toArray()) {
        const QJsonObject s = value.toObject();
        if (!s.value(u"sku"_s).isString() || !s.value(u"locationId"_s).isString()) {
            *error = u"stock row without sku and locationId"_s;
            return false;
        }
        for (const auto &name : {u"onHand"_s, u"reserved"_s, u"inTransit"_s, u"countedAt"_s}) {
            if (s.contains(name) && !isWholeNumber(s.value(name))) {
                *error = u"stock row's %1 is not a whole number"_s.arg(name);
                return false;
            }
        }
        answer.stock << StockLevel{s.value(u"sku"_s).toString(),
                                   s.value(u"locationId"_s).toString(),
                                   s.value(u"onHand"_s).toInteger(),
                                   s.value(u"reserved"_s).toInteger(),
                                   s.value(u"inTransit"_s).toInteger(),
                                   s.value(u"countedAt"_s).toInteger(),
                                   s.value(u"updatedAt"_s).toInteger()};
    }
    *out = std::move(answer);
    return true;
}

} // namespace Protocol
