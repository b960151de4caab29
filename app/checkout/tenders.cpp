// SPDX-License-Identifier: MIT
#include "tenders.h"
#include "cashdrawer.h"
#include "clock.h"
#include "database.h"
#include "format.h"
#include "ids.h"
#include "paymentterminal.h"
#include "pricing.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcCheckout)

namespace {
// The words stay the checkout's: one translation context for its screen.
QString brandText(const QString &brand)
{
    static const QHash<QString, QString> names = {{u"mc"_s, u"Mastercard"_s},
                                                  {u"visa"_s, u"Visa"_s},
                                                  {u"amex"_s, u"American Express"_s},
                                                  {u"maestro"_s, u"Maestro"_s}};
    return names.value(brand, brand.toUpper());
}

QString moneyText(const Money &amount)
{
    return Format::money(amount.minor(), amount.currency());
}
} // namespace

bool Tender::insert(const QString &saleId, QVariantMap row)
{
    row.insert(u"sale_id"_s, saleId);
    row.insert(u"created_at"_s, Clock::nowMs());
    return m_sales.insertTender(row);
}

// Card

CardTender::CardTender(const SaleRepository &sales, PaymentTerminal *terminal)
    : Tender(sales)
    , m_terminal(terminal)
{}

QString CardTender::kind() const
{
    return u"card"_s;
}

QString CardTender::kindText() const
{
    return QCoreApplication::translate("CheckoutController", "Card");
}

QString CardTender::cardText(const QString &brand, const QString &last4)
{
    return last4.isEmpty() ? QString() : u"%1 •••• %2"_s.arg(brandText(brand), last4);
}

QStringList CardTender::details(const TenderRow &row) const
{
    QStringList details {cardText(row.cardBrand, row.cardLast4)};
    if (row.cardPaymentKind == u"payment"_s && row.cardPaymentState == u"partial"_s)
        //: The card covered part of what was asked: "covered €24.95 of €49.90"
        details << QCoreApplication::translate("CheckoutController", "covered %1 of %2")
                       .arg(moneyText(row.amount), moneyText(row.cardPaymentAmount));
    return details;
}

CardTerminal *CardTender::card() const
{
    return m_terminal ? m_terminal->terminal() : nullptr;
}

bool CardTender::isAvailable() const
{
    return m_terminal && m_terminal->isConfigured();
}

bool CardTender::giveBack(const QString &saleId, const TenderRow &row)
{
    const QString reversalId = card()
        ? card()->startReversal(saleId, row.terminalReference, row.terminalTime, row.amount)
        : QString();
    m_sales.setTenderReversal(row.id, reversalId.isEmpty() ? u"reversal_failed"_s : u"reversing"_s,
                              reversalId);
    return !reversalId.isEmpty();
}

Tender::Taken CardTender::take(const QString &saleId, const Money &amount)
{
    // The card payment and its tender are written together or not at all, before anything is
    // sent (the request leaves from the event loop, after the commit): a payment the sale does
    // not know about must never reach the terminal.
    SqlTransaction transaction(m_sales.database());
    const QString paymentId = transaction.isActive() && card()
        ? card()->startPayment(saleId, amount, true)
        : QString();
    const QString tenderId = Ids::newId();
    if (paymentId.isEmpty()
        || !insert(saleId, {{u"id"_s, tenderId},
                            {u"kind"_s, u"card"_s},
                            {u"amount_minor"_s, amount.minor()},
                            {u"state"_s, u"pending"_s},
                            {u"card_payment_id"_s, paymentId}})
        || !transaction.commit()) {
        transaction.rollback();
        qCWarning(lcCheckout) << "card payment not started for sale" << saleId;
        return {};
    }
    return {true, tenderId, amount, Money(0, amount.currency())};
}

