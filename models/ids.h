// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUuid>

namespace Ids {
/** A new random identifier for a row created on this device (orders, notes, cart lines). */
inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace Ids
