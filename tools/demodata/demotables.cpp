// SPDX-License-Identifier: MIT
#include "demotables.h"
#include "demogenerator.h"
#include "phonenumbers.h"
#include "pinhash.h"

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <thread>

namespace Demo {

RowId::RowId(const char *prefix, qint64 number, int digits)
{
    while (*prefix && m_size < 8)
        m_text[m_size++] = *prefix++;
    char *end = m_text + m_size + digits;
    for (char *p = end - 1; p >= m_text + m_size; --p) {
        *p = char('0' + number % 10);
        number /= 10;
    }
    m_size += digits;
}

Tables::Tables(Writer &w, const Catalogue &catalogue, const Timeline &timeline)
    : m_catalogue(catalogue)
    , m_timeline(timeline)
    , m_locations(w.table("locations",
                          {"id", "kind", "code", "name", "address_line", "city", "postcode",
                           "country", "latitude", "longitude", "time_zone", "currency",
                           "vat_rate_bp", "phone", "email", "updated_at"}))
    , m_staff(w.table("staff",
                      {"id", "location_id", "staff_number", "display_name", "role", "pin_salt",
                       "pin_hash", "pin_iterations", "active", "updated_at"}))
    , m_styles(w.table(
          "styles",
          {"id", "name", "brand", "category", "subcategory", "description", "image", "updated_at"}))
    , m_products(w.table("products",
                         {"sku", "style_id", "colour", "size", "size_order", "barcode",
                          "price_minor", "currency", "active", "updated_at"}))
    , m_inventory(w.table(
          "inventory",
          {"sku", "location_id", "on_hand", "reserved", "in_transit", "counted_at", "updated_at"}))
    , m_customers(w.table("customers",
                          {"id", "first_name", "last_name", "email", "phone", "phone_search",
                           "phone_e164", "loyalty_id", "tier", "points", "lifetime_value_minor",
                           "currency", "home_location_id", "language", "birth_date", "created_at",
                           "updated_at", "version"}))
    , m_preferences(w.table("customer_preferences",
                            {"customer_id", "key", "value", "updated_at", "updated_by", "version"}))
    , m_consents(w.table("consents",
                         {"customer_id", "kind", "granted", "changed_at", "channel", "changed_by"}))
    , m_consentEvents(w.table("consent_events",
                              {"id", "customer_id", "kind", "granted", "channel", "changed_by",
                               "changed_at"}))
    , m_addresses(w.table("addresses",
                          {"id", "customer_id", "label", "recipient", "line1", "line2", "city",
                           "postcode", "region", "country", "phone", "is_default", "updated_at"}))
    , m_events(w.table("customer_events",
                       {"id", "customer_id", "kind", "channel", "occurred_at", "sku", "location_id",
                        "order_id", "quantity", "amount_minor", "currency", "title", "detail",
                        "status", "carrier", "tracking_number"}))
    , m_orders(w.table("orders",
                       {"id",
                        "number",
                        "external_id",
                        "customer_id",
                        "channel",
                        "location_id",
                        "associate_id",
                        "status",
                        "currency",
                        "subtotal_minor",
                        "discount_minor",
                        "tax_minor",
                        "shipping_minor",
                        "total_minor",
                        "pickup_location_id",
                        "pickup_deadline",
                        "delivery_address",
                        "delivery_option",
                        "status_detail",
                        "created_at",
                        "updated_at"}))
    , m_orderLines(w.table("order_lines",
                           {"id", "order_id", "line_no", "sku", "quantity", "unit_price_minor",
                            "discount_minor", "tax_minor", "total_minor", "fulfilment",
                            "source_location_id", "status", "returned_quantity"}))
    , m_orderStatus(w.table("order_status_history",
                            {"id", "order_id", "status", "occurred_at", "carrier",
                             "tracking_number", "detail", "source"}))
    , m_payments(w.table("payments",
                         {"id", "order_id", "tender", "amount_minor", "currency", "status",
                          "card_brand", "card_last4", "terminal_reference", "gift_card_id",
                          "associate_id", "created_at"}))
    , m_refunds(w.table("refunds",
                        {"id", "order_id", "payment_id", "tender", "amount_minor", "currency",
                         "status", "terminal_reference", "associate_id", "reason", "created_at"}))
    , m_wishlist(w.table("wishlist_items", {"customer_id", "sku", "added_at", "channel"}))
    , m_cart(w.table("cart_lines",
                     {"id", "customer_id", "sku", "quantity", "channel", "fulfilment",
                      "source_location_id", "added_at", "updated_at"}))
    , m_notes(w.table("notes",
                      {"id", "customer_id", "author_id", "author_name", "body", "created_at",
                       "updated_at", "version"}))
    , m_tasks(w.table("tasks",
                      {"id", "customer_id", "assignee_id", "title", "due_at", "done", "created_at",
                       "updated_at"}))
{ }

int Tables::writeLocations()
{
    const qint64 at = m_timeline.now() - 400 * Timeline::day;
    for (int i = 0; i < Places::locationCount; ++i) {
        const Places::Location &l = Places::location(i);
        m_locations << l.id << l.kind << l.id << l.name << l.addressLine << l.city << l.postcode
                    << l.country << l.latitude << l.longitude << l.timeZone << "EUR" << l.vatRateBp
                    << l.phone << l.email << at;
        m_locations.end();
    }
    return Places::locationCount;
}

int Tables::writeStaff(Rng &rng)
{
    struct Member
    {
        int store;
        int k;
        std::string number;
        QString pin;
        QString salt;
        QString hash;
    };
    std::vector<Member> staff;
    for (int store = 0; store < Places::storeCount; ++store) {
        for (int k = 0; k < Places::staffPerStore; ++k) {
            Member member {store, k, std::to_string(Places::staffNumber(store, k)), {}, {}, {}};
            // Documented PINs: the two Madrid demo accounts, else the staff number backwards,
            // with zeros after it up to the length the role needs (managers: 6 digits).
            std::string pin(member.number.rbegin(), member.number.rend());
            if (member.number == DemoData::associateStaffNumber)
                pin = DemoData::associatePin;
            else if (member.number == DemoData::managerStaffNumber)
                pin = DemoData::managerPin;
            const QString role
                = QString::fromLatin1(Places::isManager(store, k) ? "manager" : "associate");
            while (int(pin.size()) < PinHash::minimumLength(role))
                pin += '0';
            member.pin = QString::fromStdString(pin);
            Q_ASSERT(PinHash::isAcceptable(member.pin, role));
            // Argon2id with a salt from the seed: the same rows on every run.
            QByteArray salt;
            for (int i = 0; i < 2; ++i) {
                const quint64 word = rng.next();
                salt.append(reinterpret_cast<const char *>(&word), sizeof word);
            }
            member.salt = QString::fromLatin1(salt.toHex());
            staff.push_back(std::move(member));
        }
    }
    // Argon2id is slow and memory-hard on purpose (64 MiB a hash): hash on a few cores (most
    // of the demo size's time otherwise). Each thread takes every n-th member; the result is
    // the same.
    const int threads = int(std::clamp(std::thread::hardware_concurrency(), 1u, 4u));
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&staff, t, threads] {
            for (size_t i = size_t(t); i < staff.size(); i += size_t(threads))
                staff[i].hash
                    = PinHash::hash(staff[i].pin, QByteArray::fromHex(staff[i].salt.toLatin1()));
        });
    }
    for (std::thread &worker : workers)
        worker.join();

    const qint64 at = m_timeline.now() - 90 * Timeline::day;
    for (const Member &m : staff) {
        m_staff << Places::staffId(m.store, m.k) << Places::location(m.store).id << m.number
                << Names::staffName(m.store, m.k)
                << (Places::isManager(m.store, m.k) ? "manager" : "associate")
                << std::string() << m.hash.toStdString() << 0 << 1
                << at;
        m_staff.end();
    }
    return int(staff.size());
}

