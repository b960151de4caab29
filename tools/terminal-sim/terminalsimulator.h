// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QTcpSocket;

/**
 * A payment terminal that speaks the same nexo JSON as the real ones (POST /nexo), for the
 * demo and the tests. Outcomes follow the amount's last three minor digits as Adyen's test
 * acquirer does (123 declined, 124 insufficient balance, 125 blocked card, 126 expired card,
 * 127 invalid amount, 135 PIN tries exceeded, 136 issuer unavailable; 150 with partial
 * authorisation allowed approves half). Faults come from POST /control; GET /control/log lists
 * every request received. docs/payments.md describes it all.
 */
class TerminalSimulator : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit TerminalSimulator(QString poiId, QObject *parent = nullptr);

    /** Card tap time: how long a payment takes (InProgress meanwhile). */
    void setDelayMs(int ms) { m_delayMs = ms; }
    /** Keeps the transaction history in a file so a restart remembers it. */
    void setHistoryFile(const QString &path);
    /** A terminal restart: transactions in flight are lost (never charged); history is kept
        only with a history file and keepHistory. */
    void restart(bool keepHistory);
    QJsonArray log() const { return m_log; }
    /** What POST /control does: delayMs, dropNextAnswer, noCardNext, partialNext, clearLog,
        restart {keepHistory}, and the answers a real terminal may give that the app must not
        take at face value: foreignAnswerNext, foreignStatusNext, authorizedFactorNext,
        currencyNext, successBelowNext, statusAnswers, cutNextConnection
        (docs/payments.md). */
    QJsonObject handleControl(const QJsonObject &command);
    QString poiId() const { return m_poiId; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Transaction
    {
        QString category;     // Payment, Reversal
        QString serviceId;
        QString saleId;
        QString state;        // in_progress, done
        QJsonObject response; // the whole SaleToPOIResponse once done
        QString poiTransactionId;
        qint64 amountMinor = 0;
        qint64 reversedMinor = 0;
        QString currency;
    };

    void handlePayment(const QJsonObject &request, QTcpSocket *socket,
                       const QHttpServerRequest &httpRequest);
    QJsonObject reversal(const QJsonObject &request);
    QJsonObject transactionStatus(const QJsonObject &request);
    void abort(const QJsonObject &request);
    QJsonObject respond(const QJsonObject &requestHeader, const QString &body,
                        const QJsonObject &content) const;
    QJsonObject failure(const QJsonObject &requestHeader, const QString &body,
                        const QString &condition, const QString &additional = {}) const;
    QJsonObject approval(const QJsonObject &requestHeader, const QJsonObject &requestBody,
                         const QString &poiTransactionId, qint64 authorisedMinor,
                         const QString &currency, bool partial) const;
    QJsonObject foreignStatus(const QJsonObject &request, const QString &field);
    void finishPayment(const QString &key);
    void saveHistory() const;
    void loadHistory();
    static QString key(const QString &saleId, const QString &serviceId)
    {
        return saleId + u'/' + serviceId;
    }

    QString m_poiId;
    int m_delayMs = 1500;
    QString m_historyFile;
    QHash<QString, Transaction> m_transactions;
    QHash<QString, QString> m_byPoiTransaction; // POITransactionID -> key
    struct InFlight
    {
        QJsonObject request;
        QPointer<QTcpSocket> socket;
        std::shared_ptr<QHttpServerResponder> responder;
        bool aborted = false;
        int generation = 0;
        bool cut = false; // the connection was cut on arrival: nobody waits for the answer
    };
    QHash<QString, InFlight> m_inFlight;
    int m_generation = 0;
    int m_transactionCounter = 0;
    // One-shot faults from /control.
    bool m_dropNextAnswer = false;
    bool m_noCardNext = false;
    bool m_partialNext = false;
    bool m_successBelowNext = false;
    bool m_cutNextConnection = false;
    int m_authorizedFactorNext = 1;
    QString m_currencyNext;
    QString m_foreignAnswerNext; // ServiceID, SaleID, POIID or SaleTransactionID
    QString m_foreignStatusNext; // MessageReference, MessageHeader, SaleTransactionID or all
    QStringList m_statusAnswers; // Busy, InProgress, NotFound, Unreadable
    QJsonArray m_log;
};
