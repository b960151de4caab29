// SPDX-License-Identifier: MIT
#include "uitestdata.h"

#include "checkouttestdata.h"

#include "clock.h"
#include "database.h"
#include "demodelivery.h"
#include "demogenerator.h"
#include "entities.h"
#include "pinhash.h"
#include "rowstore.h"
#include "schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace UiTestData {

namespace {

constexpr qint64 minute = 60 * 1000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

struct Style
{
    const char *id;
    const char *name;
    const char *brand;
    const char *category;
    qint64 priceMinor;
    const char *colour;
    const char *size;
};

const Style styles[] = {
    {"ST-KNIT-01", "Merino crew-neck jumper", "Altura", "knitwear", 8995, "Navy", "M"},
    {"ST-DRES-01", "Linen midi dress", "Costa", "dresses", 12900, "Sand", "38"},
    {"ST-SHOE-01", "Leather ankle boots", "Pisada", "shoes", 15950, "Cognac", "43"},
    {"ST-COAT-01", "Wool overcoat", "Altura", "outerwear", 27900, "Charcoal", "50"},
    {"ST-TROU-01", "Slim stretch chinos", "Costa", "trousers", 5995, "Stone", "42"},
    {"ST-BAGS-01", "Leather tote", "Pisada", "bags", 18900, "Black", ""},
    {"ST-SHIR-01", "Oxford button-down shirt", "Altura", "shirts", 4995, "Light blue", "M"},
    {"ST-SCAR-01", "Silk crêpe scarf", "Costa", "scarves", 6900, "Green print", ""},
};

// A style's variants: SKU suffix, colour, size, barcode, and stock at MAD, BCN, DUB, WH1
// (on hand, reserved, in transit). The jumper comes in two colours and four sizes; Navy L is
// sold out here but the other stores and the warehouse have it.
struct Variant
{
    int style;
    const char *suffix;
    const char *colour;
    const char *size;
    int sizeOrder;
    const char *barcode;
    int stock[4][3];
};

const Variant variants[] = {
    {0, "-1", "Navy", "M", 3, "8412345900013", {{4, 1, 0}, {2, 0, 0}, {0, 0, 0}, {25, 0, 0}}},
    {0, "-2", "Navy", "S", 2, "8412345900020", {{2, 0, 0}, {1, 0, 0}, {1, 0, 0}, {18, 0, 0}}},
    {0, "-3", "Navy", "L", 4, navyLargeBarcode, {{0, 0, 0}, {3, 1, 0}, {2, 0, 0}, {40, 0, 12}}},
    {0, "-4", "Navy", "XL", 5, "8412345900044", {{1, 0, 0}, {0, 0, 0}, {2, 0, 0}, {12, 0, 0}}},
    {0, "-5", "Grey", "S", 2, "8412345900051", {{1, 0, 0}, {2, 0, 0}, {0, 0, 0}, {9, 0, 0}}},
    {0, "-6", "Grey", "M", 3, "8412345900068", {{3, 0, 0}, {1, 0, 0}, {1, 0, 0}, {14, 0, 0}}},
    {0, "-7", "Grey", "L", 4, "8412345900075", {{0, 0, 2}, {1, 0, 0}, {1, 0, 0}, {6, 0, 0}}},
    {1, "-1", "Sand", "38", 38, "8412345900105", {{2, 0, 0}, {1, 0, 0}, {1, 0, 0}, {18, 0, 0}}},
    {2, "-1", "Cognac", "43", 43, "8412345900204", {{2, 0, 0}, {1, 0, 0}, {1, 0, 0}, {18, 0, 0}}},
    {3, "-1", "Charcoal", "50", 50, "8412345900303", {{1, 0, 0}, {1, 0, 0}, {1, 0, 0}, {8, 0, 0}}},
    {4, "-1", "Stone", "42", 42, "8412345900402", {{2, 0, 0}, {1, 0, 0}, {1, 0, 0}, {18, 0, 0}}},
    {5, "-1", "Black", "", 0, "8412345900501", {{2, 0, 0}, {1, 0, 0}, {1, 0, 0}, {10, 0, 0}}},
    {6, "-1", "Light blue", "M", 3, "8412345900600", {{5, 2, 0}, {1, 0, 0}, {1, 0, 0}, {30, 0, 0}}},
    {7, "-1", "Green print", "", 0, "8412345900709", {{2, 0, 0}, {1, 0, 0}, {1, 0, 0}, {7, 0, 0}}},
};

const char *const firstNames[] = {"María",  "Ana",   "Carmen", "Lucía", "Sofía", "Javier", "Pablo",
                                  "Daniel", "Laura", "Marta",  "Seán",  "Aoife", "Ciarán", "Niamh",
                                  "Elena",  "Hugo",  "Irene",  "Mateo", "Paula", "Sergio"};
const char *const lastNames[]
    = {"García", "Fernández", "López", "Martínez", "Sánchez", "Pérez",   "Gómez", "Muñoz",
       "Díaz",   "Murphy",    "Byrne", "O'Brien",  "Romero",  "Navarro", "Torres"};
const char *const tiers[] = {"member", "member", "silver", "gold", "platinum"};

QString skuOf(int style)
{
    return QString(QString::fromLatin1(styles[style].id) + u"-1"_s);
}

} // namespace

