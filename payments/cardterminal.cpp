// SPDX-License-Identifier: MIT
#include "cardterminal.h"
#include "clock.h"
#include "database.h"
#include "ids.h"
#include "nexo.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <tuple>

using namespace Qt::Literals::StringLiterals;

// Logs ids, states and amounts only: never a response body (docs/payments.md).
Q_LOGGING_CATEGORY(lcCard, "clienteling.payments")

/**
 * One request and its answer on a connection of its own, never re-sent. (QNetworkAccessManager
 * silently re-sends a POST when a connection closes before the answer: for a payment that is
 * the road to a double charge, so the terminal gets exactly what we send, once.)
 * Answers are read with Content-Length, Transfer-Encoding: chunked, or up to the connection's
 * close, and never past maxAnswerBytes: a terminal's answer is a few kilobytes, so anything
 * larger is a fault and is treated as no usable answer (the status is asked), never read.
 */
class TerminalExchange : public QObject
{
    Q_OBJECT

public:
    TerminalExchange(const QUrl &url, const QByteArray &body, int timeoutMs, QObject *parent)
        : QObject(parent)
    {
        const bool tls = url.scheme() == u"https"_s;
        m_socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
        QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
        if (path.isEmpty())
            path = "/";
        m_request = "POST " + path + " HTTP/1.1\r\nHost: " + url.host().toUtf8() + ':'
            + QByteArray::number(url.port(tls ? 443 : 80))
            + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        connect(m_socket, &QAbstractSocket::readyRead, this, [this] {
            if (m_done)
                return;
            m_answer += m_socket->readAll();
            tryFinish();
        });
        connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
            if (m_done)
                return;
            if (m_socket->isOpen())
                m_answer += m_socket->readAll();
            tryFinish(true);
        });
        connect(m_socket, &QAbstractSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError error) {
                    if (error != QAbstractSocket::RemoteHostClosedError)
                        fail(m_socket->errorString());
                });
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { fail(u"no answer in time"_s); });
        m_timer.start(timeoutMs);
        if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
            connect(ssl, &QSslSocket::encrypted, this, [this] { m_socket->write(m_request); });
            ssl->connectToHostEncrypted(url.host(), quint16(url.port(443)));
        } else {
            connect(m_socket, &QAbstractSocket::connected, this,
                    [this] { m_socket->write(m_request); });
            m_socket->connectToHost(url.host(), quint16(url.port(80)));
        }
    }
    /** Stops waiting; nothing is reported. */
    void cancel()
    {
        m_done = true;
        m_socket->abort();
        deleteLater();
    }

signals:
    /** ok: an HTTP 200 with a body; otherwise error says why there is no usable answer. */
    void done(bool ok, const QByteArray &body, const QString &error);

