// SPDX-License-Identifier: MIT
// The sale's receipt over a real local store (the client's schema, real SQLite): amounts in the
// order's currency with its own decimals (EUR 2, JPY 0, KWD 3), a 5.5 % VAT rate printed as it
// is in English and Spanish, the PDF's title for a store with and without a phone, and the
// order number as a Code 128 barcode that decodes back to the number when the printed receipt
// is scanned (the painted image is read row by row and decoded here, check digit included).
#include "database.h"
#include "receipt.h"
#include "schema.h"

#include <QFile>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// Code 128's 107 symbols as bar and space widths in modules (ISO/IEC 15417, table 1); the
// stop symbol (106) has a seventh, final bar.
const char *const code128Patterns[]
    = {"212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212",
       "221213", "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221",
       "223211", "221132", "221231", "213212", "223112", "312131", "311222", "321122", "321221",
       "312212", "322112", "322211", "212123", "212321", "232121", "111323", "131123", "131321",
       "112313", "132113", "132311", "211313", "231113", "231311", "112133", "112331", "132131",
       "113123", "113321", "133121", "313121", "211331", "231131", "213113", "213311", "213131",
       "311123", "311321", "331121", "312113", "312311", "332111", "314111", "221411", "431111",
       "111224", "111422", "121124", "121421", "141122", "141221", "112214", "112412", "122114",
       "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111", "111242",
       "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
       "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311",
       "113141", "114131", "311141", "411131", "211412", "211214", "211232", "2331112"};

/** Decodes one scan line of bars (alternating dark and light run lengths in dots, starting
    with a dark one) as Code 128; empty unless start, check digit and stop all agree. */
QString decodeCode128(const QList<int> &runs)
{
    if (runs.size() < 6 * 3 + 7 || (runs.size() - 7) % 6 != 0)
        return {};
    QList<int> values;
    for (qsizetype at = 0; at + 7 < runs.size(); at += 6) {
        int sum = 0;
        for (int i = 0; i < 6; ++i)
            sum += runs[at + i];
        QByteArray pattern;
        for (int i = 0; i < 6; ++i)
            pattern += char('0' + qRound(runs[at + i] * 11.0 / sum));
        int value = -1;
        for (int v = 0; v < 106; ++v) {
            if (pattern == code128Patterns[v])
                value = v;
        }
        if (value < 0)
            return {};
        values << value;
    }
    QByteArray stop;
    int stopSum = 0;
    for (qsizetype i = runs.size() - 7; i < runs.size(); ++i)
        stopSum += runs[i];
    for (qsizetype i = runs.size() - 7; i < runs.size(); ++i)
        stop += char('0' + qRound(runs[i] * 13.0 / stopSum));
    if (stop != code128Patterns[106] || values.size() < 3 || values.first() < 103)
        return {};
    int check = values.first();
    for (qsizetype i = 1; i + 1 < values.size(); ++i)
        check += int(i) * values[i];
    if (check % 103 != values.last())
        return {};
    QString text;
    char set = "ABC"[values.first() - 103];
    for (qsizetype i = 1; i + 1 < values.size(); ++i) {
        const int v = values[i];
        if (set == 'C' && v < 100) {
            text += QString::number(v).rightJustified(2, u'0');
        } else if (v == 99) {
            set = 'C';
        } else if (v == 100) {
            set = 'B';
        } else if (v == 101) {
            set = 'A';
        } else if (set == 'B' && v < 96) {
            text += QChar(v + 32);
        } else if (set == 'A' && v < 64) {
            text += QChar(v + 32);
        } else {
            return {}; // controls, shifts and FNC codes: never in an order number
        }
    }
    return text;
}

/** Every text a row of the image decodes to as Code 128. */
QStringList scan(const QImage &image)
{
    QStringList found;
    for (int y = 0; y < image.height(); ++y) {
        QList<int> runs;
        bool dark = false;
        for (int x = 0; x < image.width(); ++x) {
            const bool pixelDark = qGray(image.pixel(x, y)) < 128;
            if (runs.isEmpty() && !pixelDark)
                continue;
            if (runs.isEmpty() || pixelDark != dark)
                runs << 0;
            dark = pixelDark;
            ++runs.last();
        }
        if (!runs.isEmpty() && !dark)
            runs.removeLast(); // the white after the last bar
        const QString text = decodeCode128(runs);
        if (!text.isEmpty() && !found.contains(text))
            found << text;
    }
    return found;
}

