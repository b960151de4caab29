// SPDX-License-Identifier: MIT
#include "cashdrawerrepository.h"
#include "database.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

CashDrawerRepository::CashDrawerRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

CashDrawerRepository::Session CashDrawerRepository::openSessionOf(const QString &associateId) const
{
    const QString id = Database::scalar(m_db,
                                        u"SELECT id FROM cash_sessions WHERE associate_id = ? AND"
                                        " closed_at = 0 ORDER BY opened_at DESC LIMIT 1"_s,
                                        {associateId})
                           .toString();
    return id.isEmpty() ? Session() : session(id);
}

CashDrawerRepository::Session CashDrawerRepository::session(const QString &sessionId) const
{
    const QVariantMap row = Database::rows(m_db,
                                           u"SELECT id, opened_at, opening_minor FROM"
                                           " cash_sessions WHERE id = ?"_s,
                                           {sessionId})
                                .value(0);
    return {row.value(u"id"_s).toString(), row.value(u"opened_at"_s).toLongLong(),
            row.value(u"opening_minor"_s).toLongLong()};
}

qint64 CashDrawerRepository::expectedMinor(const QString &sessionId) const
{
    return session(sessionId).openingMinor
        + Database::scalar(m_db,
                           u"SELECT COALESCE(SUM(amount_minor), 0) FROM cash_movements"
                           " WHERE session_id = ?"_s,
                           {sessionId})
              .toLongLong();
}

QString CashDrawerRepository::currencyOf(const QString &locationId) const
{
    const QString currency
        = Database::scalar(m_db, u"SELECT currency FROM locations WHERE id = ?"_s, {locationId})
              .toString();
    return currency.isEmpty() ? u"EUR"_s : currency;
}

bool CashDrawerRepository::open(const QString &sessionId, const QString &associateId,
                                const Money &opening, qint64 openedAt)
{
    QSqlQuery insert = Database::prepare(m_db,
                                         u"INSERT INTO cash_sessions (id, associate_id, currency,"
                                         " opened_at, opening_minor) VALUES (?, ?, ?, ?, ?)"_s);
    for (const QVariant &value :
         QVariantList {sessionId, associateId, opening.currency(), openedAt, opening.minor()})
        insert.addBindValue(value);
    return Database::exec(insert);
}

bool CashDrawerRepository::addMovement(const QString &movementId, const QString &sessionId,
                                       const QString &kind, qint64 amountMinor,
                                       const QString &saleId, qint64 at)
{
    QSqlQuery insert = Database::prepare(m_db,
                                         u"INSERT INTO cash_movements (id, session_id, kind,"
                                         " amount_minor, sale_id, at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value : QVariantList {movementId, sessionId, kind, amountMinor, saleId, at})
        insert.addBindValue(value);
    return Database::exec(insert);
}

bool CashDrawerRepository::close(const QString &sessionId, qint64 closedAt, qint64 countedMinor)
{
    QSqlQuery close = Database::prepare(m_db,
                                        u"UPDATE cash_sessions SET closed_at = ?,"
                                        " counted_minor = ? WHERE id = ?"_s);
    close.addBindValue(closedAt);
    close.addBindValue(countedMinor);
    close.addBindValue(sessionId);
    return Database::exec(close);
}