void Tables::writeCatalogue()
{
    const qint64 at = m_timeline.now() - 30 * Timeline::day;
    for (const Style &s : m_catalogue.styles()) {
        m_styles << s.id << s.name << s.brand << s.category << s.subcategory << s.description
                 << s.image << at;
        m_styles.end();
    }
    for (const Product &p : m_catalogue.products()) {
        m_products << p.sku << m_catalogue.styles()[size_t(p.style)].id << p.colour << p.size
                   << p.sizeOrder << p.barcode << p.priceMinor << "EUR" << 1 << at;
        m_products.end();
    }
}

void Tables::writeInventory(Rng &rng)
{
    for (const Product &p : m_catalogue.products()) {
        for (int l = 0; l < Places::locationCount; ++l) {
            const bool warehouse = l == Places::warehouse;
            // Stores hold a few of each, often none of the edge sizes; the warehouse more.
            const int onHand = warehouse ? rng.range(20, 240)
                : rng.chance(0.22)       ? 0
                                         : rng.range(1, 8);
            const int reserved = !warehouse && onHand > 0 && rng.chance(0.1) ? 1 : 0;
            const int inTransit = rng.chance(warehouse ? 0.05 : 0.12) ? rng.range(1, 6) : 0;
            const qint64 counted = m_timeline.now() - rng.range(1, 7 * 24 * 60) * Timeline::minute;
            m_inventory << p.sku << Places::location(l).id << onHand << reserved << inTransit
                        << counted << counted;
            m_inventory.end();
        }
    }
}

