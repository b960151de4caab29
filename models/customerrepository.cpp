// SPDX-License-Identifier: MIT
#include "customerrepository.h"
#include "database.h"
#include "mutators.h"
#include "searchtext.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

namespace {

QList<QVariantMap> rowsOf(QSqlQuery &query)
{
    QList<QVariantMap> rows;
    if (!Database::exec(query))
        return rows;
    const QSqlRecord record = query.record();
    while (query.next()) {
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), query.value(i));
        rows << row;
    }
    return rows;
}

// Product columns every product list shows, named as the models' roles.
const QString productColumns = u"p.sku AS sku, s.name AS productName, s.brand AS brand,"
                               " s.category AS category, p.colour AS colour, p.size AS size,"
                               " p.price_minor AS priceMinor, p.currency AS currency,"
                               " s.image AS image"_s;

} // namespace

CustomerRepository::CustomerRepository(const QSqlDatabase &db)
    : m_db(db)
{}

QList<QVariantMap> CustomerRepository::search(const QString &typed, int limit, int offset) const
{
    const QString match = SearchText::customerMatchExpression(typed);
    if (match.isEmpty())
        return {};
    // A name holding a typed word as a whole word comes first ("jose": José before Josefa;
    // bm25 does not tell a whole word from a prefix). Then name and loyalty hits outrank email
    // and phone hits (bm25 weights per column).
    QString wholeWords = match;
    if (!match.startsWith(u'{')) {
        QStringList words = match.split(u' ');
        for (QString &word : words)
            word.chop(1); // "jose"* -> "jose"
        wholeWords = u"{name} : ("_s + words.join(u" OR "_s) + u')';
    }
    QSqlQuery query = Database::prepare(
        m_db, u"SELECT c.id AS customerId, c.first_name AS firstName, c.last_name AS lastName,"
              " c.email AS email, c.phone AS phone, c.loyalty_id AS loyaltyId, c.tier AS tier,"
              " c.home_location_id AS homeLocationId, COALESCE(l.name, '') AS homeLocationName"
              " FROM customer_search JOIN customers c ON c.rowid = customer_search.rowid"
              " LEFT JOIN locations l ON l.id = c.home_location_id"
              " WHERE customer_search MATCH ?"
              " ORDER BY c.rowid IN (SELECT rowid FROM customer_search WHERE customer_search"
              " MATCH ?) DESC, bm25(customer_search, 10.0, 2.0, 4.0, 8.0), c.last_name,"
              " c.first_name LIMIT ? OFFSET ?"_s);
    query.addBindValue(match);
    query.addBindValue(wholeWords);
    query.addBindValue(limit);
    query.addBindValue(offset);
    return rowsOf(query);
}

QString CustomerRepository::findByLoyaltyId(const QString &loyaltyId) const
{
    const QString trimmed = loyaltyId.trimmed();
    if (trimmed.isEmpty())
        return {};
    return Database::scalar(m_db, u"SELECT id FROM customers WHERE loyalty_id = ?"_s, {trimmed})
        .toString();
}

