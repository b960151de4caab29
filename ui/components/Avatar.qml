// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls

// A customer's initials in a circle; the circle is what associates recognise at a glance.
Rectangle {
    id: root

    property string initials
    property int size: 48

    implicitWidth: size
    implicitHeight: size
    radius: size / 2
    color: Theme.accentLight
    border.color: Qt.rgba(0, 0.41, 0.36, 0.25)
    Accessible.ignored: true

    Label {
        anchors.centerIn: parent
        text: root.initials
        font.pixelSize: Math.round(root.size * 0.38)
        font.weight: Font.DemiBold
        color: Theme.accent
    }
}
