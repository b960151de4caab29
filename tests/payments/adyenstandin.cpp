// SPDX-License-Identifier: MIT
#include "adyenstandin.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

double toWire(qint64 minor, const QString &currency)
{
    const bool noDecimals = currency == u"JPY"_s || currency == u"KRW"_s;
    return noDecimals ? double(minor) : double(minor) / 100.0;
}

/** What Adyen terminals put in AdditionalResponse: dozens of url-encoded key=value pairs, card
    holder and expiry among them (the app must keep none of it but the refusal reason). */
QString additionalResponse(const QString &reference, qint64 minor, const QString &currency,
                           const QString &refusal = {})
{
    QStringList pairs;
    if (!refusal.isEmpty())
        pairs << u"refusalReason="_s + refusal;
    pairs << u"tid=47110815"_s << u"AID=A0000000041010"_s << u"transactionType=GOODS_SERVICES"_s
          << u"backendGiftcardIndicator=false"_s << u"expiryYear=2030"_s
          << u"acquirerAccountCode=TestPmmAcquirerAccount"_s
          << u"posOriginalAmountCurrency="_s + currency << u"giftcardIndicator=false"_s
          << u"authorisedAmountValue=%1"_s.arg(minor) << u"pspReference="_s + reference
          << u"paymentMethodVariant=mc"_s << u"cardHolderName=JOSE%20MUNOZ"_s
          << u"refusalReasonRaw=APPROVED"_s << u"expiryDate=3%2f2030"_s
          << u"applicationPreferredName=MC%20DEBIT"_s << u"txtime=11%3a30%3a05"_s
          << u"iso8601TxDate=2026-11-25T10%3a30%3a05.0000000%2b0000"_s << u"cardType=mc"_s
          << u"posOriginalAmountValue=%1"_s.arg(minor) << u"offline=false"_s
          << u"txdate=25-11-2026"_s << u"paymentMethod=mc"_s << u"cvcResult=0%20Unknown"_s
          << u"merchantReference=1234"_s << u"expiryMonth=03"_s << u"cardSummary=0010"_s
          << u"posTotalAmountValue=%1"_s.arg(minor) << u"posAuthAmountCurrency="_s + currency
          << u"authCode=084512"_s << u"shopperCountry=ES"_s << u"posEntryMode=CLESS_CHIP"_s
          << u"cardScheme=mc"_s << u"cardBin=541333"_s << u"posAuthAmountValue=%1"_s.arg(minor);
    return pairs.join(u'&');
}

QString responseKind(const QString &requestKind)
{
    return QString(requestKind).replace(u"Request"_s, u"Response"_s);
}
} // namespace

AdyenStandIn::AdyenStandIn(QString poiId, QObject *parent)
    : QObject(parent)
    , m_poiId(std::move(poiId))
    , m_maskedPan(u"541333 **** 0010"_s)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &AdyenStandIn::onConnection);
}

AdyenStandIn::~AdyenStandIn() = default;

quint16 AdyenStandIn::listen()
{
    if (!m_server->isListening() && !m_server->listen(QHostAddress::LocalHost, 0))
        return 0;
    return m_server->serverPort();
}

QString AdyenStandIn::url() const
{
    return u"http://127.0.0.1:%1/nexo"_s.arg(m_server->serverPort());
}

void AdyenStandIn::script(const QString &kind, Script step)
{
    m_scripts[kind].append(std::move(step));
}

void AdyenStandIn::reset()
{
    m_scripts.clear();
    m_answered.clear();
    m_requests.clear();
    m_framing = Framing::ContentLength;
}

QByteArray AdyenStandIn::frame(const QByteArray &body) const
{
    const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
    if (m_framing == Framing::ContentLength)
        return head + "Content-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n" + body;
    // RFC 9112 section 7.1: chunks of 1 to 61 bytes (large bodies in 64 KiB chunks), sizes in
    // either case of hex, an extension on every third chunk, then a trailer section.
    QByteArray out = head
        + "Transfer-Encoding: chunked\r\nTrailer: X-Terminal-Checksum\r\n"
          "Connection: close\r\n\r\n";
    qsizetype at = 0;
    int n = 0;
    while (at < body.size()) {
        const qsizetype size
            = qMin<qsizetype>(body.size() - at, body.size() > 65536 ? 65536 : 1 + (n * 7) % 61);
        QByteArray hex = QByteArray::number(size, 16);
        out += (n % 2 ? hex.toUpper() : hex);
        if (n % 3 == 0)
            out += ";ext=\"v" + QByteArray::number(n) + "\";flag";
        out += "\r\n" + body.mid(at, size) + "\r\n";
        at += size;
        ++n;
    }
    return out + "0;last=1\r\nX-Terminal-Checksum: 5d41402a\r\n\r\n";
}

