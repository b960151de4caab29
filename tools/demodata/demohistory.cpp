// SPDX-License-Identifier: MIT
#include "demohistory.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Demo {

namespace {

constexpr const char *campaigns[12] = {"January sale: up to 50% off",
                                       "New season preview",
                                       "Spring new in",
                                       "The Easter weekend edit",
                                       "Linen and light layers",
                                       "Summer sale starts now",
                                       "The holiday shop",
                                       "Back to work",
                                       "The autumn knitwear edit",
                                       "Coats and jackets",
                                       "Black Friday: members first",
                                       "Christmas gift guide"};

struct ContactReason
{
    const char *title;
    const char *detail;
};
constexpr ContactReason contacts[]
    = {{"Asked about delivery", "Wanted to know when the parcel arrives; sent the tracking link."},
       {"Asked about a return", "Explained free returns in store or by post within 30 days."},
       {"Size advice", "Advised going up a size in the tailored trousers."},
       {"Changed delivery address", "Updated the delivery address before dispatch."},
       {"Late parcel", "Parcel held at the carrier's depot; apologised and refunded shipping."},
       {"Asked about loyalty points", "Explained how points turn into vouchers."},
       {"Stock check", "Asked whether the nearest store has the item in their size."},
       {"Payment query", "A second charge on the card was a pre-authorisation; it drops off."}};

constexpr const char *surveyComments[]
    = {"Quick and friendly service.", "Found my size straight away.",
       "Parcel arrived a day early.", "The fitting rooms were busy.",
       "Lovely staff, will be back.", "Would like more colours online.",
       "Easy click and collect.",     "Delivery took longer than promised."};

// Local minute of the day: evenings for browsing, opening hours for stores.
int browsingMinute(Rng &rng)
{
    switch (rng.weighted({60, 25, 15})) {
    case 0:
        return rng.range(19 * 60, 23 * 60 + 30);
    case 1:
        return rng.range(12 * 60, 15 * 60);
    default:
        return rng.range(7 * 60 + 30, 9 * 60 + 30);
    }
}

int storeMinute(Rng &rng)
{
    return rng.range(10 * 60, 20 * 60 + 30);
}

} // namespace

const char *channelCode(Channel channel)
{
    static constexpr const char *codes[] = {"web", "app", "store", "call_centre", "email"};
    return codes[int(channel)];
}

const char *tierFor(qint64 netSpendMinor)
{
    if (netSpendMinor >= 500000)
        return "platinum";
    if (netSpendMinor >= 150000)
        return "gold";
    if (netSpendMinor >= 50000)
        return "silver";
    return "member";
}

Timeline::Timeline(QDate referenceDate)
{
    const QTimeZone zones[2] = {QTimeZone("Europe/Madrid"), QTimeZone("Europe/Dublin")};
    m_now = QDateTime(referenceDate, QTime(10, 0), zones[0]).toMSecsSinceEpoch();
    m_year = referenceDate.year();
    for (int z = 0; z < 2; ++z) {
        m_midnight[z].reserve(maxDays + 1);
        for (int d = 0; d <= maxDays; ++d) {
            m_midnight[z].push_back(
                QDateTime(referenceDate.addDays(-d), QTime(0, 0), zones[z]).toMSecsSinceEpoch());
        }
    }
    m_month.reserve(maxDays + 1);
    for (int d = 0; d <= maxDays; ++d)
        m_month.push_back(quint8(referenceDate.addDays(-d).month()));
}

qint64 Timeline::at(int zone, int daysAgo, int minuteOfDay) const
{
    return m_midnight[zone][size_t(std::clamp(daysAgo, 0, maxDays))] + minuteOfDay * minute;
}

int Timeline::month(int daysAgo) const
{
    return m_month[size_t(std::clamp(daysAgo, 0, maxDays))];
}

void History::clear()
{
    events.clear();
    orders.clear();
    lines.clear();
    steps.clear();
    wishlist.clear();
    cart.clear();
    purchased = 0;
    returned = 0;
}

HistoryBuilder::HistoryBuilder(const Catalogue &catalogue, const Timeline &timeline)
    : m_catalogue(catalogue)
    , m_timeline(timeline)
{ }

void HistoryBuilder::view(History &history, Channel channel, qint64 at, int product) const
{
    Event &event = history.events.emplace_back();
    event.at = at;
    event.kind = "viewed";
    event.channel = channel;
    event.product = product;
}

void HistoryBuilder::addEvent(History &history, const char *kind, Channel channel, qint64 at,
                              std::string title, std::string detail) const
{
    Event &event = history.events.emplace_back();
    event.at = at;
    event.kind = kind;
    event.channel = channel;
    event.title = std::move(title);
    event.detail = std::move(detail);
}

void HistoryBuilder::wish(History &history, Channel channel, qint64 at, int product) const
{
    Event &event = history.events.emplace_back();
    event.at = at;
    event.kind = "wishlist_add";
    event.channel = channel;
    event.product = product;
    history.wishlist.push_back({product, at, channel});
}

