// SPDX-License-Identifier: MIT
#pragma once

#include "cardterminal.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class LocalStore;
class QQmlEngine;
class QJSEngine;

/**
 * The store's card terminal for this tablet: its address and POIID (kept in the local store's
 * settings, set in Settings or by --terminal), and the persisted card payment state machine
 * (CardTerminal) that the checkout and returns use. Payments left unfinished by a crash or a
 * restart are resumed as soon as the store opens, and card approvals that no sale recorded are
 * attached to their sale or given back (CheckoutController::recoverCardApprovals).
 */
class PaymentTerminal : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString address READ address NOTIFY changed)
    Q_PROPERTY(QString poiId READ poiId NOTIFY changed)
    Q_PROPERTY(bool configured READ isConfigured NOTIFY changed)

public:
    explicit PaymentTerminal(LocalStore *store, QObject *parent = nullptr);
    ~PaymentTerminal() override;
    static PaymentTerminal *create(QQmlEngine *, QJSEngine *);

    QString address() const;
    QString poiId() const;
    bool isConfigured() const;
    /** Null until the local store is open. */
    CardTerminal *terminal() const { return m_terminal; }

    /** Saves the terminal's address (http(s)://host:port/nexo) and POIID; false with
        failed() when they are not usable. */
    Q_INVOKABLE bool configure(const QString &address, const QString &poiId);
    /** Shorter waits, for the tests (CardTerminal::Config says what each is). */
    void setTimeouts(int answerTimeoutMs, int statusTimeoutMs, int pollIntervalMs,
                     int firstStatusDelayMs = CardTerminal::Config {}.firstStatusDelayMs,
                     int notFoundGraceMs = CardTerminal::Config {}.notFoundGraceMs);

signals:
    void changed();
    void failed(const QString &message);

private:
    void attach();

    LocalStore *m_store;
    CardTerminal *m_terminal = nullptr;
    int m_answerTimeoutMs = 120000;
    int m_statusTimeoutMs = 10000;
    int m_pollIntervalMs = 2000;
    int m_firstStatusDelayMs = CardTerminal::Config {}.firstStatusDelayMs;
    int m_notFoundGraceMs = CardTerminal::Config {}.notFoundGraceMs;
};
