// SPDX-License-Identifier: MIT
#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

class RowStore;

/** Who and when, for a mutation being applied on the tablet or on the server. */
struct MutationContext
{
    QString associateId;
    QString associateName;
    /** The store of the device that made the change. */
    QString locationId;
    /** Time of application in ms; the server uses its own clock for ordering fields. */
    qint64 now = 0;
    /** True on the central service: validate against authoritative state, keep history. */
    bool authoritative = false;
    /** Server only: may this device touch this customer (one of its store's, or one it
        follows)? Unset means yes. */
    std::function<bool(const QString &customerId)> allowCustomer;
};

/** What became of a mutation: applied, or rejected for good with a reason. */
struct MutationResult
{
    bool applied = true;
    QString code;    // invalid, not_found, not_allowed, sold_out, ...
    QString message; // English, for logs and as a fallback; the app words it for associates
    /** Set when applying failed for a reason that may pass (database busy): retry later. */
    bool temporary = false;

    static MutationResult ok() { return {}; }
    static MutationResult rejected(const QString &code, const QString &message)
    {
        return {false, code, message, false};
    }
    static MutationResult rejected(const Protocol::Error &error)
    {
        return rejected(error.code, error.message);
    }
    /** The rejection as the one error type of every layer; null when applied. */
    Protocol::Error error() const
    {
        return applied ? Protocol::Error{} : Protocol::Error{code, message};
    }
    static MutationResult retryLater(const QString &message)
    {
        return {false, QStringLiteral("temporary"), message, true};
    }
};

/**
 * The mutators: one implementation of every named intent, run optimistically on the tablet and
 * authoritatively on the server, so both sides agree on what a mutation does. Conflict rules
 * are documented in docs/sync-protocol.md.
 */
namespace Mutators {

/** How far ahead of the clock applying a mutation its times may be: a tablet's clock may be a
    little fast, but a time further ahead is refused (an order dated in year 9999 would never
    expire). Webhooks use the same bound. */
inline constexpr qint64 maxClockAheadMs = Protocol::maxClockAheadMs;

QStringList names();
bool isKnown(const QString &name);
/** Preference keys an associate can set (sizes first), in display order. */
QStringList preferenceKeys();

/** An email address customer.create and customer.update take (normalised first; empty is
    allowed: no email). */
bool validEmail(const QString &email);

MutationResult apply(RowStore &rows, const QString &name, const QJsonObject &args,
                     const MutationContext &context);

/** The columns of a customer row that say who they are: cleared on a merged-away tombstone
    and on an erased customer. */
QStringList customerPersonalColumns();

/** What a customer id stands for now. */
struct ResolvedCustomer
{
    /** The customer itself, or the survivor of the merges it went through (A into B, then B
        into C: C); empty when there is no such customer. */
    QString id;
    /** Its personal data was erased (erased_at set). */
    bool erased = false;
};
ResolvedCustomer resolveCustomer(RowStore &rows, const QString &customerId);

/**
 * Merges two records of one person: on the service (context.authoritative) everything of
 * mergedId (orders with their lines, payments and refunds, events, notes, tasks, addresses,
 * reservations, transfers, consent history, wishlist without duplicates, cart with quantities
 * added up, preferences the survivor lacks, the newest consent per kind, loyalty, the channels'
 * links) moves to survivorId and mergedId becomes a tombstone (personal fields cleared,
 * merged_into set). On a tablet only merged_into is set. Refused (nothing changed): the same
 * id twice (invalid), an unknown id (not_found), a tombstone or an erased customer (invalid).
 * Runs inside the caller's transaction.
 */
MutationResult mergeCustomers(RowStore &rows, const QString &survivorId, const QString &mergedId,
                              const MutationContext &context);

} // namespace Mutators
