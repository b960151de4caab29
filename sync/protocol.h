// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

/** Typed messages of the sync protocol (docs/sync-protocol.md), one codec per message. */
namespace Protocol {

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
};

struct MutationOutcome
{
    qint64 id = 0;
    bool applied = true;
    QString code;
    QString message;
};

struct PushResponse
{
    qint64 lastMutationId = 0;
    QList<MutationOutcome> results;
    /** False with error set when the body is not a push response. */
    static bool fromJson(const QJsonObject &json, PushResponse *out, QString *error);
};

struct PullRequest
{
    QString clientId;
    QString cursor;
    int limit = 1000;
    qint64 rejectedAfter = 0;
    QJsonObject toJson() const;
};

struct Change
{
    QString entity;
    bool deleted = false;
    /** The whole row for a put; the key columns for a delete. */
    QJsonObject row;
};

struct Rejection
{
    qint64 id = 0;
    QString name;
    QString code;
    QString message;
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
    static bool fromJson(const QJsonObject &json, PullResponse *out, QString *error);
};

/** An error body: {"error": code, "message": text, ...}. */
struct ErrorReply
{
    QString code;
    QString message;
    QJsonObject body;
    static ErrorReply fromJson(const QJsonObject &json);
};

} // namespace Protocol
