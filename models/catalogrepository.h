// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>

/** Reads of the catalogue, the synced stock and delivery options from the local store. */
class CatalogRepository
{
public:
    explicit CatalogRepository(const QSqlDatabase &db);

    /** Styles whose name, brand, category or colours contain every typed word. */
    QList<QVariantMap> searchStyles(const QString &typed, const QString &category, int limit,
                                    int offset) const;
    QStringList categories() const;
    QVariantMap style(const QString &styleId) const;
    /** Every SKU of a style, by colour then size order. */
    QList<QVariantMap> variants(const QString &styleId) const;
    /** {sku, styleId} of a scanned barcode or typed SKU; empty when unknown. */
    QVariantMap productForCode(const QString &code) const;
    QVariantMap product(const QString &sku) const;
    /** The synced copy of stock for one SKU at every location it has rows for, with the
        location's name, kind and coordinates. */
    QList<QVariantMap> localStock(const QString &sku) const;
    QList<QVariantMap> locations() const;
    QList<QVariantMap> deliveryOptions(const QString &country) const;
    QList<QVariantMap> customerAddresses(const QString &customerId) const;

private:
    QSqlDatabase m_db;
};
