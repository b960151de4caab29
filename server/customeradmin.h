// SPDX-License-Identifier: MIT
#pragma once

#include "mutators.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

class ChangeFeedStore;
class RowStore;

/**
 * A manager's operations on one customer, on the service: merge two records of one person,
 * erase a customer's personal data, export everything the chain holds on them. Merge and
 * erasure are each one transaction through the change feed, so every tablet holding the
 * customer converges on its next pull (docs/sync-protocol.md, "Merged and erased customers").
 * The command line runs them (clienteling-server --merge-customers, --erase-customer,
 * --export-customer); a manager's tablet merges with the customer.merge mutation.
 */
class CustomerAdmin
{
public:
    explicit CustomerAdmin(const QSqlDatabase &db);

    /** Moves everything of mergedId to survivorId; mergedId becomes a tombstone
        (Mutators::mergeCustomers). actor: who, for the revisions kept ("cli:merge"). */
    MutationResult merge(const QString &survivorId, const QString &mergedId,
                         const QString &actor);

    /** Erases the customer's personal data everywhere on the service: the row anonymised
        (erased_at set), what hangs on it deleted, orders kept without identity. Refused: an
        unknown id (not_found), a merged-away tombstone (invalid: erase the survivor),
        a customer erased before (already_erased, nothing changes). */
    MutationResult erase(const QString &customerId, const QString &actor);

    /** Everything the service holds on one customer as JSON; nothing (and error set) for an
        unknown id. */
    std::optional<QJsonObject> exportCustomer(const QString &customerId,
                                              Protocol::Error *error);

    /**
     * For a pushed mutation, before its mutator runs (SyncService, the one place): the ids in
     * args that name a merged-away customer (customerId; id of customer.update) are replaced by
     * the survivor's. A mutation naming an erased customer is refused (not_found), but a sale
     * or a transfer, which the law and the stock need, is kept without the customer.
     */
    static std::optional<MutationResult> redirect(RowStore &rows, const QString &name,
                                                  QJsonObject *args);

    /** After a merge, in its transaction: the devices that followed the merged-away record
        follow the survivor instead (its rows published to them), unless they hold it anyway. */
    static bool moveFollows(ChangeFeedStore &rows, const QString &survivorId,
                            const QString &mergedId);

private:
    QSqlDatabase m_db;
};
