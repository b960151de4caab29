// SPDX-License-Identifier: MIT
#include "customerrepository.h"
#include "database.h"
#include "mutators.h"
#include "phonenumbers.h"
#include "searchtext.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

namespace {

// Product columns every product list shows, named as the models' roles.
const QString productColumns = u"p.sku AS sku, s.name AS productName, s.brand AS brand,"
                               " s.category AS category, p.colour AS colour, p.size AS size,"
                               " p.price_minor AS priceMinor, p.currency AS currency,"
                               " s.image AS image"_s;

} // namespace

CustomerRepository::CustomerRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

QList<QVariantMap> CustomerRepository::search(const QString &typed, int limit, int offset) const
{
    const QString text = typed.trimmed();
    if (text.isEmpty() || limit <= 0)
        return {};
    static const QString columns = u"k.search_order AS searchOrder, c.id AS customerId,"
                                   " c.first_name AS firstName, c.last_name AS lastName,"
                                   " c.email AS email, c.phone AS phone,"
                                   " c.loyalty_id AS loyaltyId, c.tier AS tier,"
                                   " c.home_location_id AS homeLocationId,"
                                   " COALESCE(l.name, '') AS homeLocationName"_s;
    // Ranking in tiers, each read in index order with a LIMIT, so a one-letter prefix over a
    // million customers costs no more than a full name: bm25 or a global sort would score every
    // match first. Within a tier customers come in SearchText::searchOrder(), which the index's
    // rowids follow: the same list on every tablet, whatever order the rows arrived in.
    struct Tier
    {
        QString sql; // the tier alone: its matches without those of the tiers before
        QVariantList values;
        // The same tier when every tier before it was read whole (the first page): its own
        // MATCH expression, leaving out the rows already read, which is cheaper than FTS5
        // evaluating the expressions of the tiers before again. Empty: not an index tier.
        QString ownSql = {};
        QVariantList ownValues = {};
    };
    QList<Tier> tiers;
    // Only customers in use: a merged-away record (a tombstone that opens its survivor) or an
    // erased one is never listed.
    static const QString customers
        = u" JOIN customers c ON c.rowid = k.customer_rowid AND c.merged_into = ''"
          " AND c.erased_at = 0"_s;
    // Matches in the index, in its order, each customer once.
    const QString indexed = u"SELECT "_s + columns
        + u" FROM customer_search JOIN customer_search_keys k"
          " ON k.search_order = customer_search.rowid"_s
        + customers
        + u" LEFT JOIN locations l ON l.id = c.home_location_id"
          " WHERE customer_search MATCH ?"_s;
    const QString byIndex = u" ORDER BY customer_search.rowid"_s;
    // Customers found by a plain column, in the same order.
    const QString plain = u"SELECT "_s + columns
        + u" FROM customer_search_keys k"_s + customers
        + u" LEFT JOIN locations l ON l.id = c.home_location_id WHERE "_s;
    if (SearchText::isNumberLike(text)) {
        const QString digits = SearchText::digitsOf(text);
        if (digits.isEmpty())
            return {};
        QString upper = digits;
        upper[upper.size() - 1] = QChar(upper.back().unicode() + 1);
        // A whole international number is looked for as E.164 ("+44 (0)20 …" has a 0 that is
        // not dialled); anything else by its digits, which the index holds in every form.
        const QString phone = u"{phone} : \""_s + PhoneNumbers::searchDigits(text) + u'"';
        const QString phonePrefix = phone + u'*';
        // 1: the phone number exactly; 2: the loyalty card, exactly (it comes first: the
        // range starts with it) or by its start (a range on the loyalty index); 3: the start
        // of a phone number.
        tiers << Tier {indexed + byIndex, {phone}};
        tiers << Tier {
            plain
                + u"c.loyalty_id >= ? AND c.loyalty_id < ? AND k.customer_rowid NOT IN"
                  " (SELECT x.customer_rowid FROM customer_search JOIN customer_search_keys x"
                  " ON x.search_order = customer_search.rowid WHERE customer_search MATCH ?)"
                  " ORDER BY c.loyalty_id, k.search_order"_s,
            {digits, upper, phone}};
        tiers << Tier {indexed + u" AND NOT (c.loyalty_id >= ? AND c.loyalty_id < ?)"_s + byIndex,
                       {QString(phonePrefix + u" NOT "_s + phone), digits, upper}};
    } else {
        // Folded as the index's names are (SearchText::nameTokens): "o'brien", "IŞIK", "小明".
        const QStringList words = SearchText::queryWords(text);
        if (words.isEmpty())
            return {};
        QStringList whole;
        QStringList lastPrefix;
        QStringList allPrefix;
        for (int i = 0; i < words.size(); ++i) {
            const QString quoted = u'"' + words.at(i) + u'"';
            whole << quoted;
            lastPrefix << (i == words.size() - 1 ? quoted + u'*' : quoted);
            allPrefix << quoted + u'*';
        }
        // F: the first name and the first surname; N: the whole name; A: anywhere.
        const auto in = [](const char *columns, const QStringList &terms) -> QString {
            return u"({"_s + QString::fromLatin1(columns) + u"} : ("_s + terms.join(u' ') + u"))"_s;
        };
        const QString fw = in("given surname", whole);
        const QString nw = in("given surname surname2", whole);
        const QString fp = in("given surname", lastPrefix);
        const QString np = in("given surname surname2", lastPrefix);
        const QString na = in("given surname surname2", allPrefix);
        const QString aa = in("given surname surname2 email phone loyalty", allPrefix);
        // The full name exactly as typed (accents and case aside) and the email address
        // exactly come first; every later tier leaves them out. (One word: the customers
        // called just that need no tier of their own, they lead the next one, as names with
        // fewer words come first.)
        const QString key = SearchText::fullNameKey(text);
        const QString email = SearchText::normalisedEmail(text);
        const bool exactName = words.size() > 1;
        const bool exactEmail = email.contains(u'@');
        QString notExact;
        QVariantList exactValues;
        if (exactName) {
            tiers << Tier {plain + u"k.name_key = ? ORDER BY k.search_order"_s, {key}};
            notExact += u" AND k.name_key <> ?"_s;
            exactValues << key;
        }
        if (exactEmail) {
            tiers << Tier {plain + u"c.email = ?"_s + notExact + u" ORDER BY k.search_order"_s,
                           QVariantList {email} + exactValues};
            notExact += u" AND c.email <> ?"_s;
            exactValues << email;
        }
        // Then: every word whole in the first name and first surname ("jose munoz"), then with
        // the second surname ("jose garcia munoz"); the last word still being typed ("jose
        // mu"), likewise; every word a prefix ("jo mu"); anywhere, e.g. the email.
        QList<std::pair<QString, QString>> expressions
            = {{fw, fw},
               {nw + u" NOT "_s + fw, nw},
               {fp + u" NOT "_s + nw, fp},
               {np + u" NOT ("_s + fp + u" OR "_s + nw + u')', np}};
        if (words.size() > 1)
            expressions.append({na + u" NOT "_s + np, na});
        expressions.append({aa + u" NOT "_s + na, aa});
        for (const auto &[exclusive, own] : std::as_const(expressions)) {
            tiers << Tier {indexed + notExact + byIndex, QVariantList {exclusive} + exactValues,
                           indexed + notExact, QVariantList {own} + exactValues};
        }
    }

    QList<QVariantMap> rows;
    QStringList read; // search_order of every row read so far
    bool readWhole = offset == 0; // every tier so far read whole into rows
    int skip = offset;
    for (const Tier &tier : std::as_const(tiers)) {
        const int wanted = limit - int(rows.size());
        if (wanted <= 0)
            break;
        if (skip > 0) {
            // Scrolling on: how many of the skipped rows this tier holds (bounded count).
            QSqlQuery count
                = Database::prepare(m_db, u"SELECT COUNT(*) FROM ("_s + tier.sql + u" LIMIT ?)"_s);
            for (const QVariant &value : tier.values)
                count.addBindValue(value);
            count.addBindValue(skip);
            if (!Database::exec(count) || !count.next())
                return rows;
            const int inTier = count.value(0).toInt();
            if (inTier >= skip) {
                // The page starts inside this tier.
            } else {
                skip -= inTier;
                continue;
            }
        }
        QString sql = tier.sql;
        QVariantList values = tier.values;
        if (readWhole && !tier.ownSql.isEmpty()) {
            sql = tier.ownSql;
            // search_order values from the database, not typed text: safe in the statement.
            if (!read.isEmpty())
                sql += u" AND customer_search.rowid NOT IN ("_s + read.join(u',') + u')';
            sql += byIndex;
            values = tier.ownValues;
        }
        QSqlQuery query = Database::prepare(m_db, sql + u" LIMIT ? OFFSET ?"_s);
        for (const QVariant &value : std::as_const(values))
            query.addBindValue(value);
        query.addBindValue(wanted);
        query.addBindValue(skip);
        const QList<QVariantMap> tierRows = Database::rows(query);
        readWhole = readWhole && skip == 0 && tierRows.size() < wanted;
        skip = 0;
        for (QVariantMap row : tierRows) {
            read << row.take(u"searchOrder"_s).toString();
            rows << row;
        }
    }
    return rows;
}