std::optional<QVariantMap> CustomerRepository::customer(const QString &id) const
{
    QSqlQuery query = Database::prepare(
        m_db, u"SELECT c.*, COALESCE(l.name, '') AS home_location_name FROM customers c"
              " LEFT JOIN locations l ON l.id = c.home_location_id WHERE c.id = ?"_s);
    query.addBindValue(id);
    const QList<QVariantMap> rows = rowsOf(query);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<QVariantMap> CustomerRepository::consents(const QString &customerId) const
{
    QSqlQuery query = Database::prepare(m_db, u"SELECT kind, granted, changed_at, channel"
                                              " FROM consents WHERE customer_id = ?"_s);
    query.addBindValue(customerId);
    return rowsOf(query);
}

QList<QVariantMap> CustomerRepository::preferences(const QString &customerId) const
{
    QSqlQuery query = Database::prepare(
        m_db, u"SELECT p.key AS key, p.value AS value, p.updated_at AS updatedAt,"
              " p.version AS version, EXISTS (SELECT 1 FROM sync_shadow s WHERE"
              " s.entity = 'preference' AND s.key = p.customer_id || char(31) || p.key)"
              " AS pending FROM customer_preferences p WHERE p.customer_id = ?"_s);
    query.addBindValue(customerId);
    return rowsOf(query);
}

QList<QVariantMap> CustomerRepository::timeline(const QString &customerId,
                                                const QStringList &channels, int limit,
                                                int offset) const
{
    QString channelFilter;
    if (!channels.isEmpty())
        channelFilter = u" AND e.channel IN ("_s + QStringList(channels.size(), u"?"_s).join(u","_s)
            + u')';
    QSqlQuery query = Database::prepare(
        m_db, u"SELECT e.id AS eventId, e.kind AS kind, e.channel AS channel,"
              " e.occurred_at AS occurredAt, e.sku AS sku, e.order_id AS orderId,"
              " e.quantity AS quantity, e.amount_minor AS amountMinor, e.currency AS currency,"
              " e.title AS title, e.detail AS detail, COALESCE(s.name, '') AS productName,"
              " COALESCE(p.colour, '') AS colour, COALESCE(p.size, '') AS size,"
              " COALESCE(l.name, '') AS locationName"
              " FROM customer_events e"
              " LEFT JOIN products p ON p.sku = e.sku LEFT JOIN styles s ON s.id = p.style_id"
              " LEFT JOIN locations l ON l.id = e.location_id"
              " WHERE e.customer_id = ?"_s
            + channelFilter + u" ORDER BY e.occurred_at DESC, e.id DESC LIMIT ? OFFSET ?"_s);
    query.addBindValue(customerId);
    for (const QString &channel : channels)
        query.addBindValue(channel);
    query.addBindValue(limit > 0 ? limit : -1);
    query.addBindValue(offset);
    return rowsOf(query);
}

QList<QVariantMap> CustomerRepository::recentlyViewedOnline(const QString &customerId,
                                                            int limit) const
{
    QSqlQuery query = Database::prepare(
        m_db, u"SELECT "_s + productColumns
            + u", v.seenAt AS seenAt, v.views AS views, v.channel AS channel FROM"
              " (SELECT sku, MAX(occurred_at) AS seenAt, COUNT(*) AS views, MAX(channel) AS channel"
              "  FROM customer_events WHERE customer_id = ? AND kind = 'viewed'"
              "  AND channel IN ('web', 'app') GROUP BY sku ORDER BY seenAt DESC LIMIT ?) v"
              " JOIN products p ON p.sku = v.sku JOIN styles s ON s.id = p.style_id"
              " ORDER BY v.seenAt DESC"_s);
    query.addBindValue(customerId);
    query.addBindValue(limit);
    return rowsOf(query);
}

QList<QVariantMap> CustomerRepository::wishlist(const QString &customerId) const
{
    QSqlQuery query = Database::prepare(
        m_db, u"SELECT "_s + productColumns
            + u", w.added_at AS addedAt, w.channel AS channel FROM wishlist_items w"
              " JOIN products p ON p.sku = w.sku JOIN styles s ON s.id = p.style_id"
              " WHERE w.customer_id = ? ORDER BY w.added_at DESC"_s);
    query.addBindValue(customerId);
    return rowsOf(query);
}

QList<QVariantMap> CustomerRepository::cart(const QString &customerId) const
{
    QSqlQuery query = Database::prepare(
        m_db, u"SELECT c.id AS lineId, "_s + productColumns
            + u", c.quantity AS quantity, c.channel AS channel, c.fulfilment AS fulfilment,"
              " c.source_location_id AS sourceLocationId, c.added_at AS addedAt"
              " FROM cart_lines c JOIN products p ON p.sku = c.sku"
              " JOIN styles s ON s.id = p.style_id WHERE c.customer_id = ?"
              " ORDER BY c.added_at DESC"_s);
    query.addBindValue(customerId);
    return rowsOf(query);
}

QList<QVariantMap> CustomerRepository::notes(const QString &customerId) const
{
    QSqlQuery query = Database::prepare(
        m_db, u"SELECT n.id AS noteId, n.body AS body, n.author_name AS authorName,"
              " n.created_at AS createdAt, n.updated_at AS updatedAt, n.version AS version,"
              " EXISTS (SELECT 1 FROM sync_shadow s WHERE s.entity = 'note' AND s.key = n.id)"
              " AS pending FROM notes n WHERE n.customer_id = ? ORDER BY n.created_at DESC"_s);
    query.addBindValue(customerId);
    return rowsOf(query);
}
