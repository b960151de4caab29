// SPDX-License-Identifier: MIT
#include "appcontext.h"
#include "cashdrawer.h"
#include "paymentterminal.h"
#include "appstate.h"
#include "languagecontroller.h"
#include "localstore.h"
#include "qmlentrypoint.h"
#include "session.h"
#include "rejectionsmodel.h"
#include "softwarerendering.h"
#include "syncengine.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QQmlEngine>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

AppContext::AppContext(QObject *parent)
    : QObject(parent)
    , m_store(new LocalStore(this))
    , m_session(new Session(m_store, this))
    , m_language(new LanguageController(m_store, this))
    , m_network(new QNetworkAccessManager(this))
    , m_sync(new SyncEngine(m_store, m_network, this))
    , m_terminal(new PaymentTerminal(m_store, this))
    , m_drawer(new CashDrawer(m_store, m_session, this))
{
    // The services QML reaches through its singletons are these, and only these.
    QmlEntryPoint<LocalStore>::provide(m_store);
    QmlEntryPoint<Session>::provide(m_session);
    QmlEntryPoint<LanguageController>::provide(m_language);
    QmlEntryPoint<SyncEngine>::provide(m_sync);
    QmlEntryPoint<PaymentTerminal>::provide(m_terminal);
    QmlEntryPoint<CashDrawer>::provide(m_drawer);
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_network->setTransferTimeout(20000);
    // Texts worded in C++ follow the language: the sync status and the refused changes.
    connect(m_language, &LanguageController::languageChanged, m_sync, [this] {
        emit m_sync->statusChanged();
        m_sync->rejections()->reload();
    });
}

AppContext::~AppContext() = default;

QString AppContext::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool AppContext::start(const AppOptions &options)
{
    const QString dir = options.dataDir.isEmpty() ? defaultDataDir() : options.dataDir;
    QDir().mkpath(dir);
    m_store->open(QDir(dir).filePath(databaseFileName()));
    QString language = options.language;
    if (language.isEmpty() && m_store->isReady())
        language = m_store->setting(u"app.language"_s);
    if (language.isEmpty())
        language = LanguageController::systemLanguage();
    m_language->setLanguage(language);
    m_state = new AppState(m_store, m_session, m_sync, options.kiosk, this);
    QmlEntryPoint<AppState>::provide(m_state);
    m_state->begin(options.demoData);
    m_sync->start(options.serverUrl);
    if (!options.terminalAddress.isEmpty() && m_store->isReady()
        && m_terminal->address() != options.terminalAddress)
        m_terminal->configure(options.terminalAddress, options.terminalPoiId);
    if (!options.enrolmentCode.isEmpty() && !m_sync->isEnrolled() && !options.serverUrl.isEmpty())
        m_sync->enrol(options.serverUrl, options.enrolmentCode);
    return true;
}

void AppContext::attachEngine(QQmlEngine *engine)
{
    m_language->setEngine(engine);
    engine->setUiLanguage(m_language->language());
    SoftwareRendering::watch(engine);
}