/** The PDF's /Title as QPdfWriter writes it (UTF-16BE with a byte order mark). */
QByteArray pdfTitleBytes(const QString &title)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (const QChar c : title) {
        bytes += char(c.unicode() >> 8);
        bytes += char(c.unicode() & 0xFF);
    }
    return "/Title (" + bytes + ")";
}

} // namespace

class TestReceipt : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;

    void exec(const QString &sql, const QVariantList &values)
    {
        QSqlQuery query = Database::prepare(m_db, sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        QVERIFY2(Database::exec(query), qPrintable(sql));
    }
    /** A store (phone or none), and a sale in currency: one line of two at unitMinor, VAT
        included at the store's rate, paid by card. */
    void sale(const QString &orderId, const QString &number, const QString &currency,
              qint64 unitMinor, int vatBasisPoints, const QString &phone)
    {
        const QString store = u"store-"_s + orderId;
        exec(u"INSERT INTO locations (id, kind, code, name, address_line, city, postcode,"
             " country, time_zone, currency, vat_rate_bp, phone) VALUES (?, 'store', ?, ?,"
             " 'Calle Serrano 21', 'Madrid', '28001', 'ES', 'Europe/Madrid', ?, ?, ?)"_s,
             {store, orderId.left(3).toUpper(), u"Clienteling Serrano"_s, currency, vatBasisPoints,
              phone});
        const qint64 total = 2 * unitMinor;
        const qint64 tax = total * vatBasisPoints / (10000 + vatBasisPoints);
        exec(u"INSERT INTO orders (id, number, channel, location_id, status, currency,"
             " subtotal_minor, tax_minor, total_minor, created_at) VALUES"
             " (?, ?, 'store', ?, 'completed', ?, ?, ?, ?, ?)"_s,
             {orderId, number, store, currency, total, tax, total,
              QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch()});
        exec(u"INSERT INTO order_lines (id, order_id, line_no, sku, quantity, unit_price_minor,"
             " total_minor) VALUES (?, ?, 1, 'SKU-1', 2, ?, ?)"_s,
             {QString(orderId + u"-1"_s), orderId, unitMinor, total});
        exec(u"INSERT INTO payments (id, order_id, tender, amount_minor, currency, status,"
             " card_brand, card_last4, terminal_reference, created_at) VALUES"
             " (?, ?, 'card', ?, ?, 'captured', 'mc', '0010', 'T-1', 0)"_s,
             {QString(orderId + u"-p"_s), orderId, total, currency});
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Database::openSqlite(m_dir.filePath(u"receipt.db"_s), u"receipt"_s, &error);
        QVERIFY2(m_db.isOpen(), qPrintable(error));
        QVERIFY2(Database::migrate(m_db, Schema::clientMigrations(), &error), qPrintable(error));
        sale(u"eur"_s, u"MAD-261125-A1-0001"_s, u"EUR"_s, 4990, 2100, u"+34 910 000 000"_s);
        sale(u"jpy"_s, u"TYO-261125-B2-0001"_s, u"JPY"_s, 12800, 1000, u"+81 3 0000 0000"_s);
        sale(u"kwd"_s, u"KWI-261125-C3-0001"_s, u"KWD"_s, 12345, 0, u"+965 0000 0000"_s);
        sale(u"fra"_s, u"PAR-261125-D4-0001"_s, u"EUR"_s, 1000, 550, QString());
    }

    /** Each currency with its own decimals: the line, the total and the card. */
    void amountsInTheOrdersCurrency_data()
    {
        QTest::addColumn<QString>("orderId");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("total");
        QTest::newRow("EUR") << u"eur"_s << u"en"_s << u"€99.80"_s << u"Total  €99.80"_s;
        // Spanish separates the amount from the sign with a no-break space.
        QTest::newRow("EUR es") << u"eur"_s << u"es"_s << u"99,80\u00A0€"_s << u"  99,80\u00A0€"_s;
        QTest::newRow("JPY") << u"jpy"_s << u"en"_s << u"JPY25,600"_s << u"Total  JPY25,600"_s;
        QTest::newRow("KWD") << u"kwd"_s << u"en"_s << u"KWD24.690"_s << u"Total  KWD24.690"_s;
        QTest::newRow("KWD es") << u"kwd"_s << u"es"_s << u"24,690\u00A0KWD"_s
                                << u"  24,690\u00A0KWD"_s;
    }
    void amountsInTheOrdersCurrency()
    {
        QFETCH(QString, orderId);
        QFETCH(QString, language);
        QFETCH(QString, line);
        QFETCH(QString, total);
        const QStringList text = Receipt::text(m_db, orderId, language);
        const QString all = text.join(u'\n');
        QVERIFY2(text.filter(u"SKU-1"_s).value(0).endsWith(line), qPrintable(all));
        QVERIFY2(all.contains(total), qPrintable(all));
        // Card MC **** 0010 (ref. T-1) for the whole amount.
        QVERIFY2(text.filter(u"0010"_s).value(0).endsWith(line), qPrintable(all));
    }

    /** 5.5 % is printed as it is, in each language's way of writing a percentage. */
    void reducedVatRate_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("rate");
        QTest::newRow("en") << u"en"_s << u"(5.5%)"_s;
        QTest::newRow("es") << u"es"_s << u"(5,5\u00A0%)"_s;
    }
    void reducedVatRate()
    {
        QFETCH(QString, language);
        QFETCH(QString, rate);
        const QString all = Receipt::text(m_db, u"fra"_s, language).join(u'\n');
        QVERIFY2(all.contains(rate), qPrintable(all));
        const QString standard = Receipt::text(m_db, u"eur"_s, language).join(u'\n');
        QVERIFY2(standard.contains(u"(21"_s) && !standard.contains(u"21.0"_s)
                     && !standard.contains(u"21,0"_s),
                 qPrintable(standard));
    }

    /** The PDF's title is the receipt and its number, with a phone line above it or not. */
    void pdfTitle_data()
    {
        QTest::addColumn<QString>("orderId");
        QTest::addColumn<QString>("title");
        QTest::newRow("store with a phone") << u"eur"_s << u"Receipt MAD-261125-A1-0001"_s;
        QTest::newRow("store without a phone") << u"fra"_s << u"Receipt PAR-261125-D4-0001"_s;
    }
    void pdfTitle()
    {
        QFETCH(QString, orderId);
        QFETCH(QString, title);
        const QString path = m_dir.filePath(orderId + u".pdf"_s);
        QString error;
        QVERIFY2(Receipt::writePdf(m_db, orderId, u"en"_s, path, &error), qPrintable(error));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY2(bytes.contains(pdfTitleBytes(title)),
                 bytes.mid(bytes.indexOf("/Title"), 80).toHex().constData());
    }

    /** The printed receipt carries the order number as a barcode a scanner reads back. */
    void barcodeDecodesToTheNumber_data()
    {
        QTest::addColumn<QString>("orderId");
        QTest::addColumn<QString>("number");
        QTest::newRow("EUR") << u"eur"_s << u"MAD-261125-A1-0001"_s;
        QTest::newRow("KWD") << u"kwd"_s << u"KWI-261125-C3-0001"_s;
    }
    void barcodeDecodesToTheNumber()
    {
        QFETCH(QString, orderId);
        QFETCH(QString, number);
        // The decoder itself: every symbol is 11 modules, the stop 13, all different.
        QSet<QByteArray> distinct;
        for (int v = 0; v < 107; ++v) {
            int sum = 0;
            for (const char *c = code128Patterns[v]; *c; ++c)
                sum += *c - '0';
            QCOMPARE(sum, v == 106 ? 13 : 11);
            distinct.insert(code128Patterns[v]);
        }
        QCOMPARE(distinct.size(), 107);

        for (const int dpi : {300, 203}) { // office printer, thermal roll printer
            const QImage printed = Receipt::image(m_db, orderId, u"en"_s, dpi);
            QVERIFY(!printed.isNull());
            QCOMPARE(scan(printed), QStringList {number});
        }
    }
};

QTEST_MAIN(TestReceipt)
#include "tst_receipt.moc"
