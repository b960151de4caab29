// SPDX-License-Identifier: MIT
#include "productdetail.h"
#include "catalogrepository.h"
#include "database.h"
#include "format.h"
#include "localstore.h"

using namespace Qt::Literals::StringLiterals;

ProductDetail::ProductDetail(QObject *parent)
    : QObject(parent)
{ }

ProductDetail::ProductDetail(LocalStore *store, QObject *parent)
    : ProductDetail(parent)
{
    setStore(store);
}

void ProductDetail::setStore(LocalStore *store)
{
    if (!m_store.set(this, store, [this](const QStringList &tables) {
            if (m_styleId.isEmpty())
                return;
            if (tables.contains(u"products"_s) || tables.contains(u"styles"_s))
                load();
            else if (tables.contains(u"inventory"_s))
                loadSizes();
        }))
        return;
    emit storeChanged();
    load();
}

void ProductDetail::setStyleId(const QString &styleId)
{
    if (styleId == m_styleId)
        return;
    m_styleId = styleId;
    m_colour.clear();
    m_sku.clear();
    load();
}

void ProductDetail::load()
{
    m_style.clear();
    m_variants.clear();
    m_colours.clear();
    LocalStore *store = m_store.store();
    if (store && store->isReady() && !m_styleId.isEmpty()) {
        const CatalogRepository repository(store->database());
        m_style = repository.style(m_styleId);
        m_variants = repository.variants(m_styleId);
        for (const QVariantMap &v : std::as_const(m_variants)) {
            const QString colour = v.value(u"colour"_s).toString();
            if (!m_colours.contains(colour))
                m_colours << colour;
        }
    }
    if (!m_colours.contains(m_colour))
        m_colour = m_colours.value(0);
    emit styleChanged();
    loadSizes();
}

void ProductDetail::loadSizes()
{
    m_sizes.clear();
    LocalStore *store = m_store.store();
    const QString here = store ? store->locationId() : QString();
    bool skuStillThere = false;
    for (const QVariantMap &v : std::as_const(m_variants)) {
        if (v.value(u"colour"_s).toString() != m_colour)
            continue;
        const QString sku = v.value(u"sku"_s).toString();
        skuStillThere = skuStillThere || sku == m_sku;
        const QVariant available = Database::scalar(
            store->database(),
            u"SELECT on_hand - reserved FROM inventory WHERE sku = ? AND location_id = ?"_s,
            {sku, here});
        m_sizes << QVariantMap{{u"sku"_s, sku},
                               {u"size"_s, v.value(u"size"_s)},
                               {u"priceText"_s, Format::money(v.value(u"price_minor"_s).toLongLong(),
                                                              v.value(u"currency"_s).toString())},
                               {u"availableHere"_s, qMax<qint64>(0, available.toLongLong())}};
    }
    if (!skuStillThere)
        m_sku.clear();
    emit selectionChanged();
}

void ProductDetail::setColour(const QString &colour)
{
    if (colour == m_colour || !m_colours.contains(colour))
        return;
    m_colour = colour;
    // Keep the same size in the new colour when there is one.
    const QString wantedSize = size();
    m_sku.clear();
    for (const QVariantMap &v : std::as_const(m_variants)) {
        if (v.value(u"colour"_s).toString() == colour && v.value(u"size"_s).toString() == wantedSize)
            m_sku = v.value(u"sku"_s).toString();
    }
    loadSizes();
}

void ProductDetail::setSku(const QString &sku)
{
    if (sku == m_sku)
        return;
    const QVariantMap v = variant(sku);
    if (v.isEmpty())
        return;
    m_sku = sku;
    if (v.value(u"colour"_s).toString() != m_colour) {
        m_colour = v.value(u"colour"_s).toString();
        loadSizes();
        return;
    }
    emit selectionChanged();
}

bool ProductDetail::showSku(const QString &sku)
{
    LocalStore *store = m_store.store();
    if (!store || !store->isReady())
        return false;
    const QVariantMap product = CatalogRepository(store->database()).product(sku);
    if (product.isEmpty())
        return false;
    setStyleId(product.value(u"style_id"_s).toString());
    setSku(sku);
    return true;
}

QVariantMap ProductDetail::variant(const QString &sku) const
{
    for (const QVariantMap &v : m_variants) {
        if (v.value(u"sku"_s).toString() == sku)
            return v;
    }
    return {};
}

QString ProductDetail::errorString() const
{
    return !m_styleId.isEmpty() && m_style.isEmpty()
        ? tr("This product is not in the catalogue on this tablet. Sync, then try again.")
        : QString();
}

QString ProductDetail::name() const
{
    return m_style.value(u"name"_s).toString();
}

QString ProductDetail::brand() const
{
    return m_style.value(u"brand"_s).toString();
}

QString ProductDetail::category() const
{
    return m_style.value(u"category"_s).toString();
}

QString ProductDetail::categoryLabel() const
{
    return Format::category(category());
}

QString ProductDetail::description() const
{
    return m_style.value(u"description"_s).toString();
}

QString ProductDetail::image() const
{
    return m_style.value(u"image"_s).toString();
}

QString ProductDetail::size() const
{
    return variant(m_sku).value(u"size"_s).toString();
}

qint64 ProductDetail::priceMinor() const
{
    const QVariantMap v = m_sku.isEmpty() && !m_variants.isEmpty() ? m_variants.first()
                                                                   : variant(m_sku);
    return v.value(u"price_minor"_s).toLongLong();
}

QString ProductDetail::priceText() const
{
    const QVariantMap v = m_sku.isEmpty() && !m_variants.isEmpty() ? m_variants.first()
                                                                   : variant(m_sku);
    return v.isEmpty() ? QString()
                       : Format::money(v.value(u"price_minor"_s).toLongLong(),
                                       v.value(u"currency"_s).toString());
}