bool write(const QSqlDatabase &db, int joseEvents, QString *error)
{
    RowStore rows(db);
    SqlTransaction transaction(db);
    const qint64 now = Clock::nowMs();
    bool ok = true;
    auto put = [&](const char *table, const QVariantMap &row) {
        const Entity *entity = Entities::byTable(QString::fromLatin1(table));
        if (ok && !(entity && rows.put(*entity, row))) {
            ok = false;
            if (error)
                *error = u"could not write a row of %1"_s.arg(QString::fromLatin1(table));
        }
    };

    const QList<QStringList> locations = {
        {u"MAD"_s, u"Madrid Serrano"_s, u"Madrid"_s, u"ES"_s, u"Europe/Madrid"_s},
        {u"BCN"_s, u"Barcelona Passeig de Gràcia"_s, u"Barcelona"_s, u"ES"_s, u"Europe/Madrid"_s},
        {u"DUB"_s, u"Dublin Grafton Street"_s, u"Dublin"_s, u"IE"_s, u"Europe/Dublin"_s},
        {u"WH1"_s, u"Zaragoza Warehouse"_s, u"Zaragoza"_s, u"ES"_s, u"Europe/Madrid"_s},
    };
    // Where they are, so stock elsewhere reads with its distance from Madrid.
    const double coordinates[][2]
        = {{40.4297, -3.6874}, {41.3927, 2.1649}, {53.3418, -6.2602}, {41.6488, -0.8891}};
    for (qsizetype i = 0; i < locations.size(); ++i) {
        const QStringList &l = locations[i];
        put("locations",
            {{u"id"_s, l[0]},
             {u"kind"_s, l[0] == u"WH1"_s ? u"warehouse"_s : u"store"_s},
             {u"code"_s, l[0]},
             {u"name"_s, l[1]},
             {u"city"_s, l[2]},
             {u"country"_s, l[3]},
             {u"time_zone"_s, l[4]},
             {u"currency"_s, u"EUR"_s},
             {u"latitude"_s, coordinates[i][0]},
             {u"longitude"_s, coordinates[i][1]}});
    }

    const QString salt = PinHash::newSalt();
    const int iterations = 0; // Argon2id: the cost is in the hash (the least, for speed)
    put("staff",
        {{u"id"_s, u"stf-1001"_s},
         {u"location_id"_s, u"MAD"_s},
         {u"staff_number"_s, QString::fromLatin1(staffNumber)},
         {u"display_name"_s, u"Lucía Martín"_s},
         {u"role"_s, u"associate"_s},
         {u"pin_salt"_s, salt},
         {u"pin_hash"_s, PinHash::hash(QString::fromLatin1(pin), PinHash::fastCostForTests)},
         {u"pin_iterations"_s, iterations}});
    put("staff",
        {{u"id"_s, u"stf-1002"_s},
         {u"location_id"_s, u"MAD"_s},
         {u"staff_number"_s, u"1002"_s},
         {u"display_name"_s, u"Carlos Ruiz"_s},
         {u"role"_s, u"manager"_s},
         {u"pin_salt"_s, salt},
         {u"pin_hash"_s, PinHash::hash(u"4321"_s, PinHash::fastCostForTests)},
         {u"pin_iterations"_s, iterations}});

    for (const Style &style : styles) {
        put("styles",
            {{u"id"_s, QString::fromLatin1(style.id)},
             {u"name"_s, QString::fromUtf8(style.name)},
             {u"brand"_s, QString::fromUtf8(style.brand)},
             {u"category"_s, QString::fromLatin1(style.category)},
             {u"image"_s, QString(u"category/"_s + QString::fromLatin1(style.category))}});
    }
    // Every variant with its barcode, and its stock in the three stores and the warehouse.
    for (const Variant &variant : variants) {
        const Style &style = styles[variant.style];
        const QString sku = QString::fromLatin1(style.id) + QString::fromLatin1(variant.suffix);
        put("products",
            {{u"sku"_s, sku},
             {u"style_id"_s, QString::fromLatin1(style.id)},
             {u"colour"_s, QString::fromUtf8(variant.colour)},
             {u"size"_s, QString::fromLatin1(variant.size)},
             {u"size_order"_s, variant.sizeOrder},
             {u"barcode"_s, QString::fromLatin1(variant.barcode)},
             {u"price_minor"_s, style.priceMinor},
             {u"currency"_s, u"EUR"_s}});
        const qint64 countedAgo[] = {2 * hour, 5 * hour, 26 * hour, 30 * minute};
        for (qsizetype i = 0; i < locations.size(); ++i)
            put("inventory",
                {{u"sku"_s, sku},
                 {u"location_id"_s, locations[i][0]},
                 {u"on_hand"_s, variant.stock[i][0]},
                 {u"reserved"_s, variant.stock[i][1]},
                 {u"in_transit"_s, variant.stock[i][2]},
                 {u"counted_at"_s, now - countedAgo[i]},
                 {u"updated_at"_s, now}});
    }
    // As if the tablet last heard from the central service three hours ago: its copy of the
    // stock is shown with that age.
    {
        QSqlQuery state = Database::prepare(
            db, u"INSERT OR REPLACE INTO sync_state (key, value) VALUES ('last_sync_at', ?)"_s);
        state.addBindValue(QString::number(now - 3 * hour));
        if (ok && !Database::exec(state)) {
            ok = false;
            if (error)
                *error = u"could not write the last sync time"_s;
        }
    }

    // José Muñoz, the showcase customer.
    const QString jose = QString::fromLatin1(joseId);
    put("customers",
        {{u"id"_s, jose},
         {u"first_name"_s, u"José"_s},
         {u"last_name"_s, u"Muñoz"_s},
         {u"email"_s, u"jose.munoz@example.es"_s},
         {u"phone"_s, u"+34 612 345 678"_s},
         {u"phone_search"_s, u"34612345678"_s},
         {u"loyalty_id"_s, QString::fromLatin1(joseLoyaltyId)},
         {u"tier"_s, u"gold"_s},
         {u"points"_s, 12480},
         {u"lifetime_value_minor"_s, 486320},
         {u"currency"_s, u"EUR"_s},
         {u"home_location_id"_s, u"MAD"_s},
         {u"language"_s, u"es"_s},
         {u"created_at"_s, now - 3 * 365 * day},
         {u"updated_at"_s, now - day}});
    put("consents",
        {{u"customer_id"_s, jose},
         {u"kind"_s, u"email"_s},
         {u"granted"_s, 1},
         {u"changed_at"_s, now - 400 * day},
         {u"channel"_s, u"web"_s}});
    put("consents",
        {{u"customer_id"_s, jose},
         {u"kind"_s, u"sms"_s},
         {u"granted"_s, 0},
         {u"changed_at"_s, now - 90 * day},
         {u"channel"_s, u"app"_s}});
    put("consents",
        {{u"customer_id"_s, jose},
         {u"kind"_s, u"marketing"_s},
         {u"granted"_s, 1},
         {u"changed_at"_s, now - 400 * day},
         {u"channel"_s, u"store"_s}});
    const QList<QStringList> preferences = {{u"size.top"_s, u"M"_s},
                                            {u"size.bottom"_s, u"42"_s},
                                            {u"size.shoe"_s, u"43"_s},
                                            {u"fit"_s, u"Slim"_s},
                                            {u"colours"_s, u"Navy, grey, earth tones"_s},
                                            {u"contact_channel"_s, u"WhatsApp"_s}};
    for (const QStringList &p : preferences)
        put("customer_preferences",
            {{u"customer_id"_s, jose},
             {u"key"_s, p[0]},
             {u"value"_s, p[1]},
             {u"updated_at"_s, now - 30 * day}});
    put("addresses",
        {{u"id"_s, u"ad-jose-home"_s},
         {u"customer_id"_s, jose},
         {u"label"_s, u"home"_s},
         {u"recipient"_s, u"José Muñoz"_s},
         {u"line1"_s, u"Calle de Velázquez, 84"_s},
         {u"line2"_s, u"3º B"_s},
         {u"city"_s, u"Madrid"_s},
         {u"postcode"_s, u"28006"_s},
         {u"region"_s, u"Madrid"_s},
         {u"country"_s, u"ES"_s},
         {u"phone"_s, u"+34 612 345 678"_s},
         {u"is_default"_s, 1},
         {u"updated_at"_s, now - 200 * day}});
    put("wishlist_items",
        {{u"customer_id"_s, jose},
         {u"sku"_s, skuOf(3)},
         {u"added_at"_s, now - 5 * day},
         {u"channel"_s, u"app"_s}});
    put("wishlist_items",
        {{u"customer_id"_s, jose},
         {u"sku"_s, skuOf(5)},
         {u"added_at"_s, now - 12 * day},
         {u"channel"_s, u"web"_s}});
    put("cart_lines",
        {{u"id"_s, u"cl-jose-1"_s},
         {u"customer_id"_s, jose},
         {u"sku"_s, skuOf(0)},
         {u"quantity"_s, 1},
         {u"channel"_s, u"web"_s},
         {u"fulfilment"_s, u"pick_up"_s},
         {u"added_at"_s, now - 14 * hour}});
    put("cart_lines",
        {{u"id"_s, u"cl-jose-2"_s},
         {u"customer_id"_s, jose},
         {u"sku"_s, skuOf(6)},
         {u"quantity"_s, 2},
         {u"channel"_s, u"app"_s},
         {u"fulfilment"_s, u"ship_to_home"_s},
         {u"added_at"_s, now - 2 * day}});
    put("notes",
        {{u"id"_s, u"note-jose-1"_s},
         {u"customer_id"_s, jose},
         {u"author_id"_s, u"stf-1002"_s},
         {u"author_name"_s, u"Carlos Ruiz"_s},
         {u"body"_s,
          u"Prefers to be served by Lucía. Looking for a coat for his "
          "daughter's wedding in March."_s},
         {u"created_at"_s, now - 20 * day}});

    // His history: the latest touch points first (what the associate should see), then years
    // of older events in every channel.
    struct Recent
    {
        const char *kind;
        const char *channel;
        qint64 ago;
        int style;
        const char *location;
        qint64 amount;
        const char *title;
        const char *detail;
    };
    const Recent recent[] = {
        {"viewed", "web", 14 * hour, 0, "", 0, "", ""},
        {"cart_add", "web", 14 * hour - 5 * minute, 0, "", 0, "", ""},
        {"viewed", "web", 14 * hour + 10 * minute, 3, "", 0, "", ""},
        {"viewed", "app", 2 * day, 6, "", 0, "", ""},
        // An order's progress: the order number and a status code, as the order mutators write.
        {"order_status", "store", 3 * day, -1, "MAD", 0, "S-20931", "collected"},
        {"purchased", "store", 6 * day, 2, "MAD", 15950, "", ""},
        {"contacted", "call_centre", 15 * day, -1, "", 0, "Asked about a late delivery",
         "Order W-48213 arrived two days late; refunded the delivery charge."},
        {"campaign_opened", "email", 18 * day, -1, "", 0, "Autumn preview: new knitwear", ""},
        {"purchased", "web", 40 * day, 4, "", 11990, "", "Home delivery"},
        {"returned", "store", 33 * day, 4, "BCN", -5995, "", "Too long in the leg"},
    };
    int written = 0;
    for (const Recent &r : recent) {
        if (written >= joseEvents)
            break;
        put("customer_events",
            {{u"id"_s, u"ev-jose-r%1"_s.arg(written)},
             {u"customer_id"_s, jose},
             {u"kind"_s, QString::fromLatin1(r.kind)},
             {u"channel"_s, QString::fromLatin1(r.channel)},
             {u"occurred_at"_s, now - r.ago},
             {u"sku"_s, r.style >= 0 ? skuOf(r.style) : QString()},
             {u"location_id"_s, QString::fromLatin1(r.location)},
             {u"quantity"_s, r.style >= 0 ? 1 : 0},
             {u"amount_minor"_s, r.amount},
             {u"currency"_s, r.amount ? u"EUR"_s : QString()},
             {u"title"_s, QString::fromUtf8(r.title)},
             {u"detail"_s, QString::fromUtf8(r.detail)}});
        ++written;
    }
    QRandomGenerator random(20261125);
    const char *const channels[] = {"web", "app", "store", "call_centre", "email"};
    for (int i = written; i < joseEvents; ++i) {
        const QString channel = QString::fromLatin1(channels[random.bounded(5)]);
        const int style = random.bounded(int(std::size(styles)));
        QString kind = u"viewed"_s;
        QString title;
        QString location;
        qint64 amount = 0;
        if (channel == u"store"_s) {
            kind = u"purchased"_s;
            location = random.bounded(3) ? u"MAD"_s : u"BCN"_s;
            amount = styles[style].priceMinor;
        } else if (channel == u"call_centre"_s) {
            kind = u"contacted"_s;
            title = u"Called about an order"_s;
        } else if (channel == u"email"_s) {
            kind = u"campaign_opened"_s;
            title = u"Newsletter"_s;
        } else if (random.bounded(6) == 0) {
            kind = u"purchased"_s;
            amount = styles[style].priceMinor;
        }
        const bool product = kind == u"viewed"_s || kind == u"purchased"_s;
        put("customer_events",
            {{u"id"_s, u"ev-jose-%1"_s.arg(i, 5, 10, QChar(u'0'))},
             {u"customer_id"_s, jose},
             {u"kind"_s, kind},
             {u"channel"_s, channel},
             {u"occurred_at"_s, now - 45 * day - qint64(i) * 13 * hour},
             {u"sku"_s, product ? skuOf(style) : QString()},
             {u"location_id"_s, location},
             {u"quantity"_s, product ? 1 : 0},
             {u"amount_minor"_s, amount},
             {u"currency"_s, amount ? u"EUR"_s : QString()},
             {u"title"_s, title}});
    }

    // Other customers, so search has company (three more Muñoz among them).
    for (int i = 0; i < 40; ++i) {
        const QString first = QString::fromUtf8(firstNames[i % std::size(firstNames)]);
        const QString last = QString::fromUtf8(lastNames[(i * 7) % std::size(lastNames)]);
        const QString id = u"cus-%1"_s.arg(i, 3, 10, QChar(u'0'));
        const QString phone = u"+34 6%1"_s.arg(10000000 + i * 7919);
        put("customers",
            {{u"id"_s, id},
             {u"first_name"_s, first},
             {u"last_name"_s, last},
             {u"email"_s, u"%1.%2@example.com"_s.arg(first.toLower()).arg(i)},
             {u"phone"_s, phone},
             {u"phone_search"_s, QString(phone).remove(u'+').remove(u' ')},
             {u"loyalty_id"_s, u"40000001%1"_s.arg(i, 5, 10, QChar(u'0'))},
             {u"tier"_s, QString::fromLatin1(tiers[i % std::size(tiers)])},
             {u"points"_s, i * 137},
             {u"lifetime_value_minor"_s, i * 9731},
             {u"home_location_id"_s, locations[i % 3][0]},
             {u"created_at"_s, now - (100 + i * 20) * day}});
    }

    if (ok && !transaction.commit()) {
        ok = false;
        if (error)
            *error = u"could not commit the test data"_s;
    }
    return ok;
}

