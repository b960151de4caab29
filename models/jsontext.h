// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>

/**
 * Text from JSON that a database can store. A JSON escape can put a NUL character (\u0000) or
 * half of a surrogate pair (\ud800 alone) into a string, and QJsonDocument passes both on:
 * PostgreSQL refuses NUL in text (the write fails every time it is retried) and neither
 * database can store a lone surrogate as UTF-8. Whatever comes from outside is checked here
 * before it is written.
 */
namespace JsonText {

/** True when the text holds no NUL and no unpaired surrogate. */
bool isClean(const QString &text);

/** True when every string in value, object keys included, is clean. Otherwise where (if
    given) names the first bad one, e.g. "lines[0].id", with its bad characters shown as
    U+FFFD so the name itself can be stored and logged. */
bool isClean(const QJsonValue &value, QString *where = nullptr);

} // namespace JsonText
