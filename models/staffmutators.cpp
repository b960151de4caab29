// SPDX-License-Identifier: MIT
// Staff locks. Five wrong PINs on a tablet lock that staff member everywhere: the tablet sends
// staff.lock, the service then refuses the staff member's mutations from every device, and the
// lock reaches every tablet of the store, whose sign-in refuses them too, until a manager of the
// store sends staff.unlock. staff.rehashPin replaces a PBKDF2 PIN hash by Argon2id at the staff
// member's next sign-in.
#include "mutatorsupport.h"
#include "pinhash.h"

namespace Mutators::Support {

namespace {

/** staff.lock (lock) and staff.unlock: the same row, different people allowed. */
MutationResult changeLock(RowStore &rows, const QJsonObject &json, const MutationContext &context,
                          bool lock)
{
    JsonReader args(json);
    const QString staffId = args.text(u"staffId"_s, idLength);
    const qint64 at = actedAt(args, context);
    if (!args.ok())
        return rejection(args);
    const Entity &staff = entity(u"staff"_s);
    const auto member = rows.get(staff, {{u"id"_s, staffId}});
    if (!member)
        return MutationResult::rejected(u"not_found"_s,
                                        u"staff member %1 does not exist"_s.arg(staffId));
    if (lock) {
        // Any device of the staff member's store: the wrong PINs were typed there.
        if (context.authoritative
            && member->value(u"location_id"_s).toString() != context.locationId)
            return MutationResult::rejected(
                u"not_allowed"_s, u"staff member %1 works in another store"_s.arg(staffId));
    } else {
        // Only an active, unlocked manager of the same store; checked on the tablet too, where
        // the store's staff rows are.
        const auto manager = rows.get(staff, {{u"id"_s, context.associateId}});
        if (!manager || manager->value(u"role"_s).toString() != u"manager"_s
            || !manager->value(u"active"_s).toBool()
            || manager->value(u"locked_at"_s).toLongLong() != 0
            || manager->value(u"location_id"_s) != member->value(u"location_id"_s))
            return MutationResult::rejected(
                u"not_allowed"_s, u"only a manager of the staff member's store may unlock them"_s);
    }
    // Already so: nothing to write (a second lock keeps the first one's time).
    if ((member->value(u"locked_at"_s).toLongLong() != 0) == lock)
        return MutationResult::ok();
    return rows.put(staff,
                    {{u"id"_s, staffId},
                     {u"locked_at"_s, lock ? qMax<qint64>(at, 1) : 0},
                     {u"updated_at"_s, context.now}})
        ? MutationResult::ok()
        : storageFailure();
}

MutationResult staffLock(RowStore &rows, const QJsonObject &json, const MutationContext &context)
{
    return changeLock(rows, json, context, true);
}

MutationResult staffUnlock(RowStore &rows, const QJsonObject &json, const MutationContext &context)
{
    return changeLock(rows, json, context, false);
}

/** staff.rehashPin: after a sign-in that matched an old PBKDF2 hash, the tablet sends the same
    PIN hashed with Argon2id. Only the staff member themself, signed in on a device of their
    store, and only over a PBKDF2 hash: this upgrades a hash, it does not change a PIN. */
MutationResult staffRehashPin(RowStore &rows, const QJsonObject &json,
                              const MutationContext &context)
{
    JsonReader args(json);
    const QString staffId = args.text(u"staffId"_s, idLength);
    const QString hash = args.text(u"pinHash"_s, 200);
    if (!args.ok())
        return rejection(args);
    if (!PinHash::isArgon2id(hash))
        return MutationResult::rejected(u"invalid"_s, u"pinHash is an Argon2id hash"_s);
    const Entity &staff = entity(u"staff"_s);
    const auto member = rows.get(staff, {{u"id"_s, staffId}});
    if (!member)
        return MutationResult::rejected(u"not_found"_s,
                                        u"staff member %1 does not exist"_s.arg(staffId));
    if (staffId != context.associateId
        || (context.authoritative
            && member->value(u"location_id"_s).toString() != context.locationId))
        return MutationResult::rejected(
            u"not_allowed"_s, u"only the staff member, signed in in their store, may do this"_s);
    // Already Argon2id (this one sent twice, or another tablet's first): nothing to do.
    if (PinHash::isArgon2id(member->value(u"pin_hash"_s).toString()))
        return MutationResult::ok();
    return rows.put(staff,
                    {{u"id"_s, staffId},
                     {u"pin_hash"_s, hash},
                     {u"pin_salt"_s, QString()},
                     {u"pin_iterations"_s, 0},
                     {u"updated_at"_s, context.now}})
        ? MutationResult::ok()
        : storageFailure();
}

} // namespace

QHash<QString, Mutator> staffMutators()
{
    return {{u"staff.lock"_s, staffLock},
            {u"staff.unlock"_s, staffUnlock},
            {u"staff.rehashPin"_s, staffRehashPin}};
}

} // namespace Mutators::Support
