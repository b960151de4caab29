// SPDX-License-Identifier: MIT
#include "checkouttestdata.h"

#include "clock.h"
#include "database.h"
#include "discounts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariantList>

using namespace Qt::Literals::StringLiterals;

namespace UiTestData {

namespace {
bool insert(const QSqlDatabase &db, const QString &table, const QVariantMap &row)
{
    QSqlQuery query = Database::prepare(
        db,
        u"INSERT OR REPLACE INTO %1 (%2) VALUES (%3)"_s.arg(
            table, row.keys().join(u", "_s), QStringList(row.size(), u"?"_s).join(u", "_s)));
    for (const QString &name : row.keys())
        query.addBindValue(row.value(name));
    return Database::exec(query);
}

/** An open sale of one item for a customer, as the checkout leaves it in the sales table. */
bool openSale(const QSqlDatabase &db, const QString &customerId, const QString &name,
              const QString &sku, qint64 price, qint64 now)
{
    const QJsonArray lines {QJsonObject {{u"id"_s, QString(u"line-"_s + name)},
                                         {u"sku"_s, sku},
                                         {u"fulfilment"_s, u"carry_out"_s},
                                         {u"quantity"_s, 1},
                                         {u"unitPriceMinor"_s, price},
                                         {u"currency"_s, u"EUR"_s}}};
    return insert(
        db, u"sales"_s,
        {{u"id"_s, QString(u"sale-"_s + name)},
         {u"order_id"_s, QString(u"order-"_s + name)},
         {u"number"_s, QString(u"MAD-261125-"_s + name.toUpper().left(5))},
         {u"customer_id"_s, customerId},
         {u"state"_s, u"open"_s},
         {u"currency"_s, u"EUR"_s},
         {u"total_minor"_s, price},
         {u"lines"_s, QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact))},
         {u"associate_id"_s, u"S1"_s},
         {u"created_at"_s, now},
         {u"updated_at"_s, now}});
}

bool cardPayment(const QSqlDatabase &db, const QString &name, const QString &state, qint64 asked,
                 qint64 authorized, const QString &authorizedCurrency, qint64 now)
{
    return insert(db, u"card_payments"_s,
                  {{u"id"_s, QString(u"card-"_s + name)},
                   {u"sale_id"_s, QString(u"sale-"_s + name)},
                   {u"kind"_s, u"payment"_s},
                   {u"amount_minor"_s, asked},
                   {u"currency"_s, u"EUR"_s},
                   {u"allow_partial"_s, 1},
                   {u"sale_transaction_id"_s, QString(name + u"-pay"_s)},
                   {u"service_id"_s, QString(u"UI"_s + name.toUpper().left(8))},
                   {u"poi_id"_s, u"SIM-0001"_s},
                   {u"state"_s, state},
                   {u"authorized_minor"_s, authorized},
                   {u"authorized_currency"_s, authorizedCurrency},
                   {u"card_brand"_s, u"mc"_s},
                   {u"card_last4"_s, u"0010"_s},
                   {u"poi_transaction_id"_s, QString(u"SIM1009"_s + QString::number(name.size()))},
                   {u"poi_time"_s, u"2026-11-25T10:15:00.000Z"_s},
                   {u"created_at"_s, now - 60000},
                   {u"updated_at"_s, now - 60000}});
}

/** The card states the checkout screen must put in words, one customer each (UI store only):
    an answer that does not match (cus-030), an approval found at start-up with no tender
    (cus-031), a card that covered part (cus-032), a paid sale that could not be saved
    (cus-033). */