namespace {

/** What the order scenes are made of in a store: whose orders, and which SKUs. */
struct Scenes
{
    QString customerId; // José Muñoz
    QString otherCustomerId;
    QString shirtSku; // picked up
    QString dressSku; // another customer's pick-up
    QString missingSku; // the line without stock
    QString scarfSku;
    QString coatSku; // shipped
};

// The orders of the screens: see uitestdata.h.
bool writeScenes(const QSqlDatabase &db, const Scenes &s, QString *error)
{
    RowStore rows(db);
    const qint64 now = Clock::nowMs();
    bool ok = true;
    auto put = [&](const char *table, const QVariantMap &row) {
        const Entity *entity = Entities::byTable(QString::fromLatin1(table));
        if (ok && !(entity && rows.put(*entity, row))) {
            ok = false;
            if (error)
                *error = u"could not write a row of %1"_s.arg(QString::fromLatin1(table));
        }
    };
    const QString home
        = QString::fromUtf8(QJsonDocument(QJsonObject {{u"recipient"_s, u"José Muñoz"_s},
                                                       {u"line1"_s, u"Calle de Velázquez, 84"_s},
                                                       {u"line2"_s, u"3º B"_s},
                                                       {u"postcode"_s, u"28006"_s},
                                                       {u"city"_s, u"Madrid"_s},
                                                       {u"country"_s, u"ES"_s}})
                                .toJson(QJsonDocument::Compact));
    auto price = [&](const QString &sku) {
        return Database::scalar(db, u"SELECT price_minor FROM products WHERE sku = ?"_s, {sku})
            .toLongLong();
    };
    struct Line
    {
        QString sku;
        int quantity;
        QString fulfilment;
        QString source;
        QString status;
    };
    struct History
    {
        QString status;
        qint64 ago;
        QString carrier;
        QString tracking;
        QString detail;
        QString source;
    };
    auto order
        = [&](const QString &id, const QString &number, const QString &customer,
              const QString &channel, const QString &status, qint64 ago, const QVariantMap &extra,
              const QList<Line> &lines, const QList<History> &history) {
              qint64 subtotal = 0;
              qint64 tax = 0;
              int lineNo = 0;
              for (const Line &line : lines) {
                  const qint64 total = price(line.sku) * line.quantity;
                  const qint64 lineTax = total - total * 100 / 121; // 21 % VAT included
                  subtotal += total;
                  tax += lineTax;
                  ++lineNo;
                  put("order_lines",
                      {{u"id"_s, u"%1-%2"_s.arg(id).arg(lineNo)},
                       {u"order_id"_s, id},
                       {u"line_no"_s, lineNo},
                       {u"sku"_s, line.sku},
                       {u"quantity"_s, line.quantity},
                       {u"unit_price_minor"_s, price(line.sku)},
                       {u"tax_minor"_s, lineTax},
                       {u"total_minor"_s, total},
                       {u"fulfilment"_s, line.fulfilment},
                       {u"source_location_id"_s, line.source},
                       {u"status"_s, line.status}});
              }
              const qint64 shipping = extra.value(u"shipping_minor"_s).toLongLong();
              QVariantMap row = {{u"id"_s, id},
                                 {u"number"_s, number},
                                 {u"customer_id"_s, customer},
                                 {u"channel"_s, channel},
                                 {u"location_id"_s, u"MAD"_s},
                                 {u"status"_s, status},
                                 {u"currency"_s, u"EUR"_s},
                                 {u"subtotal_minor"_s, subtotal},
                                 {u"tax_minor"_s, tax},
                                 {u"total_minor"_s, subtotal + shipping},
                                 {u"payment_status"_s, u"paid"_s},
                                 {u"created_at"_s, now - ago},
                                 {u"updated_at"_s, now}};
              row.insert(extra);
              put("orders", row);
              int entryNo = 0;
              for (const History &entry : history)
                  put("order_status_history",
                      {{u"id"_s, u"%1-h%2"_s.arg(id).arg(++entryNo)},
                       {u"order_id"_s, id},
                       {u"status"_s, entry.status},
                       {u"occurred_at"_s, now - entry.ago},
                       {u"carrier"_s, entry.carrier},
                       {u"tracking_number"_s, entry.tracking},
                       {u"detail"_s, entry.detail},
                       {u"source"_s, entry.source}});
          };

    // At the counter: another customer's app order, ready in Madrid.
    order(u"ord-ui-pickup-ready"_s, QString::fromLatin1(readyPickupNumber), s.otherCustomerId,
          u"app"_s, u"ready_for_pickup"_s, 2 * day,
          {{u"pickup_location_id"_s, u"MAD"_s}, {u"pickup_deadline"_s, now + 5 * day}},
          {{s.shirtSku, 2, u"pick_up"_s, u"MAD"_s, u"allocated"_s}},
          {{u"placed"_s, 2 * day, {}, {}, {}, u"app"_s},
           {u"allocated"_s, 2 * day - 10 * minute, {}, {}, {}, u"service"_s},
           {u"ready_for_pickup"_s, day, {}, {}, {}, u"store"_s}});
    // José's pick-up, its stock on its way from Barcelona.
    order(u"ord-ui-pickup-preparing"_s, QString::fromLatin1(preparingPickupNumber), s.customerId,
          u"web"_s, u"allocated"_s, 5 * hour,
          {{u"pickup_location_id"_s, u"MAD"_s}, {u"pickup_deadline"_s, now + 7 * day}},
          {{s.dressSku, 1, u"pick_up"_s, u"BCN"_s, u"allocated"_s}},
          {{u"placed"_s, 5 * hour, {}, {}, {}, u"web"_s},
           {u"allocated"_s, 5 * hour - 2 * minute, {}, {}, {}, u"service"_s}});
    // José's web order: one line found no stock where it was to come from.
    const QString attention = u"ord-ui-attention"_s;
    QJsonArray alternatives;
    alternatives.append(QJsonObject {{u"locationId"_s, u"BCN"_s},
                                     {u"name"_s, u"Barcelona Passeig de Gràcia"_s},
                                     {u"kind"_s, u"store"_s},
                                     {u"available"_s, 2}});
    alternatives.append(QJsonObject {{u"locationId"_s, u"WH1"_s},
                                     {u"name"_s, u"Zaragoza Warehouse"_s},
                                     {u"kind"_s, u"warehouse"_s},
                                     {u"available"_s, 40}});
    QJsonObject unallocated;
    unallocated.insert(u"lineId"_s, QString(attention + u"-1"_s));
    unallocated.insert(u"alternatives"_s, alternatives);
    QJsonObject detail;
    detail.insert(u"unallocated"_s, QJsonArray {unallocated});
    order(attention, QString::fromLatin1(attentionOrderNumber), s.customerId, u"web"_s,
          u"needs_action"_s, 3 * hour,
          {{u"delivery_address"_s, home},
           {u"delivery_option"_s, u"ES-STD"_s},
           {u"shipping_minor"_s, DemoData::deliveryOption("ES-STD")->priceMinor},
           {u"status_detail"_s,
            QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))}},
          {{s.missingSku, 1, u"ship_to_home"_s, u"MAD"_s, u"unallocated"_s},
           {s.scarfSku, 1, u"ship_to_home"_s, u"WH1"_s, u"allocated"_s}},
          {{u"placed"_s, 3 * hour, {}, {}, {}, u"web"_s},
           {u"needs_action"_s, 3 * hour - 2 * minute, {}, {}, {}, u"service"_s}});
    // José's coat on its way: the carrier's webhook reported each step.
    order(u"ord-ui-shipped"_s, QString::fromLatin1(shippedOrderNumber), s.customerId, u"web"_s,
          u"shipped"_s, 3 * day,
          {{u"delivery_address"_s, home},
           {u"delivery_option"_s, u"ES-EXP"_s},
           {u"shipping_minor"_s, DemoData::deliveryOption("ES-EXP")->priceMinor}},
          {{s.coatSku, 1, u"ship_to_home"_s, u"WH1"_s, u"shipped"_s}},
          {{u"placed"_s, 3 * day, {}, {}, {}, u"web"_s},
           {u"allocated"_s, 3 * day - hour, {}, {}, {}, u"service"_s},
           {u"shipped"_s, 2 * day, u"SEUR"_s, u"SEU4829103XY"_s, u"Left the Zaragoza hub"_s,
            u"carrier"_s}});
    return ok;
}

