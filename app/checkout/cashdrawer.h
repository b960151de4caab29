// SPDX-License-Identifier: MIT
#pragma once

#include "money.h"

#include <QObject>
#include <optional>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;
class LocalStore;
class Session;
class CashDrawerRepository;

/**
 * The signed-in associate's cash drawer session: opened with a float, every cash sale and
 * cash refund recorded against it, closed with a count that is compared with what should be
 * there (the count goes to the central service as cash.closeSession).
 */
class CashDrawer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool open READ isOpen NOTIFY changed)
    Q_PROPERTY(QString currency READ currency NOTIFY changed)
    Q_PROPERTY(qint64 expectedMinor READ expectedMinor NOTIFY changed)
    Q_PROPERTY(QString expectedText READ expectedText NOTIFY changed)
    Q_PROPERTY(QString openedText READ openedText NOTIFY changed)

public:
    /** The drawer of whoever is signed in to session, kept in store. No default constructor:
        see LocalStore. */
    CashDrawer(LocalStore *store, Session *session, QObject *parent);
    ~CashDrawer() override;
    static CashDrawer *create(QQmlEngine *, QJSEngine *);

    bool isOpen() const { return !sessionId().isEmpty(); }
    QString currency() const;
    qint64 expectedMinor() const;
    QString expectedText() const;
    QString openedText() const;

    /** Opens a session with the float in the drawer; false with failed() otherwise. */
    Q_INVOKABLE bool openDrawer(qint64 openingMinor);
    /** Closes it with the amount counted: {expectedText, countedText, differenceText,
        difference} or an empty map with failed(). */
    Q_INVOKABLE QVariantMap closeDrawer(qint64 countedMinor);

    /** Cash in (a sale, positive) or out (change voided, a refund: negative), in the drawer's
        currency. */
    bool record(const QString &kind, const Money &amount, const QString &saleId);
    QString sessionId() const;

signals:
    void changed();
    void failed(const QString &message);

private:
    /** Null when there is no open store or nobody is signed in. */
    std::optional<CashDrawerRepository> repository() const;

    QPointer<LocalStore> m_store;
    QPointer<Session> m_session;
};