bool addCardScenes(const QSqlDatabase &db, qint64 now)
{
    if (Database::scalar(db,
                         u"SELECT COUNT(*) FROM customers WHERE id IN ('cus-030',"
                         " 'cus-031', 'cus-032', 'cus-033')"_s)
            .toInt()
        < 4)
        return true; // another store (the demo chain): nothing to show
    const QString sku
        = Database::scalar(db, u"SELECT sku FROM products ORDER BY sku LIMIT 1"_s).toString();
    const qint64 price = 4990;
    auto tender
        = [&](const QString &name, const QString &state, qint64 amount, const QVariantMap &extra) {
              QVariantMap row {{u"id"_s, QString(u"tender-"_s + name)},
                               {u"sale_id"_s, QString(u"sale-"_s + name)},
                               {u"kind"_s, extra.value(u"kind"_s, u"card"_s)},
                               {u"amount_minor"_s, amount},
                               {u"state"_s, state},
                               {u"created_at"_s, now - 30000}};
              row.insert(extra);
              return insert(db, u"sale_tenders"_s, row);
          };
    const QVariantMap card {{u"card_brand"_s, u"mc"_s},
                            {u"card_last4"_s, u"0010"_s},
                            {u"terminal_reference"_s, u"SIM100907"_s},
                            {u"terminal_time"_s, u"2026-11-25T10:15:00.000Z"_s}};
    QVariantMap found = card;
    found.insert(u"card_payment_id"_s, u"card-found"_s);
    found.insert(u"found_at"_s, now - 20000);
    QVariantMap partial = card;
    partial.insert(u"card_payment_id"_s, u"card-partial"_s);
    return !sku.isEmpty()
        // USD 49.90 approved for a EUR 49.90 payment.
        && openSale(db, u"cus-030"_s, u"mismatch"_s, sku, price, now)
        && cardPayment(db, u"mismatch"_s, u"mismatch"_s, price, price, u"USD"_s, now)
        && tender(u"mismatch"_s, u"pending"_s, price, {{u"card_payment_id"_s, u"card-mismatch"_s}})
        // €20.00 approved with no tender, attached when the app started.
        && openSale(db, u"cus-031"_s, u"found"_s, sku, price, now)
        && cardPayment(db, u"found"_s, u"approved"_s, 2000, 2000, u"EUR"_s, now)
        && tender(u"found"_s, u"approved"_s, 2000, found)
        // Asked €49.90, the card covered €24.95.
        && openSale(db, u"cus-032"_s, u"partial"_s, sku, price, now)
        && cardPayment(db, u"partial"_s, u"partial"_s, price, 2495, u"EUR"_s, now)
        && tender(u"partial"_s, u"approved"_s, 2495, partial)
        // Paid in cash, the sale not saved (the disk was full).
        && openSale(db, u"cus-033"_s, u"unsaved"_s, sku, price, now)
        && tender(u"unsaved"_s, u"approved"_s, price,
                  {{u"kind"_s, u"cash"_s}, {u"cash_given_minor"_s, price}});
}
} // namespace

bool addCheckoutData(const QSqlDatabase &db)
{
    const qint64 now = Clock::nowMs();
    const QString number = QString::fromLatin1(giftCardNumber);
    const QList<std::pair<QString, QVariantList>> rows = {
        {u"INSERT OR REPLACE INTO gift_cards (id, last4, balance_minor, currency, status,"
         " updated_at) VALUES (?, ?, ?, 'EUR', 'active', ?)"_s,
         {QString(64, u'c'), GiftCards::last4(number), giftCardBalanceMinor, now}},
        {u"INSERT OR REPLACE INTO coupons (code, kind, value, min_spend_minor, currency,"
         " valid_from, valid_to, active, description, updated_at) VALUES (?, 'percent', 1000,"
         " 5000, 'EUR', 0, 0, 1, '10% off from 50 EUR', ?)"_s,
         {QString::fromLatin1(couponCode), now}},
        {u"INSERT OR REPLACE INTO coupons (code, kind, value, min_spend_minor, currency,"
         " valid_from, valid_to, active, description, updated_at) VALUES (?, 'percent', 2000,"
         " 0, 'EUR', 0, ?, 1, 'expired campaign', ?)"_s,
         {QString::fromLatin1(expiredCouponCode), now - 86400000LL, now}},
    };
    for (const auto &[sql, values] : rows) {
        QSqlQuery insert = Database::prepare(db, sql);
        for (const QVariant &value : values)
            insert.addBindValue(value);
        if (!Database::exec(insert))
            return false;
    }
    return addCardScenes(db, now);
}

} // namespace UiTestData
