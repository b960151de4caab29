// SPDX-License-Identifier: MIT
#pragma once

#include "money.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QUrl>

#include <optional>

class TerminalExchange;
namespace Nexo {
struct Outcome;
}

/**
 * Card payments through a payment terminal on the store network (nexo Sale-to-POI in JSON over
 * HTTP, docs/payments.md). Every payment is a state machine persisted in the local store's
 * card_payments table before a byte is sent:
 *
 *   persisted -> sent -> approved | partial | declined | cancelled | mismatch
 *                  \-> checking (no answer, a dropped connection, or an answer about
 *                                another transaction)
 *                         -> approved | partial | declined | cancelled | mismatch
 *                         -> not_charged (the terminal never received it)
 *                         -> review (the terminal cannot be asked; the associate checks it)
 *
 * A timeout or a lost answer is never taken as a decline: the terminal is asked for the
 * transaction's status with the same SaleID and ServiceID, so a retry never charges twice.
 * Every answer must name this transaction (ServiceID, SaleID, POIID, SaleTransactionID);
 * one that does not is never an approval. An approval for more than was asked, or in another
 * currency, is "mismatch": the terminal's figures are kept, and a person checks them.
 * After a restart, recover() asks again about every payment that was not finished.
 *
 * Of the card, only the brand, the last four digits, the terminal's transaction reference and
 * its time are kept; the codec (Nexo::parseResponse) reads nothing else.
 */
class CardTerminal : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QUrl url; // http(s)://terminal:8443/nexo
        QString poiId; // the terminal's POIID
        QString saleId; // this tablet, as the terminal knows it (SaleID)
        int answerTimeoutMs = 120000; // a card tap, PIN and authorisation
        int statusTimeoutMs = 10000; // one status question
        int pollIntervalMs = 2000; // while the terminal says "in progress"
        int maxStatusAttempts = 30; // then review
        // After a lost answer, time for the terminal to register the payment before the first
        // status question (it may not have, a few milliseconds after the connection dropped).
        int firstStatusDelayMs = 3000;
        // A NotFound this soon after the payment was sent means "ask again", not "never got it".
        int notFoundGraceMs = 15000;
    };

    /** What is kept of one payment, refund or reversal. */
    struct Record
    {
        QString id;
        QString saleId;
        QString kind; // payment, refund, reversal
        QString state;
        qint64 amountMinor = 0;
        qint64 authorizedMinor = 0; // what the terminal answered, in authorizedCurrency
        QString currency; // of amountMinor, as asked
        QString authorizedCurrency;
        QString cardBrand;
        QString cardLast4;
        QString poiTransactionId;
        QString poiTime;
        QString errorCondition;
        QString message; // the terminal's refusal reason, allow-listed
        QString serviceId;
        QString poiId; // the terminal it was sent to
        QString saleTransactionId;
        int statusChecks = 0;
        qint64 createdAt = 0;
    };

    CardTerminal(const QSqlDatabase &db, Config config, QObject *parent = nullptr);
    ~CardTerminal() override;

    const Config &config() const { return m_config; }
    void setConfig(const Config &config) { m_config = config; }
    bool isConfigured() const { return m_config.url.isValid() && !m_config.poiId.isEmpty(); }

    /** Starts a payment; the id is returned once it is persisted (empty if it cannot be). The
        request leaves from the event loop: a caller that writes its own rows in the same
        database transaction and rolls back sends nothing. */
    QString startPayment(const QString &saleId, const Money &amount, bool allowPartial);
    /** A refund to a card presented now (no reference to the original payment). */
    QString startRefund(const QString &saleId, const Money &amount);
    /** Gives back (part of) an earlier payment on the same card: cancelling an abandoned sale's
        payment, or a referenced refund. */
    QString startReversal(const QString &saleId, const QString &originalPoiTransactionId,
                          const QString &originalTime, const Money &amount);
    /** Asks the terminal to stop a payment still waiting for the card. */
    void abort(const QString &id);
    /** Asks the terminal again about a payment under review. */
    void checkStatus(const QString &id);
    /** Resumes every payment that was not finished (after a restart); returns how many. */
    int recover();

    std::optional<Record> record(const QString &id) const;
    static bool isFinal(const QString &state);
    /** Approved for some money (approved or partial). */
    static bool isApproved(const QString &state)
    {
        return state == QLatin1String("approved") || state == QLatin1String("partial");
    }

signals:
    void stateChanged(const QString &id, const QString &state);
    /** A payment reached approved, partial, declined, cancelled, not_charged or review. */
    void finished(const QString &id, const QString &state);

private:
    QString persist(const QString &saleId, const QString &kind, const Money &amount,
                    bool allowPartial, const QString &originalReference,
                    const QString &originalTime);
    void send(const QString &id);
    void askStatus(const QString &id);
    void askAgain(const QString &id);
    void settle(const QString &id, const Nexo::Outcome &outcome);
    /** Why an answer is not about this payment (empty: it is). statusServiceId: the status
        question it answers, if it answers one. */
    QString notAbout(const Record &record, const Nexo::Outcome &outcome,
                     const QString &statusServiceId) const;
    qint64 sinceSent(const Record &record) const;
    bool update(const QString &id, const QVariantMap &fields);
    TerminalExchange *post(const QJsonObject &message, int timeoutMs);
    QString category(const Record &record) const;

    QSqlDatabase m_db;
    Config m_config;
    QHash<QString, QPointer<TerminalExchange>> m_inFlight;
    QHash<QString, int> m_transportFailures; // unusable status answers in a row
    QHash<QString, QElapsedTimer> m_sentAt; // payments sent by this run
};
