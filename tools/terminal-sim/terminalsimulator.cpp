// SPDX-License-Identifier: MIT
#include "terminalsimulator.h"
#include "money.h"
#include "nexo.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {
// What the card in the simulator looks like. A real terminal never sends the full number; this
// one, like real ones, puts extra card details in AdditionalResponse, which the app must drop.
const QString maskedPan = u"541333******0010"_s;
const QString brand = u"mc"_s;
const QString additionalCardDetails
    = u"cardHolderName=JOSE%20MUNOZ&expiryDate=3%2F2030&issuerCountry=ES&cardSummary=0010"_s;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

TerminalSimulator::TerminalSimulator(QString poiId, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_poiId(std::move(poiId))
{}

void TerminalSimulator::setHistoryFile(const QString &path)
{
    m_historyFile = path;
    loadHistory();
}

void TerminalSimulator::restart(bool keepHistory)
{
    // Whatever was in flight never reached the acquirer: the connection just dies.
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it) {
        if (it->socket)
            it->socket->abort();
        m_transactions.remove(it.key());
    }
    m_inFlight.clear();
    ++m_generation;
    if (!keepHistory || m_historyFile.isEmpty()) {
        m_transactions.clear();
        m_byPoiTransaction.clear();
        if (!m_historyFile.isEmpty())
            QFile::remove(m_historyFile);
    } else {
        m_transactions.clear();
        m_byPoiTransaction.clear();
        loadHistory();
    }
}

QJsonObject TerminalSimulator::respond(const QJsonObject &requestHeader, const QString &body,
                                       const QJsonObject &content) const
{
    QJsonObject header = requestHeader;
    header.insert(u"MessageType"_s, u"Response"_s);
    return {{u"SaleToPOIResponse"_s,
             QJsonObject{{u"MessageHeader"_s, header}, {body, content}}}};
}

QJsonObject TerminalSimulator::failure(const QJsonObject &requestHeader, const QString &body,
                                       const QString &condition, const QString &additional) const
{
    QJsonObject response{{u"Result"_s, u"Failure"_s}, {u"ErrorCondition"_s, condition}};
    if (!additional.isEmpty())
        response.insert(u"AdditionalResponse"_s, additional);
    return respond(requestHeader, body, {{u"Response"_s, response}});
}

