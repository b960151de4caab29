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
#include "session.h"
#include "giftcardmessages.h"
#include "syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

ReturnsController::ReturnsController(QObject *parent)
    : QObject(parent)
{
    if (LocalStore *store = LocalStore::instance()) {
        connect(store, &LocalStore::tablesChanged, this, [this](const QStringList &tables) {
            if (tables.contains(u"order_lines"_s) || tables.contains(u"payments"_s))
                emit changed();
        });
    }
    if (PaymentTerminal *terminal = PaymentTerminal::instance(); terminal && terminal->terminal())
        connect(terminal->terminal(), &CardTerminal::finished, this,
                &ReturnsController::onCardFinished);
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
    LocalStore *store = LocalStore::instance();
    return store ? Database::scalar(store->database(), u"SELECT number FROM orders WHERE id = ?"_s,
                                    {m_orderId})
                       .toString()
                 : QString();
}

QList<ReturnsController::Line> ReturnsController::load() const
{
    QList<Line> lines;
    LocalStore *store = LocalStore::instance();
    if (!store || !store->isReady() || m_orderId.isEmpty())
        return lines;
    QSqlQuery query = Database::prepare(
        store->database(),
        u"SELECT l.id, COALESCE(s.name, l.sku), COALESCE(p.colour, ''), COALESCE(p.size, ''),"
        " l.quantity, l.returned_quantity, l.total_minor FROM order_lines l LEFT JOIN products p"
        " ON p.sku = l.sku LEFT JOIN styles s ON s.id = p.style_id WHERE l.order_id = ? AND"
        " l.status <> 'cancelled' ORDER BY l.line_no"_s);
    query.addBindValue(m_orderId);
    if (!Database::exec(query))
        return lines;
    while (query.next()) {
        Line line;
        line.id = query.value(0).toString();
        line.name = query.value(1).toString();
        line.detail
            = QStringList {query.value(2).toString(), query.value(3).toString()}.join(u" · "_s);
        line.bought = query.value(4).toLongLong();
        line.returnable = line.bought - query.value(5).toLongLong();
        line.total = query.value(6).toLongLong();
        lines << line;
    }
    return lines;
}

namespace {
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
    const QString currency = LocalStore::instance()
        ? Database::scalar(LocalStore::instance()->database(),
                           u"SELECT currency FROM orders WHERE id = ?"_s, {m_orderId})
              .toString()
        : QString();
    for (const Line &line : load()) {
        const int quantity = m_quantities.value(line.id);
        list << QVariantMap {
            {u"lineId"_s, line.id},
            {u"name"_s, line.name},
            {u"detail"_s, line.detail},
            {u"bought"_s, line.bought},
            {u"returnable"_s, line.returnable},
            {u"quantity"_s, quantity},
            {u"amountText"_s,
             Format::money(shareOf(line.total, line.bought, line.returnable, qMax(quantity, 1)),
                           currency)}};
    }
    return list;
}

