// SPDX-License-Identifier: MIT
#include "catalogrepository.h"
#include "database.h"
#include "searchtext.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

CatalogRepository::CatalogRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

QList<QVariantMap> CatalogRepository::searchStyles(const QString &typed, const QString &category,
                                                   int limit, int offset) const
{
    // The same rules as customer search: the index (style_search, kept by triggers) folds
    // accents and case and splits on punctuation; each typed word is a prefix. The catalogue is
    // hundreds of styles, so every match can be ranked: the exact name or SKU first, then names
    // holding every word whole, then names starting so, then matches in brand, category, colour
    // or SKU; within a tier by name and id, which every tablet has alike.
    const QStringList words = SearchText::words(typed);
    QStringList conditions {u"p.active = 1"_s};
    QVariantList values;
    QString tier = u"0"_s;
    if (!words.isEmpty()) {
        QStringList whole;
        QStringList prefixes;
        for (const QString &word : words) {
            whole << u'"' + word + u'"';
            prefixes << u'"' + word + u"\"*"_s;
        }
        const QString inIndex = u"s.rowid IN (SELECT rowid FROM style_search WHERE"
                                " style_search MATCH ?)"_s;
        tier = u"CASE WHEN clienteling_name_key(s.name) = ? OR EXISTS (SELECT 1 FROM products x"
               " WHERE x.style_id = s.id AND x.sku = ?) THEN 0 WHEN "_s
            + inIndex + u" THEN 1 WHEN "_s + inIndex + u" THEN 2 ELSE 3 END"_s;
        values << SearchText::nameKey(typed) << typed.trimmed().toUpper()
               << QString(u"{name} : ("_s + whole.join(u' ') + u')')
               << QString(u"{name} : ("_s + prefixes.join(u' ') + u')');
        conditions << inIndex;
        values << prefixes.join(u' ');
    }
    if (!category.isEmpty()) {
        conditions << u"s.category = ?"_s;
        values << category;
    }
    QSqlQuery query = Database::prepare(
        m_db,
        u"SELECT s.id AS styleId, s.name AS name, s.brand AS brand, s.category AS category,"
        " s.image AS image, MIN(p.price_minor) AS priceMinor, MAX(p.price_minor) AS"
        " maxPriceMinor, MIN(p.currency) AS currency, COUNT(DISTINCT p.colour) AS colours,"
        " COUNT(p.sku) AS variants, "_s
            + tier
            + u" AS tier, clienteling_name_key(s.name) AS nameKey"
              " FROM styles s JOIN products p ON p.style_id = s.id WHERE "_s
            + conditions.join(u" AND "_s)
            + u" GROUP BY s.id, s.name, s.brand, s.category, s.image"
              " ORDER BY tier, nameKey, s.id LIMIT ? OFFSET ?"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(limit > 0 ? limit : -1);
    query.addBindValue(offset);
    return Database::rows(query);
}

QStringList CatalogRepository::categories() const
{
    QSqlQuery query(m_db);
    QStringList list;
    if (query.exec(u"SELECT DISTINCT category FROM styles ORDER BY category"_s)) {
        while (query.next())
            list << query.value(0).toString();
    }
    return list;
}

QVariantMap CatalogRepository::style(const QString &styleId) const
{
    QSqlQuery query = Database::prepare(m_db, u"SELECT * FROM styles WHERE id = ?"_s);
    query.addBindValue(styleId);
    const QList<QVariantMap> rows = Database::rows(query);
    return rows.isEmpty() ? QVariantMap() : rows.first();
}

QList<QVariantMap> CatalogRepository::variants(const QString &styleId) const
{
    QSqlQuery query = Database::prepare(m_db,
                                        u"SELECT * FROM products WHERE style_id = ? AND"
                                        " active = 1 ORDER BY colour, size_order, sku"_s);
    query.addBindValue(styleId);
    return Database::rows(query);
}

QVariantMap CatalogRepository::productForCode(const QString &code) const
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return {};
    QSqlQuery query = Database::prepare(m_db,
                                        u"SELECT sku, style_id FROM products WHERE"
                                        " barcode = ? OR sku = ? LIMIT 1"_s);
    query.addBindValue(trimmed);
    query.addBindValue(trimmed.toUpper());
    if (!Database::exec(query) || !query.next())
        return {};
    return {{u"sku"_s, query.value(0)}, {u"styleId"_s, query.value(1)}};
}

QVariantMap CatalogRepository::product(const QString &sku) const
{
    QSqlQuery query = Database::prepare(
        m_db,
        u"SELECT p.*, s.name AS name, s.brand AS brand, s.category AS category, s.image AS"
        " image FROM products p JOIN styles s ON s.id = p.style_id WHERE p.sku = ?"_s);
    query.addBindValue(sku);
    const QList<QVariantMap> rows = Database::rows(query);
    return rows.isEmpty() ? QVariantMap() : rows.first();
}

QList<QVariantMap> CatalogRepository::localStock(const QString &sku) const
{
    QSqlQuery query = Database::prepare(
        m_db,
        u"SELECT i.location_id AS locationId, i.on_hand AS onHand, i.reserved AS reserved,"
        " i.in_transit AS inTransit, i.counted_at AS countedAt, i.updated_at AS updatedAt"
        " FROM inventory i WHERE i.sku = ?"_s);
    query.addBindValue(sku);
    return Database::rows(query);
}

QList<QVariantMap> CatalogRepository::locations() const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, kind, name, city, country, latitude, longitude FROM locations"
                  " ORDER BY id"_s);
    return Database::rows(query);
}

QList<QVariantMap> CatalogRepository::deliveryOptions(const QString &country) const
{
    QSqlQuery query = Database::prepare(m_db,
                                        u"SELECT * FROM delivery_options WHERE country = ?"
                                        " ORDER BY sort_order, id"_s);
    query.addBindValue(country);
    return Database::rows(query);
}

QList<QVariantMap> CatalogRepository::customerAddresses(const QString &customerId) const
{
    QSqlQuery query = Database::prepare(m_db,
                                        u"SELECT * FROM addresses WHERE customer_id = ?"
                                        " ORDER BY is_default DESC, updated_at DESC"_s);
    query.addBindValue(customerId);
    return Database::rows(query);
}
