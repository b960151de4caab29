// SPDX-License-Identifier: MIT
#include "checkoutcontroller.h"
#include "cardterminal.h"
#include "cashdrawer.h"
#include "clock.h"
#include "database.h"
#include "discounts.h"
#include "format.h"
#include "ids.h"
#include "localstore.h"
#include "ordernumbers.h"
#include "paymentterminal.h"
#include "pricing.h"
#include "receiptmailer.h"
#include "salereceipt.h"
#include "tenders.h"
#include "session.h"
#include "giftcardmessages.h"
#include "syncengine.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

using namespace Qt::Literals::StringLiterals;

// Ids and store errors go here, never to the associate's screen.
Q_LOGGING_CATEGORY(lcCheckout, "clienteling.checkout")

namespace {
QString cardStateText(const QString &state)
{
    if (state == u"persisted"_s || state == u"sent"_s)
        return CheckoutController::tr("Waiting for the card on the terminal…");
    if (state == u"checking"_s)
        return CheckoutController::tr("No answer from the terminal yet: asking it what happened…");
    if (state == u"review"_s)
        return CheckoutController::tr("The terminal cannot be reached. Look at its screen: if "
                                      "it shows the payment approved, tap Check again when it "
                                      "is back; the customer is not charged twice.");
    return {};
}

QString moneyText(const Money &amount)
{
    return Format::money(amount.minor(), amount.currency());
}

} // namespace

CheckoutController::CheckoutController(QObject *parent)
    : SaleServices(parent)
{
    makeModels();
}

void CheckoutController::makeModels()
{
    auto rows = [](const QVariantList &list) {
        QList<QVariantMap> maps;
        for (const QVariant &row : list)
            maps << row.toMap();
        return maps;
    };
    m_quoteLines = new SaleLinesModel(
        {"lineId", "name", "colour", "size", "sku", "quantityText", "totalMinor", "totalText",
         "fulfilmentText"},
        u"lineId"_s, [this, rows] { return rows(quote().value(u"lines"_s).toList()); }, this);
    m_tenderLines = new SaleLinesModel(
        {"id", "kind", "kindText", "amountText", "state", "stateText", "detail", "removable"},
        u"id"_s, [this, rows] { return rows(tenders()); }, this);
}

void CheckoutController::notifyChanged(Changes changes)
{
    if (changes & CustomerChange)
        changes = AllChanges;
    // The lists first (refreshed by key), so bindings to the signals below see them current.
    if (changes & (QuoteChange | SaleChange))
        m_quoteLines->update();
    if (changes & (SaleChange | CardChange))
        m_tenderLines->update();
    if (changes & CustomerChange)
        emit customerChanged();
    if (changes & QuoteChange) {
        emit quoteChanged();
        emit currencyChanged();
    }
    if (changes & SaleChange)
        emit saleChanged();
    if (changes & CardChange)
        emit cardChanged();
    if (changes & (QuoteChange | SaleChange | CardChange))
        emit paymentChanged();
    if (changes & ReceiptChange)
        emit receiptChanged();
}

CheckoutController::CheckoutController(LocalStore *store, Session *session,
                                       PaymentTerminal *terminal, CashDrawer *drawer,
                                       SyncEngine *sync, QObject *parent)
    : SaleServices(parent)
{
    makeModels();
    setSession(session);
    setDrawer(drawer);
    setSync(sync);
    setTerminal(terminal);
    setStore(store);
}

void CheckoutController::onStoreChanged(LocalStore *previous)
{
    if (previous)
        disconnect(previous, nullptr, this, nullptr);
    if (LocalStore *store = m_store) {
        connect(store, &LocalStore::tablesChanged, this, [this](const QStringList &tables) {
            if (tables.contains(u"cart_lines"_s) || tables.contains(u"products"_s)
                || tables.contains(u"customers"_s) || tables.contains(u"coupons"_s))
                notifyChanged(QuoteChange);
        });
    }
    loadOpenSale();
    notifyChanged(AllChanges);
}

void CheckoutController::onTerminalChanged(PaymentTerminal *previous)
{
    if (previous) {
        disconnect(previous, nullptr, this, nullptr);
        if (CardTerminal *card = previous->terminal())
            disconnect(card, nullptr, this, nullptr);
    }
    if (PaymentTerminal *terminal = m_terminal) {
        connect(terminal, &PaymentTerminal::changed, this,
                [this] { notifyChanged(CardChange | SaleChange); });
        if (CardTerminal *card = terminal->terminal()) {
            connect(card, &CardTerminal::stateChanged, this, [this] {
                applyCardOutcomes();
                notifyChanged(CardChange | SaleChange);
            });
        }
    }
    applyCardOutcomes();
    notifyChanged(CardChange | SaleChange);
}

void CheckoutController::onDrawerChanged(CashDrawer *previous)
{
    if (previous)
        disconnect(previous, nullptr, this, nullptr);
    if (CashDrawer *drawer = m_drawer)
        connect(drawer, &CashDrawer::changed, this, &CheckoutController::currencyChanged);
    emit currencyChanged();
}

void CheckoutController::setReceiptLanguage(const QString &language)
{
    if (language == m_receiptLanguage)
        return;
    m_receiptLanguage = language;
    emit servicesChanged();
}

bool CheckoutController::ready() const
{
    return m_store && m_store->isReady();
}

SaleRepository CheckoutController::sales() const
{
    return SaleRepository(m_store ? m_store->database() : QSqlDatabase());
}

Sale CheckoutController::currentSale() const
{
    if (m_saleId.isEmpty() || !ready())
        return {};
    return sales().sale(m_saleId);
}

QString CheckoutController::saleCurrency() const
{
    return currentSale().total.currency();
}

void CheckoutController::setCustomerId(const QString &customerId)
{
    if (customerId == m_customerId)
        return;
    m_customerId = customerId;
    m_saleId.clear();
    m_receiptPath.clear();
    loadOpenSale();
    notifyChanged(AllChanges);
}