private:
    /** Body bytes of a chunked answer from its first chunk on: the body once the last chunk
        and the trailer section are in, an empty optional while more is needed, or why it
        cannot be read (RFC 9112 section 7.1: chunk extensions and trailer fields are read past
        and ignored). */
    struct Dechunked
    {
        bool complete = false;
        QByteArray body;
        QString error;
    };
    static Dechunked dechunk(const QByteArray &data)
    {
        Dechunked out;
        qsizetype at = 0;
        for (;;) {
            const qsizetype lineEnd = data.indexOf("\r\n", at);
            if (lineEnd < 0)
                return out;
            // chunk-size [; chunk-ext]: the size is hex digits, the extensions are ignored.
            QByteArray size = data.mid(at, lineEnd - at);
            if (const qsizetype semicolon = size.indexOf(';'); semicolon >= 0)
                size.truncate(semicolon);
            size = size.trimmed();
            bool ok = false;
            const qint64 length = size.toLongLong(&ok, 16);
            if (!ok || size.isEmpty() || size.size() > 8 || length < 0) {
                out.error = u"the answer's chunked framing cannot be read"_s;
                return out;
            }
            at = lineEnd + 2;
            if (length == 0) {
                // Trailer fields, each a line, up to an empty line.
                for (;;) {
                    const qsizetype end = data.indexOf("\r\n", at);
                    if (end < 0)
                        return out;
                    if (end == at) {
                        out.complete = true;
                        return out;
                    }
                    at = end + 2;
                }
            }
            if (data.size() < at + length + 2)
                return out;
            if (data.mid(at + length, 2) != "\r\n") {
                out.error = u"the answer's chunked framing cannot be read"_s;
                return out;
            }
            out.body += data.mid(at, length);
            at += length + 2;
        }
    }
    void tryFinish(bool closed = false)
    {
        if (m_answer.size() > maxAnswerBytes) {
            fail(u"the answer is larger than 1 MiB"_s);
            return;
        }
        const qsizetype end = m_answer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (closed)
                fail(u"the connection closed before the answer"_s);
            return;
        }
        const QList<QByteArray> head = m_answer.left(end).split('\n');
        const QList<QByteArray> status = head.value(0).trimmed().split(' ');
        qint64 length = -1;
        bool chunked = false;
        for (const QByteArray &line : head) {
            const QByteArray lower = line.toLower();
            if (lower.startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
            // Chunked is the last coding when present (RFC 9112 section 6.1); it overrides
            // any Content-Length.
            else if (lower.startsWith("transfer-encoding:"))
                chunked = lower.mid(18).trimmed().endsWith("chunked");
        }
        QByteArray body = m_answer.mid(end + 4);
        if (chunked) {
            const Dechunked answer = dechunk(body);
            if (!answer.error.isEmpty()) {
                fail(answer.error);
                return;
            }
            if (!answer.complete) {
                if (closed)
                    fail(u"the connection closed in the middle of the answer"_s);
                return;
            }
            body = answer.body;
        } else if (length > maxAnswerBytes) {
            fail(u"the answer is larger than 1 MiB"_s);
            return;
        } else if (length >= 0 ? body.size() < length : !closed) {
            if (closed)
                fail(u"the connection closed in the middle of the answer"_s);
            return;
        } else if (length >= 0) {
            body.truncate(length);
        }
        if (m_done)
            return;
        m_done = true;
        m_timer.stop();
        const bool ok = status.value(1) == "200";
        emit done(ok, body,
                  ok ? QString() : u"HTTP status %1"_s.arg(QString::fromLatin1(status.value(1))));
        m_socket->abort();
        deleteLater();
    }
    void fail(const QString &error)
    {
        if (m_done)
            return;
        m_done = true;
        m_timer.stop();
        emit done(false, {}, error);
        m_socket->abort();
        deleteLater();
    }

    // Head and body together, as received (chunk framing included).
    static constexpr qsizetype maxAnswerBytes = 1024 * 1024;

    QTcpSocket *m_socket;
    QByteArray m_request;
    QByteArray m_answer;
    QTimer m_timer;
    bool m_done = false;
};

namespace {
const QStringList finalStates = {u"approved"_s, u"partial"_s,     u"declined"_s, u"cancelled"_s,
                                 u"mismatch"_s, u"not_charged"_s, u"review"_s};
// Status answers that cannot be used, in a row, before the associate is asked to look.
constexpr int maxUnusableInARow = 3;
} // namespace

