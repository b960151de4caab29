// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

/**
 * A sale's receipt as a PDF (QPdfWriter), in the customer's language whatever the app's: the
 * store's details, the lines, discounts, VAT, the tenders with masked cards, refunds, and the
 * associate. Made from the local store, so it works offline.
 */
namespace Receipt {

bool writePdf(const QSqlDatabase &db, const QString &orderId, const QString &language,
              const QString &path, QString *error);

/** The receipt's text lines (what the PDF shows), for tests and a screen preview. */
QStringList text(const QSqlDatabase &db, const QString &orderId, const QString &language);

} // namespace Receipt
