// SPDX-License-Identifier: MIT
#include "receipt.h"
#include "receiptrepository.h"
#include "format.h"
#include "languagecontroller.h"
#include "money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QLoggingCategory>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTranslator>
#include <QVariantMap>

#include <zint.h>

#include <cmath>
#include <memory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcReceipt, "clienteling.receipt")

namespace Receipt {

namespace {
/** The receipt's words, translated with the customer's catalogue, not the app's. */
class Words
{
public:
    explicit Words(const QString &language)
        : m_locale(LanguageController::localeFor(language)) // the screens' rules
    {
        m_loaded = m_translator.load(u":/i18n/clienteling_%1.qm"_s.arg(language));
    }
    QString operator()(const char *source) const
    {
        const QString translated = m_loaded ? m_translator.translate("Receipt", source) : QString();
        return translated.isEmpty() ? QString::fromUtf8(source) : translated;
    }
    QString money(qint64 minor, const QString &currency) const
    {
        // In the currency's own minor units (JPY none, KWD three), never through a double.
        return Money(minor, currency).toString(m_locale);
    }
    /** A rate in basis points as the customer's language writes a percentage: "5.5%",
        "5,5 %" (exact: the rate is never rounded to whole percent). */
    QString percent(int basisPoints) const
    {
        QString number = m_locale.toString(basisPoints / 100);
        if (const int hundredths = std::abs(basisPoints % 100); hundredths != 0) {
            QString fraction = QString::number(hundredths).rightJustified(2, u'0');
            if (fraction.endsWith(u'0'))
                fraction.chop(1);
            number += m_locale.decimalPoint() + fraction;
        }
        // Spanish (as most of Europe) puts a no-break space before the sign; English does not.
        const QString space = m_locale.language() == QLocale::English ? QString() : u"\u00A0"_s;
        return number + space + m_locale.percent();
    }
    QString dateTime(qint64 ms) const
    {
        return Format::dateTime(ms, m_locale);
    }

private:
    QTranslator m_translator;
    QLocale m_locale;
    bool m_loaded = false;
};

/** One printed line: text on the left, an amount on the right (may be empty). */
struct Line
{
    QString left;
    QString right;
    bool bold = false;
};

/** What is printed: the lines, then the order number as a barcode. */
struct Printed
{
    QString title;
    QString number;
    QList<Line> lines;
};

QString titleFor(const Words &words, const QVariantMap &order)
{
    return words(QT_TRANSLATE_NOOP("Receipt", "Receipt")) + u' '
        + order.value(u"number"_s).toString();
}

Printed build(const QSqlDatabase &db, const QString &orderId, const QString &language)
{
    const Words words(language);
    const ReceiptRepository::Sale sale = ReceiptRepository(db).sale(orderId);
    const QVariantMap &order = sale.order;
    if (order.isEmpty())
        return {};
    Printed printed {titleFor(words, order), order.value(u"number"_s).toString(), {}};
    QList<Line> &out = printed.lines;
    const QString currency = order.value(u"currency"_s).toString();
    const QVariantMap &store = sale.store;
    out << Line {store.value(u"name"_s).toString(), {}, true};
    out << Line {QStringList {store.value(u"address_line"_s).toString(),
                              QStringList {store.value(u"postcode"_s).toString(),
                                           store.value(u"city"_s).toString()}
                                  .join(u' ')}
                     .join(u", "_s),
                 {}};
    if (!store.value(u"phone"_s).toString().isEmpty())
        out << Line {store.value(u"phone"_s).toString(), {}};
    out << Line {};
    out << Line {printed.title, words.dateTime(order.value(u"created_at"_s).toLongLong()), true};
    const QVariantMap &associate = sale.associate;
    if (!associate.isEmpty())
        out << Line {words(QT_TRANSLATE_NOOP("Receipt", "Served by")) + u' '
                         + associate.value(u"display_name"_s).toString(),
                     {}};
    const QVariantMap &customer = sale.customer;
    if (!customer.isEmpty())
        out << Line {words(QT_TRANSLATE_NOOP("Receipt", "Customer")) + u' '
                         + customer.value(u"first_name"_s).toString() + u' '
                         + customer.value(u"last_name"_s).toString(),
                     customer.value(u"loyalty_id"_s).toString()};
    out << Line {};
    for (const QVariantMap &line : sale.lines) {
        const QString name = line.value(u"style_name"_s).toString().isEmpty()
            ? line.value(u"sku"_s).toString()
            : line.value(u"style_name"_s).toString();
        out << Line {u"%1 × %2"_s.arg(line.value(u"quantity"_s).toLongLong()).arg(name),
                     words.money(line.value(u"unit_price_minor"_s).toLongLong()
                                     * line.value(u"quantity"_s).toLongLong(),
                                 currency)};
        QStringList detail {line.value(u"colour"_s).toString(), line.value(u"size"_s).toString(),
                            line.value(u"sku"_s).toString()};
        detail.removeAll(QString());
        if (line.value(u"fulfilment"_s).toString() == u"ship_to_home"_s)
            detail << words(QT_TRANSLATE_NOOP("Receipt", "delivered to your home"));
        out << Line {u"   "_s + detail.join(u" · "_s), {}};
    }
    out << Line {};
    out << Line {words(QT_TRANSLATE_NOOP("Receipt", "Subtotal")),
                 words.money(order.value(u"subtotal_minor"_s).toLongLong(), currency)};
    if (order.value(u"discount_minor"_s).toLongLong() != 0) {
        QString label = words(QT_TRANSLATE_NOOP("Receipt", "Discounts"));
        if (!order.value(u"coupon_code"_s).toString().isEmpty())
            label += u" ("_s + order.value(u"coupon_code"_s).toString() + u')';
        out << Line {label, words.money(-order.value(u"discount_minor"_s).toLongLong(), currency)};
    }
    if (order.value(u"shipping_minor"_s).toLongLong() != 0)
        out << Line {words(QT_TRANSLATE_NOOP("Receipt", "Delivery")),
                     words.money(order.value(u"shipping_minor"_s).toLongLong(), currency)};
    out << Line {words(QT_TRANSLATE_NOOP("Receipt", "Total")),
                 words.money(order.value(u"total_minor"_s).toLongLong(), currency), true};
    out << Line {words(QT_TRANSLATE_NOOP("Receipt", "VAT included")) + u" ("_s
                     + words.percent(store.value(u"vat_rate_bp"_s).toInt()) + u')',
                 words.money(order.value(u"tax_minor"_s).toLongLong(), currency)};
    out << Line {};
    for (const QVariantMap &payment : sale.payments) {
        const QString tender = payment.value(u"tender"_s).toString();
        QString label = tender == u"card"_s ? words(QT_TRANSLATE_NOOP("Receipt", "Card"))
            : tender == u"cash"_s           ? words(QT_TRANSLATE_NOOP("Receipt", "Cash"))
                                            : words(QT_TRANSLATE_NOOP("Receipt", "Gift card"));
        if (tender == u"card"_s)
            label += u' ' + payment.value(u"card_brand"_s).toString().toUpper() + u" **** "_s
                + payment.value(u"card_last4"_s).toString() + u"  ("_s
                + words(QT_TRANSLATE_NOOP("Receipt", "ref.")) + u' '
                + payment.value(u"terminal_reference"_s).toString() + u')';
        if (tender == u"gift_card"_s) {
            // Tablets keep no gift cards: the last digits come from the sale's tender.
            if (const QString last4 = payment.value(u"gift_card_last4"_s).toString();
                !last4.isEmpty())
                label += u" **** "_s + last4;
        }
        out << Line {label, words.money(payment.value(u"amount_minor"_s).toLongLong(), currency)};
    }
    for (const QVariantMap &refund : sale.refunds)
        out << Line {words(QT_TRANSLATE_NOOP("Receipt", "Refunded")) + u' '
                         + words.dateTime(refund.value(u"created_at"_s).toLongLong()),
                     words.money(-refund.value(u"amount_minor"_s).toLongLong(), currency)};
    out << Line {};
    out << Line {words(QT_TRANSLATE_NOOP("Receipt", "Thank you for shopping with us.")), {}};
    out << Line {words(QT_TRANSLATE_NOOP(
                     "Receipt", "Returns within 30 days with this receipt, in any store.")),
                 {}};
    return printed;
}

// The roll: 80 mm wide, 4 mm side margins, a 5 mm line, the barcode 12 mm high with a line's
// space above it.
constexpr qreal rollMm = 80.0;
constexpr qreal sideMarginMm = 4.0;
constexpr qreal topMarginMm = 6.0;
constexpr qreal lineMm = 5.0;
constexpr qreal barcodeMm = 12.0;

qreal receiptHeightMm(const Printed &printed)
{
    return 2 * topMarginMm + lineMm * printed.lines.size() + lineMm + barcodeMm;
}

/** The number as Code 128 bars (libzint): the bars' left edges and widths in modules, and the
    symbol's width in modules; empty when the number cannot be encoded. */
struct Bars
{
    QList<QPair<qreal, qreal>> bars;
    qreal modules = 0;
};

Bars code128(const QString &number)
{
    Bars out;
    const QByteArray data = number.toLatin1();
    if (data.isEmpty() || QString::fromLatin1(data) != number)
        return out;
    std::unique_ptr<zint_symbol, decltype(&ZBarcode_Delete)> symbol(ZBarcode_Create(),
                                                                    &ZBarcode_Delete);
    if (!symbol)
        return out;
    symbol->symbology = BARCODE_CODE128;
    symbol->show_hrt = 0; // the number is printed as text above
    if (ZBarcode_Encode(symbol.get(), reinterpret_cast<const unsigned char *>(data.constData()),
                        int(data.size()))
            >= ZINT_ERROR
        || ZBarcode_Buffer_Vector(symbol.get(), 0) >= ZINT_ERROR || !symbol->vector
        || symbol->width <= 0) {
        qCWarning(lcReceipt) << "no barcode for the order number:" << symbol->errtxt;
        return out;
    }
    // The vector's units are a fixed multiple of the module: bring them back to modules.
    const qreal perModule = symbol->vector->width / symbol->width;
    for (const zint_vector_rect *rect = symbol->vector->rectangles; rect; rect = rect->next)
        out.bars << qMakePair(rect->x / perModule, rect->width / perModule);
    out.modules = symbol->width;
    return out;
}

/** Paints the receipt on a device whose painter's viewport is the printable area. */
void paint(QPainter &painter, const Printed &printed, qreal dotsPerMm)
{
    const qreal width = painter.viewport().width();
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(int(3.0 * dotsPerMm));
    qreal y = 0;
    for (const Line &line : printed.lines) {
        font.setBold(line.bold);
        painter.setFont(font);
        const QRectF box(0, y, width, lineMm * dotsPerMm);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, line.left);
        if (!line.right.isEmpty())
            painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, line.right);
        y += lineMm * dotsPerMm;
    }
    const Bars bars = code128(printed.number);
    if (bars.bars.isEmpty())
        return;
    // Ten modules of quiet zone each side (ISO/IEC 15417); whole dots per module so every bar
    // of a raster print is as wide as the scanner expects.
    const qreal module = qMax<qreal>(1, std::floor(width / (bars.modules + 20)));
    const qreal left = (width - module * bars.modules) / 2;
    y += lineMm * dotsPerMm;
    for (const auto &[x, w] : bars.bars)
        painter.fillRect(QRectF(left + x * module, y, w * module, barcodeMm * dotsPerMm),
                         Qt::black);
}
} // namespace