void CheckoutController::setCouponCode(const QString &code)
{
    const QString normal = Discounts::normaliseCode(code);
    if (normal == m_couponCode || saleState() != u"none"_s)
        return;
    m_couponCode = normal;
    notifyChanged(QuoteChange);
}

void CheckoutController::loadOpenSale()
{
    if (!ready())
        return;
    // A sale left open (the app closed, the tablet restarted) is taken up again.
    m_saleId = sales().openSaleId(m_customerId);
    if (!m_saleId.isEmpty()) {
        m_couponCode = currentSale().couponCode;
        applyCardOutcomes();
    }
}

QList<SaleLine> CheckoutController::cartLines() const
{
    if (!ready())
        return {};
    if (m_customerId.isEmpty())
        return m_walkIn;
    return sales().cartLines(m_customerId);
}

QList<SaleLine> CheckoutController::currentLines() const
{
    const Sale sale = currentSale();
    if (!sale.isValid())
        return cartLines();
    return sale.lines;
}

SaleQuote CheckoutController::price(const QList<SaleLine> &lines, const QString &couponCode) const
{
    if (lines.isEmpty() || !m_store)
        return {};
    const SaleRepository repo = sales();
    const QString optionId = SaleQuoting::deliveryOption(lines);
    const Money shipping = optionId.isEmpty() ? Money() : repo.deliveryPrice(optionId);
    const int vat = repo.vatRateBp(m_store->locationId());
    const Discounts::ForSale discounts = repo.discounts(
        m_customerId, couponCode, SaleQuoting::subtotal(lines), Clock::nowMs());
    return SaleQuoting::quote(lines, discounts, !couponCode.isEmpty(), shipping, vat);
}

QVariantMap CheckoutController::quote() const
{
    const QList<SaleLine> lines = currentLines();
    if (lines.isEmpty())
        return {{u"lineCount"_s, 0}};
    const SaleQuote p = price(lines, m_couponCode);
    const QString currency = p.total.currency();
    const SaleRepository repo = sales();
    QVariantList shown;
    for (int i = 0; i < lines.size(); ++i) {
        const SaleLine &line = lines.at(i);
        QString name = line.sku;
        QString colour;
        QString size;
        if (const auto product = repo.product(line.sku)) {
            name = product->name;
            colour = product->colour;
            size = product->size;
        }
        shown << QVariantMap {{u"lineId"_s, line.id},
                              {u"name"_s, name},
                              {u"colour"_s, colour},
                              {u"size"_s, size},
                              {u"sku"_s, line.sku},
                              {u"quantityText"_s, Format::number(line.quantity)},
                              {u"totalMinor"_s, p.lineTotals.value(i).minor()},
                              {u"totalText"_s, Format::money(p.lineTotals.value(i).minor(),
                                                             currency)},
                              {u"fulfilmentText"_s, Format::fulfilment(line.fulfilment)}};
    }
    QStringList labels;
    if (p.tierBp > 0)
        labels << tr("Loyalty %1%").arg(QLocale().toString(p.tierBp / 100.0, 'f', 0));
    if (!m_couponCode.isEmpty() && p.couponProblem.isEmpty())
        labels << tr("Coupon %1").arg(m_couponCode);
    QString problem;
    if (p.couponProblem == u"unknown"_s)
        problem = tr("There is no coupon with this code. Check it with the customer.");
    else if (p.couponProblem == u"expired"_s)
        problem = tr("This coupon has expired.");
    else if (p.couponProblem == u"not_yet"_s)
        problem = tr("This coupon is not valid yet.");
    else if (p.couponProblem == u"min_spend"_s)
        problem = tr("This coupon needs a bigger purchase.");
    else if (!p.couponProblem.isEmpty())
        problem = tr("This coupon cannot be used.");
    return {{u"lineCount"_s, int(lines.size())},
            {u"lines"_s, shown},
            {u"subtotalMinor"_s, p.subtotal.minor()},
            {u"discountMinor"_s, p.discount.minor()},
            {u"shippingMinor"_s, p.shipping.minor()},
            {u"subtotalText"_s, Format::money(p.subtotal.minor(), currency)},
            {u"discountText"_s,
             p.discount.minor() ? Format::money(-p.discount.minor(), currency) : QString()},
            {u"discountLabel"_s, labels.join(u" · "_s)},
            {u"couponProblem"_s, problem},
            {u"shippingText"_s,
             p.shipping.minor() ? Format::money(p.shipping.minor(), currency) : QString()},
            {u"taxText"_s, Format::money(p.tax.minor(), currency)},
            {u"totalText"_s, Format::money(p.total.minor(), currency)},
            {u"totalMinor"_s, p.total.minor()},
            {u"currency"_s, currency}};
}

bool CheckoutController::canPlace() const
{
    return saleState() == u"none"_s && !cartLines().isEmpty();
}

QString CheckoutController::saleState() const
{
    const Sale sale = currentSale();
    return sale.isValid() ? sale.state : u"none"_s;
}

QString CheckoutController::saleNumber() const
{
    return currentSale().number;
}

bool CheckoutController::addItem(const QString &sku)
{
    if (!m_customerId.isEmpty() || saleState() != u"none"_s || !ready())
        return false;
    const std::optional<Money> unitPrice = sales().productPrice(sku);
    if (!unitPrice) {
        emit failed(tr("This product is not in the catalogue on this tablet."));
        return false;
    }
    for (SaleLine &line : m_walkIn) {
        if (line.sku == sku) {
            ++line.quantity;
            notifyChanged(QuoteChange);
            return true;
        }
    }
    m_walkIn << SaleLine {Ids::newId(), sku, u"carry_out"_s, {}, {}, {}, 1, *unitPrice};
    notifyChanged(QuoteChange);
    return true;
}

