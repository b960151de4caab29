// SPDX-License-Identifier: MIT
#include "customerproductsmodel.h"
#include "customerrepository.h"
#include "format.h"

using namespace Qt::Literals::StringLiterals;

CustomerProductsModel::CustomerProductsModel(QObject *parent)
    : CustomerListModel({"key", "sku", "productName", "brand", "category", "colour", "size",
                         "priceText", "quantity", "channel", "channelLabel", "whenText", "detail",
                         "addedAt", "fulfilment"},
                        u"key"_s, {u"customer_events"_s, u"wishlist_items"_s, u"cart_lines"_s},
                        parent)
{}

void CustomerProductsModel::setSource(Source source)
{
    if (source == m_source)
        return;
    m_source = source;
    emit sourceChanged();
    reload();
}

QString CustomerProductsModel::totalText() const
{
    return m_currency.isEmpty() ? QString() : Format::money(m_totalMinor, m_currency);
}

QList<QVariantMap> CustomerProductsModel::fetchCustomerRows(const CustomerRepository &repository,
                                                            int, int)
{
    QList<QVariantMap> rows;
    switch (m_source) {
    case Source::RecentlyViewed:
        rows = repository.recentlyViewedOnline(customerId(), recentlyViewedLimit);
        break;
    case Source::Wishlist:
        rows = repository.wishlist(customerId());
        break;
    case Source::Cart:
        rows = repository.cart(customerId());
        break;
    }
    const QString totalBefore = totalText();
    m_totalMinor = 0;
    m_currency.clear();
    for (QVariantMap &row : rows) {
        addProductText(row);
        switch (m_source) {
        case Source::RecentlyViewed: {
            const int views = row.value(u"views"_s).toInt();
            row.insert(u"key"_s, row.value(u"sku"_s));
            row.insert(u"whenText"_s, Format::when(row.value(u"seenAt"_s).toLongLong()));
            row.insert(u"detail"_s, tr("Viewed %n time(s)", nullptr, views));
            break;
        }
        case Source::Wishlist:
            row.insert(u"key"_s, row.value(u"sku"_s));
            row.insert(u"whenText"_s, Format::date(row.value(u"addedAt"_s).toLongLong()));
            break;
        case Source::Cart: {
            row.insert(u"key"_s, row.value(u"lineId"_s));
            row.insert(u"whenText"_s, Format::when(row.value(u"addedAt"_s).toLongLong()));
            row.insert(u"detail"_s, Format::fulfilment(row.value(u"fulfilment"_s).toString()));
            m_totalMinor += row.value(u"priceMinor"_s).toLongLong()
                * row.value(u"quantity"_s).toLongLong();
            m_currency = row.value(u"currency"_s).toString();
            break;
        }
        }
    }
    // A new quantity changes the total without changing the number of lines.
    if (totalText() != totalBefore)
        emit totalTextChanged();
    return rows;
}
