// SPDX-License-Identifier: MIT
#pragma once
// A network layer that answers from the test, for controller tests that only check what the
// tablet does with an answer: no service, no sockets. After Nextcloud's FakeQNAM: a
// QNetworkAccessManager whose createRequest() answers each method and path with a canned
// reply, an error reply, a delayed reply or one that never comes (which the request's transfer
// timeout ends, as QNetworkAccessManager's own replies are ended).

#include <QBuffer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace SyncTest {

/** What the fake network answers to one request. */
struct FakeAnswer
{
    enum class Kind {
        Http, // an HTTP answer: status and body
        Hang, // no answer ever: the transfer timeout (the request's, else the manager's) ends it
        Error // no HTTP answer: a network error (connection refused, reset, ...)
    };
    Kind kind = Kind::Http;
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // for Kind::Error
    int delayMs = 0; // before the answer (Http, Error)

    static FakeAnswer json(int status, const QJsonObject &body)
    {
        return {Kind::Http, status, QJsonDocument(body).toJson(QJsonDocument::Compact)};
    }
    static FakeAnswer raw(int status, const QByteArray &body,
                          const QByteArray &contentType = "application/json")
    {
        return {Kind::Http, status, body, contentType};
    }
    static FakeAnswer hang() { return {Kind::Hang}; }
    static FakeAnswer networkError(QNetworkReply::NetworkError error)
    {
        FakeAnswer answer {Kind::Error, 0};
        answer.error = error;
        return answer;
    }
};

/** A reply made by FakeNetwork: answers from the event loop, like a real one. */
class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
              const FakeAnswer &answer, int managerTimeoutMs, QObject *parent)
        : QNetworkReply(parent)
        , m_answer(answer)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (answer.kind == FakeAnswer::Kind::Hang) {
            const int timeoutMs
                = request.transferTimeout() > 0 ? request.transferTimeout() : managerTimeoutMs;
            if (timeoutMs > 0)
                QTimer::singleShot(timeoutMs, this, [this] { fail(OperationCanceledError); });
            return;
        }
        QTimer::singleShot(answer.delayMs, this, [this] { respond(); });
    }

    void abort() override { fail(OperationCanceledError); }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_offset + QIODevice::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_body.size()) - m_offset);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_body.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    void respond()
    {
        if (isFinished())
            return;
        if (m_answer.kind == FakeAnswer::Kind::Error) {
            fail(m_answer.error);
            return;
        }
        m_body = m_answer.body;
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
        setHeader(QNetworkRequest::ContentTypeHeader, m_answer.contentType);
        setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        emit metaDataChanged();
        if (!m_body.isEmpty()) {
            emit downloadProgress(m_body.size(), m_body.size());
            emit readyRead();
        }
        // QNetworkAccessManager reports 4xx and 5xx as errors besides the status.
        if (m_answer.status >= 400) {
            setError(m_answer.status == 401 ? AuthenticationRequiredError
                         : m_answer.status == 404 ? ContentNotFoundError
                         : m_answer.status >= 500 ? InternalServerError
                                                  : UnknownContentError,
                     QStringLiteral("HTTP %1").arg(m_answer.status));
            emit errorOccurred(error());
        }
        finish();
    }
    void fail(NetworkError code)
    {
        if (isFinished())
            return;
        setError(code, code == OperationCanceledError ? QStringLiteral("Operation canceled")
                                                      : QStringLiteral("Fake network error"));
        emit errorOccurred(code);
        finish();
    }
    void finish()
    {
        setFinished(true);
        emit finished();
    }

    FakeAnswer m_answer;
    QByteArray m_body;
    qint64 m_offset = 0;
};

/**
 * The fake network: set answers per method and path (the newest set for a path wins; a
 * handler sees the request and its body), read back what was asked. A request nobody set an
 * answer for gets a 404.
 */
class FakeNetwork : public QNetworkAccessManager
{
    Q_OBJECT

public:
    struct Request
    {
        Operation operation;
        QNetworkRequest request;
        QByteArray body;

        QString path() const { return request.url().path(); }
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };
    using Handler = std::function<FakeAnswer(const Request &)>;

    using QNetworkAccessManager::QNetworkAccessManager;

    /** Answers every operation on path with handler. */
    void on(const QString &path, Handler handler) { m_handlers.insert(path, std::move(handler)); }
    void on(const QString &path, const FakeAnswer &answer)
    {
        on(path, [answer](const Request &) { return answer; });
    }
    /** Every request so far, oldest first. */
    const QList<Request> &requests() const { return m_requests; }
    QList<Request> requestsTo(const QString &path) const
    {
        QList<Request> list;
        for (const Request &request : m_requests) {
            if (request.path() == path)
                list << request;
        }
        return list;
    }

signals:
    /** A request was made (before it is answered). */
    void requestReceived(const QString &path);

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        Request made {operation, request, outgoingData ? outgoingData->readAll() : QByteArray()};
        m_requests << made;
        const auto handler = m_handlers.constFind(made.path());
        const FakeAnswer answer = handler == m_handlers.cend()
            ? FakeAnswer::raw(404, R"({"error": "not_found", "message": "no such path"})")
            : (*handler)(made);
        auto *reply = new FakeReply(operation, request, answer, transferTimeout(), this);
        emit requestReceived(made.path());
        return reply;
    }

private:
    QHash<QString, Handler> m_handlers;
    QList<Request> m_requests;
};

} // namespace SyncTest
