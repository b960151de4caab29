// SPDX-License-Identifier: MIT
#pragma once
// A certificate authority made by a test with the openssl command line, as a public CA's looks
// to a service: a root (the only certificate clients trust), an intermediate signed by it, and
// the service's certificate (an EC P-256 or RSA key) signed by the intermediate, for localhost,
// 127.0.0.1 and ::1. Files in dir: root.pem, intermediate.pem, leaf.pem, leaf.key (PKCS#8, as
// openssl and certbot write it) and chain.pem (leaf then intermediate, as a CA delivers it).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QtDebug>

namespace TestPki {

/** The openssl command, or empty when it is not installed. */
inline QString openssl()
{
    return QStandardPaths::findExecutable(QStringLiteral("openssl"));
}

inline bool run(const QString &dir, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl(), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning().noquote() << "openssl" << arguments.join(u' ') << "failed:" << process.readAll();
        return false;
    }
    return true;
}

inline bool write(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

/** Makes the files in dir; leafKey "ec" (prime256v1) or "rsa" (2048 bits), or "ec-traditional"
    for an EC key written as "BEGIN EC PRIVATE KEY" rather than PKCS#8. */
inline bool make(const QString &dir, const QString &leafKey)
{
    using namespace Qt::Literals::StringLiterals;
    const QStringList ec {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s};
    const QStringList rsa {u"-newkey"_s, u"rsa:2048"_s};
    if (!write(dir + u"/ca.ext"_s,
               "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n"
               "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n")
        || !write(dir + u"/leaf.ext"_s,
                  "basicConstraints=critical,CA:FALSE\n"
                  "keyUsage=critical,digitalSignature,keyEncipherment\n"
                  "extendedKeyUsage=serverAuth\n"
                  "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n"
                  "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n"))
        return false;
    const auto request = [&](const QString &name, const QStringList &key, const QString &cn) {
        return run(dir,
                   QStringList {u"req"_s, u"-new"_s, u"-nodes"_s} + key
                       + QStringList {u"-keyout"_s, name + u".key"_s, u"-out"_s, name + u".csr"_s,
                                      u"-subj"_s, u"/CN="_s + cn});
    };
    const auto sign = [&](const QString &name, const QString &ca, const QString &extensions) {
        return run(dir,
                   {u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, ca + u".pem"_s,
                    u"-CAkey"_s, ca + u".key"_s, u"-CAcreateserial"_s, u"-days"_s, u"30"_s,
                    u"-out"_s, name + u".pem"_s, u"-extfile"_s, extensions});
    };
    if (!run(dir,
             QStringList {u"req"_s, u"-x509"_s, u"-nodes"_s} + ec
                 + QStringList {u"-keyout"_s, u"root.key"_s, u"-out"_s, u"root.pem"_s, u"-days"_s,
                                u"30"_s, u"-subj"_s, u"/CN=Clienteling Test Root"_s, u"-addext"_s,
                                u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                                u"keyUsage=critical,keyCertSign,cRLSign"_s})
        || !request(u"intermediate"_s, ec, u"Clienteling Test Intermediate"_s)
        || !sign(u"intermediate"_s, u"root"_s, u"ca.ext"_s)
        || !request(u"leaf"_s, leafKey == u"rsa"_s ? rsa : ec, u"localhost"_s)
        || !sign(u"leaf"_s, u"intermediate"_s, u"leaf.ext"_s))
        return false;
    if (leafKey == u"ec-traditional"_s
        && (!run(dir, {u"ec"_s, u"-in"_s, u"leaf.key"_s, u"-out"_s, u"leaf-ec.key"_s})
            || !QFile::remove(dir + u"/leaf.key"_s)
            || !QFile::rename(dir + u"/leaf-ec.key"_s, dir + u"/leaf.key"_s)))
        return false;
    QFile leaf(dir + u"/leaf.pem"_s);
    QFile intermediate(dir + u"/intermediate.pem"_s);
    if (!leaf.open(QIODevice::ReadOnly) || !intermediate.open(QIODevice::ReadOnly))
        return false;
    return write(dir + u"/chain.pem"_s, leaf.readAll() + intermediate.readAll());
}

} // namespace TestPki