bool CustomerRepository::isEmpty() const
{
    return Database::scalar(m_db, u"SELECT NOT EXISTS (SELECT 1 FROM customers)"_s).toBool();
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
        m_db,
        u"SELECT c.*, COALESCE(l.name, '') AS home_location_name FROM customers c"
        " LEFT JOIN locations l ON l.id = c.home_location_id WHERE c.id = ?"_s);
    query.addBindValue(id);
    const QList<QVariantMap> rows = Database::rows(query);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QString CustomerRepository::resolvedId(const QString &id) const
{
    // A merged-away record names its survivor, which may itself have been merged since.
    QString current = id;
    for (int hop = 0; hop < 64; ++hop) {
        const QVariant next = Database::scalar(
            m_db, u"SELECT merged_into FROM customers WHERE id = ?"_s, {current});
        if (!next.isValid() || next.toString().isEmpty())
            return current;
        current = next.toString();
    }
    return current;
}

QList<QVariantMap> CustomerRepository::consentHistory(const QString &customerId) const
{
    QSqlQuery query = Database::prepare(
        m_db,
        u"SELECT e.id, e.kind, e.granted, e.channel, e.changed_by, e.changed_at,"
        " COALESCE(s.display_name, '') AS changed_by_name,"
        " EXISTS (SELECT 1 FROM sync_shadow w WHERE w.entity = 'consent_event'"
        " AND w.key = e.id) AS pending FROM consent_events e"
        " LEFT JOIN staff s ON s.id = e.changed_by WHERE e.customer_id = ?"
        " ORDER BY e.changed_at DESC, e.id DESC"_s);
    query.addBindValue(customerId);
    return Database::rows(query);
}

