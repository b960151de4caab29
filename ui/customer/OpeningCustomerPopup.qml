// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App

// A customer of another store on their way onto this tablet (CustomerOpener): what is
// happening, and a way to stop waiting.
Popup {
    id: root

    required property CustomerOpener customerOpener

    objectName: "openingCustomer"
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.margin, 420)
    modal: true
    visible: customerOpener.busy
    closePolicy: Popup.NoAutoClose
    padding: Theme.margin

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.margin

        RowLayout {
            spacing: Theme.margin
            BusyIndicator {
                running: root.customerOpener.busy
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                //: %1 is the customer's name
                text: qsTr("Bringing %1 onto this tablet, with their orders and history…")
                      .arg(root.customerOpener.pendingName)
            }
        }
        Button {
            Layout.alignment: Qt.AlignRight
            flat: true
            text: qsTr("Cancel")
            onClicked: root.customerOpener.cancel()
        }
    }
}
