// SPDX-License-Identifier: MIT
// clienteling-terminal-sim: a payment terminal on the store network for the demo and tests.
#include "terminalsimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    app.setApplicationName(u"clienteling-terminal-sim"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A nexo (Sale-to-POI JSON) payment terminal simulator"_s);
    parser.addHelpOption();
    const QCommandLineOption listen(u"listen"_s, u"host:port (default 127.0.0.1:8443)"_s,
                                    u"host:port"_s, u"127.0.0.1:8443"_s);
    const QCommandLineOption poi(u"poi-id"_s, u"The terminal's POIID (default SIM-0001)."_s,
                                 u"id"_s, u"SIM-0001"_s);
    const QCommandLineOption delay(u"delay-ms"_s, u"Time a card payment takes (default 1500)."_s,
                                   u"ms"_s, u"1500"_s);
    const QCommandLineOption history(u"history"_s,
                                     u"Keep transactions in this file across restarts."_s,
                                     u"file"_s);
    const QCommandLineOption cert(u"tls-cert"_s, u"PEM certificate: serve HTTPS."_s, u"file"_s);
    const QCommandLineOption key(u"tls-key"_s, u"PEM key for --tls-cert."_s, u"file"_s);
    parser.addOptions({listen, poi, delay, history, cert, key});
    parser.process(app);

    TerminalSimulator terminal(parser.value(poi));
    bool ok = false;
    terminal.setDelayMs(parser.value(delay).toInt(&ok));
    if (!ok) {
        fprintf(stderr, "clienteling-terminal-sim: --delay-ms takes milliseconds\n");
        return 2;
    }
    if (parser.isSet(history))
        terminal.setHistoryFile(parser.value(history));
    if (parser.isSet(cert)) {
        QFile certFile(parser.value(cert));
        QFile keyFile(parser.value(key));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            fprintf(stderr, "clienteling-terminal-sim: cannot read the TLS files\n");
            return 2;
        }
        terminal.sslSetup(QSslCertificate(&certFile), QSslKey(&keyFile, QSsl::Rsa));
    }
    const QString where = parser.value(listen);
    const qsizetype colon = where.lastIndexOf(u':');
    const quint16 port = terminal.listen(QHostAddress(where.left(colon)),
                                         quint16(where.mid(colon + 1).toInt()));
    if (!port) {
        fprintf(stderr, "clienteling-terminal-sim: cannot listen on %s\n", qPrintable(where));
        return 2;
    }
    printf("listening %d\n", int(port));
    fflush(stdout);
    return app.exec();
}
