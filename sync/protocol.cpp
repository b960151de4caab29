// SPDX-License-Identifier: MIT
#include "protocol.h"

using namespace Qt::Literals::StringLiterals;

namespace Protocol {

namespace {
bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger());
}
} // namespace

QJsonObject PushRequest::toJson() const
{
    QJsonArray list;
    for (const Mutation &m : mutations)
        list << QJsonObject{{u"id"_s, m.id},
                            {u"name"_s, m.name},
                            {u"args"_s, m.args},
                            {u"associateId"_s, m.associateId}};
    QJsonObject json {{u"clientId"_s, clientId}, {u"mutations"_s, list}};
    if (baseMutationId > 0)
        json.insert(u"baseMutationId"_s, baseMutationId);
    return json;
}

bool PushResponse::fromJson(const QJsonObject &json, PushResponse *out, QString *error)
{
    if (!isInteger(json.value(u"lastMutationId"_s)) || !json.value(u"results"_s).isArray()) {
        *error = u"push response without lastMutationId and results"_s;
        return false;
    }
    out->lastMutationId = json.value(u"lastMutationId"_s).toInteger();
    out->results.clear();
    for (const QJsonValue &value : json.value(u"results"_s).toArray()) {
        const QJsonObject r = value.toObject();
        if (!isInteger(r.value(u"id"_s)) || !r.value(u"status"_s).isString()) {
            *error = u"push result without id and status"_s;
            return false;
        }
        out->results << MutationOutcome{r.value(u"id"_s).toInteger(),
                                        r.value(u"status"_s).toString() == u"applied"_s,
                                        r.value(u"code"_s).toString(),
                                        r.value(u"message"_s).toString()};
    }
    return true;
}

QJsonObject PullRequest::toJson() const
{
    QJsonObject json{{u"clientId"_s, clientId},
                     {u"limit"_s, limit},
                     {u"rejectedAfter"_s, rejectedAfter}};
    if (!cursor.isEmpty())
        json.insert(u"cursor"_s, cursor);
    return json;
}

bool PullResponse::fromJson(const QJsonObject &json, PullResponse *out, QString *error)
{
    if (!json.value(u"cursor"_s).isString() || !isInteger(json.value(u"lastMutationId"_s))
        || !json.value(u"changes"_s).isArray()) {
        *error = u"pull response without cursor, lastMutationId and changes"_s;
        return false;
    }
    out->cursor = json.value(u"cursor"_s).toString();
    out->reset = json.value(u"reset"_s).toBool();
    out->hasMore = json.value(u"hasMore"_s).toBool();
    out->lastMutationId = json.value(u"lastMutationId"_s).toInteger();
    out->orderPrefix = json.value(u"orderPrefix"_s).toString();
    out->changes.clear();
    out->rejected.clear();
    const QJsonArray changes = json.value(u"changes"_s).toArray();
    out->changes.reserve(changes.size());
    for (const QJsonValue &value : changes) {
        const QJsonObject c = value.toObject();
        const QString op = c.value(u"op"_s).toString();
        if (!c.value(u"entity"_s).isString() || (op != u"put"_s && op != u"delete"_s)) {
            *error = u"change without entity and op"_s;
            return false;
        }
        const bool deleted = op == u"delete"_s;
        const QJsonValue row = c.value(deleted ? u"key"_s : u"row"_s);
        if (!row.isObject()) {
            *error = u"change without row or key"_s;
            return false;
        }
        out->changes << Change{c.value(u"entity"_s).toString(), deleted, row.toObject()};
    }
    for (const QJsonValue &value : json.value(u"rejected"_s).toArray()) {
        const QJsonObject r = value.toObject();
        out->rejected << Rejection{r.value(u"id"_s).toInteger(), r.value(u"name"_s).toString(),
                                   r.value(u"code"_s).toString(), r.value(u"message"_s).toString()};
    }
    return true;
}

ErrorReply ErrorReply::fromJson(const QJsonObject &json)
{
    return {json.value(u"error"_s).toString(), json.value(u"message"_s).toString(), json};
}

} // namespace Protocol
