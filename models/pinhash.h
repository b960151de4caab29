// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

/** PBKDF2-SHA256 PIN hashes with a per-staff salt; the server and tablets share the format. */
namespace PinHash {
constexpr int defaultIterations = 20000;
/** Hex of the derived key. */
QString hash(const QString &pin, const QString &saltHex, int iterations);
/** A new random salt, hex. */
QString newSalt();
bool verify(const QString &pin, const QString &saltHex, int iterations, const QString &hashHex);
/** PINs are 4 to 8 digits. */
bool isWellFormed(const QString &pin);
} // namespace PinHash
