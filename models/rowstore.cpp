// SPDX-License-Identifier: MIT
#include "rowstore.h"
#include "database.h"
#include "logging.h"

#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

RowStore::RowStore(const QSqlDatabase &db)
    : m_db(db)
{ }

RowStore::~RowStore() = default;

QStringList RowStore::columns(const Entity &entity)
{
    auto it = m_columns.constFind(entity.table);
    if (it != m_columns.constEnd())
        return *it;
    QStringList names;
    const QSqlRecord record = m_db.record(entity.table);
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    m_columns.insert(entity.table, names);
    return names;
}

QSqlQuery &RowStore::statement(const QString &sql)
{
    // Held by pointer: a QHash moves its values when it grows, and callers keep one statement
    // while they prepare the next.
    std::shared_ptr<QSqlQuery> &query = m_statements[sql];
    if (!query)
        query = std::make_shared<QSqlQuery>(Database::prepare(m_db, sql));
    return *query;
}

static QString whereKey(const Entity &entity)
{
    QStringList parts;
    for (const QString &column : entity.keyColumns)
        parts << column + u" = ?"_s;
    return parts.join(u" AND "_s);
}

std::optional<QVariantMap> RowStore::get(const Entity &entity, const QVariantMap &key)
{
    QSqlQuery &query
        = statement(u"SELECT * FROM "_s + entity.table + u" WHERE "_s + whereKey(entity));
    for (int i = 0; i < entity.keyColumns.size(); ++i)
        query.bindValue(i, key.value(entity.keyColumns.at(i)));
    if (!Database::exec(query) || !query.next()) {
        query.finish();
        return std::nullopt;
    }
    QVariantMap row;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), record.value(i));
    query.finish();
    return row;
}

bool RowStore::exists(const Entity &entity, const QVariantMap &key)
{
    QSqlQuery &query
        = statement(u"SELECT 1 FROM "_s + entity.table + u" WHERE "_s + whereKey(entity));
    for (int i = 0; i < entity.keyColumns.size(); ++i)
        query.bindValue(i, key.value(entity.keyColumns.at(i)));
    const bool found = Database::exec(query) && query.next();
    query.finish();
    return found;
}

QList<QVariantMap> RowStore::select(const Entity &entity, const QVariantMap &equals,
                                    const QString &orderBy)
{
    QStringList conditions;
    for (auto it = equals.cbegin(); it != equals.cend(); ++it)
        conditions << it.key() + u" = ?"_s;
    QString sql = u"SELECT * FROM "_s + entity.table;
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    if (!orderBy.isEmpty())
        sql += u" ORDER BY "_s + orderBy;
    QSqlQuery query = Database::prepare(m_db, sql);
    for (auto it = equals.cbegin(); it != equals.cend(); ++it)
        query.addBindValue(it.value());
    QList<QVariantMap> rows;
    if (!Database::exec(query))
        return rows;
    while (query.next()) {
        QVariantMap row;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), record.value(i));
        rows << row;
    }
    return rows;
}

RowStore::Table &RowStore::table(const Entity &entity)
{
    auto it = m_tables.find(entity.table);
    if (it == m_tables.end()) {
        Table table;
        table.columns = columns(entity);
        for (int i = 0; i < table.columns.size(); ++i)
            table.index.insert(table.columns.at(i), i);
        it = m_tables.insert(entity.table, table);
    }
    return *it;
}