bool TerminalSimulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    auto answer = [&](const QJsonObject &json, int status = 200) {
        responder->write(QJsonDocument(json), QHttpServerResponder::StatusCode(status));
    };
    if (path == u"/control/log"_s) {
        responder->write(QJsonDocument(m_log));
        return true;
    }
    const QJsonDocument document = QJsonDocument::fromJson(request.body());
    if (request.method() != QHttpServerRequest::Method::Post || !document.isObject()) {
        answer({{u"error"_s, u"POST a JSON object"_s}}, 400);
        return true;
    }
    if (path == u"/control"_s) {
        answer(handleControl(document.object()));
        return true;
    }
    if (path != u"/nexo"_s) {
        answer({{u"error"_s, u"not found"_s}}, 404);
        return true;
    }
    const QJsonObject root = document.object().value(u"SaleToPOIRequest"_s).toObject();
    const QJsonObject header = root.value(u"MessageHeader"_s).toObject();
    QString kind;
    for (const QString &candidate : {u"PaymentRequest"_s, u"ReversalRequest"_s,
                                     u"TransactionStatusRequest"_s, u"AbortRequest"_s}) {
        if (root.contains(candidate))
            kind = candidate;
    }
    const QJsonObject body = root.value(kind).toObject();
    const QJsonObject amounts = body.value(u"PaymentTransaction"_s)[u"AmountsReq"_s].toObject();
    m_log << QJsonObject{{u"kind"_s, kind},
                         {u"serviceId"_s, header.value(u"ServiceID"_s)},
                         {u"saleId"_s, header.value(u"SaleID"_s)},
                         {u"amount"_s, amounts.value(u"RequestedAmount"_s)},
                         {u"paymentType"_s, body.value(u"PaymentData"_s)[u"PaymentType"_s]},
                         {u"reference"_s, body.value(u"MessageReference"_s)[u"ServiceID"_s]},
                         {u"reversedAmount"_s, body.value(u"ReversedAmount"_s)},
                         {u"at"_s, now()}};
    if (header.value(u"POIID"_s).toString() != m_poiId || kind.isEmpty()) {
        answer({{u"error"_s, u"unknown POIID or message"_s}}, 400);
        return true;
    }
    if (kind == u"PaymentRequest"_s) {
        const QString k = key(header.value(u"SaleID"_s).toString(),
                              header.value(u"ServiceID"_s).toString());
        if (!m_inFlight.isEmpty()) {
            answer(failure(header, u"PaymentResponse"_s, u"Busy"_s));
            return true;
        }
        if (m_transactions.contains(k)) {
            answer(failure(header, u"PaymentResponse"_s, u"NotAllowed"_s,
                           u"message=ServiceID%20already%20used"_s));
            return true;
        }
        // Answered when the card is done; the responder waits with the request.
        m_inFlight.insert(k, InFlight{document.object(), socket, responder, false, m_generation});
        handlePayment(document.object(), socket, request);
        if (std::exchange(m_cutNextConnection, false)) {
            // The request arrived; the connection dies before any answer. The card goes on.
            m_inFlight[k].cut = true;
            QTimer::singleShot(0, socket, [socket] { socket->abort(); });
        }
        return true;
    }
    if (kind == u"ReversalRequest"_s)
        answer(reversal(document.object()));
    else if (kind == u"TransactionStatusRequest"_s && !m_statusAnswers.isEmpty()) {
        const QString scripted = m_statusAnswers.takeFirst();
        if (scripted == u"Unreadable"_s)
            responder->write("<html><body>Terminal busy</body></html>", "text/html");
        else
            answer(failure(header, u"TransactionStatusResponse"_s, scripted));
    } else if (kind == u"TransactionStatusRequest"_s && !m_foreignStatusNext.isEmpty())
        answer(foreignStatus(document.object(), std::exchange(m_foreignStatusNext, {})));
    else if (kind == u"TransactionStatusRequest"_s)
        answer(transactionStatus(document.object()));
    else {
        abort(document.object());
        responder->write(QByteArray(), "application/json"); // an abort gets no answer body
    }
    return true;
}

void TerminalSimulator::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

QJsonObject TerminalSimulator::handleControl(const QJsonObject &command)
{
    if (command.contains(u"delayMs"_s))
        m_delayMs = command.value(u"delayMs"_s).toInt();
    if (command.value(u"dropNextAnswer"_s).toBool())
        m_dropNextAnswer = true;
    if (command.value(u"noCardNext"_s).toBool())
        m_noCardNext = true;
    if (command.value(u"partialNext"_s).toBool())
        m_partialNext = true;
    if (command.value(u"successBelowNext"_s).toBool())
        m_successBelowNext = true;
    if (command.value(u"cutNextConnection"_s).toBool())
        m_cutNextConnection = true;
    if (command.contains(u"authorizedFactorNext"_s))
        m_authorizedFactorNext = qMax(1, command.value(u"authorizedFactorNext"_s).toInt());
    if (command.contains(u"currencyNext"_s))
        m_currencyNext = command.value(u"currencyNext"_s).toString();
    if (command.contains(u"foreignAnswerNext"_s))
        m_foreignAnswerNext = command.value(u"foreignAnswerNext"_s).toString();
    if (command.contains(u"foreignStatusNext"_s))
        m_foreignStatusNext = command.value(u"foreignStatusNext"_s).toString();
    for (const QJsonValue &answer : command.value(u"statusAnswers"_s).toArray())
        m_statusAnswers << answer.toString();
    if (command.value(u"clearLog"_s).toBool())
        m_log = {};
    if (command.contains(u"restart"_s))
        restart(command.value(u"restart"_s)[u"keepHistory"_s].toBool());
    return {{u"delayMs"_s, m_delayMs}, {u"inFlight"_s, int(m_inFlight.size())}};
}

