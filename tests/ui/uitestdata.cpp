// SPDX-License-Identifier: MIT
#include "uitestdata.h"

#include "clock.h"
#include "database.h"
#include "demogenerator.h"
#include "entities.h"
#include "pinhash.h"
#include "rowstore.h"
#include "schema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

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
    {"ST-SCAR-01", "Silk twill scarf", "Costa", "scarves", 6900, "Green print", ""},
};

const char *const firstNames[] = {"María", "Ana", "Carmen", "Lucía", "Sofía", "Javier",
                                  "Pablo", "Daniel", "Laura", "Marta", "Seán", "Aoife",
                                  "Ciarán", "Niamh", "Elena", "Hugo", "Irene", "Mateo",
                                  "Paula", "Sergio"};
const char *const lastNames[] = {"García", "Fernández", "López", "Martínez", "Sánchez",
                                 "Pérez", "Gómez", "Muñoz", "Díaz", "Murphy", "Byrne",
                                 "O'Brien", "Romero", "Navarro", "Torres"};
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
    };
    for (const QStringList &l : locations)
        put("locations", {{u"id"_s, l[0]}, {u"kind"_s, u"store"_s}, {u"code"_s, l[0]},
                          {u"name"_s, l[1]}, {u"city"_s, l[2]}, {u"country"_s, l[3]},
                          {u"time_zone"_s, l[4]}, {u"currency"_s, u"EUR"_s}});

    const QString salt = PinHash::newSalt();
    const int iterations = 1000; // fast for tests; the format is the same
    put("staff", {{u"id"_s, u"stf-1001"_s}, {u"location_id"_s, u"MAD"_s},
                  {u"staff_number"_s, QString::fromLatin1(staffNumber)},
                  {u"display_name"_s, u"Lucía Martín"_s}, {u"role"_s, u"associate"_s},
                  {u"pin_salt"_s, salt},
                  {u"pin_hash"_s, PinHash::hash(QString::fromLatin1(pin), salt, iterations)},
                  {u"pin_iterations"_s, iterations}});
    put("staff", {{u"id"_s, u"stf-1002"_s}, {u"location_id"_s, u"MAD"_s},
                  {u"staff_number"_s, u"1002"_s}, {u"display_name"_s, u"Carlos Ruiz"_s},
                  {u"role"_s, u"manager"_s}, {u"pin_salt"_s, salt},
                  {u"pin_hash"_s, PinHash::hash(u"4321"_s, salt, iterations)},
                  {u"pin_iterations"_s, iterations}});

    for (const Style &style : styles) {
        put("styles", {{u"id"_s, QString::fromLatin1(style.id)},
                       {u"name"_s, QString::fromUtf8(style.name)},
                       {u"brand"_s, QString::fromUtf8(style.brand)},
                       {u"category"_s, QString::fromLatin1(style.category)},
                       {u"image"_s, QString(u"category/"_s + QString::fromLatin1(style.category))}});
        put("products", {{u"sku"_s, QString(QString::fromLatin1(style.id) + u"-1"_s)},
                         {u"style_id"_s, QString::fromLatin1(style.id)},
                         {u"colour"_s, QString::fromUtf8(style.colour)},
                         {u"size"_s, QString::fromLatin1(style.size)},
                         {u"price_minor"_s, style.priceMinor}, {u"currency"_s, u"EUR"_s}});
    }

    // José Muñoz, the showcase customer.
    const QString jose = QString::fromLatin1(joseId);
    put("customers", {{u"id"_s, jose}, {u"first_name"_s, u"José"_s},
                      {u"last_name"_s, u"Muñoz"_s}, {u"email"_s, u"jose.munoz@example.es"_s},
                      {u"phone"_s, u"+34 612 345 678"_s}, {u"phone_search"_s, u"34612345678"_s},
                      {u"loyalty_id"_s, QString::fromLatin1(joseLoyaltyId)},
                      {u"tier"_s, u"gold"_s}, {u"points"_s, 12480},
                      {u"lifetime_value_minor"_s, 486320}, {u"currency"_s, u"EUR"_s},
                      {u"home_location_id"_s, u"MAD"_s}, {u"language"_s, u"es"_s},
                      {u"created_at"_s, now - 3 * 365 * day}, {u"updated_at"_s, now - day}});
    put("consents", {{u"customer_id"_s, jose}, {u"kind"_s, u"email"_s}, {u"granted"_s, 1},
                     {u"changed_at"_s, now - 400 * day}, {u"channel"_s, u"web"_s}});
    put("consents", {{u"customer_id"_s, jose}, {u"kind"_s, u"sms"_s}, {u"granted"_s, 0},
                     {u"changed_at"_s, now - 90 * day}, {u"channel"_s, u"app"_s}});
    put("consents", {{u"customer_id"_s, jose}, {u"kind"_s, u"marketing"_s}, {u"granted"_s, 1},
                     {u"changed_at"_s, now - 400 * day}, {u"channel"_s, u"store"_s}});
    const QList<QStringList> preferences = {
        {u"size.top"_s, u"M"_s}, {u"size.bottom"_s, u"42"_s}, {u"size.shoe"_s, u"43"_s},
        {u"fit"_s, u"Slim"_s}, {u"colours"_s, u"Navy, grey, earth tones"_s},
        {u"contact_channel"_s, u"WhatsApp"_s}};
    for (const QStringList &p : preferences)
        put("customer_preferences", {{u"customer_id"_s, jose}, {u"key"_s, p[0]},
                                     {u"value"_s, p[1]}, {u"updated_at"_s, now - 30 * day}});
    put("wishlist_items", {{u"customer_id"_s, jose}, {u"sku"_s, skuOf(3)},
                           {u"added_at"_s, now - 5 * day}, {u"channel"_s, u"app"_s}});
    put("wishlist_items", {{u"customer_id"_s, jose}, {u"sku"_s, skuOf(5)},
                           {u"added_at"_s, now - 12 * day}, {u"channel"_s, u"web"_s}});
    put("cart_lines", {{u"id"_s, u"cl-jose-1"_s}, {u"customer_id"_s, jose}, {u"sku"_s, skuOf(0)},
                       {u"quantity"_s, 1}, {u"channel"_s, u"web"_s},
                       {u"fulfilment"_s, u"pick_up"_s}, {u"added_at"_s, now - 14 * hour}});
    put("cart_lines", {{u"id"_s, u"cl-jose-2"_s}, {u"customer_id"_s, jose}, {u"sku"_s, skuOf(6)},
                       {u"quantity"_s, 2}, {u"channel"_s, u"app"_s},
                       {u"fulfilment"_s, u"ship_to_home"_s}, {u"added_at"_s, now - 2 * day}});
    put("notes", {{u"id"_s, u"note-jose-1"_s}, {u"customer_id"_s, jose},
                  {u"author_id"_s, u"stf-1002"_s}, {u"author_name"_s, u"Carlos Ruiz"_s},
                  {u"body"_s, u"Prefers to be served by Lucía. Looking for a coat for his "
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
            {{u"id"_s, u"ev-jose-r%1"_s.arg(written)}, {u"customer_id"_s, jose},
             {u"kind"_s, QString::fromLatin1(r.kind)}, {u"channel"_s, QString::fromLatin1(r.channel)},
             {u"occurred_at"_s, now - r.ago},
             {u"sku"_s, r.style >= 0 ? skuOf(r.style) : QString()},
             {u"location_id"_s, QString::fromLatin1(r.location)}, {u"quantity"_s, r.style >= 0 ? 1 : 0},
             {u"amount_minor"_s, r.amount}, {u"currency"_s, r.amount ? u"EUR"_s : QString()},
             {u"title"_s, QString::fromUtf8(r.title)}, {u"detail"_s, QString::fromUtf8(r.detail)}});
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
            {{u"id"_s, u"ev-jose-%1"_s.arg(i, 5, 10, QChar(u'0'))}, {u"customer_id"_s, jose},
             {u"kind"_s, kind}, {u"channel"_s, channel},
             {u"occurred_at"_s, now - 45 * day - qint64(i) * 13 * hour},
             {u"sku"_s, product ? skuOf(style) : QString()}, {u"location_id"_s, location},
             {u"quantity"_s, product ? 1 : 0}, {u"amount_minor"_s, amount},
             {u"currency"_s, amount ? u"EUR"_s : QString()}, {u"title"_s, title}});
    }

    // Other customers, so search has company (three more Muñoz among them).
    for (int i = 0; i < 40; ++i) {
        const QString first = QString::fromUtf8(firstNames[i % std::size(firstNames)]);
        const QString last = QString::fromUtf8(lastNames[(i * 7) % std::size(lastNames)]);
        const QString id = u"cus-%1"_s.arg(i, 3, 10, QChar(u'0'));
        const QString phone = u"+34 6%1"_s.arg(10000000 + i * 7919);
        put("customers", {{u"id"_s, id}, {u"first_name"_s, first}, {u"last_name"_s, last},
                          {u"email"_s, u"%1.%2@example.com"_s.arg(first.toLower()).arg(i)},
                          {u"phone"_s, phone},
                          {u"phone_search"_s, QString(phone).remove(u'+').remove(u' ')},
                          {u"loyalty_id"_s, u"40000001%1"_s.arg(i, 5, 10, QChar(u'0'))},
                          {u"tier"_s, QString::fromLatin1(tiers[i % std::size(tiers)])},
                          {u"points"_s, i * 137}, {u"lifetime_value_minor"_s, i * 9731},
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

// Changes the central service refused, for the sync panel: a note and a cart line of José
// Muñoz, written as SyncEngine records them (sync_rejections).
bool addRefusedChanges(const QSqlDatabase &db)
{
    const QString customerId = Database::scalar(db,
                                                u"SELECT id FROM customers WHERE loyalty_id = ?"_s,
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
        {41, u"cart.add"_s, {{u"customerId"_s, customerId}, {u"sku"_s, u"SKU-SOLD-OUT"_s}},
         u"sold_out"_s, u"no stock left for SKU-SOLD-OUT"_s, 3 * hour},
        {42, u"note.add"_s,
         {{u"customerId"_s, customerId}, {u"body"_s, u"Wants the coat altered by Friday."_s}},
         u"not_allowed"_s, u"associate may not write notes for this customer"_s, 2 * hour},
    };
    for (const Refused &r : refused) {
        QSqlQuery insert = Database::prepare(
            db, u"INSERT OR REPLACE INTO sync_rejections (mutation_id, name, args, code, message,"
                " decided_at, dismissed) VALUES (?, ?, ?, ?, ?, ?, 0)"_s);
        insert.addBindValue(r.mutationId);
        insert.addBindValue(r.name);
        insert.addBindValue(QString::fromUtf8(QJsonDocument(r.args).toJson(QJsonDocument::Compact)));
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
            ok = Database::exec(query) && addRefusedChanges(db);
        }
    }
    Database::close(connection);
    return ok;
}

} // namespace

bool writeDatabase(const QString &path, int joseEvents, QString *error)
{
    return writeWith(
        path, [&](const QSqlDatabase &db) { return write(db, joseEvents, error); }, error);
}

bool writeDemoDatabase(const QString &path, int customers, const QDate &today, QString *error)
{
    return writeWith(
        path,
        [&](const QSqlDatabase &db) {
            DemoOptions options;
            options.customers = customers;
            options.referenceDate = today;
            return DemoGenerator(options).generate(db, error);
        },
        error);
}

} // namespace UiTestData
