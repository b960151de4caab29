// SPDX-License-Identifier: MIT
#include "pinhash.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <sodium.h>

namespace PinHash {

namespace {

bool sodiumReady()
{
    // Thread-safe and idempotent: 0 the first time, 1 after, -1 when it cannot start.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray base64(const unsigned char *data, size_t size)
{
    QByteArray text(int(sodium_base64_encoded_len(size, sodium_base64_VARIANT_ORIGINAL_NO_PADDING)),
                    Qt::Uninitialized);
    sodium_bin2base64(text.data(), size_t(text.size()), data, size,
                      sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
    return QByteArray(text.constData()); // without the terminating zero
}

} // namespace

QString hash(const QString &pin, Cost cost)
{
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    if (!sodiumReady())
        return {};
    randombytes_buf(salt.data(), size_t(salt.size()));
    return hash(pin, salt, cost);
}

QString hash(const QString &pin, const QByteArray &salt, Cost cost)
{
    // crypto_pwhash_str() draws its own salt; the demo needs a given one, so the hash is made
    // with crypto_pwhash() and written in the same string form, which crypto_pwhash_str_verify()
    // reads (the test checks both ways).
    if (!sodiumReady() || salt.size() != crypto_pwhash_SALTBYTES)
        return {};
    const QByteArray password = pin.toUtf8();
    unsigned char key[32];
    if (crypto_pwhash(key, sizeof key, password.constData(), size_t(password.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), cost.ops,
                      size_t(cost.memoryBytes), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {}; // out of memory
    const QByteArray text = crypto_pwhash_argon2id_STRPREFIX + QByteArray("v=19$m=")
        + QByteArray::number(cost.memoryBytes / 1024) + ",t=" + QByteArray::number(cost.ops)
        + ",p=1$"
        + base64(reinterpret_cast<const unsigned char *>(salt.constData()), size_t(salt.size()))
        + '$' + base64(key, sizeof key);
    sodium_memzero(key, sizeof key);
    return QString::fromLatin1(text);
}

bool isArgon2id(const QString &stored)
{
    return stored.startsWith(QLatin1String(crypto_pwhash_argon2id_STRPREFIX));
}

QString pbkdf2(const QString &pin, const QString &saltHex, int iterations)
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

bool verify(const QString &pin, const QString &saltHex, int iterations, const QString &stored)
{
    if (isArgon2id(stored)) {
        const QByteArray text = stored.toLatin1();
        const QByteArray password = pin.toUtf8();
        return sodiumReady() && text.size() < crypto_pwhash_STRBYTES
            && crypto_pwhash_str_verify(text.constData(), password.constData(),
                                        size_t(password.size()))
            == 0;
    }
    if (iterations <= 0 || stored.isEmpty())
        return false;
    const QByteArray computed = pbkdf2(pin, saltHex, iterations).toLatin1();
    const QByteArray expected = stored.toLatin1();
    if (computed.size() != expected.size())
        return false;
    return sodiumReady()
        && sodium_memcmp(computed.constData(), expected.constData(), size_t(computed.size())) == 0;
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
