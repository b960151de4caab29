// SPDX-License-Identifier: MIT
#include "nexo.h"

#include <QJsonDocument>
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

QString lastFour(const QString &maskedPan)
{
    // Only the digits after the last mask character or space count: "541333******" ends in
    // its BIN, not in a last four.
    const QString masked = maskedPan.trimmed();
    qsizetype start = masked.size();
    while (start > 0 && masked.at(start - 1).isDigit())
        --start;
    const qsizetype digits = masked.size() - start;
    return digits >= 4 ? masked.right(4) : QString();
}

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

static Outcome parseBody(const QJsonObject &body)
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
    else {
        outcome.problem = result.isEmpty()
            ? u"the answer has no Response.Result"_s
            : u"Response.Result is \"%1\", not Success, Partial or Failure"_s.arg(result.left(20));
        return outcome;
    }
    outcome.errorCondition = response.value(u"ErrorCondition"_s).toString().left(40);
    outcome.refusalReason = refusalReasonOf(response.value(u"AdditionalResponse"_s).toString());
    const QJsonObject poiId = body.value(u"POIData"_s)[u"POITransactionID"_s].toObject();
    outcome.poiTransactionId = poiId.value(u"TransactionID"_s).toString().left(64);
    outcome.poiTimestamp = poiId.value(u"TimeStamp"_s).toString().left(40);
    outcome.saleTransactionId = body.value(u"SaleData"_s)[u"SaleTransactionID"_s]
                                    [u"TransactionID"_s]
                                        .toString()
                                        .left(64);
    const QJsonObject paymentResult = body.value(u"PaymentResult"_s).toObject();
    const QJsonObject amounts = paymentResult.value(u"AmountsResp"_s).toObject();
    // No currency given is not "EUR": the caller compares it with the request's.
    outcome.currency = amounts.value(u"Currency"_s).toString().left(3);
    const QString currencyForDecimals = outcome.currency.isEmpty() ? u"EUR"_s : outcome.currency;
    for (const QJsonValue &amount :
         {amounts.value(u"AuthorizedAmount"_s), body.value(u"ReversedAmount"_s)}) {
        if (amount.isDouble()) {
            outcome.hasAmount = true;
            outcome.authorizedMinor = fromWire(amount.toDouble(), currencyForDecimals);
        }
    }
    const QJsonObject card = paymentResult.value(u"PaymentInstrumentData"_s)[u"CardData"_s].toObject();
    outcome.brand = card.value(u"PaymentBrand"_s).toString().left(20);
    const QString masked = card.contains(u"MaskedPan"_s) ? card.value(u"MaskedPan"_s).toString()
                                                         : card.value(u"MaskedPAN"_s).toString();
    outcome.last4 = lastFour(masked);
    return outcome;
}

Outcome parseResponse(const QJsonObject &document)
{
    if (!document.contains(u"SaleToPOIResponse"_s)) {
        Outcome outcome;
        outcome.problem = u"the answer has no SaleToPOIResponse"_s;
        return outcome;
    }
    const QJsonObject root = document.value(u"SaleToPOIResponse"_s).toObject();
    const Header header = parseHeader(root.value(u"MessageHeader"_s).toObject());
    Outcome outcome;
    outcome.problem = u"the answer has no PaymentResponse, ReversalResponse or"
                      " TransactionStatusResponse"_s;
    for (const QString &kind : {u"PaymentResponse"_s, u"ReversalResponse"_s}) {
        if (root.contains(kind))
            outcome = parseBody(root.value(kind).toObject());
    }
    if (root.contains(u"TransactionStatusResponse"_s)) {
        const QJsonObject status = root.value(u"TransactionStatusResponse"_s).toObject();
        outcome = parseBody(status); // Failure + InProgress / NotFound / Busy
        const QJsonObject reference = status.value(u"MessageReference"_s).toObject();
        const QJsonObject repeated = status.value(u"RepeatedMessageResponse"_s).toObject();
        const QJsonObject repeatedBody = repeated.value(u"RepeatedResponseMessageBody"_s)
                                             .toObject();
        const bool found = outcome.result == Outcome::Result::Success;
        for (const QString &kind : {u"PaymentResponse"_s, u"ReversalResponse"_s}) {
            if (found && repeatedBody.contains(kind)) {
                outcome = parseBody(repeatedBody.value(kind).toObject());
                outcome.repeated = outcome.result != Outcome::Result::Malformed;
            }
        }
        // "Found" without the repeated answer tells us nothing: treat it as unreadable.
        if (found && !outcome.repeated) {
            outcome.result = Outcome::Result::Malformed;
            outcome.problem = u"the status answer says Success without the answer it repeats"_s;
        }
        outcome.reference = parseHeader(reference);
        outcome.repeatedHeader = parseHeader(repeated.value(u"MessageHeader"_s).toObject());
    }
    outcome.header = header;
    return outcome;
}

Outcome parseResponse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (!document.isObject()) {
        Outcome outcome;
        outcome.problem = body.trimmed().isEmpty() ? u"the answer is empty"_s
            : error.error != QJsonParseError::NoError
            ? u"the answer is not JSON (%1 at byte %2)"_s.arg(error.errorString()).arg(error.offset)
            : u"the answer is JSON but not an object"_s;
        return outcome;
    }
    return parseResponse(document.object());
}

} // namespace Nexo
