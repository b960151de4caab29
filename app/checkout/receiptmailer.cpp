// SPDX-License-Identifier: MIT
#include "receiptmailer.h"
#include "ids.h"
#include "localstore.h"
#include "salerepository.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

ReceiptMailer::ReceiptMailer(LocalStore *store)
    : m_store(store)
{}

bool ReceiptMailer::mayEmail(const QString &customerId) const
{
    if (customerId.isEmpty() || !m_store || !m_store->isReady())
        return false;
    return SaleRepository(m_store->database()).mayEmail(customerId);
}

ReceiptMailer::Result ReceiptMailer::send(const QString &pdfPath, const QString &orderId,
                                          const QString &customerId)
{
    m_message.clear();
    if (!mayEmail(customerId))
        return Result::NotAllowed;
    QFile file(pdfPath);
    if (pdfPath.isEmpty() || !file.open(QIODevice::ReadOnly))
        return Result::FileMissing;
    const MutationResult result
        = m_store->submit(u"receipt.email"_s,
                          {{u"id"_s, Ids::newId()},
                           {u"orderId"_s, orderId},
                           {u"customerId"_s, customerId},
                           {u"pdf"_s, QString::fromLatin1(file.readAll().toBase64())}});
    if (!result.applied) {
        m_message = result.message;
        return Result::NotQueued;
    }
    return Result::Queued;
}
