// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QQmlEngine;
class LocalStore;
class Session;
class LanguageController;
class AppState;
class QNetworkAccessManager;
class SyncEngine;
class PaymentTerminal;
class CashDrawer;

/** What the app was asked to do on its command line. */
struct AppOptions
{
    QString dataDir;
    QString serverUrl;
    QString language; // empty: the saved choice, else the system's
    bool kiosk = false;
    /** Fill an empty local store with the demo chain (until the central service does). */
    bool demoData = false;
    /** Enrol with this one-time code at start if not enrolled yet (demo, kiosk roll-out). */
    QString enrolmentCode;
    /** The card terminal's address and POIID, saved in Settings (demo: the simulator). */
    QString terminalAddress;
    QString terminalPoiId;
};

/**
 * Builds and wires the app's services (local store, session, language, sync) before any QML
 * is loaded; main() and the QML tests share it so they run the same wiring.
 */
class AppContext : public QObject
{
    Q_OBJECT

public:
    explicit AppContext(QObject *parent = nullptr);
    ~AppContext() override;

    /** Opens the local store and applies the options. False only on unusable arguments. */
    bool start(const AppOptions &options);
    /** Connects the QML engine (translations, singletons). */
    void attachEngine(QQmlEngine *engine);

    LocalStore *store() const { return m_store; }
    Session *session() const { return m_session; }
    LanguageController *language() const { return m_language; }
    AppState *state() const { return m_state; }
    SyncEngine *sync() const { return m_sync; }
    PaymentTerminal *terminal() const { return m_terminal; }

    static QString defaultDataDir();
    static QString databaseFileName() { return QStringLiteral("clienteling.db"); }

private:
    LocalStore *m_store;
    Session *m_session;
    LanguageController *m_language;
    AppState *m_state = nullptr;
    QNetworkAccessManager *m_network;
    SyncEngine *m_sync;
    PaymentTerminal *m_terminal;
    CashDrawer *m_drawer;
};
