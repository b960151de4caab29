// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace Protocol {

/**
 * What went wrong, the same on every layer: a mutator's rejection, the service's HTTP error
 * answer and the sync engine's view of a failed request. The code is what programs look at
 * (it is on the wire: "invalid_request", "not_found", "mutation_gap", ...); the message is
 * English for logs and as a fallback; details are the answer's other members.
 *
 * On the wire (docs/api.md): {"error": code, "message": message, ...details}.
 */
struct Error
{
    QString code;
    QString message;
    /** Members of the body besides "error" and "message" (maxBatch, expectedId, ...). */
    QJsonObject details = {};

    bool isNull() const { return code.isEmpty(); }

    QJsonObject toJson() const;
    /** The error a body holds; a body without "error" gives an error with an empty code. */
    static Error fromJson(const QJsonObject &json);
};

} // namespace Protocol
