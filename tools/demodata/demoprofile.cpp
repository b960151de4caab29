// SPDX-License-Identifier: MIT
// What associates and customers told the chain: preferences, consents, addresses, notes, tasks.
#include "demotables.h"

#include <algorithm>

namespace Demo {

namespace {

constexpr const char *fits[] = {"Regular", "Slim", "Relaxed", "Oversized"};
constexpr const char *colourPairs[]
    = {"Navy, camel", "Black, grey",       "Earth tones",  "Pastels",
       "Green, rust", "No bright colours", "Ivory, beige", "Blue, white"};
constexpr const char *contactTimes[]
    = {"Weekday evenings", "Saturday mornings", "Lunchtime", "Any time"};
constexpr const char *contactChannels[] = {"email", "sms", "phone", "whatsapp"};
constexpr const char *occasions[] = {"Work", "Weddings", "Holidays", "Everyday", "Gifts"};
constexpr const char *avoid[]
    = {"Wool next to the skin", "Skinny fits", "Bright colours", "Synthetic fabrics"};
constexpr const char *brands[]
    = {"Northbay", "Alma Rosa", "Costa Verde", "Harlow & Finch", "Kestrel", "Solano", "Mirabel"};

constexpr const char *noteBodies[]
    = {"Prefers a call after 6 pm; does not read e-mail much.",
       "Looking for an outfit for a wedding in the spring.",
       "Buys for their partner too (tops in L, shoes 43).",
       "Likes to hear when the new knitwear arrives.",
       "Had a bad experience with a late delivery; handle with care.",
       "Usually pays with a gift card from work.",
       "Wants trousers taken up 2 cm; we recommended the tailor on the corner.",
       "Very loyal to the store; knows the whole team by name."};
constexpr const char *taskTitles[]
    = {"Call when the coat is back in their size", "Follow up on the alteration",
       "Send the new season lookbook", "Check the refund went through",
       "Invite to the private shopping evening"};

Channel signUpChannel(Rng &rng, Persona persona)
{
    switch (persona) {
    case Persona::OnlineOnly:
        return rng.chance(0.6) ? Channel::Web : Channel::App;
    case Persona::StoreOnly:
        return Channel::Store;
    case Persona::Mixed:
        break;
    }
    return Channel(rng.below(3)); // web, app or store
}

} // namespace

void Tables::preference(const Customer &customer, const char *key, std::string_view value,
                        qint64 at, std::string_view by)
{
    m_preferences << customer.id << key << value << at << by << 1;
    m_preferences.end();
}

void Tables::consent(const Customer &customer, const char *kind, bool granted, qint64 at,
                     Channel channel, std::string_view by)
{
    m_consents << customer.id << kind << (granted ? 1 : 0) << at << channelCode(channel) << by;
    m_consents.end();
    // Its history starts with it, under the id Schema::consentEventId() gives it.
    const std::string eventId = customer.id + '/' + kind + '/' + std::to_string(at) + '/'
        + (granted ? "1" : "0") + '/' + channelCode(channel);
    m_consentEvents << eventId << customer.id << kind << (granted ? 1 : 0) << channelCode(channel)
                    << by << at;
    m_consentEvents.end();
}

void Tables::address(const Customer &customer, const char *label, const Places::Address &address,
                     bool isDefault, qint64 at)
{
    m_addresses << RowId("AD", ++m_addressSeq, 9) << customer.id << label
                << customer.name.first + ' ' + customer.name.last << address.line1 << address.line2
                << address.city << address.postcode << address.region << address.country
                << customer.phone << (isDefault ? 1 : 0) << at;
    m_addresses.end();
}

void Tables::note(const Customer &customer, int store, int staff, std::string_view body, qint64 at)
{
    m_notes << RowId("NT", ++m_noteSeq, 9) << customer.id << Places::staffId(store, staff)
            << Names::staffName(store, staff) << body << at << at << 1;
    m_notes.end();
}

void Tables::task(const Customer &customer, int store, int staff, std::string_view title,
                  qint64 dueAt, bool done, qint64 createdAt)
{
    m_tasks << RowId("TK", ++m_taskSeq, 9) << customer.id << Places::staffId(store, staff) << title
            << dueAt << (done ? 1 : 0) << createdAt << (done ? dueAt : createdAt);
    m_tasks.end();
}

void Tables::writeProfile(Rng &rng, const Customer &c, const History &h)
{
    const qint64 now = m_timeline.now();
    const qint64 joined = c.createdAt;
    auto sometimeSince = [&](qint64 from) { return rng.range64(from, now - Timeline::day); };
    // Whoever noted a preference: a store associate, or the customer online ("").
    auto editor = [&]() {
        return c.persona != Persona::OnlineOnly && rng.chance(0.6)
            ? Places::staffId(c.home, int(rng.below(Places::staffPerStore)))
            : std::string();
    };

    const Channel signedUp = signUpChannel(rng, c.persona);
    const std::string signUpStaff = signedUp == Channel::Store
        ? Places::staffId(c.home, int(rng.below(Places::staffPerStore)))
        : std::string();

    if (c.hasAddress) {
        address(c, "Home", c.address, true, joined);
        if (rng.chance(0.12))
            address(c, "Work", Places::workAddress(rng, c.home), false, sometimeSince(joined));
    }

    // Sizes for many, in the order of the keys.
    if (rng.chance(0.62)) {
        const std::string by = editor();
        const qint64 at = sometimeSince(joined);
        preference(c, "size.top", Catalogue::letterSize(c.sizes.letter), at, by);
        preference(c, "size.bottom", std::to_string(c.sizes.waist), at, by);
        if (c.sizes.female && rng.chance(0.6))
            preference(c, "size.dress", Catalogue::letterSize(c.sizes.letter), at, by);
        preference(c, "size.shoe", std::to_string(c.sizes.shoe), at, by);
    }
    if (rng.chance(0.3))
        preference(c, "fit", rng.pick(fits), sometimeSince(joined), editor());
    if (rng.chance(0.25))
        preference(c, "colours", rng.pick(colourPairs), sometimeSince(joined), editor());
    if (rng.chance(0.1))
        preference(c, "brands", rng.pick(brands), sometimeSince(joined), editor());
    if (rng.chance(0.1))
        preference(c, "occasions", rng.pick(occasions), sometimeSince(joined), editor());
    if (rng.chance(0.05))
        preference(c, "avoid", rng.pick(avoid), sometimeSince(joined), editor());
    if (rng.chance(0.15))
        preference(c, "contact_time", rng.pick(contactTimes), sometimeSince(joined), editor());
    if (rng.chance(0.2))
        preference(c, "contact_channel", rng.pick(contactChannels), sometimeSince(joined),
                   editor());

    // Consents: asked at sign-up, some changed since; "never asked" has no row.
    const qint64 signUpAt = joined + rng.range(1, 30) * Timeline::minute;
    if (!c.email.empty())
        consent(c, "email", c.emailConsent, signUpAt, signedUp, signUpStaff);
    if (!c.phone.empty() && rng.chance(0.55))
        consent(c, "sms", rng.chance(0.6), signUpAt, signedUp, signUpStaff);
    if (!c.phone.empty() && rng.chance(0.4))
        consent(c, "phone", rng.chance(0.6), signUpAt, signedUp, signUpStaff);
    if (c.marketingConsent || rng.chance(0.5)) {
        // Withdrawn later now and then, through an e-mail's unsubscribe link.
        const bool withdrawn = !c.marketingConsent;
        consent(c, "marketing", c.marketingConsent,
                withdrawn && rng.chance(0.5) ? sometimeSince(joined) : signUpAt,
                withdrawn ? Channel::Email : signedUp, withdrawn ? "" : signUpStaff);
    }

    // Notes and tasks by the home store's team, for customers they know.
    if (!h.orders.empty() && c.persona != Persona::OnlineOnly && rng.chance(0.05)) {
        for (int n = rng.range(1, 2); n > 0; --n)
            note(c, c.home, int(rng.below(Places::staffPerStore)), rng.pick(noteBodies),
                 sometimeSince(joined));
    }
    if (!h.orders.empty() && c.persona != Persona::OnlineOnly && rng.chance(0.01)) {
        const qint64 due = now + rng.range(-20, 14) * Timeline::day;
        task(c, c.home, int(rng.below(Places::staffPerStore)), rng.pick(taskTitles), due,
             due < now && rng.chance(0.7), std::min(due, now) - rng.range(1, 10) * Timeline::day);
    }
}

} // namespace Demo
