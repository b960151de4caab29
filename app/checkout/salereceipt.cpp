// SPDX-License-Identifier: MIT
#include "salereceipt.h"
#include "receipt.h"
#include "salerepository.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace SaleReceipt {

QString write(const SaleRepository &sales, const QString &orderId, const QString &number,
              const QString &customerId, const QString &fallbackLanguage, const QString &folder,
              QString *error)
{
    QString language = customerId.isEmpty() ? QString() : sales.customerLanguage(customerId);
    if (language.isEmpty())
        language = fallbackLanguage;
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QString(number).replace(u'/', u'-') + u".pdf"_s);
    if (!Receipt::writePdf(sales.database(), orderId, language, path, error))
        return {};
    return path;
}

} // namespace SaleReceipt