// Changes the central service refused, for the sync panel: a note and a cart line of José
// Muñoz, written as SyncEngine records them (sync_rejections).
bool addRefusedChanges(const QSqlDatabase &db)
{
    const QString customerId
        = Database::scalar(db, u"SELECT id FROM customers WHERE loyalty_id = ?"_s,
                           {QString::fromLatin1(joseLoyaltyId)})
              .toString();
    struct Refused
    {
        qint64 mutationId;
        QString name;
        QJsonObject args;
        QString code;
        QString message;
        qint64 ago;
    };
    const QList<Refused> refused = {
        {41,
         u"cart.add"_s,
         {{u"customerId"_s, customerId}, {u"sku"_s, u"SKU-SOLD-OUT"_s}},
         u"sold_out"_s,
         u"no stock left for SKU-SOLD-OUT"_s,
         3 * hour},
        {42,
         u"note.add"_s,
         {{u"customerId"_s, customerId}, {u"body"_s, u"Wants the coat altered by Friday."_s}},
         u"not_allowed"_s,
         u"associate may not write notes for this customer"_s,
         2 * hour},
    };
    for (const Refused &r : refused) {
        QSqlQuery insert = Database::prepare(
            db,
            u"INSERT OR REPLACE INTO sync_rejections (mutation_id, name, args, code, message,"
            " decided_at, dismissed) VALUES (?, ?, ?, ?, ?, ?, 0)"_s);
        insert.addBindValue(r.mutationId);
        insert.addBindValue(r.name);
        insert.addBindValue(
            QString::fromUtf8(QJsonDocument(r.args).toJson(QJsonDocument::Compact)));
        insert.addBindValue(r.code);
        insert.addBindValue(r.message);
        insert.addBindValue(Clock::nowMs() - r.ago);
        if (!Database::exec(insert))
            return false;
    }
    return true;
}

