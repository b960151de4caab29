// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QSslError>
#include <QUrl>

/**
 * The central service's address as the tablet takes it, and what a failed secure connection
 * to it means for the associate. An address without a scheme is https://; plain http:// is
 * only accepted for a service on the tablet itself (loopback: the demo), because it would send
 * enrolment codes, tokens and customer data readable by anyone on the network.
 */
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    /** The address as a URL, or an empty one with *error saying what is wrong and what to
        type instead. */
    static QUrl parse(const QString &text, QString *error);
    /** localhost, 127.0.0.0/8 or ::1. */
    static bool isLoopback(const QString &host);

    /** Why a secure connection failed, as far as the associate can act on it. */
    enum class TlsProblem {
        None,
        NotYetValid, // usually the tablet's clock
        Expired,
        Untrusted, // self-signed or from an authority the tablet does not know
        WrongHost,
        Other, // revoked, unusable, …
        Handshake, // no secure connection at all, e.g. the service speaks plain HTTP
    };
    static TlsProblem classify(QNetworkReply::NetworkError error, const QList<QSslError> &errors);
    /** The problem in words, with what to do. */
    static QString describe(TlsProblem problem, const QUrl &server);
};
