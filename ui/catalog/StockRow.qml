// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui

// Stock of the chosen size at one location: how many can be sold, what is held for customers
// and on its way, and when it was counted. This store stands out.
Rectangle {
    id: root

    required property int index
    required property string locationId
    required property string name
    required property string kind
    required property string kindLabel
    required property string distanceText
    required property int onHand
    required property int reserved
    required property int available
    required property int inTransit
    required property string countedText
    required property bool isThisStore

    implicitHeight: layout.implicitHeight + 2 * 12
    radius: Theme.radius
    color: isThisStore ? Theme.accentLight : "transparent"
    Accessible.role: Accessible.ListItem
    Accessible.name: [name, qsTr("%n available", "", available), details.text, countedText]
                     .filter(part => part.length > 0).join(", ")

    Rectangle {
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.leftMargin: 12
        anchors.right: parent.right
        height: 1
        color: Theme.divider
        visible: root.index > 0 && !root.isThisStore
    }

    RowLayout {
        id: layout
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        spacing: 12

        Icon {
            Layout.alignment: Qt.AlignTop
            name: Theme.locationIcon(root.kind)
            size: 22
            color: root.isThisStore ? Theme.accent : Theme.muted
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: root.name
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: root.isThisStore ? root.distanceText
                                       : [root.kindLabel, root.distanceText]
                                         .filter(part => part.length > 0).join(" · ")
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
            Label {
                id: details
                Layout.fillWidth: true
                visible: text.length > 0
                text: [root.reserved > 0 ? qsTr("%n reserved", "", root.reserved) : "",
                       root.inTransit > 0 ? qsTr("%n in transit", "", root.inTransit) : ""]
                      .filter(part => part.length > 0).join(" · ")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: root.countedText
                elide: Text.ElideRight
                font.pixelSize: Theme.fontCaption
                color: Theme.muted
            }
        }
        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            spacing: 0

            Label {
                Layout.alignment: Qt.AlignRight
                objectName: "stockAvailable_" + root.locationId
                text: root.available
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.DemiBold
                color: root.available > 0 ? (root.isThisStore ? Theme.ok : Theme.text)
                                          : Theme.muted
            }
            Label {
                Layout.alignment: Qt.AlignRight
                //: Under the number of units that can be sold at a location
                text: qsTr("available")
                font.pixelSize: Theme.fontCaption
                color: Theme.muted
            }
        }
    }
}
