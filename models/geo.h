// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>

namespace Geo {
/** Great-circle distance in kilometres between two points given in degrees. */
inline double distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double earthRadiusKm = 6371.0;
    constexpr double toRadians = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * toRadians;
    const double dLon = (lon2 - lon1) * toRadians;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1 * toRadians) * std::cos(lat2 * toRadians) * std::sin(dLon / 2)
            * std::sin(dLon / 2);
    return 2 * earthRadiusKm * std::atan2(std::sqrt(a), std::sqrt(1 - a));
}
} // namespace Geo
