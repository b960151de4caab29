// SPDX-License-Identifier: MIT
#include "checkoutcontroller.h"
#include "cardterminal.h"
#include "cashdrawer.h"
#include "clock.h"
#include "database.h"
#include "discounts.h"
#include "format.h"
#include "ids.h"
#include "languagecontroller.h"
#include "localstore.h"
#include "ordernumbers.h"
#include "paymentterminal.h"
#include "pricing.h"
#include "receipt.h"
#include "rowstore.h"
#include "session.h"
#include "stock.h"
#include "giftcardmessages.h"
#include "syncengine.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

// Ids and store errors go here, never to the associate's screen.
Q_LOGGING_CATEGORY(lcCheckout, "clienteling.checkout")

namespace {
QString tenderKindText(const QString &kind)
{
    if (kind == u"card"_s)
        return CheckoutController::tr("Card");
    if (kind == u"cash"_s)
        return CheckoutController::tr("Cash");
    return CheckoutController::tr("Gift card");
}

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

QString brandText(const QString &brand)
{
    static const QHash<QString, QString> names = {{u"mc"_s, u"Mastercard"_s},
                                                  {u"visa"_s, u"Visa"_s},
                                                  {u"amex"_s, u"American Express"_s},
                                                  {u"maestro"_s, u"Maestro"_s}};
    return names.value(brand, brand.toUpper());
}

/** "Mastercard •••• 0010", or "" when the terminal did not say. */
QString cardText(const QString &brand, const QString &last4)
{
    return last4.isEmpty() ? QString() : u"%1 •••• %2"_s.arg(brandText(brand), last4);
}
} // namespace

QJsonObject CheckoutController::CartLine::toJson() const
{
    return {{u"id"_s, id},
            {u"sku"_s, sku},
            {u"fulfilment"_s, fulfilment},
            {u"source"_s, source},
            {u"addressId"_s, addressId},
            {u"optionId"_s, optionId},
            {u"quantity"_s, quantity},
            {u"unitPriceMinor"_s, unitPriceMinor},
            {u"currency"_s, currency}};
}

CheckoutController::CartLine CheckoutController::CartLine::fromJson(const QJsonObject &json)
{
    CartLine line;
    line.id = json.value(u"id"_s).toString();
    line.sku = json.value(u"sku"_s).toString();
    line.fulfilment = json.value(u"fulfilment"_s).toString();
    line.source = json.value(u"source"_s).toString();
    line.addressId = json.value(u"addressId"_s).toString();
    line.optionId = json.value(u"optionId"_s).toString();
    line.quantity = json.value(u"quantity"_s).toInteger();
    line.unitPriceMinor = json.value(u"unitPriceMinor"_s).toInteger();
    line.currency = json.value(u"currency"_s).toString();
    return line;
}

CheckoutController::CheckoutController(QObject *parent)
    : QObject(parent)
{
    if (LocalStore *store = LocalStore::instance()) {
        connect(store, &LocalStore::tablesChanged, this, [this](const QStringList &tables) {
            if (tables.contains(u"cart_lines"_s) || tables.contains(u"products"_s)
                || tables.contains(u"customers"_s) || tables.contains(u"coupons"_s))
                emit changed();
        });
    }
    if (PaymentTerminal *terminal = PaymentTerminal::instance()) {
        connect(terminal, &PaymentTerminal::changed, this, &CheckoutController::changed);
        if (CardTerminal *card = terminal->terminal()) {
            connect(card, &CardTerminal::stateChanged, this, [this] {
                applyCardOutcomes();
                emit changed();
            });
        }
    }
    loadOpenSale();
}

void CheckoutController::setCustomerId(const QString &customerId)
{
    if (customerId == m_customerId)
        return;
    m_customerId = customerId;
    m_saleId.clear();
    m_receiptPath.clear();
    loadOpenSale();
    emit changed();
}

void CheckoutController::setCouponCode(const QString &code)
{
    const QString normal = Discounts::normaliseCode(code);
    if (normal == m_couponCode || saleState() != u"none"_s)
        return;
    m_couponCode = normal;
    emit changed();
}

void CheckoutController::loadOpenSale()
{
    LocalStore *store = LocalStore::instance();
    if (!store || !store->isReady())
        return;
    // A sale left open (the app closed, the tablet restarted) is taken up again.
    m_saleId = Database::scalar(store->database(),
                                u"SELECT id FROM sales WHERE customer_id = ? AND state IN"
                                " ('open', 'abandoning') ORDER BY created_at DESC LIMIT 1"_s,
                                {m_customerId})
                   .toString();
    if (!m_saleId.isEmpty()) {
        m_couponCode = saleRow().value(u"coupon_code"_s).toString();
        applyCardOutcomes();
    }
}

QList<CheckoutController::CartLine> CheckoutController::cartLines() const
{
    QList<CartLine> lines;
    LocalStore *store = LocalStore::instance();
    if (!store || !store->isReady())
        return lines;
    if (m_customerId.isEmpty())
        return m_walkIn;
    QSqlQuery query = Database::prepare(
        store->database(),
        u"SELECT c.id, c.sku, c.fulfilment, c.source_location_id, c.delivery_address_id,"
        " c.delivery_option_id, c.quantity, p.price_minor, p.currency FROM cart_lines c"
        " JOIN products p ON p.sku = c.sku WHERE c.customer_id = ? ORDER BY c.added_at"_s);
    query.addBindValue(m_customerId);
    if (!Database::exec(query))
        return lines;
    while (query.next())
        lines << CartLine {
            query.value(0).toString(),   query.value(1).toString(),   query.value(2).toString(),
            query.value(3).toString(),   query.value(4).toString(),   query.value(5).toString(),
            query.value(6).toLongLong(), query.value(7).toLongLong(), query.value(8).toString()};
    query.finish();
    // A line the customer put in their cart on the web ships home but names no place to send it
    // from (the web shop leaves that to the chain): send it from where the stock is, warehouses
    // first, as the endless aisle proposes. With no stock anywhere it stays without a source and
    // the checkout says so before any payment.
    // Likewise, a web line left without an address or a delivery option goes to the customer's
    // default address by the first (standard) option of its country, as the web shop would
    // propose; the checkout shows both before any payment.
    RowStore rows(store->database());
    for (CartLine &line : lines) {
        if (line.fulfilment != u"ship_to_home"_s)
            continue;
        if (line.source.isEmpty()) {
            const QJsonArray sources = Stock::alternatives(rows, line.sku, line.quantity, {});
            if (!sources.isEmpty())
                line.source = sources.first()[u"locationId"_s].toString();
        }
        if (line.addressId.isEmpty())
            line.addressId = Database::scalar(store->database(),
                                              u"SELECT id FROM addresses WHERE customer_id = ?"
                                              " ORDER BY is_default DESC, updated_at DESC, id"
                                              " LIMIT 1"_s,
                                              {m_customerId})
                                 .toString();
        if (line.optionId.isEmpty() && !line.addressId.isEmpty())
            line.optionId = Database::scalar(store->database(),
                                             u"SELECT o.id FROM delivery_options o JOIN addresses"
                                             " a ON a.country = o.country WHERE a.id = ?"
                                             " ORDER BY o.sort_order, o.price_minor, o.id"
                                             " LIMIT 1"_s,
                                             {line.addressId})
                                .toString();
    }
    return lines;
}

