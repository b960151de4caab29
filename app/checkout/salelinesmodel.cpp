// SPDX-License-Identifier: MIT
#include "salelinesmodel.h"

SaleLinesModel::SaleLinesModel(const QList<QByteArray> &roles, const QString &keyRole,
                               Reader reader, QObject *parent)
    : RowListModel(roles, keyRole, parent)
    , m_reader(std::move(reader))
{}

QList<QVariantMap> SaleLinesModel::fetchRows(int, int)
{
    return m_reader ? m_reader() : QList<QVariantMap>();
}
