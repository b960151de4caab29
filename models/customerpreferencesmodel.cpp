// SPDX-License-Identifier: MIT
#include "customerpreferencesmodel.h"
#include "customerrepository.h"
#include "format.h"

using namespace Qt::Literals::StringLiterals;

CustomerPreferencesModel::CustomerPreferencesModel(QObject *parent)
    : CustomerListModel({"key", "label", "value", "isSize", "version", "pending"}, u"key"_s,
                        {u"customer_preferences"_s}, parent)
{}

QList<QVariantMap> CustomerPreferencesModel::fetchCustomerRows(
    const CustomerRepository &repository, int, int)
{
    QHash<QString, QVariantMap> stored;
    for (const QVariantMap &row : repository.preferences(customerId()))
        stored.insert(row.value(u"key"_s).toString(), row);
    QList<QVariantMap> rows;
    for (const QString &key : Format::preferenceKeys()) {
        const QVariantMap current = stored.value(key);
        rows << QVariantMap{{u"key"_s, key},
                            {u"label"_s, Format::preference(key)},
                            {u"value"_s, current.value(u"value"_s).toString()},
                            {u"isSize"_s, key.startsWith(u"size."_s)},
                            {u"version"_s, current.value(u"version"_s).toLongLong()},
                            {u"pending"_s, current.value(u"pending"_s).toBool()}};
    }
    return rows;
}
