// SPDX-License-Identifier: MIT
#include "protocol.h"
#include "jsonreader.h"

using namespace Qt::Literals::StringLiterals;

namespace Protocol {

namespace {

Error invalidRequest(const QString &message)
{
    return {u"invalid_request"_s, message};
}

const QString badClientId = u"clientId must be 8 to 64 letters, digits or dashes"_s;
} // namespace

bool isValidClientId(const QString &id)
{
    if (id.size() < 8 || id.size() > 64)
        return false;
    for (QChar c : id) {
        if (!(c.isLetterOrNumber() || c == u'-') || c.unicode() > 127)
            return false;
    }
    return true;
}

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

bool PushRequest::fromJson(const QJsonObject &json, PushRequest *out, Error *error,
                           const std::function<bool(const QString &)> &isKnownName)
{
    const QString clientId = json.value(u"clientId"_s).toString();
    if (!isValidClientId(clientId)) {
        *error = invalidRequest(badClientId);
        return false;
    }
    const QJsonValue mutationsValue = json.value(u"mutations"_s);
    if (!mutationsValue.isArray()) {
        *error = invalidRequest(u"mutations must be an array"_s);
        return false;
    }
    const QJsonArray mutations = mutationsValue.toArray();
    if (mutations.size() > maxPushBatch) {
        *error = {u"batch_too_large"_s, u"at most %1 mutations per push"_s.arg(maxPushBatch),
                  {{u"maxBatch"_s, maxPushBatch}}};
        return false;
    }
    // Check the whole batch's shape before the reader applies any of it.
    QList<Mutation> list;
    list.reserve(mutations.size());
    qint64 previousId = 0;
    for (const QJsonValue &value : mutations) {
        const QJsonObject m = value.toObject();
        const QJsonValue id = m.value(u"id"_s);
        if (!value.isObject() || !isWholeNumber(id) || id.toInteger() < 1
            || !m.value(u"name"_s).isString() || !m.value(u"args"_s).isObject()
            || (m.contains(u"associateId"_s) && !m.value(u"associateId"_s).isString())) {
            *error = invalidRequest(u"each mutation needs an integer id >= 1, a name and an "
                                    "args object"_s);
            return false;
        }
        if (id.toInteger() <= previousId) {
            *error = invalidRequest(u"mutation ids must increase within a batch"_s);
            return false;
        }
        const QString name = m.value(u"name"_s).toString();
        // A name the reader does not know means client and service disagree on the protocol:
        // refuse the batch rather than drop the change.
        if (isKnownName && !isKnownName(name)) {
            *error = {u"unknown_mutation"_s, u"unknown mutation '%1'"_s.arg(name),
                      {{u"id"_s, id.toInteger()}}};
            return false;
        }
        previousId = id.toInteger();
        list << Mutation{id.toInteger(), name, m.value(u"args"_s).toObject(),
                         m.value(u"associateId"_s).toString()};
    }
    const QJsonValue baseValue = json.value(u"baseMutationId"_s);
    const qint64 base = baseValue.isDouble() ? baseValue.toInteger() : 0;
    const bool baseWhole = baseValue.isUndefined() || isWholeNumber(baseValue);
    if (!baseWhole || base < 0 || (!list.isEmpty() && base >= list.first().id)) {
        *error = invalidRequest(u"baseMutationId must be a whole number from 0 up to below"
                                " the first mutation's id"_s);
        return false;
    }
    out->clientId = clientId;
    out->mutations = std::move(list);
    out->baseMutationId = base;
    return true;
}

QJsonObject MutationOutcome::toJson() const
{
    QJsonObject json {{u"id"_s, id}, {u"status"_s, applied ? u"applied"_s : u"rejected"_s}};
    if (!applied) {
        json.insert(u"code"_s, code);
        json.insert(u"message"_s, message);
    }
    return json;
}

QJsonObject PushResponse::toJson() const
{
    QJsonArray list;
    for (const MutationOutcome &outcome : results)
        list << outcome.toJson();
    return {{u"lastMutationId"_s, lastMutationId}, {u"results"_s, list}};
}

bool PushResponse::fromJson(const QJsonObject &json, PushResponse *out, QString *error)
{
    if (!isWholeNumber(json.value(u"lastMutationId"_s)) || !json.value(u"results"_s).isArray()) {
        *error = u"push response without lastMutationId and results"_s;
        return false;
    }
    out->lastMutationId = json.value(u"lastMutationId"_s).toInteger();
    out->results.clear();
    for (const QJsonValue &value : json.value(u"results"_s).toArray()) {
        const QJsonObject r = value.toObject();
        if (!isWholeNumber(r.value(u"id"_s)) || !r.value(u"status"_s).isString()) {
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

bool PullRequest::fromJson(const QJsonObject &json, PullRequest *out, Error *error)
{
    const QString clientId = json.value(u"clientId"_s).toString();
    if (!isValidClientId(clientId)) {
        *error = invalidRequest(badClientId);
        return false;
    }
    const QJsonValue cursorValue = json.value(u"cursor"_s);
    if (!cursorValue.isUndefined() && !cursorValue.isNull() && !cursorValue.isString()) {
        *error = invalidRequest(u"cursor must be a string"_s);
        return false;
    }
    const QJsonValue limitValue = json.value(u"limit"_s);
    if (!limitValue.isUndefined() && (!limitValue.isDouble() || limitValue.toInteger() < 1)) {
        *error = invalidRequest(u"limit must be a positive integer"_s);
        return false;
    }
    const QJsonValue rejectedAfterValue = json.value(u"rejectedAfter"_s);
    out->clientId = clientId;
    out->cursor = cursorValue.toString();
    out->limit = limitValue.isUndefined()
        ? defaultPullLimit
        : int(qMin<qint64>(limitValue.toInteger(), maxPullLimit));
    out->rejectedAfter = rejectedAfterValue.isDouble() ? rejectedAfterValue.toInteger() : 0;
    return true;
}

QJsonObject Change::toJson() const
{
    return {{u"entity"_s, entity},
            {u"op"_s, deleted ? u"delete"_s : u"put"_s},
            {deleted ? u"key"_s : u"row"_s, row}};
}

QJsonObject Rejection::toJson() const
{
    return {{u"id"_s, id}, {u"name"_s, name}, {u"code"_s, code}, {u"message"_s, message}};
}

QJsonObject PullResponse::toJson(bool withChanges) const
{
    QJsonArray rejectedJson;
    for (const Rejection &rejection : rejected)
        rejectedJson << rejection.toJson();
    QJsonObject json {{u"cursor"_s, cursor},
                      {u"reset"_s, reset},
                      {u"hasMore"_s, hasMore},
                      {u"lastMutationId"_s, lastMutationId},
                      {u"rejected"_s, rejectedJson}};
    // Older services send none (a tablet enrolled before order prefixes existed).
    if (!orderPrefix.isEmpty())
        json.insert(u"orderPrefix"_s, orderPrefix);
    if (withChanges) {
        QJsonArray list;
        for (const Change &change : changes)
            list << change.toJson();
        json.insert(u"changes"_s, list);
    }
    return json;
}

bool PullResponse::fromJson(const QJsonObject &json, PullResponse *out, QString *error)
{
    if (!json.value(u"cursor"_s).isString() || !isWholeNumber(json.value(u"lastMutationId"_s))
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

} // namespace Protocol
