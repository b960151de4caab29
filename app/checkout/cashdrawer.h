// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

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
    explicit CashDrawer(QObject *parent = nullptr);
    ~CashDrawer() override;
    static CashDrawer *instance();
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

    /** Cash in (a sale, positive) or out (change voided, a refund: negative). */
    bool record(const QString &kind, qint64 amountMinor, const QString &saleId);
    QString sessionId() const;

signals:
    void changed();
    void failed(const QString &message);
};
