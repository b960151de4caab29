// SPDX-License-Identifier: MIT
#include "clock.h"

#include <atomic>

namespace {
std::atomic<qint64> pinnedMs{0};
}

namespace Clock {

qint64 nowMs()
{
    const qint64 pinned = pinnedMs.load();
    return pinned ? pinned : QDateTime::currentMSecsSinceEpoch();
}

QDateTime now()
{
    return QDateTime::fromMSecsSinceEpoch(nowMs());
}

void setCurrentDateTime(const QDateTime &dateTime)
{
    pinnedMs.store(dateTime.isValid() ? dateTime.toMSecsSinceEpoch() : 0);
}

} // namespace Clock
