// SPDX-License-Identifier: MIT
#include "endlessaisle.h"
#include "address.h"
#include "catalogrepository.h"
#include "clock.h"
#include "format.h"
#include "ids.h"
#include "localstore.h"
#include "stockmodel.h"

#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

EndlessAisle::EndlessAisle(QObject *parent)
    : QObject(parent)
    , m_stock(new StockModel(this))
{
    connect(m_stock, &StockModel::countChanged, this, &EndlessAisle::sourcesChanged);
    connect(m_stock, &QAbstractItemModel::dataChanged, this, &EndlessAisle::sourcesChanged);
    connect(m_stock, &QAbstractItemModel::modelReset, this, &EndlessAisle::sourcesChanged);
}

EndlessAisle::EndlessAisle(LocalStore *store, SyncEngine *sync, QObject *parent)
    : EndlessAisle(parent)
{
    setSync(sync);
    setStore(store);
}

void EndlessAisle::setStore(LocalStore *store)
{
    if (!m_store.set(this, store, [this](const QStringList &tables) {
            if (tables.contains(u"addresses"_s))
                emit contextChanged();
        }))
        return;
    m_stock->setStore(store);
    emit contextChanged();
    emit sourcesChanged();
}

void EndlessAisle::setSync(SyncEngine *sync)
{
    if (sync == m_stock->sync())
        return;
    m_stock->setSync(sync);
    emit contextChanged();
}

void EndlessAisle::setCustomerId(const QString &customerId)
{
    if (customerId == m_customerId)
        return;
    m_customerId = customerId;
    emit contextChanged();
}

QString EndlessAisle::sku() const
{
    return m_stock->sku();
}

void EndlessAisle::setSku(const QString &sku)
{
    if (sku == m_stock->sku())
        return;
    m_stock->setSku(sku);
    emit contextChanged();
    emit sourcesChanged();
}

void EndlessAisle::setQuantity(int quantity)
{
    quantity = qBound(1, quantity, 20);
    if (quantity == m_quantity)
        return;
    m_quantity = quantity;
    emit contextChanged();
    emit sourcesChanged();
}

QVariantList EndlessAisle::sources() const
{
    QVariantList list;
    for (int i = 0; i < m_stock->rowCount(); ++i) {
        const QVariantMap row = m_stock->get(i);
        if (row.value(u"isThisStore"_s).toBool() || row.value(u"available"_s).toInt() < m_quantity)
            continue;
        list << QVariantMap {{u"locationId"_s, row.value(u"locationId"_s)},
                             {u"name"_s, row.value(u"name"_s)},
                             {u"kind"_s, row.value(u"kind"_s)},
                             {u"kindLabel"_s, row.value(u"kindLabel"_s)},
                             {u"available"_s, row.value(u"available"_s)},
                             {u"distanceText"_s, row.value(u"distanceText"_s)}};
    }
    return list;
}

QString EndlessAisle::defaultHoldLocation() const
{
    QString any;
    for (int i = 0; i < m_stock->rowCount(); ++i) {
        const QVariantMap row = m_stock->get(i);
        if (row.value(u"kind"_s).toString() != u"store"_s
            || row.value(u"available"_s).toInt() < m_quantity)
            continue;
        if (row.value(u"isThisStore"_s).toBool())
            return row.value(u"locationId"_s).toString();
        if (any.isEmpty())
            any = row.value(u"locationId"_s).toString();
    }
    return any;
}

QString EndlessAisle::keptSource(const QString &current) const
{
    const QVariantList list = sources();
    for (const QVariant &source : list) {
        if (source.toMap().value(u"locationId"_s).toString() == current)
            return current;
    }
    return list.isEmpty() ? QString() : list.first().toMap().value(u"locationId"_s).toString();
}

QString EndlessAisle::keptOption(const QString &country, const QString &sourceLocationId,
                                 const QString &current) const
{
    const QVariantList list = deliveryOptions(country, sourceLocationId);
    for (const QVariant &option : list) {
        if (option.toMap().value(u"optionId"_s).toString() == current)
            return current;
    }
    return list.isEmpty() ? QString() : list.first().toMap().value(u"optionId"_s).toString();
}

QString EndlessAisle::defaultAddress() const
{
    const QVariantList list = addresses();
    return list.isEmpty() ? QString() : list.first().toMap().value(u"addressId"_s).toString();
}

QVariantList EndlessAisle::addresses() const
{
    LocalStore *store = m_store.store();
    QVariantList list;
    if (!store || !store->isReady() || m_customerId.isEmpty())
        return list;
    for (const QVariantMap &row :
         CatalogRepository(store->database()).customerAddresses(m_customerId))
        list << QVariantMap {{u"addressId"_s, row.value(u"id"_s)},
                             {u"text"_s, Address::oneLine(row)},
                             {u"country"_s, row.value(u"country"_s)}};
    return list;
}

QStringList EndlessAisle::countries() const
{
    return Address::countries();
}

QString EndlessAisle::productText() const
{
    LocalStore *store = m_store.store();
    if (!store || !store->isReady() || sku().isEmpty())
        return {};
    const QVariantMap p = CatalogRepository(store->database()).product(sku());
    return tr("%1 · %2 · %3")
        .arg(p.value(u"name"_s).toString(), p.value(u"colour"_s).toString(),
             p.value(u"size"_s).toString());
}

