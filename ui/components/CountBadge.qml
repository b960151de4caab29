// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls

// A small round count (orders waiting); hidden at zero.
Rectangle {
    id: root

    property int count
    property color tint: Theme.warning

    visible: count > 0
    implicitWidth: Math.max(height, label.implicitWidth + 10)
    implicitHeight: 18
    width: implicitWidth
    height: implicitHeight
    radius: height / 2
    color: tint
    Accessible.ignored: true

    Label {
        id: label
        anchors.centerIn: parent
        text: root.count > 99 ? "99+" : root.count
        color: "white"
        font.pixelSize: 11
        font.weight: Font.Bold
    }
}
