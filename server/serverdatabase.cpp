// SPDX-License-Identifier: MIT
#include "serverdatabase.h"
#include "discounts.h"
#include "changefeed.h"
#include "database.h"
#include "demogenerator.h"
#include "serverschema.h"

#include <QDateTime>
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
    else
        ServerSchema::reportEmailClashes(db);
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

bool seedCheckoutDemo(const QSqlDatabase &db, QString *error)
{
    // Coupons the demo can type, and gift cards whose numbers docs/demo-data.md lists (only
    // their SHA-256 is stored, as for real cards).
    struct Coupon
    {
        const char *code, *kind;
        qint64 value, minSpend;
        const char *description;
    };
    const Coupon coupons[] = {{"WELCOME10", "percent", 1000, 5000, "10% off from 50 EUR"},
                              {"SPRING5", "amount", 500, 3000, "5 EUR off from 30 EUR"},
                              {"OLDCODE", "percent", 2000, 0, "expired campaign"}};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Coupon &c : coupons) {
        QSqlQuery insert = Database::prepare(
            db, u"INSERT INTO coupons (code, kind, value, min_spend_minor, currency, valid_from,"
                " valid_to, active, description, updated_at) VALUES (?, ?, ?, ?, 'EUR', 0, ?, 1,"
                " ?, ?)"_s);
        const bool expired = qstrcmp(c.code, "OLDCODE") == 0;
        for (const QVariant &value :
             QVariantList{QString::fromLatin1(c.code), QString::fromLatin1(c.kind), c.value,
                          c.minSpend, expired ? now - 86400000LL : 0,
                          QString::fromLatin1(c.description), now})
            insert.addBindValue(value);
        if (!Database::exec(insert)) {
            *error = u"could not write demo coupons"_s;
            return false;
        }
    }
    const std::pair<const char *, qint64> cards[] = {{"6039000000000001", 10000},
                                                     {"6039000000000002", 5000},
                                                     {"6039000000000003", 2500}};
    for (const auto &[number, balance] : cards) {
        QSqlQuery insert = Database::prepare(db, u"INSERT INTO gift_cards (id, last4,"
                                                 " balance_minor, currency, status, updated_at)"
                                                 " VALUES (?, ?, ?, 'EUR', 'active', ?)"_s);
        const QString n = QString::fromLatin1(number);
        for (const QVariant &value :
             QVariantList{GiftCards::idFor(n), GiftCards::last4(n), balance, now})
            insert.addBindValue(value);
        if (!Database::exec(insert)) {
            *error = u"could not write demo gift cards"_s;
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
    if (!seedDeliveryOptions(db, error) || !seedCheckoutDemo(db, error)
        || !ChangeFeedStore::buildFromTables(db, error))
        return false;
    return transaction.commit();
}

} // namespace ServerDatabase