QVariantMap CheckoutController::saleRow() const
{
    LocalStore *store = LocalStore::instance();
    if (m_saleId.isEmpty() || !store || !store->isReady())
        return {};
    return Database::rows(store->database(), u"SELECT * FROM sales WHERE id = ?"_s, {m_saleId})
        .value(0);
}

QList<CheckoutController::CartLine> CheckoutController::currentLines() const
{
    const QVariantMap sale = saleRow();
    if (sale.isEmpty())
        return cartLines();
    QList<CartLine> lines;
    const QJsonArray json = QJsonDocument::fromJson(sale.value(u"lines"_s).toByteArray()).array();
    for (const QJsonValue &value : json)
        lines << CartLine::fromJson(value.toObject());
    return lines;
}

CheckoutController::Priced CheckoutController::price(const QList<CartLine> &lines,
                                                     const QString &couponCode) const
{
    Priced p;
    LocalStore *store = LocalStore::instance();
    p.lines = lines;
    if (lines.isEmpty() || !store)
        return p;
    QList<Pricing::Line> priced;
    QString optionId;
    for (const CartLine &line : lines) {
        priced << Pricing::Line {line.sku, line.quantity, line.unitPriceMinor};
        p.subtotal += line.unitPriceMinor * line.quantity;
        if (!line.optionId.isEmpty())
            optionId = line.optionId;
    }
    p.currency = lines.first().currency;
    const QSqlDatabase db = store->database();
    const qint64 shipping = optionId.isEmpty()
        ? 0
        : Database::scalar(db, u"SELECT price_minor FROM delivery_options WHERE id = ?"_s,
                           {optionId})
              .toLongLong();
    const int vat = Database::scalar(db, u"SELECT vat_rate_bp FROM locations WHERE id = ?"_s,
                                     {store->locationId()})
                        .toInt();
    RowStore rows(db);
    const Discounts::ForSale discounts = Discounts::forSale(rows, m_customerId, couponCode,
                                                            p.subtotal, p.currency, Clock::nowMs());
    p.tierBp = discounts.tierBp;
    if (!couponCode.isEmpty() && !discounts.coupon.valid)
        p.couponProblem = discounts.coupon.problem;
    const Pricing::Quote q = Pricing::quote(priced, p.currency, vat, shipping, discounts.percentBp,
                                            discounts.amountOffMinor);
    p.discount = q.discountMinor;
    p.shipping = q.shippingMinor;
    p.tax = q.taxMinor;
    p.total = q.totalMinor;
    // Lines are shown at their price before the discount, so that they add up to "Items" and
    // the discount shows once, on its own line.
    for (const Pricing::Line &line : q.lines)
        p.lineTotals << line.totalMinor + line.discountMinor;
    return p;
}

