// SPDX-License-Identifier: MIT
#pragma once

#include "mutators.h"

#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

/**
 * The tablet's local SQLite store: opening, migrations, a way out of a damaged file, and the
 * one door for local changes (a mutation applied and queued in the outbox in one transaction).
 */
class LocalStore : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool ready READ isReady NOTIFY stateChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
    Q_PROPERTY(bool canRebuild READ canRebuild NOTIFY stateChanged)
    Q_PROPERTY(QString path READ path NOTIFY stateChanged)
    Q_PROPERTY(QString locationId READ locationId NOTIFY locationChanged)
    Q_PROPERTY(QString locationName READ locationName NOTIFY locationChanged)
    /** Staff can sign in on this tablet (the store's staff arrived by sync or demo data). */
    Q_PROPERTY(bool hasStaff READ hasStaff NOTIFY hasStaffChanged)

public:
    /** parent is required: a default constructor would make Qt 6.4 build a second, unopened
        instance for QML instead of calling create(). */
    explicit LocalStore(QObject *parent);
    ~LocalStore() override;

    static LocalStore *create(QQmlEngine *, QJSEngine *);

    /** Opens or creates the database file and brings its schema up to date. */
    bool open(const QString &path);
    void close();
    /** Keeps the damaged file beside the new one (".damaged-<time>") and starts afresh. */
    Q_INVOKABLE bool moveAsideAndRebuild();

    bool isReady() const { return m_ready; }
    bool isLoading() const { return false; }
    QString errorString() const { return m_errorString; }
    bool canRebuild() const { return m_canRebuild; }
    QString path() const { return m_path; }
    QSqlDatabase database() const;

    QString setting(const QString &key, const QString &fallback = {}) const;
    bool setSetting(const QString &key, const QString &value);

    /** The store this device belongs to (set at enrolment). */
    QString locationId() const { return m_locationId; }
    QString locationName() const;
    void setLocationId(const QString &locationId);
    bool hasStaff() const { return m_hasStaff; }

    /** The signed-in associate, recorded on every mutation. */
    void setActor(const QString &associateId, const QString &associateName);
    QString actorId() const { return m_actorId; }

    /** Applies a mutation locally and queues it for the server, atomically. */
    MutationResult submit(const QString &name, const QJsonObject &args);
    /** Several mutations as one local transaction (all or nothing), queued in order. */
    MutationResult submitAll(const QList<QPair<QString, QJsonObject>> &mutations);
    /** Whether submitAll() would apply them now, without changing anything (rolled back). */
    MutationResult check(const QList<QPair<QString, QJsonObject>> &mutations);

    /** Announces that rows of these tables changed (after a local mutation or a pull). */
    void notifyTablesChanged(const QStringList &tables);

signals:
    void stateChanged();
    void locationChanged();
    void tablesChanged(const QStringList &tables);
    void outboxChanged();
    void hasStaffChanged();

private:
    MutationResult apply(const QList<QPair<QString, QJsonObject>> &mutations, bool keep);
    void setFailed(const QString &message, bool canRebuild);
    void updateHasStaff();

    QString m_path;
    QString m_connectionName;
    bool m_ready = false;
    bool m_canRebuild = false;
    QString m_errorString;
    QString m_locationId;
    QString m_actorId;
    bool m_hasStaff = false;
    QString m_actorName;
};
