// SPDX-License-Identifier: MIT
#include "giftcardmessages.h"
#include "jsonreader.h"

using namespace Qt::Literals::StringLiterals;

namespace Protocol {

bool isGiftCardId(const QString &id)
{
    if (id.size() != 64)
        return false;
    for (QChar c : id) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QJsonObject GiftCardLookup::toJson() const
{
    return {{u"number"_s, number}};
}

GiftCardLookup GiftCardLookup::fromJson(const QJsonObject &json)
{
    return {json.value(u"number"_s).toString()};
}

bool GiftCardBalance::isActive() const
{
    return status == u"active"_s;
}

QJsonObject GiftCardBalance::toJson() const
{
    return {{u"id"_s, id},
            {u"last4"_s, last4},
            {u"balanceMinor"_s, balanceMinor},
            {u"currency"_s, currency},
            {u"status"_s, status}};
}

bool GiftCardBalance::fromJson(const QJsonObject &json, GiftCardBalance *out, QString *error)
{
    const QJsonValue balance = json.value(u"balanceMinor"_s);
    if (!isGiftCardId(json.value(u"id"_s).toString()) || !json.value(u"status"_s).isString()) {
        *error = u"gift card answer without id and status"_s;
        return false;
    }
    if (!isWholeNumber(balance)) {
        *error = u"gift card answer without a whole balanceMinor"_s;
        return false;
    }
    *out = {json.value(u"id"_s).toString(), json.value(u"last4"_s).toString(),
            balance.toInteger(), json.value(u"currency"_s).toString(),
            json.value(u"status"_s).toString()};
    return true;
}

QJsonObject NewGiftCard::toJson() const
{
    return {{u"number"_s, number}, {u"id"_s, id}, {u"last4"_s, last4}};
}

bool NewGiftCard::fromJson(const QJsonObject &json, NewGiftCard *out, QString *error)
{
    const QString number = json.value(u"number"_s).toString();
    bool digits = number.size() >= 12 && number.size() <= 19;
    for (QChar c : number)
        digits = digits && c >= u'0' && c <= u'9';
    if (!digits) {
        *error = u"new gift card without a number of 12 to 19 digits"_s;
        return false;
    }
    const QString id = json.value(u"id"_s).toString();
    if (id.size() != 64) {
        *error = u"new gift card without an id"_s;
        return false;
    }
    *out = {number, id, json.value(u"last4"_s).toString()};
    return true;
}

} // namespace Protocol
