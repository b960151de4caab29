// SPDX-License-Identifier: MIT
#include "receipt.h"
#include "format.h"
#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTranslator>
#include <QVariantMap>

using namespace Qt::Literals::StringLiterals;

namespace Receipt {

namespace {
/** The receipt's words, translated with the customer's catalogue, not the app's. */
class Words
{
public:
    explicit Words(const QString &language)
        : m_locale(language == u"es"_s ? QLocale(QLocale::Spanish, QLocale::Spain)
                                       : QLocale(QLocale::English, QLocale::UnitedKingdom))
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
        // Display only: the amounts themselves stay integer minor units.
        return m_locale.toCurrencyString(double(minor) / 100.0,
                                         currency == u"EUR"_s ? u"€"_s : currency);
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

QVariantMap row(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    return Database::rows(db, sql, values).value(0);
}

/** One printed line: text on the left, an amount on the right (may be empty). */
struct Line
{
    QString left;
    QString right;
    bool bold = false;
};

QList<Line> build(const QSqlDatabase &db, const QString &orderId, const QString &language)
{
    const Words words(language);
    const QVariantMap order = row(db, u"SELECT * FROM orders WHERE id = ?"_s, {orderId});
    if (order.isEmpty())
        return {};
    const QString currency = order.value(u"currency"_s).toString();
    const QVariantMap store
        = row(db, u"SELECT * FROM locations WHERE id = ?"_s, {order.value(u"location_id"_s)});
    QList<Line> out;
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
    out << Line {words(QT_TRANSLATE_NOOP("Receipt", "Receipt")) + u' '
                     + order.value(u"number"_s).toString(),
                 words.dateTime(order.value(u"created_at"_s).toLongLong()), true};
    const QVariantMap associate = row(db, u"SELECT display_name FROM staff WHERE id = ?"_s,
                                      {order.value(u"associate_id"_s)});
    if (!associate.isEmpty())
        out << Line {words(QT_TRANSLATE_NOOP("Receipt", "Served by")) + u' '
                         + associate.value(u"display_name"_s).toString(),
                     {}};
    const QVariantMap customer = row(db,
                                     u"SELECT first_name, last_name, loyalty_id FROM"
                                     " customers WHERE id = ?"_s,
                                     {order.value(u"customer_id"_s)});
    if (!customer.isEmpty())
        out << Line {words(QT_TRANSLATE_NOOP("Receipt", "Customer")) + u' '
                         + customer.value(u"first_name"_s).toString() + u' '
                         + customer.value(u"last_name"_s).toString(),
                     customer.value(u"loyalty_id"_s).toString()};
    out << Line {};
    for (const QVariantMap &line :
         Database::rows(db,
                        u"SELECT l.*, s.name AS style_name, p.size, p.colour FROM order_lines l"
                        " LEFT JOIN products p ON p.sku = l.sku LEFT JOIN styles s ON s.id ="
                        " p.style_id WHERE l.order_id = ? ORDER BY l.line_no"_s,
                        {orderId})) {
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
                     + QLocale().toString(store.value(u"vat_rate_bp"_s).toInt() / 100.0, 'f', 0)
                     + u"%)"_s,
                 words.money(order.value(u"tax_minor"_s).toLongLong(), currency)};
    out << Line {};
    for (const QVariantMap &payment : Database::rows(
             db, u"SELECT * FROM payments WHERE order_id = ? ORDER BY created_at"_s, {orderId})) {
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
            const QVariantMap card = row(db,
                                         u"SELECT gift_card_last4 AS last4 FROM sale_tenders"
                                         " WHERE gift_card_id = ? LIMIT 1"_s,
                                         {payment.value(u"gift_card_id"_s)});
            if (!card.value(u"last4"_s).toString().isEmpty())
                label += u" **** "_s + card.value(u"last4"_s).toString();
        }
        out << Line {label, words.money(payment.value(u"amount_minor"_s).toLongLong(), currency)};
    }
    for (const QVariantMap &refund : Database::rows(
             db, u"SELECT * FROM refunds WHERE order_id = ? ORDER BY created_at"_s, {orderId}))
        out << Line {words(QT_TRANSLATE_NOOP("Receipt", "Refunded")) + u' '
                         + words.dateTime(refund.value(u"created_at"_s).toLongLong()),
                     words.money(-refund.value(u"amount_minor"_s).toLongLong(), currency)};
    out << Line {};
    out << Line {words(QT_TRANSLATE_NOOP("Receipt", "Thank you for shopping with us.")), {}};
    out << Line {words(QT_TRANSLATE_NOOP(
                     "Receipt", "Returns within 30 days with this receipt, in any store.")),
                 {}};
    return out;
}
} // namespace

QStringList text(const QSqlDatabase &db, const QString &orderId, const QString &language)
{
    QStringList lines;
    for (const Line &line : build(db, orderId, language))
        lines << (line.right.isEmpty() ? line.left : line.left + u"  "_s + line.right);
    return lines;
}

bool writePdf(const QSqlDatabase &db, const QString &orderId, const QString &language,
              const QString &path, QString *error)
{
    const QList<Line> lines = build(db, orderId, language);
    if (lines.isEmpty()) {
        *error = u"no such order on this tablet"_s;
        return false;
    }
    // An 80 mm roll, as long as the receipt needs.
    constexpr int dpi = 300;
    const qreal lineMm = 5.0;
    QPdfWriter writer(path);
    writer.setResolution(dpi);
    writer.setTitle(lines.value(4).left);
    writer.setCreator(u"Clienteling"_s);
    writer.setPageSize(QPageSize(QSizeF(80, 20 + lineMm * lines.size()), QPageSize::Millimeter));
    writer.setPageMargins(QMarginsF(4, 6, 4, 6), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = u"cannot write %1"_s.arg(path);
        return false;
    }
    const qreal mm = dpi / 25.4;
    const qreal width = painter.viewport().width();
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(int(3.0 * mm));
    qreal y = 0;
    for (const Line &line : lines) {
        font.setBold(line.bold);
        painter.setFont(font);
        const QRectF box(0, y, width, lineMm * mm);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, line.left);
        if (!line.right.isEmpty())
            painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, line.right);
        y += lineMm * mm;
    }
    if (!painter.end()) {
        *error = u"cannot finish %1"_s.arg(path);
        return false;
    }
    return true;
}

} // namespace Receipt
