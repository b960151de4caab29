// SPDX-License-Identifier: MIT
#pragma once

#include "money.h"

#include <QJsonObject>
#include <QString>

/**
 * The subset of the nexo Sale-to-POI protocol (JSON, as Adyen's Terminal API speaks it) that
 * the app and the terminal simulator use: payment, refund, reversal, transaction status and
 * abort. docs/payments.md maps each field. Amounts are decimal major units on the wire and
 * integer minor units everywhere else: toWire/fromWire are the one place that converts.
 */
namespace Nexo {

struct Header
{
    QString category; // Payment, Reversal, TransactionStatus, Abort
    QString type;     // Request, Response
    QString serviceId;
    QString saleId;
    QString poiId;
};

/** A decimal amount for JSON from minor units (10.99 from 1099, EUR). */
double toWire(qint64 minor, const QString &currency);
/** Minor units from a JSON amount, rounded to the nearest minor unit. */
qint64 fromWire(double amount, const QString &currency);

/** 10 random letters and digits: a new ServiceID (unique per terminal for 48 h). */
QString newServiceId();

QJsonObject paymentRequest(const Header &header, const QString &transactionId,
                           const QString &timestamp, const QString &saleReference,
                           const Money &amount, bool allowPartial, bool refund);
QJsonObject reversalRequest(const Header &header, const QString &originalPoiTransactionId,
                            const QString &originalTimestamp, const Money &amount);
QJsonObject transactionStatusRequest(const Header &header, const QString &category,
                                     const QString &serviceId);
QJsonObject abortRequest(const Header &header, const QString &category,
                         const QString &serviceId);

/** What a terminal answered about a payment, refund or reversal, and the ids the answer names
    (so the caller can check it is about what was asked: docs/payments.md). */
struct Outcome
{
    enum class Result { Success, Partial, Failure, Malformed };
    Result result = Result::Malformed;
    QString problem;          // Malformed: why the answer cannot be used (no card data in it)
    QString errorCondition;   // Refusal, Aborted, Busy, InProgress, NotFound, ...
    QString refusalReason;    // from AdditionalResponse, allow-listed
    bool hasAmount = false;   // AuthorizedAmount (ReversedAmount) was given
    qint64 authorizedMinor = 0;
    QString currency;         // AmountsResp.Currency; empty when not given
    QString brand;
    QString last4;            // the only digits of a card number we keep
    QString poiTransactionId;
    QString poiTimestamp;
    QString saleTransactionId; // SaleData.SaleTransactionID.TransactionID, when given
    bool repeated = false;    // came inside a TransactionStatusResponse
    Header header;            // of the answer itself
    Header reference;         // TransactionStatusResponse.MessageReference, when given
    Header repeatedHeader;    // RepeatedMessageResponse.MessageHeader
};

/** Reads a SaleToPOIResponse; unknown fields ignored, MaskedPan/MaskedPAN both accepted. Only
    allow-listed fields are read: nothing else of the card reaches our code. */
Outcome parseResponse(const QJsonObject &document);
/** The same from an HTTP body; an answer that is not JSON is Malformed with its problem. */
Outcome parseResponse(const QByteArray &body);
/** The last four digits of a masked card number ("541333******0010", "411111 **** 1111",
    "0010"); empty when it does not end in four digits (a BIN alone is not a last four). */
QString lastFour(const QString &maskedPan);

/** Header of a request, for the simulator. */
Header parseHeader(const QJsonObject &messageHeader);
QJsonObject headerJson(const Header &header);

} // namespace Nexo
