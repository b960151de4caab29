// SPDX-License-Identifier: MIT
#include "syncengine.h"
#include "qmlentrypoint.h"
#include "tokenstore.h"
#include "clock.h"
#include "format.h"
#include "localstore.h"
#include "ordernumbers.h"
#include "protocol.h"
#include "rejectionsmodel.h"
#include "replica.h"
#include "serveraddress.h"
#include "synclog.h"

#include <QHostInfo>
#include <QJSEngine>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "clienteling.sync")

namespace {

int httpStatus(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QJsonObject jsonBody(QNetworkReply *reply)
{
    return QJsonDocument::fromJson(reply->readAll()).object();
}

/** Where a reply keeps the certificate errors it met (QNetworkAccessManager::sslErrors). */
constexpr char sslErrorsProperty[] = "clienteling.sslErrors";

/** What went wrong with a secure connection, if that is why the reply failed. */
ServerAddress::TlsProblem tlsProblem(QNetworkReply *reply)
{
    return ServerAddress::classify(reply->error(),
                                   reply->property(sslErrorsProperty).value<QList<QSslError>>());
}

/** A pulled page, parsed (on the pool) from the answer's bytes. */
struct ParsedPage
{
    bool ok = false;
    Protocol::PullResponse page;
    QString error;
    QJsonObject body;
};

ParsedPage parsePage(const QByteArray &bytes)
{
    ParsedPage parsed;
    parsed.body = QJsonDocument::fromJson(bytes).object();
    parsed.ok = Protocol::PullResponse::fromJson(parsed.body, &parsed.page, &parsed.error);
    if (parsed.ok)
        parsed.body = {}; // the page holds what is needed
    return parsed;
}
} // namespace

SyncEngine::SyncEngine(LocalStore *store, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network)
    , m_rejections(new RejectionsModel(store, this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::runCycle);
    m_stuckTimer.setInterval(30000);
    connect(&m_stuckTimer, &QTimer::timeout, this, &SyncEngine::statusChanged);
    m_stuckTimer.start();
    // Certificate errors are never ignored: they are kept to tell the associate what is wrong.
    connect(m_network, &QNetworkAccessManager::sslErrors, this,
            [](QNetworkReply *reply, const QList<QSslError> &errors) {
                reply->setProperty(sslErrorsProperty, QVariant::fromValue(errors));
            });
    connect(m_store, &LocalStore::outboxChanged, this, [this] {
        refreshCounts();
        // A local change: upload soon, letting quick successive edits travel together.
        if (!m_syncing && (!m_timer.isActive() || m_timer.remainingTime() > 300) && m_failures == 0)
            schedule(300);
    });
}

SyncEngine::~SyncEngine() = default;

SyncEngine *SyncEngine::create(QQmlEngine *, QJSEngine *)
{
    return QmlEntryPoint<SyncEngine>::forQml();
}

void SyncEngine::start(const QString &serverUrlOverride)
{
    if (!m_store->isReady())
        return;
    if (!serverUrlOverride.isEmpty()) {
        setServerUrl(serverUrlOverride);
    } else {
        // Saved by an older version, which turned host:port into http://: not used until fixed.
        const QString saved = m_store->setting(u"sync.server_url"_s);
        m_serverUrl = saved.isEmpty() ? QUrl() : ServerAddress::parse(saved, &m_addressError);
        m_refusedUrl = m_serverUrl.isEmpty() ? saved : QString();
    }
    m_token = TokenStore::load(*m_store);
    m_lastSyncAt = Replica(m_store->database()).state(u"last_sync_at"_s).toLongLong();
    refreshCounts();
    m_rejections->reload();
    if (!m_addressError.isEmpty() && isEnrolled())
        setError(m_addressError);
    emit configurationChanged();
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online
                        || reachability == QNetworkInformation::Reachability::Site) {
                        qCInfo(lcSync) << "network is back: syncing now";
                        m_failures = 0;
                        schedule(0);
                    }
                });
    }
    schedule(0);
}

