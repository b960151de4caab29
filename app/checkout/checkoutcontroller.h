// SPDX-License-Identifier: MIT
#pragma once

#include "cardterminal.h"
#include "saleservices.h"
#include "salelinesmodel.h"
#include "salequote.h"
#include "salerepository.h"
#include "tender.h"

#include <QJsonArray>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QPointer>
#include <QtQml/qqmlregistration.h>


/**
 * Checkout at the customer's side: the customer's cart (carry-out and home-delivery lines
 * together) or, for an anonymous sale, items added here, priced with the loyalty tier and a
 * coupon (Discounts::forSale, as the service prices it), then paid in any mix of card (on the
 * store's terminal), cash and gift cards until nothing is left to pay.
 *
 * The sale is persisted on the tablet (sales, sale_tenders) from its first payment, so a crash
 * or a restart resumes it; once paid, its order, payments and the cart's removal go to the
 * outbox together with client-made ids, so they reach the service exactly once, offline too.
 * An abandoned sale gives card payments back (reversal) and cash back to the customer.
 */
class CheckoutController : public SaleServices
{
    Q_OBJECT
    QML_ELEMENT
    // The services (SaleServices: store, session, terminal, drawer, sync) may each be null: no
    // store, nothing to sell; no terminal, no card; no drawer, no cash; no sync engine, gift
    // cards cannot be checked.
    /** The receipt's language when the customer has none (the app's language). */
    Q_PROPERTY(QString receiptLanguage READ receiptLanguage WRITE setReceiptLanguage NOTIFY
                   servicesChanged)
    /** Empty: an anonymous sale of the items added with addItem(). */
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY customerChanged)
    Q_PROPERTY(QString couponCode READ couponCode WRITE setCouponCode NOTIFY quoteChanged)
    /** lines [{lineId, name, colour, size, sku, quantityText, totalMinor, totalText,
        fulfilmentText}], subtotalText, discountText, discountLabel, couponProblem, shippingText,
        taxText, totalText, totalMinor, currency, lineCount. */
    Q_PROPERTY(QVariantMap quote READ quote NOTIFY quoteChanged)
    /** The quote's lines as a list model, the same roles as quote.lines. */
    Q_PROPERTY(QAbstractItemModel *quoteLines READ quoteLines CONSTANT)
    /** The sale's currency: the quote's, else the store's (the cash drawer's), else EUR. */
    Q_PROPERTY(QString currency READ currency NOTIFY currencyChanged)
    Q_PROPERTY(bool canPlace READ canPlace NOTIFY paymentChanged)
    Q_PROPERTY(QString lastOrderId READ lastOrderId NOTIFY orderPlaced)
    /** none, open (taking payment), abandoning, completed, abandoned. */
    Q_PROPERTY(QString saleState READ saleState NOTIFY saleChanged)
    Q_PROPERTY(QString saleNumber READ saleNumber NOTIFY saleChanged)
    /** The tenders as a list model: id, kind, kindText, amountText, state, stateText, detail,
        removable (a RowListModel: count, get(i)). */
    Q_PROPERTY(QAbstractItemModel *tenderLines READ tenderLines CONSTANT)
    Q_PROPERTY(qint64 remainingMinor READ remainingMinor NOTIFY paymentChanged)
    /** What a tender can take now: the whole total before the sale starts, what is left of
        it once it has (the tender dialogs and "To pay" show it). */
    Q_PROPERTY(qint64 amountDueMinor READ amountDueMinor NOTIFY paymentChanged)
    /** amountDueMinor in words; empty while there is nothing to sell. */
    Q_PROPERTY(QString amountDueText READ amountDueText NOTIFY paymentChanged)
    /** Tenders can be added: something to pay and nothing blocking it (a coupon problem, a
        card waiting on the terminal, a sale being abandoned or already paid). */
    Q_PROPERTY(bool canTakePayment READ canTakePayment NOTIFY paymentChanged)
    Q_PROPERTY(QString remainingText READ remainingText NOTIFY paymentChanged)
    Q_PROPERTY(QString paidText READ paidText NOTIFY paymentChanged)
    /** A card payment is waiting for the terminal (cancelCard() stops it). */
    Q_PROPERTY(bool cardInProgress READ cardInProgress NOTIFY cardChanged)
    /** The amount of the card payment waiting for the terminal; empty when none. */
    Q_PROPERTY(QString cardAmountText READ cardAmountText NOTIFY cardChanged)
    Q_PROPERTY(QString cardStatusText READ cardStatusText NOTIFY cardChanged)
    /** The terminal could not be asked: the associate checks it, then checkCardAgain(). */
    Q_PROPERTY(bool cardNeedsCheck READ cardNeedsCheck NOTIFY cardChanged)
    /** The terminal approved another amount or currency than asked: cardStatusText shows its
        figures; the associate gives it back (giveBackCard()). */
    Q_PROPERTY(bool cardMismatch READ cardMismatch NOTIFY cardChanged)
    /** Paid in full and the sale not saved yet (saving failed): retrySave(). */
    Q_PROPERTY(bool needsSaving READ needsSaving NOTIFY paymentChanged)
    /** Card approvals found with no tender when the app started: [{id, state, text}], this
        sale's and those of no open sale, until dismissed. */
    Q_PROPERTY(QVariantList recoveredCards READ recoveredCards NOTIFY cardChanged)
    /** The last completed sale's receipt PDF, and whether it may be emailed. */
    Q_PROPERTY(QString receiptPath READ receiptPath NOTIFY receiptChanged)
    Q_PROPERTY(bool canEmailReceipt READ canEmailReceipt NOTIFY receiptChanged)