void Tables::writeCustomer(const Customer &c, const History &h)
{
    const qint64 net = h.purchased - h.returned;
    const qint64 lastActivity = h.events.empty() ? c.createdAt : h.events.back().at;
    // Read in the home store's country, as the store's tablet would have.
    const PhoneNumbers::Number phone = PhoneNumbers::parse(
        QString::fromStdString(c.phone), QString::fromLatin1(Places::location(c.home).country));
    m_customers << c.id << c.name.first << c.name.last << c.email << c.phone
                << phone.searchForms.join(u' ').toStdString() << phone.e164.toStdString()
                << c.loyaltyId << tierFor(net) << std::max<qint64>(0, net / 100) << net << "EUR"
                << Places::location(c.home).id << c.language << c.birthDate << c.createdAt
                << std::max(c.createdAt, lastActivity) << 1;
    m_customers.end();

    // Orders in time order, so their ids (and the orders_customer index) grow with time.
    m_orderRank.resize(h.orders.size());
    std::iota(m_orderRank.begin(), m_orderRank.end(), 0);
    std::stable_sort(m_orderRank.begin(), m_orderRank.end(), [&h](int a, int b) {
        return h.orders[size_t(a)].createdAt < h.orders[size_t(b)].createdAt;
    });
    m_orderIds.resize(h.orders.size());
    m_orderNumbers.resize(h.orders.size());
    if (!h.orders.empty() && c.hasAddress)
        m_deliveryAddress = Places::oneLine(c.address);
    for (int local : m_orderRank) {
        m_orderIds[size_t(local)] = ++m_orderSeq;
        m_orderNumbers[size_t(local)] = writeOrder(c, h, h.orders[size_t(local)], m_orderSeq);
    }

    for (const Event &e : h.events) {
        const bool money = e.amount != 0;
        m_events << RowId("E", ++m_eventSeq, 10) << c.id << e.kind << channelCode(e.channel) << e.at
                 << (e.product >= 0
                         ? std::string_view(m_catalogue.products()[size_t(e.product)].sku)
                         : std::string_view())
                 << (e.location >= 0 ? Places::location(e.location).id : "")
                 << (e.order >= 0 ? RowId("O", m_orderIds[size_t(e.order)], 10).view()
                                  : std::string_view())
                 << e.quantity << e.amount << (money ? "EUR" : "")
                 << (*e.status && e.order >= 0 ? std::string_view(m_orderNumbers[size_t(e.order)])
                                               : std::string_view(e.title))
                 << e.detail << e.status << e.carrier << e.tracking;
        m_events.end();
    }
    for (const WishItem &w : h.wishlist) {
        m_wishlist << c.id << m_catalogue.products()[size_t(w.product)].sku << w.at
                   << channelCode(w.channel);
        m_wishlist.end();
    }
    for (const CartItem &item : h.cart) {
        m_cart << RowId("CL", ++m_cartSeq, 9) << c.id
               << m_catalogue.products()[size_t(item.product)].sku << item.quantity
               << channelCode(item.channel) << item.fulfilment << "" << item.at << item.at;
        m_cart.end();
    }
}