void HistoryBuilder::addToCart(History &history, Channel channel, qint64 at, int product,
                               bool keepInCart) const
{
    Event &event = history.events.emplace_back();
    event.at = at;
    event.kind = "cart_add";
    event.channel = channel;
    event.product = product;
    event.quantity = 1;
    if (keepInCart)
        history.cart.push_back({product, 1, at, channel, "ship_to_home"});
}

void HistoryBuilder::browse(Rng &rng, History &history, const Customer &customer, Channel channel,
                            qint64 at) const
{
    const int style = m_catalogue.popularStyle(rng, customer.sizes.female);
    const int other = m_catalogue.popularStyle(rng, customer.sizes.female);
    const int views = 1 + std::min(7, int(-std::log(1.0 - rng.real()) * 2.5));
    int product = -1;
    for (int i = 0; i < views; ++i) {
        product
            = m_catalogue.productFor(rng, i > 0 && rng.chance(0.4) ? other : style, customer.sizes);
        view(history, channel, at, product);
        at += rng.range(1, 4) * Timeline::minute + rng.range(0, 59) * 1000;
    }
    // An abandoned cart stays in the cart while it is recent.
    if (rng.chance(0.22))
        addToCart(history, channel, at, product, m_timeline.daysAgo(at) <= 30);
}

void HistoryBuilder::shopOnline(Rng &rng, History &history, const Customer &customer,
                                Channel channel, qint64 at) const
{
    std::vector<int> products(size_t(1 + rng.weighted({70, 22, 8})));
    for (int &product : products) {
        product = m_catalogue.productFor(rng, m_catalogue.popularStyle(rng, customer.sizes.female),
                                         customer.sizes);
        if (channel == Channel::CallCentre)
            continue;
        for (int v = rng.range(1, 2); v > 0; --v) {
            view(history, channel, at, product);
            at += rng.range(2, 5) * Timeline::minute;
        }
        addToCart(history, channel, at, product, false);
        at += Timeline::minute;
    }
    const bool pickUp = customer.persona == Persona::Mixed && rng.chance(0.3);
    const int discount = rng.chance(0.15) ? (rng.chance(0.6) ? 10 : 20) : 0;
    const qint64 placedAt = at + rng.range(3, 20) * Timeline::minute;
    const int index = order(rng, history, customer, channel, placedAt, products,
                            pickUp ? "pick_up" : "ship_to_home", -1, -1, discount);
    static constexpr const char *reasons[] = {
        "Too small",      "Too big", "Not as pictured", "Changed my mind", "Colour not as expected",
        "Arrived damaged"};
    const bool inStore = customer.persona == Persona::Mixed && rng.chance(0.4);
    const qint64 returnAt
        = placedAt + rng.range(6, 25) * Timeline::day + rng.range(0, 600) * Timeline::minute;
    const char *reason = rng.pick(reasons);
    for (int line = 0; line < int(products.size()); ++line) {
        if (rng.chance(0.12))
            returnLine(history, index, line, returnAt, inStore ? Channel::Store : channel,
                       inStore ? customer.home : -1, reason);
    }
    if (rng.chance(0.1)) {
        const qint64 surveyAt = placedAt + rng.range(4, 9) * Timeline::day;
        if (surveyAt < m_timeline.now())
            addEvent(history, "survey_answered", Channel::Email, surveyAt, "Online order survey",
                     "Rated " + std::to_string(rng.range(6, 10))
                         + "/10: " + rng.pick(surveyComments));
    }
}

void HistoryBuilder::visitStore(Rng &rng, History &history, const Customer &customer, int day) const
{
    int store = customer.home;
    if (rng.chance(0.1)) { // another store: mostly in the same country, sometimes abroad
        const bool abroad = rng.chance(0.2);
        const bool irish = Places::isIrish(customer.home) != abroad;
        store = (irish ? 2 : 0) + int(rng.below(2));
    }
    const qint64 at = m_timeline.at(Places::zoneOf(store), day, storeMinute(rng));
    std::vector<int> products(size_t(1 + rng.weighted({60, 28, 12})));
    for (int &product : products)
        product = m_catalogue.productFor(rng, m_catalogue.popularStyle(rng, customer.sizes.female),
                                         customer.sizes);
    const int discount = rng.chance(0.12) ? 10 * rng.range(1, 3) : 0;
    const int index = order(rng, history, customer, Channel::Store, at, products, "carry_out",
                            store, int(rng.below(Places::staffPerStore)), discount);
    const qint64 returnAt = at + rng.range(3, 20) * Timeline::day;
    for (int line = 0; line < int(products.size()); ++line) {
        if (rng.chance(0.05))
            returnLine(history, index, line, returnAt, Channel::Store, store,
                       rng.chance(0.5) ? "Too small" : "Changed my mind");
    }
    if (rng.chance(0.1))
        wish(history, Channel::Store, at + 2 * Timeline::minute,
             m_catalogue.productFor(rng, m_catalogue.popularStyle(rng, customer.sizes.female),
                                    customer.sizes));
    if (rng.chance(0.1) && at + 2 * Timeline::day < m_timeline.now())
        addEvent(history, "survey_answered", Channel::Email, at + 2 * Timeline::day,
                 "Store visit survey",
                 "Rated " + std::to_string(rng.range(6, 10)) + "/10: " + rng.pick(surveyComments));
}

