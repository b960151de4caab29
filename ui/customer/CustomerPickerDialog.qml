// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Models

// Choose whom the associate is serving, without leaving the product: search as on the
// customer screen, or scan their loyalty card.
Dialog {
    id: root

    /** The associate chose a customer. */
    signal customerPicked(string customerId, string name)

    function pick() {
        field.text = ""
        open()
        field.forceActiveFocus()
    }
    function choose(customerId: string, name: string) {
        close()
        customerPicked(customerId, name)
    }
    function chooseBestMatch() {
        const scanned = results.customerForScan(field.text)
        if (scanned.length > 0) {
            // The name comes with the search that the card number finds.
            for (let i = 0; i < results.count; ++i) {
                if (results.get(i).customerId === scanned) {
                    choose(scanned, results.get(i).displayName)
                    return
                }
            }
        }
        if (results.count === 1)
            choose(results.get(0).customerId, results.get(0).displayName)
    }

    objectName: "customerPicker"
    modal: true
    focus: true
    title: qsTr("Choose the customer")
    x: (parent.width - width) / 2
    y: Theme.touchTarget
    width: Math.min(parent.width - 2 * Theme.margin, 640)
    height: Math.min(parent.height - 2 * Theme.touchTarget, 640)

    CustomerSearchModel {
        id: results
        store: LocalStore
        query: field.text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        TextField {
            id: field
            Layout.fillWidth: true
            objectName: "customerPickerField"
            placeholderText: qsTr("Name, email, phone or loyalty card")
            font.pixelSize: Theme.fontTitle
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("Search customers")
            onAccepted: root.chooseBestMatch()
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            objectName: "customerPickerResults"
            model: results
            spacing: Theme.spacing
            clip: true
            reuseItems: true

            delegate: CustomerResultCard {
                width: ListView.view.width
                wide: false
                onClicked: root.choose(customerId, displayName)
            }

            ScrollIndicator.vertical: ScrollIndicator {}

            Label {
                anchors.centerIn: parent
                width: parent.width
                visible: list.count === 0
                horizontalAlignment: Text.AlignHCenter
                text: field.text.trim().length > 0
                      //: %1 is what the associate typed
                      ? qsTr("No customer matches “%1”").arg(field.text.trim())
                      : qsTr("Type a name, or scan the customer's loyalty card.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.muted
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            flat: true
            onClicked: root.close()
        }
    }
}
