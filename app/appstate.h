// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;
class LocalStore;

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

public:
    enum class Phase { Starting, PreparingData, Ready, StoreFailed };
    Q_ENUM(Phase)

    AppState(LocalStore *store, bool kiosk, QObject *parent = nullptr);
    ~AppState() override;
    static AppState *instance();
    static AppState *create(QQmlEngine *, QJSEngine *);

    Phase phase() const { return m_phase; }
    double progress() const { return m_progress; }
    QString progressText() const { return m_progressText; }
    QString errorString() const { return m_errorString; }
    bool isKiosk() const { return m_kiosk; }

    /** After the store opened: writes demo data in the background if asked and empty. */
    void begin(bool demoData);
    /** The associate chose to set a damaged database aside and start afresh. */
    Q_INVOKABLE void rebuildDatabase();

signals:
    void phaseChanged();
    void progressChanged();

private:
    void setPhase(Phase phase);
    void setProgress(double progress, const QString &text);
    void seedDemoData();

    LocalStore *m_store;
    bool m_kiosk;
    bool m_demoData = false;
    Phase m_phase = Phase::Starting;
    double m_progress = 0;
    QString m_progressText;
    QString m_errorString;
};
