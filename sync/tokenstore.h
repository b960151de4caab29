// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <memory>
#include <optional>

class LocalStore;

/**
 * Where the tablet keeps its bearer token: in the system's key store (QtKeychain: the Secret
 * Service or KWallet on Linux, the Keychain on Apple devices, the Credential Manager on Windows,
 * the Android Keystore) when there is one, so a copy of the tablet's database does not carry
 * it; otherwise in the database's settings table as before, with a warning in the log. A token
 * found in the settings table is moved into the key store as soon as one works.
 */
namespace TokenStore {

/** A key store; the system's by default (QtKeychain). Tests put in a stand-in, or none. */
class Keychain
{
public:
    virtual ~Keychain() = default;
    /** The secret under the key, empty when there is none; nullopt when the store is not
        available (no keychain service on this system). */
    virtual std::optional<QString> read(const QString &key) = 0;
    virtual bool write(const QString &key, const QString &secret) = 0;
    virtual bool remove(const QString &key) = 0;
};

/** Replaces the key store for what follows (nullptr: none, the settings table only). */
void setKeychain(std::shared_ptr<Keychain> keychain);
/** The system's key store through QtKeychain (the default). */
std::shared_ptr<Keychain> systemKeychain();

/** The device's token, empty when not enrolled. */
QString load(LocalStore &store);
/** Keeps a new token; false when it could be kept nowhere. */
bool save(LocalStore &store, const QString &token);

} // namespace TokenStore
