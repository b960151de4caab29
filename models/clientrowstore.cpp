// SPDX-License-Identifier: MIT
#include "clientrowstore.h"
#include "database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

ClientRowStore::ClientRowStore(const QSqlDatabase &db, Mode mode)
    : RowStore(db)
    , m_mode(mode)
{}

bool ClientRowStore::beforeWrite(const Entity &entity, const QVariantMap &key)
{
    m_touched.insert(entity.table);
    if (m_mode != Mode::Optimistic)
        return true;
    const QString keyText = Entities::keyOf(entity, key);
    QSqlQuery exists = Database::prepare(database(),
                                         u"SELECT 1 FROM sync_shadow WHERE entity = ? AND key = ?"_s);
    exists.addBindValue(entity.name);
    exists.addBindValue(keyText);
    if (!Database::exec(exists))
        return false;
    if (exists.next())
        return true; // the server's version was kept by an earlier pending mutation
    exists.finish();
    const auto current = get(entity, key);
    QSqlQuery insert = Database::prepare(database(),
                                         u"INSERT INTO sync_shadow (entity, key, row) VALUES (?, ?, ?)"_s);
    insert.addBindValue(entity.name);
    insert.addBindValue(keyText);
    insert.addBindValue(current ? QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(*current))
                                                        .toJson(QJsonDocument::Compact))
                                : QVariant(QMetaType(QMetaType::QString)));
    return Database::exec(insert);
}