bool SyncEngine::setServerUrl(const QString &url)
{
    QString error;
    const QUrl parsed = ServerAddress::parse(url, &error);
    if (parsed.isEmpty()) {
        m_addressError = error;
        emit configurationChanged();
        return false;
    }
    const bool wasRefused = !m_addressError.isEmpty();
    if (wasRefused && m_errorString == m_addressError)
        setError({});
    m_addressError.clear();
    m_refusedUrl.clear();
    if (parsed == m_serverUrl) {
        if (wasRefused)
            emit configurationChanged();
        return true;
    }
    m_serverUrl = parsed;
    m_store->setSetting(u"sync.server_url"_s, parsed.toString());
    emit configurationChanged();
    return true;
}

void SyncEngine::setRetryPolicy(int baseMs, int maxMs)
{
    m_retryBaseMs = baseMs;
    m_retryMaxMs = maxMs;
}

void SyncEngine::schedule(int delayMs)
{
    m_timer.start(qMax(0, delayMs));
}

void SyncEngine::syncNow()
{
    m_failures = 0;
    if (m_syncing)
        m_again = true;
    else
        schedule(0);
}

int SyncEngine::nextBackoff()
{
    const int exponent = qMin(m_failures - 1, 16);
    const qint64 ceiling = qMin<qint64>(m_retryMaxMs, qint64(m_retryBaseMs) << qMax(0, exponent));
    // Jitter spreads a store's tablets so they do not all retry at the same instant.
    return int(ceiling / 2 + QRandomGenerator::global()->bounded(int(ceiling / 2) + 1));
}

