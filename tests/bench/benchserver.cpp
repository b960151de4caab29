// SPDX-License-Identifier: MIT
#include "benchserver.h"
#include "benchsupport.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QMap>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Bench {

ServerProcess::ServerProcess(QObject *parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardError, this, &ServerProcess::readLog);
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(const QString &executable, const QString &database,
                          const QStringList &extraArguments)
{
    m_process.setProgram(executable);
    m_process.setArguments(QStringList {u"--database"_s, database, u"--listen"_s, u"127.0.0.1:0"_s}
                           + extraArguments);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = u"cannot start %1: %2"_s.arg(executable, m_process.errorString());
        return false;
    }
    // The service prints "listening <port>" on stdout once it accepts connections.
    QDeadlineTimer deadline(120000);
    QByteArray out;
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
        const qsizetype at = out.indexOf("listening ");
        if (at >= 0 && out.indexOf('\n', at) > at) {
            m_port = quint16(out.mid(at + 10, out.indexOf('\n', at) - at - 10).trimmed().toUInt());
            return m_port != 0;
        }
    }
    readLog();
    m_error = u"the service did not start listening: %1"_s.arg(
        QString::fromUtf8(m_process.readAllStandardError().right(2000)));
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(30000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    readLog();
}

QString ServerProcess::url() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

void ServerProcess::readLog()
{
    m_pending += m_process.readAllStandardError();
    qsizetype end;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(end);
        m_pending.remove(0, end + 1);
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (entry.value(u"category"_s).toString() != u"clienteling.http"_s) {
            // Warnings and errors of the service are worth seeing next to the figures.
            const QString level = entry.value(u"level"_s).toString();
            if (level == u"warning"_s || level == u"critical"_s || level == u"fatal"_s)
                std::fprintf(stderr, "  [service] %s\n",
                             qPrintable(entry.value(u"message"_s).toString()));
            continue;
        }
        const QJsonObject request
            = QJsonDocument::fromJson(entry.value(u"message"_s).toString().toUtf8()).object();
        m_requests << ServedRequest {request.value(u"path"_s).toString(),
                                     request.value(u"status"_s).toInt(),
                                     request.value(u"ms"_s).toDouble()};
    }
}

QList<ServedRequest> ServerProcess::takeRequests()
{
    // The log may trail the answers a little: give it a moment to arrive.
    QThread::msleep(50);
    m_process.waitForReadyRead(50);
    readLog();
    return std::exchange(m_requests, {});
}

JsonClient::JsonClient(QString baseUrl, QString token)
    : m_base(std::move(baseUrl))
    , m_token(std::move(token))
{
    m_network.setTransferTimeout(120000);
}

JsonClient::Reply JsonClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

JsonClient::Reply JsonClient::get(const QString &path)
{
    return send("GET", path, {});
}

JsonClient::Reply JsonClient::send(const QByteArray &method, const QString &path,
                                   const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_base + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply result;
    const QByteArray raw = reply->readAll();
    result.ms = timer.nsecsElapsed() / 1e6;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = QJsonDocument::fromJson(raw).object();
    result.bytes = raw.size();
    reply->deleteLater();
    return result;
}

QByteArray latencyLine(const QList<double> &ms)
{
    return QByteArray("median ") + QByteArray::number(median(ms), 'f', 2) + " ms   p99 "
        + QByteArray::number(percentile(ms, 99), 'f', 2) + " ms   max "
        + QByteArray::number(percentile(ms, 100), 'f', 2) + " ms";
}

QByteArray statusSummary(const QList<ServedRequest> &requests, const QString &path)
{
    QMap<int, int> counts;
    for (const ServedRequest &request : requests) {
        if (request.path == path)
            ++counts[request.status];
    }
    QByteArrayList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QByteArray::number(it.key()) + ": " + QByteArray::number(it.value());
    return parts.isEmpty() ? QByteArray("none") : parts.join(", ");
}

} // namespace Bench