void CheckoutController::removeItem(int index)
{
    if (index < 0 || index >= m_walkIn.size() || saleState() != u"none"_s)
        return;
    m_walkIn.removeAt(index);
    notifyChanged(QuoteChange);
}

QString CheckoutController::newOrderNumber(const LocalStore *store)
{
    return OrderNumbers::next(store->database(), store->locationId(), Clock::now());
}

QJsonObject CheckoutController::orderArgs(const QList<SaleLine> &lines, const QString &orderId,
                                          const QString &number, const QString &couponCode,
                                          QString *error) const
{
    QString addressId;
    QString optionId;
    QJsonArray orderLines;
    for (const SaleLine &line : lines) {
        if (line.fulfilment == u"ship_to_home"_s) {
            if ((!addressId.isEmpty() && addressId != line.addressId)
                || (!optionId.isEmpty() && optionId != line.optionId)) {
                *error = tr("Home-delivery items in one order go to one address with one "
                            "delivery option. Remove the others and order them separately.");
                return {};
            }
            addressId = line.addressId;
            optionId = line.optionId;
        }
        // Line ids follow the order's, so a resumed sale sends the very same order.
        orderLines << QJsonObject {
            {u"id"_s, QString(orderId + u'-' + QString::number(orderLines.size() + 1))},
            {u"sku"_s, line.sku},
            {u"quantity"_s, line.quantity},
            {u"fulfilment"_s, line.fulfilment},
            {u"sourceLocationId"_s, line.source}};
    }
    QJsonObject order {{u"id"_s, orderId},
                       {u"number"_s, number},
                       {u"customerId"_s, m_customerId},
                       {u"lines"_s, orderLines}};
    if (!couponCode.isEmpty())
        order.insert(u"couponCode"_s, couponCode);
    if (!addressId.isEmpty())
        order.insert(u"delivery"_s,
                     QJsonObject {{u"addressId"_s, addressId}, {u"optionId"_s, optionId}});
    return order;
}

QString CheckoutController::lineName(const SaleLine &line) const
{
    const std::optional<SaleProduct> product = sales().product(line.sku);
    const QString name = product ? product->name : QString();
    const QString size = product ? product->size : QString();
    if (name.isEmpty())
        return tr("An item in the cart");
    //: An item named in a message: %1 the product, %2 its size
    return size.isEmpty() ? name : tr("%1 (size %2)").arg(name, size);
}

QString CheckoutController::orderProblem(const QList<SaleLine> &lines, const QString &orderId,
                                         const QString &number, const QString &couponCode) const
{
    // What the service's order.create would refuse, found before any money is taken and said
    // in the associate's words (the mutator's own message names line ids).
    for (const SaleLine &line : lines) {
        const bool sent
            = line.fulfilment == u"ship_to_home"_s || line.fulfilment == u"ship_from_store"_s;
        if (sent && line.source.isEmpty())
            return tr("%1 is for home delivery, but no store or warehouse is chosen to send it "
                      "from. Choose where it comes from in the cart, or remove it. Nothing has "
                      "been charged.")
                .arg(lineName(line));
        if (line.fulfilment == u"ship_to_home"_s
            && (line.addressId.isEmpty() || line.optionId.isEmpty()))
            return tr("%1 is for home delivery, but has no delivery address or option yet. "
                      "Choose them in the cart, or remove it. Nothing has been charged.")
                .arg(lineName(line));
    }
    QString error;
    const QJsonObject order = orderArgs(lines, orderId, number, couponCode, &error);
    if (order.isEmpty())
        return error;
    // The whole order as the store would record it, rolled back: anything else it refuses.
    const MutationResult result = m_store->check({{u"order.create"_s, order}});
    if (result.applied)
        return {};
    qCWarning(lcCheckout) << "order check refused" << orderId << result.code << result.message;
    if (result.temporary)
        return tr("The sale could not be saved on this tablet. Try again; nothing has been "
                  "charged.");
    return tr("This order cannot be saved as it is. Check each item's delivery in the cart, or "
              "remove the item, then try again. Nothing has been charged.");
}

bool CheckoutController::placeOrder()
{
    LocalStore *store = m_store;
    const QList<SaleLine> lines = cartLines();
    if (!store || lines.isEmpty() || m_customerId.isEmpty()) {
        emit failed(tr("The cart is empty."));
        return false;
    }
    const QString orderId = Ids::newId();
    const QString number = newOrderNumber(store);
    if (number.isEmpty()) {
        emit failed(tr("The order could not be saved on this tablet. Try again."));
        return false;
    }
    if (const QString problem = orderProblem(lines, orderId, number, m_couponCode);
        !problem.isEmpty()) {
        emit failed(problem);
        return false;
    }
    QString error;
    const QJsonObject order = orderArgs(lines, orderId, number, m_couponCode, &error);
    QList<QPair<QString, QJsonObject>> mutations {{u"order.create"_s, order}};
    for (const SaleLine &line : lines)
        mutations << qMakePair(u"cart.removeLine"_s, QJsonObject {{u"id"_s, line.id}});
    const MutationResult result = store->submitAll(mutations);
    if (!result.applied) {
        qCWarning(lcCheckout) << "order not placed" << orderId << result.code << result.message;
        emit failed(tr("The order could not be saved on this tablet. Try again."));
        return false;
    }
    m_lastOrderId = orderId;
    emit orderPlaced(orderId, number);
    notifyChanged(QuoteChange);
    return true;
}

