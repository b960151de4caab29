// SPDX-License-Identifier: MIT
#pragma once

#include "democatalogue.h"
#include "demonames.h"
#include "demoplaces.h"
#include "demorandom.h"

#include <QDate>

#include <string>
#include <vector>

namespace Demo {

enum class Channel : quint8 { Web, App, Store, CallCentre, Email };
const char *channelCode(Channel channel);

/** "Now" of the data and local days before it, in the chain's two time zones. */
class Timeline
{
public:
    /** Now is 10:00 in Madrid on referenceDate; days go back about twelve years. */
    explicit Timeline(QDate referenceDate);
    qint64 now() const { return m_now; }
    /** Milliseconds of local time minuteOfDay on the day daysAgo before the reference date. */
    qint64 at(int zone, int daysAgo, int minuteOfDay) const;
    /** Whole days between a time and now (0: less than a day ago). */
    int daysAgo(qint64 ms) const { return int((m_now - ms) / day); }
    /** Month (1..12) of the day daysAgo before the reference date. */
    int month(int daysAgo) const;
    int referenceYear() const { return m_year; }
    static constexpr int maxDays = 12 * 366;
    static constexpr qint64 minute = 60 * 1000;
    static constexpr qint64 day = 24 * 60 * minute;

private:
    qint64 m_now = 0;
    int m_year = 2000;
    std::vector<qint64> m_midnight[2]; // per zone, index daysAgo
    std::vector<quint8> m_month;
};

enum class Persona : quint8 { Mixed, OnlineOnly, StoreOnly };

/** A customer's identity and the traits that shape their history. */
struct Customer
{
    qint64 number = 0; // 1-based; the id is "C" and nine digits
    std::string id;
    Names::PersonName name;
    std::string email;
    std::string phone;
    std::string loyaltyId;
    int home = 0; // location index of the home store
    std::string language;
    std::string birthDate;
    qint64 createdAt = 0;
    SizeProfile sizes;
    Persona persona = Persona::Mixed;
    bool hasAddress = true;
    Places::Address address;
    bool emailConsent = false;
    bool marketingConsent = false;
    int lastActiveDaysAgo = 1; // dormant customers: years ago
    int targetEvents = 0;
};

struct Event
{
    qint64 at = 0;
    const char *kind = "";
    Channel channel = Channel::Web;
    int product = -1;
    int location = -1;
    int order = -1; // index into History::orders
    int quantity = 0;
    qint64 amount = 0;
    std::string title;
    std::string detail;
    // An order update: its status code, carrier and tracking number (the title is then the
    // order's number, filled in when the order is written).
    const char *status = "";
    const char *carrier = "";
    std::string tracking;
};

struct OrderLine
{
    int product = 0;
    int quantity = 1;
    qint64 unitPrice = 0;
    qint64 discount = 0;
    qint64 tax = 0;
    qint64 total = 0;
    const char *fulfilment = "carry_out";
    int source = -1;
    const char *status = "";
    int returned = 0;
};

struct StatusStep
{
    const char *status = "";
    qint64 at = 0;
    const char *carrier = "";
    std::string tracking;
    const char *detail = "";
    const char *source = "";
};

struct Order
{
    Channel channel = Channel::Store;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int location = -1; // the store that took the order
    int associate = -1; // staff index in that store
    int pickup = -1;
    qint64 pickupDeadline = 0;
    const char *status = "placed";
    const char *statusDetail = "";
    const char *deliveryOption = "";
    bool shipToHome = false;
    int vatRateBp = 2100;
    qint64 subtotal = 0, discount = 0, tax = 0, shipping = 0, total = 0;
    int firstLine = 0, lineCount = 0;
    int firstStep = 0, stepCount = 0;
    const char *tender = "card";
    const char *cardBrand = "";
    int cardLast4 = 0;
    bool cancelled = false;
    // A return: refunded amount, when, where.
    qint64 refunded = 0;
    qint64 refundedAt = 0;
    const char *refundReason = "";
    int refundLocation = -1;
};

struct WishItem
{
    int product = 0;
    qint64 at = 0;
    Channel channel = Channel::Web;
};

struct CartItem
{
    int product = 0;
    int quantity = 1;
    qint64 at = 0;
    Channel channel = Channel::Web;
    const char *fulfilment = "ship_to_home";
};

/** Everything a customer did, before it is written. Reused from customer to customer. */
struct History
{
    std::vector<Event> events;
    std::vector<Order> orders;
    std::vector<OrderLine> lines;
    std::vector<StatusStep> steps;
    std::vector<WishItem> wishlist;
    std::vector<CartItem> cart;
    qint64 purchased = 0;
    qint64 returned = 0;
    void clear();
};

/** Builds customers' histories: at random, or step by step for the showcase customer. */
class HistoryBuilder
{
public:
    HistoryBuilder(const Catalogue &catalogue, const Timeline &timeline);

    /** A random history of about customer.targetEvents events. */
    void build(Rng &rng, const Customer &customer, History &history) const;

    // Steps, for build() and for the showcase.
    void view(History &history, Channel channel, qint64 at, int product) const;
    void addEvent(History &history, const char *kind, Channel channel, qint64 at, std::string title,
                  std::string detail = {}) const;
    /** An order of the products, its purchased events and its status so far. */
    int order(Rng &rng, History &history, const Customer &customer, Channel channel, qint64 at,
              const std::vector<int> &products, const char *fulfilment, int location = -1,
              int associate = -1, int discountPercent = 0, bool mayCancel = true) const;
    /** Returns one line of an order (when it is not in the future). */
    void returnLine(History &history, int order, int line, qint64 at, Channel channel, int location,
                    const char *reason) const;
    void wish(History &history, Channel channel, qint64 at, int product) const;
    void addToCart(History &history, Channel channel, qint64 at, int product,
                   bool keepInCart) const;
    /** Sorts events by time and sums up spend. */
    void finish(History &history) const;

    const Catalogue &catalogue() const { return m_catalogue; }
    const Timeline &timeline() const { return m_timeline; }

private:
    void browse(Rng &rng, History &history, const Customer &customer, Channel channel,
                qint64 at) const;
    void shopOnline(Rng &rng, History &history, const Customer &customer, Channel channel,
                    qint64 at) const;
    void visitStore(Rng &rng, History &history, const Customer &customer, int day) const;
    void statusSteps(Rng &rng, History &history, Order &order) const;

    const Catalogue &m_catalogue;
    const Timeline &m_timeline;
};

/** Tier from net spend in minor units: member, silver (500 €), gold (1,500 €), platinum
    (5,000 €). */
const char *tierFor(qint64 netSpendMinor);

} // namespace Demo