QVariantMap CheckoutController::quote() const
{
    const QList<CartLine> lines = currentLines();
    if (lines.isEmpty())
        return {{u"lineCount"_s, 0}};
    const Priced p = price(lines, m_couponCode);
    LocalStore *store = LocalStore::instance();
    QVariantList shown;
    for (int i = 0; i < lines.size(); ++i) {
        const CartLine &line = lines.at(i);
        QSqlQuery query = Database::prepare(store->database(),
                                            u"SELECT s.name, p.size, p.colour FROM products p"
                                            " JOIN styles s ON s.id = p.style_id WHERE"
                                            " p.sku = ?"_s);
        query.addBindValue(line.sku);
        QString name = line.sku;
        QString detail;
        if (Database::exec(query) && query.next()) {
            name = query.value(0).toString();
            detail
                = QStringList {query.value(2).toString(), query.value(1).toString()}.join(u" · "_s);
        }
        shown << QVariantMap {{u"name"_s, name},
                              {u"detail"_s, detail},
                              {u"sku"_s, line.sku},
                              {u"quantityText"_s, Format::number(line.quantity)},
                              {u"totalMinor"_s, p.lineTotals.value(i)},
                              {u"totalText"_s, Format::money(p.lineTotals.value(i), p.currency)},
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
            {u"subtotalMinor"_s, p.subtotal},
            {u"discountMinor"_s, p.discount},
            {u"shippingMinor"_s, p.shipping},
            {u"subtotalText"_s, Format::money(p.subtotal, p.currency)},
            {u"discountText"_s, p.discount ? Format::money(-p.discount, p.currency) : QString()},
            {u"discountLabel"_s, labels.join(u" · "_s)},
            {u"couponProblem"_s, problem},
            {u"shippingText"_s, p.shipping ? Format::money(p.shipping, p.currency) : QString()},
            {u"taxText"_s, Format::money(p.tax, p.currency)},
            {u"totalText"_s, Format::money(p.total, p.currency)},
            {u"totalMinor"_s, p.total},
            {u"currency"_s, p.currency}};
}

bool CheckoutController::canPlace() const
{
    return saleState() == u"none"_s && !cartLines().isEmpty();
}

QString CheckoutController::saleState() const
{
    const QVariantMap sale = saleRow();
    return sale.isEmpty() ? u"none"_s : sale.value(u"state"_s).toString();
}

QString CheckoutController::saleNumber() const
{
    return saleRow().value(u"number"_s).toString();
}

bool CheckoutController::addItem(const QString &sku)
{
    LocalStore *store = LocalStore::instance();
    if (!m_customerId.isEmpty() || saleState() != u"none"_s || !store || !store->isReady())
        return false;
    QSqlQuery query = Database::prepare(store->database(),
                                        u"SELECT price_minor, currency FROM products WHERE"
                                        " sku = ?"_s);
    query.addBindValue(sku);
    if (!Database::exec(query) || !query.next()) {
        emit failed(tr("This product is not in the catalogue on this tablet."));
        return false;
    }
    for (CartLine &line : m_walkIn) {
        if (line.sku == sku) {
            ++line.quantity;
            emit changed();
            return true;
        }
    }
    m_walkIn << CartLine {Ids::newId(),
                          sku,
                          u"carry_out"_s,
                          {},
                          {},
                          {},
                          1,
                          query.value(0).toLongLong(),
                          query.value(1).toString()};
    emit changed();
    return true;
}

void CheckoutController::removeItem(int index)
{
    if (index < 0 || index >= m_walkIn.size() || saleState() != u"none"_s)
        return;
    m_walkIn.removeAt(index);
    emit changed();
}

QString CheckoutController::newOrderNumber(const LocalStore *store)
{
    return OrderNumbers::next(store->database(), store->locationId(), Clock::now());
}

QJsonObject CheckoutController::orderArgs(const QList<CartLine> &lines, const QString &orderId,
                                          const QString &number, const QString &couponCode,
                                          QString *error) const
{
    QString addressId;
    QString optionId;
    QJsonArray orderLines;
    for (const CartLine &line : lines) {
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

QString CheckoutController::lineName(const CartLine &line) const
{
    LocalStore *store = LocalStore::instance();
    const QVariantMap product
        = Database::rows(store->database(),
                         u"SELECT s.name AS name, p.size AS size FROM products p JOIN styles s"
                         " ON s.id = p.style_id WHERE p.sku = ?"_s,
                         {line.sku})
              .value(0);
    const QString name = product.value(u"name"_s).toString();
    const QString size = product.value(u"size"_s).toString();
    if (name.isEmpty())
        return tr("An item in the cart");
    //: An item named in a message: %1 the product, %2 its size
    return size.isEmpty() ? name : tr("%1 (size %2)").arg(name, size);
}

QString CheckoutController::orderProblem(const QList<CartLine> &lines, const QString &orderId,
                                         const QString &number, const QString &couponCode) const
{
    // What the service's order.create would refuse, found before any money is taken and said
    // in the associate's words (the mutator's own message names line ids).
    for (const CartLine &line : lines) {
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
    const MutationResult result = LocalStore::instance()->check({{u"order.create"_s, order}});
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
    LocalStore *store = LocalStore::instance();
    const QList<CartLine> lines = cartLines();
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
    for (const CartLine &line : lines)
        mutations << qMakePair(u"cart.removeLine"_s, QJsonObject {{u"id"_s, line.id}});
    const MutationResult result = store->submitAll(mutations);
    if (!result.applied) {
        qCWarning(lcCheckout) << "order not placed" << orderId << result.code << result.message;
        emit failed(tr("The order could not be saved on this tablet. Try again."));
        return false;
    }
    m_lastOrderId = orderId;
    emit orderPlaced(orderId, number);
    emit changed();
    return true;
}

bool CheckoutController::startSale()
{
    LocalStore *store = LocalStore::instance();
    if (saleState() == u"open"_s)
        return true;
    if (saleState() != u"none"_s || !store || !store->isReady())
        return false;
    const QList<CartLine> lines = cartLines();
    if (lines.isEmpty()) {
        emit failed(tr("There is nothing to pay yet: add items first."));
        return false;
    }
    const Priced p = price(lines, m_couponCode);
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
    QJsonArray json;
    for (const CartLine &line : lines)
        json << line.toJson();
    const qint64 now = Clock::nowMs();
    QSqlQuery insert = Database::prepare(
        store->database(),
        u"INSERT INTO sales (id, order_id, number, customer_id, state, currency, total_minor,"
        " coupon_code, lines, associate_id, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value : QVariantList {
             saleId, orderId, number, m_customerId, p.currency, p.total, m_couponCode,
             QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)),
             Session::instance() ? Session::instance()->associateId() : QString(), now, now})
        insert.addBindValue(value);
    if (!Database::exec(insert)) {
        emit failed(tr("The sale could not be saved on this tablet. Try again."));
        return false;
    }
    m_saleId = saleId;
    m_walkIn.clear();
    m_receiptPath.clear();
    emit changed();
    return true;
}

QVariantList CheckoutController::tenders() const
{
    QVariantList list;
    LocalStore *store = LocalStore::instance();
    if (m_saleId.isEmpty() || !store)
        return list;
    const QString currency = saleRow().value(u"currency"_s).toString();
    const bool open = saleState() == u"open"_s;
    QSqlQuery query = Database::prepare(
        store->database(),
        u"SELECT t.id, t.kind, t.amount_minor, t.state, t.card_brand, t.card_last4,"
        " t.gift_card_last4, t.cash_given_minor, t.change_minor, t.found_at,"
        " COALESCE(c.kind, ''), COALESCE(c.state, ''), COALESCE(c.amount_minor, 0),"
        " COALESCE(c.currency, '') FROM sale_tenders t LEFT JOIN card_payments c"
        " ON c.id = t.card_payment_id WHERE t.sale_id = ? ORDER BY t.created_at"_s);
    query.addBindValue(m_saleId);
    if (!Database::exec(query))
        return list;
    while (query.next()) {
        const QString kind = query.value(1).toString();
        const QString state = query.value(3).toString();
        const QString cardKind = query.value(10).toString();
        const QString cardState = query.value(11).toString();
        QStringList details;
        if (kind == u"card"_s)
            details << cardText(query.value(4).toString(), query.value(5).toString());
        else if (kind == u"gift_card"_s)
            details << tr("Card ending %1").arg(query.value(6).toString());
        else if (kind == u"cash"_s)
            details << tr("Given %1, change %2")
                           .arg(Format::money(query.value(7).toLongLong(), currency),
                                Format::money(query.value(8).toLongLong(), currency));
        if (cardKind == u"payment"_s && cardState == u"partial"_s)
            //: The card covered part of what was asked: "covered €24.95 of €49.90"
            details << tr("covered %1 of %2")
                           .arg(Format::money(query.value(2).toLongLong(), currency),
                                Format::money(query.value(12).toLongLong(),
                                              query.value(13).toString()));
        if (query.value(9).toLongLong() > 0)
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
            {u"id"_s, query.value(0)},
            {u"kind"_s, kind},
            {u"kindText"_s, tenderKindText(kind)},
            {u"amountText"_s, Format::money(query.value(2).toLongLong(), currency)},
            {u"state"_s, state},
            {u"stateText"_s, stateText},
            {u"detail"_s, detail},
            {u"removable"_s, open && state == u"approved"_s && kind != u"card"_s}};
    }
    return list;
}

