// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

/**
 * Delivery addresses: field by field validation with each country's format (Spain, Ireland,
 * Portugal, France, the UK), in words an associate can act on.
 */
namespace Address {

struct FieldError
{
    QString field; // recipient, line1, line2, city, postcode, region, country, phone
    QString message;
};

/** Countries we deliver to, ISO 3166 alpha-2. */
QStringList countries();
/** Problems with an address; empty when it can be used. Messages are translated. */
QList<FieldError> validate(const QVariantMap &address);
/** The postcode as the country writes it ("d02 x285" -> "D02 X285"). */
QString normalisePostcode(const QString &country, const QString &postcode);
/** One line for lists and receipts. */
QString oneLine(const QVariantMap &address);

constexpr int maxLineLength = 100;

} // namespace Address