public:
    explicit CheckoutController(QObject *parent = nullptr);
    CheckoutController(LocalStore *store, Session *session, PaymentTerminal *terminal,
                       CashDrawer *drawer, SyncEngine *sync, QObject *parent = nullptr);

    QString receiptLanguage() const { return m_receiptLanguage; }
    void setReceiptLanguage(const QString &language);

    QString customerId() const { return m_customerId; }
    void setCustomerId(const QString &customerId);
    QString couponCode() const { return m_couponCode; }
    void setCouponCode(const QString &code);
    QVariantMap quote() const;
    SaleLinesModel *quoteLines() const { return m_quoteLines; }
    SaleLinesModel *tenderLines() const { return m_tenderLines; }
    bool canPlace() const;
    QString lastOrderId() const { return m_lastOrderId; }
    QString saleState() const;
    QString saleNumber() const;
    QString saleId() const { return m_saleId; }
    /** The sale's tenders as tenderLines shows them, one map per row. */
    QVariantList tenders() const;
    QString currency() const;
    qint64 remainingMinor() const;
    qint64 amountDueMinor() const;
    QString amountDueText() const;
    bool canTakePayment() const;
    QString remainingText() const;
    QString paidText() const;
    bool cardInProgress() const;
    QString cardAmountText() const;
    QString cardStatusText() const;
    bool cardNeedsCheck() const;
    bool cardMismatch() const;
    bool needsSaving() const;
    QVariantList recoveredCards() const;
    QString receiptPath() const { return m_receiptPath; }
    bool canEmailReceipt() const;

    /** Anonymous sale: adds one of a product (carry-out). */
    Q_INVOKABLE bool addItem(const QString &sku);
    Q_INVOKABLE void removeItem(int index);

    /** Places the order unpaid (to be paid on delivery or collection) and empties the cart. */
    Q_INVOKABLE bool placeOrder();

    /** Fixes the lines and prices and starts taking payment; true if a sale is open. */
    Q_INVOKABLE bool startSale();
    /** Takes amountMinor (0: everything left) on the card terminal. */
    Q_INVOKABLE bool payByCard(qint64 amountMinor);
    Q_INVOKABLE void cancelCard();
    /** Asks the terminal again about a payment it could not answer for. */
    Q_INVOKABLE void checkCardAgain();
    /** Gives back, on the terminal, a payment whose answer did not match what was asked. */
    Q_INVOKABLE void giveBackCard();
    /** Saves a paid sale whose saving failed (nothing is charged again). */
    Q_INVOKABLE bool retrySave();
    Q_INVOKABLE void dismissRecoveredCard(const QString &tenderId);
    /** Cash handed over; the change due is shown on the tender. */
    Q_INVOKABLE bool payCash(qint64 givenMinor);
    /** Redeems up to amountMinor (0: as much as the card and the sale allow). */
    Q_INVOKABLE bool payGiftCard(const QString &number, qint64 amountMinor);
    /** Balance of a gift card: the central service's answer to checkGiftCard(), less what
        open sales hold; -1 when the service does not know the card or it is not active, -3
        when the service has not answered (offline): tablets keep no gift cards. */
    Q_INVOKABLE qint64 giftCardBalance(const QString &number) const;
    /** Asks the central service for the card's balance now (giftCardChecked() answers; offline
        the balance is -3 and live is false). */
    Q_INVOKABLE void checkGiftCard(const QString &number);
    /** What cash handed over would do against what is left to pay now: {takenMinor,
        changeMinor, stillDueMinor, changeText, stillDueText} (Pricing::cashTendered). */
    Q_INVOKABLE QVariantMap cashTendered(qint64 givenMinor) const;
    /** A gift card number as typed is complete (GiftCards::isWellFormed). */
    Q_INVOKABLE bool isGiftCardNumber(const QString &number) const;
    /** Takes a cash or gift card tender back (not yet completed sales only). */
    Q_INVOKABLE bool removeTender(const QString &tenderId);
    /** The customer walks away: card payments reversed, cash given back, nothing recorded. */
    Q_INVOKABLE void abandonSale();
    /** Forgets a completed or abandoned sale, ready for the next one. */
    Q_INVOKABLE void reset();
    /** Sends the receipt by email through the central service (consent checked there too). */
    Q_INVOKABLE bool emailReceipt();

    /** A short order number an associate can read out, unique in the chain: store, date, this
        tablet's prefix and counter (OrderNumbers). Empty if the tablet cannot write it. */
    static QString newOrderNumber(const LocalStore *store);
    /** Card approvals that no tender records (an older version could lose the tender): attached
        to their sale while it is open and still owed that much, else given back on the
        terminal; shown in recoveredCards. Run at start and whenever a card payment settles. */
    static void recoverCardApprovals(LocalStore *store, PaymentTerminal *terminal);

