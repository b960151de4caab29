// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

/**
 * PIN hashes, shared by the service and the tablets. New hashes are Argon2id (libsodium's
 * crypto_pwhash, in its "$argon2id$v=19$m=…,t=…,p=1$salt$hash" string form, so the cost travels
 * with the hash). Hashes made before are PBKDF2-SHA256 (hex, with a salt and an iteration count
 * in their own columns): still verified, and replaced at the staff member's next sign-in
 * (docs/security.md, How long a PIN resists).
 */
namespace PinHash {

/** Argon2id cost: passes over the memory, and the memory in bytes. */
struct Cost
{
    unsigned long long ops = 0;
    unsigned long long memoryBytes = 0;
};
/** libsodium's interactive limits (crypto_pwhash_OPSLIMIT/MEMLIMIT_INTERACTIVE): 2 passes over
    64 MiB, about 0.1 s per sign-in on a tablet core; measured in docs/operations.md. */
inline constexpr Cost interactive {2, 64ull * 1024 * 1024};
/** The least libsodium accepts, for tests that make many staff rows; never for real PINs. */
inline constexpr Cost fastCostForTests {1, 8192};

/** An Argon2id hash of a PIN with a new random salt. */
QString hash(const QString &pin, Cost cost = interactive);
/** The same with a given 16-byte salt (the demo data is the same on every run). */
QString hash(const QString &pin, const QByteArray &salt, Cost cost = interactive);
/** Whether a stored hash is Argon2id (else PBKDF2, to be replaced at the next sign-in). */
bool isArgon2id(const QString &stored);

/** The PBKDF2-SHA256 hashes made before Argon2id: hex of the derived key. */
QString pbkdf2(const QString &pin, const QString &saltHex, int iterations);
/** The iteration count every PBKDF2 hash was made with. */
constexpr int pbkdf2Iterations = 20000;
/** A new random salt, hex (PBKDF2 only; Argon2id hashes carry their own). */
QString newSalt();

/** Whether the PIN matches: Argon2id when the stored hash is one (salt and iterations are
    then unused), PBKDF2 with the salt and iterations otherwise. */
bool verify(const QString &pin, const QString &saltHex, int iterations, const QString &stored);

/** PINs are 4 to 8 digits: what sign-in accepts (PINs set before the rules below). */
bool isWellFormed(const QString &pin);
/** The shortest PIN that may be set for a role: managers unlock colleagues and approve
    refunds, so theirs must hold out 100 times longer against a search (docs/security.md). */
int minimumLength(const QString &role);
/** Whether a PIN may be set for a staff member of this role (every path that sets PINs). */
bool isAcceptable(const QString &pin, const QString &role);
} // namespace PinHash
