// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One choice among a few (where an item comes from, an address, a delivery option): a radio
// mark, a title with a line under it, and a figure on the right. The whole card is the target.
AbstractButton {
    id: root

    property string iconName
    property string subtitle
    property string trailing
    property string trailingDetail

    checkable: true
    padding: 12
    leftPadding: Theme.margin
    rightPadding: Theme.margin
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    implicitHeight: Math.max(Theme.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
    Accessible.role: Accessible.RadioButton
    Accessible.name: [text, subtitle, trailing, trailingDetail].filter(p => p.length > 0).join(", ")
    Accessible.checked: checked

    background: Rectangle {
        radius: Theme.radius
        color: root.checked ? Theme.accentLight : root.down ? Theme.background : Theme.surface
        border.width: root.checked ? 2 : 1
        border.color: root.checked ? Theme.accent : Theme.divider
        opacity: root.enabled ? 1 : 0.5
    }

    contentItem: RowLayout {
        spacing: 12
        opacity: root.enabled ? 1 : 0.5

        // The radio mark.
        Rectangle {
            implicitWidth: 20
            implicitHeight: 20
            radius: 10
            border.width: 2
            border.color: root.checked ? Theme.accent : Theme.muted
            color: "transparent"

            Rectangle {
                anchors.centerIn: parent
                width: 10
                height: 10
                radius: 5
                color: Theme.accent
                visible: root.checked
            }
        }
        Icon {
            visible: root.iconName.length > 0
            name: root.iconName
            size: 22
            color: root.checked ? Theme.accent : Theme.muted
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: root.text
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.subtitle
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
        }
        ColumnLayout {
            visible: root.trailing.length > 0 || root.trailingDetail.length > 0
            spacing: 2

            Label {
                Layout.alignment: Qt.AlignRight
                visible: text.length > 0
                text: root.trailing
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Label {
                Layout.alignment: Qt.AlignRight
                visible: text.length > 0
                text: root.trailingDetail
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
        }
    }
}
