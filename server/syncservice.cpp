// SPDX-License-Identifier: MIT
#include "syncservice.h"
#include "giftcardkey.h"
#include "changefeed.h"
#include "ingestion.h"
#include "customeradmin.h"
#include "clock.h"
#include "database.h"
#include "entities.h"
#include "jsontext.h"
#include "mutators.h"
#include "serverlog.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

/** Appends text as a JSON string. */
void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    qsizetype plain = 0; // start of the run not yet copied
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.constData() + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += "0123456789abcdef"[c >> 4];
            out += "0123456789abcdef"[c & 0xf];
        }
    }
    out.append(utf8.constData() + plain, utf8.size() - plain);
    out += '"';
}

/** Appends the current row of query as a JSON object; names: the columns as JSON strings
    followed by a colon, worked out once per query. */
void appendRowJson(QByteArray &out, const QSqlQuery &query, const QList<QByteArray> &names)
{
    out += '{';
    for (int i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += ',';
        out += names.at(i);
        const QVariant value = query.value(i);
        switch (value.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::ULongLong:
        case QMetaType::UInt:
            out += QByteArray::number(value.toLongLong());
            break;
        case QMetaType::Double: {
            const double number = value.toDouble();
            out += qIsFinite(number)
                ? QByteArray::number(number, 'g', QLocale::FloatingPointShortest)
                : QByteArray("null");
            break;
        }
        default:
            if (value.isNull())
                out += "null";
            else
                appendJsonString(out, value.toString());
        }
    }
    out += '}';
}

QString inList(int count)
{
    return u"("_s + QStringList(count, u"?"_s).join(u", "_s) + u")"_s;
}

/** A payment or refund queued on a tablet before service migration 9 names its gift card by
    the plain SHA-256 of the number; the card has since been re-keyed to the id made from that
    (GiftCardKey::idForLegacy), which is what it is paid from or credited to. */
QJsonObject withKeyedGiftCard(const QSqlDatabase &db, const GiftCardKey &key, QJsonObject args)
{
    const QString id = args.value(u"giftCardId"_s).toString();
    const auto exists = [&db](const QString &cardId) {
        return Database::scalar(db, u"SELECT COUNT(*) FROM gift_cards WHERE id = ?"_s, {cardId})
                   .toInt()
            > 0;
    };
    if (id.size() != 64 || exists(id))
        return args;
    const QString keyed = key.idForLegacy(id);
    if (exists(keyed))
        args.insert(u"giftCardId"_s, keyed);
    return args;
}

/** Mutations a kiosk may push: none yet. Kiosk mode only shows things, so a kiosk's change is
    refused whatever associate it names. (A kiosk mutation added here still goes through the
    associate check below; decide then who signs it.) */
bool kioskMayPush(const QString &name)
{
    static const QStringList allowed;
    return allowed.contains(name);
}

/** A mutation carrying text no database can store (a NUL, half a surrogate pair) in its
    arguments, their keys or its associate: refused as invalid before anything reads it, so it
    never reaches a statement (PostgreSQL would fail it on every retry and block the queue). */
std::optional<MutationResult> unstorableText(const QJsonObject &args, const QString &associateId)
{
    QString where;
    if (!JsonText::isClean(args, &where))
        return MutationResult::rejected(u"invalid"_s,
                                        u"argument '%1' holds a NUL character or half of a"
                                        " surrogate pair"_s.arg(where));
    if (!JsonText::isClean(associateId))
        return MutationResult::rejected(u"invalid"_s,
                                        u"associateId holds a NUL character or half of a"
                                        " surrogate pair"_s);
    return std::nullopt;
}

/** A client id is bound to the device that first used it: another device (of any store)
    neither reads its state nor writes in its name. A tablet enrolled again proves it is the
    same one with its old token (Devices::enrol), which moves its clients. */
ServiceReply clientOfAnotherDevice()
{
    return ServiceReply::error(403, u"forbidden"_s,
                               u"this client id belongs to another device; a re-enrolled"
                               " tablet must send its previous token when enrolling"_s);
}

/** Binds a client id no device has used yet to deviceId; created: false when one was
    quicker. */
bool createClient(const QSqlDatabase &db, const QString &clientId, const QString &deviceId,
                  bool *created = nullptr)
{
    const qint64 now = Clock::nowMs();
    QSqlQuery create = Database::prepare(
        db,
        u"INSERT INTO clients (client_id, device_id, last_mutation_id, created_at,"
        " updated_at) VALUES (?, ?, 0, ?, ?) ON CONFLICT (client_id) DO NOTHING"_s);
    create.addBindValue(clientId);
    create.addBindValue(deviceId);
    create.addBindValue(now);
    create.addBindValue(now);
    if (!Database::exec(create))
        return false;
    if (created)
        *created = create.numRowsAffected() > 0;
    return true;
}

/** The cursor a pull answers with: epoch, version and the token of the write that published
    that version (empty for a version older than every token kept). */
QString cursorFor(const QSqlDatabase &db, const QString &epoch, qint64 version)
{
    return epoch + u':' + QString::number(version) + u':' + ChangeFeedStore::tokenAt(db, version);
}

} // namespace

ServiceReply ServiceReply::error(int status, const Protocol::Error &error)
{
    return {status, error.toJson()};
}

