// SPDX-License-Identifier: MIT
#pragma once

#include "syncservice.h"

#include <QSqlDatabase>

/**
 * Webhooks from the other channels: the web shop and app (orders, browse and cart events),
 * the call centre (contacts, orders) and carriers (order status). Each is idempotent by its
 * source and external id: a re-delivered webhook changes nothing and answers as before.
 */
class Ingestion
{
public:
    explicit Ingestion(const QSqlDatabase &db);

    ServiceReply order(const QJsonObject &request);
    ServiceReply events(const QJsonObject &request);
    ServiceReply orderStatus(const QJsonObject &request);

private:
    QSqlDatabase m_db;
};
