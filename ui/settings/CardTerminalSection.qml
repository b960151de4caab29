// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App

// Settings: the store's card terminal this tablet sends card payments to, by its address on the
// store network and the POIID shown on its screen.
Card {
    id: root

    property string errorText
    property string confirmation

    function save() {
        errorText = ""
        confirmation = ""
        if (PaymentTerminal.configure(addressField.text.trim(), poiField.text.trim())) {
            addressField.text = PaymentTerminal.address
            poiField.text = PaymentTerminal.poiId
            confirmation = qsTr("Saved. Card payments go to this terminal.")
        }
    }

    objectName: "cardTerminalSection"

    Connections {
        target: PaymentTerminal
        function onFailed(message: string) {
            root.errorText = message
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        SectionTitle {
            Layout.fillWidth: true
            icon: "card"
            text: qsTr("Card terminal")
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("The payment terminal on the store's network that takes cards for this "
                       + "tablet.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
        }
        IconText {
            Layout.fillWidth: true
            Layout.topMargin: 4
            objectName: "terminalState"
            icon: PaymentTerminal.configured ? "check" : "warning"
            iconColor: PaymentTerminal.configured ? Theme.ok : Theme.warning
            fontSize: Theme.fontBody
            wrap: true
            text: PaymentTerminal.configured
                  //: %1 is the terminal's POIID
                  ? qsTr("Set up: terminal %1").arg(PaymentTerminal.poiId)
                  : qsTr("Not set up: card payments cannot be taken")
        }
        GridLayout {
            Layout.fillWidth: true
            Layout.topMargin: 4
            columns: root.width >= 560 ? 2 : 1
            columnSpacing: Theme.margin
            rowSpacing: Theme.spacing

            FormField {
                id: addressField
                Layout.fillWidth: true
                Layout.preferredWidth: 3
                label: qsTr("Address")
                fieldObjectName: "terminalAddressField"
                text: PaymentTerminal.address
                placeholderText: qsTr("e.g. https://192.168.1.40:8443/nexo")
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                                  | Qt.ImhNoPredictiveText
                onAccepted: poiField.focusField()
            }
            FormField {
                id: poiField
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                label: qsTr("POIID (on the terminal's screen)")
                fieldObjectName: "terminalPoiField"
                text: PaymentTerminal.poiId
                placeholderText: qsTr("e.g. P400-123456789")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                onAccepted: if (saveButton.enabled) root.save()
            }
        }
        IconText {
            Layout.fillWidth: true
            visible: root.errorText.length > 0
            objectName: "terminalError"
            icon: "warning"
            iconColor: Theme.error
            textColor: Theme.error
            fontSize: Theme.fontBody
            wrap: true
            text: root.errorText
        }
        IconText {
            Layout.fillWidth: true
            visible: root.confirmation.length > 0 && root.errorText.length === 0
            icon: "check"
            iconColor: Theme.ok
            fontSize: Theme.fontBody
            wrap: true
            text: root.confirmation
        }
        Button {
            id: saveButton
            objectName: "saveTerminal"
            text: qsTr("Save")
            enabled: addressField.text.trim().length > 0 && poiField.text.trim().length > 0
                     && (addressField.text.trim() !== PaymentTerminal.address
                         || poiField.text.trim() !== PaymentTerminal.poiId)
            onClicked: root.save()
        }
    }
}
