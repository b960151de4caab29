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

private:
    QSqlDatabase m_db;
};
