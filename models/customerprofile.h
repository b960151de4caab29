// SPDX-License-Identifier: MIT
#pragma once

#include "storewatcher.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "customernotesmodel.h"
#include "customerpreferencesmodel.h"
#include "customerproductsmodel.h"
#include "customertimelinemodel.h"

struct MutationResult;

/**
 * The customer 360: identity, loyalty, value and consents, with the lists of the customer
 * screen, and the associate's actions on the customer (notes, preferences, consents).
 */
class CustomerProfile : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(LocalStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY customerIdChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(bool found READ found NOTIFY profileChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY profileChanged)
    Q_PROPERTY(QString initials READ initials NOTIFY profileChanged)
    Q_PROPERTY(QString email READ email NOTIFY profileChanged)
    Q_PROPERTY(QString phone READ phone NOTIFY profileChanged)
    Q_PROPERTY(QString loyaltyId READ loyaltyId NOTIFY profileChanged)
    Q_PROPERTY(QString tier READ tier NOTIFY profileChanged)
    Q_PROPERTY(QString tierLabel READ tierLabel NOTIFY profileChanged)
    Q_PROPERTY(QString pointsText READ pointsText NOTIFY profileChanged)
    Q_PROPERTY(QString lifetimeValueText READ lifetimeValueText NOTIFY profileChanged)
    Q_PROPERTY(QString memberSinceText READ memberSinceText NOTIFY profileChanged)
    Q_PROPERTY(QString homeStoreName READ homeStoreName NOTIFY profileChanged)
    Q_PROPERTY(QVariantList consents READ consents NOTIFY profileChanged)
    /** What the associate may correct: firstName, lastName, email, phone, language,
        birthDate, homeLocationId. */
    Q_PROPERTY(QVariantMap contact READ contact NOTIFY profileChanged)
    /** The stores a customer may call home: {id, name}, by name. */
    Q_PROPERTY(QVariantList homeStores READ homeStores NOTIFY profileChanged)
    Q_PROPERTY(CustomerTimelineModel *timeline READ timeline CONSTANT)
    Q_PROPERTY(CustomerProductsModel *recentlyViewed READ recentlyViewed CONSTANT)
    Q_PROPERTY(CustomerProductsModel *wishlist READ wishlist CONSTANT)
    Q_PROPERTY(CustomerProductsModel *cart READ cart CONSTANT)
    Q_PROPERTY(CustomerNotesModel *notes READ notes CONSTANT)
    Q_PROPERTY(CustomerPreferencesModel *preferences READ preferences CONSTANT)

public:
    explicit CustomerProfile(QObject *parent = nullptr);
    explicit CustomerProfile(LocalStore *store, QObject *parent = nullptr);

    LocalStore *store() const { return m_store.store(); }
    void setStore(LocalStore *store);

    QString customerId() const { return m_customerId; }
    void setCustomerId(const QString &customerId);

    bool isLoading() const { return false; }
    QString errorString() const { return m_errorString; }
    bool found() const { return !m_row.isEmpty(); }
    QString displayName() const;
    QString initials() const;
    QString email() const;
    QString phone() const;
    QString loyaltyId() const;
    QString tier() const;
    QString tierLabel() const;
    QString pointsText() const;
    QString lifetimeValueText() const;
    QString memberSinceText() const;
    QString homeStoreName() const;
    QVariantList consents() const { return m_consents; }
    QVariantMap contact() const;
    QVariantList homeStores() const;

    CustomerTimelineModel *timeline() const { return m_timeline; }
    CustomerProductsModel *recentlyViewed() const { return m_recentlyViewed; }
    CustomerProductsModel *wishlist() const { return m_wishlist; }
    CustomerProductsModel *cart() const { return m_cart; }
    CustomerNotesModel *notes() const { return m_notes; }
    CustomerPreferencesModel *preferences() const { return m_preferences; }

    /** Saves a note at once (queued for sync). False, with failed(), on invalid input. */
    Q_INVOKABLE bool addNote(const QString &body);
    Q_INVOKABLE bool setPreference(const QString &key, const QString &value);
    Q_INVOKABLE bool setConsent(const QString &kind, bool granted);
    /** Saves corrected contact details (the keys of contact; only those that changed are
        sent) and, when homeLocationId differs, the new home store. Saved at once, offline
        too; two tablets correcting the same field: the change the service receives last
        wins (docs/sync-protocol.md). */
    Q_INVOKABLE bool saveContact(const QVariantMap &fields);
    /** Gives the customer a loyalty card, scanned or typed; unique in the chain. */
    Q_INVOKABLE bool giveLoyaltyCard(const QString &typed);

signals:
    void storeChanged();
    void customerIdChanged();
    void loadingChanged();
    void errorStringChanged();
    void profileChanged();
    /** An action was refused; message is for the associate. */
    void failed(const QString &message);

private:
    void load();
    StoreWatcher m_store;
    bool report(const MutationResult &result);
    QString text(const char *column) const;

    QString m_customerId;
    QString m_errorString;
    QVariantMap m_row;
    QVariantList m_consents;
    CustomerTimelineModel *m_timeline;
    CustomerProductsModel *m_recentlyViewed;
    CustomerProductsModel *m_wishlist;
    CustomerProductsModel *m_cart;
    CustomerNotesModel *m_notes;
    CustomerPreferencesModel *m_preferences;
};
