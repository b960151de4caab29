// SPDX-License-Identifier: MIT
#pragma once

#include "demorandom.h"

#include <string>
#include <string_view>
#include <vector>

namespace Demo {

/** The sizes a style comes in. */
enum class SizeRun { Letters, Waist, WomenShoes, MenShoes, OneSize };

struct Style
{
    std::string id;
    std::string name;
    std::string brand;
    std::string category; // the icon slug: tops, knitwear, shoes, bags, ...
    std::string subcategory;
    std::string description;
    std::string image; // "category/knitwear"
    SizeRun sizes = SizeRun::Letters;
    bool womenOnly = false;
    bool menOnly = false;
    int firstProduct = 0;
    int colours = 1;
    int sizeCount = 1;
    qint64 priceMinor = 0;
};

struct Product
{
    std::string sku;
    int style = 0;
    std::string colour;
    std::string size;
    int sizeOrder = 0;
    std::string barcode;
    qint64 priceMinor = 0;
};

/** A customer's usual sizes, used to pick the SKU they would buy. */
struct SizeProfile
{
    int letter = 2; // 0..4: XS..XL
    int waist = 40; // 34..44
    int shoe = 40; // 36..46
    bool female = false;
};

/**
 * The chain's fixed catalogue: about 100 styles in colours and sizes, about 550 SKUs, the same
 * for every seed (so the documentation and the screens can name products).
 */
class Catalogue
{
public:
    Catalogue();

    const std::vector<Style> &styles() const { return m_styles; }
    const std::vector<Product> &products() const { return m_products; }
    const Style &styleOf(int product) const
    {
        return m_styles[size_t(m_products[size_t(product)].style)];
    }

    /** A style someone of that gender would buy, popular ones more often. */
    int popularStyle(Rng &rng, bool female) const;
    /** The style's SKU in the customer's size (a neighbouring one now and then), any colour. */
    int productFor(Rng &rng, int style, const SizeProfile &sizes) const;
    /** A product by SKU, or -1. */
    int findSku(std::string_view sku) const;
    /** A style by a part of its name, e.g. "Merino Crew Neck", or -1. */
    int findStyle(std::string_view nameContains) const;

    static std::string letterSize(int index);

private:
    void build();

    std::vector<Style> m_styles;
    std::vector<Product> m_products;
    std::vector<double> m_womenWeights; // cumulative popularity
    std::vector<double> m_menWeights;
};

/** The EAN-13 check digit of 12 digits. */
int ean13CheckDigit(std::string_view twelveDigits);
/** True for 13 digits whose last one is the EAN-13 check digit of the first 12. */
bool isValidEan13(std::string_view barcode);

} // namespace Demo