bool CheckoutController::startSale()
{
    LocalStore *store = m_store;
    if (saleState() == u"open"_s)
        return true;
    if (saleState() != u"none"_s || !store || !store->isReady())
        return false;
    const QList<SaleLine> lines = cartLines();
    if (lines.isEmpty()) {
        emit failed(tr("There is nothing to pay yet: add items first."));
        return false;
    }
    const SaleQuote p = price(lines, m_couponCode);
    if (!p.couponProblem.isEmpty()) {
        emit failed(tr("Remove the coupon or correct it before taking payment."));
        return false;
    }
    const QString saleId = Ids::newId();
    const QString orderId = Ids::newId();
    const QString number = newOrderNumber(store);
    if (number.isEmpty()) {
        emit failed(tr("The sale could not be saved on this tablet. Try again."));
        return false;
    }
    // The whole order is checked before any tender is taken: a sale that cannot be saved must
    // not take money.
    if (const QString problem = orderProblem(lines, orderId, number, m_couponCode);
        !problem.isEmpty()) {
        emit failed(problem);
        return false;
    }
    Sale sale;
    sale.id = saleId;
    sale.orderId = orderId;
    sale.number = number;
    sale.customerId = m_customerId;
    sale.state = u"open"_s;
    sale.total = p.total;
    sale.couponCode = m_couponCode;
    sale.lines = lines;
    sale.associateId = m_session ? m_session->associateId() : QString();
    sale.createdAt = Clock::nowMs();
    if (!sales().insertSale(sale)) {
        emit failed(tr("The sale could not be saved on this tablet. Try again."));
        return false;
    }
    m_saleId = saleId;
    m_walkIn.clear();
    m_receiptPath.clear();
    notifyChanged(QuoteChange | SaleChange | ReceiptChange);
    return true;
}

QVariantList CheckoutController::tenders() const
{
    QVariantList list;
    if (m_saleId.isEmpty() || !m_store)
        return list;
    const bool open = saleState() == u"open"_s;
    for (const TenderRow &row : sales().tenders(m_saleId)) {
        const QString &kind = row.kind;
        const QString &state = row.state;
        const QString &cardState = row.cardPaymentState;
        const std::unique_ptr<Tender> tender = tenderFor(kind);
        QStringList details = tender->details(row);
        if (row.foundAt > 0)
            details << tr("found when the app started");
        details.removeAll(QString());
        const QString detail = details.join(u" · "_s);
        QString stateText;
        if (state == u"approved"_s)
            stateText = tr("Paid");
        else if (state == u"pending"_s && cardState == u"mismatch"_s)
            stateText = tr("Needs checking");
        else if (state == u"pending"_s)
            stateText = tr("In progress");
        else if (state == u"declined"_s)
            stateText = tr("Declined");
        else if (state == u"reversing"_s)
            stateText = tr("Giving back");
        else if (state == u"reversed"_s)
            stateText = tr("Given back");
        else if (state == u"reversal_failed"_s)
            stateText = tr("Not given back: check the terminal");
        else if (state == u"returned"_s)
            stateText = tr("Given back");
        list << QVariantMap {
            {u"id"_s, row.id},
            {u"kind"_s, kind},
            {u"kindText"_s, tender->kindText()},
            {u"amountText"_s, moneyText(row.amount)},
            {u"state"_s, state},
            {u"stateText"_s, stateText},
            {u"detail"_s, detail},
            {u"removable"_s, open && tender->removable(row)}};
    }
    return list;
}

qint64 CheckoutController::paidMinor() const
{
    if (m_saleId.isEmpty() || !m_store)
        return 0;
    return sales().paid(m_saleId, QString()).minor();
}

qint64 CheckoutController::remainingMinor() const
{
    const Sale sale = currentSale();
    if (!sale.isValid())
        return quote().value(u"totalMinor"_s).toLongLong();
    return qMax<qint64>(0, sale.total.minor() - paidMinor());
}

QString CheckoutController::currency() const
{
    const Sale sale = currentSale();
    if (sale.isValid())
        return sale.total.currency();
    const QList<SaleLine> lines = cartLines();
    if (!lines.isEmpty() && !lines.first().unitPrice.currency().isEmpty())
        return lines.first().unitPrice.currency();
    return m_drawer ? m_drawer->currency() : u"EUR"_s;
}

qint64 CheckoutController::amountDueMinor() const
{
    // Before the sale starts nothing is paid: what is left is the whole total.
    return remainingMinor();
}

QString CheckoutController::amountDueText() const
{
    if (saleState() == u"none"_s && cartLines().isEmpty())
        return {};
    return Format::money(amountDueMinor(), currency());
}

bool CheckoutController::canTakePayment() const
{
    const QString state = saleState();
    if (state != u"none"_s && state != u"open"_s)
        return false;
    const QVariantMap q = quote();
    return q.value(u"lineCount"_s).toInt() > 0 && q.value(u"couponProblem"_s).toString().isEmpty()
            && !cardInProgress() && (state == u"none"_s || remainingMinor() > 0);
}

QVariantMap CheckoutController::cashTendered(qint64 givenMinor) const
{
    const Sale sale = currentSale();
    const QString currency
        = sale.isValid() ? sale.total.currency() : quote().value(u"currency"_s).toString();
    const Pricing::CashTendered cash = Pricing::cashTendered(givenMinor, remainingMinor());
    return {{u"takenMinor"_s, cash.takenMinor},
            {u"changeMinor"_s, cash.changeMinor},
            {u"stillDueMinor"_s, cash.stillDueMinor},
            {u"changeText"_s, Format::money(cash.changeMinor, currency)},
            {u"stillDueText"_s, Format::money(cash.stillDueMinor, currency)}};
}

bool CheckoutController::isGiftCardNumber(const QString &number) const
{
    return GiftCards::isWellFormed(number);
}

QString CheckoutController::remainingText() const
{
    const Sale sale = currentSale();
    return Format::money(remainingMinor(), sale.isValid()
                                               ? sale.total.currency()
                                               : quote().value(u"currency"_s).toString());
}

QString CheckoutController::paidText() const
{
    return Format::money(paidMinor(), saleCurrency());
}

