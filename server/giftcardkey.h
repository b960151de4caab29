// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/**
 * The central service's gift card key: 32 random bytes in a file of their own, never in the
 * database and never on a device. A card's id is the keyed BLAKE2b-256 (libsodium's
 * crypto_generichash) of the SHA-256 of its digits, so without the key nothing that holds ids
 * (a tablet's file, a database backup) leads back to a number; the service, given a number
 * over the API, finds its card. Keyed over the SHA-256 rather than the digits so that cards
 * stored under the plain SHA-256 before (service migration 9) are re-keyed from what is
 * stored, without their numbers. See docs/operations.md, Gift card key.
 */
class GiftCardKey
{
public:
    /** Reads the key file, or makes it when neither it nor the database has a key yet. A key
        that does not match the one the database was keyed with, or a missing file for a
        database that has one, is refused with an error an operator understands: a new key
        would make every card unfindable. Then re-keys cards from before the key. */
    static std::optional<GiftCardKey> open(const QString &path, const QSqlDatabase &db,
                                           QString *error);
    /** A key from its 32 bytes (tests). */
    static std::optional<GiftCardKey> fromBytes(const QByteArray &key);

    /** The id of the card with this number (digits; spaces and dashes ignored). */
    QString idFor(const QString &number) const;
    /** The id of a card stored under the plain SHA-256 (hex) of its number before. */
    QString idForLegacy(const QString &sha256Hex) const;
    /** A new card number (6039 and 12 random digits) that no card has yet. */
    std::optional<QString> newNumber(const QSqlDatabase &db) const;

private:
    explicit GiftCardKey(QByteArray key)
        : m_key(std::move(key))
    {}
    QString keyed(const QByteArray &digest) const;
    QString check() const;

    QByteArray m_key;
};
