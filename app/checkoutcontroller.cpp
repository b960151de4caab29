// SPDX-License-Identifier: MIT
#include "checkoutcontroller.h"
#include "clock.h"
#include "database.h"
#include "format.h"
#include "ids.h"
#include "localstore.h"
#include "pricing.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

CheckoutController::CheckoutController(QObject *parent)
    : QObject(parent)
{
    if (LocalStore *store = LocalStore::instance()) {
        connect(store, &LocalStore::tablesChanged, this, [this](const QStringList &tables) {
            if (tables.contains(u"cart_lines"_s) || tables.contains(u"products"_s))
                emit changed();
        });
    }
}

void CheckoutController::setCustomerId(const QString &customerId)
{
    if (customerId == m_customerId)
        return;
    m_customerId = customerId;
    emit changed();
}

QList<CheckoutController::CartLine> CheckoutController::cartLines() const
{
    QList<CartLine> lines;
    LocalStore *store = LocalStore::instance();
    if (!store || !store->isReady() || m_customerId.isEmpty())
        return lines;
    QSqlQuery query = Database::prepare(
        store->database(),
        u"SELECT c.id, c.sku, c.fulfilment, c.source_location_id, c.delivery_address_id,"
        " c.delivery_option_id, c.quantity, p.price_minor, p.currency FROM cart_lines c"
        " JOIN products p ON p.sku = c.sku WHERE c.customer_id = ? ORDER BY c.added_at"_s);
    query.addBindValue(m_customerId);
    if (!Database::exec(query))
        return lines;
    while (query.next())
        lines << CartLine{query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toString(),
                          query.value(4).toString(), query.value(5).toString(),
                          query.value(6).toLongLong(), query.value(7).toLongLong(),
                          query.value(8).toString()};
    return lines;
}

QVariantMap CheckoutController::quote() const
{
    LocalStore *store = LocalStore::instance();
    const QList<CartLine> lines = cartLines();
    if (lines.isEmpty() || !store)
        return {{u"lineCount"_s, 0}};
    QList<Pricing::Line> priced;
    QString optionId;
    for (const CartLine &line : lines) {
        priced << Pricing::Line{line.sku, line.quantity, line.unitPriceMinor};
        if (!line.optionId.isEmpty())
            optionId = line.optionId;
    }
    const qint64 shipping = optionId.isEmpty()
        ? 0
        : Database::scalar(store->database(),
                           u"SELECT price_minor FROM delivery_options WHERE id = ?"_s, {optionId})
              .toLongLong();
    const int vat = Database::scalar(store->database(),
                                     u"SELECT vat_rate_bp FROM locations WHERE id = ?"_s,
                                     {store->locationId()})
                        .toInt();
    const QString currency = lines.first().currency;
    const Pricing::Quote q = Pricing::quote(priced, currency, vat, shipping);
    return {{u"lineCount"_s, int(lines.size())},
            {u"subtotalText"_s, Format::money(q.subtotalMinor, currency)},
            {u"discountText"_s, q.discountMinor ? Format::money(q.discountMinor, currency) : QString()},
            {u"shippingText"_s, q.shippingMinor ? Format::money(q.shippingMinor, currency) : QString()},
            {u"taxText"_s, Format::money(q.taxMinor, currency)},
            {u"totalText"_s, Format::money(q.totalMinor, currency)}};
}

bool CheckoutController::canPlace() const
{
    return !cartLines().isEmpty();
}

QString CheckoutController::newOrderNumber(const QString &locationId, const QString &orderId)
{
    // Derived from the order's id, so the same order always shows the same number.
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    const QByteArray digest = QCryptographicHash::hash(orderId.toUtf8(), QCryptographicHash::Sha1);
    QString suffix;
    for (int i = 0; i < 5; ++i)
        suffix += QLatin1Char(alphabet[quint8(digest.at(i)) % 32]);
    return locationId + u'-' + Clock::now().toString(u"yyMMdd"_s) + u'-' + suffix;
}

bool CheckoutController::placeOrder()
{
    LocalStore *store = LocalStore::instance();
    const QList<CartLine> lines = cartLines();
    if (!store || lines.isEmpty()) {
        emit failed(tr("The cart is empty."));
        return false;
    }
    QString addressId;
    QString optionId;
    QJsonArray orderLines;
    QList<QPair<QString, QJsonObject>> mutations;
    const QString orderId = Ids::newId();
    for (const CartLine &line : lines) {
        if (line.fulfilment == u"ship_to_home"_s) {
            if ((!addressId.isEmpty() && addressId != line.addressId)
                || (!optionId.isEmpty() && optionId != line.optionId)) {
                emit failed(tr("Home-delivery items in one order go to one address with one "
                               "delivery option. Remove the others and order them separately."));
                return false;
            }
            addressId = line.addressId;
            optionId = line.optionId;
        }
        orderLines << QJsonObject{{u"id"_s, Ids::newId()},
                                  {u"sku"_s, line.sku},
                                  {u"quantity"_s, line.quantity},
                                  {u"fulfilment"_s, line.fulfilment},
                                  {u"sourceLocationId"_s, line.source}};
    }
    const QString number = newOrderNumber(store->locationId(), orderId);
    QJsonObject order{{u"id"_s, orderId},
                      {u"number"_s, number},
                      {u"customerId"_s, m_customerId},
                      {u"lines"_s, orderLines}};
    if (!addressId.isEmpty())
        order.insert(u"delivery"_s, QJsonObject{{u"addressId"_s, addressId},
                                                {u"optionId"_s, optionId}});
    mutations << qMakePair(u"order.create"_s, order);
    for (const CartLine &line : lines)
        mutations << qMakePair(u"cart.removeLine"_s, QJsonObject{{u"id"_s, line.id}});
    const MutationResult result = store->submitAll(mutations);
    if (!result.applied) {
        emit failed(tr("The order could not be placed (%1).").arg(result.message));
        return false;
    }
    m_lastOrderId = orderId;
    emit orderPlaced(orderId, number);
    emit changed();
    return true;
}