void ReturnsController::setQuantity(const QString &lineId, int quantity)
{
    for (const Line &line : load()) {
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
    for (const Line &line : load())
        sum += shareOf(line.total, line.bought, line.returnable, m_quantities.value(line.id));
    return sum;
}

QString ReturnsController::refundText() const
{
    LocalStore *store = LocalStore::instance();
    return Format::money(refundMinor(),
                         store ? Database::scalar(store->database(),
                                                  u"SELECT currency FROM orders WHERE id = ?"_s,
                                                  {m_orderId})
                                     .toString()
                               : QString());
}

QString ReturnsController::originalCardText() const
{
    LocalStore *store = LocalStore::instance();
    if (!store)
        return {};
    QSqlQuery query = Database::prepare(store->database(),
                                        u"SELECT card_brand, card_last4 FROM payments WHERE"
                                        " order_id = ? AND tender = 'card' AND status ="
                                        " 'approved' ORDER BY created_at LIMIT 1"_s);
    query.addBindValue(m_orderId);
    if (!Database::exec(query) || !query.next())
        return {};
    return u"%1 •••• %2"_s.arg(query.value(0).toString().toUpper(), query.value(1).toString());
}

bool ReturnsController::canRefundCash() const
{
    const qint64 amount = refundMinor();
    return amount > 0 && amount <= Refunds::maxCashMinor && CashDrawer::instance()
        && CashDrawer::instance()->isOpen() && CashDrawer::instance()->expectedMinor() >= amount;
}

QString ReturnsController::cashLimitText() const
{
    return Format::money(Refunds::maxCashMinor, u"EUR"_s);
}

QJsonObject ReturnsController::refundArgs(const QString &refundId, const QString &tender) const
{
    LocalStore *store = LocalStore::instance();
    QJsonArray lines;
    for (const Line &line : load()) {
        const int quantity = m_quantities.value(line.id);
        if (quantity > 0)
            lines << QJsonObject {
                {u"lineId"_s, line.id}, {u"quantity"_s, quantity}, {u"restock"_s, m_restock}};
    }
    return {{u"id"_s, refundId},
            {u"orderId"_s, m_orderId},
            {u"tender"_s, tender},
            {u"amountMinor"_s, refundMinor()},
            {u"currency"_s,
             Database::scalar(store->database(), u"SELECT currency FROM orders WHERE id = ?"_s,
                              {m_orderId})
                 .toString()},
            {u"reason"_s, u"returned in store"_s},
            {u"lines"_s, lines}};
}

bool ReturnsController::record(const QList<QPair<QString, QJsonObject>> &mutations,
                               const QString &done)
{
    const MutationResult result = LocalStore::instance()->submitAll(mutations);
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
    LocalStore *store = LocalStore::instance();
    PaymentTerminal *terminal = PaymentTerminal::instance();
    const qint64 amount = refundMinor();
    if (amount <= 0) {
        emit failed(tr("Choose what the customer brings back first."));
        return false;
    }
    if (!terminal || !terminal->isConfigured()) {
        emit failed(tr("No card terminal is set up on this tablet. Refund to a gift card or "
                       "in cash, or set the terminal up in Settings."));
        return false;
    }
    if (isBusy())
        return false;
    const QString refundId = Ids::newId();
    QJsonObject args = refundArgs(refundId, u"card"_s);
    const QString currency = args.value(u"currency"_s).toString();
    QSqlQuery original = Database::prepare(store->database(),
                                           u"SELECT id, terminal_reference, amount_minor FROM"
                                           " payments WHERE order_id = ? AND tender = 'card' AND"
                                           " status = 'approved' ORDER BY amount_minor DESC"
                                           " LIMIT 1"_s);
    original.addBindValue(m_orderId);
    QString paymentId;
    QString reference;
    if (Database::exec(original) && original.next()) {
        paymentId = original.value(0).toString();
        reference = original.value(1).toString();
        if (amount > original.value(2).toLongLong()) {
            emit failed(tr("Only %1 was paid by card. Refund that much to the card and the rest "
                           "to a gift card or in cash.")
                            .arg(Format::money(original.value(2).toLongLong(), currency)));
            return false;
        }
    }
    args.insert(u"paymentId"_s, paymentId);
    // Kept before the terminal is asked, so a restart records what it answered.
    const qint64 now = Clock::nowMs();
    QSqlQuery keep = Database::prepare(
        store->database(),
        u"INSERT INTO sales (id, order_id, number, customer_id, state, currency, total_minor,"
        " lines, associate_id, created_at, updated_at) VALUES (?, ?, ?, '', 'refund', ?, ?, ?,"
        " ?, ?, ?)"_s);
    for (const QVariant &value : QVariantList {
             refundId, m_orderId, orderNumber(), currency, amount,
             QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)),
             Session::instance() ? Session::instance()->associateId() : QString(), now, now})
        keep.addBindValue(value);
    if (!Database::exec(keep)) {
        emit failed(tr("The refund could not be started. Try again."));
        return false;
    }
    // The original card's transaction when the payment went through our terminal; otherwise
    // (bought on the web) a refund to the card the customer presents now.
    const QString originalTime = Database::scalar(store->database(),
                                                  u"SELECT poi_time FROM card_payments WHERE"
                                                  " poi_transaction_id = ?"_s,
                                                  {reference})
                                     .toString();
    const bool ours = !reference.isEmpty()
        && Database::scalar(store->database(),
                            u"SELECT COUNT(*) FROM card_payments WHERE poi_transaction_id = ?"_s,
                            {reference})
                .toInt()
            > 0;
    m_pendingRefundId = refundId;
    m_pendingPaymentId = ours
        ? terminal->terminal()->startReversal(refundId, reference, originalTime,
                                              Money(amount, currency))
        : terminal->terminal()->startRefund(refundId, Money(amount, currency));
    if (m_pendingPaymentId.isEmpty()) {
        QSqlQuery drop = Database::prepare(store->database(), u"DELETE FROM sales WHERE id = ?"_s);
        drop.addBindValue(refundId);
        Database::exec(drop);
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
    finishPendingRefunds();
    m_pendingRefundId.clear();
    m_pendingPaymentId.clear();
    LocalStore *store = LocalStore::instance();
    const QString saleState
        = Database::scalar(store->database(), u"SELECT state FROM sales WHERE id = ?"_s, {refundId})
              .toString();
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

void ReturnsController::finishPendingRefunds()
{
    LocalStore *store = LocalStore::instance();
    PaymentTerminal *terminal = PaymentTerminal::instance();
    if (!store || !store->isReady() || !terminal || !terminal->terminal())
        return;
    QSqlQuery query = Database::prepare(store->database(),
                                        u"SELECT id, lines FROM sales WHERE state = 'refund'"_s);
    if (!Database::exec(query))
        return;
    QList<QPair<QString, QByteArray>> pending;
    while (query.next())
        pending << qMakePair(query.value(0).toString(), query.value(1).toByteArray());
    for (const auto &[refundId, json] : std::as_const(pending)) {
        const QString paymentId = Database::scalar(store->database(),
                                                   u"SELECT id FROM card_payments WHERE"
                                                   " sale_id = ? ORDER BY created_at DESC"
                                                   " LIMIT 1"_s,
                                                   {refundId})
                                      .toString();
        const auto record = terminal->terminal()->record(paymentId);
        // Review and mismatch (another amount or currency than asked) wait for a person.
        if (!record || !CardTerminal::isFinal(record->state) || record->state == u"review"_s
            || record->state == u"mismatch"_s)
            continue;
        QString next = u"refund_failed"_s;
        if (CardTerminal::isApproved(record->state)) {
            QJsonObject args = QJsonDocument::fromJson(json).object();
            args.insert(u"terminalReference"_s, record->poiTransactionId);
            args.insert(u"amountMinor"_s, record->authorizedMinor);
            if (store->submit(u"refund.record"_s, args).applied)
                next = u"refunded"_s;
            else
                continue; // tried again next time; the money did go back
        }
        QSqlQuery update = Database::prepare(store->database(),
                                             u"UPDATE sales SET state = ?, updated_at = ? WHERE"
                                             " id = ?"_s);
        update.addBindValue(next);
        update.addBindValue(Clock::nowMs());
        update.addBindValue(refundId);
        Database::exec(update);
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
    SyncEngine *sync = SyncEngine::instance();
    QNetworkReply *reply = sync ? sync->postJson(u"/v1/giftcards/new"_s, {}, 5000) : nullptr;
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
    const qint64 amount = refundMinor();
    if (amount <= 0) {
        emit failed(tr("Choose what the customer brings back first."));
        return false;
    }
    if (amount > Refunds::maxCashMinor) {
        emit failed(tr("Cash refunds are limited to %1. Refund to the card or a gift card.")
                        .arg(cashLimitText()));
        return false;
    }
    CashDrawer *drawer = CashDrawer::instance();
    if (!drawer || !drawer->isOpen()) {
        emit failed(tr("Open your cash drawer first (Settings, Cash drawer)."));
        return false;
    }
    if (drawer->expectedMinor() < amount) {
        emit failed(tr("There is not enough cash in your drawer (%1). Refund to the card or a "
                       "gift card.")
                        .arg(drawer->expectedText()));
        return false;
    }
    const QString refundId = Ids::newId();
    const QJsonObject args = refundArgs(refundId, u"cash"_s);
    if (!record({{u"refund.record"_s, args}},
                tr("Give the customer %1 in cash.")
                    .arg(Format::money(amount, args.value(u"currency"_s).toString()))))
        return false;
    drawer->record(u"refund"_s, -amount, refundId);
    return true;
}
