// SPDX-License-Identifier: MIT
#include "customersearchmodel.h"
#include "customerrepository.h"
#include "format.h"
#include "localstore.h"

using namespace Qt::Literals::StringLiterals;

CustomerSearchModel::CustomerSearchModel(QObject *parent)
    : StoreListModel({"customerId", "displayName", "initials", "email", "phone", "loyaltyId", "tier",
                    "tierLabel", "homeLocationName"},
                   u"customerId"_s, parent)
{
    setPageSize(pageSize);
}

CustomerSearchModel::CustomerSearchModel(LocalStore *store, QObject *parent)
    : CustomerSearchModel(parent)
{
    setStore(store);
}

bool CustomerSearchModel::showsAnyOf(const QStringList &tables) const
{
    return !m_query.isEmpty() && tables.contains(u"customers"_s);
}

void CustomerSearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    emit queryChanged();
    reload();
}

QList<QVariantMap> CustomerSearchModel::fetchRows(int offset, int limit)
{
    LocalStore *store = readyStore();
    if (!store || m_query.trimmed().isEmpty())
        return {};
    QList<QVariantMap> rows = CustomerRepository(store->database()).search(m_query, limit, offset);
    for (QVariantMap &row : rows) {
        const QString first = row.value(u"firstName"_s).toString();
        const QString last = row.value(u"lastName"_s).toString();
        row.insert(u"displayName"_s, QStringList{first, last}.join(u' ').trimmed());
        row.insert(u"initials"_s, (first.left(1) + last.left(1)).toUpper());
        row.insert(u"tierLabel"_s, Format::tier(row.value(u"tier"_s).toString()));
    }
    return rows;
}

QString CustomerSearchModel::customerForScan(const QString &text) const
{
    LocalStore *store = readyStore();
    if (!store)
        return {};
    return CustomerRepository(store->database()).findByLoyaltyId(text);
}
