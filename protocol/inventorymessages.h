// SPDX-License-Identifier: MIT
#pragma once

#include "protocolerror.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

/** Live stock (GET /v1/inventory, docs/api.md). */
namespace Protocol {

/** ?sku=... or ?style=...: exactly one of them. */
struct StockQuery
{
    QString sku;
    QString style;

    QUrlQuery toQuery() const;
    /** False with error set (invalid_request) unless exactly one of sku and style is given,
        each at most 64 characters. */
    static bool fromQuery(const QUrlQuery &query, StockQuery *out, Error *error);
};

/** A location the asking store may sell from, with its distance from that store. */
struct StockPlace
{
    QString id;
    QString name;
    QString kind; // store, warehouse
    double distanceKm = 0;

    QJsonObject toJson() const;
};

/** Stock of one SKU at one location. */
struct StockLevel
{
    QString sku;
    QString locationId;
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 inTransit = 0;
    qint64 countedAt = 0;
    qint64 updatedAt = 0;

    /** What can be sold: on hand less reserved, never below 0 (on the wire as "available"). */
    qint64 available() const { return qMax<qint64>(0, onHand - reserved); }
    QJsonObject toJson() const;
};

/** {"asOf", "locationId", "locations": [...], "stock": [...]} */
struct StockAnswer
{
    qint64 asOf = 0;
    QString locationId;
    QList<StockPlace> locations;
    QList<StockLevel> stock;

    QJsonObject toJson() const;
    /** False with error set when the body is not a stock answer. */
    static bool fromJson(const QJsonObject &json, StockAnswer *out, QString *error);
};

} // namespace Protocol