int AdyenStandIn::count(const QString &kind) const
{
    int n = 0;
    for (const Request &request : m_requests)
        n += request.kind == kind;
    return n;
}

void AdyenStandIn::remember(const Request &request, const QJsonObject &response)
{
    m_answered.insert(key(request.header.value(u"SaleID"_s).toString(),
                          request.header.value(u"ServiceID"_s).toString()),
                      response);
}

void AdyenStandIn::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void AdyenStandIn::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    qsizetype length = 0;
    for (const QByteArray &line : buffer.left(end).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < end + 4 + length)
        return;
    const QJsonObject root = QJsonDocument::fromJson(buffer.mid(end + 4, length))
                                 .object()
                                 .value(u"SaleToPOIRequest"_s)
                                 .toObject();
    buffer.clear();
    Request request;
    request.header = root.value(u"MessageHeader"_s).toObject();
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key().endsWith(u"Request"_s)) {
            request.kind = it.key();
            request.body = it.value().toObject();
        }
    }
    request.atMs = QDateTime::currentMSecsSinceEpoch();
    m_requests << request;
    const Answer answer = answerFor(request);
    if (answer.kind == Answer::Kind::Drop) {
        socket->abort();
        return;
    }
    QByteArray body = answer.kind == Answer::Kind::Raw
        ? answer.raw
        : QJsonDocument(answer.json).toJson(QJsonDocument::Compact);
    if (answer.padTo > body.size())
        body += QByteArray(answer.padTo - body.size(), ' ');
    socket->write(frame(body));
    socket->disconnectFromHost();
}

AdyenStandIn::Answer AdyenStandIn::answerFor(const Request &request)
{
    auto it = m_scripts.find(request.kind);
    if (it != m_scripts.end() && !it->isEmpty())
        return it->takeFirst()(request);
    return byDefault(request);
}

AdyenStandIn::Answer AdyenStandIn::byDefault(const Request &request)
{
    if (request.kind == u"PaymentRequest"_s) {
        const QJsonObject answer
            = approval(request, requestedMinor(request), requestedCurrency(request));
        remember(request, answer);
        return Answer::with(answer);
    }
    if (request.kind == u"TransactionStatusRequest"_s) {
        const QJsonObject reference = request.body.value(u"MessageReference"_s).toObject();
        const QJsonObject original = m_answered.value(key(
            reference.value(u"SaleID"_s).toString(), reference.value(u"ServiceID"_s).toString()));
        return Answer::with(original.isEmpty() ? failure(request, u"NotFound"_s)
                                               : statusFound(request, original));
    }
    if (request.kind == u"ReversalRequest"_s) {
        const QJsonObject answer = envelope(
            request.header, u"ReversalResponse"_s,
            {{u"Response"_s, QJsonObject {{u"Result"_s, u"Success"_s}}},
             {u"POIData"_s,
              QJsonObject {{u"POITransactionID"_s,
                            QJsonObject {{u"TimeStamp"_s, now()},
                                         {u"TransactionID"_s,
                                          u"8ha5%1.REV"_s.arg(++m_counter, 6, 10, QChar(u'0'))}}},
                           {u"POIReconciliationID"_s, u"1000"_s}}},
             {u"ReversedAmount"_s, request.body.value(u"ReversedAmount"_s)}});
        remember(request, answer);
        return Answer::with(answer);
    }
    return Answer::rawBody({}); // AbortRequest: no answer body
}

