// SPDX-License-Identifier: MIT
import QtQuick

// The loyalty tier as a chip: colour from the tier code, text already translated by C++.
Chip {
    property string tier

    icon: "star"
    tint: Theme.tierColor(tier)
}
