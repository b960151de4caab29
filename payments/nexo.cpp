// SPDX-License-Identifier: MIT
#include "nexo.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Nexo {

namespace {
double scale(const QString &currency)
{
    return std::pow(10.0, Money::decimalsFor(currency));
}

QJsonObject envelope(const Header &header, const QString &body, const QJsonObject &content)
{
    return {{u"SaleToPOIRequest"_s,
             QJsonObject{{u"MessageHeader"_s, headerJson(header)}, {body, content}}}};
}

QJsonObject messageReference(const QString &category, const Header &header,
                             const QString &serviceId)
{
    return {{u"MessageCategory"_s, category},
            {u"SaleID"_s, header.saleId},
            {u"POIID"_s, header.poiId},
            {u"ServiceID"_s, serviceId}};
}

/** "541333******0010", "**** 0010", "0010": the last four digits, nothing else. */
QString lastFour(const QString &masked)
{
    QString digits;
    for (QChar c : masked) {
        if (c.isDigit())
            digits += c;
    }
    return digits.right(4);
}

/** AdditionalResponse is "key=value&key=value"; we keep the refusal reason only (never card
    holder names, expiry dates or anything else a terminal may add). */
QString refusalReasonOf(const QString &additional)
{
    for (const QString &pair : additional.split(u'&')) {
        if (pair.startsWith(u"refusalReason="_s))
            return pair.mid(14).left(100);
    }
    return {};
}
} // namespace

double toWire(qint64 minor, const QString &currency)
{
    return double(minor) / scale(currency);
}

qint64 fromWire(double amount, const QString &currency)
{
    return std::llround(amount * scale(currency));
}

QString newServiceId()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString id;
    for (int i = 0; i < 10; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(36)]);
    return id;
}

QJsonObject headerJson(const Header &header)
{
    return {{u"ProtocolVersion"_s, u"3.0"_s},
            {u"MessageClass"_s, u"Service"_s},
            {u"MessageCategory"_s, header.category},
            {u"MessageType"_s, header.type},
            {u"ServiceID"_s, header.serviceId},
            {u"SaleID"_s, header.saleId},
            {u"POIID"_s, header.poiId}};
}

Header parseHeader(const QJsonObject &h)
{
    return {h.value(u"MessageCategory"_s).toString(), h.value(u"MessageType"_s).toString(),
            h.value(u"ServiceID"_s).toString(), h.value(u"SaleID"_s).toString(),
            h.value(u"POIID"_s).toString()};
}

QJsonObject paymentRequest(const Header &header, const QString &transactionId,
                           const QString &timestamp, const QString &saleReference,
                           const Money &amount, bool allowPartial, bool refund)
{
    QJsonObject saleData{{u"SaleTransactionID"_s,
                          QJsonObject{{u"TransactionID"_s, transactionId},
                                      {u"TimeStamp"_s, timestamp}}},
                         {u"SaleReferenceID"_s, saleReference}};
    if (allowPartial)
        saleData.insert(u"SaleToAcquirerData"_s, u"tenderOption=AllowPartialAuthorisation"_s);
    QJsonObject content{{u"SaleData"_s, saleData},
                        {u"PaymentTransaction"_s,
                         QJsonObject{{u"AmountsReq"_s,
                                      QJsonObject{{u"Currency"_s, amount.currency()},
                                                  {u"RequestedAmount"_s,
                                                   toWire(amount.minor(), amount.currency())}}}}}};
    if (refund)
        content.insert(u"PaymentData"_s, QJsonObject{{u"PaymentType"_s, u"Refund"_s}});
    return envelope(header, u"PaymentRequest"_s, content);
}

QJsonObject reversalRequest(const Header &header, const QString &originalPoiTransactionId,
                            const QString &originalTimestamp, const Money &amount)
{
    return envelope(header, u"ReversalRequest"_s,
                    {{u"OriginalPOITransaction"_s,
                      QJsonObject{{u"POITransactionID"_s,
                                   QJsonObject{{u"TransactionID"_s, originalPoiTransactionId},
                                               {u"TimeStamp"_s, originalTimestamp}}}}},
                     {u"ReversalReason"_s, u"MerchantCancel"_s},
                     {u"ReversedAmount"_s, toWire(amount.minor(), amount.currency())}});
}

