// SPDX-License-Identifier: MIT
#pragma once
// What the service's command line names, read and checked before it starts: the address to
// listen on and the TLS certificate chain and key.

#include <QHostAddress>
#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace ServerSetup {

struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;
};

/** Reads --listen: "host:port" (an IPv4 address or localhost), "[IPv6]:port" ("[::1]:8080",
    "[::]:8080") or a bare port (on 127.0.0.1). "[::]" is every address, IPv6 and IPv4
    alike, as on Linux by default; "0.0.0.0" only IPv4. On error, returns nothing and says why. */
std::optional<ListenAddress> parseListen(const QString &value, QString *error);

/** address:port as --listen takes it ("[::1]:8080"). */
QString displayAddress(const QHostAddress &address, quint16 port);

/** Reads a PEM file with the service's certificate followed by its chain (intermediates, in
    order; a root in it is sent too, harmlessly) and a PEM private key, RSA or EC, unencrypted.
    On error, returns nothing and says what is wrong with which file. */
std::optional<QSslConfiguration> loadTls(const QString &certificatePath, const QString &keyPath,
                                         QString *error);

} // namespace ServerSetup
