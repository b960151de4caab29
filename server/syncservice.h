// SPDX-License-Identifier: MIT
#pragma once

#include "protocolerror.h"
#include "protocol.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

/** The device a request comes from, as established by its bearer token. */
struct DeviceIdentity
{
    QString deviceId;
    QString locationId;
    QString mode; // associate, kiosk
    // This device's part of its order numbers, unique in the chain (docs/sync-protocol.md).
    qint64 orderPrefix = 0;
};

/** An answer for the HTTP layer: status code and JSON body. */
struct ServiceReply
{
    int status = 200;
    QJsonObject body;
    /** JSON text of one more member of body, written as is: a pull page's "changes", hundreds
        of kilobytes written straight from the rows rather than built as objects. */
    QByteArray rawMember = {};
    QByteArray rawMemberName = {};

    /** The body as JSON text. */
    QByteArray encoded() const;

    static ServiceReply error(int status, const Protocol::Error &error);
    static ServiceReply error(int status, const QString &code, const QString &message,
                              const QJsonObject &extra = {});
};

/**
 * Push and pull of the sync protocol (docs/sync-protocol.md), on one database connection.
 * A pushed batch is applied in one transaction together with the client's lastMutationId,
 * each mutation in a savepoint; a pull page is read from one snapshot.
 */
class GiftCardKey;

class SyncService
{
public:
    /** giftCardKey: to name cards that mutations queued before service migration 9 name by
        their old id (see push); null where no mutation is pushed. */
    explicit SyncService(const QSqlDatabase &db, const GiftCardKey *giftCardKey = nullptr);

    ServiceReply push(const DeviceIdentity &device, const QJsonObject &request);
    ServiceReply pull(const DeviceIdentity &device, const QJsonObject &request);
    /** POST /v1/customers/follow: the device serves this customer of another store (or of
        none) from now on; its pulls bring the customer's 360 (docs/sync-protocol.md). */
    ServiceReply follow(const DeviceIdentity &device, const QJsonObject &request);

    /** At most this many customers followed per device: a new one drops the least recently
        active. */
    static constexpr int maxFollows = 200;
    /** A follow lapses after this long without activity (a follow again, or a mutation of the
        device touching the customer). */
    static constexpr qint64 followLapseMs = 30LL * 24 * 3600 * 1000;

    /** Scopes a device may read: the catalogue, its store, the customers it follows and
        stock it can sell from; a kiosk only the catalogue and stock. */
    QStringList scopesFor(const DeviceIdentity &device);
    /** The entities a kiosk may read, whatever scope they are in (an allow-list: what is not
        named here never reaches a kiosk). */
    static QStringList kioskEntities();

    static constexpr int maxPushBatch = Protocol::maxPushBatch;
    static constexpr int defaultPullLimit = Protocol::defaultPullLimit;
    static constexpr int maxPullLimit = Protocol::maxPullLimit;

private:
    /** Binds clientId to device if no device has used it yet; an error reply when another
        device owns it (nothing is read or changed then). Outside a transaction. */
    std::optional<ServiceReply> claimClient(const DeviceIdentity &device, const QString &clientId);
    /** The answer to an empty push: where the service is with the client. */
    ServiceReply confirmedUpTo(const DeviceIdentity &device, const QString &clientId);
    /** Locks the client's row for the batch's transaction (creating it on first use) and
        reads its lastMutationId; an error reply when it is another device's or the database
        failed. */
    std::optional<ServiceReply> lockClient(const DeviceIdentity &device, const QString &clientId,
                                           qint64 *lastMutationId);
    /** Ends the device's follows without activity for followLapseMs (in its own write
        transaction, only when there is one): false when the database failed. */
    bool lapseFollows(const DeviceIdentity &device);
    /** Applies a checked push batch in one transaction and answers it. */
    ServiceReply applyBatch(const DeviceIdentity &device, const Protocol::PushRequest &request);

    QSqlDatabase m_db;
    const GiftCardKey *m_giftCardKey = nullptr;
};