void TerminalSimulator::handlePayment(const QJsonObject &request, QTcpSocket *,
                                      const QHttpServerRequest &)
{
    const QJsonObject root = request.value(u"SaleToPOIRequest"_s).toObject();
    const QJsonObject header = root.value(u"MessageHeader"_s).toObject();
    const QJsonObject body = root.value(u"PaymentRequest"_s).toObject();
    const QJsonObject amounts = body.value(u"PaymentTransaction"_s)[u"AmountsReq"_s].toObject();
    Transaction t;
    t.category = u"Payment"_s;
    t.serviceId = header.value(u"ServiceID"_s).toString();
    t.saleId = header.value(u"SaleID"_s).toString();
    t.state = u"in_progress"_s;
    t.currency = amounts.value(u"Currency"_s).toString();
    t.amountMinor = Nexo::fromWire(amounts.value(u"RequestedAmount"_s).toDouble(), t.currency);
    const QString k = key(t.saleId, t.serviceId);
    m_transactions.insert(k, t);
    const int generation = m_generation;
    const bool noCard = std::exchange(m_noCardNext, false);
    QTimer::singleShot(noCard ? m_delayMs * 2 : m_delayMs, this, [this, k, generation, noCard] {
        if (generation != m_generation || !m_inFlight.contains(k))
            return; // restarted meanwhile, or aborted and already answered
        if (noCard) {
            InFlight flight = m_inFlight.take(k);
            const QJsonObject header = flight.request.value(u"SaleToPOIRequest"_s)
                                           [u"MessageHeader"_s]
                                               .toObject();
            Transaction &t = m_transactions[k];
            t.state = u"done"_s;
            t.response = failure(header, u"PaymentResponse"_s, u"Cancel"_s,
                                 u"refusalReason=No%20card%20presented"_s);
            saveHistory();
            flight.responder->write(QJsonDocument(t.response));
            return;
        }
        finishPayment(k);
    });
}

void TerminalSimulator::finishPayment(const QString &k)
{
    InFlight flight = m_inFlight.take(k);
    Transaction &t = m_transactions[k];
    const QJsonObject root = flight.request.value(u"SaleToPOIRequest"_s).toObject();
    const QJsonObject header = root.value(u"MessageHeader"_s).toObject();
    const QJsonObject body = root.value(u"PaymentRequest"_s).toObject();
    const bool refund = body.value(u"PaymentData"_s)[u"PaymentType"_s].toString() == u"Refund"_s;
    const bool allowPartial = body.value(u"SaleData"_s)[u"SaleToAcquirerData"_s]
                                  .toString()
                                  .contains(u"AllowPartialAuthorisation"_s);
    t.state = u"done"_s;
    if (flight.aborted) {
        t.response = failure(header, u"PaymentResponse"_s, u"Aborted"_s);
    } else {
        const int digits = int(t.amountMinor % 1000);
        static const QHash<int, QString> refusals = {
            {123, u"Refused"_s},          {124, u"Not%20enough%20balance"_s},
            {125, u"Blocked%20Card"_s},   {126, u"Expired%20Card"_s},
            {127, u"Invalid%20Amount"_s}, {135, u"PIN%20tries%20exceeded"_s},
            {136, u"Issuer%20Unavailable"_s}};
        if (!refund && refusals.contains(digits)) {
            t.response = failure(header, u"PaymentResponse"_s, u"Refusal"_s,
                                 u"refusalReason="_s + refusals.value(digits) + u'&'
                                     + additionalCardDetails);
        } else if (!refund && !m_foreignAnswerNext.isEmpty()) {
            // Ours is declined; the answer that comes back is another transaction's approval.
            const QString field = std::exchange(m_foreignAnswerNext, {});
            t.response = failure(header, u"PaymentResponse"_s, u"Refusal"_s,
                                 u"refusalReason=Refused&"_s + additionalCardDetails);
            QJsonObject otherHeader = header;
            QJsonObject otherBody = body;
            if (field == u"SaleID"_s)
                otherHeader.insert(u"SaleID"_s, u"TAB-OTHER"_s);
            else if (field == u"POIID"_s)
                otherHeader.insert(u"POIID"_s, u"SIM-OTHER"_s);
            else if (field == u"SaleTransactionID"_s)
                otherBody.insert(u"SaleData"_s,
                                 QJsonObject{{u"SaleTransactionID"_s,
                                              QJsonObject{{u"TransactionID"_s, u"other-pay"_s},
                                                          {u"TimeStamp"_s, now()}}}});
            else
                otherHeader.insert(u"ServiceID"_s, Nexo::newServiceId());
            const QJsonObject foreign
                = approval(otherHeader, otherBody,
                           u"SIM%1"_s.arg(++m_transactionCounter + 100000), t.amountMinor,
                           t.currency, false);
            saveHistory();
            if (flight.socket && !flight.cut)
                flight.responder->write(QJsonDocument(foreign));
            return;
        } else {
            const bool partial = !refund && allowPartial
                && (std::exchange(m_partialNext, false) || digits == 150);
            const bool below = !refund && std::exchange(m_successBelowNext, false);
            const int factor = refund ? 1 : std::exchange(m_authorizedFactorNext, 1);
            const QString currency = refund || m_currencyNext.isEmpty()
                ? t.currency
                : std::exchange(m_currencyNext, {});
            const qint64 authorised
                = partial || below ? t.amountMinor / 2 : t.amountMinor * factor;
            t.poiTransactionId = u"SIM%1"_s.arg(++m_transactionCounter + 100000);
            t.amountMinor = authorised;
            t.currency = currency;
            m_byPoiTransaction.insert(t.poiTransactionId, k);
            t.response = approval(header, body, t.poiTransactionId, authorised, currency, partial);
        }
    }
    saveHistory();
    if (std::exchange(m_dropNextAnswer, false)) {
        // Approved at the acquirer, and then the answer never makes it back.
        if (flight.socket)
            flight.socket->abort();
        return;
    }
    if (flight.socket && !flight.cut)
        flight.responder->write(QJsonDocument(t.response));
}