CardTerminal::CardTerminal(const QSqlDatabase &db, Config config, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_config(std::move(config))
{ }

CardTerminal::~CardTerminal()
{
    // Unfinished payments stay persisted; recover() picks them up next time.
    for (const QPointer<TerminalExchange> &exchange : std::as_const(m_inFlight)) {
        if (exchange) {
            exchange->disconnect(this);
            exchange->cancel();
        }
    }
}

bool CardTerminal::isFinal(const QString &state)
{
    return finalStates.contains(state);
}

QString CardTerminal::persist(const QString &saleId, const QString &kind, const Money &amount,
                              bool allowPartial, const QString &originalReference,
                              const QString &originalTime)
{
    if (!isConfigured() || amount.minor() <= 0)
        return {};
    const QString id = Ids::newId();
    const qint64 now = Clock::nowMs();
    QSqlQuery insert = Database::prepare(
        m_db,
        u"INSERT INTO card_payments (id, sale_id, kind, amount_minor, currency,"
        " allow_partial, original_reference, original_time, sale_transaction_id,"
        " service_id, poi_id, state, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'persisted', ?, ?)"_s);
    for (const QVariant &value :
         QVariantList {id, saleId, kind, amount.minor(), amount.currency(), allowPartial ? 1 : 0,
                       originalReference, originalTime, QString(id.left(8) + u'-' + kind.left(3)),
                       Nexo::newServiceId(), m_config.poiId, now, now})
        insert.addBindValue(value);
    if (!Database::exec(insert))
        return {};
    qCInfo(lcCard) << "card" << kind << id << "persisted" << amount.minor() << amount.currency();
    QTimer::singleShot(0, this, [this, id] { send(id); });
    return id;
}

QString CardTerminal::startPayment(const QString &saleId, const Money &amount, bool allowPartial)
{
    return persist(saleId, u"payment"_s, amount, allowPartial, {}, {});
}

QString CardTerminal::startRefund(const QString &saleId, const Money &amount)
{
    return persist(saleId, u"refund"_s, amount, false, {}, {});
}

QString CardTerminal::startReversal(const QString &saleId, const QString &originalPoiTransactionId,
                                    const QString &originalTime, const Money &amount)
{
    if (originalPoiTransactionId.isEmpty())
        return {};
    return persist(saleId, u"reversal"_s, amount, false, originalPoiTransactionId, originalTime);
}

std::optional<CardTerminal::Record> CardTerminal::record(const QString &id) const
{
    QSqlQuery query = Database::prepare(
        m_db,
        u"SELECT id, sale_id, kind, state, amount_minor, authorized_minor, currency,"
        " card_brand, card_last4, poi_transaction_id, poi_time, error_condition, message,"
        " service_id, status_checks, poi_id, sale_transaction_id, created_at,"
        " authorized_currency FROM card_payments WHERE id = ?"_s);
    query.addBindValue(id);
    if (!Database::exec(query) || !query.next())
        return std::nullopt;
    Record r;
    r.id = query.value(0).toString();
    r.saleId = query.value(1).toString();
    r.kind = query.value(2).toString();
    r.state = query.value(3).toString();
    r.amountMinor = query.value(4).toLongLong();
    r.authorizedMinor = query.value(5).toLongLong();
    r.currency = query.value(6).toString();
    r.cardBrand = query.value(7).toString();
    r.cardLast4 = query.value(8).toString();
    r.poiTransactionId = query.value(9).toString();
    r.poiTime = query.value(10).toString();
    r.errorCondition = query.value(11).toString();
    r.message = query.value(12).toString();
    r.serviceId = query.value(13).toString();
    r.statusChecks = query.value(14).toInt();
    r.poiId = query.value(15).toString();
    r.saleTransactionId = query.value(16).toString();
    r.createdAt = query.value(17).toLongLong();
    r.authorizedCurrency = query.value(18).toString();
    return r;
}

bool CardTerminal::update(const QString &id, const QVariantMap &fields)
{
    QStringList sets;
    QVariantList values;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        sets << it.key() + u" = ?"_s;
        values << it.value();
    }
    sets << u"updated_at = ?"_s;
    values << Clock::nowMs() << id;
    QSqlQuery query = Database::prepare(
        m_db, u"UPDATE card_payments SET "_s + sets.join(u", "_s) + u" WHERE id = ?"_s);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    const bool ok = Database::exec(query);
    if (ok && fields.contains(u"state"_s)) {
        const QString state = fields.value(u"state"_s).toString();
        qCInfo(lcCard) << "card payment" << id << state;
        emit stateChanged(id, state);
        if (isFinal(state))
            emit finished(id, state);
    }
    return ok;
}

QString CardTerminal::category(const Record &record) const
{
    return record.kind == u"reversal"_s ? u"Reversal"_s : u"Payment"_s;
}

TerminalExchange *CardTerminal::post(const QJsonObject &message, int timeoutMs)
{
    return new TerminalExchange(m_config.url, QJsonDocument(message).toJson(QJsonDocument::Compact),
                                timeoutMs, this);
}

