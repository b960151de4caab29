// SPDX-License-Identifier: MIT
#include "pinhash.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace PinHash {

QString hash(const QString &pin, const QString &saltHex, int iterations)
{
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, pin.toUtf8(), QByteArray::fromHex(saltHex.toLatin1()),
        iterations, 32);
    return QString::fromLatin1(key.toHex());
}

QString newSalt()
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          salt.size() / int(sizeof(quint32)));
    return QString::fromLatin1(salt.toHex());
}

bool verify(const QString &pin, const QString &saltHex, int iterations, const QString &hashHex)
{
    if (iterations <= 0 || hashHex.isEmpty())
        return false;
    const QByteArray computed = hash(pin, saltHex, iterations).toLatin1();
    const QByteArray expected = hashHex.toLatin1();
    if (computed.size() != expected.size())
        return false;
    // Constant-time comparison.
    unsigned char difference = 0;
    for (qsizetype i = 0; i < computed.size(); ++i)
        difference |= static_cast<unsigned char>(computed.at(i) ^ expected.at(i));
    return difference == 0;
}

bool isWellFormed(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return false;
    for (QChar c : pin) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

int minimumLength(const QString &role)
{
    return role == QLatin1String("manager") ? 6 : 4;
}

bool isAcceptable(const QString &pin, const QString &role)
{
    return isWellFormed(pin) && pin.size() >= minimumLength(role);
}

} // namespace PinHash