bool CheckoutController::cardInProgress() const
{
    return !m_saleId.isEmpty() && m_store && sales().hasTenderInProgress(m_saleId);
}

std::optional<CardTerminal::Record> CheckoutController::pendingCard() const
{
    if (m_saleId.isEmpty() || !m_store || !m_terminal || !m_terminal->terminal())
        return std::nullopt;
    const QString paymentId = sales().waitingCardPaymentId(m_saleId);
    return paymentId.isEmpty() ? std::nullopt : m_terminal->terminal()->record(paymentId);
}

QString CheckoutController::cardAmountText() const
{
    if (m_saleId.isEmpty() || !ready())
        return {};
    for (const TenderRow &row : sales().tenders(m_saleId)) {
        if (row.state == u"pending"_s)
            return moneyText(row.amount);
    }
    return {};
}

QString CheckoutController::cardStatusText() const
{
    const auto record = pendingCard();
    if (!record)
        return {};
    if (record->kind == u"reversal"_s && !CardTerminal::isFinal(record->state))
        return tr("Giving the card payment back on the terminal…");
    if (record->state == u"mismatch"_s) {
        QString answered = Format::money(record->authorizedMinor, record->authorizedCurrency);
        // "$30.00" alone could be any dollar: another currency is named by its code too.
        if (record->authorizedCurrency != record->currency)
            answered += u" (%1)"_s.arg(record->authorizedCurrency);
        return tr("The terminal answered %1 approved for this payment of %2. That is not what "
                  "was asked: do not hand over the goods for it. Compare it with the terminal's "
                  "receipt, then give it back and take the payment again.")
            .arg(answered, Format::money(record->amountMinor, record->currency));
    }
    return cardStateText(record->state);
}

bool CheckoutController::cardNeedsCheck() const
{
    const auto record = pendingCard();
    return record && record->state == u"review"_s;
}

bool CheckoutController::cardMismatch() const
{
    const auto record = pendingCard();
    return record && record->state == u"mismatch"_s;
}

void CheckoutController::giveBackCard()
{
    const auto record = pendingCard();
    if (!record || record->state != u"mismatch"_s || !m_store)
        return;
    if (!CardTender(sales(), m_terminal).giveBackMismatch(m_saleId, *record))
        emit failed(tr("The payment could not be given back from this tablet. Refund it on the "
                       "terminal by hand; the sale stays open."));
    notifyChanged(CardChange | SaleChange);
}

std::unique_ptr<Tender> CheckoutController::tenderFor(const QString &kind) const
{
    if (kind == u"card"_s)
        return std::make_unique<CardTender>(sales(), m_terminal);
    if (kind == u"cash"_s)
        return std::make_unique<CashTender>(sales(), m_drawer);
    return std::make_unique<GiftCardTender>(sales());
}

bool CheckoutController::payByCard(qint64 amountMinor)
{
    if (!startSale())
        return false;
    CardTender card(sales(), m_terminal);
    if (!card.isAvailable()) {
        emit failed(tr("No card terminal is set up on this tablet. Set it up in Settings, or "
                       "take another tender."));
        return false;
    }
    if (cardInProgress()) {
        emit failed(tr("The terminal is still busy with the last card."));
        return false;
    }
    const qint64 remaining = remainingMinor();
    const qint64 amount = amountMinor <= 0 ? remaining : qMin(amountMinor, remaining);
    if (amount <= 0) {
        emit failed(tr("Nothing is left to pay."));
        return false;
    }
    if (!card.take(m_saleId, Money(amount, saleCurrency())).ok) {
        emit failed(tr("The card payment could not be saved on this tablet, so nothing was "
                       "sent to the terminal and nothing was charged. Try again."));
        return false;
    }
    notifyChanged(CardChange | SaleChange);
    return true;
}

void CheckoutController::cancelCard()
{
    if (!m_terminal || !m_terminal->terminal() || m_saleId.isEmpty() || !m_store)
        return;
    m_terminal->terminal()->abort(sales().waitingCardPaymentId(m_saleId, true));
}

void CheckoutController::checkCardAgain()
{
    if (!m_terminal || !m_terminal->terminal() || m_saleId.isEmpty() || !m_store)
        return;
    for (const PendingTender &p : sales().waitingTenders(m_saleId))
        m_terminal->terminal()->checkStatus(p.paymentId);
}

void CheckoutController::applyCardOutcomes()
{
    PaymentTerminal *terminal = m_terminal;
    if (!terminal || !terminal->terminal() || m_saleId.isEmpty() || !ready())
        return;
    SaleRepository repo = sales();
    const QList<PendingTender> pending = repo.waitingTenders(m_saleId);
    bool settled = false;
    for (const PendingTender &p : pending) {
        const auto record = terminal->terminal()->record(p.paymentId);
        // Review and mismatch wait for the associate (Check again, Give it back).
        if (!record || !CardTerminal::isFinal(record->state) || record->state == u"review"_s
            || (record->state == u"mismatch"_s && p.state == u"pending"_s))
            continue;
        // The row is written after the associate is told, as before the split.
        std::function<bool()> write;
        if (p.state == u"reversing"_s) {
            const QString state = CardTerminal::isApproved(record->state) ? u"reversed"_s
                                                                           : u"reversal_failed"_s;
            write = [&repo, &p, state] { return repo.setTenderState(p.tenderId, state); };
        } else if (CardTerminal::isApproved(record->state)) {
            write = [&repo, &p, &record] {
                return repo.approveCardTender(p.tenderId,
                                              Money(record->authorizedMinor, record->currency),
                                              record->cardBrand, record->cardLast4,
                                              record->poiTransactionId, record->poiTime);
            };
            if (record->state == u"partial"_s)
                emit message(tr("The card covered %1 only. Take the rest with another tender.")
                                 .arg(Format::money(record->authorizedMinor, record->currency)));
        } else {
            write = [&repo, &p] { return repo.setTenderState(p.tenderId, u"declined"_s); };
            if (record->state == u"cancelled"_s)
                emit message(tr("The card payment was cancelled. Nothing was charged."));
            else if (record->state == u"not_charged"_s)
                emit failed(tr("The terminal did not take the payment. Nothing was charged: "
                               "try again."));
            else
                emit failed(tr("The card was declined (%1). Ask for another card or tender.")
                                .arg(QUrl::fromPercentEncoding(record->message.toUtf8())));
        }
        const bool updated = write();
        settled = updated || settled;
    }
    if (!settled)
        return;
    // A card approved after the customer walked away (the abort came too late) goes back too.
    if (saleState() == u"abandoning"_s)
        reverseApprovedCards();
    if (saleState() == u"abandoning"_s && !cardInProgress())
        setSaleState(u"abandoned"_s);
    completeIfPaid();
}