void HistoryBuilder::build(Rng &rng, const Customer &customer, History &history) const
{
    const int zone = Places::zoneOf(customer.home);
    const int newest = std::max(1, customer.lastActiveDaysAgo);
    const int oldest = std::max(newest, m_timeline.daysAgo(customer.createdAt) - 1);
    const double appShare = 0.1 + 0.8 * rng.real();
    enum Episode { Browse, ShopOnline, Store, Campaign, Contact, Wish };
    // Customers who shop both ways did so at least once each way, however little they did.
    const bool bothWays = customer.persona == Persona::Mixed && customer.targetEvents >= 3;
    int guard = 0;
    while (int(history.events.size()) < customer.targetEvents && ++guard < 20000) {
        // Most activity in the last two years, more of it recently.
        const int span = oldest - newest;
        const int day = rng.chance(0.8)
            ? newest + int(std::min(span, 730) * std::pow(rng.real(), 1.6))
            : newest + int(rng.below(quint32(span + 1)));
        int episode = Browse;
        switch (customer.persona) {
        case Persona::Mixed:
            episode = rng.weighted({37, 9, 17, 24, 4, 6});
            break;
        case Persona::OnlineOnly:
            episode = rng.weighted({52, 14, 0, 24, 4, 6});
            break;
        case Persona::StoreOnly:
            episode = rng.weighted({0, 0, 58, 32, 6, 4});
            break;
        }
        if (bothWays && guard <= 2)
            episode = guard == 1 ? Store : Browse;
        if (episode == Campaign && !customer.marketingConsent)
            episode = customer.persona == Persona::StoreOnly ? Store : Browse;
        const Channel online = rng.chance(appShare) ? Channel::App : Channel::Web;
        switch (episode) {
        case Browse:
            browse(rng, history, customer, online, m_timeline.at(zone, day, browsingMinute(rng)));
            break;
        case ShopOnline:
            shopOnline(rng, history, customer, rng.chance(0.05) ? Channel::CallCentre : online,
                       m_timeline.at(zone, day, browsingMinute(rng)));
            break;
        case Store:
            visitStore(rng, history, customer, day);
            break;
        case Campaign: {
            const bool points = rng.chance(0.15);
            addEvent(history, "campaign_opened", Channel::Email,
                     m_timeline.at(zone, day, rng.range(8 * 60, 22 * 60)),
                     points ? "Your points this month" : campaigns[m_timeline.month(day) - 1],
                     rng.chance(0.3) ? "Clicked through to the shop" : "");
            break;
        }
        case Contact: {
            const ContactReason &contact = rng.pick(contacts);
            addEvent(history, "contacted", rng.chance(0.6) ? Channel::CallCentre : Channel::Email,
                     m_timeline.at(zone, day, rng.range(9 * 60, 20 * 60)), contact.title,
                     contact.detail);
            break;
        }
        case Wish:
            wish(history, customer.persona == Persona::StoreOnly ? Channel::Store : online,
                 m_timeline.at(zone, day, browsingMinute(rng)),
                 m_catalogue.productFor(rng, m_catalogue.popularStyle(rng, customer.sizes.female),
                                        customer.sizes));
            break;
        }
    }
    finish(history);
}

void HistoryBuilder::finish(History &history) const
{
    std::stable_sort(history.events.begin(), history.events.end(),
                     [](const Event &a, const Event &b) { return a.at < b.at; });
    history.purchased = 0;
    history.returned = 0;
    for (const Event &event : history.events) {
        if (event.kind[0] == 'p' && event.kind[1] == 'u') // purchased
            history.purchased += event.amount;
        else if (event.kind[0] == 'r') // returned
            history.returned += event.amount;
    }
    // One row per product, newest first: up to eight wishes, a cart of the last 30 days.
    auto newestDistinct = [](auto &items, size_t keep) {
        std::stable_sort(items.begin(), items.end(),
                         [](const auto &a, const auto &b) { return a.at > b.at; });
        size_t kept = 0;
        for (size_t i = 0; i < items.size() && kept < keep; ++i) {
            bool seen = false;
            for (size_t j = 0; j < kept && !seen; ++j)
                seen = items[j].product == items[i].product;
            if (!seen)
                items[kept++] = items[i];
        }
        items.resize(kept);
    };
    newestDistinct(history.wishlist, 8);
    newestDistinct(history.cart, 4);
}

} // namespace Demo
