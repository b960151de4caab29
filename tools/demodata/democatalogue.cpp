// SPDX-License-Identifier: MIT
#include "democatalogue.h"

#include <algorithm>
#include <cstdio>

namespace Demo {

namespace {

struct Colour
{
    const char *name;
    const char *code;
};

constexpr Colour palette[]
    = {{"Black", "BLK"},    {"Navy", "NVY"},       {"Ivory", "IVO"},        {"Camel", "CML"},
       {"Olive", "OLV"},    {"Burgundy", "BGD"},   {"Grey Marl", "GRM"},    {"Sky Blue", "SKY"},
       {"Rust", "RST"},     {"Stone", "STN"},      {"Forest Green", "FGR"}, {"Ecru", "ECR"},
       {"Charcoal", "CHC"}, {"Dusty Pink", "DPK"}, {"Sage", "SGE"},         {"Chocolate", "CHO"},
       {"White", "WHT"},    {"Tan", "TAN"},        {"Cognac", "COG"},       {"Indigo", "IND"},
       {"Mid Blue", "MBL"}, {"Light Wash", "LWS"}};
// Index ranges into the palette per kind of product.
constexpr int clothingColours[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
constexpr int denimColours[] = {19, 20, 21, 0};
constexpr int leatherColours[] = {0, 17, 18, 15, 1, 16};

struct Family
{
    const char *category;
    const char *prefix;
    const char *names[10];
    SizeRun sizes;
    int gender; // 0 any, 1 women, 2 men
    int minEuros;
    int maxEuros;
};

constexpr Family families[] = {
    {"tops",
     "TP",
     {"Organic Cotton Crew Neck T-Shirt", "Slub Jersey V-Neck T-Shirt",
      "Pima Cotton Long Sleeve Top", "Striped Breton Top", "Piqué Polo Shirt", "Ribbed Vest Top",
      "Linen Blend T-Shirt", "Modal Wrap Top", "Boxy Heavyweight T-Shirt", "Lace Trim Camisole"},
     SizeRun::Letters,
     0,
     19,
     45},
    {"shirts",
     "SH",
     {"Oxford Shirt", "Slim Fit Poplin Shirt", "Relaxed Linen Shirt", "Denim Western Shirt",
      "Brushed Cotton Overshirt", "Silk Blend Blouse", "Flannel Check Shirt",
      "Striped Cotton Shirt"},
     SizeRun::Letters,
     0,
     39,
     79},
    {"knitwear",
     "KN",
     {"Merino Crew Neck Jumper", "Cashmere V-Neck Jumper", "Lambswool Cardigan",
      "Merino Roll Neck Jumper", "Aran Cable Knit Jumper", "Cotton Quarter-Zip Jumper",
      "Alpaca Blend Cardigan", "Cashmere Blend Crew Neck Jumper", "Chunky Knit Cardigan",
      "Fine Knit Polo Jumper"},
     SizeRun::Letters,
     0,
     49,
     149},
    {"trousers",
     "TR",
     {"Stretch Cotton Chinos", "Wool Blend Tailored Trousers", "Linen Wide Leg Trousers",
      "Twill Cargo Trousers", "Pleated Trousers", "Corduroy Trousers", "Jersey Joggers",
      "Tapered Chinos"},
     SizeRun::Waist,
     0,
     49,
     99},
    {"jeans",
     "JN",
     {"Straight Leg Jeans", "Slim Fit Jeans", "High Rise Mom Jeans", "Bootcut Jeans",
      "Wide Leg Jeans", "Skinny Jeans"},
     SizeRun::Waist,
     0,
     59,
     109},
    {"dresses",
     "DR",
     {"Floral Midi Dress", "Jersey Wrap Dress", "Linen Shirt Dress", "Satin Slip Dress",
      "Knitted Midi Dress", "Tiered Maxi Dress", "Polka Dot Tea Dress", "Pleated Midi Dress",
      "Little Black Dress", "Broderie Sundress"},
     SizeRun::Letters,
     1,
     59,
     149},
    {"skirts",
     "SK",
     {"Satin Midi Skirt", "Pleated Midi Skirt", "Cord A-Line Skirt", "Denim Mini Skirt",
      "Wool Blend Pencil Skirt", "Printed Wrap Skirt"},
     SizeRun::Letters,
     1,
     39,
     89},
    {"outerwear",
     "OW",
     {"Wool Blend Overcoat", "Classic Trench Coat", "Recycled Down Puffer Jacket", "Hooded Parka",
      "Wax Jacket", "Double-Faced Wool Car Coat", "Quilted Liner Jacket", "Water-Repellent Mac"},
     SizeRun::Letters,
     0,
     129,
     299},
    {"jackets",
     "JK",
     {"Unstructured Linen Blazer", "Wool Blazer", "Denim Jacket", "Bomber Jacket", "Suede Jacket",
      "Cotton Field Jacket"},
     SizeRun::Letters,
     0,
     89,
     229},
    {"shoes",
     "FM",
     {"Leather Chelsea Boots", "Leather Derby Shoes", "Suede Loafers", "Leather Trainers",
      "Suede Desert Boots", "Leather Brogues"},
     SizeRun::MenShoes,
     2,
     69,
     179},
    {"shoes",
     "FW",
     {"Leather Ankle Boots", "Ballet Flats", "Leather Loafers", "Canvas Trainers", "Suede Mules",
      "Leather Knee Boots"},
     SizeRun::WomenShoes,
     1,
     59,
     189},
    {"bags",
     "BG",
     {"Leather Tote Bag", "Crossbody Bag", "Canvas Backpack", "Leather Weekender",
      "Suede Shoulder Bag", "Recycled Nylon Belt Bag"},
     SizeRun::OneSize,
     0,
     39,
     229},
    {"scarves",
     "SC",
     {"Cashmere Scarf", "Check Wool Scarf", "Silk Square Scarf", "Lambswool Snood"},
     SizeRun::OneSize,
     0,
     19,
     99},
    {"accessories",
     "AC",
     {"Leather Belt", "Ribbed Beanie", "Leather Gloves", "Leather Wallet", "Cotton Twill Cap",
      "Card Holder"},
     SizeRun::OneSize,
     0,
     19,
     69},
};

constexpr const char *brands[]
    = {"Northbay", "Alma Rosa", "Costa Verde", "Harlow & Finch", "Kestrel",
       "Solano",   "Brae & Co", "Mirabel",     "Atlántica",      "Fenwick Row"};

constexpr const char *letters[] = {"XS", "S", "M", "L", "XL"};

int sizeCountOf(SizeRun run)
{
    switch (run) {
    case SizeRun::Letters:
        return 5;
    case SizeRun::Waist:
        return 6; // 34..44 in steps of 2
    case SizeRun::WomenShoes:
        return 6; // 36..41
    case SizeRun::MenShoes:
        return 7; // 40..46
    case SizeRun::OneSize:
        return 1;
    }
    return 1;
}

// The size label and its sort order for a size index of a run.
std::pair<std::string, int> sizeOf(SizeRun run, int index)
{
    switch (run) {
    case SizeRun::Letters:
        return {letters[index], index + 1};
    case SizeRun::Waist:
        return {std::to_string(34 + 2 * index), 34 + 2 * index};
    case SizeRun::WomenShoes:
        return {std::to_string(36 + index), 36 + index};
    case SizeRun::MenShoes:
        return {std::to_string(40 + index), 40 + index};
    case SizeRun::OneSize:
        break;
    }
    return {"One size", 0};
}

std::string lower(std::string text)
{
    for (char &c : text) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return text;
}

} // namespace

int ean13CheckDigit(std::string_view twelveDigits)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (twelveDigits[size_t(i)] - '0') * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10;
}

bool isValidEan13(std::string_view barcode)
{
    if (barcode.size() != 13 || !std::all_of(barcode.begin(), barcode.end(), [](char c) {
            return c >= '0' && c <= '9';
        }))
        return false;
    return ean13CheckDigit(barcode.substr(0, 12)) == barcode[12] - '0';
}

std::string Catalogue::letterSize(int index)
{
    return letters[std::clamp(index, 0, 4)];
}

Catalogue::Catalogue()
{
    build();
}

void Catalogue::build()
{
    Rng rng(0xC47A106E); // the catalogue is the same for every seed
    double women = 0;
    double men = 0;
    for (const Family &family : families) {
        for (int k = 0; k < 10 && family.names[k]; ++k) {
            Style style;
            char id[16];
            std::snprintf(id, sizeof id, "%s%d", family.prefix, 1001 + k);
            style.id = id;
            style.name = family.names[k];
            style.brand = rng.pick(brands);
            style.category = family.category;
            // The kind of garment: the name's last word ("jumper", "boots", "t-shirt").
            style.subcategory = lower(style.name.substr(style.name.rfind(' ') + 1));
            const std::string name = lower(style.name);
            const bool vowel = std::string_view("aeiou").find(name[0]) != std::string::npos;
            style.description = (vowel ? "An " : "A ") + name + " by " + style.brand
                + (family.gender == 1 ? ", cut for women" : "") + '.';
            style.image = std::string("category/") + family.category;
            style.sizes = family.sizes;
            style.womenOnly = family.gender == 1;
            style.menOnly = family.gender == 2;
            style.firstProduct = int(m_products.size());
            style.sizeCount = sizeCountOf(family.sizes);
            const bool oneSize = family.sizes == SizeRun::OneSize;
            style.colours = oneSize ? rng.range(2, 3) : (rng.chance(0.15) ? 2 : 1);
            // Prices end in .95: 29.95, 34.95, ...
            const int euros = rng.range(family.minEuros, family.maxEuros) / 5 * 5 + 5;
            style.priceMinor = qint64(euros) * 100 - 5;

            const bool denim
                = style.category == "jeans" || style.name.find("Denim") != std::string::npos;
            const bool leather = family.sizes == SizeRun::MenShoes
                || family.sizes == SizeRun::WomenShoes || style.category == "bags"
                || style.category == "accessories";
            int first = int(rng.below(16));
            for (int c = 0; c < style.colours; ++c) {
                const int slot = first + c * 5;
                const Colour &colour = denim ? palette[denimColours[slot % 4]]
                    : leather                ? palette[leatherColours[slot % 6]]
                                             : palette[clothingColours[slot % 16]];
                for (int s = 0; s < style.sizeCount; ++s) {
                    Product product;
                    product.style = int(m_styles.size());
                    product.colour = colour.name;
                    const auto [label, order] = sizeOf(family.sizes, s);
                    product.size = label;
                    product.sizeOrder = order;
                    product.sku = style.id + '-' + colour.code + '-' + (oneSize ? "OS" : label);
                    char digits[24];
                    // 84: GS1 Spain; 12345: the chain's company prefix; then the item number.
                    std::snprintf(digits, sizeof digits, "8412345%05d", int(m_products.size()) + 1);
                    product.barcode = std::string(digits) + char('0' + ean13CheckDigit(digits));
                    product.priceMinor = style.priceMinor;
                    m_products.push_back(std::move(product));
                }
            }
            // Popularity: a few best sellers, a long tail.
            const double popularity = 1.0 + 12.0 * rng.real() * rng.real() * rng.real();
            women += style.menOnly ? 0.0 : popularity;
            men += style.womenOnly ? 0.0 : popularity;
            m_womenWeights.push_back(women);
            m_menWeights.push_back(men);
            m_styles.push_back(std::move(style));
        }
    }
}

int Catalogue::popularStyle(Rng &rng, bool female) const
{
    const std::vector<double> &weights = female ? m_womenWeights : m_menWeights;
    const double r = rng.real() * weights.back();
    return int(std::upper_bound(weights.begin(), weights.end(), r) - weights.begin());
}

int Catalogue::productFor(Rng &rng, int styleIndex, const SizeProfile &sizes) const
{
    const Style &style = m_styles[size_t(styleIndex)];
    int size = 0;
    switch (style.sizes) {
    case SizeRun::Letters:
        size = sizes.letter;
        break;
    case SizeRun::Waist:
        size = (sizes.waist - 34) / 2;
        break;
    case SizeRun::WomenShoes:
        size = sizes.shoe - 36;
        break;
    case SizeRun::MenShoes:
        size = sizes.shoe - 40;
        break;
    case SizeRun::OneSize:
        break;
    }
    if (style.sizeCount > 1 && rng.chance(0.08)) // the other size, to compare
        size += rng.chance(0.5) ? 1 : -1;
    size = std::clamp(size, 0, style.sizeCount - 1);
    const int colour = int(rng.below(quint32(style.colours)));
    return style.firstProduct + colour * style.sizeCount + size;
}

int Catalogue::findSku(std::string_view sku) const
{
    for (size_t i = 0; i < m_products.size(); ++i) {
        if (m_products[i].sku == sku)
            return int(i);
    }
    return -1;
}

int Catalogue::findStyle(std::string_view nameContains) const
{
    for (size_t i = 0; i < m_styles.size(); ++i) {
        if (m_styles[i].name.find(nameContains) != std::string::npos)
            return int(i);
    }
    return -1;
}

} // namespace Demo