QNetworkReply *SyncEngine::post(const QString &path, const QJsonObject &body, bool authorised,
                                int timeoutMs)
{
    QUrl url = endpoint(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    // A caller's own timeout (an associate waiting), else the injected manager's; 20 s only
    // when neither has one.
    if (timeoutMs > 0)
        request.setTransferTimeout(timeoutMs);
    else if (m_network->transferTimeout() <= 0)
        request.setTransferTimeout(20000);
    if (authorised)
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    return m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QUrl SyncEngine::endpoint(const QString &path) const
{
    QUrl url = m_serverUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

QNetworkReply *SyncEngine::get(const QString &path, const QUrlQuery &query, int timeoutMs)
{
    if (!isEnrolled() || !m_serverUrl.isValid())
        return nullptr;
    QUrl url = endpoint(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    return m_network->get(request);
}

QNetworkReply *SyncEngine::postJson(const QString &path, const QJsonObject &body, int timeoutMs)
{
    if (!isEnrolled() || !m_serverUrl.isValid())
        return nullptr;
    return post(path, body, true, timeoutMs);
}

void SyncEngine::runCycle()
{
    if (m_syncing) {
        m_again = true;
        return;
    }
    if (!m_store->isReady() || !isEnrolled() || !m_serverUrl.isValid())
        return;
    m_syncing = true;
    m_again = false;
    m_recoveries = 0;
    m_gapResends = 0;
    m_pulledRows = 0;
    m_progress = 0;
    emit statusChanged();
    push();
}

void SyncEngine::push()
{
    Replica replica(m_store->database());
    const qint64 confirmed = replica.state(u"confirmed_mutation_id"_s).toLongLong();
    const QList<Protocol::Mutation> batch = replica.pending(qMax(confirmed, m_pushedUpTo), m_batch);
    if (batch.isEmpty()) {
        pull();
        return;
    }
    Protocol::PushRequest request {replica.clientId(), batch, replica.clientBase()};
    QNetworkReply *reply = post(u"/v1/sync/push"_s, request.toJson());
    m_reply = reply;
    const qint64 firstId = batch.first().id;
    QHash<qint64, QString> names;
    for (const Protocol::Mutation &mutation : batch)
        names.insert(mutation.id, mutation.name);
    connect(reply, &QNetworkReply::finished, this, [this, reply, firstId, confirmed, names] {
        reply->deleteLater();
        const int status = httpStatus(reply);
        const QJsonObject body = jsonBody(reply);
        if (status == 200) {
            Protocol::PushResponse response;
            QString error;
            if (!Protocol::PushResponse::fromJson(body, &response, &error)) {
                qCWarning(lcSync) << "bad push response:" << error;
                failCycle(reply, u"push"_s, Protocol::Error::fromJson(body));
                return;
            }
            setOnline(true);
            QList<Protocol::Rejection> rejections;
            for (const Protocol::MutationOutcome &outcome : response.results) {
                if (!outcome.applied)
                    rejections << Protocol::Rejection {outcome.id, names.value(outcome.id),
                                                       outcome.code, outcome.message};
            }
            if (!rejections.isEmpty()) {
                Replica(m_store->database()).recordRejections(rejections);
                m_rejections->reload();
            }
            m_pushedUpTo = response.lastMutationId;
            m_batch = qMin(pushBatch, m_batch * 2); // back up after a "too large"
            push(); // the next batch, or on to the pull
            return;
        }
        if (status == 409) {
            const Protocol::Error error = Protocol::Error::fromJson(body);
            const qint64 expected = error.details.value(u"expectedId"_s).toInteger();
            setOnline(true);
            if (expected - 1 < confirmed) {
                // The service lost changes it had confirmed (restored from a backup).
                recoverFrom(expected - 1);
                return;
            }
            if (expected < firstId && m_gapResends++ < 3) {
                // The service is behind what we sent (it lost an answered push): resend from
                // there. The outbox keeps everything above what a pull confirmed.
                m_pushedUpTo = expected - 1;
                push();
                return;
            }
            qCCritical(lcSync) << "server expects mutation" << expected
                               << "but the oldest queued is" << firstId << "and" << confirmed
                               << "were confirmed";
            stopCycle(tr("This tablet and the central service disagree about which changes were "
                         "sent. Nothing has been deleted. Call IT support before making more "
                         "changes."),
                      false); // a person has to look: retrying would only repeat it
            return;
        }
        if (status == 413) {
            if (m_batch == 1) {
                // One change alone is more than the service takes: retrying cannot help.
                qCCritical(lcSync) << "mutation" << firstId << "is larger than the service accepts";
                setError(tr("A change on this tablet is too large for the central service and "
                            "cannot be sent. Nothing has been deleted. Call IT support."));
                m_syncing = false;
                schedule(nextBackoff());
                emit statusChanged();
                return;
            }
            m_batch = qMax(1, m_batch / 2);
            push();
            return;
        }
        failCycle(reply, u"push"_s, Protocol::Error::fromJson(body));
    });
}

void SyncEngine::pull()
{
    Replica replica(m_store->database());
    requestPage(replica.state(u"cursor"_s), replica.state(u"confirmed_mutation_id"_s).toLongLong());
}

void SyncEngine::requestPage(const QString &cursor, qint64 rejectedAfter)
{
    Protocol::PullRequest request;
    request.clientId = Replica(m_store->database()).clientId();
    request.cursor = cursor;
    request.limit = pullPage;
    request.rejectedAfter = rejectedAfter;
    QNetworkReply *reply = post(u"/v1/sync/pull"_s, request.toJson());
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { pageArrived(reply); });
}

void SyncEngine::pageArrived(QNetworkReply *reply)
{
    reply->deleteLater();
    // A page is megabytes of JSON: it is parsed on the pool while this thread saves the page
    // before it, if that one is still waiting.
    const bool expected = reply == m_reply && httpStatus(reply) == 200;
    QFuture<ParsedPage> parsing;
    if (expected)
        parsing = QtConcurrent::run(&parsePage, reply->readAll());
    saveHeldPage();
    if (reply != m_reply)
        return; // asked for ahead, then called off
    if (!expected) {
        failCycle(reply, u"pull"_s, Protocol::Error::fromJson(jsonBody(reply)));
        return;
    }
    ParsedPage parsed = parsing.result();
    if (!parsed.ok) {
        qCWarning(lcSync) << "bad pull response:" << parsed.error;
        failCycle(reply, u"pull"_s, Protocol::Error::fromJson(parsed.body));
        return;
    }
    Protocol::PullResponse &page = parsed.page;
    setOnline(true);
    m_heldPage = std::move(page);
    if (!m_heldPage->hasMore) {
        saveHeldPage();
        return;
    }
    // Ask for the next page before saving this one, so the service reads it while the tablet
    // writes (a first sync moves hundreds of thousands of rows). The request only leaves once
    // this thread has handed its body to the network thread, so the save waits for that (or
    // 50 ms at most); the next answer is handled from the event loop after the save.
    requestPage(m_heldPage->cursor, m_heldPage->lastMutationId);
    QNetworkReply *ahead = m_reply;
    connect(ahead, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total <= 0 || sent >= total)
            saveHeldPage();
    });
    QTimer::singleShot(50, this, &SyncEngine::saveHeldPage);
}

void SyncEngine::saveHeldPage()
{
    if (!m_heldPage)
        return;
    const Protocol::PullResponse page = std::move(*m_heldPage);
    m_heldPage.reset();
    Replica replica(m_store->database());
    if (const qint64 serviceLast = qMax(page.lastMutationId, replica.clientBase());
        serviceLast < replica.confirmed()) {
        if (QNetworkReply *ahead = m_reply) {
            m_reply = nullptr; // its answer is ignored: the pull starts over
            ahead->abort();
        }
        recoverFrom(serviceLast);
        return;
    }
    QSet<QString> tables;
    QString error;
    if (!replica.applyPage(page, &tables, &error)) {
        qCWarning(lcSync) << "could not apply a pulled page:" << error;
        if (QNetworkReply *ahead = m_reply) {
            m_reply = nullptr; // its answer is ignored
            ahead->abort();
        }
        setError(tr("Changes from the central service could not be saved on this tablet (%1). "
                    "Restart the app; if it keeps happening, call IT support.")
                     .arg(error));
        m_syncing = false;
        schedule(nextBackoff());
        emit statusChanged();
        return;
    }
    if (!page.rejected.isEmpty() || tables.contains(u"sync_rejections"_s))
        m_rejections->reload(); // refusals, or changes discarded for an erased customer
    // A tablet enrolled before order prefixes existed learns its own here.
    if (!page.orderPrefix.isEmpty() && page.orderPrefix != u"0"_s
        && page.orderPrefix != m_store->setting(OrderNumbers::prefixSetting))
        m_store->setSetting(OrderNumbers::prefixSetting, page.orderPrefix);
    // The pull's lastMutationId is read with the data: it, not an earlier push answer, says
    // where the service stands (it may have lost acknowledged changes in a fail-over).
    m_pushedUpTo = page.lastMutationId;
    m_pulledRows += page.changes.size();
    m_progress = page.hasMore ? qMin(0.95, m_progress + (1 - m_progress) * 0.1) : 1.0;
    refreshCounts();
    m_store->notifyTablesChanged(tables.values());
    if (page.hasMore) {
        emit statusChanged();
        return; // the next page is on its way
    }
    tables.clear();
    if (!replica.rebase(&tables, &error)) {
        qCWarning(lcSync) << "rebase failed:" << error;
        setError(tr("Your pending changes could not be re-applied (%1). They are kept; "
                    "restart the app.")
                     .arg(error));
    }
    m_store->notifyTablesChanged(tables.values());
    finishCycle(true);
}

void SyncEngine::recoverFrom(qint64 serviceLast)
{
    if (m_recoveries++ > 0) {
        // Recovered once in this cycle already: going round again would be a loop.
        qCCritical(lcSync) << "the service still holds fewer changes than confirmed:"
                           << serviceLast;
        stopCycle(tr("This tablet and the central service disagree about which changes were "
                     "sent. Nothing has been deleted. Call IT support before making more "
                     "changes."),
                  false);
        return;
    }
    Replica replica(m_store->database());
    Replica::Recovery recovery;
    QString error;
    if (!replica.recover(serviceLast, &recovery, &error)) {
        qCWarning(lcSync) << "recovery failed:" << error;
        stopCycle(tr("Changes from the central service could not be saved on this tablet (%1). "
                     "Restart the app; if it keeps happening, call IT support.")
                      .arg(error),
                  true);
        return;
    }
    if (recovery.lost > 0)
        m_rejections->reload(); // says what was lost, until dismissed
    m_pushedUpTo = 0;
    m_batch = pushBatch;
    refreshCounts();
    push(); // what was put back goes up first, then the full pull
}

void SyncEngine::stopCycle(const QString &message, bool retry)
{
    setError(message);
    m_syncing = false;
    if (retry) {
        ++m_failures;
        schedule(nextBackoff());
    }
    emit statusChanged();
}

void SyncEngine::finishCycle(bool ok)
{
    m_syncing = false;
    if (ok) {
        m_failures = 0;
        m_lastSyncAt = Clock::nowMs();
        Replica(m_store->database()).setState(u"last_sync_at"_s, QString::number(m_lastSyncAt));
        setError({});
        refreshCounts();
        emit statusChanged();
        emit synced();
        // Anything queued meanwhile goes up at once; otherwise poll for news.
        schedule(m_again || m_pendingCount > 0 ? 0 : m_pollIntervalMs);
        return;
    }
    emit statusChanged();
}

void SyncEngine::failCycle(QNetworkReply *reply, const QString &what,
                           const Protocol::Error &error)
{
    const int status = httpStatus(reply);
    m_syncing = false;
    ++m_failures;
    const ServerAddress::TlsProblem problem = tlsProblem(reply);
    if (status == 0 && problem != ServerAddress::TlsProblem::None) {
        // Not offline: the service cannot be trusted. Keep retrying (it may be fixed) but say
        // what is wrong, rather than "offline", which would send the associate to the Wi-Fi.
        qCWarning(lcSync).noquote()
            << what << "failed, secure connection refused:" << reply->errorString();
        setOnline(false);
        setError(ServerAddress::describe(problem, m_serverUrl));
    } else if (status == 0) {
        // No answer at all: offline, or the service is down. Work on; retry with backoff.
        qCInfo(lcSync).noquote() << what << "failed:" << reply->errorString();
        setOnline(false);
        setError({});
        m_pushedUpTo = 0; // the answer may have been lost: let the server tell us where we are
    } else if (status == 401 || status == 403) {
        setOnline(true);
        setError(tr("The central service no longer accepts this tablet. Ask your manager for a "
                    "new enrolment code and enrol it again in Settings."));
        emit statusChanged();
        return; // no automatic retry: a person has to act
    } else {
        setOnline(true);
        qCWarning(lcSync).noquote()
            << what << "answered" << status << error.code << error.message;
        setError(status == 429 || status >= 500
                     ? QString()
                     : tr("The central service refused to sync (%1). Changes stay on this "
                          "tablet; call IT support if this lasts.")
                           .arg(error.message));
    }
    const int delay = status == 429
        ? qMax(nextBackoff(), int(error.details.value(u"retryAfterMs"_s).toInteger(1000)))
        : nextBackoff();
    schedule(delay);
    emit statusChanged();
}

void SyncEngine::enrol(const QString &serverUrl, const QString &code)
{
    // A refused address (plain http:// to the network) sends nothing, not even the code.
    if (!setServerUrl(serverUrl)) {
        emit enrolmentFinished(false, m_addressError);
        return;
    }
    // A tablet enrolled again keeps its database and its sync client id; its previous token
    // proves to the service that the client is its own (docs/sync-protocol.md, Identities).
    QJsonObject request {{u"code"_s, code}, {u"name"_s, QHostInfo::localHostName()}};
    const QString previousToken = m_token;
    if (!previousToken.isEmpty())
        request.insert(u"previousToken"_s, previousToken);
    QNetworkReply *reply = post(u"/v1/devices/enrol"_s, request, false);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = httpStatus(reply);
        const QJsonObject body = jsonBody(reply);
        if (status == 200 && body.value(u"token"_s).isString()) {
            Replica replica(m_store->database());
            if (!body.value(u"previousDevice"_s).toBool()
                && !replica.state(u"client_id"_s).isEmpty()) {
                // The service cannot tie this enrolment to the one that used the client id:
                // that id stays with the old enrolment, what is queued goes up under a new one.
                QString error;
                if (!replica.startNewClient(&error)) {
                    qCWarning(lcSync) << error;
                    emit enrolmentFinished(false,
                                           tr("Enrolment failed (%1). Try again, or call IT "
                                              "support.")
                                               .arg(error));
                    return;
                }
                m_pushedUpTo = 0;
            }
            m_token = body.value(u"token"_s).toString();
            TokenStore::save(*m_store, m_token);
            m_store->setSetting(u"sync.device_id"_s, body.value(u"deviceId"_s).toString());
            m_store->setSetting(u"sync.mode"_s, body.value(u"mode"_s).toString());
            m_store->setSetting(OrderNumbers::prefixSetting,
                                body.value(u"orderPrefix"_s).toString());
            m_store->setLocationId(body.value(u"locationId"_s).toString());
            setError({});
            emit configurationChanged();
            emit enrolmentFinished(true, tr("This tablet is enrolled. Syncing the store's data…"));
            m_failures = 0;
            schedule(0);
            return;
        }
        QString message;
        const ServerAddress::TlsProblem problem = tlsProblem(reply);
        if (status == 0 && problem != ServerAddress::TlsProblem::None)
            message = ServerAddress::describe(problem, m_serverUrl);
        else if (status == 0)
            message = tr("Cannot reach the central service at %1. Check the address and the "
                         "Wi-Fi, then try again.")
                          .arg(m_serverUrl.toString());
        else if (status == 401)
            message = tr("That enrolment code is not valid, was already used, or has expired. "
                         "Ask your manager for a new one.");
        else if (status == 429)
            message = tr("Too many wrong enrolment codes were tried from this network. Wait "
                         "%n minute(s), then type the code exactly as your manager gave it.",
                         nullptr, int((body.value(u"retryAfterMs"_s).toInteger() + 59999) / 60000));
        else
            message = tr("Enrolment failed (%1). Try again, or call IT support.")
                          .arg(body.value(u"message"_s).toString());
        emit enrolmentFinished(false, message);
    });
}

