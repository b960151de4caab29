// SPDX-License-Identifier: MIT
#pragma once

#include "entities.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantMap>

#include <memory>
#include <optional>

/**
 * Generic row access by entity, on either side of sync. Mutators and the pull applier write
 * through it; subclasses hook writes (the tablet keeps the server's version of rows it changed
 * optimistically, the server appends to its change feed).
 */
class RowStore
{
public:
    explicit RowStore(const QSqlDatabase &db);
    virtual ~RowStore();

    QSqlDatabase database() const { return m_db; }

    std::optional<QVariantMap> get(const Entity &entity, const QVariantMap &key);
    /** Whether the row with this key is there (cheaper than get() when that is all). */
    bool exists(const Entity &entity, const QVariantMap &key);
    /** Inserts or updates; only the columns present in row are written on update. */
    bool put(const Entity &entity, const QVariantMap &row);
    /** The same for a row as it arrives in a pulled page (no conversion to a map first). */
    bool putJson(const Entity &entity, const QJsonObject &row);
    /** Deletes the row with this key; true also when there was none. */
    bool remove(const Entity &entity, const QVariantMap &key);
    /** Rows matching simple equality filters, e.g. {{"customer_id", id}}. */
    QList<QVariantMap> select(const Entity &entity, const QVariantMap &equals,
                              const QString &orderBy = {});

    /** Replicated columns of an entity's table, read once from the database. */
    QStringList columns(const Entity &entity);

    /** A concurrent edit overwrote this row's previous values; the server keeps them. */
    virtual bool keepOverwritten(const Entity &entity, const QVariantMap &previous);

protected:
    virtual bool beforeWrite(const Entity &entity, const QVariantMap &key);
    /** key: the key columns of the row written. */
    virtual bool afterPut(const Entity &entity, const QVariantMap &key);
    virtual bool afterRemove(const Entity &entity, const QVariantMap &key);

    /** A statement prepared once per store and reused (a pulled page writes a thousand rows,
        a pushed batch hundreds of mutations, with the same few statements); values are bound
        by position each time. The reference stays valid for the store's life. */
    QSqlQuery &statement(const QString &sql);

private:
    /** How put() writes rows that carry a given set of a table's columns: worked out once per
        set (a pulled page writes a thousand rows of the same few shapes). */
    struct Plan
    {
        QList<int> present; // indexes into the table's columns, in table order
        bool hasKey = false;
        QString upsert; // INSERT ... ON CONFLICT (key) DO UPDATE/NOTHING
        QString update; // UPDATE ... WHERE key: rows that carry only some columns
        QList<int> updateOrder; // indexes into present: assigned columns, then key columns
    };
    struct Table
    {
        QStringList columns;
        QHash<QString, int> index;
        QHash<QByteArray, Plan> plans; // by the mask of columns present
    };
    Table &table(const Entity &entity);
    const Plan &plan(const Entity &entity, Table &table, const QByteArray &mask);
    /** Writes the values (by the table's column index) of the columns set in mask. */
    bool write(const Entity &entity, Table &table, const QByteArray &mask,
               const QVariantList &byColumn);

    QSqlDatabase m_db;
    QHash<QString, QStringList> m_columns;
    QHash<QString, Table> m_tables;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};