namespace {
/** The answer, or why there is none we can use (a transport error, or an unreadable body). */
Nexo::Outcome outcomeOf(bool ok, const QByteArray &body, const QString &error)
{
    if (!ok) {
        Nexo::Outcome outcome;
        outcome.problem = error.isEmpty() ? u"no answer"_s : error.left(120);
        return outcome;
    }
    return Nexo::parseResponse(body);
}

bool isFailure(const Nexo::Outcome &outcome, const QString &condition)
{
    return outcome.result == Nexo::Outcome::Result::Failure && outcome.errorCondition == condition;
}

/** "ServiceID X, not Y" for the first of the header's ids that differs; optional: a field the
    answer leaves out is not held against it (MessageReference.POIID in Adyen's answers). */
QString differs(const QString &what, const Nexo::Header &got, const Nexo::Header &expected,
                bool optional)
{
    const QList<std::tuple<QString, QString, QString>> ids {
        {u"ServiceID"_s, got.serviceId, expected.serviceId},
        {u"SaleID"_s, got.saleId, expected.saleId},
        {u"POIID"_s, got.poiId, expected.poiId}};
    for (const auto &[name, value, wanted] : ids) {
        if ((!optional || !value.isEmpty()) && value != wanted)
            return u"%1 %2 is %3, not %4"_s.arg(what, name, value.isEmpty() ? u"missing"_s : value,
                                                wanted);
    }
    return {};
}
} // namespace

QString CardTerminal::notAbout(const Record &r, const Nexo::Outcome &o,
                               const QString &statusServiceId) const
{
    const Nexo::Header ours {category(r), u"Response"_s, r.serviceId, m_config.saleId, r.poiId};
    if (statusServiceId.isEmpty()) {
        // The answer to our own request: its header must be our request's.
        if (QString why = differs(u"the answer's"_s, o.header, ours, false); !why.isEmpty())
            return why;
    } else {
        const Nexo::Header question {u"TransactionStatus"_s, u"Response"_s, statusServiceId,
                                     m_config.saleId, r.poiId};
        if (QString why = differs(u"the status answer's"_s, o.header, question, false);
            !why.isEmpty())
            return why;
        // What it is about: MessageReference where given, and the repeated answer's own header.
        if (QString why = differs(u"MessageReference"_s, o.reference, ours, true); !why.isEmpty())
            return why;
        if (!o.reference.category.isEmpty() && o.reference.category != ours.category)
            return u"MessageReference is about a %1, not a %2"_s.arg(o.reference.category,
                                                                     ours.category);
        if (o.repeated) {
            if (QString why = differs(u"the repeated answer's"_s, o.repeatedHeader, ours, false);
                !why.isEmpty())
                return why;
        }
    }
    if (!o.saleTransactionId.isEmpty() && r.kind != u"reversal"_s
        && o.saleTransactionId != r.saleTransactionId)
        return u"SaleTransactionID is %1, not %2"_s.arg(o.saleTransactionId, r.saleTransactionId);
    return {};
}

qint64 CardTerminal::sinceSent(const Record &r) const
{
    // This run's own clock when it sent it; else (sent before a restart) its creation time.
    const auto it = m_sentAt.constFind(r.id);
    return it != m_sentAt.constEnd() ? it->elapsed() : Clock::nowMs() - r.createdAt;
}