qint64 CheckoutController::giftCardBalance(const QString &number) const
{
    const QString digits = QString(number).remove(u' ').remove(u'-');
    if (!ready() || !GiftCards::isWellFormed(digits))
        return -1;
    // Tablets hold no gift cards (balances are money whoever holds a tablet could read) and
    // cannot name one (ids are keyed hashes only the service makes): only the central
    // service's answer to checkGiftCard() counts. Without one, offline or not asked yet, the
    // card cannot be taken.
    const auto live = m_liveGiftCards.constFind(digits);
    if (live == m_liveGiftCards.constEnd())
        return -3;
    if (live->balance < 0)
        return -1; // unknown to the service, or not active
    // What open sales on this tablet already hold on the card is not available again.
    const qint64 held = sales().giftCardHeldMinor(live->id);
    return qMax<qint64>(0, live->balance - held);
}

void CheckoutController::checkGiftCard(const QString &number)
{
    const QString digits = QString(number).remove(u' ').remove(u'-');
    auto answer = [this, digits](bool live) {
        const qint64 balance = giftCardBalance(digits);
        const QString currency = saleCurrency();
        emit giftCardChecked(digits, balance,
                             balance < 0
                                 ? QString()
                                 : Format::money(balance, currency.isEmpty() ? u"EUR"_s : currency),
                             live);
    };
    SyncEngine *sync = m_sync;
    // The number goes in the body of an authenticated request over the service's TLS, never in
    // a URL (proxies log those); the service answers with the card's id.
    QNetworkReply *reply = GiftCards::isWellFormed(digits) && sync
        ? sync->postJson(u"/v1/giftcards/lookup"_s, Protocol::GiftCardLookup{digits}.toJson(), 1500)
        : nullptr;
    if (!reply) {
        answer(false);
        return;
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, digits, answer] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        Protocol::GiftCardBalance card;
        QString error;
        if (status == 200 && Protocol::GiftCardBalance::fromJson(json, &card, &error)
            && card.isActive())
            m_liveGiftCards.insert(digits, {card.id, card.balanceMinor});
        else if (status == 200 || status == 404)
            m_liveGiftCards.insert(digits, {QString(), -1}); // not active, unknown
        // Nothing shown depends on the answer but the dialog that asked (giftCardChecked).
        answer(status == 200 || status == 404);
    });
}

bool CheckoutController::payGiftCard(const QString &number, qint64 amountMinor)
{
    const QString digits = QString(number).remove(u' ').remove(u'-');
    if (!GiftCards::isWellFormed(digits)) {
        emit failed(tr("Type the 16 digits on the back of the gift card."));
        return false;
    }
    const qint64 balance = giftCardBalance(digits);
    if (balance == -3) {
        emit failed(tr("Gift cards can only be taken while this tablet reaches the central "
                       "service, which keeps their balances. Take another tender, or try again "
                       "when the tablet is online."));
        return false;
    }
    if (balance < 0) {
        emit failed(tr("This gift card is not known or not active. Check the number."));
        return false;
    }
    if (balance == 0) {
        emit failed(tr("This gift card has no balance left."));
        return false;
    }
    if (!startSale())
        return false;
    const qint64 remaining = remainingMinor();
    const qint64 wanted = amountMinor <= 0 ? remaining : qMin(amountMinor, remaining);
    const qint64 amount = qMin(wanted, balance);
    if (amount <= 0) {
        emit failed(tr("Nothing is left to pay."));
        return false;
    }
    if (!GiftCardTender(sales())
             .take(m_saleId, Money(amount, saleCurrency()), m_liveGiftCards.value(digits).id,
                   GiftCards::last4(digits))
             .ok) {
        emit failed(tr("The gift card payment could not be saved. Try again."));
        return false;
    }
    if (amount < wanted)
        emit message(tr("The gift card covered %1. Take the rest with another tender.")
                         .arg(Format::money(amount, saleCurrency())));
    notifyChanged(SaleChange);
    completeIfPaid();
    return true;
}

bool CheckoutController::payCash(qint64 givenMinor)
{
    CashTender cash(sales(), m_drawer);
    if (!cash.isAvailable()) {
        emit failed(tr("Open your cash drawer first (Settings, Cash drawer)."));
        return false;
    }
    if (givenMinor <= 0) {
        emit failed(tr("Type the cash the customer gave you."));
        return false;
    }
    if (!startSale())
        return false;
    const qint64 remaining = remainingMinor();
    if (remaining <= 0) {
        emit failed(tr("Nothing is left to pay."));
        return false;
    }
    const QString currency = saleCurrency();
    const Tender::Taken taken
        = cash.take(m_saleId, Money(givenMinor, currency), Money(remaining, currency));
    if (!taken.ok) {
        emit failed(tr("The cash payment could not be saved. Try again."));
        return false;
    }
    if (taken.change.minor() > 0)
        emit message(tr("Change due: %1").arg(Format::money(taken.change.minor(), currency)));
    notifyChanged(SaleChange);
    completeIfPaid();
    return true;
}