ServiceReply ServiceReply::error(int status, const QString &code, const QString &message,
                                 const QJsonObject &extra)
{
    return error(status, Protocol::Error{code, message, extra});
}

QByteArray ServiceReply::encoded() const
{
    QByteArray out = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (rawMemberName.isEmpty())
        return out;
    // {"a":1} + "changes": [...] -> {"a":1,"changes":[...]}
    out.chop(1);
    if (out.size() > 1)
        out += ',';
    appendJsonString(out, QString::fromLatin1(rawMemberName));
    out += ':';
    out += rawMember;
    out += '}';
    return out;
}

SyncService::SyncService(const QSqlDatabase &db, const GiftCardKey *giftCardKey)
    : m_db(db)
    , m_giftCardKey(giftCardKey)
{ }

QStringList SyncService::kioskEntities()
{
    // A kiosk shows the catalogue to anyone walking by: what things cost, where they are in
    // stock, the stores and how delivery works. Nothing about staff, customers, their orders,
    // gift cards or coupons.
    return {u"location"_s, u"style"_s, u"product"_s, u"inventory"_s, u"delivery_option"_s};
}

QStringList SyncService::scopesFor(const DeviceIdentity &device)
{
    QStringList scopes = {Scopes::global()};
    if (device.mode != u"kiosk"_s)
        scopes << Scopes::store(device.locationId) << Scopes::device(device.deviceId);
    // Stock of the device's own store, the other stores in its country and every warehouse.
    QSqlQuery query
        = Database::prepare(m_db,
                            u"SELECT l.id FROM locations l, locations me WHERE me.id = ? AND"
                            " (l.kind = 'warehouse' OR l.country = me.country)"_s);
    query.addBindValue(device.locationId);
    if (Database::exec(query)) {
        while (query.next())
            scopes << Scopes::stock(query.value(0).toString());
    }
    if (!scopes.contains(Scopes::stock(device.locationId)))
        scopes << Scopes::stock(device.locationId);
    return scopes;
}

std::optional<ServiceReply> SyncService::claimClient(const DeviceIdentity &device,
                                                     const QString &clientId)
{
    const QString ownerSql = u"SELECT device_id FROM clients WHERE client_id = ?"_s;
    QVariant owner = Database::scalar(m_db, ownerSql, {clientId});
    if (!owner.isValid()) {
        // First use: the client id is this device's from now on (whoever inserts first wins).
        if (!createClient(m_db, clientId, device.deviceId))
            return ServiceReply::error(503, u"unavailable"_s, u"database busy, retry"_s);
        owner = Database::scalar(m_db, ownerSql, {clientId});
    }
    if (!owner.isValid())
        return ServiceReply::error(503, u"unavailable"_s, u"database busy, retry"_s);
    if (owner.toString() != device.deviceId)
        return clientOfAnotherDevice();
    return std::nullopt;
}

