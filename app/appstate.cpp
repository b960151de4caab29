// SPDX-License-Identifier: MIT
#include "appstate.h"
#include "qmlentrypoint.h"
#include "customerrepository.h"
#include "database.h"
#include "demogenerator.h"
#include "localstore.h"
#include "session.h"
#include "syncengine.h"

#include <QJSEngine>
#include <QPointer>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

AppState::AppState(LocalStore *store, Session *session, SyncEngine *sync, bool kiosk,
                   QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_session(session)
    , m_sync(sync)
    , m_kiosk(kiosk)
{
    connect(this, &AppState::phaseChanged, this, &AppState::updateScreen);
    connect(m_store, &LocalStore::hasStaffChanged, this, &AppState::updateScreen);
    if (m_session)
        connect(m_session, &Session::changed, this, &AppState::updateScreen);
    if (m_sync)
        connect(m_sync, &SyncEngine::configurationChanged, this, &AppState::updateScreen);
    updateScreen();
}

void AppState::updateScreen()
{
    Screen screen = Screen::Preparing;
    switch (m_phase) {
    case Phase::StoreFailed:
        screen = Screen::DamagedStore;
        break;
    case Phase::Ready:
        if (m_session && m_session->isSignedIn())
            screen = Screen::SignedIn;
        else if (!m_store->hasStaff())
            screen = m_sync && m_sync->isEnrolled() ? Screen::FirstSync : Screen::Enrol;
        else
            screen = Screen::SignIn;
        break;
    case Phase::Starting:
    case Phase::PreparingData:
        break;
    }
    if (screen == m_screen)
        return;
    m_screen = screen;
    emit screenChanged();
}

AppState::~AppState() = default;

AppState *AppState::create(QQmlEngine *, QJSEngine *)
{
    return QmlEntryPoint<AppState>::forQml();
}

void AppState::setPhase(Phase phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    emit phaseChanged();
}

void AppState::setProgress(double progress, const QString &text)
{
    m_progress = progress;
    m_progressText = text;
    emit progressChanged();
}

void AppState::begin(bool demoData)
{
    m_demoData = demoData;
    if (!m_store->isReady()) {
        m_errorString = m_store->errorString();
        setPhase(Phase::StoreFailed);
        return;
    }
    const bool empty = CustomerRepository(m_store->database()).isEmpty();
    if (demoData && empty) {
        seedDemoData();
        return;
    }
    setPhase(Phase::Ready);
}

void AppState::rebuildDatabase()
{
    if (m_store->moveAsideAndRebuild()) {
        begin(m_demoData);
        return;
    }
    m_errorString = m_store->errorString();
    emit phaseChanged();
}

void AppState::seedDemoData()
{
    setPhase(Phase::PreparingData);
    setProgress(0, tr("Preparing the demo store…"));
    const QString path = m_store->path();
    QPointer<AppState> self(this);
    // The generator writes through its own connection on a worker thread so the progress
    // screen stays responsive; the main connection sees the rows once it commits.
    QThread *worker = QThread::create([self, path] {
        const QString connection = u"clienteling-demo-seed"_s;
        QString error;
        {
            QSqlDatabase db = Database::openSqlite(path, connection, &error);
            DemoOptions options;
            options.progress = [self](int percent, const QString &) {
                QMetaObject::invokeMethod(
                    self, [self, percent] {
                        if (self)
                            self->setProgress(percent / 100.0,
                                              tr("Preparing the demo store… %1%").arg(percent));
                    },
                    Qt::QueuedConnection);
            };
            if (db.isOpen())
                DemoGenerator(options).generate(db, &error);
        }
        Database::close(connection);
        QMetaObject::invokeMethod(
            self, [self, error] {
                if (!self)
                    return;
                if (self->m_store->locationId().isEmpty())
                    self->m_store->setLocationId(QString::fromLatin1(DemoData::demoStoreId));
                self->m_store->notifyTablesChanged({u"customers"_s, u"locations"_s, u"staff"_s});
                emit self->m_store->locationChanged();
                self->m_errorString = error;
                self->setPhase(Phase::Ready);
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}
