// SPDX-License-Identifier: MIT
#pragma once
// The real clienteling-server executable as a separate process, for the tests that need what
// only its command line does (TLS files, --listen, a crash): started with the given options,
// it is ready once it prints "listening <port>".

#include "serverfixture.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtDebug>

#include <memory>

namespace TestServer {

class ServiceProcess
{
public:
    ~ServiceProcess() { stop(); }

    /** Starts the executable with these options and waits until it listens. Returns the port
        it listens on; 0 if it did not start (log() and output() say why). */
    quint16 start(const QString &executable, const QStringList &arguments)
    {
        using namespace Qt::Literals::StringLiterals;
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(executable);
        m_process->setArguments(arguments);
        m_log.clear();
        m_output.clear();
        QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(),
                         [this] { m_log += m_process->readAllStandardError(); });
        m_process->start();
        if (!m_process->waitForStarted(10000))
            return 0;
        QElapsedTimer timer;
        timer.start();
        while (!m_output.contains('\n') && timer.elapsed() < 20000
               && m_process->state() == QProcess::Running) {
            m_process->waitForReadyRead(100);
            m_output += m_process->readAllStandardOutput();
        }
        if (m_process->state() != QProcess::Running)
            m_process->waitForFinished(5000);
        m_log += m_process->readAllStandardError();
        if (!m_output.startsWith("listening ")) {
            qWarning().noquote() << "the service did not start:" << m_output << log();
            return 0;
        }
        return quint16(m_output.mid(10).trimmed().toUInt());
    }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    bool isRunning() const { return m_process && m_process->state() != QProcess::NotRunning; }
    /** Its exit code once it ended by itself (e.g. refusing its options). */
    int exitCode() const { return m_process ? m_process->exitCode() : -1; }
    void stop()
    {
        if (!isRunning())
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    /** The end of what it wrote on stderr. */
    QString log() const { return QString::fromUtf8(m_log.right(4000)); }
    /** All it wrote on stderr so far (its JSON log lines), as read by the event loop. */
    const QByteArray &fullLog() const { return m_log; }

private:
    std::unique_ptr<QProcess> m_process;
    QByteArray m_log;
    QByteArray m_output;
};

/** Makes the test chain's service database at path (SQLite) for the executable to serve, and
    a one-time code for a Madrid associate tablet. */
inline bool seededDatabase(const QString &path, QString *code)
{
    using namespace Qt::Literals::StringLiterals;
    Instance seed;
    if (!seed.start(u"sqlite"_s))
        return false;
    QString error;
    *code = Devices(seed.database())
                .createEnrolmentCode(u"MAD"_s, u"associate"_s, u"test"_s, 3600000, &error)
                .value_or(QString());
    seed.stop();
    Database::close(u"fixture-check"_s);
    // With the gift card key the seeded cards were made with, where the service looks for it.
    return !code->isEmpty() && QFile::copy(seed.config().database, path)
        && QFile::copy(seed.config().giftCardKeyFile, path + u"-gift-card.key"_s);
}

} // namespace TestServer
