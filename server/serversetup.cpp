// SPDX-License-Identifier: MIT
#include "serversetup.h"
#include "serverlog.h"

#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

using namespace Qt::Literals::StringLiterals;

namespace ServerSetup {

std::optional<ListenAddress> parseListen(const QString &value, QString *error)
{
    const QString usage = u"--listen takes host:port, [IPv6]:port or a port, e.g."
                          " 127.0.0.1:8080, 0.0.0.0:8443, [::1]:8080, [::]:8443"_s;
    QString host;
    QString port;
    if (value.startsWith(u'[')) {
        // An IPv6 address in brackets, as in a URL: its own colons are not the port's.
        const qsizetype close = value.indexOf(u']');
        if (close < 0 || value.mid(close + 1, 1) != u":"_s) {
            *error = usage;
            return std::nullopt;
        }
        host = value.mid(1, close - 1);
        port = value.mid(close + 2);
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol) {
            *error = u"--listen: %1 is not an IPv6 address; %2"_s.arg(host, usage);
            return std::nullopt;
        }
    } else if (!value.contains(u':')) {
        host = u"127.0.0.1"_s;
        port = value;
    } else {
        const qsizetype colon = value.indexOf(u':');
        if (value.indexOf(u':', colon + 1) >= 0) {
            *error = u"--listen: put an IPv6 address in brackets, e.g. [::1]:8080"_s;
            return std::nullopt;
        }
        host = value.left(colon);
        port = value.mid(colon + 1);
        if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
            host = u"127.0.0.1"_s;
    }
    ListenAddress result;
    result.address = QHostAddress(host);
    bool ok = false;
    const uint number = port.toUInt(&ok);
    if (result.address.isNull()) {
        *error = u"--listen: %1 is not an IP address; %2"_s.arg(host, usage);
        return std::nullopt;
    }
    // Digits only: toUInt() would take " 80" or "+80" as well.
    if (!ok || number > 65535 || port.isEmpty()
        || !std::all_of(port.begin(), port.end(), [](QChar c) { return c.isDigit(); })) {
        *error = u"--listen: the port must be a number from 0 to 65535; %1"_s.arg(usage);
        return std::nullopt;
    }
    result.port = quint16(number);
    // Qt's AnyIPv6 listens on IPv6 only; "[::]" means both, as it does for other servers.
    if (result.address == QHostAddress(QHostAddress::AnyIPv6))
        result.address = QHostAddress(QHostAddress::Any);
    return result;
}

QString displayAddress(const QHostAddress &address, quint16 port)
{
    const QString host = address == QHostAddress(QHostAddress::Any) ? u"::"_s : address.toString();
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

std::optional<QSslConfiguration> loadTls(const QString &certificatePath, const QString &keyPath,
                                         QString *error)
{
    QFile certificateFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certificateFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the TLS certificate %1: %2"_s.arg(certificatePath,
                                                                 certificateFile.errorString());
        return std::nullopt;
    }
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the TLS key %1: %2"_s.arg(keyPath, keyFile.errorString());
        return std::nullopt;
    }
    // The whole chain, leaf first: a client that trusts only the root needs the intermediates
    // from the service.
    const QList<QSslCertificate> chain
        = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error
            = u"%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)"_s.arg(certificatePath);
        return std::nullopt;
    }
    const QByteArray keyBytes = keyFile.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        key = QSslKey(keyBytes, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = u"%1 holds no unencrypted PEM private key (RSA or EC)"_s.arg(keyPath);
        return std::nullopt;
    }
    // An RSA key for an EC certificate (or the other way) would fail every handshake.
    const QSsl::KeyAlgorithm certificateAlgorithm = chain.first().publicKey().algorithm();
    if (certificateAlgorithm != key.algorithm()) {
        const auto name = [](QSsl::KeyAlgorithm a) { return a == QSsl::Ec ? u"EC"_s : u"RSA"_s; };
        *error = u"the key in %1 is %2 but the certificate's is %3"_s.arg(
            keyPath, name(key.algorithm()), name(certificateAlgorithm));
        return std::nullopt;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (chain.first().expiryDate() < now)
        qCWarning(lcServer).noquote()
            << "the TLS certificate" << certificatePath << "expired on"
            << chain.first().expiryDate().toString(Qt::ISODate) << "- clients will refuse it";
    QSslConfiguration tls;
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    return tls;
}

} // namespace ServerSetup