QList<QVariantMap> CustomerRepository::consents(const QString &customerId) const
{
    QSqlQuery query = Database::prepare(m_db,
                                        u"SELECT kind, granted, changed_at, channel"
                                        " FROM consents WHERE customer_id = ?"_s);
    query.addBindValue(customerId);
    return Database::rows(query);
}

QList<QVariantMap> CustomerRepository::preferences(const QString &customerId) const
{
    QSqlQuery query = Database::prepare(
        m_db,
        u"SELECT p.key AS key, p.value AS value, p.updated_at AS updatedAt,"
        " p.version AS version, EXISTS (SELECT 1 FROM sync_shadow s WHERE"
        " s.entity = 'preference' AND s.key = p.customer_id || char(31) || p.key)"
        " AS pending FROM customer_preferences p WHERE p.customer_id = ?"_s);
    query.addBindValue(customerId);
    return Database::rows(query);
}

QList<QVariantMap> CustomerRepository::timeline(const QString &customerId,
                                                const QStringList &channels, int limit,
                                                int offset) const
{
    QString channelFilter;
    if (!channels.isEmpty())
        channelFilter
            = u" AND e.channel IN ("_s + QStringList(channels.size(), u"?"_s).join(u","_s) + u')';
    QSqlQuery query = Database::prepare(
        m_db,
        u"SELECT e.id AS eventId, e.kind AS kind, e.channel AS channel,"
        " e.occurred_at AS occurredAt, e.sku AS sku, e.order_id AS orderId,"
        " e.quantity AS quantity, e.amount_minor AS amountMinor, e.currency AS currency,"
        " e.title AS title, e.detail AS detail, e.status AS status, e.carrier AS carrier,"
        " e.tracking_number AS trackingNumber, COALESCE(s.name, '') AS productName,"
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
    return Database::rows(query);
}

QList<QVariantMap> CustomerRepository::recentlyViewedOnline(const QString &customerId,
                                                            int limit) const
{
    QSqlQuery query = Database::prepare(
        m_db,
        u"SELECT "_s + productColumns
            + u", v.seenAt AS seenAt, v.views AS views, v.channel AS channel FROM"
              // One row per product: the latest view (its time and its channel) and how many
              // views there were.
              " (SELECT sku, occurred_at AS seenAt, views, channel FROM"
              "   (SELECT sku, occurred_at, channel, COUNT(*) OVER (PARTITION BY sku) AS views,"
              "    ROW_NUMBER() OVER (PARTITION BY sku ORDER BY occurred_at DESC, id DESC) AS n"
              "    FROM customer_events WHERE customer_id = ? AND kind = 'viewed'"
              "    AND channel IN ('web', 'app'))"
              "  WHERE n = 1 ORDER BY seenAt DESC LIMIT ?) v"
              " JOIN products p ON p.sku = v.sku JOIN styles s ON s.id = p.style_id"
              " ORDER BY v.seenAt DESC"_s);
    query.addBindValue(customerId);
    query.addBindValue(limit);
    return Database::rows(query);
}

QList<QVariantMap> CustomerRepository::wishlist(const QString &customerId) const
{
    QSqlQuery query = Database::prepare(
        m_db,
        u"SELECT "_s + productColumns
            + u", w.added_at AS addedAt, w.channel AS channel FROM wishlist_items w"
              " JOIN products p ON p.sku = w.sku JOIN styles s ON s.id = p.style_id"
              " WHERE w.customer_id = ? ORDER BY w.added_at DESC"_s);
    query.addBindValue(customerId);
    return Database::rows(query);
}

QList<QVariantMap> CustomerRepository::cart(const QString &customerId) const
{
    QSqlQuery query = Database::prepare(
        m_db,
        u"SELECT c.id AS lineId, "_s + productColumns
            + u", c.quantity AS quantity, c.channel AS channel, c.fulfilment AS fulfilment,"
              " c.source_location_id AS sourceLocationId, c.added_at AS addedAt"
              " FROM cart_lines c JOIN products p ON p.sku = c.sku"
              " JOIN styles s ON s.id = p.style_id WHERE c.customer_id = ?"
              " ORDER BY c.added_at DESC"_s);
    query.addBindValue(customerId);
    return Database::rows(query);
}

QList<QVariantMap> CustomerRepository::notes(const QString &customerId) const
{
    QSqlQuery query = Database::prepare(
        m_db,
        u"SELECT n.id AS noteId, n.body AS body, n.author_name AS authorName,"
        " n.created_at AS createdAt, n.updated_at AS updatedAt, n.version AS version,"
        " EXISTS (SELECT 1 FROM sync_shadow s WHERE s.entity = 'note' AND s.key = n.id)"
        " AS pending FROM notes n WHERE n.customer_id = ? ORDER BY n.created_at DESC"_s);
    query.addBindValue(customerId);
    return Database::rows(query);
}

QList<QVariantMap> CustomerRepository::likelyDuplicates(const Likeness &likeness, int limit) const
{
    QList<QVariantMap> found;
    QSet<QString> seen;
    const auto collect = [&](const QString &where, const QString &value, const QString &how,
                             const QString &extra = {}) {
        if (value.isEmpty() || found.size() >= limit)
            return;
        QSqlQuery query = Database::prepare(
            m_db,
            u"SELECT c.id, c.first_name, c.last_name, c.tier, c.home_location_id,"
            " COALESCE(l.name, '') AS home_location_name FROM customers c"
            " LEFT JOIN locations l ON l.id = c.home_location_id WHERE c.merged_into = ''"
            " AND c.erased_at = 0 AND "_s
                + where + u" ORDER BY c.id LIMIT ?"_s);
        query.addBindValue(value);
        if (!extra.isEmpty())
            query.addBindValue(extra);
        query.addBindValue(limit);
        for (QVariantMap row : Database::rows(query)) {
            const QString id = row.value(u"id"_s).toString();
            if (seen.contains(id) || found.size() >= limit)
                continue;
            seen.insert(id);
            row.insert(u"matched_on"_s, how);
            found << row;
        }
    };
    collect(u"c.email = ?"_s, likeness.email, u"email"_s);
    collect(u"c.phone_e164 = ?"_s, likeness.phoneE164, u"phone"_s);
    if (!likeness.postcode.isEmpty())
        collect(u"c.rowid IN (SELECT customer_rowid FROM customer_search_keys WHERE name_key = ?)"
                " AND EXISTS (SELECT 1 FROM addresses a WHERE a.customer_id = c.id"
                " AND a.postcode = ?)"_s,
                likeness.nameKey, u"name_postcode"_s, likeness.postcode);
    return found;
}