QJsonObject AdyenStandIn::envelope(const QJsonObject &requestHeader, const QString &body,
                                   const QJsonObject &content) const
{
    QJsonObject header = requestHeader;
    header.insert(u"MessageType"_s, u"Response"_s);
    return {{u"SaleToPOIResponse"_s, QJsonObject {{u"MessageHeader"_s, header}, {body, content}}}};
}

qint64 AdyenStandIn::requestedMinor(const Request &payment)
{
    const QJsonObject amounts
        = payment.body.value(u"PaymentTransaction"_s)[u"AmountsReq"_s].toObject();
    const double wire = amounts.value(u"RequestedAmount"_s).toDouble();
    const QString currency = amounts.value(u"Currency"_s).toString();
    const bool noDecimals = currency == u"JPY"_s || currency == u"KRW"_s;
    return std::llround(noDecimals ? wire : wire * 100.0);
}

QString AdyenStandIn::requestedCurrency(const Request &payment)
{
    return payment.body.value(u"PaymentTransaction"_s)[u"AmountsReq"_s][u"Currency"_s].toString();
}

QJsonObject AdyenStandIn::approval(const Request &payment, qint64 amountMinor,
                                   const QString &currency, const QString &result) const
{
    const QString psp = u"8515%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const QString reference = u"Tq7m%1.%2"_s.arg(QDateTime::currentMSecsSinceEpoch()).arg(psp);
    const QJsonArray receiptLines {
        QJsonObject {{u"CharacterStyle"_s, u"Bold"_s},
                     {u"Text"_s, u"name=MERCHANT%20COPY&key=merchantTitle"_s},
                     {u"EndOfLineFlag"_s, true}},
        QJsonObject {
            {u"Text"_s, u"name=Card&value=%2a%2a%2a%2a%2a%2a%2a%2a%2a%2a%2a%2a0010&key=pan"_s},
            {u"EndOfLineFlag"_s, true}},
        QJsonObject {{u"Text"_s, u"name=Entry%20mode&value=Contactless%20chip&key=posEntryMode"_s},
                     {u"EndOfLineFlag"_s, true}},
        QJsonObject {{u"CharacterStyle"_s, u"Bold"_s},
                     {u"Text"_s, u"name=APPROVED&key=approved"_s},
                     {u"EndOfLineFlag"_s, true}}};
    return envelope(
        payment.header, u"PaymentResponse"_s,
        {{u"POIData"_s,
          QJsonObject {{u"POITransactionID"_s,
                        QJsonObject {{u"TimeStamp"_s, now()}, {u"TransactionID"_s, reference}}},
                       {u"POIReconciliationID"_s, u"1000"_s}}},
         {u"SaleData"_s,
          QJsonObject {
              {u"SaleTransactionID"_s, payment.body.value(u"SaleData"_s)[u"SaleTransactionID"_s]}}},
         {u"PaymentReceipt"_s,
          QJsonArray {QJsonObject {
              {u"RequiredSignatureFlag"_s, false},
              {u"DocumentQualifier"_s, u"CashierReceipt"_s},
              {u"OutputContent"_s,
               QJsonObject {{u"OutputFormat"_s, u"Text"_s}, {u"OutputText"_s, receiptLines}}}}}},
         {u"PaymentResult"_s,
          QJsonObject {
              {u"OnlineFlag"_s, true},
              {u"PaymentAcquirerData"_s,
               QJsonObject {{u"AcquirerPOIID"_s, m_poiId},
                            {u"ApprovalCode"_s, u"084512"_s},
                            {u"AcquirerTransactionID"_s,
                             QJsonObject {{u"TimeStamp"_s, now()}, {u"TransactionID"_s, psp}}},
                            {u"MerchantID"_s, u"TestMerchant"_s}}},
              {u"PaymentInstrumentData"_s,
               QJsonObject {{u"CardData"_s,
                             QJsonObject {{u"EntryMode"_s, QJsonArray {u"Tapped"_s}},
                                          {u"PaymentBrand"_s, u"mc"_s},
                                          {u"MaskedPan"_s, m_maskedPan},
                                          {u"SensitiveCardData"_s,
                                           QJsonObject {{u"ExpiryDate"_s, u"0330"_s}}}}},
                            {u"PaymentInstrumentType"_s, u"Card"_s}}},
              {u"AmountsResp"_s,
               QJsonObject {{u"AuthorizedAmount"_s, toWire(amountMinor, currency)},
                            {u"Currency"_s, currency}}}}},
         {u"Response"_s,
          QJsonObject {
              {u"Result"_s, result},
              {u"AdditionalResponse"_s, additionalResponse(psp, amountMinor, currency)}}}});
}

