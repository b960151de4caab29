// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "localstore.h"
#include "syncengine.h"

#include <QNetworkReply>

/**
 * Registering a walk-in: checks what was typed field by field, looks for the same person
 * already registered (same email, same phone, or same name and postcode; on this tablet at
 * once and, when online, in the whole chain) and saves the new customer, their consents (each
 * with the time and the channel it was given on), an address and a loyalty card, in one step
 * that works offline.
 *
 * The fields, as QML passes them: firstName, lastName, email, phone, phoneCountry (ISO code
 * of the number's country; this store's by default), language ("en", "es", ...), birthDate
 * (YYYY-MM-DD), consents ({email, sms, phone, marketing}: true for those given), address
 * (recipient, line1, line2, city, postcode, region, country, phone; none when line1 is empty)
 * and loyaltyId (a card handed over now, optional).
 */
class NewCustomerForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(LocalStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(SyncEngine *sync READ sync WRITE setSync NOTIFY syncChanged)
    /** Field name -> what to correct, from the last validate(). */
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
    /** Likely the same person: customerId, displayName, homeLocationName, reason, onTablet. */
    Q_PROPERTY(QVariantList duplicates READ duplicates NOTIFY duplicatesChanged)
    Q_PROPERTY(bool checking READ isChecking NOTIFY checkingChanged)
    /** Only this tablet could be checked (offline): said next to the result. */
    Q_PROPERTY(bool checkedLocallyOnly READ checkedLocallyOnly NOTIFY duplicatesChanged)
    /** The store's country: the phone's and the address's by default. */
    Q_PROPERTY(QString storeCountry READ storeCountry NOTIFY storeChanged)
    Q_PROPERTY(QStringList countries READ countries CONSTANT)
    /** Languages a customer may prefer: {code, name}. */
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)

public:
    explicit NewCustomerForm(QObject *parent = nullptr);
    NewCustomerForm(LocalStore *store, SyncEngine *sync, QObject *parent = nullptr);

    LocalStore *store() const { return m_store; }
    void setStore(LocalStore *store);
    SyncEngine *sync() const { return m_sync; }
    void setSync(SyncEngine *sync);
    QVariantMap errors() const { return m_errors; }
    QVariantList duplicates() const { return m_duplicates; }
    bool isChecking() const { return m_reply != nullptr; }
    bool checkedLocallyOnly() const { return m_locallyOnly; }
    QString storeCountry() const;
    QStringList countries() const;
    QVariantList languages() const;

    /** Checks every field; errors says what to correct. True when it can be saved. */
    Q_INVOKABLE bool validate(const QVariantMap &fields);
    /** Looks for the same person: this tablet at once, then the service when online;
        duplicatesChecked() when done. */
    Q_INVOKABLE void checkDuplicates(const QVariantMap &fields);
    /** Saves the customer (with consents, address, card) and returns their id; empty, with
        failed(), when it cannot. */
    Q_INVOKABLE QString save(const QVariantMap &fields);
    /** Forgets the last check (the associate changed something). */
    Q_INVOKABLE void reset();

    static constexpr int remoteTimeoutMs = 3000;

signals:
    void storeChanged();
    void syncChanged();
    void errorsChanged();
    void duplicatesChanged();
    void checkingChanged();
    void duplicatesChecked();
    void failed(const QString &message);

private:
    /** The phone as it is saved: international when its country is not the store's. */
    QString phoneToSave(const QVariantMap &fields) const;
    QString reasonText(const QString &matchedOn) const;
    void setDuplicates(const QVariantList &duplicates, bool locallyOnly);

    QPointer<LocalStore> m_store;
    QPointer<SyncEngine> m_sync;
    QPointer<QNetworkReply> m_reply;
    QVariantMap m_errors;
    QVariantList m_duplicates;
    bool m_locallyOnly = false;
};
