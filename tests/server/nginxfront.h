// SPDX-License-Identifier: MIT
#pragma once
// nginx in front of a running service with the repository's configuration
// (deploy/nginx/clienteling.conf, rendered by deploy/nginx/render.sh), run as the calling user
// from a folder of its own: no system file is read or written. For tst_servernginx and
// bench_sync.

#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>

#include <unistd.h>

namespace TestServer {

class NginxFront
{
public:
    ~NginxFront() { stop(); }

    /** The nginx executable (Debian installs it in /usr/sbin), or empty. */
    static QString executable()
    {
        using namespace Qt::Literals::StringLiterals;
        const QString sbin = QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/sbin"_s});
        return sbin.isEmpty() ? QStandardPaths::findExecutable(u"nginx"_s) : sbin;
    }

    /** Starts nginx on a free port of 127.0.0.1 in front of the service on servicePort, with
        the certificate chain and key given, files in dir; waits until it accepts connections.
        On failure, false and why in *error. */
    bool start(const QString &sourceDir, const QString &dir, quint16 servicePort,
               const QString &certificate, const QString &key, qint64 maxBodyBytes,
               QString *error)
    {
        using namespace Qt::Literals::StringLiterals;
        const auto file = [&dir](const QString &name) -> QString { return dir + u'/' + name; };
        {
            // nginx takes no port 0: one that is free now.
            QTcpServer probe;
            m_port = probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
        }
        QProcess render;
        render.start(u"sh"_s,
                     {sourceDir + u"/deploy/nginx/render.sh"_s, u"127.0.0.1:%1"_s.arg(m_port),
                      u"localhost"_s, certificate, key, u"127.0.0.1:%1"_s.arg(servicePort),
                      QString::number(maxBodyBytes)});
        if (m_port == 0 || !render.waitForFinished(10000) || render.exitCode() != 0) {
            *error = u"cannot render the configuration: "_s
                + QString::fromUtf8(render.readAllStandardError());
            return false;
        }
        QByteArray main = "worker_processes 1;\n";
        // As root (a container), workers would otherwise run as nobody, who cannot enter the
        // temporary folder; as anyone else nginx runs as that user anyway.
        if (::geteuid() == 0)
            main += "user root;\n";
        main += "events { worker_connections 256; }\nhttp {\n";
        for (const char *temp : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
            main += QByteArray("    ") + temp + "_temp_path " + file(u"tmp-"_s).toUtf8() + temp
                + ";\n";
        main += "    access_log " + file(u"access.log"_s).toUtf8() + ";\n    include "
            + file(u"clienteling.conf"_s).toUtf8() + ";\n}\n";
        if (!write(file(u"clienteling.conf"_s), render.readAllStandardOutput())
            || !write(file(u"nginx.conf"_s), main)) {
            *error = u"cannot write in "_s + dir;
            return false;
        }
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(executable(),
                        {u"-p"_s, dir + u'/', u"-c"_s, file(u"nginx.conf"_s), u"-e"_s,
                         file(u"error.log"_s), u"-g"_s,
                         u"daemon off; pid %1;"_s.arg(file(u"nginx.pid"_s))});
        QDeadlineTimer deadline(15000);
        bool up = false;
        while (!up && !deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
            QCoreApplication::processEvents();
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            up = probe.waitForConnected(200);
        }
        if (!up || m_process.state() != QProcess::Running) {
            QFile log(file(u"error.log"_s));
            log.open(QIODevice::ReadOnly);
            *error = u"nginx did not start: "_s
                + QString::fromUtf8(m_process.readAll() + log.readAll());
            stop();
            return false;
        }
        return true;
    }
    quint16 port() const { return m_port; }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    static bool write(const QString &path, const QByteArray &text)
    {
        QFile out(path);
        return out.open(QIODevice::WriteOnly) && out.write(text) == text.size();
    }

    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace TestServer