QJsonObject TerminalSimulator::approval(const QJsonObject &header, const QJsonObject &body,
                                        const QString &poiTransactionId, qint64 authorisedMinor,
                                        const QString &currency, bool partial) const
{
    return respond(
        header, u"PaymentResponse"_s,
        {{u"Response"_s,
          QJsonObject{{u"Result"_s, partial ? u"Partial"_s : u"Success"_s},
                      {u"AdditionalResponse"_s, additionalCardDetails}}},
         {u"SaleData"_s, body.value(u"SaleData"_s)},
         {u"POIData"_s, QJsonObject{{u"POITransactionID"_s,
                                     QJsonObject{{u"TransactionID"_s, poiTransactionId},
                                                 {u"TimeStamp"_s, now()}}}}},
         {u"PaymentResult"_s,
          QJsonObject{{u"AmountsResp"_s,
                       QJsonObject{{u"Currency"_s, currency},
                                   {u"AuthorizedAmount"_s,
                                    Nexo::toWire(authorisedMinor, currency)}}},
                      {u"PaymentInstrumentData"_s,
                       QJsonObject{{u"CardData"_s,
                                    QJsonObject{{u"PaymentBrand"_s, brand},
                                                {u"MaskedPan"_s, maskedPan}}}}}}}});
}

