// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

/** The one source of "now", so tests can pin time (setCurrentDateTime). */
namespace Clock {
qint64 nowMs();
QDateTime now();
/** Test hook: pins the clock; an invalid QDateTime releases it. */
void setCurrentDateTime(const QDateTime &dateTime);
} // namespace Clock