bool CheckoutController::removeTender(const QString &tenderId)
{
    if (saleState() != u"open"_s)
        return false;
    const std::optional<TenderRow> approved = sales().approvedTender(tenderId, m_saleId);
    if (!approved || approved->kind == u"card"_s)
        return false;
    const bool ok = tenderFor(approved->kind)->giveBack(m_saleId, *approved);
    notifyChanged(SaleChange);
    return ok;
}

bool CheckoutController::setSaleState(const QString &state)
{
    const bool ok = sales().setSaleState(m_saleId, state, Clock::nowMs());
    notifyChanged(SaleChange | CardChange);
    return ok;
}

bool CheckoutController::reverseApprovedCards()
{
    // Card payments of an abandoned sale are given back on the terminal.
    CardTender card(sales(), m_terminal);
    bool reversing = false;
    for (const TenderRow &row : sales().approvedCards(m_saleId))
        reversing = card.giveBack(m_saleId, row) || reversing;
    return reversing;
}

void CheckoutController::abandonSale()
{
    const QString state = saleState();
    if (state == u"none"_s) {
        m_walkIn.clear();
        m_couponCode.clear();
        notifyChanged(QuoteChange);
        return;
    }
    if (state != u"open"_s)
        return;
    cancelCard();
    // Cash goes back to the customer from the drawer.
    for (const QString &tenderId : sales().approvedHandBackTenderIds(m_saleId))
        removeTender(tenderId);
    const bool reversing = reverseApprovedCards();
    setSaleState(reversing || cardInProgress() ? u"abandoning"_s : u"abandoned"_s);
}

void CheckoutController::reset()
{
    const QString state = saleState();
    if (state == u"open"_s || state == u"abandoning"_s)
        return;
    m_saleId.clear();
    m_couponCode.clear();
    m_walkIn.clear();
    notifyChanged(QuoteChange | SaleChange | CardChange);
}

void CheckoutController::completeIfPaid()
{
    if (saleState() == u"open"_s && remainingMinor() == 0 && !cardInProgress())
        complete();
}

bool CheckoutController::complete()
{
    LocalStore *store = m_store;
    const Sale sale = currentSale();
    const QList<SaleLine> lines = currentLines();
    const QString orderId = sale.orderId;
    const QString number = sale.number;
    const QString currency = sale.total.currency();
    // Paid and not saved is never a dead end: the screen offers to try again (needsSaving).
    const QString notSaved
        = tr("The payment is taken, but the sale could not be saved on this tablet. Do not take "
             "payment again: tap Save the sale to try again. If it keeps failing, call support "
             "and give them order %1.")
              .arg(number);
    QString error;
    const QJsonObject order
        = orderArgs(lines, orderId, number, sale.couponCode, &error);
    if (order.isEmpty()) {
        qCWarning(lcCheckout) << "paid sale" << m_saleId << "not saved:" << error;
        emit failed(notSaved);
        notifyChanged(SaleChange);
        return false;
    }
    QList<QPair<QString, QJsonObject>> mutations {{u"order.create"_s, order}};
    const SaleRepository repo = sales();
    for (const TenderRow &tender : repo.approvedTenders(m_saleId)) {
        QJsonObject payment {{u"id"_s, tender.id},
                             {u"orderId"_s, orderId},
                             {u"saleId"_s, m_saleId},
                             {u"tender"_s, tender.kind},
                             {u"amountMinor"_s, tender.amount.minor()},
                             {u"currency"_s, currency}};
        if (tender.kind == u"card"_s) {
            payment.insert(u"cardBrand"_s, tender.cardBrand);
            payment.insert(u"cardLast4"_s, tender.cardLast4);
            payment.insert(u"terminalReference"_s, tender.terminalReference);
        }
        if (tender.kind == u"gift_card"_s)
            payment.insert(u"giftCardId"_s, tender.giftCardId);
        mutations << qMakePair(u"payment.record"_s, payment);
    }
    for (const SaleLine &line : lines) {
        if (!m_customerId.isEmpty())
            mutations << qMakePair(u"cart.removeLine"_s, QJsonObject {{u"id"_s, line.id}});
    }
    // A resumed sale may have been sent already (a crash right after): send it once.
    const bool alreadySent = repo.orderExists(orderId);
    if (!alreadySent) {
        const MutationResult result = store->submitAll(mutations);
        if (!result.applied) {
            qCWarning(lcCheckout) << "paid sale" << m_saleId << "not saved:" << result.code
                                  << result.message;
            emit failed(notSaved);
            notifyChanged(SaleChange);
            return false;
        }
    }
    setSaleState(u"completed"_s);
    m_lastOrderId = orderId;
    m_receiptPath = writeReceipt(orderId);
    m_receiptOrderId = orderId;
    emit saleCompleted(orderId, number);
    emit orderPlaced(orderId, number);
    notifyChanged(SaleChange | ReceiptChange);
    return true;
}

QString CheckoutController::writeReceipt(const QString &orderId)
{
    const QString folder = QFileInfo(m_store->path()).dir().filePath(u"receipts"_s);
    QString error;
    const QString path = SaleReceipt::write(sales(), orderId, currentSale().number, m_customerId,
                                            m_receiptLanguage, folder, &error);
    if (path.isEmpty()) {
        emit failed(tr("The receipt could not be made (%1). The sale is saved.").arg(error));
        return {};
    }
    return path;
}

bool CheckoutController::canEmailReceipt() const
{
    return !m_receiptPath.isEmpty() && ReceiptMailer(m_store).mayEmail(m_customerId);
}

