// SPDX-License-Identifier: MIT
#include "paymentterminal.h"
#include "qmlentrypoint.h"
#include "cardterminal.h"
#include "checkoutcontroller.h"
#include "localstore.h"
#include "returnscontroller.h"

#include <QJSEngine>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString addressKey = u"terminal.address"_s;
const QString poiKey = u"terminal.poiId"_s;
const QString saleIdKey = u"terminal.saleId"_s;
} // namespace

PaymentTerminal::PaymentTerminal(LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(store, &LocalStore::stateChanged, this, &PaymentTerminal::attach);
    attach();
}

PaymentTerminal::~PaymentTerminal() = default;

PaymentTerminal *PaymentTerminal::create(QQmlEngine *, QJSEngine *)
{
    return QmlEntryPoint<PaymentTerminal>::forQml();
}

QString PaymentTerminal::address() const
{
    return m_store->isReady() ? m_store->setting(addressKey) : QString();
}

QString PaymentTerminal::poiId() const
{
    return m_store->isReady() ? m_store->setting(poiKey) : QString();
}

bool PaymentTerminal::isConfigured() const
{
    return m_terminal && m_terminal->isConfigured();
}

void PaymentTerminal::attach()
{
    if (!m_store->isReady() || m_terminal)
        return;
    // This tablet's SaleID at the terminal: made once, kept.
    QString saleId = m_store->setting(saleIdKey);
    if (saleId.isEmpty()) {
        saleId = u"TAB-%1"_s.arg(QRandomGenerator::system()->bounded(100000, 999999));
        m_store->setSetting(saleIdKey, saleId);
    }
    CardTerminal::Config config;
    config.url = QUrl(address());
    config.poiId = poiId();
    config.saleId = saleId;
    config.answerTimeoutMs = m_answerTimeoutMs;
    config.statusTimeoutMs = m_statusTimeoutMs;
    config.pollIntervalMs = m_pollIntervalMs;
    config.firstStatusDelayMs = m_firstStatusDelayMs;
    config.notFoundGraceMs = m_notFoundGraceMs;
    m_terminal = new CardTerminal(m_store->database(), config, this);
    // Card refunds whose answer came after their screen closed (or before a restart) are
    // recorded once the terminal has said so; card approvals no sale recorded are attached to
    // their sale or given back (at start, and whenever a payment settles).
    auto settleLoose = [this] {
        ReturnsController::finishPendingRefunds(m_store, this);
        CheckoutController::recoverCardApprovals(m_store, this);
    };
    connect(m_terminal, &CardTerminal::finished, this, settleLoose, Qt::QueuedConnection);
    if (m_terminal->isConfigured())
        m_terminal->recover();
    QTimer::singleShot(0, this, settleLoose);
    emit changed();
}

bool PaymentTerminal::configure(const QString &address, const QString &poiId)
{
    const QUrl url(address.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
        || url.host().isEmpty()) {
        emit failed(tr("Type the terminal's address as shown on its screen, for example "
                       "https://192.168.1.40:8443/nexo."));
        return false;
    }
    if (poiId.trimmed().isEmpty() || poiId.trimmed().size() > 40) {
        emit failed(tr("Type the terminal's ID (POIID) as shown on its screen."));
        return false;
    }
    if (!m_store->isReady() || !m_store->setSetting(addressKey, url.toString())
        || !m_store->setSetting(poiKey, poiId.trimmed())) {
        emit failed(tr("The terminal could not be saved on this tablet. Try again."));
        return false;
    }
    if (m_terminal) {
        CardTerminal::Config config = m_terminal->config();
        config.url = url;
        config.poiId = poiId.trimmed();
        m_terminal->setConfig(config);
        m_terminal->recover();
    }
    emit changed();
    return true;
}

void PaymentTerminal::setTimeouts(int answerTimeoutMs, int statusTimeoutMs, int pollIntervalMs,
                                  int firstStatusDelayMs, int notFoundGraceMs)
{
    m_answerTimeoutMs = answerTimeoutMs;
    m_statusTimeoutMs = statusTimeoutMs;
    m_pollIntervalMs = pollIntervalMs;
    m_firstStatusDelayMs = firstStatusDelayMs;
    m_notFoundGraceMs = notFoundGraceMs;
    if (m_terminal) {
        CardTerminal::Config config = m_terminal->config();
        config.answerTimeoutMs = answerTimeoutMs;
        config.statusTimeoutMs = statusTimeoutMs;
        config.pollIntervalMs = pollIntervalMs;
        config.firstStatusDelayMs = firstStatusDelayMs;
        config.notFoundGraceMs = notFoundGraceMs;
        m_terminal->setConfig(config);
    }
}