QJsonObject TerminalSimulator::foreignStatus(const QJsonObject &request, const QString &field)
{
    // "Found" with another transaction's approval in the parts the field names; ours stays as
    // it is (asked again, it answers truthfully).
    const QJsonObject root = request.value(u"SaleToPOIRequest"_s).toObject();
    const QJsonObject header = root.value(u"MessageHeader"_s).toObject();
    QJsonObject reference = root.value(u"TransactionStatusRequest"_s)[u"MessageReference"_s]
                                .toObject();
    const auto it = m_transactions.constFind(key(reference.value(u"SaleID"_s).toString(),
                                                 reference.value(u"ServiceID"_s).toString()));
    const qint64 amount = it == m_transactions.constEnd() ? 1000 : it->amountMinor;
    const QString currency = it == m_transactions.constEnd() ? u"EUR"_s : it->currency;
    const QString other = Nexo::newServiceId();
    const bool all = field == u"all"_s;
    QJsonObject repeatedHeader{{u"ProtocolVersion"_s, u"3.0"_s},
                               {u"MessageClass"_s, u"Service"_s},
                               {u"MessageCategory"_s, u"Payment"_s},
                               {u"MessageType"_s, u"Response"_s},
                               {u"ServiceID"_s, reference.value(u"ServiceID"_s)},
                               {u"SaleID"_s, reference.value(u"SaleID"_s)},
                               {u"POIID"_s, m_poiId}};
    if (all || field == u"MessageHeader"_s)
        repeatedHeader.insert(u"ServiceID"_s, other);
    if (all || field == u"MessageReference"_s)
        reference.insert(u"ServiceID"_s, other);
    QJsonObject body{{u"SaleData"_s,
                      QJsonObject{{u"SaleTransactionID"_s,
                                   QJsonObject{{u"TransactionID"_s, u"other-pay"_s},
                                               {u"TimeStamp"_s, now()}}}}}};
    const QJsonObject original = approval(repeatedHeader, body,
                                          u"SIM%1"_s.arg(++m_transactionCounter + 100000),
                                          amount, currency, false)
                                     .value(u"SaleToPOIResponse"_s)
                                     .toObject();
    QJsonObject payment = original.value(u"PaymentResponse"_s).toObject();
    if (!all && field != u"SaleTransactionID"_s)
        payment.remove(u"SaleData"_s); // only the named part is another transaction's
    return respond(header, u"TransactionStatusResponse"_s,
                   {{u"Response"_s, QJsonObject{{u"Result"_s, u"Success"_s}}},
                    {u"MessageReference"_s, reference},
                    {u"RepeatedMessageResponse"_s,
                     QJsonObject{{u"MessageHeader"_s, original.value(u"MessageHeader"_s)},
                                 {u"RepeatedResponseMessageBody"_s,
                                  QJsonObject{{u"PaymentResponse"_s, payment}}}}}});
}

QJsonObject TerminalSimulator::reversal(const QJsonObject &request)
{
    const QJsonObject root = request.value(u"SaleToPOIRequest"_s).toObject();
    const QJsonObject header = root.value(u"MessageHeader"_s).toObject();
    const QJsonObject body = root.value(u"ReversalRequest"_s).toObject();
    const QString original = body.value(u"OriginalPOITransaction"_s)[u"POITransactionID"_s]
                                 [u"TransactionID"_s]
                                     .toString();
    const QString k = key(header.value(u"SaleID"_s).toString(),
                          header.value(u"ServiceID"_s).toString());
    if (m_transactions.contains(k))
        return failure(header, u"ReversalResponse"_s, u"NotAllowed"_s,
                       u"message=ServiceID%20already%20used"_s);
    auto it = m_byPoiTransaction.constFind(original);
    if (it == m_byPoiTransaction.constEnd())
        return failure(header, u"ReversalResponse"_s, u"NotFound"_s);
    Transaction &paid = m_transactions[*it];
    const qint64 requested = body.contains(u"ReversedAmount"_s)
        ? Nexo::fromWire(body.value(u"ReversedAmount"_s).toDouble(), paid.currency)
        : paid.amountMinor - paid.reversedMinor;
    if (requested <= 0 || requested > paid.amountMinor - paid.reversedMinor)
        return failure(header, u"ReversalResponse"_s, u"Refusal"_s,
                       u"refusalReason=More%20than%20was%20paid"_s);
    paid.reversedMinor += requested;
    Transaction r;
    r.category = u"Reversal"_s;
    r.serviceId = header.value(u"ServiceID"_s).toString();
    r.saleId = header.value(u"SaleID"_s).toString();
    r.state = u"done"_s;
    r.currency = paid.currency;
    r.amountMinor = requested;
    r.poiTransactionId = u"SIM%1"_s.arg(++m_transactionCounter + 100000);
    r.response = respond(header, u"ReversalResponse"_s,
                         {{u"Response"_s, QJsonObject{{u"Result"_s, u"Success"_s}}},
                          {u"POIData"_s,
                           QJsonObject{{u"POITransactionID"_s,
                                        QJsonObject{{u"TransactionID"_s, r.poiTransactionId},
                                                    {u"TimeStamp"_s, now()}}}}},
                          {u"ReversedAmount"_s, Nexo::toWire(requested, paid.currency)}});
    m_transactions.insert(k, r);
    saveHistory();
    return r.response;
}

