// SPDX-License-Identifier: MIT
#pragma once
// Small pieces the chain's customer controllers share (ChainCustomerSearch, CustomerOpener,
// NewCustomerForm): answers of the service they ask, and how a result names a customer.

#include <QNetworkReply>
#include <QPointer>
#include <QStringList>

namespace CustomerReplies {

/** Forgets the question on its way, if any: its answer is never read. True when there was
    one. */
inline bool forget(QPointer<QNetworkReply> &pending, QObject *receiver)
{
    QNetworkReply *reply = pending;
    if (!reply)
        return false;
    pending = nullptr;
    reply->disconnect(receiver);
    reply->abort();
    reply->deleteLater();
    return true;
}

/** "José Muñoz" from its parts; one of them may be empty. */
inline QString displayName(const QString &first, const QString &last)
{
    return QStringList{first, last}.join(u' ').trimmed();
}

} // namespace CustomerReplies
