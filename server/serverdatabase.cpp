// SPDX-License-Identifier: MIT
#include "serverdatabase.h"
#include "changefeed.h"
#include "database.h"
#include "demogenerator.h"
#include "serverschema.h"

#include <QSqlQuery>

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

bool seedDeliveryOptions(const QSqlDatabase &db, QString *error)
{
    struct Option
    {
        const char *id, *country, *name;
        qint64 price;
        int minDays, maxDays, order;
    };
    // The chain's home-delivery price list (names are shown translated by the app).
    const Option options[] = {
        {"ES-STD", "ES", "standard", 495, 2, 4, 1}, {"ES-EXP", "ES", "express", 995, 1, 2, 2},
        {"PT-STD", "PT", "standard", 695, 3, 5, 1}, {"FR-STD", "FR", "standard", 895, 3, 6, 1},
        {"IE-STD", "IE", "standard", 595, 3, 5, 1}, {"IE-EXP", "IE", "express", 1295, 1, 2, 2},
        {"GB-STD", "GB", "standard", 1295, 4, 7, 1},
    };
    for (const Option &option : options) {
        QSqlQuery insert = Database::prepare(
            db, u"INSERT INTO delivery_options (id, country, name, price_minor, currency, min_days,"
                " max_days, sort_order) VALUES (?, ?, ?, ?, 'EUR', ?, ?, ?)"_s);
        insert.addBindValue(QString::fromLatin1(option.id));
        insert.addBindValue(QString::fromLatin1(option.country));
        insert.addBindValue(QString::fromLatin1(option.name));
        insert.addBindValue(option.price);
        insert.addBindValue(option.minDays);
        insert.addBindValue(option.maxDays);
        insert.addBindValue(option.order);
        if (!Database::exec(insert)) {
            *error = u"could not write delivery options"_s;
            return false;
        }
    }
    return true;
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
    if (!seedDeliveryOptions(db, error) || !ChangeFeedStore::buildFromTables(db, error))
        return false;
    return transaction.commit();
}

} // namespace ServerDatabase