std::string Tables::writeOrder(const Customer &c, const History &h, const Order &o, qint64 orderSeq)
{
    const RowId id("O", orderSeq, 10);
    char number[24];
    switch (o.channel) {
    case Channel::Store:
        std::snprintf(number, sizeof number, "S-%lld", static_cast<long long>(m_storeNumber++));
        break;
    case Channel::App:
        std::snprintf(number, sizeof number, "A-%lld", static_cast<long long>(m_appNumber++));
        break;
    case Channel::CallCentre:
        std::snprintf(number, sizeof number, "T-%lld", static_cast<long long>(m_phoneNumber++));
        break;
    default:
        std::snprintf(number, sizeof number, "W-%lld", static_cast<long long>(m_webNumber++));
        break;
    }
    // The web shop's and the app's own order reference.
    char external[24] = "";
    if (o.channel == Channel::Web || o.channel == Channel::App)
        std::snprintf(external, sizeof external, "EC%010lld",
                      static_cast<long long>(orderSeq * 7919 % 10000000000LL));
    const std::string associate
        = o.associate >= 0 ? Places::staffId(o.location, o.associate) : std::string();
    const std::string_view delivery
        = o.shipToHome && c.hasAddress ? std::string_view(m_deliveryAddress) : std::string_view();
    m_orders << id << number << external << c.id << channelCode(o.channel)
             << (o.location >= 0 ? Places::location(o.location).id : "") << associate << o.status
             << "EUR" << o.subtotal << o.discount << o.tax << o.shipping << o.total
             << (o.pickup >= 0 ? Places::location(o.pickup).id : "") << o.pickupDeadline << delivery
             << o.deliveryOption << o.statusDetail << o.createdAt << o.updatedAt;
    m_orders.end();

    for (int i = 0; i < o.lineCount; ++i) {
        const OrderLine &l = h.lines[size_t(o.firstLine + i)];
        m_orderLines << RowId("OL", ++m_lineSeq, 10) << id << i + 1
                     << m_catalogue.products()[size_t(l.product)].sku << l.quantity << l.unitPrice
                     << l.discount << l.tax << l.total << l.fulfilment
                     << (l.source >= 0 ? Places::location(l.source).id : "") << l.status
                     << l.returned;
        m_orderLines.end();
    }
    for (int i = 0; i < o.stepCount; ++i) {
        const StatusStep &s = h.steps[size_t(o.firstStep + i)];
        m_orderStatus << RowId("OS", ++m_stepSeq, 10) << id << s.status << s.at << s.carrier
                      << s.tracking << s.detail << s.source;
        m_orderStatus.end();
    }

    const RowId payment("PA", ++m_paymentSeq, 10);
    const bool card = o.cardBrand[0] != '\0';
    char last4[8] = "";
    char reference[32] = "";
    char giftCard[24] = "";
    if (card) {
        std::snprintf(last4, sizeof last4, "%04d", o.cardLast4);
        if (o.location >= 0)
            std::snprintf(reference, sizeof reference, "%s-T%d-%06lld",
                          Places::location(o.location).id, 1 + o.associate % 3,
                          static_cast<long long>(m_paymentSeq % 1000000));
        else
            std::snprintf(reference, sizeof reference, "PSP%012lld",
                          static_cast<long long>(m_paymentSeq * 104729 % 1000000000000LL));
    } else if (o.tender[0] == 'g') {
        std::snprintf(giftCard, sizeof giftCard, "GC%010lld",
                      static_cast<long long>(c.number * 31 % 10000000000LL));
    }
    m_payments << payment << id << o.tender << o.total << "EUR"
               << (o.cancelled ? "voided" : "captured") << o.cardBrand << last4 << reference
               << giftCard << associate << o.createdAt;
    m_payments.end();

    if (o.refunded > 0) {
        const std::string refundedBy = o.refundLocation >= 0
            ? Places::staffId(o.refundLocation, int(orderSeq % Places::staffPerStore))
            : std::string();
        m_refunds << RowId("RF", ++m_refundSeq, 10) << id << payment << o.tender << o.refunded
                  << "EUR"
                  << "completed" << (card ? reference : "") << refundedBy << o.refundReason
                  << o.refundedAt;
        m_refunds.end();
    }
    return number;
}

} // namespace Demo
