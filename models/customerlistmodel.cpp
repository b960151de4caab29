// SPDX-License-Identifier: MIT
#include "customerlistmodel.h"
#include "customerrepository.h"
#include "format.h"
#include "localstore.h"

using namespace Qt::Literals::StringLiterals;

CustomerListModel::CustomerListModel(const QList<QByteArray> &roles, const QString &keyRole,
                                     const QStringList &watchedTables, QObject *parent)
    : StoreListModel(roles, keyRole, parent)
    , m_watchedTables(watchedTables)
{ }

bool CustomerListModel::showsAnyOf(const QStringList &tables) const
{
    if (m_customerId.isEmpty())
        return false;
    for (const QString &table : tables) {
        if (m_watchedTables.contains(table))
            return true;
    }
    return false;
}

void CustomerListModel::setCustomerId(const QString &customerId)
{
    if (customerId == m_customerId)
        return;
    m_customerId = customerId;
    emit customerIdChanged();
    reload();
}

QList<QVariantMap> CustomerListModel::fetchRows(int offset, int limit)
{
    LocalStore *store = readyStore();
    if (m_customerId.isEmpty() || !store)
        return {};
    return fetchCustomerRows(CustomerRepository(store->database()), offset, limit);
}

void CustomerListModel::addProductText(QVariantMap &row)
{
    row.insert(u"priceText"_s, Format::money(row.value(u"priceMinor"_s).toLongLong(),
                                             row.value(u"currency"_s).toString()));
    row.insert(u"channelLabel"_s, Format::channel(row.value(u"channel"_s).toString()));
}
