// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QString>

class LocalStore;

/**
 * Sends a completed sale's receipt to its customer by email: the PDF goes to the outbox as a
 * receipt.email mutation, and the central service mails it (checking the customer's consent
 * again). Only customers who agreed to emails and have an address get one. The caller says
 * what went wrong in the associate's words (CheckoutController).
 */
class ReceiptMailer
{
public:
    enum class Result {
        Queued,
        /** No customer, no email address or no consent to emails. */
        NotAllowed,
        /** The receipt PDF cannot be read. */
        FileMissing,
        /** The outbox refused the mutation (message() says why). */
        NotQueued,
    };

    explicit ReceiptMailer(LocalStore *store);

    /** The customer agreed to emails and has an address. */
    bool mayEmail(const QString &customerId) const;
    /** Queues the receipt at pdfPath of orderId for customerId. */
    Result send(const QString &pdfPath, const QString &orderId, const QString &customerId);
    /** Why the last send() was not queued (the store's message), for NotQueued. */
    QString message() const { return m_message; }

private:
    QPointer<LocalStore> m_store;
    QString m_message;
};
