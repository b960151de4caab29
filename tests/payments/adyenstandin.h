// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class QTcpServer;
class QTcpSocket;

/**
 * Test-only stand-in for an Adyen payment terminal on the store network: a QTcpServer answering
 * HTTP POST /nexo, one exchange per connection, with Terminal API JSON shaped as Adyen's
 * published examples (a full MessageHeader echoed with MessageType Response; PaymentResponse
 * with POIData.POITransactionID and POIReconciliationID, SaleData.SaleTransactionID, a long
 * url-encoded Response.AdditionalResponse, PaymentResult with OnlineFlag, PaymentAcquirerData,
 * PaymentInstrumentData.CardData {EntryMode, MaskedPan, PaymentBrand, SensitiveCardData} and
 * AmountsResp; TransactionStatusResponse with MessageReference and RepeatedMessageResponse
 * {MessageHeader, RepeatedResponseMessageBody}). It is not the project's simulator: it knows
 * none of its conventions, so tests against it check that the app reads a real terminal's
 * answers, not only our own.
 *
 * Unscripted, it approves every payment in full, answers a status question with the answer it
 * gave for the payment referred to (NotFound if none), approves reversals and ignores aborts.
 * A test scripts the next answers per request kind (script()), e.g. an approval that names
 * another ServiceID, a dropped connection, Busy, or an unreadable body.
 */
class AdyenStandIn : public QObject
{
    Q_OBJECT

public:
    /** One request received. kind: PaymentRequest, TransactionStatusRequest, ... */
    struct Request
    {
        QString kind;
        QJsonObject header; // SaleToPOIRequest.MessageHeader
        QJsonObject body; // SaleToPOIRequest.<kind>
        qint64 atMs = 0; // when it arrived (ms since the epoch)
    };
    /** What to do with one request. */
    struct Answer
    {
        enum class Kind { Json, Drop, Raw };
        Kind kind = Kind::Json;
        QJsonObject json;
        QByteArray raw;
        qsizetype padTo = 0; // the JSON is followed by spaces up to this many bytes
        static Answer with(const QJsonObject &json) { return {Kind::Json, json, {}}; }
        /** The connection is cut without a byte of answer. */
        static Answer drop() { return {Kind::Drop, {}, {}}; }
        /** HTTP 200 with this body (not JSON, say). */
        static Answer rawBody(const QByteArray &body) { return {Kind::Raw, {}, body}; }
        /** A valid answer made this large with trailing white space (still valid JSON). */
        static Answer oversized(const QJsonObject &json, qsizetype bytes)
        {
            return {Kind::Json, json, {}, bytes};
        }
    };
    /** How answer bodies are framed on the wire. */
    enum class Framing {
        ContentLength, // Content-Length, as Adyen's terminals answer today
        // Transfer-Encoding: chunked, in small chunks of varying size, some with chunk
        // extensions, upper- and lower-case hex, and a trailer field after the last chunk
        Chunked,
    };
    using Script = std::function<Answer(const Request &)>;

    explicit AdyenStandIn(QString poiId, QObject *parent = nullptr);
    ~AdyenStandIn() override;

    /** Listens on 127.0.0.1 (port 0 picks one); returns the port. */
    quint16 listen();
    QString poiId() const { return m_poiId; }
    QString url() const;

    /** The next request of this kind is answered by step (first in, first out). */
    void script(const QString &kind, Script step);
    /** Forgets the requests received, the scripts left and the transactions answered. */
    void reset();
    QList<Request> requests() const { return m_requests; }
    int count(const QString &kind) const;

    /** The answer a later status question about this request repeats (as if processed). */
    void remember(const Request &request, const QJsonObject &response);

    // Answers shaped as Adyen's examples.
    /** A PaymentResponse approving amountMinor in currency (Result Success, or Partial). */
    QJsonObject approval(const Request &payment, qint64 amountMinor, const QString &currency,
                         const QString &result = QStringLiteral("Success")) const;
    /** A PaymentResponse declining (Failure, Refusal, refusalReason in AdditionalResponse). */
    QJsonObject refusal(const Request &payment, const QString &reason) const;
    /** Failure with this ErrorCondition for any request (Busy, NotFound, InProgress, ...). */
    QJsonObject failure(const Request &request, const QString &condition) const;
    /** A TransactionStatusResponse repeating the original answer (a whole SaleToPOIResponse). */
    QJsonObject statusFound(const Request &status, const QJsonObject &original) const;
    /** The requested amount of a PaymentRequest, in minor units. */
    static qint64 requestedMinor(const Request &payment);
    static QString requestedCurrency(const Request &payment);

    /** Changes a value at a path of keys ({"SaleToPOIResponse", "MessageHeader", "ServiceID"}). */
    static QJsonObject with(QJsonObject document, const QStringList &path, const QJsonValue &value);

    /** The MaskedPan the card shows (Adyen's examples: "411111 **** 1111"). */
    void setMaskedPan(const QString &maskedPan) { m_maskedPan = maskedPan; }
    /** Frames every later answer so (reset() goes back to Content-Length). */
    void setFraming(Framing framing) { m_framing = framing; }
    /** An answer's body as sent with the current framing (head and body). */
    QByteArray frame(const QByteArray &body) const;

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    Answer answerFor(const Request &request);
    Answer byDefault(const Request &request);
    QJsonObject envelope(const QJsonObject &requestHeader, const QString &body,
                         const QJsonObject &content) const;
    static QString key(const QString &saleId, const QString &serviceId)
    {
        return saleId + u'/' + serviceId;
    }

    QString m_poiId;
    QString m_maskedPan;
    Framing m_framing = Framing::ContentLength;
    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QString, QList<Script>> m_scripts;
    QHash<QString, QJsonObject> m_answered; // SaleID/ServiceID -> SaleToPOIResponse
    QList<Request> m_requests;
    int m_counter = 0;
};
