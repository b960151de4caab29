// SPDX-License-Identifier: MIT
#pragma once

#include "money.h"
#include "salerepository.h"

#include <QString>
#include <QStringList>

/**
 * One kind of tender (card, cash, gift card) as the checkout uses any of them: it is taken for
 * a sale (each kind asks for what it needs: an amount on the terminal, the cash handed over, a
 * gift card the service knows), given back when the sale is abandoned or the tender removed
 * (a reversal on the terminal, cash out of the drawer, a gift card's hold released), and
 * described as a row of the sale's tender list.
 */
class Tender
{
public:
    /** What taking a tender did. */
    struct Taken
    {
        bool ok = false;
        QString tenderId;
        /** What the tender covers of the sale. */
        Money amount;
        /** Cash handed back to the customer. */
        Money change;
    };

    explicit Tender(const SaleRepository &sales)
        : m_sales(sales)
    {}
    virtual ~Tender() = default;
    Tender(const Tender &) = delete;
    Tender &operator=(const Tender &) = delete;

    /** "card", "cash" or "gift_card", as sale_tenders.kind. */
    virtual QString kind() const = 0;
    /** The kind in the associate's words. */
    virtual QString kindText() const = 0;
    /** What the tender list says of a tender of this kind ("Given €20.00, change €0.00"). */
    virtual QStringList details(const TenderRow &row) const = 0;
    /** The associate may take it back while the sale is open. */
    virtual bool removable(const TenderRow &row) const = 0;
    /** Gives an approved tender back (row.amount); false if it could not be. */
    virtual bool giveBack(const QString &saleId, const TenderRow &row) = 0;

protected:
    /** Writes a tender row of these columns for the sale, made now. */
    bool insert(const QString &saleId, QVariantMap row);

    SaleRepository m_sales;
};
