// SPDX-License-Identifier: MIT
#include "orderdetail.h"
#include "address.h"
#include "database.h"
#include "format.h"
#include "localstore.h"
#include "mutators.h"
#include "orderrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

OrderDetail::OrderDetail(QObject *parent)
    : QObject(parent)
{ }

OrderDetail::OrderDetail(LocalStore *store, QObject *parent)
    : OrderDetail(parent)
{
    setStore(store);
}

void OrderDetail::setStore(LocalStore *store)
{
    if (!m_store.set(this, store, [this](const QStringList &tables) {
            if (!m_orderId.isEmpty()
                && (tables.contains(u"orders"_s) || tables.contains(u"order_lines"_s)
                    || tables.contains(u"order_status_history"_s)))
                load();
        }))
        return;
    emit storeChanged();
    load();
}

void OrderDetail::setOrderId(const QString &orderId)
{
    if (orderId == m_orderId)
        return;
    m_orderId = orderId;
    emit orderIdChanged();
    load();
}

void OrderDetail::load()
{
    m_order.clear();
    m_lines.clear();
    m_history.clear();
    LocalStore *store = m_store.store();
    if (!store || !store->isReady() || m_orderId.isEmpty()) {
        emit changed();
        return;
    }
    const OrderRepository repository(store->database());
    m_order = repository.order(m_orderId);
    // Alternatives the service proposed for lines it could not allocate.
    QHash<QString, QJsonArray> alternatives;
    const QJsonObject detail = QJsonDocument::fromJson(
                                   m_order.value(u"status_detail"_s).toString().toUtf8())
                                   .object();
    for (const QJsonValue &value : detail.value(u"unallocated"_s).toArray())
        alternatives.insert(value[u"lineId"_s].toString(), value[u"alternatives"_s].toArray());
    const QString currency = m_order.value(u"currency"_s).toString();
    for (const QVariantMap &line : repository.lines(m_orderId)) {
        const QString id = line.value(u"id"_s).toString();
        QVariantList choices;
        for (const QJsonValue &choice : alternatives.value(id))
            choices << QVariantMap{{u"locationId"_s, choice[u"locationId"_s].toString()},
                                   {u"name"_s, choice[u"name"_s].toString()},
                                   {u"kindLabel"_s, Format::locationKind(choice[u"kind"_s].toString())},
                                   {u"available"_s, choice[u"available"_s].toInteger()}};
        const QString status = line.value(u"status"_s).toString();
        m_lines << QVariantMap{
            {u"lineId"_s, id},
            {u"sku"_s, line.value(u"sku"_s)},
            {u"productName"_s, line.value(u"product_name"_s)},
            {u"colour"_s, line.value(u"colour"_s)},
            {u"size"_s, line.value(u"size"_s)},
            {u"image"_s, line.value(u"image"_s)},
            {u"quantity"_s, line.value(u"quantity"_s)},
            {u"fulfilmentLabel"_s, Format::fulfilment(line.value(u"fulfilment"_s).toString())},
            {u"status"_s, status},
            {u"statusLabel"_s, Format::lineStatus(status)},
            {u"sourceName"_s, line.value(u"source_name"_s)},
            {u"totalText"_s, Format::money(line.value(u"total_minor"_s).toLongLong(), currency)},
            {u"needsAction"_s, status == u"unallocated"_s},
            {u"alternatives"_s, choices}};
    }
    for (const QVariantMap &entry : repository.history(m_orderId)) {
        const QString carrier = entry.value(u"carrier"_s).toString();
        const QString tracking = entry.value(u"tracking_number"_s).toString();
        m_history << QVariantMap {
            {u"status"_s, entry.value(u"status"_s)},
            {u"statusLabel"_s, Format::orderStatus(entry.value(u"status"_s).toString())},
            {u"whenText"_s, Format::dateTime(entry.value(u"occurred_at"_s).toLongLong())},
            {u"trackingText"_s,
             tracking.isEmpty() ? QString()
                                : tr("%1 tracking %2").arg(carrier, tracking).trimmed()},
            // A carrier's status nobody knows ("other"): its own words, as they came.
            {u"carrierText"_s,
             entry.value(u"status"_s).toString() == u"other"_s ? entry.value(u"detail"_s).toString()
                                                               : QString()}};
    }
    emit changed();
}

QString OrderDetail::errorString() const
{
    return !m_orderId.isEmpty() && m_order.isEmpty()
        ? tr("This order is not on this tablet yet. Sync, then open it again.")
        : QString();
}

QString OrderDetail::number() const
{
    return m_order.value(u"number"_s).toString();
}

QString OrderDetail::status() const
{
    return m_order.value(u"status"_s).toString();
}

QString OrderDetail::statusLabel() const
{
    return Format::orderStatus(status());
}

QString OrderDetail::customerId() const
{
    return m_order.value(u"customer_id"_s).toString();
}

QString OrderDetail::customerName() const
{
    return m_order.value(u"customer_name"_s).toString().trimmed();
}

