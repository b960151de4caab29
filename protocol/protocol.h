// SPDX-License-Identifier: MIT
#pragma once

#include "protocolerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

/** Typed messages of the sync protocol (docs/sync-protocol.md), one codec per message, used by
    the tablet (sync/) and the service (server/) alike. */
namespace Protocol {

/** At most this many mutations in one push (413 batch_too_large beyond). */
inline constexpr int maxPushBatch = 500;
/** A pull page's size when the request names none, and the most a request may ask for. */
inline constexpr int defaultPullLimit = 1000;
inline constexpr int maxPullLimit = 5000;

/** A client id: 8 to 64 ASCII letters, digits or dashes. */
bool isValidClientId(const QString &id);

struct Mutation
{
    qint64 id = 0;
    QString name;
    QJsonObject args;
    QString associateId;
};

struct PushRequest
{
    QString clientId;
    QList<Mutation> mutations;
    /** Ids up to here were never this client's (a new client id of an older database). */
    qint64 baseMutationId = 0;

    QJsonObject toJson() const;
    /** False with error set (invalid_request, batch_too_large, unknown_mutation) when the body
        is not a push the service can take; the first problem found wins. isKnownName: the
        mutations the reader knows (a name it does not know is refused); unset: any name. */
    static bool fromJson(const QJsonObject &json, PushRequest *out, Error *error,
                         const std::function<bool(const QString &)> &isKnownName = {});
};

struct MutationOutcome
{
    qint64 id = 0;
    bool applied = true;
    QString code;
    QString message;

    /** {"id", "status": "applied"} or {"id", "status": "rejected", "code", "message"}. */
    QJsonObject toJson() const;
};

struct PushResponse
{
    qint64 lastMutationId = 0;
    QList<MutationOutcome> results;

    QJsonObject toJson() const;
    /** False with error set when the body is not a push response. */
    static bool fromJson(const QJsonObject &json, PushResponse *out, QString *error);
};

struct PullRequest
{
    QString clientId;
    QString cursor;
    int limit = defaultPullLimit;
    qint64 rejectedAfter = 0;

    QJsonObject toJson() const;
    /** False with error set (invalid_request) when the body is not a pull request; a limit
        above maxPullLimit is lowered to it. */
    static bool fromJson(const QJsonObject &json, PullRequest *out, Error *error);
};

struct Change
{
    QString entity;
    bool deleted = false;
    /** The whole row for a put; the key columns for a delete. */
    QJsonObject row;

    /** {"entity", "op": "put", "row"} or {"entity", "op": "delete", "key"}. */
    QJsonObject toJson() const;
};

struct Rejection
{
    qint64 id = 0;
    QString name;
    QString code;
    QString message;

    QJsonObject toJson() const;
};

struct PullResponse
{
    QString cursor;
    bool reset = false;
    bool hasMore = false;
    qint64 lastMutationId = 0;
    QList<Change> changes;
    QList<Rejection> rejected;
    QString orderPrefix; // this device's part of its order numbers; empty from older services

    /** The whole page; withChanges false leaves "changes" out (the service writes that member
        as text straight from the rows, see ServiceReply::rawMember). */
    QJsonObject toJson(bool withChanges = true) const;
    static bool fromJson(const QJsonObject &json, PullResponse *out, QString *error);
};

/** The error body of a failed request; the one error type (error.h). */
using ErrorReply = Error;

} // namespace Protocol
