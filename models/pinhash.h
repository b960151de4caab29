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
/** PINs are 4 to 8 digits: what sign-in accepts (PINs set before the rules below). */
bool isWellFormed(const QString &pin);
/** The shortest PIN that may be set for a role: managers unlock colleagues and approve
    refunds, so theirs must hold out 100 times longer against a search (docs/security.md). */
int minimumLength(const QString &role);
/** Whether a PIN may be set for a staff member of this role (every path that sets PINs). */
bool isAcceptable(const QString &pin, const QString &role);
} // namespace PinHash