namespace {

ServiceReply databaseBusy()
{
    return ServiceReply::error(503, u"unavailable"_s, u"database busy, retry"_s);
}

/** Ends one follow, inside a write: the device's scope gets tombstones for the customer's rows
    (a pull still sends the ones the device reads through another of its scopes, such as an
    order placed at its store). */
bool endFollow(ChangeFeedStore &rows, const QString &deviceId, const QString &customerId)
{
    QSqlQuery remove = Database::prepare(
        rows.database(),
        u"DELETE FROM device_customers WHERE device_id = ? AND customer_id = ?"_s);
    remove.addBindValue(deviceId);
    remove.addBindValue(customerId);
    if (!Database::exec(remove))
        return false;
    rows.forgetFollowers();
    return rows.publishCustomer(customerId, Scopes::device(deviceId), true);
}

/** The customers whose follow by the device lapsed at now; nothing when the database failed. */
std::optional<QStringList> lapsedFollows(const QSqlDatabase &db, const QString &deviceId,
                                         qint64 now)
{
    QSqlQuery query = Database::prepare(db,
                                        u"SELECT customer_id FROM device_customers WHERE"
                                        " device_id = ? AND last_active_at < ?"
                                        " ORDER BY customer_id"_s);
    query.addBindValue(deviceId);
    query.addBindValue(now - SyncService::followLapseMs);
    if (!Database::exec(query))
        return std::nullopt;
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

/** Ends the lapsed follows of the device inside a write; false when the database failed. */
bool endLapsedFollows(ChangeFeedStore &rows, const QString &deviceId, qint64 now)
{
    const auto lapsed = lapsedFollows(rows.database(), deviceId, now);
    if (!lapsed)
        return false;
    for (const QString &customerId : *lapsed) {
        if (!endFollow(rows, deviceId, customerId))
            return false;
    }
    return true;
}

/**
 * Applies one pushed batch's new mutations, inside the batch's transaction: the statements and
 * look-ups its mutations share, the checks of who may make each change, and each mutation's
 * savepoint. Each call answers a failure that ends the batch (rolled back with the
 * transaction), or nothing with the mutation's outcome set.
 */
class BatchApplier
{
public:
    BatchApplier(const QSqlDatabase &db, const DeviceIdentity &device, const QString &clientId,
                 const GiftCardKey *giftCardKey)
        : m_db(db)
        , m_device(device)
        , m_clientId(clientId)
        , m_giftCardKey(giftCardKey)
        , m_rows(db)
        , m_stored(Database::prepare(db,
                                     u"SELECT code, message FROM mutation_results WHERE"
                                     " client_id = ? AND mutation_id = ?"_s))
        , m_keep(Database::prepare(
              db,
              u"INSERT INTO mutation_results (client_id, mutation_id, name, code, message,"
              " decided_at) VALUES (?, ?, ?, ?, ?, ?)"_s))
        , m_staff(Database::prepare(db,
                                    u"SELECT location_id, active, display_name,"
                                    " locked_at FROM staff WHERE id = ?"_s))
    {
        m_rows.setActor(clientId);
    }

    /** A mutation decided before: answered as then, nothing changes. */
    std::optional<ServiceReply> answerAgain(qint64 id, Protocol::MutationOutcome *outcome)
    {
        m_stored.bindValue(0, m_clientId);
        m_stored.bindValue(1, id);
        *outcome = {id, true, {}, {}};
        if (!Database::exec(m_stored))
            return databaseBusy();
        if (m_stored.next())
            *outcome = {id, false, m_stored.value(0).toString(), m_stored.value(1).toString()};
        m_stored.finish();
        return std::nullopt;
    }

    /** The next mutation: checked, applied in a savepoint, a rejection kept. */
    std::optional<ServiceReply> apply(const Protocol::Mutation &mutation,
                                      Protocol::MutationOutcome *outcome)
    {
        MutationResult result;
        Associate associate;
        if (auto failure = authorize(mutation, &result, &associate))
            return failure;
        const qint64 now = Clock::nowMs();
        if (result.applied) {
            if (auto failure = applyInSavepoint(mutation, associate, now, &result))
                return failure;
        }
        *outcome = {mutation.id, result.applied, {}, {}};
        if (!result.applied) {
            m_keep.bindValue(0, m_clientId);
            m_keep.bindValue(1, mutation.id);
            m_keep.bindValue(2, mutation.name);
            m_keep.bindValue(3, result.code);
            m_keep.bindValue(4, result.message);
            m_keep.bindValue(5, now);
            if (!Database::exec(m_keep))
                return databaseBusy();
            outcome->code = result.code;
            outcome->message = result.message;
            m_rejectedLog << u"%1 %2 %3 %4 %5"_s.arg(m_clientId)
                                 .arg(mutation.id)
                                 .arg(mutation.name, result.code, result.message);
        }
        return std::nullopt;
    }

    /** One line per rejected mutation, logged once the batch is committed. */
    QStringList rejectedLog() const { return m_rejectedLog; }

private:
    struct Associate
    {
        bool allowed = false;
        QString name;
        bool locked = false; // five wrong PINs on some tablet, not unlocked by a manager yet
    };

    /** May this device and associate make this change? result: rejected if not. */
    std::optional<ServiceReply> authorize(const Protocol::Mutation &mutation,
                                          MutationResult *result, Associate *associate)
    {
        const QString &name = mutation.name;
        const QString &associateId = mutation.associateId;
        if (const auto unstorable = unstorableText(mutation.args, associateId)) {
            *result = *unstorable;
        } else if (m_device.mode == u"kiosk"_s && !kioskMayPush(name)) {
            *result
                = MutationResult::rejected(u"not_allowed"_s, u"a kiosk may not make this change"_s);
        } else if (name != u"staff.lock"_s) {
            // Every change is made by an active associate of the device's store, but the report
            // of a lock-out: it comes before anyone signs in (the wrong PINs were the sign-in).
            auto known = m_associates.constFind(associateId);
            if (known == m_associates.constEnd()) {
                Associate found;
                m_staff.bindValue(0, associateId);
                if (!Database::exec(m_staff))
                    return databaseBusy();
                if (m_staff.next())
                    found = {m_staff.value(0).toString() == m_device.locationId
                                 && m_staff.value(1).toBool(),
                             m_staff.value(2).toString(), m_staff.value(3).toLongLong() != 0};
                m_staff.finish();
                known = m_associates.insert(associateId, found);
            }
            *associate = *known;
            if (!associate->allowed)
                *result = MutationResult::rejected(
                    u"not_allowed"_s,
                    associateId.isEmpty()
                        ? u"no associate signed this change"_s
                        : u"associate %1 does not work in this store"_s.arg(associateId));
            else if (associate->locked)
                *result = MutationResult::rejected(
                    u"not_allowed"_s,
                    u"associate %1 is locked after too many wrong PINs; a manager of the store"
                    " must unlock them before their changes are accepted"_s.arg(associateId));
        }
        if (result->applied && name == u"customer.create"_s
            && mutation.args.value(u"homeLocationId"_s).toString() != m_device.locationId)
            *result = MutationResult::rejected(u"not_allowed"_s,
                                               u"customers are created in the device's store"_s);
        return std::nullopt;
    }

    /** Runs the mutator in a savepoint, rolled back to when it rejects the change. */
    std::optional<ServiceReply> applyInSavepoint(const Protocol::Mutation &mutation,
                                                 const Associate &associate, qint64 now,
                                                 MutationResult *result)
    {
        const QString &name = mutation.name;
        if (!Database::exec(m_db, u"SAVEPOINT mutation"_s))
            return databaseBusy();
        QJsonObject args = mutation.args;
        if (m_giftCardKey && (name == u"payment.record"_s || name == u"refund.record"_s))
            args = withKeyedGiftCard(m_db, *m_giftCardKey, args);
        const QString storeScope = Scopes::store(m_device.locationId);
        MutationContext context;
        context.associateId = mutation.associateId;
        context.associateName = associate.name;
        context.locationId = m_device.locationId;
        context.now = now;
        context.authoritative = true;
        context.allowCustomer = [this, storeScope, now](const QString &customerId) {
            return servesCustomer(customerId, storeScope, now);
        };
        // Ids of merged-away customers name their survivor; erased customers are refused.
        if (auto refused = CustomerAdmin::redirect(m_rows, name, &args))
            *result = *refused;
        else
            *result = Mutators::apply(m_rows, name, args, context);
        if (result->applied && name == u"customer.merge"_s
            && !CustomerAdmin::moveFollows(m_rows, args.value(u"survivorId"_s).toString(),
                                           args.value(u"mergedId"_s).toString()))
            *result = MutationResult::retryLater(u"could not move the devices' follows"_s);
        if (result->applied && (name == u"customer.create"_s || name == u"customer.update"_s)) {
            // A customer with an email the web shop's orders or events were waiting for.
            const auto held = Ingestion::applyHeld(m_rows, args.value(u"id"_s).toString());
            if (!held)
                *result = MutationResult::retryLater(u"held webhooks could not be applied"_s);
        }
        if (result->temporary)
            return ServiceReply::error(503, u"unavailable"_s, result->message);
        if (!result->applied) {
            if (!Database::exec(m_db, u"ROLLBACK TO SAVEPOINT mutation"_s))
                return databaseBusy();
            m_rows.rolledBack(); // it may have remembered a customer it wrote
        }
        if (name.startsWith(u"staff."_s))
            m_associates.clear(); // a lock or unlock changes who may act next
        if (!Database::exec(m_db, u"RELEASE SAVEPOINT mutation"_s))
            return databaseBusy();
        return std::nullopt;
    }

    /** May this device change the customer: one of its store, or one it follows (the follow
        then counts as active); a customer that does not exist is left to the mutator's
        not_found. An online-only customer (no home store) is served once followed only. */
    bool servesCustomer(const QString &customerId, const QString &storeScope, qint64 now)
    {
        const QString scope = m_rows.customerScope(customerId);
        if (!scope.isEmpty() && scope == storeScope)
            return true;
        if (scope.isEmpty() && !m_rows.exists(*Entities::byName(u"customer"_s),
                                              {{u"id"_s, customerId}}))
            return true;
        QSqlQuery touch = Database::prepare(
            m_db,
            u"UPDATE device_customers SET last_active_at = ? WHERE device_id = ? AND"
            " customer_id = ? AND last_active_at >= ?"_s);
        touch.addBindValue(now);
        touch.addBindValue(m_device.deviceId);
        touch.addBindValue(customerId);
        touch.addBindValue(now - SyncService::followLapseMs);
        return Database::exec(touch) && touch.numRowsAffected() > 0;
    }

    QSqlDatabase m_db;
    const DeviceIdentity &m_device;
    QString m_clientId;
    const GiftCardKey *m_giftCardKey;
    ChangeFeedStore m_rows;
    QSqlQuery m_stored;
    QSqlQuery m_keep;
    QSqlQuery m_staff;
    QHash<QString, Associate> m_associates;
    QStringList m_rejectedLog;
};

/** 409: the batch skips ids; what it applied before the gap is kept and answered. */
ServiceReply mutationGap(qint64 lastMutationId, const QList<Protocol::MutationOutcome> &results)
{
    const QJsonObject applied = Protocol::PushResponse{lastMutationId, results}.toJson();
    return ServiceReply::error(409,
                               Protocol::Error {u"mutation_gap"_s,
                                u"expected mutation %1 next"_s.arg(lastMutationId + 1),
                                {{u"lastMutationId"_s, lastMutationId},
                                 {u"expectedId"_s, lastMutationId + 1},
                                 {u"results"_s, applied.value(u"results"_s)}}});
}

} // namespace

ServiceReply SyncService::push(const DeviceIdentity &device, const QJsonObject &json)
{
    Protocol::PushRequest request;
    Protocol::Error invalid;
    if (!Protocol::PushRequest::fromJson(json, &request, &invalid, &Mutators::isKnown))
        return ServiceReply::error(invalid.code == u"batch_too_large"_s ? 413 : 400, invalid);
    if (request.mutations.isEmpty())
        return confirmedUpTo(device, request.clientId);
    return applyBatch(device, request);
}

ServiceReply SyncService::confirmedUpTo(const DeviceIdentity &device, const QString &clientId)
{
    if (auto refused = claimClient(device, clientId))
        return *refused;
    const QVariant last = Database::scalar(
        m_db, u"SELECT last_mutation_id FROM clients WHERE client_id = ?"_s, {clientId});
    return {200, Protocol::PushResponse{last.toLongLong(), {}}.toJson()};
}

std::optional<ServiceReply> SyncService::lockClient(const DeviceIdentity &device,
                                                    const QString &clientId,
                                                    qint64 *lastMutationId)
{
    const bool postgres = Database::dialectOf(m_db) == SqlDialect::Postgres;
    *lastMutationId = 0;
    QSqlQuery client
        = Database::prepare(m_db,
                            u"SELECT device_id, last_mutation_id FROM clients WHERE client_id = ?"_s
                                + (postgres ? u" FOR UPDATE"_s : QString()));
    client.addBindValue(clientId);
    if (!Database::exec(client))
        return databaseBusy();
    if (client.next()) {
        const QString owner = client.value(0).toString();
        *lastMutationId = client.value(1).toLongLong();
        client.finish();
        if (owner != device.deviceId)
            return clientOfAnotherDevice(); // rolled back: nothing read, nothing changed
    } else {
        client.finish();
        bool created = false;
        if (!createClient(m_db, clientId, device.deviceId, &created) || !created)
            return databaseBusy(); // another device's first use came between: the retry sees whose
    }
    return std::nullopt;
}

ServiceReply SyncService::applyBatch(const DeviceIdentity &device,
                                     const Protocol::PushRequest &request)
{
    const QString &clientId = request.clientId;
    // The whole batch is one transaction, with the client's lastMutationId written in it: a
    // batch is applied entirely or not at all, so a re-sent one is never applied twice. Each
    // mutation runs in a savepoint, so a rejected one leaves no trace but its result.
    SqlTransaction transaction(m_db);
    if (!transaction.isActive() || !ChangeFeedStore::lockFeed(m_db))
        return databaseBusy();
    qint64 lastMutationId = 0;
    if (auto refused = lockClient(device, clientId, &lastMutationId))
        return *refused;
    const qint64 confirmedBefore = lastMutationId;
    // Where a new client starts: a tablet that had to take a new client id keeps numbering
    // its mutations on (ids are never reused in its database), so the ids up to its base
    // were never this client's. Used only while the service has applied nothing of it.
    if (lastMutationId == 0)
        lastMutationId = request.baseMutationId;

    BatchApplier applier(m_db, device, clientId, m_giftCardKey);
    QList<Protocol::MutationOutcome> results;
    std::optional<ServiceReply> gap;
    for (const Protocol::Mutation &mutation : request.mutations) {
        Protocol::MutationOutcome outcome;
        if (mutation.id <= lastMutationId) {
            if (auto failure = applier.answerAgain(mutation.id, &outcome))
                return *failure;
            results << outcome;
            continue;
        }
        if (mutation.id > lastMutationId + 1) {
            // Keep what this batch applied before the gap; the client resends from there.
            gap = mutationGap(lastMutationId, results);
            break;
        }
        if (auto failure = applier.apply(mutation, &outcome))
            return *failure;
        lastMutationId = mutation.id;
        results << outcome;
    }
    if (lastMutationId != confirmedBefore) {
        QSqlQuery advance = Database::prepare(
            m_db, u"UPDATE clients SET last_mutation_id = ?, updated_at = ? WHERE client_id = ?"_s);
        advance.addBindValue(lastMutationId);
        advance.addBindValue(Clock::nowMs());
        advance.addBindValue(clientId);
        if (!Database::exec(advance))
            return databaseBusy();
    }
    if (!transaction.commit())
        return databaseBusy();
    for (const QString &line : applier.rejectedLog())
        qCInfo(lcServer).noquote() << "mutation rejected" << line;
    if (gap)
        return *gap;
    return {200, Protocol::PushResponse{lastMutationId, results}.toJson()};
}

namespace {

/** A row the page sends: put, or delete by its key. */
struct FeedEntry
{
    QString entity;
    QString key;
    bool deleted;
};

/** What the change feed holds for a device from a version on, up to one page. */
struct FeedPage
{
    QList<FeedEntry> entries;
    qint64 lastVersion = 0;
    bool hasMore = false;
};

/** The version a pull's cursor names; reset when it names none of this database's. */
qint64 cursorVersion(const QSqlDatabase &db, const QString &cursor, const QString &epoch,
                     qint64 current, bool *reset)
{
    *reset = false;
    if (cursor.isEmpty())
        return 0;
    // <epoch>:<version>:<token>. The token must be the one this database holds for the
    // write that published the version: after a restore from a backup, versions past the
    // backup are handed out again by other writes, and a cursor naming one of the lost
    // writes would skip changes for good.
    const QStringList parts = cursor.split(u':');
    bool ok = false;
    const qint64 version = parts.size() == 3 ? parts.at(1).toLongLong(&ok) : -1;
    // (Versions older than every token kept have the empty token: the write that
    // published one is older than the oldest write this database remembers, so any backup
    // it was restored from holds it too.)
    if (parts.size() != 3 || parts.at(0) != epoch || !ok || version < 0 || version > current
        || parts.at(2) != ChangeFeedStore::tokenAt(db, version)) {
        *reset = true; // another database, a restore, a forged cursor: start over
        return 0;
    }
    return version;
}

/** The changes in the device's scopes after version from, one entry per row; nothing when
    the database failed. */
std::optional<FeedPage> readFeed(const QSqlDatabase &db, const QStringList &scopes,
                                 const QStringList &entities, qint64 from, int limit)
{
    const bool postgres = Database::dialectOf(db) == SqlDialect::Postgres;
    // Each scope is read from the cursor in version order (its own range of the index), then
    // the scopes are merged. A scope that filled the page may have more beyond its last row,
    // so the page stops there: what it holds is every change of the device up to one version.
    struct Change
    {
        QString entity;
        QString key;
        qint64 version;
        bool deleted;
    };
    QList<Change> merged;
    qint64 cutoff = std::numeric_limits<qint64>::max();
    // A kiosk's entities are filtered in the index range (entity is in the index).
    QSqlQuery page = Database::prepare(
        db,
        u"SELECT entity, row_key, version, deleted FROM changes "_s
            + (postgres ? QString() : u"INDEXED BY changes_scope_version "_s)
            + u"WHERE scope = ? AND version > ?"_s
            + (entities.isEmpty() ? QString() : u" AND entity IN "_s + inList(int(entities.size())))
            + u" ORDER BY version LIMIT ?"_s);
    for (const QString &scope : scopes) {
        int position = 0;
        page.bindValue(position++, scope);
        page.bindValue(position++, from);
        for (const QString &entity : entities)
            page.bindValue(position++, entity);
        page.bindValue(position, limit);
        if (!Database::exec(page))
            return std::nullopt;
        int read = 0;
        qint64 last = 0;
        while (page.next()) {
            ++read;
            last = page.value(2).toLongLong();
            merged << Change {page.value(0).toString(), page.value(1).toString(), last,
                              page.value(3).toBool()};
        }
        page.finish();
        if (read == limit)
            cutoff = qMin(cutoff, last);
    }
    std::sort(merged.begin(), merged.end(),
              [](const Change &a, const Change &b) { return a.version < b.version; });
    FeedPage result;
    result.hasMore = cutoff != std::numeric_limits<qint64>::max();
    qsizetype keep = 0;
    while (keep < merged.size() && keep < limit && merged.at(keep).version <= cutoff)
        ++keep;
    if (keep < merged.size())
        result.hasMore = true;
    merged.resize(keep);

    QHash<QString, int> seen; // entity + key -> index, a row published in two of our scopes
    result.lastVersion = from;
    for (const Change &change : std::as_const(merged)) {
        result.lastVersion = change.version;
        FeedEntry entry {change.entity, change.key, change.deleted};
        const QString id = entry.entity + u'\x1e' + entry.key;
        if (auto it = seen.constFind(id); it != seen.constEnd()) {
            result.entries[*it].deleted = result.entries[*it].deleted && entry.deleted;
            continue;
        }
        seen.insert(id, int(result.entries.size()));
        result.entries << entry;
    }
    return result;
}

/** The entries still to put, by entity. A tombstone in one scope is no deletion while another
    of our scopes still has the row: such entries become puts. */
QHash<QString, QList<int>> liveEntries(const QSqlDatabase &db, const QStringList &scopes,
                                       QList<FeedEntry> &entries)
{
    QSqlQuery stillVisible = Database::prepare(
        db,
        u"SELECT 1 FROM changes WHERE entity = ? AND row_key = ? AND deleted = 0 AND"
        " scope IN "_s
            + inList(int(scopes.size())));
    QHash<QString, QList<int>> liveByEntity;
    for (int i = 0; i < entries.size(); ++i) {
        FeedEntry &entry = entries[i];
        if (entry.deleted) {
            stillVisible.addBindValue(entry.entity);
            stillVisible.addBindValue(entry.key);
            for (const QString &scope : scopes)
                stillVisible.addBindValue(scope);
            if (Database::exec(stillVisible) && stillVisible.next())
                entry.deleted = false;
            stillVisible.finish();
        }
        if (!entry.deleted)
            liveByEntity[entry.entity] << i;
    }
    return liveByEntity;
}

/** The current rows of the live entries as JSON text, by entry index; nothing when the
    database failed. Fetched per entity in batches by key, written as they are read. */
std::optional<QHash<int, QByteArray>> readRows(const QSqlDatabase &db,
                                               const QList<FeedEntry> &entries,
                                               const QHash<QString, QList<int>> &liveByEntity)
{
    QHash<int, QByteArray> rows;
    for (auto it = liveByEntity.cbegin(); it != liveByEntity.cend(); ++it) {
        const Entity *entity = Entities::byName(it.key());
        if (!entity)
            continue;
        const QList<int> &indexes = it.value();
        // Rows are read by the first key column, which leads the table's primary key: a row
        // value IN list on a composite key ((customer_id, key) IN (VALUES ...)) makes SQLite
        // scan the whole table. A composite key reads a few rows more (a customer's other
        // preferences), which the key match below leaves out. Values go in lists of a few
        // fixed lengths (the last padded with a repeat), each prepared once per page.
        QHash<int, QSqlQuery> statements;
        constexpr int batch = 200;
        for (int start = 0; start < indexes.size(); start += batch) {
            const int count = int(qMin<qsizetype>(batch, indexes.size() - start));
            QHash<QString, int> indexByKey;
            QStringList leading;
            for (int k = start; k < start + count; ++k) {
                const FeedEntry &entry = entries.at(indexes.at(k));
                indexByKey.insert(entry.key, indexes.at(k));
                const QString first = entry.key.section(QChar(0x1f), 0, 0);
                if (leading.isEmpty() || leading.constLast() != first)
                    leading << first;
            }
            leading.removeDuplicates();
            const int length = leading.size() <= 8 ? 8 : leading.size() <= 40 ? 40 : batch;
            auto statement = statements.find(length);
            if (statement == statements.end())
                statement = statements.insert(length,
                                              Database::prepare(db,
                                                                u"SELECT * FROM "_s + entity->table
                                                                    + u" WHERE "_s
                                                                    + entity->keyColumns.first()
                                                                    + u" IN "_s + inList(length)));
            QSqlQuery &select = *statement;
            for (int position = 0; position < length; ++position)
                select.bindValue(position,
                                 leading.at(qMin<qsizetype>(position, leading.size() - 1)));
            if (!Database::exec(select))
                return std::nullopt;
            const QSqlRecord record = select.record();
            QList<QByteArray> names;
            for (int i = 0; i < record.count(); ++i) {
                QByteArray name;
                appendJsonString(name, record.fieldName(i));
                names << name + ':';
            }
            QList<int> keyPositions;
            for (const QString &column : entity->keyColumns)
                keyPositions << record.indexOf(column);
            while (select.next()) {
                QStringList key;
                for (int position : std::as_const(keyPositions))
                    key << select.value(position).toString();
                const int index = indexByKey.value(key.join(QChar(0x1f)), -1);
                if (index < 0)
                    continue;
                QByteArray &row = rows[index];
                row.reserve(512);
                appendRowJson(row, select, names);
            }
            select.finish();
        }
    }
    return rows;
}

/** The page's "changes" member as JSON text, in feed order: {"entity":…,"op":"put","row":{…}}
    or {"entity":…,"op":"delete","key":{…}} (Protocol::Change, written without building
    objects: a page is hundreds of kilobytes). */
QByteArray encodeChanges(const QList<FeedEntry> &entries, const QHash<int, QByteArray> &rows)
{
    QByteArray changes = "[";
    qsizetype size = 0;
    for (const QByteArray &row : std::as_const(rows))
        size += row.size() + 64;
    changes.reserve(size + 64 * (entries.size() - rows.size()) + 16);
    for (int i = 0; i < entries.size(); ++i) {
        const FeedEntry &entry = entries.at(i);
        const Entity *entity = Entities::byName(entry.entity);
        if (!entity)
            continue;
        if (changes.size() > 1)
            changes += ',';
        changes += "{\"entity\":";
        appendJsonString(changes, entry.entity);
        const auto row = rows.constFind(i);
        if (!entry.deleted && row != rows.constEnd()) {
            changes += ",\"op\":\"put\",\"row\":";
            changes += *row;
        } else {
            // Deleted, or gone between the feed and the row read: send the key to delete.
            changes += ",\"op\":\"delete\",\"key\":{";
            const QStringList parts = entry.key.split(QChar(0x1f));
            for (int c = 0; c < entity->keyColumns.size(); ++c) {
                if (c > 0)
                    changes += ',';
                appendJsonString(changes, entity->keyColumns.at(c));
                changes += ':';
                appendJsonString(changes, parts.value(c));
            }
            changes += '}';
        }
        changes += '}';
    }
    changes += ']';
    return changes;
}

/** The client's mutations the service rejected after rejectedAfter (at most 1000). */
QList<Protocol::Rejection> rejectionsAfter(const QSqlDatabase &db, const QString &clientId,
                                           qint64 rejectedAfter)
{
    QList<Protocol::Rejection> rejected;
    QSqlQuery rejections
        = Database::prepare(db,
                            u"SELECT mutation_id, name, code, message FROM mutation_results WHERE"
                            " client_id = ? AND mutation_id > ? ORDER BY mutation_id LIMIT 1000"_s);
    rejections.addBindValue(clientId);
    rejections.addBindValue(rejectedAfter);
    if (Database::exec(rejections)) {
        while (rejections.next())
            rejected << Protocol::Rejection {rejections.value(0).toLongLong(),
                                             rejections.value(1).toString(),
                                             rejections.value(2).toString(),
                                             rejections.value(3).toString()};
    }
    return rejected;
}

} // namespace

ServiceReply SyncService::pull(const DeviceIdentity &device, const QJsonObject &json)
{
    Protocol::PullRequest request;
    Protocol::Error invalid;
    if (!Protocol::PullRequest::fromJson(json, &request, &invalid))
        return ServiceReply::error(400, invalid);

    // Nothing is read for a client id another device owns.
    if (auto refused = claimClient(device, request.clientId))
        return *refused;
    if (device.mode != u"kiosk"_s && !lapseFollows(device))
        return databaseBusy();

    const bool postgres = Database::dialectOf(m_db) == SqlDialect::Postgres;
    const QStringList scopes = scopesFor(device);
    const QStringList entities = device.mode == u"kiosk"_s ? kioskEntities() : QStringList();
    // One snapshot for the page, the counter and the client's lastMutationId.
    if (!Database::exec(
            m_db, postgres ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s : u"BEGIN"_s))
        return databaseBusy();
    struct EndRead
    {
        QSqlDatabase db;
        ~EndRead() { Database::exec(db, u"COMMIT"_s); }
    } endRead {m_db};

    const QString epoch
        = Database::scalar(m_db, u"SELECT value FROM server_meta WHERE key = 'epoch'"_s).toString();
    const qint64 current
        = Database::scalar(m_db, u"SELECT version FROM sync_version WHERE id = 1"_s).toLongLong();
    Protocol::PullResponse response;
    const qint64 from = cursorVersion(m_db, request.cursor, epoch, current, &response.reset);

    std::optional<FeedPage> feed = readFeed(m_db, scopes, entities, from, request.limit);
    if (!feed)
        return databaseBusy();
    const QHash<QString, QList<int>> live = liveEntries(m_db, scopes, feed->entries);
    const std::optional<QHash<int, QByteArray>> rows = readRows(m_db, feed->entries, live);
    if (!rows)
        return databaseBusy();
    const QByteArray changes = encodeChanges(feed->entries, *rows);

    response.hasMore = feed->hasMore;
    response.cursor = cursorFor(m_db, epoch, feed->hasMore ? feed->lastVersion : current);
    response.lastMutationId
        = Database::scalar(m_db, u"SELECT last_mutation_id FROM clients WHERE client_id = ?"_s,
                           {request.clientId})
              .toLongLong();
    response.rejected = rejectionsAfter(m_db, request.clientId, request.rejectedAfter);
    // For a tablet enrolled before order prefixes existed (migration 9).
    response.orderPrefix = QString::number(device.orderPrefix);
    // The changes go as text written from the rows (rawMember), not as objects.
    return {200, response.toJson(false), changes, "changes"};
}

bool SyncService::lapseFollows(const DeviceIdentity &device)
{
    // One look at the device's own follows (its primary key range); a write only when one
    // lapsed.
    const qint64 now = Clock::nowMs();
    const auto lapsed = lapsedFollows(m_db, device.deviceId, now);
    if (!lapsed)
        return false;
    if (lapsed->isEmpty())
        return true;
    SqlTransaction transaction(m_db);
    if (!transaction.isActive() || !ChangeFeedStore::lockFeed(m_db))
        return false;
    ChangeFeedStore rows(m_db);
    return endLapsedFollows(rows, device.deviceId, now) && transaction.commit();
}

namespace {

/** The customer a follow is about: a merged-away customer's id names its survivor (the
    redirect of a merge, chains resolved); empty for an erased customer (their record is kept
    without a person: nothing to serve), the id itself when unknown (answered 404). */
QString followedCustomerId(const QSqlDatabase &db, const QString &customerId)
{
    RowStore rows(db);
    const Mutators::ResolvedCustomer resolved = Mutators::resolveCustomer(rows, customerId);
    if (resolved.id.isEmpty())
        return customerId;
    return resolved.erased ? QString() : resolved.id;
}

} // namespace

ServiceReply SyncService::follow(const DeviceIdentity &device, const QJsonObject &json)
{
    const QJsonValue given = json.value(u"customerId"_s);
    if (!given.isString() || given.toString().isEmpty() || given.toString().size() > 64
        || !JsonText::isClean(given.toString()))
        return ServiceReply::error(400, u"invalid_request"_s,
                                   u"customerId must be a customer's id (1 to 64 characters)"_s);
    SqlTransaction transaction(m_db);
    if (!transaction.isActive() || !ChangeFeedStore::lockFeed(m_db))
        return databaseBusy();
    const QString customerId = followedCustomerId(m_db, given.toString());
    if (customerId.isEmpty())
        return ServiceReply::error(410, u"erased"_s,
                                   u"customer %1 was erased"_s.arg(given.toString()));
    const QList<QVariantMap> found = Database::rows(
        m_db, u"SELECT home_location_id FROM customers WHERE id = ?"_s, {customerId});
    if (found.isEmpty())
        return ServiceReply::error(404, u"not_found"_s,
                                   u"customer %1 does not exist"_s.arg(customerId));
    const QString home = found.first().value(u"home_location_id"_s).toString();
    QJsonObject answer {{u"customerId"_s, customerId},
                        {u"homeLocationId"_s, home},
                        {u"followed"_s, home != device.locationId}};
    const qint64 now = Clock::nowMs();
    ChangeFeedStore rows(m_db);
    rows.setActor(device.deviceId);
    if (!endLapsedFollows(rows, device.deviceId, now))
        return databaseBusy();
    if (home == device.locationId) {
        // The device's own store's customer: its pulls bring them already.
        if (!transaction.commit())
            return databaseBusy();
        return {200, answer};
    }
    QSqlQuery touch = Database::prepare(m_db,
                                        u"UPDATE device_customers SET last_active_at = ? WHERE"
                                        " device_id = ? AND customer_id = ?"_s);
    touch.addBindValue(now);
    touch.addBindValue(device.deviceId);
    touch.addBindValue(customerId);
    if (!Database::exec(touch))
        return databaseBusy();
    if (touch.numRowsAffected() == 0) {
        // A new follow: room for it (the least recently active go), then the customer's rows
        // into the device's scope at new versions (its cursor is past their old ones).
        const QList<QVariantMap> oldest = Database::rows(
            m_db,
            u"SELECT customer_id FROM device_customers WHERE device_id = ?"
            " ORDER BY last_active_at, customer_id"_s,
            {device.deviceId});
        for (qsizetype i = 0; i + maxFollows <= oldest.size(); ++i) {
            if (!endFollow(rows, device.deviceId, oldest.at(i).value(u"customer_id"_s).toString()))
                return databaseBusy();
        }
        QSqlQuery insert = Database::prepare(
            m_db,
            u"INSERT INTO device_customers (device_id, customer_id, followed_at,"
            " last_active_at) VALUES (?, ?, ?, ?)"_s);
        insert.addBindValue(device.deviceId);
        insert.addBindValue(customerId);
        insert.addBindValue(now);
        insert.addBindValue(now);
        if (!Database::exec(insert))
            return databaseBusy();
        rows.forgetFollowers();
        if (!rows.publishCustomer(customerId, Scopes::device(device.deviceId), false))
            return databaseBusy();
    }
    if (!transaction.commit())
        return databaseBusy();
    return {200, answer};
}
