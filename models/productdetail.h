// SPDX-License-Identifier: MIT
#pragma once

#include "storewatcher.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

/** One style with all its variants: the colour and size the associate picked select a SKU. */
class ProductDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(LocalStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString styleId READ styleId WRITE setStyleId NOTIFY styleChanged)
    Q_PROPERTY(bool found READ found NOTIFY styleChanged)
    Q_PROPERTY(bool loading READ isLoading CONSTANT)
    Q_PROPERTY(QString errorString READ errorString NOTIFY styleChanged)
    Q_PROPERTY(QString name READ name NOTIFY styleChanged)
    Q_PROPERTY(QString brand READ brand NOTIFY styleChanged)
    Q_PROPERTY(QString category READ category NOTIFY styleChanged)
    Q_PROPERTY(QString categoryLabel READ categoryLabel NOTIFY styleChanged)
    Q_PROPERTY(QString description READ description NOTIFY styleChanged)
    Q_PROPERTY(QString image READ image NOTIFY styleChanged)
    Q_PROPERTY(QStringList colours READ colours NOTIFY styleChanged)
    Q_PROPERTY(QString colour READ colour WRITE setColour NOTIFY selectionChanged)
    /** Sizes of the chosen colour: [{sku, size, priceText, availableHere}]. */
    Q_PROPERTY(QVariantList sizes READ sizes NOTIFY selectionChanged)
    Q_PROPERTY(QString sku READ sku WRITE setSku NOTIFY selectionChanged)
    Q_PROPERTY(QString size READ size NOTIFY selectionChanged)
    Q_PROPERTY(QString priceText READ priceText NOTIFY selectionChanged)
    Q_PROPERTY(qint64 priceMinor READ priceMinor NOTIFY selectionChanged)

public:
    explicit ProductDetail(QObject *parent = nullptr);
    explicit ProductDetail(LocalStore *store, QObject *parent = nullptr);

    LocalStore *store() const { return m_store.store(); }
    void setStore(LocalStore *store);

    QString styleId() const { return m_styleId; }
    void setStyleId(const QString &styleId);
    bool found() const { return !m_style.isEmpty(); }
    bool isLoading() const { return false; }
    QString errorString() const;
    QString name() const;
    QString brand() const;
    QString category() const;
    QString categoryLabel() const;
    QString description() const;
    QString image() const;
    QStringList colours() const { return m_colours; }
    QString colour() const { return m_colour; }
    void setColour(const QString &colour);
    QVariantList sizes() const { return m_sizes; }
    QString sku() const { return m_sku; }
    void setSku(const QString &sku);
    QString size() const;
    QString priceText() const;
    qint64 priceMinor() const;

    /** Opens the style of a SKU with that colour and size chosen (a scan). */
    Q_INVOKABLE bool showSku(const QString &sku);

signals:
    void storeChanged();
    void styleChanged();
    void selectionChanged();

private:
    StoreWatcher m_store;
    void load();
    void loadSizes();
    QVariantMap variant(const QString &sku) const;

    QString m_styleId;
    QVariantMap m_style;
    QList<QVariantMap> m_variants;
    QStringList m_colours;
    QString m_colour;
    QVariantList m_sizes;
    QString m_sku;
};
