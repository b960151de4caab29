// SPDX-License-Identifier: MIT
#pragma once

#include "money.h"

#include <QSqlDatabase>
#include <QString>

/** The tablet's cash drawer sessions and their movements (cash_sessions, cash_movements). */
class CashDrawerRepository
{
public:
    explicit CashDrawerRepository(const QSqlDatabase &db);

    struct Session
    {
        QString id;
        qint64 openedAt = 0;
        qint64 openingMinor = 0;
    };
    /** The associate's open session; an empty id when none. */
    Session openSessionOf(const QString &associateId) const;
    Session session(const QString &sessionId) const;
    /** The float plus every movement of the session. */
    qint64 expectedMinor(const QString &sessionId) const;
    /** The store's currency (EUR when the store is not known yet). */
    QString currencyOf(const QString &locationId) const;

    /** Opens a session with the float in the drawer (its currency is the session's). */
    bool open(const QString &sessionId, const QString &associateId, const Money &opening,
              qint64 openedAt);
    bool addMovement(const QString &movementId, const QString &sessionId, const QString &kind,
                     qint64 amountMinor, const QString &saleId, qint64 at);
    bool close(const QString &sessionId, qint64 closedAt, qint64 countedMinor);

private:
    QSqlDatabase m_db;
};