qint64 CheckoutController::paidMinor() const
{
    LocalStore *store = LocalStore::instance();
    if (m_saleId.isEmpty() || !store)
        return 0;
    return Database::scalar(store->database(),
                            u"SELECT COALESCE(SUM(amount_minor), 0) FROM sale_tenders WHERE"
                            " sale_id = ? AND state = 'approved'"_s,
                            {m_saleId})
        .toLongLong();
}

qint64 CheckoutController::remainingMinor() const
{
    const QVariantMap sale = saleRow();
    if (sale.isEmpty())
        return quote().value(u"totalMinor"_s).toLongLong();
    return qMax<qint64>(0, sale.value(u"total_minor"_s).toLongLong() - paidMinor());
}

QString CheckoutController::remainingText() const
{
    const QVariantMap sale = saleRow();
    return Format::money(remainingMinor(),
                         sale.isEmpty() ? quote().value(u"currency"_s).toString()
                                        : sale.value(u"currency"_s).toString());
}

QString CheckoutController::paidText() const
{
    return Format::money(paidMinor(), saleRow().value(u"currency"_s).toString());
}

bool CheckoutController::cardInProgress() const
{
    LocalStore *store = LocalStore::instance();
    return !m_saleId.isEmpty() && store
        && Database::scalar(store->database(),
                            u"SELECT COUNT(*) FROM sale_tenders WHERE sale_id = ? AND"
                            " state IN ('pending', 'reversing')"_s,
                            {m_saleId})
               .toInt()
        > 0;
}

std::optional<CardTerminal::Record> CheckoutController::pendingCard() const
{
    PaymentTerminal *terminal = PaymentTerminal::instance();
    LocalStore *store = LocalStore::instance();
    if (m_saleId.isEmpty() || !store || !terminal || !terminal->terminal())
        return std::nullopt;
    const QString paymentId = Database::scalar(store->database(),
                                               u"SELECT card_payment_id FROM sale_tenders WHERE"
                                               " sale_id = ? AND state IN ('pending',"
                                               " 'reversing') LIMIT 1"_s,
                                               {m_saleId})
                                  .toString();
    return paymentId.isEmpty() ? std::nullopt : terminal->terminal()->record(paymentId);
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
    LocalStore *store = LocalStore::instance();
    PaymentTerminal *terminal = PaymentTerminal::instance();
    const auto record = pendingCard();
    if (!record || record->state != u"mismatch"_s || !store)
        return;
    // What the terminal says it took, in its currency, goes back: the request's figures are
    // not what was charged.
    const QString reversalId = terminal && terminal->terminal()
        ? terminal->terminal()->startReversal(
            m_saleId, record->poiTransactionId, record->poiTime,
            Money(record->authorizedMinor, record->authorizedCurrency))
        : QString();
    QSqlQuery update = Database::prepare(store->database(),
                                         u"UPDATE sale_tenders SET state = ?, card_payment_id = ?"
                                         " WHERE sale_id = ? AND card_payment_id = ? AND"
                                         " state = 'pending'"_s);
    update.addBindValue(reversalId.isEmpty() ? u"reversal_failed"_s : u"reversing"_s);
    update.addBindValue(reversalId.isEmpty() ? record->id : reversalId);
    update.addBindValue(m_saleId);
    update.addBindValue(record->id);
    Database::exec(update);
    if (reversalId.isEmpty())
        emit failed(tr("The payment could not be given back from this tablet. Refund it on the "
                       "terminal by hand; the sale stays open."));
    emit changed();
}

bool CheckoutController::addTender(const QVariantMap &fields)
{
    LocalStore *store = LocalStore::instance();
    QVariantMap row = fields;
    row.insert(u"sale_id"_s, m_saleId);
    row.insert(u"created_at"_s, Clock::nowMs());
    QStringList names = row.keys();
    QSqlQuery insert = Database::prepare(
        store->database(),
        u"INSERT INTO sale_tenders (%1) VALUES (%2)"_s.arg(
            names.join(u", "_s), QStringList(names.size(), u"?"_s).join(u", "_s)));
    for (const QString &name : names)
        insert.addBindValue(row.value(name));
    return Database::exec(insert);
}

