// SPDX-License-Identifier: MIT
#pragma once

#include "protocol.h"
#include <QObject>
#include <QPointer>

#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QQmlEngine;
class QJSEngine;
class LocalStore;
class RejectionsModel;

/**
 * Background push and pull against the central service: the outbox goes up in order, changes
 * come down page by page, pending mutations are rebased on top. Retries with exponential
 * backoff and jitter, syncs at once when the network returns or on "sync now", and always
 * tells the associate where things stand.
 */
class SyncEngine : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY configurationChanged)
    Q_PROPERTY(QString addressError READ addressError NOTIFY configurationChanged)
    Q_PROPERTY(bool enrolled READ isEnrolled NOTIFY configurationChanged)
    Q_PROPERTY(bool online READ isOnline NOTIFY statusChanged)
    Q_PROPERTY(bool syncing READ isSyncing NOTIFY statusChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY statusChanged)
    Q_PROPERTY(qint64 lastSyncAt READ lastSyncAt NOTIFY statusChanged)
    /** Enrolled, but the first sync has not finished: what the tablet shows may be incomplete. */
    Q_PROPERTY(bool firstSyncPending READ isFirstSyncPending NOTIFY statusChanged)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(bool stuck READ isStuck NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)
    Q_PROPERTY(double progress READ progress NOTIFY statusChanged)
    Q_PROPERTY(bool loading READ isSyncing NOTIFY statusChanged)
    Q_PROPERTY(RejectionsModel *rejections READ rejections CONSTANT)

public:
    SyncEngine(LocalStore *store, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SyncEngine() override;
    static SyncEngine *create(QQmlEngine *, QJSEngine *);

    /** The address in use, or the refused one saved by an older version (to be fixed). */
    QString serverUrl() const
    {
        return m_serverUrl.isEmpty() ? m_refusedUrl : m_serverUrl.toString();
    }
    /** Why the last address given (or the saved one) was refused; empty when it was not. */
    QString addressError() const { return m_addressError; }
    bool isEnrolled() const { return !m_token.isEmpty(); }
    bool isOnline() const { return m_online; }
    bool isSyncing() const { return m_syncing; }
    int pendingCount() const { return m_pendingCount; }
    qint64 lastSyncAt() const { return m_lastSyncAt; }
    bool isFirstSyncPending() const { return isEnrolled() && m_lastSyncAt == 0; }
    QString lastSyncText() const;
    QString statusText() const;
    bool isStuck() const;
    QString errorString() const { return m_errorString; }
    double progress() const { return m_progress; }
    RejectionsModel *rejections() const { return m_rejections; }

    /** Loads the saved server and token; a command-line URL overrides the saved one. */
    void start(const QString &serverUrlOverride = {});
    /** Enrols this tablet with a one-time code from a manager, then syncs. */
    Q_INVOKABLE void enrol(const QString &serverUrl, const QString &code);
    Q_INVOKABLE void syncNow();
    /** Saves the central service's address (rules: ServerAddress::parse). A refused address
        changes nothing; addressError then says why. */
    Q_INVOKABLE bool setServerUrl(const QString &url);
    /** An authenticated GET to the service (live lookups); nullptr when not enrolled. */
    QNetworkReply *get(const QString &path, const QUrlQuery &query, int timeoutMs);
    /** The same as a POST of a JSON body (what must not go in a URL: a gift card's number). */
    QNetworkReply *postJson(const QString &path, const QJsonObject &body, int timeoutMs);

    /** Delays (ms) between retries after failures: base, doubling, capped; plus jitter. */
    void setRetryPolicy(int baseMs, int maxMs);
    void setPollInterval(int ms) { m_pollIntervalMs = ms; }
    /** How long a change may wait while online before the queue counts as stuck. */
    void setStuckAfter(qint64 ms) { m_stuckAfterMs = ms; }
    /** Whether a cycle will start on its own (a retry, a poll, an upload): lets the tests
        check "no retry" without waiting to see that none comes. */
    bool isCycleScheduled() const { return m_timer.isActive(); }
    static constexpr int pushBatch = 500;
    static constexpr int pullPage = 2000;

signals:
    void configurationChanged();
    void statusChanged();
    /** A full push and pull finished. */
    void synced();
    void enrolmentFinished(bool ok, const QString &message);

private:
    enum class Step { Idle, Push, Pull };
    void schedule(int delayMs);
    void runCycle();
    void push();
    void pull();
    /** Asks for the page after cursor; its answer goes to pageArrived. */
    void requestPage(const QString &cursor, qint64 rejectedAfter);
    void pageArrived(QNetworkReply *reply);
    /** Saves the page held by pageArrived; then waits for the next one or ends the cycle. */
    void saveHeldPage();
    void finishCycle(bool ok);
    /** The service holds this client's mutations only up to serviceLast, fewer than it
        confirmed: sends the archived ones again (or says what was lost), then a full pull. */
    void recoverFrom(qint64 serviceLast);
    /** Stops the cycle with an error the associate sees; with retry, tries again after the
        backoff, else only on "Sync now" or a new change. */
    void stopCycle(const QString &message, bool retry);
    /** body: the answer's JSON, read once by the caller (a reply's body can be read once). */
    /** A push or pull that failed: error is what the service answered (null without an
        answer or a body). */
    void failCycle(QNetworkReply *reply, const QString &what, const Protocol::Error &error);
    QNetworkReply *post(const QString &path, const QJsonObject &body, bool authorised = true,
                        int timeoutMs = 0);
    void refreshCounts();
    QUrl endpoint(const QString &path) const;
    void setOnline(bool online);
    void setError(const QString &message);
    int nextBackoff();

    LocalStore *m_store;
    QNetworkAccessManager *m_network;
    RejectionsModel *m_rejections;
    QTimer m_timer;
    QTimer m_stuckTimer;
    QUrl m_serverUrl;
    QString m_refusedUrl;
    QString m_addressError;
    QString m_token;
    bool m_online = false;
    bool m_syncing = false;
    bool m_again = false;
    int m_pendingCount = 0;
    qint64 m_lastSyncAt = 0;
    QString m_errorString;
    double m_progress = 0;
    int m_failures = 0;
    int m_retryBaseMs = 1000;
    int m_retryMaxMs = 60000;
    int m_pollIntervalMs = 30000;
    qint64 m_stuckAfterMs = 10 * 60 * 1000;
    qint64 m_pushedUpTo = 0;
    int m_recoveries = 0; // in this cycle: a second one means something else is wrong
    int m_gapResends = 0; // in this cycle
    int m_batch = pushBatch;
    qint64 m_pulledRows = 0;
    QPointer<QNetworkReply> m_reply;
    std::optional<Protocol::PullResponse> m_heldPage;
};