QVariantList EndlessAisle::deliveryOptions(const QString &country,
                                           const QString &sourceLocationId) const
{
    LocalStore *store = m_store.store();
    QVariantList list;
    if (!store || !store->isReady())
        return list;
    const CatalogRepository repository(store->database());
    // A store needs a day to pick and pack; the warehouse ships the same day.
    int handlingDays = 0;
    for (const QVariantMap &location : repository.locations()) {
        if (location.value(u"id"_s).toString() == sourceLocationId
            && location.value(u"kind"_s).toString() == u"store"_s)
            handlingDays = 1;
    }
    const QDate today = Clock::now().date();
    const QLocale locale;
    for (const QVariantMap &option : repository.deliveryOptions(country.toUpper())) {
        const QDate from = today.addDays(option.value(u"min_days"_s).toInt() + handlingDays);
        const QDate to = today.addDays(option.value(u"max_days"_s).toInt() + handlingDays);
        const QString format = u"ddd d MMM"_s;
        list << QVariantMap {
            {u"optionId"_s, option.value(u"id"_s)},
            {u"label"_s, Format::deliveryOption(option.value(u"name"_s).toString())},
            {u"priceText"_s,
             Format::money(option.value(u"price_minor"_s).toLongLong(),
                           option.value(u"currency"_s).toString())},
            {u"estimateText"_s,
             from == to ? tr("Arrives %1").arg(locale.toString(from, format))
                        : tr("Arrives %1 – %2")
                              .arg(locale.toString(from, format), locale.toString(to, format))}};
    }
    return list;
}

QVariantMap EndlessAisle::validateAddress(const QVariantMap &address) const
{
    QVariantMap errors;
    for (const Address::FieldError &error : Address::validate(address)) {
        if (!errors.contains(error.field))
            errors.insert(error.field, error.message);
    }
    return errors;
}

bool EndlessAisle::addToCart(const QString &sourceLocationId, const QString &addressId,
                             const QVariantMap &newAddress, const QString &optionId)
{
    LocalStore *store = m_store.store();
    if (!store || m_customerId.isEmpty() || sku().isEmpty())
        return false;
    if (sourceLocationId.isEmpty() || optionId.isEmpty()) {
        emit failed(tr("Choose where it comes from and a delivery option."));
        return false;
    }
    QList<QPair<QString, QJsonObject>> mutations;
    QString address = addressId;
    if (address.isEmpty()) {
        if (!validateAddress(newAddress).isEmpty()) {
            emit failed(tr("Check the delivery address: some fields need correcting."));
            return false;
        }
        address = Ids::newId();
        mutations << qMakePair(
            u"address.add"_s,
            QJsonObject {{u"id"_s, address},
                         {u"customerId"_s, m_customerId},
                         {u"address"_s, QJsonObject::fromVariantMap(newAddress)}});
    }
    mutations << qMakePair(u"cart.addLine"_s,
                           QJsonObject {{u"id"_s, Ids::newId()},
                                        {u"customerId"_s, m_customerId},
                                        {u"sku"_s, sku()},
                                        {u"quantity"_s, m_quantity},
                                        {u"fulfilment"_s, u"ship_to_home"_s},
                                        {u"sourceLocationId"_s, sourceLocationId},
                                        {u"deliveryAddressId"_s, address},
                                        {u"deliveryOptionId"_s, optionId}});
    const MutationResult result = store->submitAll(mutations);
    if (!result.applied) {
        emit failed(tr("It could not be added to the cart (%1).").arg(result.message));
        return false;
    }
    emit done(tr("Added to the cart for home delivery."));
    return true;
}

bool EndlessAisle::addToCartHere()
{
    LocalStore *store = m_store.store();
    if (!store || m_customerId.isEmpty() || sku().isEmpty())
        return false;
    const MutationResult result = store->submit(u"cart.addLine"_s,
                                                {{u"id"_s, Ids::newId()},
                                                 {u"customerId"_s, m_customerId},
                                                 {u"sku"_s, sku()},
                                                 {u"quantity"_s, m_quantity},
                                                 {u"fulfilment"_s, u"carry_out"_s}});
    if (!result.applied) {
        emit failed(tr("It could not be added to the cart (%1).").arg(result.message));
        return false;
    }
    emit done(tr("Added to the cart to take away now."));
    return true;
}

bool EndlessAisle::reserve(const QString &locationId, int hours)
{
    LocalStore *store = m_store.store();
    if (!store || m_customerId.isEmpty() || sku().isEmpty())
        return false;
    const MutationResult result = store->submit(u"reservation.create"_s,
                                                {{u"id"_s, Ids::newId()},
                                                 {u"sku"_s, sku()},
                                                 {u"locationId"_s, locationId},
                                                 {u"customerId"_s, m_customerId},
                                                 {u"quantity"_s, m_quantity},
                                                 {u"hours"_s, hours}});
    if (!result.applied) {
        emit failed(tr("The reservation could not be made (%1).").arg(result.message));
        return false;
    }
    emit done(tr("Reserved. The store holding it sees the reservation once synced."));
    return true;
}

bool EndlessAisle::requestTransfer(const QString &fromLocationId)
{
    LocalStore *store = m_store.store();
    if (!store || sku().isEmpty())
        return false;
    const MutationResult result = store->submit(u"transfer.request"_s,
                                                {{u"id"_s, Ids::newId()},
                                                 {u"sku"_s, sku()},
                                                 {u"fromLocationId"_s, fromLocationId},
                                                 {u"quantity"_s, m_quantity},
                                                 {u"customerId"_s, m_customerId}});
    if (!result.applied) {
        emit failed(tr("The transfer could not be requested (%1).").arg(result.message));
        return false;
    }
    emit done(tr("Transfer requested to this store."));
    return true;
}