bool CheckoutController::emailReceipt()
{
    if (!canEmailReceipt()) {
        emit failed(tr("This customer has not agreed to emails: print or show the receipt."));
        return false;
    }
    ReceiptMailer mailer(m_store);
    switch (mailer.send(m_receiptPath, m_receiptOrderId, m_customerId)) {
    case ReceiptMailer::Result::Queued:
        emit message(tr("The receipt will be emailed to the customer."));
        return true;
    case ReceiptMailer::Result::NotAllowed:
        emit failed(tr("This customer has not agreed to emails: print or show the receipt."));
        return false;
    case ReceiptMailer::Result::FileMissing:
        emit failed(tr("The receipt file is missing. Make it again from the order."));
        return false;
    case ReceiptMailer::Result::NotQueued:
        break;
    }
    emit failed(tr("The receipt could not be queued (%1).").arg(mailer.message()));
    return false;
}

bool CheckoutController::needsSaving() const
{
    // Everything is paid and settled, and the sale is still open: its saving failed (or the
    // app stopped between the two). Never a dead end: retrySave().
    const Sale sale = currentSale();
    return sale.state == u"open"_s && sale.total.minor() > 0 && remainingMinor() == 0
        && !cardInProgress();
}

bool CheckoutController::retrySave()
{
    return needsSaving() && complete();
}

QVariantList CheckoutController::recoveredCards() const
{
    QVariantList list;
    if (!ready())
        return list;
    // Those of this sale, and those of sales no checkout takes up again (completed, abandoned,
    // or none): an approval the terminal took must be seen by someone.
    for (const TenderRow &row : sales().recoveredCards(m_saleId)) {
        const QString &state = row.state;
        const QString amount = moneyText(row.amount);
        QString card = CardTender::cardText(row.cardBrand, row.cardLast4);
        if (card.isEmpty())
            card = tr("card");
        QString text;
        if (state == u"approved"_s)
            text = tr("A card payment of %1 (%2) was approved on the terminal but not recorded "
                      "when it was taken. It has been added to this sale.")
                       .arg(amount, card);
        else if (state == u"reversing"_s)
            text = tr("A card payment of %1 (%2) was approved on the terminal but belongs to no "
                      "sale. It is being given back to the card.")
                       .arg(amount, card);
        else if (state == u"reversed"_s)
            text = tr("A card payment of %1 (%2) was approved on the terminal but belonged to no "
                      "sale. It has been given back to the card.")
                       .arg(amount, card);
        else
            text = tr("A card payment of %1 (%2, terminal reference %3) was approved on the "
                      "terminal but belongs to no sale, and could not be given back. Refund it "
                      "on the terminal by hand.")
                       .arg(amount, card, row.terminalReference);
        list << QVariantMap {{u"id"_s, row.id}, {u"state"_s, state}, {u"text"_s, text}};
    }
    return list;
}

void CheckoutController::dismissRecoveredCard(const QString &tenderId)
{
    if (!ready())
        return;
    if (sales().dismissRecoveredCard(tenderId))
        notifyChanged(CardChange);
}

void CheckoutController::recoverCardApprovals(LocalStore *store, PaymentTerminal *terminal)
{
    if (!store || !store->isReady() || !terminal || !terminal->terminal())
        return;
    CardTerminal *card = terminal->terminal();
    SaleRepository repo(store->database());
    bool changedAny = false;
    // Approved payments no tender knows of (by id or by the terminal's reference) and that
    // nothing gives back already.
    const QStringList ids = repo.looseCardApprovals();
    for (const QString &id : ids) {
        const auto r = card->record(id);
        if (!r)
            continue;
        const Sale sale = repo.sale(r->saleId);
        const qint64 paid = repo.paid(r->saleId, QString()).minor();
        const bool cardPending = repo.hasTenderInProgress(r->saleId);
        const QString currency
            = r->authorizedCurrency.isEmpty() ? r->currency : r->authorizedCurrency;
        // Its sale still takes it: it pays part of that sale. Otherwise it goes back.
        const bool attach = sale.state == u"open"_s && !cardPending
            && currency == sale.total.currency() && r->authorizedMinor <= sale.total.minor() - paid;
        const QString reversalId = attach
            ? QString()
            : card->startReversal(r->saleId, r->poiTransactionId, r->poiTime,
                                  Money(r->authorizedMinor, currency));
        const qint64 now = Clock::nowMs();
        QVariantMap row {{u"id"_s, Ids::newId()},
                         {u"sale_id"_s, r->saleId},
                         {u"kind"_s, u"card"_s},
                         {u"amount_minor"_s, r->authorizedMinor},
                         {u"state"_s,
                          attach                     ? u"approved"_s
                              : reversalId.isEmpty() ? u"reversal_failed"_s
                                                     : u"reversing"_s},
                         {u"card_payment_id"_s, attach ? id : reversalId},
                         {u"card_brand"_s, r->cardBrand},
                         {u"card_last4"_s, r->cardLast4},
                         {u"terminal_reference"_s, r->poiTransactionId},
                         {u"terminal_time"_s, r->poiTime},
                         {u"found_at"_s, now},
                         {u"created_at"_s, now}};
        qCWarning(lcCheckout) << "card approval" << id << "had no tender; sale" << r->saleId
                              << (attach ? "takes it" : "does not take it: giving it back");
        changedAny = repo.insertTender(row) || changedAny;
    }
    // Found approvals being given back for sales no checkout takes up: settled from here.
    const QList<QPair<QString, QString>> giving = repo.foundReversals();
    for (const auto &[tenderId, reversalId] : std::as_const(giving)) {
        const auto r = card->record(reversalId);
        if (!r || !CardTerminal::isFinal(r->state) || r->state == u"review"_s)
            continue;
        changedAny = repo.setTenderState(tenderId, CardTerminal::isApproved(r->state)
                                                       ? u"reversed"_s
                                                       : u"reversal_failed"_s)
            || changedAny;
    }
    if (changedAny)
        emit terminal->changed(); // open checkouts show it
}
