// SPDX-License-Identifier: MIT
#pragma once
// A benchmark tablet: the app's own local store, network manager and sync engine on a file of
// its own, plus waiting on the event loop without sleeping past the moment something happens.

#include "localstore.h"
#include "syncengine.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

#include <functional>
#include <memory>

namespace Bench {

/** Runs the event loop until done() holds (checked whenever sender emits signal, and every
    50 ms) or the timeout passes; false on timeout. */
template<typename Sender, typename Signal>
bool waitUntil(Sender *sender, Signal signal, const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(50);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

/** Runs the event loop for ms milliseconds. */
inline void pause(int ms)
{
    if (ms <= 0)
        return;
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/** A tablet as the app wires it (AppContext): one store, one manager, one engine. */
struct Tablet
{
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<SyncEngine> engine;

    bool open(const QString &path)
    {
        network = std::make_unique<QNetworkAccessManager>();
        network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        network->setTransferTimeout(20000);
        store = std::make_unique<LocalStore>(nullptr);
        if (!store->open(path))
            return false;
        engine = std::make_unique<SyncEngine>(store.get(), network.get());
        // Only the benchmark starts syncs; no polling in the middle of a measurement.
        engine->setPollInterval(3600 * 1000);
        return true;
    }

    /** Enrols with a one-time code; true once the service accepted it. */
    bool enrol(const QString &url, const QString &code)
    {
        bool finished = false;
        bool accepted = false;
        QObject context; // disconnects the lambda below when this call returns
        QObject::connect(engine.get(), &SyncEngine::enrolmentFinished, &context,
                         [&](bool ok, const QString &message) {
                             finished = true;
                             accepted = ok;
                             if (!ok)
                                 std::fprintf(stderr, "enrolment refused: %s\n",
                                              qPrintable(message));
                         });
        engine->enrol(url, code);
        waitUntil(
            engine.get(), &SyncEngine::enrolmentFinished, [&] { return finished; }, 30000);
        return accepted;
    }

    void close()
    {
        engine.reset();
        store.reset();
        network.reset();
    }
};

} // namespace Bench
