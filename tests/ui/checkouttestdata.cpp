// SPDX-License-Identifier: MIT
#include "checkouttestdata.h"

#include "clock.h"
#include "database.h"
#include "discounts.h"

#include <QSqlQuery>
#include <QVariantList>

using namespace Qt::Literals::StringLiterals;

namespace UiTestData {

bool addCheckoutData(const QSqlDatabase &db)
{
    const qint64 now = Clock::nowMs();
    const QString number = QString::fromLatin1(giftCardNumber);
    const QList<std::pair<QString, QVariantList>> rows = {
        {u"INSERT OR REPLACE INTO gift_cards (id, last4, balance_minor, currency, status,"
         " updated_at) VALUES (?, ?, ?, 'EUR', 'active', ?)"_s,
         {GiftCards::idFor(number), GiftCards::last4(number), giftCardBalanceMinor, now}},
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
    return true;
}

} // namespace UiTestData
