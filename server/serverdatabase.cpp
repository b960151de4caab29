// SPDX-License-Identifier: MIT
#include "serverdatabase.h"
#include "changefeed.h"
#include "database.h"
#include "demogenerator.h"
#include "serverschema.h"

using namespace Qt::Literals::StringLiterals;

namespace ServerDatabase {

bool isPostgres(const QString &database)
{
    return database.startsWith(u"postgresql://"_s) || database.startsWith(u"postgres://"_s);
}

QSqlDatabase open(const QString &database, const QString &connectionName, QString *error)
{
    QSqlDatabase db = isPostgres(database)
        ? Database::openPostgres(database, connectionName, error)
        : Database::openSqlite(database, connectionName, error);
    if (!db.isOpen())
        return db;
    if (!Database::migrate(db, ServerSchema::migrations(Database::dialectOf(db)), error))
        db.close();
    return db;
}

bool isEmpty(const QSqlDatabase &db)
{
    return !Database::scalar(db, u"SELECT COUNT(*) FROM customers"_s).toLongLong();
}

bool seedDemo(const QSqlDatabase &db, const DemoOptions &options, QString *error)
{
    if (!isEmpty(db)) {
        *error = u"the service already holds customers; demo data goes into an empty database"_s;
        return false;
    }
    DemoGenerator generator(options);
    if (!generator.generate(db, error))
        return false;
    SqlTransaction transaction(db);
    if (!ChangeFeedStore::buildFromTables(db, error))
        return false;
    return transaction.commit();
}

} // namespace ServerDatabase