QStringList text(const QSqlDatabase &db, const QString &orderId, const QString &language)
{
    QStringList lines;
    for (const Line &line : build(db, orderId, language).lines)
        lines << (line.right.isEmpty() ? line.left : line.left + u"  "_s + line.right);
    return lines;
}

QImage image(const QSqlDatabase &db, const QString &orderId, const QString &language, int dpi)
{
    const Printed printed = build(db, orderId, language);
    if (printed.lines.isEmpty())
        return {};
    const qreal dotsPerMm = dpi / 25.4;
    QImage image(QSize(qRound(rollMm * dotsPerMm), qRound(receiptHeightMm(printed) * dotsPerMm)),
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    const QRect printable(qRound(sideMarginMm * dotsPerMm), qRound(topMarginMm * dotsPerMm),
                          qRound((rollMm - 2 * sideMarginMm) * dotsPerMm),
                          image.height() - qRound(2 * topMarginMm * dotsPerMm));
    painter.setViewport(printable);
    painter.setWindow(0, 0, printable.width(), printable.height());
    paint(painter, printed, dotsPerMm);
    return image;
}

bool writePdf(const QSqlDatabase &db, const QString &orderId, const QString &language,
              const QString &path, QString *error)
{
    const Printed printed = build(db, orderId, language);
    if (printed.lines.isEmpty()) {
        *error = u"no such order on this tablet"_s;
        return false;
    }
    // An 80 mm roll, as long as the receipt needs.
    constexpr int dpi = 300;
    QPdfWriter writer(path);
    writer.setResolution(dpi);
    writer.setTitle(printed.title);
    writer.setCreator(u"Clienteling"_s);
    writer.setPageSize(QPageSize(QSizeF(rollMm, receiptHeightMm(printed)), QPageSize::Millimeter));
    writer.setPageMargins(QMarginsF(sideMarginMm, topMarginMm, sideMarginMm, topMarginMm),
                          QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = u"cannot write %1"_s.arg(path);
        return false;
    }
    paint(painter, printed, dpi / 25.4);
    if (!painter.end()) {
        *error = u"cannot finish %1"_s.arg(path);
        return false;
    }
    return true;
}

} // namespace Receipt
