// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QVariantMap>

/**
 * Base of the list models: rows are maps keyed by role name, refreshed by key so a changed row
 * gets a precise dataChanged and a new one an insert (never a reset for one row). Subclasses
 * that page set a page size and implement fetchRows(offset, limit).
 */
class RowListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    /** roles: role names in Roles enum order, starting at Qt::UserRole + 1. */
    RowListModel(const QList<QByteArray> &roles, const QString &keyRole, QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool isLoading() const { return m_loading; }
    QString errorString() const { return m_errorString; }

    /** The row as a map (for QML: model.get(i)). */
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void countChanged();
    void loadingChanged();
    void errorStringChanged();

protected:
    /** Rows [offset, offset + limit); limit is 0 when the model does not page. */
    virtual QList<QVariantMap> fetchRows(int offset, int limit) = 0;
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    /** Reloads what is loaded (at least one page) and applies the difference by key. */
    void refresh();
    /** Drops everything and loads the first page (a new query). */
    void reload();
    void setErrorString(const QString &message);

private:
    void applyRows(const QList<QVariantMap> &rows);

    QList<QByteArray> m_roles;
    QString m_keyRole;
    QList<QVariantMap> m_rows;
    int m_pageSize = 0;
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_changing = false; // rows are being changed and the change announced
    QString m_errorString;
};
