// SPDX-License-Identifier: MIT
#include "returnscontroller.h"
#include "cardterminal.h"
#include "cashdrawer.h"
#include "clock.h"
#include "database.h"
#include "discounts.h"
#include "format.h"
#include "ids.h"
#include "localstore.h"
#include "paymentterminal.h"
#include "returnrepository.h"
#include "session.h"
#include "giftcardmessages.h"
#include "syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

using namespace Qt::Literals::StringLiterals;

ReturnsController::ReturnsController(QObject *parent)
    : SaleServices(parent)
{ }

ReturnsController::ReturnsController(LocalStore *store, Session *session,
                                     PaymentTerminal *terminal, CashDrawer *drawer,
                                     SyncEngine *sync, QObject *parent)
    : ReturnsController(parent)
{
    setStore(store);
    setSession(session);
    setTerminal(terminal);
    setDrawer(drawer);
    setSync(sync);
}

void ReturnsController::onStoreChanged(LocalStore *)
{
    disconnect(m_tablesWatch);
    if (LocalStore *store = m_store) {
        m_tablesWatch = connect(store, &LocalStore::tablesChanged, this,
                                [this](const QStringList &tables) {
                                    if (tables.contains(u"order_lines"_s)
                                        || tables.contains(u"payments"_s))
                                        emit changed();
                                });
    }
    emit changed();
}

void ReturnsController::onTerminalChanged(PaymentTerminal *)
{
    disconnect(m_terminalWatch);
    if (PaymentTerminal *terminal = m_terminal; terminal && terminal->terminal())
        m_terminalWatch = connect(terminal->terminal(), &CardTerminal::finished, this,
                                  &ReturnsController::onCardFinished);
    emit changed();
}

void ReturnsController::onDrawerChanged(CashDrawer *)
{
    emit changed();
}

std::optional<ReturnRepository> ReturnsController::repository() const
{
    LocalStore *store = readyStore();
    if (!store)
        return std::nullopt;
    return ReturnRepository(store->database());
}

QString ReturnsController::currency() const
{
    const auto returns = repository();
    return returns ? returns->orderCurrency(m_orderId) : QString();
}

void ReturnsController::setOrderId(const QString &orderId)
{
    if (orderId == m_orderId)
        return;
    m_orderId = orderId;
    m_quantities.clear();
    m_status.clear();
    emit changed();
}

QString ReturnsController::orderNumber() const
{
    const auto returns = repository();
    return returns ? returns->orderNumber(m_orderId) : QString();
}

QList<ReturnRepository::Line> ReturnsController::load() const
{
    const auto returns = repository();
    if (!returns || m_orderId.isEmpty())
        return {};
    return returns->lines(m_orderId);
}

namespace {
QString moneyText(const Money &amount)
{
    return Format::money(amount.minor(), amount.currency());
}

/** What a number of units of a line gives back: their share of what the line cost after
    discounts, the whole rest when the last units come back. */
qint64 shareOf(qint64 total, qint64 bought, qint64 returnable, qint64 quantity)
{
    if (quantity <= 0 || bought <= 0)
        return 0;
    const qint64 perUnit = total / bought;
    if (quantity == returnable)
        return total - perUnit * (bought - returnable);
    return perUnit * quantity;
}
} // namespace

QVariantList ReturnsController::lines() const
{
    QVariantList list;
    const QString currency = this->currency();
    for (const ReturnRepository::Line &line : load()) {
        const int quantity = m_quantities.value(line.id);
        list << QVariantMap {
            {u"lineId"_s, line.id},
            {u"name"_s, line.name},
            {u"detail"_s, line.detail},
            {u"bought"_s, line.bought},
            {u"returnable"_s, line.returnable},
            {u"quantity"_s, quantity},
            {u"amountText"_s,
             Format::money(shareOf(line.totalMinor, line.bought, line.returnable,
                                   qMax(quantity, 1)),
                           currency)}};
    }
    return list;
}

void ReturnsController::setQuantity(const QString &lineId, int quantity)
{
    for (const ReturnRepository::Line &line : load()) {
        if (line.id == lineId) {
            m_quantities.insert(lineId, int(qBound<qint64>(0, qint64(quantity), line.returnable)));
            emit changed();
            return;
        }
    }
}

void ReturnsController::setRestock(bool restock)
{
    if (restock == m_restock)
        return;
    m_restock = restock;
    emit changed();
}

qint64 ReturnsController::refundMinor() const
{
    qint64 sum = 0;
    for (const ReturnRepository::Line &line : load())
        sum += shareOf(line.totalMinor, line.bought, line.returnable, m_quantities.value(line.id));
    return sum;
}

Money ReturnsController::refund() const
{
    return Money(refundMinor(), currency());
}

QString ReturnsController::refundText() const
{
    return moneyText(refund());
}

QString ReturnsController::originalCardText() const
{
    const auto returns = repository();
    const ReturnRepository::CardPayment card
        = returns ? returns->firstCardPayment(m_orderId) : ReturnRepository::CardPayment();
    if (card.id.isEmpty())
        return {};
    return u"%1 •••• %2"_s.arg(card.brand.toUpper(), card.last4);
}

