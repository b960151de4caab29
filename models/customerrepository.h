// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>

#include <optional>

/**
 * Reads of customers and their history from the local store. Rows come back as maps whose
 * keys are the list models' role names; display text is added by the models.
 */
class CustomerRepository
{
public:
    explicit CustomerRepository(const QSqlDatabase &db);

    /** The tablet holds no customer at all (a new store, demo data not written yet). */
    bool isEmpty() const;

    /** Ranked search over name, email, phone and loyalty id; prefix per word. */
    QList<QVariantMap> search(const QString &typed, int limit, int offset) const;
    /** The customer whose loyalty card is exactly this (a scanned card), if any. */
    QString findByLoyaltyId(const QString &loyaltyId) const;

    std::optional<QVariantMap> customer(const QString &id) const;
    /** The id a customer is shown under: their own, or for a merged-away record the
        survivor's (following merges of merges); the id itself when unknown here. */
    QString resolvedId(const QString &id) const;
    /** Every consent given or withdrawn, newest first: kind, granted, channel, changed_by
        (and changed_by_name when a colleague of this store), changed_at, pending (not yet
        confirmed by the service). */
    QList<QVariantMap> consentHistory(const QString &customerId) const;
    QList<QVariantMap> consents(const QString &customerId) const;
    QList<QVariantMap> preferences(const QString &customerId) const;
    /** Newest first; channels empty means every channel. */
    QList<QVariantMap> timeline(const QString &customerId, const QStringList &channels,
                                int limit, int offset) const;
    QList<QVariantMap> recentlyViewedOnline(const QString &customerId, int limit) const;
    QList<QVariantMap> wishlist(const QString &customerId) const;
    QList<QVariantMap> cart(const QString &customerId) const;
    QList<QVariantMap> notes(const QString &customerId) const;

    /** What a new customer's details are checked against before they are saved. */
    struct Likeness
    {
        QString email;     // as normalised by SearchText::normalisedEmail
        QString phoneE164; // "+34612345678"; empty when no phone was given
        QString nameKey;   // SearchText::nameKey of the full name
        QString postcode;  // normalised as the address stores it; empty without an address
    };
    /** Customers this tablet holds that are likely the same person: the same email, the same
        phone, or the same full name with an address at the same postcode. Each once, with
        matched_on "email", "phone" or "name_postcode" (the first that matched). */
    QList<QVariantMap> likelyDuplicates(const Likeness &likeness, int limit = 10) const;

private:
    QSqlDatabase m_db;
};
