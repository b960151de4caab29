// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;
class LocalStore;
class Session;
class SyncEngine;

/**
 * Where the app is in its start-up (opening data, preparing demo data, ready, or a damaged
 * local store) and in which mode it runs, for Main.qml to show the right screen.
 */
class AppState : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Phase phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY phaseChanged)
    Q_PROPERTY(bool kiosk READ isKiosk CONSTANT)
    /** The first screen the state calls for (Main.qml shows it). */
    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)

public:
    enum class Phase { Starting, PreparingData, Ready, StoreFailed };
    Q_ENUM(Phase)
    /** Preparing: data is opening or being written; DamagedStore: the local store is damaged;
        Enrol: a new tablet with no store data; FirstSync: enrolled, its first sync not done;
        SignIn: nobody signed in; SignedIn: an associate works (the customer search first). */
    enum class Screen { Preparing, DamagedStore, Enrol, FirstSync, SignIn, SignedIn };
    Q_ENUM(Screen)

    /** session and sync may be null (no sign-in or enrolment then: tests of the start-up). */
    AppState(LocalStore *store, Session *session, SyncEngine *sync, bool kiosk,
             QObject *parent = nullptr);
    ~AppState() override;
    static AppState *create(QQmlEngine *, QJSEngine *);

    Phase phase() const { return m_phase; }
    double progress() const { return m_progress; }
    QString progressText() const { return m_progressText; }
    QString errorString() const { return m_errorString; }
    bool isKiosk() const { return m_kiosk; }
    Screen screen() const { return m_screen; }

    /** After the store opened: writes demo data in the background if asked and empty. */
    void begin(bool demoData);
    /** The associate chose to set a damaged database aside and start afresh. */
    Q_INVOKABLE void rebuildDatabase();

signals:
    void phaseChanged();
    void progressChanged();
    void screenChanged();

private:
    void setPhase(Phase phase);
    void setProgress(double progress, const QString &text);
    void seedDemoData();
    void updateScreen();

    LocalStore *m_store;
    Session *m_session;
    SyncEngine *m_sync;
    Screen m_screen = Screen::Preparing;
    bool m_kiosk;
    bool m_demoData = false;
    Phase m_phase = Phase::Starting;
    double m_progress = 0;
    QString m_progressText;
    QString m_errorString;
};