bool writeWith(const QString &path, const std::function<bool(const QSqlDatabase &)> &fill,
               QString *error)
{
    const QString connection = u"ui-test-data"_s;
    bool ok = false;
    {
        QSqlDatabase db = Database::openSqlite(path, connection, error);
        ok = db.isOpen() && Database::migrate(db, Schema::clientMigrations(), error) && fill(db);
        if (ok) {
            QSqlQuery query = Database::prepare(
                db, u"INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"_s);
            query.addBindValue(u"device.location_id"_s);
            query.addBindValue(QString::fromLatin1(storeId));
            ok = Database::exec(query) && addRefusedChanges(db) && addCheckoutData(db);
        }
    }
    Database::close(connection);
    return ok;
}

} // namespace

bool writeDatabase(const QString &path, int joseEvents, QString *error)
{
    return writeWith(
        path,
        [&](const QSqlDatabase &db) {
            const Scenes scenes {
                QString::fromLatin1(joseId),       u"cus-004"_s, skuOf(6), skuOf(1),
                QString::fromLatin1(navyLargeSku), skuOf(7),     skuOf(3)};
            // The chain's delivery options and coupons, as the generator writes them.
            return write(db, joseEvents, error) && DemoGenerator::writeOffers(db, error)
                && writeScenes(db, scenes, error);
        },
        error);
}

