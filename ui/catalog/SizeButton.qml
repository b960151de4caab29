// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui

// One size of the chosen colour, with how many this store has, to answer "do you have it in my
// size?" at a glance. Checked when it is the size on show.
AbstractButton {
    id: root

    property int availableHere

    checkable: true
    implicitWidth: Math.max(76, content.implicitWidth + 20)
    implicitHeight: 60
    Accessible.role: Accessible.RadioButton
    Accessible.name: availableHere > 0
                     //: A size button: the size, then how many this store has
                     ? qsTr("Size %1, %n here", "", availableHere).arg(text)
                     : qsTr("Size %1, none here").arg(text)
    Accessible.checked: checked

    background: Rectangle {
        radius: Theme.radius
        color: root.checked ? Theme.accent : root.down ? Theme.accentLight : Theme.surface
        border.width: root.checked ? 0 : 1
        border.color: root.availableHere > 0 ? Theme.accent : Theme.divider
    }

    contentItem: Item {
        implicitWidth: content.implicitWidth
        implicitHeight: content.implicitHeight

        ColumnLayout {
            id: content
            anchors.centerIn: parent
            spacing: 0

            Label {
                Layout.alignment: Qt.AlignHCenter
                //: A style sold in one size only
                text: root.text.length > 0 ? root.text : qsTr("One size")
                font.pixelSize: Theme.fontBody + 1
                font.weight: Font.DemiBold
                color: root.checked ? "white" : Theme.text
            }
            Label {
                Layout.alignment: Qt.AlignHCenter
                text: root.availableHere > 0
                      //: Units of a size in this store, under the size
                      ? qsTr("%n here", "", root.availableHere)
                      : qsTr("None here")
                font.pixelSize: Theme.fontCaption
                color: root.checked ? "white"
                                    : root.availableHere > 0 ? Theme.ok : Theme.muted
            }
        }
    }
}
