// SPDX-License-Identifier: MIT
#pragma once

#include "syncservice.h"

#include <QSqlDatabase>

/**
 * Webhooks from the other channels: the web shop and app (orders, browse and cart events),
 * the call centre (contacts, orders, customers) and carriers (order status); the web shop's
 * and app's customer accounts. Each is idempotent by its
 * source and external id: a re-delivered webhook changes nothing and answers as before.
 */
class Ingestion
{
public:
    explicit Ingestion(const QSqlDatabase &db);

    ServiceReply order(const QJsonObject &request);
    ServiceReply events(const QJsonObject &request);
    ServiceReply orderStatus(const QJsonObject &request);
    /** Customers created or changed on a channel (the web shop's accounts), with consents. */
    ServiceReply customers(const QJsonObject &request);

private:
    QSqlDatabase m_db;
};