QJsonObject AdyenStandIn::refusal(const Request &payment, const QString &reason) const
{
    const QString currency = requestedCurrency(payment);
    return envelope(
        payment.header, u"PaymentResponse"_s,
        {{u"POIData"_s,
          QJsonObject {{u"POITransactionID"_s,
                        QJsonObject {{u"TimeStamp"_s, now()},
                                     {u"TransactionID"_s, u"8ha5%1"_s.arg(m_counter + 1)}}},
                       {u"POIReconciliationID"_s, u"1000"_s}}},
         {u"SaleData"_s,
          QJsonObject {
              {u"SaleTransactionID"_s, payment.body.value(u"SaleData"_s)[u"SaleTransactionID"_s]}}},
         {u"PaymentResult"_s,
          QJsonObject {
              {u"PaymentAcquirerData"_s,
               QJsonObject {{u"AcquirerPOIID"_s, m_poiId}, {u"MerchantID"_s, u"TestMerchant"_s}}},
              {u"PaymentInstrumentData"_s,
               QJsonObject {{u"CardData"_s,
                             QJsonObject {{u"EntryMode"_s, QJsonArray {u"Tapped"_s}},
                                          {u"PaymentBrand"_s, u"mc"_s},
                                          {u"MaskedPan"_s, m_maskedPan}}},
                            {u"PaymentInstrumentType"_s, u"Card"_s}}}}},
         {u"Response"_s,
          QJsonObject {{u"Result"_s, u"Failure"_s},
                       {u"ErrorCondition"_s, u"Refusal"_s},
                       {u"AdditionalResponse"_s,
                        additionalResponse(u"8515000000000001"_s, requestedMinor(payment), currency,
                                           reason)}}}});
}

QJsonObject AdyenStandIn::failure(const Request &request, const QString &condition) const
{
    const QString message = condition == u"NotFound"_s
        ? u"message=Message%20not%20found.%20Category%3dPayment"_s
        : condition == u"InProgress"_s ? u"message=Uncompleted%20transaction"_s
                                       : u"message=Terminal%20busy"_s;
    return envelope(request.header, responseKind(request.kind),
                    {{u"Response"_s,
                      QJsonObject {{u"Result"_s, u"Failure"_s},
                                   {u"ErrorCondition"_s, condition},
                                   {u"AdditionalResponse"_s, message}}}});
}

QJsonObject AdyenStandIn::statusFound(const Request &status, const QJsonObject &original) const
{
    const QJsonObject reference = status.body.value(u"MessageReference"_s).toObject();
    const QJsonObject root = original.value(u"SaleToPOIResponse"_s).toObject();
    QJsonObject body;
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key() != u"MessageHeader"_s)
            body.insert(it.key(), it.value());
    }
    // As in Adyen's examples: MessageReference without the POIID, the original header repeated.
    return envelope(status.header, u"TransactionStatusResponse"_s,
                    {{u"MessageReference"_s,
                      QJsonObject {{u"MessageCategory"_s, reference.value(u"MessageCategory"_s)},
                                   {u"SaleID"_s, reference.value(u"SaleID"_s)},
                                   {u"ServiceID"_s, reference.value(u"ServiceID"_s)}}},
                     {u"RepeatedMessageResponse"_s,
                      QJsonObject {{u"MessageHeader"_s, root.value(u"MessageHeader"_s)},
                                   {u"RepeatedResponseMessageBody"_s, body}}},
                     {u"Response"_s, QJsonObject {{u"Result"_s, u"Success"_s}}}});
}

QJsonObject AdyenStandIn::with(QJsonObject document, const QStringList &path,
                               const QJsonValue &value)
{
    if (path.isEmpty())
        return document;
    if (path.size() == 1) {
        document.insert(path.first(), value);
        return document;
    }
    document.insert(path.first(),
                    with(document.value(path.first()).toObject(), path.mid(1), value));
    return document;
}
