// SPDX-License-Identifier: MIT
#pragma once

#include "storelistmodel.h"

#include <QtQml/qqmlregistration.h>

/** The catalogue as the associate browses it: styles by words typed and a category. */
class ProductSearchModel : public StoreListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY categoryChanged)
    Q_PROPERTY(QStringList categories READ categories NOTIFY storeChanged)

public:
    enum Roles {
        StyleIdRole = Qt::UserRole + 1,
        NameRole,
        BrandRole,
        CategoryRole,
        CategoryLabelRole,
        ImageRole,
        PriceTextRole,
        VariantsTextRole,
    };
    Q_ENUM(Roles)

    explicit ProductSearchModel(QObject *parent = nullptr);
    explicit ProductSearchModel(LocalStore *store, QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QString category() const { return m_category; }
    void setCategory(const QString &category);
    QStringList categories() const;

    /** A scanned barcode or typed SKU: {sku, styleId}, or empty. */
    Q_INVOKABLE QVariantMap productForCode(const QString &code) const;

    static constexpr int pageSize = 40;

signals:
    void queryChanged();
    void categoryChanged();

protected:
    QList<QVariantMap> fetchRows(int offset, int limit) override;
    bool showsAnyOf(const QStringList &tables) const override;

private:
    QString m_query;
    QString m_category;
};
