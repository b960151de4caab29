// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui

// The local data could not be opened. Says what happened and, when it is safe, offers to set
// the damaged file aside and start with fresh data from the central service.
Page {
    id: page

    property string errorString
    property bool canRebuild: false

    signal rebuildRequested()

    objectName: "storeFailedPage"
    title: qsTr("The tablet's data could not be opened")

    background: Rectangle {
        color: Theme.background
    }

    Flickable {
        anchors.fill: parent
        contentHeight: Math.max(column.implicitHeight + 2 * Theme.margin, height)
        clip: true

        ColumnLayout {
            id: column
            anchors.centerIn: parent
            width: Math.min(page.width - 2 * Theme.margin, 560)
            spacing: Theme.margin

            Icon {
                Layout.alignment: Qt.AlignHCenter
                name: "warning"
                size: 56
                color: Theme.error
            }
            Label {
                Layout.fillWidth: true
                text: page.title
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontHeadline
                color: Theme.text
            }
            // LocalStore's message already says what happened and what can be done.
            Label {
                Layout.fillWidth: true
                visible: page.errorString.length > 0
                objectName: "storeError"
                text: page.errorString
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody + 1
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: page.canRebuild
                      ? qsTr("Customers and products come back from the central service at the "
                             + "next sync.")
                      : qsTr("If restarting the tablet does not help, call the help desk and read "
                             + "them the message above.")
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.muted
            }
            Button {
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredHeight: 56
                visible: page.canRebuild
                objectName: "rebuildButton"
                text: qsTr("Set aside and start fresh")
                highlighted: true
                onClicked: confirmDialog.open()
            }
        }
    }

    Dialog {
        id: confirmDialog
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.margin, 480)
        modal: true
        title: qsTr("Start fresh?")
        onAccepted: page.rebuildRequested()

        footer: DialogButtonBox {
            Button {
                text: qsTr("Cancel")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                text: qsTr("Start fresh")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }

        ColumnLayout {
            anchors.fill: parent

            Label {
                Layout.fillWidth: true
                text: qsTr("Changes made on this tablet that were not sent yet stay in the "
                           + "damaged file and will not reach the central service.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
            }
        }
    }
}
