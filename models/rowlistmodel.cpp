// SPDX-License-Identifier: MIT
#include "rowlistmodel.h"

#include <QHash>
#include <QScopedValueRollback>

RowListModel::RowListModel(const QList<QByteArray> &roles, const QString &keyRole,
                           QObject *parent)
    : QAbstractListModel(parent)
    , m_roles(roles)
    , m_keyRole(keyRole)
{}

int RowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RowListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const int roleIndex = role - Qt::UserRole - 1;
    if (roleIndex < 0 || roleIndex >= m_roles.size())
        return {};
    return m_rows.at(index.row()).value(QString::fromLatin1(m_roles.at(roleIndex)));
}

QHash<int, QByteArray> RowListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, m_roles.at(i));
    return names;
}

bool RowListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void RowListModel::fetchMore(const QModelIndex &parent)
{
    // A view (or QAbstractItemModelTester) may ask for more while a change is being announced;
    // fetching then would insert a page in the middle of that change, or the same page twice.
    if (parent.isValid() || !m_hasMore || m_changing)
        return;
    const QScopedValueRollback changing(m_changing, true);
    const QList<QVariantMap> more = fetchRows(int(m_rows.size()), m_pageSize);
    m_hasMore = m_pageSize > 0 && more.size() == m_pageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
    emit countChanged();
}

QVariantMap RowListModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}

void RowListModel::reload()
{
    const QScopedValueRollback changing(m_changing, true);
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size() - 1));
        m_rows.clear();
        endRemoveRows();
    }
    const QList<QVariantMap> rows = fetchRows(0, m_pageSize);
    m_hasMore = m_pageSize > 0 && rows.size() == m_pageSize;
    if (!rows.isEmpty()) {
        beginInsertRows({}, 0, int(rows.size() - 1));
        m_rows = rows;
        endInsertRows();
    }
    emit countChanged();
}

void RowListModel::refresh()
{
    const int loaded = int(m_rows.size());
    int limit = 0;
    if (m_pageSize > 0)
        limit = qMax(m_pageSize, ((loaded + m_pageSize - 1) / m_pageSize) * m_pageSize);
    const QList<QVariantMap> rows = fetchRows(0, limit);
    m_hasMore = limit > 0 && rows.size() == limit;
    applyRows(rows);
}

void RowListModel::applyRows(const QList<QVariantMap> &rows)
{
    const QScopedValueRollback changing(m_changing, true);
    const int before = int(m_rows.size());
    QHash<QString, int> wanted;
    for (int i = 0; i < rows.size(); ++i)
        wanted.insert(rows.at(i).value(m_keyRole).toString(), i);
    // Remove rows that are gone, from the end so indexes stay valid.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!wanted.contains(m_rows.at(i).value(m_keyRole).toString())) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    // Walk the new order: move, insert or update so the model ends equal to rows.
    for (int target = 0; target < rows.size(); ++target) {
        const QVariantMap &row = rows.at(target);
        const QString key = row.value(m_keyRole).toString();
        int current = -1;
        for (int j = target; j < m_rows.size(); ++j) {
            if (m_rows.at(j).value(m_keyRole).toString() == key) {
                current = j;
                break;
            }
        }
        if (current < 0) {
            beginInsertRows({}, target, target);
            m_rows.insert(target, row);
            endInsertRows();
            continue;
        }
        if (current != target) {
            beginMoveRows({}, current, current, {}, target);
            m_rows.move(current, target);
            endMoveRows();
        }
        if (m_rows.at(target) != row) {
            m_rows[target] = row;
            emit dataChanged(index(target), index(target));
        }
    }
    if (before != m_rows.size())
        emit countChanged();
}

void RowListModel::setErrorString(const QString &message)
{
    if (message == m_errorString)
        return;
    m_errorString = message;
    emit errorStringChanged();
}
