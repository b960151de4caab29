// SPDX-License-Identifier: MIT
#pragma once

#include "syncservice.h"

#include <QSqlDatabase>

#include <optional>

class ChangeFeedStore;

/**
 * Webhooks from the other channels: the web shop and app (orders, browse and cart events),
 * the call centre (contacts, orders, customers) and carriers (order status); the web shop's
 * and app's customer accounts. Each is idempotent by its
 * source and external id: a re-delivered webhook changes nothing and answers as before. An
 * order or event for an email no customer has yet is held until one does.
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

    /** Applies, in arrival order and inside the caller's write, the orders and events held for
        the email customerId now has (an order or event naming an email no customer had is
        held, docs/api.md); one that cannot be applied stays held with its reason. The number
        applied; nothing when the database failed. */
    static std::optional<int> applyHeld(ChangeFeedStore &rows, const QString &customerId);
    /** Held orders and events older than this are dropped. */
    static constexpr qint64 heldDays = 90;

private:
    QSqlDatabase m_db;
};