bool CheckoutController::payByCard(qint64 amountMinor)
{
    PaymentTerminal *terminal = PaymentTerminal::instance();
    if (!startSale())
        return false;
    if (!terminal || !terminal->isConfigured()) {
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
    const QString currency = saleRow().value(u"currency"_s).toString();
    // The card payment and its tender are written together or not at all, before anything is
    // sent (the request leaves from the event loop, after the commit): a payment the sale does
    // not know about must never reach the terminal.
    SqlTransaction transaction(LocalStore::instance()->database());
    const QString paymentId = transaction.isActive()
        ? terminal->terminal()->startPayment(m_saleId, Money(amount, currency), true)
        : QString();
    if (paymentId.isEmpty()
        || !addTender({{u"id"_s, Ids::newId()},
                       {u"kind"_s, u"card"_s},
                       {u"amount_minor"_s, amount},
                       {u"state"_s, u"pending"_s},
                       {u"card_payment_id"_s, paymentId}})
        || !transaction.commit()) {
        transaction.rollback();
        qCWarning(lcCheckout) << "card payment not started for sale" << m_saleId;
        emit failed(tr("The card payment could not be saved on this tablet, so nothing was "
                       "sent to the terminal and nothing was charged. Try again."));
        return false;
    }
    emit changed();
    return true;
}

void CheckoutController::cancelCard()
{
    PaymentTerminal *terminal = PaymentTerminal::instance();
    LocalStore *store = LocalStore::instance();
    if (!terminal || !terminal->terminal() || m_saleId.isEmpty())
        return;
    const QString paymentId = Database::scalar(store->database(),
                                               u"SELECT card_payment_id FROM sale_tenders WHERE"
                                               " sale_id = ? AND state = 'pending' LIMIT 1"_s,
                                               {m_saleId})
                                  .toString();
    terminal->terminal()->abort(paymentId);
}

void CheckoutController::checkCardAgain()
{
    PaymentTerminal *terminal = PaymentTerminal::instance();
    LocalStore *store = LocalStore::instance();
    if (!terminal || !terminal->terminal() || m_saleId.isEmpty())
        return;
    QSqlQuery query = Database::prepare(store->database(),
                                        u"SELECT card_payment_id FROM sale_tenders WHERE"
                                        " sale_id = ? AND state IN ('pending', 'reversing')"_s);
    query.addBindValue(m_saleId);
    if (!Database::exec(query))
        return;
    while (query.next())
        terminal->terminal()->checkStatus(query.value(0).toString());
}

void CheckoutController::applyCardOutcomes()
{
    PaymentTerminal *terminal = PaymentTerminal::instance();
    LocalStore *store = LocalStore::instance();
    if (!terminal || !terminal->terminal() || m_saleId.isEmpty() || !store)
        return;
    QSqlQuery query = Database::prepare(store->database(),
                                        u"SELECT id, card_payment_id, state FROM sale_tenders"
                                        " WHERE sale_id = ? AND state IN ('pending',"
                                        " 'reversing')"_s);
    query.addBindValue(m_saleId);
    if (!Database::exec(query))
        return;
    struct Pending
    {
        QString tenderId, paymentId, state;
    };
    QList<Pending> pending;
    while (query.next())
        pending << Pending {query.value(0).toString(), query.value(1).toString(),
                            query.value(2).toString()};
    bool settled = false;
    for (const Pending &p : std::as_const(pending)) {
        const auto record = terminal->terminal()->record(p.paymentId);
        // Review and mismatch wait for the associate (Check again, Give it back).
        if (!record || !CardTerminal::isFinal(record->state) || record->state == u"review"_s
            || (record->state == u"mismatch"_s && p.state == u"pending"_s))
            continue;
        QSqlQuery update(store->database());
        if (p.state == u"reversing"_s) {
            update = Database::prepare(store->database(),
                                       u"UPDATE sale_tenders SET state = ? WHERE id = ?"_s);
            update.addBindValue(CardTerminal::isApproved(record->state) ? u"reversed"_s
                                                                        : u"reversal_failed"_s);
        } else if (CardTerminal::isApproved(record->state)) {
            update = Database::prepare(store->database(),
                                       u"UPDATE sale_tenders SET state = 'approved',"
                                       " amount_minor = ?, card_brand = ?, card_last4 = ?,"
                                       " terminal_reference = ?, terminal_time = ? WHERE id = ?"_s);
            update.addBindValue(record->authorizedMinor);
            update.addBindValue(record->cardBrand);
            update.addBindValue(record->cardLast4);
            update.addBindValue(record->poiTransactionId);
            update.addBindValue(record->poiTime);
            if (record->state == u"partial"_s)
                emit message(tr("The card covered %1 only. Take the rest with another tender.")
                                 .arg(Format::money(record->authorizedMinor, record->currency)));
        } else {
            update = Database::prepare(
                store->database(), u"UPDATE sale_tenders SET state = 'declined' WHERE id = ?"_s);
            if (record->state == u"cancelled"_s)
                emit message(tr("The card payment was cancelled. Nothing was charged."));
            else if (record->state == u"not_charged"_s)
                emit failed(tr("The terminal did not take the payment. Nothing was charged: "
                               "try again."));
            else
                emit failed(tr("The card was declined (%1). Ask for another card or tender.")
                                .arg(QUrl::fromPercentEncoding(record->message.toUtf8())));
        }
        update.addBindValue(p.tenderId);
        settled = Database::exec(update) || settled;
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
    LocalStore *store = LocalStore::instance();
    const QString digits = QString(number).remove(u' ').remove(u'-');
    if (!store || !store->isReady() || !GiftCards::isWellFormed(digits))
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
    const qint64 held = Database::scalar(store->database(),
                                         u"SELECT COALESCE(SUM(t.amount_minor), 0) FROM"
                                         " sale_tenders t JOIN sales s ON s.id = t.sale_id"
                                         " WHERE t.gift_card_id = ? AND t.state = 'approved'"
                                         " AND s.state = 'open'"_s,
                                         {live->id})
                            .toLongLong();
    return qMax<qint64>(0, live->balance - held);
}

void CheckoutController::checkGiftCard(const QString &number)
{
    const QString digits = QString(number).remove(u' ').remove(u'-');
    auto answer = [this, digits](bool live) {
        const qint64 balance = giftCardBalance(digits);
        const QString currency = saleRow().value(u"currency"_s).toString();
        emit giftCardChecked(digits, balance,
                             balance < 0
                                 ? QString()
                                 : Format::money(balance, currency.isEmpty() ? u"EUR"_s : currency),
                             live);
    };
    SyncEngine *sync = SyncEngine::instance();
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
        answer(status == 200 || status == 404);
        emit changed();
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
    if (!addTender({{u"id"_s, Ids::newId()},
                    {u"kind"_s, u"gift_card"_s},
                    {u"amount_minor"_s, amount},
                    {u"state"_s, u"approved"_s},
                    {u"gift_card_id"_s, m_liveGiftCards.value(digits).id},
                    {u"gift_card_last4"_s, GiftCards::last4(digits)}})) {
        emit failed(tr("The gift card payment could not be saved. Try again."));
        return false;
    }
    if (amount < wanted)
        emit message(tr("The gift card covered %1. Take the rest with another tender.")
                         .arg(Format::money(amount, saleRow().value(u"currency"_s).toString())));
    emit changed();
    completeIfPaid();
    return true;
}

bool CheckoutController::payCash(qint64 givenMinor)
{
    CashDrawer *drawer = CashDrawer::instance();
    if (!drawer || !drawer->isOpen()) {
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
    const qint64 amount = qMin(givenMinor, remaining);
    const QString tenderId = Ids::newId();
    // The tender and the drawer's movement are kept together or not at all.
    SqlTransaction transaction(LocalStore::instance()->database());
    if (!addTender({{u"id"_s, tenderId},
                    {u"kind"_s, u"cash"_s},
                    {u"amount_minor"_s, amount},
                    {u"state"_s, u"approved"_s},
                    {u"cash_given_minor"_s, givenMinor},
                    {u"change_minor"_s, givenMinor - amount}})
        || !drawer->record(u"sale"_s, amount, m_saleId) || !transaction.commit()) {
        emit failed(tr("The cash payment could not be saved. Try again."));
        return false;
    }
    if (givenMinor > amount)
        emit message(tr("Change due: %1")
                         .arg(Format::money(givenMinor - amount,
                                            saleRow().value(u"currency"_s).toString())));
    emit changed();
    completeIfPaid();
    return true;
}

bool CheckoutController::removeTender(const QString &tenderId)
{
    LocalStore *store = LocalStore::instance();
    if (saleState() != u"open"_s)
        return false;
    QSqlQuery query = Database::prepare(store->database(),
                                        u"SELECT kind, amount_minor, state FROM sale_tenders"
                                        " WHERE id = ? AND sale_id = ?"_s);
    query.addBindValue(tenderId);
    query.addBindValue(m_saleId);
    if (!Database::exec(query) || !query.next() || query.value(0).toString() == u"card"_s
        || query.value(2).toString() != u"approved"_s)
        return false;
    if (query.value(0).toString() == u"cash"_s && CashDrawer::instance())
        CashDrawer::instance()->record(u"sale_void"_s, -query.value(1).toLongLong(), m_saleId);
    QSqlQuery update = Database::prepare(store->database(),
                                         u"UPDATE sale_tenders SET state = 'returned' WHERE"
                                         " id = ?"_s);
    update.addBindValue(tenderId);
    const bool ok = Database::exec(update);
    emit changed();
    return ok;
}

bool CheckoutController::setSaleState(const QString &state)
{
    LocalStore *store = LocalStore::instance();
    QSqlQuery update = Database::prepare(store->database(),
                                         u"UPDATE sales SET state = ?, updated_at = ? WHERE"
                                         " id = ?"_s);
    update.addBindValue(state);
    update.addBindValue(Clock::nowMs());
    update.addBindValue(m_saleId);
    const bool ok = Database::exec(update);
    emit changed();
    return ok;
}

bool CheckoutController::reverseApprovedCards()
{
    // Card payments of an abandoned sale are given back on the terminal.
    LocalStore *store = LocalStore::instance();
    PaymentTerminal *terminal = PaymentTerminal::instance();
    QSqlQuery cards = Database::prepare(store->database(),
                                        u"SELECT id, amount_minor, terminal_reference,"
                                        " terminal_time FROM sale_tenders WHERE sale_id = ? AND"
                                        " kind = 'card' AND state = 'approved'"_s);
    cards.addBindValue(m_saleId);
    const QString currency = saleRow().value(u"currency"_s).toString();
    bool reversing = false;
    if (Database::exec(cards)) {
        QList<QStringList> toReverse;
        while (cards.next())
            toReverse << QStringList {cards.value(0).toString(), cards.value(1).toString(),
                                      cards.value(2).toString(), cards.value(3).toString()};
        for (const QStringList &t : std::as_const(toReverse)) {
            const QString reversalId = terminal && terminal->terminal()
                ? terminal->terminal()->startReversal(m_saleId, t.at(2), t.at(3),
                                                      Money(t.at(1).toLongLong(), currency))
                : QString();
            QSqlQuery update = Database::prepare(store->database(),
                                                 u"UPDATE sale_tenders SET state = ?,"
                                                 " card_payment_id = ? WHERE id = ?"_s);
            update.addBindValue(reversalId.isEmpty() ? u"reversal_failed"_s : u"reversing"_s);
            update.addBindValue(reversalId);
            update.addBindValue(t.at(0));
            Database::exec(update);
            reversing = reversing || !reversalId.isEmpty();
        }
    }
    return reversing;
}

void CheckoutController::abandonSale()
{
    LocalStore *store = LocalStore::instance();
    const QString state = saleState();
    if (state == u"none"_s) {
        m_walkIn.clear();
        m_couponCode.clear();
        emit changed();
        return;
    }
    if (state != u"open"_s)
        return;
    cancelCard();
    // Cash goes back to the customer from the drawer.
    QSqlQuery cash = Database::prepare(store->database(),
                                       u"SELECT id, amount_minor FROM sale_tenders WHERE"
                                       " sale_id = ? AND kind IN ('cash', 'gift_card') AND"
                                       " state = 'approved'"_s);
    cash.addBindValue(m_saleId);
    QList<QPair<QString, qint64>> handBack;
    if (Database::exec(cash)) {
        while (cash.next())
            handBack << qMakePair(cash.value(0).toString(), cash.value(1).toLongLong());
    }
    for (const auto &[tenderId, amount] : std::as_const(handBack))
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
    emit changed();
}

void CheckoutController::completeIfPaid()
{
    if (saleState() == u"open"_s && remainingMinor() == 0 && !cardInProgress())
        complete();
}

bool CheckoutController::complete()
{
    LocalStore *store = LocalStore::instance();
    const QVariantMap sale = saleRow();
    const QList<CartLine> lines = currentLines();
    const QString orderId = sale.value(u"order_id"_s).toString();
    const QString number = sale.value(u"number"_s).toString();
    const QString currency = sale.value(u"currency"_s).toString();
    // Paid and not saved is never a dead end: the screen offers to try again (needsSaving).
    const QString notSaved
        = tr("The payment is taken, but the sale could not be saved on this tablet. Do not take "
             "payment again: tap Save the sale to try again. If it keeps failing, call support "
             "and give them order %1.")
              .arg(number);
    QString error;
    const QJsonObject order
        = orderArgs(lines, orderId, number, sale.value(u"coupon_code"_s).toString(), &error);
    if (order.isEmpty()) {
        qCWarning(lcCheckout) << "paid sale" << m_saleId << "not saved:" << error;
        emit failed(notSaved);
        emit changed();
        return false;
    }
    QList<QPair<QString, QJsonObject>> mutations {{u"order.create"_s, order}};
    QSqlQuery tenders = Database::prepare(store->database(),
                                          u"SELECT id, kind, amount_minor, card_brand,"
                                          " card_last4, terminal_reference, gift_card_id"
                                          " FROM sale_tenders WHERE sale_id = ? AND"
                                          " state = 'approved' ORDER BY created_at"_s);
    tenders.addBindValue(m_saleId);
    if (!Database::exec(tenders)) {
        emit failed(notSaved);
        return false;
    }
    while (tenders.next()) {
        QJsonObject payment {{u"id"_s, tenders.value(0).toString()},
                             {u"orderId"_s, orderId},
                             {u"saleId"_s, m_saleId},
                             {u"tender"_s, tenders.value(1).toString()},
                             {u"amountMinor"_s, tenders.value(2).toLongLong()},
                             {u"currency"_s, currency}};
        if (tenders.value(1).toString() == u"card"_s) {
            payment.insert(u"cardBrand"_s, tenders.value(3).toString());
            payment.insert(u"cardLast4"_s, tenders.value(4).toString());
            payment.insert(u"terminalReference"_s, tenders.value(5).toString());
        }
        if (tenders.value(1).toString() == u"gift_card"_s)
            payment.insert(u"giftCardId"_s, tenders.value(6).toString());
        mutations << qMakePair(u"payment.record"_s, payment);
    }
    for (const CartLine &line : lines) {
        if (!m_customerId.isEmpty())
            mutations << qMakePair(u"cart.removeLine"_s, QJsonObject {{u"id"_s, line.id}});
    }
    // A resumed sale may have been sent already (a crash right after): send it once.
    const bool alreadySent
        = Database::scalar(store->database(), u"SELECT COUNT(*) FROM orders WHERE id = ?"_s,
                           {orderId})
              .toInt()
        > 0;
    if (!alreadySent) {
        const MutationResult result = store->submitAll(mutations);
        if (!result.applied) {
            qCWarning(lcCheckout) << "paid sale" << m_saleId << "not saved:" << result.code
                                  << result.message;
            emit failed(notSaved);
            emit changed();
            return false;
        }
    }
    setSaleState(u"completed"_s);
    m_lastOrderId = orderId;
    m_receiptPath = writeReceipt(orderId);
    m_receiptOrderId = orderId;
    emit saleCompleted(orderId, number);
    emit orderPlaced(orderId, number);
    emit changed();
    return true;
}

QString CheckoutController::writeReceipt(const QString &orderId)
{
    LocalStore *store = LocalStore::instance();
    QString language = m_customerId.isEmpty()
        ? QString()
        : Database::scalar(store->database(), u"SELECT language FROM customers WHERE id = ?"_s,
                           {m_customerId})
              .toString();
    if (language.isEmpty() && LanguageController::instance())
        language = LanguageController::instance()->language();
    const QString dir = QFileInfo(store->path()).dir().filePath(u"receipts"_s);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(
        saleRow().value(u"number"_s).toString().replace(u'/', u'-') + u".pdf"_s);
    QString error;
    if (!Receipt::writePdf(store->database(), orderId, language, path, &error)) {
        emit failed(tr("The receipt could not be made (%1). The sale is saved.").arg(error));
        return {};
    }
    return path;
}

bool CheckoutController::canEmailReceipt() const
{
    LocalStore *store = LocalStore::instance();
    if (m_receiptPath.isEmpty() || m_customerId.isEmpty() || !store)
        return false;
    return Database::scalar(store->database(),
                            u"SELECT COUNT(*) FROM consents c JOIN customers u ON u.id ="
                            " c.customer_id WHERE c.customer_id = ? AND c.kind = 'email' AND"
                            " c.granted = 1 AND u.email <> ''"_s,
                            {m_customerId})
               .toInt()
        > 0;
}

bool CheckoutController::emailReceipt()
{
    LocalStore *store = LocalStore::instance();
    if (!canEmailReceipt()) {
        emit failed(tr("This customer has not agreed to emails: print or show the receipt."));
        return false;
    }
    QFile file(m_receiptPath);
    if (!file.open(QIODevice::ReadOnly)) {
        emit failed(tr("The receipt file is missing. Make it again from the order."));
        return false;
    }
    const MutationResult result
        = store->submit(u"receipt.email"_s,
                        {{u"id"_s, Ids::newId()},
                         {u"orderId"_s, m_receiptOrderId},
                         {u"customerId"_s, m_customerId},
                         {u"pdf"_s, QString::fromLatin1(file.readAll().toBase64())}});
    if (!result.applied) {
        emit failed(tr("The receipt could not be queued (%1).").arg(result.message));
        return false;
    }
    emit message(tr("The receipt will be emailed to the customer."));
    return true;
}

bool CheckoutController::needsSaving() const
{
    // Everything is paid and settled, and the sale is still open: its saving failed (or the
    // app stopped between the two). Never a dead end: retrySave().
    const QVariantMap sale = saleRow();
    return sale.value(u"state"_s).toString() == u"open"_s
        && sale.value(u"total_minor"_s).toLongLong() > 0 && remainingMinor() == 0
        && !cardInProgress();
}

bool CheckoutController::retrySave()
{
    return needsSaving() && complete();
}

QVariantList CheckoutController::recoveredCards() const
{
    QVariantList list;
    LocalStore *store = LocalStore::instance();
    if (!store || !store->isReady())
        return list;
    // Those of this sale, and those of sales no checkout takes up again (completed, abandoned,
    // or none): an approval the terminal took must be seen by someone.
    QSqlQuery query = Database::prepare(
        store->database(),
        u"SELECT t.id, t.amount_minor, t.state, t.card_brand, t.card_last4,"
        " t.terminal_reference, COALESCE(s.currency, c.currency, 'EUR') FROM sale_tenders t"
        " LEFT JOIN sales s ON s.id = t.sale_id LEFT JOIN card_payments c ON"
        " c.id = t.card_payment_id WHERE t.found_at > 0 AND t.found_seen = 0 AND (t.sale_id = ?"
        " OR s.state IS NULL OR s.state NOT IN ('open', 'abandoning')) ORDER BY t.found_at"_s);
    query.addBindValue(m_saleId);
    if (!Database::exec(query))
        return list;
    while (query.next()) {
        const QString state = query.value(2).toString();
        const QString amount
            = Format::money(query.value(1).toLongLong(), query.value(6).toString());
        QString card = cardText(query.value(3).toString(), query.value(4).toString());
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
                       .arg(amount, card, query.value(5).toString());
        list << QVariantMap {
            {u"id"_s, query.value(0).toString()}, {u"state"_s, state}, {u"text"_s, text}};
    }
    return list;
}

void CheckoutController::dismissRecoveredCard(const QString &tenderId)
{
    LocalStore *store = LocalStore::instance();
    if (!store || !store->isReady())
        return;
    QSqlQuery update = Database::prepare(store->database(),
                                         u"UPDATE sale_tenders SET found_seen = 1 WHERE id = ? AND"
                                         " found_at > 0"_s);
    update.addBindValue(tenderId);
    if (Database::exec(update))
        emit changed();
}

void CheckoutController::recoverCardApprovals()
{
    LocalStore *store = LocalStore::instance();
    PaymentTerminal *terminal = PaymentTerminal::instance();
    if (!store || !store->isReady() || !terminal || !terminal->terminal())
        return;
    CardTerminal *card = terminal->terminal();
    const QSqlDatabase db = store->database();
    bool changedAny = false;
    // Approved payments no tender knows of (by id or by the terminal's reference) and that
    // nothing gives back already.
    QSqlQuery loose = Database::prepare(
        db,
        u"SELECT c.id FROM card_payments c WHERE c.kind = 'payment' AND c.state IN ('approved',"
        " 'partial') AND c.authorized_minor > 0 AND NOT EXISTS (SELECT 1 FROM sale_tenders t"
        " WHERE t.card_payment_id = c.id OR (c.poi_transaction_id <> '' AND"
        " t.terminal_reference = c.poi_transaction_id)) AND NOT EXISTS (SELECT 1 FROM"
        " card_payments r WHERE r.kind = 'reversal' AND c.poi_transaction_id <> '' AND"
        " r.original_reference = c.poi_transaction_id) ORDER BY c.created_at"_s);
    QStringList ids;
    if (Database::exec(loose)) {
        while (loose.next())
            ids << loose.value(0).toString();
    }
    for (const QString &id : std::as_const(ids)) {
        const auto r = card->record(id);
        if (!r)
            continue;
        const QVariantMap sale
            = Database::rows(db, u"SELECT state, total_minor, currency FROM sales WHERE id = ?"_s,
                             {r->saleId})
                  .value(0);
        const qint64 paid
            = Database::scalar(db,
                               u"SELECT COALESCE(SUM(amount_minor), 0) FROM sale_tenders WHERE"
                               " sale_id = ? AND state = 'approved'"_s,
                               {r->saleId})
                  .toLongLong();
        const bool cardPending
            = Database::scalar(db,
                               u"SELECT COUNT(*) FROM sale_tenders WHERE sale_id = ? AND state IN"
                               " ('pending', 'reversing')"_s,
                               {r->saleId})
                  .toInt()
            > 0;
        const QString currency
            = r->authorizedCurrency.isEmpty() ? r->currency : r->authorizedCurrency;
        // Its sale still takes it: it pays part of that sale. Otherwise it goes back.
        const bool attach = sale.value(u"state"_s).toString() == u"open"_s && !cardPending
            && currency == sale.value(u"currency"_s).toString()
            && r->authorizedMinor <= sale.value(u"total_minor"_s).toLongLong() - paid;
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
        const QStringList names = row.keys();
        QSqlQuery insert = Database::prepare(
            db,
            u"INSERT INTO sale_tenders (%1) VALUES (%2)"_s.arg(
                names.join(u", "_s), QStringList(names.size(), u"?"_s).join(u", "_s)));
        for (const QString &name : names)
            insert.addBindValue(row.value(name));
        qCWarning(lcCheckout) << "card approval" << id << "had no tender; sale" << r->saleId
                              << (attach ? "takes it" : "does not take it: giving it back");
        changedAny = Database::exec(insert) || changedAny;
    }
    // Found approvals being given back for sales no checkout takes up: settled from here.
    QSqlQuery reversing = Database::prepare(
        db,
        u"SELECT t.id, t.card_payment_id FROM sale_tenders t LEFT JOIN sales s ON"
        " s.id = t.sale_id WHERE t.found_at > 0 AND t.state = 'reversing' AND (s.state IS NULL"
        " OR s.state NOT IN ('open', 'abandoning'))"_s);
    QList<QPair<QString, QString>> giving;
    if (Database::exec(reversing)) {
        while (reversing.next())
            giving << qMakePair(reversing.value(0).toString(), reversing.value(1).toString());
    }
    for (const auto &[tenderId, reversalId] : std::as_const(giving)) {
        const auto r = card->record(reversalId);
        if (!r || !CardTerminal::isFinal(r->state) || r->state == u"review"_s)
            continue;
        QSqlQuery update
            = Database::prepare(db, u"UPDATE sale_tenders SET state = ? WHERE id = ?"_s);
        update.addBindValue(CardTerminal::isApproved(r->state) ? u"reversed"_s
                                                               : u"reversal_failed"_s);
        update.addBindValue(tenderId);
        changedAny = Database::exec(update) || changedAny;
    }
    if (changedAny)
        emit terminal->changed(); // open checkouts show it
}