QString OrderDetail::channelLabel() const
{
    return Format::channel(m_order.value(u"channel"_s).toString());
}

QString OrderDetail::createdText() const
{
    return Format::dateTime(m_order.value(u"created_at"_s).toLongLong());
}

QVariantMap OrderDetail::totals() const
{
    if (m_order.isEmpty())
        return {};
    const QString currency = m_order.value(u"currency"_s).toString();
    auto money = [&](const char *column) {
        return Format::money(m_order.value(QString::fromLatin1(column)).toLongLong(), currency);
    };
    const QString payment = m_order.value(u"payment_status"_s).toString();
    return {{u"subtotalText"_s, money("subtotal_minor")},
            {u"discountText"_s, m_order.value(u"discount_minor"_s).toLongLong()
                                    ? money("discount_minor")
                                    : QString()},
            {u"shippingText"_s, m_order.value(u"shipping_minor"_s).toLongLong()
                                    ? money("shipping_minor")
                                    : QString()},
            {u"taxText"_s, money("tax_minor")},
            {u"totalText"_s, money("total_minor")},
            {u"paymentText"_s, payment == u"paid"_s ? tr("Paid") : payment == u"unpaid"_s
                                                                    ? tr("Not paid yet")
                                                                    : QString()}};
}

QString OrderDetail::deliveryText() const
{
    const QString json = m_order.value(u"delivery_address"_s).toString();
    if (json.isEmpty())
        return {};
    const QVariantMap address = QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
    const QString option = Database::scalar(m_store.store()->database(),
                                            u"SELECT name FROM delivery_options WHERE id = ?"_s,
                                            {m_order.value(u"delivery_option"_s)})
                               .toString();
    return option.isEmpty() ? Address::oneLine(address)
                            : tr("%1 to %2").arg(Format::deliveryOption(option),
                                                 Address::oneLine(address));
}

QString OrderDetail::pickupText() const
{
    const QString location = m_order.value(u"pickup_location_id"_s).toString();
    if (location.isEmpty())
        return {};
    const QString name = Database::scalar(m_store.store()->database(),
                                          u"SELECT name FROM locations WHERE id = ?"_s, {location})
                             .toString();
    const qint64 deadline = m_order.value(u"pickup_deadline"_s).toLongLong();
    return deadline > 0 ? tr("Pick up at %1 by %2").arg(name, Format::dateTime(deadline))
                        : tr("Pick up at %1").arg(name);
}

bool OrderDetail::isPickupHere() const
{
    LocalStore *store = m_store.store();
    return store && !m_order.isEmpty()
        && m_order.value(u"pickup_location_id"_s).toString() == store->locationId();
}

bool OrderDetail::canMarkReady() const
{
    const QString s = status();
    return isPickupHere() && (s == u"allocated"_s || s == u"placed"_s);
}

bool OrderDetail::canHandOver() const
{
    return isPickupHere() && status() == u"ready_for_pickup"_s;
}

bool OrderDetail::report(const MutationResult &result)
{
    if (result.applied)
        return true;
    emit failed(result.code == u"invalid"_s || result.code == u"not_allowed"_s
                    ? tr("That is not possible for this order now (%1).").arg(result.message)
                    : tr("That could not be saved on this tablet. Try again; if it keeps "
                         "failing, restart the app."));
    return false;
}

bool OrderDetail::reallocate(const QString &lineId, const QString &locationId)
{
    return report(m_store.store()->submit(u"order.reallocate"_s,
                                                 {{u"orderId"_s, m_orderId},
                                                  {u"lineId"_s, lineId},
                                                  {u"sourceLocationId"_s, locationId}}));
}

bool OrderDetail::cancelLine(const QString &lineId)
{
    return report(m_store.store()->submit(
        u"order.reallocate"_s,
        {{u"orderId"_s, m_orderId}, {u"lineId"_s, lineId}, {u"cancel"_s, true}}));
}

bool OrderDetail::markReady()
{
    return report(m_store.store()->submit(u"pickup.markReady"_s, {{u"orderId"_s, m_orderId}}));
}

bool OrderDetail::handOver(const QString &method, const QString &proof)
{
    QString given = proof.trimmed().toUpper();
    given.remove(u' ');
    bool verified = false;
    if (method == u"order_number"_s) {
        QString expected = number().toUpper();
        expected.remove(u' ');
        verified = !given.isEmpty() && given == expected;
    } else if (method == u"loyalty_card"_s) {
        verified = !given.isEmpty()
            && given == m_order.value(u"customer_loyalty_id"_s).toString().toUpper();
    }
    if (!verified) {
        emit failed(method == u"order_number"_s
                        ? tr("That is not this order's number. Check the customer's confirmation "
                             "email or text, or ask for their loyalty card.")
                        : tr("That loyalty card is not this customer's. Ask for the order number "
                             "instead."));
        return false;
    }
    return report(m_store.store()->submit(u"pickup.handOver"_s,
                                                 {{u"orderId"_s, m_orderId},
                                                  {u"verifiedBy"_s, method}}));
}
