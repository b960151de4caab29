// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class LocalStore;
class QJSEngine;

/**
 * The signed-in associate. Sign-in checks the staff number and PIN against the PIN hashes
 * synced to this tablet, so it works offline. Five wrong PINs lock that staff member: on this
 * device for a while whoever they are, and for a staff member of this store everywhere until
 * a manager unlocks them (staff.lock goes to the service, which then refuses their changes from
 * every device, and the lock reaches every tablet of the store).
 */
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool signedIn READ isSignedIn NOTIFY changed)
    Q_PROPERTY(QString associateId READ associateId NOTIFY changed)
    Q_PROPERTY(QString associateName READ associateName NOTIFY changed)
    Q_PROPERTY(QString role READ role NOTIFY changed)
    Q_PROPERTY(bool isManager READ isManager NOTIFY changed)

public:
    /** No default constructor: see LocalStore. */
    Session(LocalStore *store, QObject *parent);
    ~Session() override;
    static Session *create(QQmlEngine *, QJSEngine *);

    bool isSignedIn() const { return !m_associateId.isEmpty(); }
    QString associateId() const { return m_associateId; }
    QString associateName() const { return m_associateName; }
    QString role() const { return m_role; }
    bool isManager() const { return m_role == QStringLiteral("manager"); }

    /** True when signed in; otherwise failed() says why in the associate's words. */
    Q_INVOKABLE bool signIn(const QString &staffNumber, const QString &pin);
    Q_INVOKABLE void signOut();
    /** A signed-in manager lifts the lock of a staff member of their store; false with
        failed() saying why otherwise. */
    Q_INVOKABLE bool unlockStaff(const QString &staffNumber);
    /** Staff of this tablet's store whose sign-in is locked, for a manager to unlock:
        [{staffNumber, name, lockedText}], the longest locked first. Empty for anyone else. */
    Q_INVOKABLE QVariantList lockedStaff() const;

    static constexpr int maxFailures = 5;
    static constexpr qint64 lockoutMs = 15 * 60 * 1000;

signals:
    void changed();
    void failed(const QString &message);

private:
    QPointer<LocalStore> m_store;
    QString m_associateId;
    QString m_associateName;
    QString m_role;
};
