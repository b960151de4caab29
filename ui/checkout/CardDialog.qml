// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui

// How much to take on the card terminal: what is left to pay, or less to split the sale with
// another card or tender. The terminal's refusals stay in the dialog.
Dialog {
    id: root

    property string currency: "EUR"
    property double remainingMinor: 0
    property string remainingText
    property string errorText
    readonly property double amountMinor: amountField.minor
    readonly property bool canPay: amountMinor > 0 && amountMinor <= remainingMinor

    /** Take amountMinor on the terminal (0: everything left). */
    signal payRequested(double amountMinor)

    function openFor(amount: double) {
        errorText = ""
        amountField.setMinor(amount)
        open()
        amountField.focusField()
    }
    function pay() {
        if (canPay)
            payRequested(amountMinor === remainingMinor ? 0 : amountMinor)
    }

    objectName: "cardDialog"
    modal: true
    focus: true
    title: qsTr("Pay by card")
    x: (parent.width - width) / 2
    y: Math.max(Theme.margin, (parent.height - height) / 3)
    width: Math.min(parent.width - 2 * Theme.margin, 480)

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        TotalLine {
            Layout.fillWidth: true
            label: qsTr("Left to pay")
            value: root.remainingText
        }
        MoneyField {
            id: amountField
            Layout.fillWidth: true
            label: qsTr("Amount on the card")
            fieldObjectName: "cardAmountField"
            currency: root.currency
            errorText: root.amountMinor > root.remainingMinor
                       ? qsTr("More than is left to pay.") : ""
            onAccepted: root.pay()
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Take less to split the payment; the customer then pays the rest another "
                       + "way.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
        }
        IconText {
            Layout.fillWidth: true
            visible: root.errorText.length > 0
            objectName: "cardDialogError"
            icon: "warning"
            iconColor: Theme.error
            textColor: Theme.error
            fontSize: Theme.fontBody
            wrap: true
            text: root.errorText
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            flat: true
            onClicked: root.close()
        }
        Button {
            objectName: "cardPayButton"
            text: qsTr("Send to terminal")
            flat: true
            enabled: root.canPay
            onClicked: root.pay()
        }
    }
}