QJsonObject transactionStatusRequest(const Header &header, const QString &category,
                                     const QString &serviceId)
{
    return envelope(header, u"TransactionStatusRequest"_s,
                    {{u"MessageReference"_s, messageReference(category, header, serviceId)}});
}

QJsonObject abortRequest(const Header &header, const QString &category, const QString &serviceId)
{
    return envelope(header, u"AbortRequest"_s,
                    {{u"MessageReference"_s, messageReference(category, header, serviceId)},
                     {u"AbortReason"_s, u"MerchantAbort"_s}});
}

static Outcome parseBody(const QJsonObject &body, const QString &currencyHint)
{
    Outcome outcome;
    const QJsonObject response = body.value(u"Response"_s).toObject();
    const QString result = response.value(u"Result"_s).toString();
    if (result == u"Success"_s)
        outcome.result = Outcome::Result::Success;
    else if (result == u"Partial"_s)
        outcome.result = Outcome::Result::Partial;
    else if (result == u"Failure"_s)
        outcome.result = Outcome::Result::Failure;
    else
        return outcome;
    outcome.errorCondition = response.value(u"ErrorCondition"_s).toString().left(40);
    outcome.refusalReason = refusalReasonOf(response.value(u"AdditionalResponse"_s).toString());
    const QJsonObject poiId = body.value(u"POIData"_s)[u"POITransactionID"_s].toObject();
    outcome.poiTransactionId = poiId.value(u"TransactionID"_s).toString().left(64);
    outcome.poiTimestamp = poiId.value(u"TimeStamp"_s).toString().left(40);
    const QJsonObject paymentResult = body.value(u"PaymentResult"_s).toObject();
    const QJsonObject amounts = paymentResult.value(u"AmountsResp"_s).toObject();
    outcome.currency = amounts.value(u"Currency"_s).toString(currencyHint).left(3);
    if (amounts.contains(u"AuthorizedAmount"_s))
        outcome.authorizedMinor = fromWire(amounts.value(u"AuthorizedAmount"_s).toDouble(),
                                           outcome.currency);
    if (body.contains(u"ReversedAmount"_s))
        outcome.authorizedMinor = fromWire(body.value(u"ReversedAmount"_s).toDouble(),
                                           outcome.currency);
    const QJsonObject card = paymentResult.value(u"PaymentInstrumentData"_s)[u"CardData"_s].toObject();
    outcome.brand = card.value(u"PaymentBrand"_s).toString().left(20);
    const QString masked = card.contains(u"MaskedPan"_s) ? card.value(u"MaskedPan"_s).toString()
                                                         : card.value(u"MaskedPAN"_s).toString();
    outcome.last4 = lastFour(masked);
    return outcome;
}

Outcome parseResponse(const QJsonObject &document)
{
    const QJsonObject root = document.value(u"SaleToPOIResponse"_s).toObject();
    const Header header = parseHeader(root.value(u"MessageHeader"_s).toObject());
    Outcome outcome;
    for (const QString &kind : {u"PaymentResponse"_s, u"ReversalResponse"_s}) {
        if (root.contains(kind))
            outcome = parseBody(root.value(kind).toObject(), u"EUR"_s);
    }
    if (root.contains(u"TransactionStatusResponse"_s)) {
        const QJsonObject status = root.value(u"TransactionStatusResponse"_s).toObject();
        outcome = parseBody(status, u"EUR"_s); // Failure + InProgress / NotFound / Busy
        const QJsonObject repeatedBody = status.value(u"RepeatedMessageResponse"_s)
                                             [u"RepeatedResponseMessageBody"_s]
                                                 .toObject();
        const bool found = outcome.result == Outcome::Result::Success;
        for (const QString &kind : {u"PaymentResponse"_s, u"ReversalResponse"_s}) {
            if (found && repeatedBody.contains(kind)) {
                outcome = parseBody(repeatedBody.value(kind).toObject(), u"EUR"_s);
                outcome.repeated = true;
            }
        }
        // "Found" without the repeated answer tells us nothing: treat it as unreadable.
        if (found && !outcome.repeated)
            outcome.result = Outcome::Result::Malformed;
    }
    outcome.header = header;
    return outcome;
}

} // namespace Nexo