signals:
    /** The customer served changed, and with it everything else. */
    void customerChanged();
    /** The lines, their prices or the coupon. */
    void quoteChanged();
    void currencyChanged();
    /** The sale's state, number or tenders. */
    void saleChanged();
    /** What is due and whether payment can be taken: follows the quote, the sale and the card. */
    void paymentChanged();
    /** The card payment on the terminal, or the card approvals found at start. */
    void cardChanged();
    void receiptChanged();
    void orderPlaced(const QString &orderId, const QString &number);
    void saleCompleted(const QString &orderId, const QString &number);
    void failed(const QString &message);
    void message(const QString &text);
    void giftCardChecked(const QString &number, qint64 balanceMinor, const QString &balanceText,
                         bool live);

private:
    /** The groups of properties that changed together (notifyChanged()). */
    enum Change {
        QuoteChange = 0x1,
        SaleChange = 0x2,
        CardChange = 0x4,
        ReceiptChange = 0x8,
        CustomerChange = 0x10,
        AllChanges = 0x1f,
    };
    using Changes = int; // of Change
    /** Emits the signals of these groups, and paymentChanged() with any of quote, sale, card. */
    void notifyChanged(Changes changes);
    void onStoreChanged(LocalStore *previous) override;
    void onTerminalChanged(PaymentTerminal *previous) override;
    void onDrawerChanged(CashDrawer *previous) override;
    void makeModels();
    /** The store is open: the checkout can read and write it. */
    bool ready() const;
    SaleRepository sales() const;
    Sale currentSale() const;
    QList<SaleLine> cartLines() const;
    /** The card payment (or reversal) this sale is waiting for, if any. */
    std::optional<CardTerminal::Record> pendingCard() const;
    QList<SaleLine> currentLines() const;
    SaleQuote price(const QList<SaleLine> &lines, const QString &couponCode) const;
    qint64 paidMinor() const;
    QString saleCurrency() const;
    void loadOpenSale();
    void applyCardOutcomes();
    void completeIfPaid();
    bool complete();
    /** The tender of this kind ("card", "cash", anything else a gift card). */
    std::unique_ptr<Tender> tenderFor(const QString &kind) const;
    bool setSaleState(const QString &state);
    /** Starts a reversal for every approved card tender; true if any is under way. */
    bool reverseApprovedCards();
    QJsonObject orderArgs(const QList<SaleLine> &lines, const QString &orderId,
                          const QString &number, const QString &couponCode, QString *error) const;
    /** Why the order could not be saved, in words (empty: it can). */
    QString orderProblem(const QList<SaleLine> &lines, const QString &orderId,
                         const QString &number, const QString &couponCode) const;
    QString lineName(const SaleLine &line) const;
    QString writeReceipt(const QString &orderId);

    QString m_receiptLanguage;
    SaleLinesModel *m_quoteLines = nullptr;
    SaleLinesModel *m_tenderLines = nullptr;
    QString m_customerId;
    QString m_couponCode;
    QString m_lastOrderId;
    QString m_saleId;
    QString m_receiptPath;
    QString m_receiptOrderId;
    QList<SaleLine> m_walkIn; // anonymous sale before it starts
    /** The service's last answer for a card typed in this sale: its id (a keyed hash only the
        service can make) and balance, -1 when unknown or not active. Memory only: the number
        is never written on the tablet, the id only with a tender. */
    struct LiveGiftCard
    {
        QString id;
        qint64 balance = -1;
    };
    QHash<QString, LiveGiftCard> m_liveGiftCards; // by the digits typed
};
