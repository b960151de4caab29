// SPDX-License-Identifier: MIT
pragma Singleton
import QtQuick

// Sizes and colours every screen uses: 48 px touch targets, one spacing scale.
QtObject {
    readonly property int touchTarget: 48
    readonly property int spacing: 8
    readonly property int margin: 16
    readonly property int radius: 8
    readonly property int fontSmall: 13
    readonly property int fontBody: 15
    readonly property int fontTitle: 20
    readonly property int fontHeadline: 26
    readonly property color accent: "#00695c"
    readonly property color muted: "#607d8b"
    readonly property color warning: "#e65100"
    readonly property color error: "#c62828"
    readonly property color ok: "#2e7d32"
    readonly property color surface: "#ffffff"
    readonly property color background: "#f4f6f6"
}
