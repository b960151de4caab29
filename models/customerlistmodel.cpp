// SPDX-License-Identifier: MIT
#include "customerlistmodel.h"
#include "customerrepository.h"
#include "format.h"
#include "localstore.h"

using namespace Qt::Literals::StringLiterals;

CustomerListModel::CustomerListModel(const QList<QByteArray> &roles, const QString &keyRole,
                                     const QStringList &watchedTables, QObject *parent)
    : RowListModel(roles, keyRole, parent)
    , m_watchedTables(watchedTables)
{
    if (LocalStore *store = LocalStore::instance()) {
        connect(store, &LocalStore::tablesChanged, this, [this](const QStringList &tables) {
            if (m_customerId.isEmpty())
                return;
            for (const QString &table : tables) {
                if (m_watchedTables.contains(table)) {
                    refresh();
                    return;
                }
            }
        });
    }
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
    LocalStore *store = LocalStore::instance();
    if (m_customerId.isEmpty() || !store || !store->isReady())
        return {};
    return fetchCustomerRows(CustomerRepository(store->database()), offset, limit);
}

void CustomerListModel::addProductText(QVariantMap &row)
{
    row.insert(u"priceText"_s, Format::money(row.value(u"priceMinor"_s).toLongLong(),
                                             row.value(u"currency"_s).toString()));
    row.insert(u"channelLabel"_s, Format::channel(row.value(u"channel"_s).toString()));
}
