// SPDX-License-Identifier: MIT
#include "customernotesmodel.h"
#include "customerrepository.h"
#include "format.h"

using namespace Qt::Literals::StringLiterals;

CustomerNotesModel::CustomerNotesModel(QObject *parent)
    : CustomerListModel({"noteId", "body", "authorName", "whenText", "pending", "version"},
                        u"noteId"_s, {u"notes"_s}, parent)
{}

QList<QVariantMap> CustomerNotesModel::fetchCustomerRows(const CustomerRepository &repository, int,
                                                         int)
{
    QList<QVariantMap> rows = repository.notes(customerId());
    for (QVariantMap &row : rows) {
        row.insert(u"whenText"_s, Format::when(row.value(u"createdAt"_s).toLongLong()));
        row.insert(u"pending"_s, row.value(u"pending"_s).toBool());
    }
    return rows;
}
