// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls

// A white block of content on the grey page background, with a hairline border.
Pane {
    padding: Theme.margin

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.divider
    }
}
