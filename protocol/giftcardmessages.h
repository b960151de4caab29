// SPDX-License-Identifier: MIT
#pragma once

#include "protocolerror.h"

#include <QJsonObject>
#include <QString>

/** Gift cards on the service (POST /v1/giftcards/lookup and /v1/giftcards/new, docs/api.md). */
namespace Protocol {

/** {"number": the digits the associate typed}: in the body, never in a URL. */
struct GiftCardLookup
{
    QString number;

    QJsonObject toJson() const;
    static GiftCardLookup fromJson(const QJsonObject &json);
};

/** A card's balance as the service holds it. The amount is in minor units of currency. */
struct GiftCardBalance
{
    QString id; // the card's keyed id, 64 lower-case hex digits
    QString last4;
    qint64 balanceMinor = 0;
    QString currency;
    QString status; // active, ...

    bool isActive() const;
    QJsonObject toJson() const;
    /** False with error set when the body is not a gift card balance. */
    static bool fromJson(const QJsonObject &json, GiftCardBalance *out, QString *error);
};

/** A number for a new gift card and its id, not yet used by any card. */
struct NewGiftCard
{
    QString number;
    QString id;
    QString last4;

    QJsonObject toJson() const;
    /** False with error set when the body is not a new card (number of 12 to 19 digits, id of
        64 characters). */
    static bool fromJson(const QJsonObject &json, NewGiftCard *out, QString *error);
};

/** A card id: 64 lower-case hex digits. */
bool isGiftCardId(const QString &id);

} // namespace Protocol