QJsonObject TerminalSimulator::transactionStatus(const QJsonObject &request)
{
    const QJsonObject root = request.value(u"SaleToPOIRequest"_s).toObject();
    const QJsonObject header = root.value(u"MessageHeader"_s).toObject();
    const QJsonObject reference = root.value(u"TransactionStatusRequest"_s)[u"MessageReference"_s]
                                      .toObject();
    const QString k = key(reference.value(u"SaleID"_s).toString(),
                          reference.value(u"ServiceID"_s).toString());
    auto it = m_transactions.constFind(k);
    if (it == m_transactions.constEnd())
        return failure(header, u"TransactionStatusResponse"_s, u"NotFound"_s);
    if (it->state != u"done"_s)
        return failure(header, u"TransactionStatusResponse"_s, u"InProgress"_s);
    const QJsonObject original = it->response.value(u"SaleToPOIResponse"_s).toObject();
    QJsonObject repeatedBody;
    for (const QString &kind : {u"PaymentResponse"_s, u"ReversalResponse"_s}) {
        if (original.contains(kind))
            repeatedBody.insert(kind, original.value(kind));
    }
    return respond(header, u"TransactionStatusResponse"_s,
                   {{u"Response"_s, QJsonObject{{u"Result"_s, u"Success"_s}}},
                    {u"MessageReference"_s, reference},
                    {u"RepeatedMessageResponse"_s,
                     QJsonObject{{u"MessageHeader"_s, original.value(u"MessageHeader"_s)},
                                 {u"RepeatedResponseMessageBody"_s, repeatedBody}}}});
}

void TerminalSimulator::abort(const QJsonObject &request)
{
    const QJsonObject reference = request.value(u"SaleToPOIRequest"_s)[u"AbortRequest"_s]
                                      [u"MessageReference"_s]
                                          .toObject();
    const QString k = key(reference.value(u"SaleID"_s).toString(),
                          reference.value(u"ServiceID"_s).toString());
    auto it = m_inFlight.find(k);
    if (it == m_inFlight.end())
        return; // too late (or never started): the payment keeps its outcome
    it->aborted = true;
    finishPayment(k);
}

void TerminalSimulator::saveHistory() const
{
    if (m_historyFile.isEmpty())
        return;
    QJsonArray list;
    for (auto it = m_transactions.cbegin(); it != m_transactions.cend(); ++it) {
        if (it->state != u"done"_s)
            continue;
        list << QJsonObject{{u"key"_s, it.key()},
                            {u"category"_s, it->category},
                            {u"poiTransactionId"_s, it->poiTransactionId},
                            {u"amountMinor"_s, it->amountMinor},
                            {u"reversedMinor"_s, it->reversedMinor},
                            {u"currency"_s, it->currency},
                            {u"response"_s, it->response}};
    }
    QFile file(m_historyFile);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(QJsonObject{{u"counter"_s, m_transactionCounter},
                                             {u"transactions"_s, list}})
                       .toJson(QJsonDocument::Compact));
}

void TerminalSimulator::loadHistory()
{
    QFile file(m_historyFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    m_transactionCounter = json.value(u"counter"_s).toInt();
    for (const QJsonValue &value : json.value(u"transactions"_s).toArray()) {
        const QJsonObject o = value.toObject();
        Transaction t;
        t.category = o.value(u"category"_s).toString();
        t.state = u"done"_s;
        t.poiTransactionId = o.value(u"poiTransactionId"_s).toString();
        t.amountMinor = o.value(u"amountMinor"_s).toInteger();
        t.reversedMinor = o.value(u"reversedMinor"_s).toInteger();
        t.currency = o.value(u"currency"_s).toString();
        t.response = o.value(u"response"_s).toObject();
        const QString k = o.value(u"key"_s).toString();
        m_transactions.insert(k, t);
        if (!t.poiTransactionId.isEmpty() && t.category == u"Payment"_s)
            m_byPoiTransaction.insert(t.poiTransactionId, k);
    }
}
