// SPDX-License-Identifier: MIT
#include "serveraddress.h"

#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

QUrl ServerAddress::parse(const QString &text, QString *error)
{
    QString typed = text.trimmed();
    // host:port, a bare host or an IP address: what the command line and people type.
    if (!typed.contains(u"://"_s))
        typed.prepend(u"https://"_s);
    const QUrl url(typed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty()
        || (scheme != u"https"_s && scheme != u"http"_s)) {
        *error = tr("This is not a central service address. Type it as your IT team gave it, "
                    "e.g. https://clienteling.example.com");
        return {};
    }
    if (scheme == u"http"_s && !isLoopback(url.host())) {
        *error = tr("The address must start with https://. With http:// the enrolment code and "
                    "customer data would travel unprotected over the network (http:// only "
                    "works for a service on this tablet itself).");
        return {};
    }
    QUrl clean = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    clean.setScheme(scheme);
    error->clear();
    return clean;
}

bool ServerAddress::isLoopback(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ServerAddress::TlsProblem ServerAddress::classify(QNetworkReply::NetworkError error,
                                                  const QList<QSslError> &errors)
{
    // The first that applies, in the order an associate or IT should look at them: a wrong
    // clock makes every certificate look invalid, an expired one is also "untrusted", ...
    const auto has = [&errors](std::initializer_list<QSslError::SslError> kinds) {
        return std::any_of(errors.begin(), errors.end(), [kinds](const QSslError &e) {
            return std::find(kinds.begin(), kinds.end(), e.error()) != kinds.end();
        });
    };
    if (has({QSslError::CertificateNotYetValid}))
        return TlsProblem::NotYetValid;
    if (has({QSslError::CertificateExpired}))
        return TlsProblem::Expired;
    if (has({QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain,
             QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToGetIssuerCertificate,
             QSslError::UnableToVerifyFirstCertificate, QSslError::CertificateUntrusted,
             QSslError::InvalidCaCertificate}))
        return TlsProblem::Untrusted;
    if (has({QSslError::HostNameMismatch}))
        return TlsProblem::WrongHost;
    if (!errors.isEmpty())
        return TlsProblem::Other;
    if (error == QNetworkReply::SslHandshakeFailedError)
        return TlsProblem::Handshake;
    return TlsProblem::None;
}

QString ServerAddress::describe(TlsProblem problem, const QUrl &server)
{
    const QString address = server.host();
    switch (problem) {
    case TlsProblem::None:
        return {};
    case TlsProblem::NotYetValid:
        return tr("The central service's security certificate is not valid yet. Check this "
                  "tablet's date and time; if they are right, call IT support. Your changes "
                  "stay on this tablet.");
    case TlsProblem::Expired:
        return tr("The central service's security certificate has expired, so this tablet "
                  "does not connect to it. Check this tablet's date and time; if they are right, "
                  "call IT support to renew the certificate. Your changes stay on this tablet.");
    case TlsProblem::Untrusted:
        return tr("This tablet does not trust the security certificate of %1 (it is "
                  "self-signed or from an unknown authority), so it does not connect. Check the "
                  "address in Settings; if it is right, call IT support. Your changes stay on "
                  "this tablet.")
            .arg(address);
    case TlsProblem::WrongHost:
        return tr("The security certificate of %1 is for another address, so this tablet does "
                  "not connect. Check the address in Settings, or call IT support. Your changes "
                  "stay on this tablet.")
            .arg(address);
    case TlsProblem::Other:
        return tr("The security certificate of %1 cannot be used, so this tablet does not "
                  "connect. Call IT support. Your changes stay on this tablet.")
            .arg(address);
    case TlsProblem::Handshake:
        return tr("No secure connection could be made with %1. Check the address in Settings "
                  "(the service must offer https://), or call IT support. Your changes stay on "
                  "this tablet.")
            .arg(address);
    }
    return {};
}