void SyncEngine::refreshCounts()
{
    if (!m_store->isReady())
        return;
    const int count = Replica(m_store->database()).pendingCount();
    if (count != m_pendingCount) {
        m_pendingCount = count;
        emit statusChanged();
    }
}

void SyncEngine::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    emit statusChanged();
}

void SyncEngine::setError(const QString &message)
{
    if (message == m_errorString)
        return;
    m_errorString = message;
    emit statusChanged();
}

QString SyncEngine::lastSyncText() const
{
    return m_lastSyncAt > 0 ? tr("Last synced %1").arg(Format::when(m_lastSyncAt))
                            : tr("Never synced");
}

bool SyncEngine::isStuck() const
{
    if (!m_online || m_pendingCount == 0 || !m_store->isReady())
        return false;
    const qint64 oldest = Replica(m_store->database()).oldestPendingAt();
    return oldest > 0 && Clock::nowMs() - oldest > m_stuckAfterMs;
}

QString SyncEngine::statusText() const
{
    if (!isEnrolled())
        return tr("Not connected to a central service");
    if (!m_errorString.isEmpty())
        return m_errorString;
    if (isStuck()) {
        const qint64 minutes
            = (Clock::nowMs() - Replica(m_store->database()).oldestPendingAt()) / 60000;
        return tr("Changes have not uploaded for %n minute(s). Check the Wi-Fi; if it is fine, "
                  "call IT support.",
                  nullptr, int(minutes));
    }
    if (m_syncing)
        return tr("Syncing…");
    if (!m_online)
        return m_pendingCount > 0
            ? tr("Offline · %n change(s) waiting to upload", nullptr, m_pendingCount)
            : tr("Offline · working from this tablet's data");
    if (m_pendingCount > 0)
        return tr("%n change(s) waiting to upload", nullptr, m_pendingCount);
    return tr("Up to date");
}
