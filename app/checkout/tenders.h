// SPDX-License-Identifier: MIT
#pragma once

#include "cardterminal.h"
#include "tender.h"

#include <QPointer>

class CashDrawer;
class PaymentTerminal;

/** A card on the store's terminal: the payment and its tender are written together before
    anything is sent; given back by a reversal of what the terminal took. */
class CardTender : public Tender
{
public:
    CardTender(const SaleRepository &sales, PaymentTerminal *terminal);

    QString kind() const override;
    QString kindText() const override;
    QStringList details(const TenderRow &row) const override;
    bool removable(const TenderRow &) const override { return false; }
    /** Starts the reversal; false when it could not (the tender is then reversal_failed). */
    bool giveBack(const QString &saleId, const TenderRow &row) override;

    /** The terminal is set up to take cards. */
    bool isAvailable() const;
    /** Starts a payment of amount on the terminal with its pending tender. */
    Taken take(const QString &saleId, const Money &amount);
    /** Gives back what the terminal says it took for a payment whose answer did not match what
        was asked; false when the reversal could not be started. */
    bool giveBackMismatch(const QString &saleId, const CardTerminal::Record &record);
    /** "Mastercard •••• 0010", or "" when the terminal did not say. */
    static QString cardText(const QString &brand, const QString &last4);

private:
    CardTerminal *card() const;

    PaymentTerminal *m_terminal;
};

/** Cash handed over: the tender takes at most what is due, the drawer records it. */
class CashTender : public Tender
{
public:
    CashTender(const SaleRepository &sales, CashDrawer *drawer);

    QString kind() const override;
    QString kindText() const override;
    QStringList details(const TenderRow &row) const override;
    bool removable(const TenderRow &row) const override;
    /** Out of the drawer, back to the customer. */
    bool giveBack(const QString &saleId, const TenderRow &row) override;

    bool isAvailable() const;
    /** given handed over against due: the tender and the drawer's movement together. */
    Taken take(const QString &saleId, const Money &given, const Money &due);

private:
    CashDrawer *m_drawer;
};

/** A gift card the central service knows: its id and last four digits only. */
class GiftCardTender : public Tender
{
public:
    explicit GiftCardTender(const SaleRepository &sales);

    QString kind() const override;
    QString kindText() const override;
    QStringList details(const TenderRow &row) const override;
    bool removable(const TenderRow &row) const override;
    /** Releases what the sale held on the card. */
    bool giveBack(const QString &saleId, const TenderRow &row) override;

    Taken take(const QString &saleId, const Money &amount, const QString &giftCardId,
               const QString &last4);
};
