// SPDX-License-Identifier: MIT
#include "entities.h"

using namespace Qt::Literals::StringLiterals;

namespace Entities {

const QList<Entity> &all()
{
    static const QList<Entity> entities = {
        {u"location"_s, u"locations"_s, {u"id"_s}},
        {u"staff"_s, u"staff"_s, {u"id"_s}},
        {u"style"_s, u"styles"_s, {u"id"_s}},
        {u"product"_s, u"products"_s, {u"sku"_s}},
        {u"inventory"_s, u"inventory"_s, {u"sku"_s, u"location_id"_s}},
        {u"customer"_s, u"customers"_s, {u"id"_s}},
        {u"preference"_s, u"customer_preferences"_s, {u"customer_id"_s, u"key"_s}},
        {u"consent"_s, u"consents"_s, {u"customer_id"_s, u"kind"_s}},
        // Append-only history of consents (in the customer's scopes, like consents).
        {u"consent_event"_s, u"consent_events"_s, {u"id"_s}},
        {u"address"_s, u"addresses"_s, {u"id"_s}},
        {u"event"_s, u"customer_events"_s, {u"id"_s}},
        {u"order"_s, u"orders"_s, {u"id"_s}},
        {u"order_line"_s, u"order_lines"_s, {u"id"_s}},
        {u"order_status"_s, u"order_status_history"_s, {u"id"_s}},
        {u"payment"_s, u"payments"_s, {u"id"_s}},
        {u"refund"_s, u"refunds"_s, {u"id"_s}},
        {u"wishlist_item"_s, u"wishlist_items"_s, {u"customer_id"_s, u"sku"_s}},
        {u"cart_line"_s, u"cart_lines"_s, {u"id"_s}},
        {u"note"_s, u"notes"_s, {u"id"_s}},
        {u"task"_s, u"tasks"_s, {u"id"_s}},
        {u"reservation"_s, u"reservations"_s, {u"id"_s}},
        {u"transfer"_s, u"transfers"_s, {u"id"_s}},
        {u"delivery_option"_s, u"delivery_options"_s, {u"id"_s}},
        {u"gift_card"_s, u"gift_cards"_s, {u"id"_s}},
        {u"coupon"_s, u"coupons"_s, {u"code"_s}},
        {u"cash_count"_s, u"cash_counts"_s, {u"id"_s}},
    };
    return entities;
}

const Entity *byName(const QString &name)
{
    for (const Entity &entity : all()) {
        if (entity.name == name)
            return &entity;
    }
    return nullptr;
}

const Entity *byTable(const QString &table)
{
    for (const Entity &entity : all()) {
        if (entity.table == table)
            return &entity;
    }
    return nullptr;
}

QString keyOf(const Entity &entity, const QVariantMap &row)
{
    QStringList parts;
    parts.reserve(entity.keyColumns.size());
    for (const QString &column : entity.keyColumns)
        parts << row.value(column).toString();
    return parts.join(QChar(0x1f));
}

QString keyOf(const Entity &entity, const QJsonObject &row)
{
    QStringList parts;
    parts.reserve(entity.keyColumns.size());
    for (const QString &column : entity.keyColumns)
        parts << row.value(column).toVariant().toString();
    return parts.join(QChar(0x1f));
}

QVariantMap keyColumnsOf(const Entity &entity, const QVariantMap &row)
{
    QVariantMap key;
    for (const QString &column : entity.keyColumns)
        key.insert(column, row.value(column));
    return key;
}

} // namespace Entities