bool ReturnsController::canRefundCash() const
{
    const qint64 amount = refundMinor();
    return amount > 0 && amount <= Refunds::maxCashMinor && m_drawer && m_drawer->isOpen()
        && m_drawer->expectedMinor() >= amount;
}

QString ReturnsController::cashLimitText() const
{
    return Format::money(Refunds::maxCashMinor, u"EUR"_s);
}

QJsonObject ReturnsController::refundArgs(const QString &refundId, const QString &tender) const
{
    QJsonArray lines;
    for (const ReturnRepository::Line &line : load()) {
        const int quantity = m_quantities.value(line.id);
        if (quantity > 0)
            lines << QJsonObject {
                {u"lineId"_s, line.id}, {u"quantity"_s, quantity}, {u"restock"_s, m_restock}};
    }
    return {{u"id"_s, refundId},
            {u"orderId"_s, m_orderId},
            {u"tender"_s, tender},
            {u"amountMinor"_s, refundMinor()},
            {u"currency"_s, currency()},
            {u"reason"_s, u"returned in store"_s},
            {u"lines"_s, lines}};
}

bool ReturnsController::record(const QList<QPair<QString, QJsonObject>> &mutations,
                               const QString &done)
{
    LocalStore *store = readyStore();
    const MutationResult result
        = store ? store->submitAll(mutations)
                : MutationResult::retryLater(tr("the tablet's data is not open"));
    if (!result.applied) {
        emit failed(tr("The return could not be recorded (%1).").arg(result.message));
        return false;
    }
    m_quantities.clear();
    m_status = done;
    emit changed();
    emit refunded(done);
    return true;
}

bool ReturnsController::refundToCard()
{
    auto returns = repository();
    PaymentTerminal *terminal = m_terminal;
    const Money amount = refund();
    if (amount.minor() <= 0) {
        emit failed(tr("Choose what the customer brings back first."));
        return false;
    }
    if (!terminal || !terminal->isConfigured()) {
        emit failed(tr("No card terminal is set up on this tablet. Refund to a gift card or "
                       "in cash, or set the terminal up in Settings."));
        return false;
    }
    if (isBusy() || !returns)
        return false;
    const QString refundId = Ids::newId();
    QJsonObject args = refundArgs(refundId, u"card"_s);
    const ReturnRepository::CardPayment original = returns->largestCardPayment(m_orderId);
    const QString paymentId = original.id;
    const QString reference = original.reference;
    if (!original.id.isEmpty() && amount.minor() > original.amount.minor()) {
        emit failed(tr("Only %1 was paid by card. Refund that much to the card and the rest "
                       "to a gift card or in cash.")
                        .arg(moneyText(original.amount)));
        return false;
    }
    args.insert(u"paymentId"_s, paymentId);
    // Kept before the terminal is asked, so a restart records what it answered.
    if (!returns->keepPendingRefund(refundId, m_orderId, orderNumber(), amount,
                                    QJsonDocument(args).toJson(QJsonDocument::Compact),
                                    m_session ? m_session->associateId() : QString(),
                                    Clock::nowMs())) {
        emit failed(tr("The refund could not be started. Try again."));
        return false;
    }
    // The original card's transaction when the payment went through our terminal; otherwise
    // (bought on the web) a refund to the card the customer presents now.
    const QString originalTime = returns->terminalTimeOf(reference);
    const bool ours = returns->isOurTerminalTransaction(reference);
    m_pendingRefundId = refundId;
    m_pendingPaymentId = ours
        ? terminal->terminal()->startReversal(refundId, reference, originalTime, amount)
        : terminal->terminal()->startRefund(refundId, amount);
    if (m_pendingPaymentId.isEmpty()) {
        returns->dropPendingRefund(refundId);
        m_pendingRefundId.clear();
        emit failed(tr("The card refund could not be started. Nothing was refunded: try again."));
        return false;
    }
    m_status = ours ? tr("Refunding to the customer's card on the terminal…")
                    : tr("Ask the customer to present their card on the terminal…");
    emit changed();
    return true;
}

void ReturnsController::onCardFinished(const QString &paymentId, const QString &state)
{
    if (paymentId != m_pendingPaymentId)
        return; // PaymentTerminal records refunds of other screens and earlier runs
    const QString refundId = m_pendingRefundId;
    finishPendingRefunds(m_store, m_terminal);
    m_pendingRefundId.clear();
    m_pendingPaymentId.clear();
    const auto returns = repository();
    const QString saleState = returns ? returns->refundState(refundId) : QString();
    if (saleState == u"refunded"_s) {
        m_quantities.clear();
        m_status = tr("Refunded to the card.");
        emit refunded(m_status);
    } else if (state == u"review"_s) {
        m_status = tr("The terminal cannot be reached. The refund is recorded as soon as it "
                      "answers; do not refund again.");
        emit failed(m_status);
    } else if (state == u"mismatch"_s) {
        m_status = tr("The terminal's answer does not match this refund (another amount or "
                      "currency). Check its receipt and call support; do not refund again.");
        emit failed(m_status);
    } else {
        m_status = tr("The card refund did not go through. Nothing was refunded: try again or "
                      "choose another way.");
        emit failed(m_status);
    }
    emit changed();
}

