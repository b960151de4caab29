// SPDX-License-Identifier: MIT
#include "productsearchmodel.h"
#include "catalogrepository.h"
#include "format.h"
#include "localstore.h"

using namespace Qt::Literals::StringLiterals;

ProductSearchModel::ProductSearchModel(QObject *parent)
    : StoreListModel({"styleId", "name", "brand", "category", "categoryLabel", "image", "priceText",
                    "variantsText"},
                   u"styleId"_s, parent)
{
    setPageSize(pageSize);
}

ProductSearchModel::ProductSearchModel(LocalStore *store, QObject *parent)
    : ProductSearchModel(parent)
{
    setStore(store);
}

bool ProductSearchModel::showsAnyOf(const QStringList &tables) const
{
    return tables.contains(u"styles"_s) || tables.contains(u"products"_s);
}

void ProductSearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    emit queryChanged();
    reload();
}

void ProductSearchModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    emit categoryChanged();
    reload();
}

QStringList ProductSearchModel::categories() const
{
    LocalStore *store = readyStore();
    return store ? CatalogRepository(store->database()).categories()
                                     : QStringList();
}

QVariantMap ProductSearchModel::productForCode(const QString &code) const
{
    LocalStore *store = readyStore();
    return store ? CatalogRepository(store->database()).productForCode(code)
                                     : QVariantMap();
}

QList<QVariantMap> ProductSearchModel::fetchRows(int offset, int limit)
{
    LocalStore *store = readyStore();
    if (!store)
        return {};
    QList<QVariantMap> rows = CatalogRepository(store->database())
                                  .searchStyles(m_query, m_category, limit, offset);
    for (QVariantMap &row : rows) {
        const QString currency = row.value(u"currency"_s).toString();
        const qint64 low = row.value(u"priceMinor"_s).toLongLong();
        const qint64 high = row.value(u"maxPriceMinor"_s).toLongLong();
        row.insert(u"priceText"_s, low == high
                                       ? Format::money(low, currency)
                                       : tr("from %1").arg(Format::money(low, currency)));
        row.insert(u"categoryLabel"_s, Format::category(row.value(u"category"_s).toString()));
        row.insert(u"variantsText"_s, tr("%n colour(s)", nullptr, row.value(u"colours"_s).toInt()));
    }
    return rows;
}
