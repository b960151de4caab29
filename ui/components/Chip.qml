// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A small rounded label (tier, "waiting to sync", consent state), tinted by one colour.
Rectangle {
    id: root

    property string text
    property string icon
    property color tint: Theme.accent

    implicitWidth: row.implicitWidth + 20
    implicitHeight: 26
    radius: height / 2
    color: Qt.rgba(tint.r, tint.g, tint.b, 0.12)
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: 4

        Icon {
            visible: root.icon.length > 0
            name: root.icon
            size: 14
            color: root.tint
        }
        Label {
            text: root.text
            color: root.tint
            font.pixelSize: Theme.fontCaption
            font.weight: Font.DemiBold
        }
    }
}
