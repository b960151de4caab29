// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QSqlDatabase>
#include <QString>

/**
 * A sale's receipt as a PDF (QPdfWriter), in the customer's language whatever the app's: the
 * store's details, the lines, discounts, VAT, the tenders with masked cards, refunds, the
 * associate, and the order number as a Code 128 barcode (libzint) a returns desk scans back.
 * Amounts in the order's currency with its own decimals (Money). Made from the local store, so
 * it works offline.
 */
namespace Receipt {

bool writePdf(const QSqlDatabase &db, const QString &orderId, const QString &language,
              const QString &path, QString *error);

/** The receipt's text lines (what the PDF shows), for tests and a screen preview. */
QStringList text(const QSqlDatabase &db, const QString &orderId, const QString &language);

/** The receipt painted as the PDF is, at dpi dots per inch (a preview; tests scan it back). */
QImage image(const QSqlDatabase &db, const QString &orderId, const QString &language,
             int dpi = 300);

} // namespace Receipt