const RowStore::Plan &RowStore::plan(const Entity &entity, Table &table, const QByteArray &mask)
{
    auto it = table.plans.constFind(mask);
    if (it != table.plans.constEnd())
        return *it;
    Plan plan;
    QStringList names;
    for (int i = 0; i < mask.size(); ++i) {
        if (mask.at(i)) {
            plan.present << i;
            names << table.columns.at(i);
        }
    }
    plan.hasKey = true;
    for (const QString &keyColumn : entity.keyColumns)
        plan.hasKey = plan.hasKey && names.contains(keyColumn);
    QStringList updates;
    QStringList assignments;
    QList<int> keyPositions;
    for (int i = 0; i < names.size(); ++i) {
        if (entity.keyColumns.contains(names.at(i))) {
            keyPositions << i;
        } else {
            updates << names.at(i) + u" = excluded."_s + names.at(i);
            assignments << names.at(i) + u" = ?"_s;
            plan.updateOrder << i;
        }
    }
    plan.upsert = u"INSERT INTO "_s + entity.table + u" ("_s + names.join(u", "_s) + u") VALUES ("_s
        + QStringList(names.size(), u"?"_s).join(u", "_s) + u") ON CONFLICT ("_s
        + entity.keyColumns.join(u", "_s) + u") DO "_s
        + (updates.isEmpty() ? u"NOTHING"_s : u"UPDATE SET "_s + updates.join(u", "_s));
    // A partial row (an edit) updates in place: an upsert checks NOT NULL on the whole row it
    // would insert, so it fails on the columns an edit does not carry even when the row exists.
    if (names.size() < table.columns.size() && !updates.isEmpty()) {
        plan.update = u"UPDATE "_s + entity.table + u" SET "_s + assignments.join(u", "_s)
            + u" WHERE "_s + whereKey(entity);
        // Key values bind in the entity's key order.
        for (const QString &keyColumn : entity.keyColumns)
            plan.updateOrder << int(names.indexOf(keyColumn));
    }
    return *table.plans.insert(mask, plan);
}

static QVariant storable(const QVariant &value)
{
    // Replicated text columns are NOT NULL, but QtSql binds a null QString (an absent optional
    // argument, no signed-in associate, no phone) as NULL: store ''.
    const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
    return nullText ? QVariant(u""_s) : value;
}

bool RowStore::put(const Entity &entity, const QVariantMap &input)
{
    Table &info = table(entity);
    // Which of the table's columns the row carries, and their values in table order.
    QByteArray mask(info.columns.size(), '\0');
    QVariantList byColumn(info.columns.size());
    for (auto it = input.constBegin(); it != input.constEnd(); ++it) {
        const int column = info.index.value(it.key(), -1);
        if (column >= 0) {
            mask[column] = 1;
            byColumn[column] = storable(*it);
        }
    }
    return write(entity, info, mask, byColumn);
}

bool RowStore::putJson(const Entity &entity, const QJsonObject &input)
{
    Table &info = table(entity);
    QByteArray mask(info.columns.size(), '\0');
    QVariantList byColumn(info.columns.size());
    for (auto it = input.constBegin(); it != input.constEnd(); ++it) {
        const int column = info.index.value(it.key(), -1);
        if (column >= 0) {
            mask[column] = 1;
            byColumn[column] = storable(it.value().toVariant());
        }
    }
    return write(entity, info, mask, byColumn);
}

bool RowStore::write(const Entity &entity, Table &info, const QByteArray &mask,
                     const QVariantList &byColumn)
{
    const Plan &how = plan(entity, info, mask);
    if (!how.hasKey) {
        qCWarning(lcDb) << "put without its key columns on" << entity.table;
        return false;
    }
    QVariantMap key;
    for (const QString &column : entity.keyColumns)
        key.insert(column, byColumn.at(info.index.value(column)));
    if (!beforeWrite(entity, key))
        return false;
    if (!how.update.isEmpty()) {
        QSqlQuery &update = statement(how.update);
        for (int position = 0; position < how.updateOrder.size(); ++position)
            update.bindValue(position, byColumn.at(how.present.at(how.updateOrder.at(position))));
        if (!Database::exec(update))
            return false;
        if (update.numRowsAffected() > 0)
            return afterPut(entity, key);
    }
    QSqlQuery &query = statement(how.upsert);
    for (int position = 0; position < how.present.size(); ++position)
        query.bindValue(position, byColumn.at(how.present.at(position)));
    if (!Database::exec(query))
        return false;
    return afterPut(entity, key);
}

bool RowStore::remove(const Entity &entity, const QVariantMap &key)
{
    if (!beforeWrite(entity, key))
        return false;
    QSqlQuery &query
        = statement(u"DELETE FROM "_s + entity.table + u" WHERE "_s + whereKey(entity));
    for (int i = 0; i < entity.keyColumns.size(); ++i)
        query.bindValue(i, key.value(entity.keyColumns.at(i)));
    if (!Database::exec(query))
        return false;
    return afterRemove(entity, key);
}

bool RowStore::beforeWrite(const Entity &, const QVariantMap &)
{
    return true;
}

bool RowStore::afterPut(const Entity &, const QVariantMap &)
{
    return true;
}

bool RowStore::afterRemove(const Entity &, const QVariantMap &)
{
    return true;
}

bool RowStore::keepOverwritten(const Entity &, const QVariantMap &)
{
    return true;
}
