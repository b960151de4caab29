// SPDX-License-Identifier: MIT
#pragma once

#include "rowlistmodel.h"

#include <functional>

/**
 * A list the checkout shows (its tenders, its quote's lines): rows read from the controller
 * and refreshed by key whenever the sale changes, so a changed row gets a precise dataChanged
 * and a new one an insert.
 */
class SaleLinesModel : public RowListModel
{
    Q_OBJECT

public:
    using Reader = std::function<QList<QVariantMap>()>;
    SaleLinesModel(const QList<QByteArray> &roles, const QString &keyRole, Reader reader,
                   QObject *parent);

    /** Reads the rows again and applies the difference. */
    void update() { refresh(); }

protected:
    QList<QVariantMap> fetchRows(int offset, int limit) override;

private:
    Reader m_reader;
};
