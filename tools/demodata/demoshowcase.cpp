// SPDX-License-Identifier: MIT
#include "demoshowcase.h"

namespace Demo {

namespace {

constexpr int madrid = 0;
constexpr int lucia = 0; // 1001, associate
constexpr int carlos = 1; // 1002, manager

// The first colour of a style in one size: the showcase names exact products.
int productNamed(const Catalogue &catalogue, const char *style, const char *size)
{
    const int index = catalogue.findStyle(style);
    Q_ASSERT_X(index >= 0, "Demo::productNamed", style);
    const Style &s = catalogue.styles()[size_t(index)];
    for (int i = 0; i < s.sizeCount; ++i) {
        const Product &p = catalogue.products()[size_t(s.firstProduct + i)];
        if (p.size == size)
            return s.firstProduct + i;
    }
    return s.firstProduct;
}

Customer joseMunoz(const Timeline &timeline)
{
    Customer c;
    c.number = 1;
    c.id = customerIdFor(1);
    c.loyaltyId = loyaltyIdFor(1);
    c.name = {"José", "Muñoz", false};
    c.email = "jose.munoz@example.com";
    c.phone = "+34 612 34 56 78";
    c.home = madrid;
    c.language = "es";
    c.birthDate = "1984-03-12";
    c.createdAt = timeline.at(0, 2390, 12 * 60 + 40);
    c.sizes = {2, 42, 43, false};
    c.persona = Persona::Mixed;
    c.address = {"Calle de Velázquez, 84", "3º B", "Madrid", "28006", "Madrid", "ES"};
    c.emailConsent = true;
    c.marketingConsent = true;
    return c;
}

void joseHistory(Rng &rng, const HistoryBuilder &b, const Customer &c, History &h)
{
    const Catalogue &cat = b.catalogue();
    const Timeline &t = b.timeline();
    auto at
        = [&t](int daysAgo, int hour, int minute) { return t.at(0, daysAgo, hour * 60 + minute); };
    auto p = [&cat](const char *style, const char *size) { return productNamed(cat, style, size); };
    const int overcoat = p("Wool Blend Overcoat", "M");
    const int chelsea = p("Leather Chelsea Boots", "43");
    const int cashmere = p("Cashmere V-Neck Jumper", "M");
    const int blazer = p("Unstructured Linen Blazer", "M");

    // Two years of store visits in Serrano, web and app orders, one return.
    b.order(rng, h, c, Channel::Store, at(420, 12, 30),
            {p("Merino Crew Neck Jumper", "M"), p("Leather Belt", "One size")}, "carry_out", madrid,
            lucia, 0, false);
    b.view(h, Channel::Web, at(241, 21, 55), p("Oxford Shirt", "M"));
    b.view(h, Channel::Web, at(241, 22, 1), p("Stretch Cotton Chinos", "42"));
    b.order(rng, h, c, Channel::Web, at(240, 22, 10),
            {p("Oxford Shirt", "M"), p("Stretch Cotton Chinos", "42")}, "ship_to_home", -1, -1, 0,
            false);
    const int poplin = b.order(rng, h, c, Channel::Web, at(200, 21, 30),
                               {p("Slim Fit Poplin Shirt", "M")}, "ship_to_home", -1, -1, 0, false);
    b.addEvent(h, "contacted", Channel::Email, at(193, 10, 15), "Asked about a return",
               "The poplin shirt is tight across the shoulders; explained free returns in store.");
    b.returnLine(h, poplin, 0, at(188, 18, 20), Channel::Store, madrid, "Too small");
    b.order(rng, h, c, Channel::Store, at(150, 17, 45), {p("Wool Blazer", "M")}, "carry_out",
            madrid, carlos, 0, false);
    b.order(rng, h, c, Channel::App, at(60, 21, 40), {p("Denim Jacket", "M")}, "pick_up", -1, -1, 0,
            false);
    b.order(rng, h, c, Channel::Store, at(21, 13, 5), {p("Suede Desert Boots", "43")}, "carry_out",
            madrid, lucia, 0, false);
    b.addEvent(h, "survey_answered", Channel::Email, at(19, 9, 30), "Store visit survey",
               "Rated 10/10: \"Lucía found the boots in my size straight away.\"");
    // In transit now: placed two evenings ago, shipped yesterday.
    b.order(rng, h, c, Channel::App, at(2, 22, 5), {p("Leather Trainers", "43")}, "ship_to_home",
            -1, -1, 0, false);
    b.addEvent(h, "contacted", Channel::CallCentre, at(1, 11, 20), "Asked about delivery",
               "Wanted to know when the trainers arrive; parcel is with the carrier, due "
               "tomorrow.");

    // A gold member: older store purchases until the net spend passes 1,600 €.
    static constexpr const char *earlier[][2]
        = {{"Classic Trench Coat", "M"},           {"Leather Derby Shoes", "43"},
           {"Cashmere Scarf", "One size"},         {"Aran Cable Knit Jumper", "M"},
           {"Wool Blend Tailored Trousers", "42"}, {"Leather Weekender", "One size"}};
    for (int i = 0; i < 6; ++i) {
        b.finish(h);
        if (h.purchased - h.returned >= 160000)
            break;
        b.order(rng, h, c, i % 2 ? Channel::Web : Channel::Store, at(480 + 70 * i, 12, 15),
                {p(earlier[i][0], earlier[i][1])}, i % 2 ? "ship_to_home" : "carry_out",
                i % 2 ? -1 : madrid, i % 2 ? -1 : carlos, 0, false);
    }

    // Campaigns he opened, and browsing through the year.
    static constexpr const char *opened[]
        = {"The autumn knitwear edit", "Coats and jackets", "Black Friday: members first",
           "Christmas gift guide", "Spring new in"};
    for (int i = 0; i < 5; ++i)
        b.addEvent(h, "campaign_opened", Channel::Email, at(9 + 45 * i, 8, 40), opened[i],
                   i == 1 ? "Clicked through to outerwear" : "");
    for (int session = 0; session < 12; ++session) {
        const Channel channel = session % 3 ? Channel::App : Channel::Web;
        const int style = cat.popularStyle(rng, false);
        for (int v = 0; v < 3; ++v)
            b.view(h, channel, at(30 + 25 * session, 21, 10 + 4 * v),
                   cat.productFor(rng, style, c.sizes));
    }

    // Wishes, then last night: the overcoat and the boots on the web, into the cart, and again
    // on the app before bed.
    b.wish(h, Channel::Store, at(21, 13, 20), p("Leather Weekender", "One size"));
    b.wish(h, Channel::Web, at(35, 22, 10), blazer);
    b.wish(h, Channel::App, at(10, 23, 5), cashmere);
    b.view(h, Channel::Web, at(1, 21, 5), overcoat);
    b.view(h, Channel::Web, at(1, 21, 8), overcoat);
    b.view(h, Channel::Web, at(1, 21, 12), chelsea);
    b.view(h, Channel::Web, at(1, 21, 15), cashmere);
    b.addToCart(h, Channel::Web, at(1, 21, 20), overcoat, true);
    b.addToCart(h, Channel::Web, at(1, 21, 22), chelsea, true);
    b.view(h, Channel::App, at(1, 22, 30), overcoat);
    b.view(h, Channel::App, at(1, 22, 36), chelsea);
    b.view(h, Channel::App, at(1, 22, 41), blazer);
    b.finish(h);
}

void writeJoseProfile(Tables &tables, const Timeline &t, const Customer &c)
{
    auto at = [&t](int daysAgo, int hour) { return t.at(0, daysAgo, hour * 60); };
    const std::string luciaId = Places::staffId(madrid, lucia);
    const std::string carlosId = Places::staffId(madrid, carlos);
    tables.address(c, "Home", c.address, true, c.createdAt);
    tables.preference(c, "size.top", "M", at(420, 12), luciaId);
    tables.preference(c, "size.bottom", "42", at(420, 12), luciaId);
    tables.preference(c, "size.shoe", "43", at(21, 13), luciaId);
    tables.preference(c, "fit", "Slim", at(150, 18), carlosId);
    tables.preference(c, "colours", "Navy, camel, grey", at(150, 18), carlosId);
    tables.preference(c, "contact_channel", "sms", at(21, 13), luciaId);
    tables.preference(c, "contact_time", "Weekday evenings", at(21, 13), luciaId);
    tables.consent(c, "email", true, c.createdAt, Channel::Store, luciaId);
    tables.consent(c, "sms", true, c.createdAt, Channel::Store, luciaId);
    tables.consent(c, "marketing", true, at(700, 20), Channel::App, "");
    tables.note(c, madrid, carlos,
                "Looking for a good overcoat for his daughter's wedding in March.", at(150, 18));
    tables.note(c, madrid, lucia, "Prefers slim fit shirts; ask him about the new merino range.",
                at(21, 13));
    tables.task(c, madrid, lucia, "Call José when the Wool Blend Overcoat in M is in Serrano",
                t.now() + 2 * Timeline::day, false, at(1, 11));
}

// Customers sharing his names, so ranking can be seen: whole words before prefixes, accents
// folded.
struct Namesake
{
    const char *first;
    const char *last;
    bool female;
    int home;
    const char *language;
};
constexpr Namesake namesakes[] = {{"José", "Martínez", false, 0, "es"},
                                  {"Javier", "Munoz", false, 2, "en"},
                                  {"Ana", "Muñoz", true, 1, "es"},
                                  {"Josefa", "Muñoz Peña", true, 0, "es"}};

} // namespace

int writeShowcase(Tables &tables, const HistoryBuilder &builder, quint64 seed,
                  const CustomerOptions &options, qint64 maxCustomers, History &history)
{
    if (maxCustomers < 1)
        return 0;
    const Timeline &timeline = builder.timeline();
    {
        Rng rng(seed, 1);
        const Customer jose = joseMunoz(timeline);
        history.clear();
        joseHistory(rng, builder, jose, history);
        tables.writeCustomer(jose, history);
        writeJoseProfile(tables, timeline, jose);
    }
    int written = 1;
    for (const Namesake &namesake : namesakes) {
        if (written >= maxCustomers)
            break;
        const qint64 number = ++written;
        Rng rng(seed, quint64(number));
        Customer c = makeCustomer(rng, number, timeline, options);
        c.name = {namesake.first, namesake.last, namesake.female};
        c.home = namesake.home;
        c.language = namesake.language;
        c.email = Names::email(rng, c.name);
        c.phone = Names::mobilePhone(rng, Places::isIrish(c.home), quint64(number));
        c.sizes = typicalSizes(rng, namesake.female);
        c.address = Places::homeAddress(rng, c.home);
        c.hasAddress = true;
        c.persona = Persona::Mixed;
        c.lastActiveDaysAgo = 1;
        history.clear();
        builder.build(rng, c, history);
        tables.writeCustomer(c, history);
        tables.writeProfile(rng, c, history);
    }
    return written;
}

} // namespace Demo
