// SPDX-License-Identifier: MIT
#pragma once

#include "discounts.h"
#include "money.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

#include <optional>

/** A line of a sale: from the customer's cart, added for an anonymous sale, or as a sale
    fixed them when it started (sales.lines). */
struct SaleLine
{
    QString id, sku, fulfilment, source, addressId, optionId;
    qint64 quantity = 0;
    Money unitPrice;

    QJsonObject toJson() const;
    static SaleLine fromJson(const QJsonObject &json);
};

/** A sale as the tablet keeps it (table sales). */
struct Sale
{
    QString id, orderId, number, customerId, state, couponCode, associateId;
    /** What the sale costs, in its currency (fixed when it starts). */
    Money total;
    QList<SaleLine> lines;
    qint64 createdAt = 0;

    bool isValid() const { return !id.isEmpty(); }
};

/** A product as the checkout names it. */
struct SaleProduct
{
    QString name, size, colour;
};

/** A tender of a sale (sale_tenders) with what the screen shows of its card payment. */
struct TenderRow
{
    QString id, kind, state, cardBrand, cardLast4, giftCardLast4, giftCardId;
    /** What the tender covers, in the sale's currency. */
    Money amount;
    /** Cash: what the customer handed over and the change given back. */
    Money cashGiven, change;
    /** When the tender was made for a card approval found at start-up (0: taken here). */
    qint64 foundAt = 0;
    /** What the terminal named the payment by (cards): what a reversal names. */
    QString terminalReference, terminalTime;
    /** The card payment behind a card tender: payment or reversal, its state, and what was
        asked of the terminal in the terminal's currency. */
    QString cardPaymentKind, cardPaymentState;
    Money cardPaymentAmount;
};

/** A tender waiting on the terminal (a card payment or its reversal). */
struct PendingTender
{
    QString tenderId, paymentId, state;
};

/**
 * The checkout's persistence: the only place with its SQL. Sales and their tenders, the cart as
 * the checkout reads it, product prices and names, delivery prices, the store's VAT rate, gift
 * card holds, card approvals found with no tender, and the email consent receipts need.
 */
class SaleRepository
{
public:
    explicit SaleRepository(const QSqlDatabase &db);

    QSqlDatabase database() const { return m_db; }

    /** The customer's cart lines priced from the catalogue; home-delivery lines without a
        source, an address or an option get the ones the web shop would propose. */
    QList<SaleLine> cartLines(const QString &customerId) const;
    std::optional<Money> productPrice(const QString &sku) const;
    std::optional<SaleProduct> product(const QString &sku) const;
    /** The price of a delivery option (zero without currency when there is no such option). */
    Money deliveryPrice(const QString &optionId) const;
    int vatRateBp(const QString &locationId) const;
    Discounts::ForSale discounts(const QString &customerId, const QString &couponCode,
                                 const Money &subtotal, qint64 at) const;
    bool orderExists(const QString &orderId) const;
    QString customerLanguage(const QString &customerId) const;
    /** The customer agreed to emails and has an address. */
    bool mayEmail(const QString &customerId) const;

    /** The customer's sale left open or being abandoned, newest first (empty: none). */
    QString openSaleId(const QString &customerId) const;
    Sale sale(const QString &saleId) const;
    bool insertSale(const Sale &sale);
    bool setSaleState(const QString &saleId, const QString &state, qint64 at);

    QList<TenderRow> tenders(const QString &saleId) const;
    /** The approved tenders, as the order's payment.record sends them. */
    QList<TenderRow> approvedTenders(const QString &saleId) const;
    Money paid(const QString &saleId, const QString &currency) const;
    bool hasTenderInProgress(const QString &saleId) const;
    /** The card payment (or reversal) the sale waits for; pendingOnly: payments only. */
    QString waitingCardPaymentId(const QString &saleId, bool pendingOnly = false) const;
    QList<PendingTender> waitingTenders(const QString &saleId) const;
    /** The approved card tenders, as a reversal needs them. */
    QList<TenderRow> approvedCards(const QString &saleId) const;
    /** Approved cash and gift card tenders, to hand back. */
    QStringList approvedHandBackTenderIds(const QString &saleId) const;
    /** An approved tender of the sale; nullopt if not so. */
    std::optional<TenderRow> approvedTender(const QString &tenderId, const QString &saleId) const;
    /** Inserts a sale_tenders row of these columns (the others keep their defaults). */
    bool insertTender(const QVariantMap &row);
    bool setTenderState(const QString &tenderId, const QString &state);
    bool setTenderReversal(const QString &tenderId, const QString &state,
                           const QString &cardPaymentId);
    /** A pending payment given back: the tender follows its reversal. */
    bool setPendingCardReversal(const QString &saleId, const QString &paymentId,
                                const QString &state, const QString &reversalId);
    /** authorized: what the terminal took, in the sale's currency. */
    bool approveCardTender(const QString &tenderId, const Money &authorized,
                           const QString &brand, const QString &last4,
                           const QString &reference, const QString &time);
    /** What open sales hold on a gift card. */
    qint64 giftCardHeldMinor(const QString &giftCardId) const;

    /** Found approvals not yet dismissed: this sale's and those of sales no checkout takes
        up. */
    QList<TenderRow> recoveredCards(const QString &saleId) const;
    bool dismissRecoveredCard(const QString &tenderId);
    /** Approved card payments no tender knows of and nothing gives back. */
    QStringList looseCardApprovals() const;
    /** Found approvals being given back for sales no checkout takes up: tender, reversal. */
    QList<QPair<QString, QString>> foundReversals() const;

private:
    /** The tenders that match where (SQL over sale_tenders t, its sale s and card payment c,
        with values bound in order), in the order given: one query for every list above. */
    QList<TenderRow> tenderRows(const QString &where, const QVariantList &values,
                                const QString &orderBy) const;

    QSqlDatabase m_db;
};
