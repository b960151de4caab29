// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.impl as ControlsImpl
import QtQuick.Controls.Material

// One of our single-colour SVG icons (resources/icons), tinted like the controls' icons.
Item {
    id: root

    /** Icon name under resources/icons, e.g. "channel/web". */
    property string name
    property color color: Material.foreground
    property int size: 24

    implicitWidth: size
    implicitHeight: size

    ControlsImpl.IconImage {
        anchors.fill: parent
        source: Theme.icon(root.name)
        sourceSize: Qt.size(root.size, root.size)
        color: root.color
        fillMode: Image.PreserveAspectFit
    }
}
