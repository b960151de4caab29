// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

/**
 * The replicated entities: what the central service sends down and the tablet stores.
 * Rows travel as JSON objects whose keys are the table's column names.
 */
struct Entity
{
    QString name; // wire name, e.g. "customer"
    QString table; // table on both sides, e.g. "customers"
    QStringList keyColumns; // primary key columns
};

namespace Entities {

const QList<Entity> &all();
const Entity *byName(const QString &name);
const Entity *byTable(const QString &table);

/** The row's key as one string (key columns joined by U+001F), for maps and change feeds. */
QString keyOf(const Entity &entity, const QVariantMap &row);
/** The same for a row as JSON (a pulled change). */
QString keyOf(const Entity &entity, const QJsonObject &row);
/** Only the key columns of a row. */
QVariantMap keyColumnsOf(const Entity &entity, const QVariantMap &row);

} // namespace Entities