void CardTerminal::send(const QString &id)
{
    const auto r = record(id);
    if (!r || r->state != u"persisted"_s)
        return;
    QSqlQuery query = Database::prepare(m_db,
                                        u"SELECT sale_transaction_id, allow_partial,"
                                        " original_reference, original_time, created_at"
                                        " FROM card_payments WHERE id = ?"_s);
    query.addBindValue(id);
    if (!Database::exec(query) || !query.next())
        return;
    const Nexo::Header header {category(*r), u"Request"_s, r->serviceId, m_config.saleId, r->poiId};
    const Money amount(r->amountMinor, r->currency);
    const QString timestamp = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC)
                                  .toString(Qt::ISODateWithMs);
    const QJsonObject message = r->kind == u"reversal"_s
        ? Nexo::reversalRequest(header, query.value(2).toString(), query.value(3).toString(),
                                amount)
        : Nexo::paymentRequest(header, query.value(0).toString(), timestamp, r->saleId, amount,
                               query.value(1).toBool(), r->kind == u"refund"_s);
    // Sent is written before the request leaves: a crash from here on is resolved by asking.
    if (!update(id, {{u"state"_s, u"sent"_s}}))
        return;
    m_sentAt[id].start();
    TerminalExchange *exchange = post(message, m_config.answerTimeoutMs);
    m_inFlight.insert(id, exchange);
    connect(exchange, &TerminalExchange::done, this,
            [this, id](bool ok, const QByteArray &body, const QString &error) {
                m_inFlight.remove(id);
                const auto r = record(id);
                if (!r || isFinal(r->state))
                    return;
                const Nexo::Outcome outcome = outcomeOf(ok, body, error);
                QString problem = outcome.result == Nexo::Outcome::Result::Malformed
                    ? outcome.problem
                    : notAbout(*r, outcome, {});
                if (problem.isEmpty() && isFailure(outcome, u"NotAllowed"_s))
                    problem = u"the terminal already saw this ServiceID (NotAllowed)"_s;
                if (!problem.isEmpty()) {
                    // No answer we can trust (timeout, dropped connection, garbage, another
                    // transaction's): ask about ours, never guess. Not at once: a terminal that
                    // lost the connection a moment ago may not have registered the payment.
                    qCWarning(lcCard) << "card payment" << id << "no usable answer:" << problem;
                    update(id, {{u"state"_s, u"checking"_s}});
                    QTimer::singleShot(m_config.firstStatusDelayMs, this,
                                       [this, id] { askStatus(id); });
                    return;
                }
                if (isFailure(outcome, u"Busy"_s)) {
                    // The terminal was serving another sale: this one never started.
                    update(id,
                           {{u"state"_s, u"not_charged"_s},
                            {u"error_condition"_s, outcome.errorCondition}});
                    return;
                }
                settle(id, outcome);
            });
}

void CardTerminal::settle(const QString &id, const Nexo::Outcome &o)
{
    const auto r = record(id);
    if (!r || isFinal(r->state))
        return;
    QVariantMap fields {{u"error_condition"_s, o.errorCondition}, {u"message"_s, o.refusalReason}};
    if (o.result == Nexo::Outcome::Result::Success || o.result == Nexo::Outcome::Result::Partial) {
        const bool partialResult = o.result == Nexo::Outcome::Result::Partial;
        // Success without an amount is for what was asked; Partial without one is for nothing.
        const qint64 authorized = o.hasAmount ? o.authorizedMinor
            : partialResult                   ? 0
                                              : r->amountMinor;
        const QString currency = o.currency.isEmpty() ? r->currency : o.currency;
        QString state;
        if (currency != r->currency || authorized > r->amountMinor
            || (!partialResult && authorized <= 0)) {
            // Not what was asked: never a plain approval. The terminal's figures are kept so a
            // person can compare them with its receipt (and give the payment back).
            state = u"mismatch"_s;
            qCWarning(lcCard) << "card payment" << id << "answer does not match the request:"
                              << "asked" << r->amountMinor << r->currency << "terminal says"
                              << authorized << currency;
        } else {
            state = authorized <= 0           ? u"declined"_s
                : authorized < r->amountMinor ? u"partial"_s
                                              : u"approved"_s;
        }
        fields.insert(u"state"_s, state);
        fields.insert(u"authorized_minor"_s, authorized);
        fields.insert(u"authorized_currency"_s, currency);
        fields.insert(u"card_brand"_s, o.brand);
        fields.insert(u"card_last4"_s, o.last4);
        fields.insert(u"poi_transaction_id"_s, o.poiTransactionId);
        fields.insert(u"poi_time"_s, o.poiTimestamp);
    } else {
        const bool cancelled = o.errorCondition == u"Aborted"_s || o.errorCondition == u"Cancel"_s;
        fields.insert(u"state"_s, cancelled ? u"cancelled"_s : u"declined"_s);
    }
    m_sentAt.remove(id);
    update(id, fields);
}

void CardTerminal::askAgain(const QString &id)
{
    QTimer::singleShot(m_config.pollIntervalMs, this, [this, id] { askStatus(id); });
}

