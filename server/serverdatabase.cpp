// SPDX-License-Identifier: MIT
#include "serverdatabase.h"
#include "discounts.h"
#include "changefeed.h"
#include "database.h"
#include "demogenerator.h"
#include "giftcardkey.h"
#include "serverschema.h"

#include <QDateTime>
#include <QStandardPaths>
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
    else {
        ServerSchema::reportEmailClashes(db);
        ServerSchema::reportOrderNumberChanges(db);
    }
    return db;
}

bool isEmpty(const QSqlDatabase &db)
{
    return !Database::scalar(db, u"SELECT COUNT(*) FROM customers"_s).toLongLong();
}

bool seedGiftCards(const QSqlDatabase &db, const GiftCardKey &key, QString *error)
{
    // Gift cards whose numbers docs/demo-data.md lists (only their keyed hash is stored, as for
    // real cards). Delivery options and coupons come with the chain (DemoGenerator).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const std::pair<const char *, qint64> cards[] = {{"6039000000000001", 10000},
                                                     {"6039000000000002", 5000},
                                                     {"6039000000000003", 2500}};
    for (const auto &[number, balance] : cards) {
        QSqlQuery insert = Database::prepare(db, u"INSERT INTO gift_cards (id, last4,"
                                                 " balance_minor, currency, status, updated_at)"
                                                 " VALUES (?, ?, ?, 'EUR', 'active', ?)"_s);
        const QString n = QString::fromLatin1(number);
        for (const QVariant &value :
             QVariantList{key.idFor(n), GiftCards::last4(n), balance, now})
            insert.addBindValue(value);
        if (!Database::exec(insert)) {
            *error = u"could not write demo gift cards"_s;
            return false;
        }
    }
    return true;
}

bool seedDemo(const QSqlDatabase &db, const DemoOptions &options, const GiftCardKey &key,
              QString *error)
{
    if (!isEmpty(db)) {
        *error = u"the service already holds customers; demo data goes into an empty database"_s;
        return false;
    }
    DemoGenerator generator(options);
    if (!generator.generate(db, error))
        return false;
    SqlTransaction transaction(db);
    if (!seedGiftCards(db, key, error) || !ChangeFeedStore::buildFromTables(db, error))
        return false;
    return transaction.commit();
}

QString defaultGiftCardKeyFile(const QString &database)
{
    if (isPostgres(database))
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + u"/gift-card.key"_s;
    return database + u"-gift-card.key"_s;
}

} // namespace ServerDatabase
