// SPDX-License-Identifier: MIT
// Orders of the demo history: lines with VAT included in the price, status steps as far as
// "now" allows, payments and returns.
#include "demodelivery.h"
#include "demohistory.h"

#include <cstdio>
#include <cstring>

namespace Demo {

namespace {

// The VAT contained in a price that includes it, rounded to the cent (integer arithmetic).
qint64 includedVat(qint64 gross, int rateBp)
{
    return (gross * rateBp + (10000 + rateBp) / 2) / (10000 + rateBp);
}

std::string trackingNumber(Rng &rng, const char *carrier)
{
    char buffer[32];
    if (std::strcmp(carrier, "An Post") == 0) // An Post: two letters, nine digits, IE
        std::snprintf(buffer, sizeof buffer, "C%c%09uIE", char('A' + rng.below(26)),
                      unsigned(rng.below(1000000000)));
    else
        std::snprintf(buffer, sizeof buffer, "%04u%08u", unsigned(rng.below(10000)),
                      unsigned(rng.below(100000000)));
    return buffer;
}

} // namespace

int HistoryBuilder::order(Rng &rng, History &history, const Customer &customer, Channel channel,
                          qint64 at, const std::vector<int> &products, const char *fulfilment,
                          int location, int associate, int discountPercent, bool mayCancel) const
{
    Order order;
    order.channel = channel;
    order.createdAt = at;
    order.location = location;
    order.associate = associate;
    const bool irish = Places::isIrish(location >= 0 ? location : customer.home);
    order.vatRateBp = irish ? 2300 : 2100;
    order.shipToHome = std::strcmp(fulfilment, "ship_to_home") == 0;
    const bool pickUp = std::strcmp(fulfilment, "pick_up") == 0;
    if (pickUp)
        order.pickup = customer.home;
    if (order.shipToHome)
        order.deliveryOption = rng.chance(0.15) ? "express" : "standard";
    order.cancelled = mayCancel && channel != Channel::Store && rng.chance(0.02);
    // Some home deliveries leave from the home store's stock instead of the warehouse.
    const bool fromStore = order.shipToHome && rng.chance(0.1);

    order.firstLine = int(history.lines.size());
    for (int product : products) {
        OrderLine &line = history.lines.emplace_back();
        line.product = product;
        line.quantity = rng.chance(0.06) ? 2 : 1;
        line.unitPrice = m_catalogue.products()[size_t(product)].priceMinor;
        const qint64 gross = line.unitPrice * line.quantity;
        line.discount = (gross * discountPercent + 50) / 100;
        line.total = gross - line.discount;
        line.tax = includedVat(line.total, order.vatRateBp);
        line.fulfilment = fromStore ? "ship_from_store" : fulfilment;
        line.source = location >= 0 ? location
            : pickUp || fromStore   ? customer.home
                                    : Places::warehouse;
        order.subtotal += gross;
        order.discount += line.discount;
        order.tax += line.tax;
    }
    order.lineCount = int(products.size());
    if (order.shipToHome) {
        const qint64 goods = order.subtotal - order.discount;
        order.shipping = DemoData::pastShippingMinor(
            std::strcmp(order.deliveryOption, "express") == 0, irish, goods);
        order.tax += includedVat(order.shipping, order.vatRateBp);
    }
    order.total = order.subtotal - order.discount + order.shipping;

    // Tender: cards mostly, cash in stores, a gift card now and then.
    const int tender
        = channel == Channel::Store ? rng.weighted({82, 13, 5}) : rng.weighted({96, 0, 4});
    order.tender = tender == 0 ? "card" : tender == 1 ? "cash" : "gift_card";
    if (tender == 0) {
        const int brand = rng.weighted({55, 35, 10});
        order.cardBrand = brand == 0 ? "visa" : brand == 1 ? "mastercard" : "amex";
        order.cardLast4 = int(rng.below(10000));
    }

    statusSteps(rng, history, order);
    const int index = int(history.orders.size());
    for (int i = 0; i < order.lineCount; ++i) {
        OrderLine &line = history.lines[size_t(order.firstLine + i)];
        line.status = order.status;
        if (order.cancelled)
            continue;
        Event &event = history.events.emplace_back();
        event.at = at;
        event.kind = "purchased";
        event.channel = channel;
        event.product = line.product;
        event.location = location;
        event.order = index;
        event.quantity = line.quantity;
        event.amount = line.total;
    }
    // The customer hears of the parcel or the pick-up: the timeline shows it.
    for (int i = 0; i < order.stepCount; ++i) {
        const StatusStep &step = history.steps[size_t(order.firstStep + i)];
        const bool shipped = std::strcmp(step.status, "shipped") == 0;
        if (!shipped && std::strcmp(step.status, "ready_for_pickup") != 0)
            continue;
        Event &event = history.events.emplace_back();
        event.at = step.at;
        event.kind = "order_status";
        event.channel = channel == Channel::Store ? Channel::Web : channel;
        event.order = index;
        // As the service writes a carrier's update: fields the tablet says in its language.
        event.status = step.status;
        if (shipped) {
            event.carrier = step.carrier;
            event.tracking = step.tracking;
        } else {
            event.location = order.pickup;
        }
    }
    history.orders.push_back(order);
    return index;
}

void HistoryBuilder::statusSteps(Rng &rng, History &history, Order &order) const
{
    order.firstStep = int(history.steps.size());
    const qint64 now = m_timeline.now();
    const qint64 hour = 60 * Timeline::minute;
    auto step = [&](const char *status, qint64 at, const char *source) -> StatusStep * {
        if (at >= now)
            return nullptr;
        StatusStep &added = history.steps.emplace_back();
        added.status = status;
        added.at = at;
        added.source = source;
        order.status = status;
        order.updatedAt = at;
        return &added;
    };
    if (order.channel == Channel::Store) {
        step("completed", order.createdAt, "store");
    } else {
        qint64 at = order.createdAt;
        step("placed", at, channelCode(order.channel));
        if (order.cancelled) {
            if (StatusStep *s = step("cancelled", at + rng.range(1, 10) * hour, "oms"))
                s->detail = "Cancelled at the customer's request";
        } else {
            at += rng.range(1, 4) * hour;
            step("allocated", at, "oms");
            if (order.shipToHome) {
                const bool irish = order.vatRateBp == 2300;
                const char *carrier = irish ? (rng.chance(0.7) ? "An Post" : "DPD Ireland")
                                            : (rng.chance(0.6) ? "SEUR" : "Correos Express");
                at += rng.range(12, 30) * hour;
                if (StatusStep *s = step("shipped", at, "carrier")) {
                    s->carrier = carrier;
                    s->tracking = trackingNumber(rng, carrier);
                }
                const bool express = std::strcmp(order.deliveryOption, "express") == 0;
                at += (express ? rng.range(16, 26) : rng.range(24, 72)) * hour;
                if (StatusStep *s = step("delivered", at, "carrier"))
                    s->carrier = carrier;
            } else {
                at += rng.range(20, 48) * hour;
                if (StatusStep *s = step("ready_for_pickup", at, "store")) {
                    s->detail = "Waiting at the pick-up desk";
                    order.pickupDeadline = at + 7 * Timeline::day;
                }
                at += rng.range(4, 140) * hour;
                step("collected", at, "store");
            }
        }
    }
    order.stepCount = int(history.steps.size()) - order.firstStep;
    if (order.stepCount == 0) // cannot happen for orders in the past; keep the row sane
        order.updatedAt = order.createdAt;
}

void HistoryBuilder::returnLine(History &history, int orderIndex, int lineIndex, qint64 at,
                                Channel channel, int location, const char *reason) const
{
    Order &order = history.orders[size_t(orderIndex)];
    OrderLine &line = history.lines[size_t(order.firstLine + lineIndex)];
    const bool received = std::strcmp(order.status, "completed") == 0
        || std::strcmp(order.status, "delivered") == 0
        || std::strcmp(order.status, "collected") == 0;
    if (at >= m_timeline.now() || at <= order.updatedAt || !received || line.returned)
        return;
    line.returned = line.quantity;
    line.status = "returned";
    order.refunded += line.total;
    order.refundedAt = at;
    order.refundReason = reason;
    order.refundLocation = location;
    order.updatedAt = at;

    Event &event = history.events.emplace_back();
    event.at = at;
    event.kind = "returned";
    event.channel = channel;
    event.product = line.product;
    event.location = location;
    event.order = orderIndex;
    event.quantity = line.quantity;
    event.amount = line.total;
    event.title = channel == Channel::Store ? "Returned in store" : "Returned by post";
    event.detail = reason;

    bool allReturned = true;
    for (int i = 0; i < order.lineCount; ++i)
        allReturned = allReturned && history.lines[size_t(order.firstLine + i)].returned > 0;
    // Only while the order's steps are the last ones written (they are kept contiguous).
    if (allReturned && order.firstStep + order.stepCount == int(history.steps.size())) {
        StatusStep &added = history.steps.emplace_back();
        added.status = "returned";
        added.at = at;
        added.source = channel == Channel::Store ? "store" : "carrier";
        added.detail = reason;
        ++order.stepCount;
        order.status = "returned";
    }
}

} // namespace Demo