void CardTerminal::askStatus(const QString &id)
{
    const auto r = record(id);
    if (!r || isFinal(r->state))
        return;
    // Asked of the terminal that took it (its POIID as stored), whatever is configured now.
    const QString statusServiceId = Nexo::newServiceId();
    const Nexo::Header header {u"TransactionStatus"_s, u"Request"_s, statusServiceId,
                               m_config.saleId, r->poiId};
    TerminalExchange *exchange
        = post(Nexo::transactionStatusRequest(header, category(*r), r->serviceId),
               m_config.statusTimeoutMs);
    connect(
        exchange, &TerminalExchange::done, this,
        [this, id, statusServiceId](bool ok, const QByteArray &body, const QString &error) {
            const auto r = record(id);
            if (!r || isFinal(r->state))
                return;
            const Nexo::Outcome outcome = outcomeOf(ok, body, error);
            const int checks = r->statusChecks + 1;
            update(id, {{u"status_checks"_s, checks}});
            QString problem = outcome.result == Nexo::Outcome::Result::Malformed
                ? outcome.problem
                : notAbout(*r, outcome, statusServiceId);
            const bool running = isFailure(outcome, u"InProgress"_s)
                // Some terminals say Busy while the transaction asked about still runs.
                || isFailure(outcome, u"Busy"_s);
            if (problem.isEmpty() && !outcome.repeated && !running
                && !isFailure(outcome, u"NotFound"_s))
                problem = u"the status answer is %1 %2"_s.arg(
                    outcome.result == Nexo::Outcome::Result::Failure ? u"Failure"_s : u"Success"_s,
                    outcome.errorCondition);
            if (!problem.isEmpty()) {
                // Unreachable, unreadable, or about something else: a few more tries in a
                // row, then the associate checks the terminal.
                const int inARow = ++m_transportFailures[id];
                qCWarning(lcCard) << "card payment" << id << "status question" << checks
                                  << "no usable answer:" << problem << "(" << inARow << "in a row)";
                if (inARow >= maxUnusableInARow) {
                    m_transportFailures.remove(id);
                    update(id,
                           {{u"state"_s, u"review"_s}, {u"error_condition"_s, u"Unreachable"_s}});
                } else {
                    askAgain(id);
                }
                return;
            }
            m_transportFailures.remove(id); // a usable answer ends the run
            if (outcome.repeated) {
                settle(id, outcome);
                return;
            }
            if (isFailure(outcome, u"NotFound"_s) && sinceSent(*r) >= m_config.notFoundGraceMs) {
                // The terminal has no such transaction: it never started, nothing was charged.
                m_sentAt.remove(id);
                update(id, {{u"state"_s, u"not_charged"_s}, {u"error_condition"_s, u"NotFound"_s}});
                return;
            }
            // Still running, or sent so recently that the terminal may not have registered it.
            if (checks >= m_config.maxStatusAttempts)
                update(id,
                       {{u"state"_s, u"review"_s}, {u"error_condition"_s, outcome.errorCondition}});
            else
                askAgain(id);
        });
}

void CardTerminal::abort(const QString &id)
{
    const auto r = record(id);
    if (!r || r->state != u"sent"_s || r->kind == u"reversal"_s)
        return;
    qCInfo(lcCard) << "card payment" << id << "abort requested";
    const Nexo::Header header {u"Abort"_s, u"Request"_s, Nexo::newServiceId(), m_config.saleId,
                               r->poiId};
    // The payment's own answer says Aborted (or, too late, its real outcome); if that answer
    // is lost, the status question settles it as for any lost answer.
    post(Nexo::abortRequest(header, category(*r), r->serviceId), m_config.statusTimeoutMs);
}

void CardTerminal::checkStatus(const QString &id)
{
    const auto r = record(id);
    if (!r || (r->state != u"review"_s && r->state != u"checking"_s))
        return;
    m_transportFailures.remove(id);
    update(id, {{u"state"_s, u"checking"_s}, {u"status_checks"_s, 0}});
    askStatus(id);
}

int CardTerminal::recover()
{
    QSqlQuery query = Database::prepare(m_db,
                                        u"SELECT id FROM card_payments WHERE state IN"
                                        " ('persisted', 'sent', 'checking')"_s);
    if (!Database::exec(query))
        return 0;
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    for (const QString &id : std::as_const(ids)) {
        if (m_inFlight.contains(id))
            continue;
        // Whether it left before the restart is unknown: ask, with the same ids.
        update(id, {{u"state"_s, u"checking"_s}});
        askStatus(id);
    }
    return int(ids.size());
}

#include "cardterminal.moc"
