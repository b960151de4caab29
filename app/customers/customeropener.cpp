// SPDX-License-Identifier: MIT
#include "customeropener.h"
#include "customerreplies.h"
#include "customerrepository.h"
#include "synclog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::Literals::StringLiterals;

CustomerOpener::CustomerOpener(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(arrivalTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("%1 did not arrive on this tablet in time: the connection is slow or has "
                "dropped. Check the Wi-Fi and try again.")
                 .arg(m_pendingName.isEmpty() ? tr("The customer") : m_pendingName));
    });
}

CustomerOpener::CustomerOpener(LocalStore *store, SyncEngine *sync, QObject *parent)
    : CustomerOpener(parent)
{
    setStore(store);
    setSync(sync);
}

void CustomerOpener::setStore(LocalStore *store)
{
    if (store == m_store)
        return;
    m_store = store;
    emit storeChanged();
}

void CustomerOpener::setSync(SyncEngine *sync)
{
    if (sync == m_sync)
        return;
    m_sync = sync;
    emit syncChanged();
}

bool CustomerOpener::holds(const QString &customerId) const
{
    LocalStore *store = m_store;
    return store && store->isReady()
        && CustomerRepository(store->database()).customer(customerId).has_value();
}

void CustomerOpener::open(const QString &customerId, const QString &displayName)
{
    cancel();
    if (customerId.isEmpty())
        return;
    if (holds(customerId)) {
        emit opened(customerId);
        return;
    }
    SyncEngine *sync = m_sync;
    const QString who = displayName.isEmpty() ? tr("This customer") : displayName;
    if (!sync || !sync->isEnrolled()) {
        emit failed(tr("%1 is not on this tablet, and this tablet is not connected to the "
                       "central service. Ask a manager to connect it in Settings.")
                        .arg(who));
        return;
    }
    m_pendingId = customerId;
    m_pendingName = displayName;
    emit busyChanged();
    m_reply = sync->postJson(u"/v1/customers/follow"_s, {{u"customerId"_s, customerId}}, 8000);
    if (!m_reply) {
        fail(tr("%1 could not be brought onto this tablet: the central service is not set up. "
                "Ask a manager to check Settings.")
                 .arg(who));
        return;
    }
    m_timeout.start();
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, who] {
        reply->deleteLater();
        m_reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 200) {
            followed(body.value(u"customerId"_s).toString(m_pendingId));
            return;
        }
        if (status == 404 || status == 410) {
            fail(tr("%1 is no longer a customer of the chain: their record was removed. Search "
                    "again, or register them as a new customer.")
                     .arg(who));
            return;
        }
        if (status == 0) {
            fail(tr("%1 could not be brought onto this tablet: the central service cannot be "
                    "reached. Only this store's customers can be opened until the connection "
                    "returns.")
                     .arg(who));
            return;
        }
        qCWarning(lcSync) << "follow answered" << status << body.value(u"error"_s).toString()
                          << body.value(u"message"_s).toString();
        fail(tr("%1 could not be brought onto this tablet (the central service answered %2). "
                "Try again in a moment; if it keeps failing, tell your manager.")
                 .arg(who)
                 .arg(status));
    });
}

void CustomerOpener::followed(const QString &customerId)
{
    m_followedId = customerId.isEmpty() ? m_pendingId : customerId;
    if (holds(m_followedId)) {
        const QString id = m_followedId;
        finish();
        emit opened(id);
        return;
    }
    SyncEngine *sync = m_sync;
    if (!sync) {
        fail(tr("The customer could not be brought onto this tablet. Try again."));
        return;
    }
    // The next sync brings them (the engine retries on its own if it fails).
    m_syncedConnection = connect(sync, &SyncEngine::statusChanged, this,
                                 &CustomerOpener::checkArrived);
    sync->syncNow();
}

void CustomerOpener::checkArrived()
{
    SyncEngine *sync = m_sync;
    // Checked when a sync cycle ends, so the customer opens with the history that came with
    // them, not with their row alone.
    if (m_followedId.isEmpty() || !sync || sync->isSyncing())
        return;
    if (holds(m_followedId)) {
        const QString id = m_followedId;
        finish();
        emit opened(id);
    }
}

void CustomerOpener::fail(const QString &message)
{
    finish();
    emit failed(message);
}

void CustomerOpener::cancel()
{
    CustomerReplies::forget(m_reply, this);
    finish();
}

void CustomerOpener::finish()
{
    m_timeout.stop();
    if (m_syncedConnection)
        disconnect(m_syncedConnection);
    m_syncedConnection = {};
    m_followedId.clear();
    const bool wasBusy = isBusy();
    m_pendingId.clear();
    m_pendingName.clear();
    if (wasBusy)
        emit busyChanged();
}
