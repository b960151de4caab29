// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class SaleRepository;

/** The receipt of a completed sale, as the checkout makes it. */
namespace SaleReceipt {

/** Writes the receipt PDF of a paid order into folder (made if missing), named by the sale's
    number, in the customer's language or else fallbackLanguage (the app's, handed in). Returns
    its path, or empty with *error set. */
QString write(const SaleRepository &sales, const QString &orderId, const QString &number,
              const QString &customerId, const QString &fallbackLanguage, const QString &folder,
              QString *error);

} // namespace SaleReceipt