bool writeDemoDatabase(const QString &path, int customers, const QDate &today, QString *error)
{
    return writeWith(
        path,
        [&](const QSqlDatabase &db) {
            DemoOptions options;
            options.customers = customers;
            options.referenceDate = today;
            if (!DemoGenerator(options).generate(db, error))
                return false;
            // The showcase's products: the first SKU of a style in a size.
            auto sku = [&](const QString &style, const QString &size) {
                const QString any = u"SELECT p.sku FROM products p JOIN styles s ON"
                                    " s.id = p.style_id WHERE s.name = ?"_s;
                return size.isEmpty()
                    ? Database::scalar(db, any + u" ORDER BY p.sku LIMIT 1"_s, {style}).toString()
                    : Database::scalar(db, any + u" AND p.size = ? ORDER BY p.sku LIMIT 1"_s,
                                       {style, size})
                          .toString();
            };
            const Scenes scenes {u"C000000001"_s,
                                 u"C000000002"_s,
                                 sku(u"Oxford Shirt"_s, u"M"_s),
                                 sku(u"Floral Midi Dress"_s, u"M"_s),
                                 sku(u"Merino Crew Neck Jumper"_s, u"L"_s),
                                 sku(u"Silk Square Scarf"_s, {}),
                                 sku(u"Wool Blend Overcoat"_s, u"M"_s)};
            return writeScenes(db, scenes, error);
        },
        error);
}

} // namespace UiTestData