bool CardTender::giveBackMismatch(const QString &saleId, const CardTerminal::Record &record)
{
    // What the terminal says it took, in its currency, goes back: the request's figures are
    // not what was charged.
    const QString reversalId = card()
        ? card()->startReversal(saleId, record.poiTransactionId, record.poiTime,
                                Money(record.authorizedMinor, record.authorizedCurrency))
        : QString();
    m_sales.setPendingCardReversal(saleId, record.id,
                                   reversalId.isEmpty() ? u"reversal_failed"_s : u"reversing"_s,
                                   reversalId.isEmpty() ? record.id : reversalId);
    return !reversalId.isEmpty();
}

// Cash

CashTender::CashTender(const SaleRepository &sales, CashDrawer *drawer)
    : Tender(sales)
    , m_drawer(drawer)
{}

QString CashTender::kind() const
{
    return u"cash"_s;
}

QString CashTender::kindText() const
{
    return QCoreApplication::translate("CheckoutController", "Cash");
}

QStringList CashTender::details(const TenderRow &row) const
{
    return {QCoreApplication::translate("CheckoutController", "Given %1, change %2")
                .arg(moneyText(row.cashGiven), moneyText(row.change))};
}

bool CashTender::removable(const TenderRow &row) const
{
    return row.state == u"approved"_s;
}

bool CashTender::isAvailable() const
{
    return m_drawer && m_drawer->isOpen();
}

bool CashTender::giveBack(const QString &saleId, const TenderRow &row)
{
    if (m_drawer)
        m_drawer->record(u"sale_void"_s, -row.amount, saleId);
    return m_sales.setTenderState(row.id, u"returned"_s);
}

Tender::Taken CashTender::take(const QString &saleId, const Money &given, const Money &due)
{
    const Pricing::CashTendered cash = Pricing::cashTendered(given.minor(), due.minor());
    const Money taken(cash.takenMinor, due.currency());
    const QString tenderId = Ids::newId();
    // The tender and the drawer's movement are kept together or not at all.
    SqlTransaction transaction(m_sales.database());
    if (!m_drawer
        || !insert(saleId, {{u"id"_s, tenderId},
                            {u"kind"_s, u"cash"_s},
                            {u"amount_minor"_s, cash.takenMinor},
                            {u"state"_s, u"approved"_s},
                            {u"cash_given_minor"_s, given.minor()},
                            {u"change_minor"_s, cash.changeMinor}})
        || !m_drawer->record(u"sale"_s, taken, saleId) || !transaction.commit())
        return {};
    return {true, tenderId, taken, Money(cash.changeMinor, due.currency())};
}

// Gift card

GiftCardTender::GiftCardTender(const SaleRepository &sales)
    : Tender(sales)
{}

QString GiftCardTender::kind() const
{
    return u"gift_card"_s;
}

QString GiftCardTender::kindText() const
{
    return QCoreApplication::translate("CheckoutController", "Gift card");
}

QStringList GiftCardTender::details(const TenderRow &row) const
{
    return {QCoreApplication::translate("CheckoutController", "Card ending %1")
                .arg(row.giftCardLast4)};
}

bool GiftCardTender::removable(const TenderRow &row) const
{
    return row.state == u"approved"_s;
}

bool GiftCardTender::giveBack(const QString &, const TenderRow &row)
{
    // Nothing was taken from the card yet (the service redeems it with the order): the sale's
    // hold on it ends.
    return m_sales.setTenderState(row.id, u"returned"_s);
}

Tender::Taken GiftCardTender::take(const QString &saleId, const Money &amount,
                                   const QString &giftCardId, const QString &last4)
{
    const QString tenderId = Ids::newId();
    if (!insert(saleId, {{u"id"_s, tenderId},
                         {u"kind"_s, u"gift_card"_s},
                         {u"amount_minor"_s, amount.minor()},
                         {u"state"_s, u"approved"_s},
                         {u"gift_card_id"_s, giftCardId},
                         {u"gift_card_last4"_s, last4}}))
        return {};
    return {true, tenderId, amount, Money(0, amount.currency())};
}
