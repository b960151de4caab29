// SPDX-License-Identifier: MIT
#pragma once

#include "rowlistmodel.h"

#include <QSqlDatabase>
#include <QtQml/qqmlregistration.h>

class LocalStore;

/** Changes the central service refused, in words an associate understands, with what to do. */
class RejectionsModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use SyncEngine.rejections")

public:
    enum Roles {
        MutationIdRole = Qt::UserRole + 1,
        TitleRole,
        ReasonRole,
        ActionRole,
        WhenTextRole,
    };
    Q_ENUM(Roles)

    explicit RejectionsModel(LocalStore *store, QObject *parent = nullptr);

    /** Re-reads the refused changes (after a sync, or in another language). */
    Q_INVOKABLE void reload() { refresh(); }
    /** The associate has read it: hide it. */
    Q_INVOKABLE void dismiss(qint64 mutationId);

    /** What a mutation was, e.g. "Note for José Muñoz". */
    static QString describe(const QSqlDatabase &db, const QString &name, const QJsonObject &args);

protected:
    QList<QVariantMap> fetchRows(int offset, int limit) override;

private:
    LocalStore *m_store;
};
