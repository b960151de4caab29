// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A checkable pill for filters (timeline channels): 48 px tall to touch, 36 px to see.
AbstractButton {
    id: root

    property string iconName
    property color tint: Theme.accent

    checkable: true
    implicitHeight: Theme.touchTarget
    implicitWidth: content.implicitWidth + 28
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checked: checked

    background: Rectangle {
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width
        height: 36
        radius: height / 2
        color: root.checked ? Qt.rgba(root.tint.r, root.tint.g, root.tint.b, 0.14)
                            : (root.down ? Theme.divider : Theme.surface)
        border.width: 1
        border.color: root.checked ? root.tint : Theme.divider
    }

    contentItem: Item {
        implicitWidth: content.implicitWidth
        implicitHeight: content.implicitHeight

        RowLayout {
            id: content
            anchors.centerIn: parent
            spacing: 6

            Icon {
                visible: root.iconName.length > 0
                name: root.iconName
                size: 18
                color: root.checked ? root.tint : Theme.muted
            }
            Label {
                text: root.text
                font.pixelSize: Theme.fontSmall
                font.weight: root.checked ? Font.DemiBold : Font.Normal
                color: root.checked ? root.tint : Theme.text
            }
        }
    }
}