void ReturnsController::finishPendingRefunds(LocalStore *store, PaymentTerminal *terminal)
{
    if (!store || !store->isReady() || !terminal || !terminal->terminal())
        return;
    ReturnRepository returns(store->database());
    for (const ReturnRepository::PendingRefund &pending : returns.pendingRefunds()) {
        const auto record = terminal->terminal()->record(returns.lastCardRequestOf(pending.id));
        // Review and mismatch (another amount or currency than asked) wait for a person.
        if (!record || !CardTerminal::isFinal(record->state) || record->state == u"review"_s
            || record->state == u"mismatch"_s)
            continue;
        QString next = u"refund_failed"_s;
        if (CardTerminal::isApproved(record->state)) {
            QJsonObject args = QJsonDocument::fromJson(pending.argsJson).object();
            args.insert(u"terminalReference"_s, record->poiTransactionId);
            args.insert(u"amountMinor"_s, record->authorizedMinor);
            if (store->submit(u"refund.record"_s, args).applied)
                next = u"refunded"_s;
            else
                continue; // tried again next time; the money did go back
        }
        returns.setRefundState(pending.id, next, Clock::nowMs());
    }
}

void ReturnsController::refundToGiftCard()
{
    if (refundMinor() <= 0) {
        emit failed(tr("Choose what the customer brings back first."));
        return;
    }
    if (isBusy())
        return;
    // Card ids are keyed hashes only the central service can make, so it gives the new card's
    // number and id; offline the refund goes to the card or in cash instead.
    QNetworkReply *reply = m_sync ? m_sync->postJson(u"/v1/giftcards/new"_s, {}, 5000) : nullptr;
    const QString offline = tr("A new gift card can only be issued while this tablet reaches the "
                               "central service. Refund to the card or in cash, or try again "
                               "when the tablet is online.");
    if (!reply) {
        emit failed(offline);
        return;
    }
    m_issuingGiftCard = true;
    emit changed();
    connect(reply, &QNetworkReply::finished, this, [this, reply, offline] {
        reply->deleteLater();
        m_issuingGiftCard = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Protocol::NewGiftCard card;
        QString error;
        const bool issued = status == 200
            && Protocol::NewGiftCard::fromJson(QJsonDocument::fromJson(reply->readAll()).object(),
                                               &card, &error);
        const QString &number = card.number;
        const QString &id = card.id;
        const qint64 amount = refundMinor();
        if (!issued) {
            emit changed();
            emit failed(offline);
            return;
        }
        if (amount <= 0) {
            emit changed();
            emit failed(tr("Choose what the customer brings back first."));
            return;
        }
        QJsonObject args = refundArgs(Ids::newId(), u"gift_card"_s);
        args.insert(u"giftCardId"_s, id);
        const QString currency = args.value(u"currency"_s).toString();
        if (!record({{u"giftcard.issue"_s,
                      QJsonObject {{u"id"_s, id},
                                   {u"last4"_s, GiftCards::last4(number)},
                                   {u"currency"_s, currency}}},
                     {u"refund.record"_s, args}},
                    tr("Refunded %1 to a new gift card.").arg(Format::money(amount, currency)))) {
            emit changed();
            return;
        }
        // Grouped in fours, as printed on a card.
        QString grouped;
        for (int i = 0; i < number.size(); i += 4)
            grouped += (i ? u" "_s : QString()) + number.mid(i, 4);
        emit giftCardIssued(grouped);
    });
}

bool ReturnsController::refundCash()
{
    const Money amount = refund();
    if (amount.minor() <= 0) {
        emit failed(tr("Choose what the customer brings back first."));
        return false;
    }
    if (amount.minor() > Refunds::maxCashMinor) {
        emit failed(tr("Cash refunds are limited to %1. Refund to the card or a gift card.")
                        .arg(cashLimitText()));
        return false;
    }
    CashDrawer *drawer = m_drawer;
    if (!drawer || !drawer->isOpen()) {
        emit failed(tr("Open your cash drawer first (Settings, Cash drawer)."));
        return false;
    }
    if (drawer->expectedMinor() < amount.minor()) {
        emit failed(tr("There is not enough cash in your drawer (%1). Refund to the card or a "
                       "gift card.")
                        .arg(drawer->expectedText()));
        return false;
    }
    const QString refundId = Ids::newId();
    const QJsonObject args = refundArgs(refundId, u"cash"_s);
    if (!record({{u"refund.record"_s, args}},
                tr("Give the customer %1 in cash.").arg(moneyText(amount))))
        return false;
    drawer->record(u"refund"_s, -amount, refundId);
    return true;
}
