// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App
import Clienteling.Models

// A gift card: its number (its balance shows as soon as it is complete: the central service's
// answer; tablets keep no gift cards, so offline a card cannot be taken) and, optionally, how
// much of it to use; by default as much as the card and the sale allow.
Dialog {
    id: root

    required property CheckoutController checkout
    property string currency: "EUR"
    property string remainingText
    property string errorText
    readonly property string digits: numberField.text.replace(/[\s-]/g, "")
    readonly property bool numberComplete: isWholeNumber(digits)
    /** The balance for the number typed: -1 unknown, -2 not a whole number yet, -3 the central
        service has not answered (offline). */
    property double balanceMinor: -2
    property string balanceText
    /** The balance is the central service's answer, not the synced copy. */
    property bool balanceLive: false
    readonly property double amountMinor: amountField.minor

    signal payRequested(string number, double amountMinor)

    function isWholeNumber(number: string): bool {
        return checkout.isGiftCardNumber(number)
    }
    function openFor() {
        errorText = ""
        numberField.text = ""
        amountField.text = ""
        open()
        numberField.forceActiveFocus()
    }
    /** The controller's answer about a card (the service's; -3 offline). */
    function showBalance(number: string, balance: double, text: string, live: bool) {
        if (number !== digits)
            return
        balanceMinor = balance
        balanceText = text
        balanceLive = live
    }
    function pay() {
        if (digits.length > 0 && amountMinor >= 0)
            payRequested(digits, amountMinor)
    }

    // What is known at once (an earlier answer), then the central service's answer when it
    // comes. (Read digits here, not numberComplete: that binding may not have followed yet.)
    onDigitsChanged: {
        balanceLive = false
        if (!isWholeNumber(digits)) {
            balanceMinor = -2
            return
        }
        balanceMinor = checkout.giftCardBalance(digits)
        balanceText = balanceMinor >= 0 ? Format.money(balanceMinor, currency) : ""
        checkout.checkGiftCard(digits)
    }

    objectName: "giftCardDialog"
    modal: true
    focus: true
    title: qsTr("Pay with a gift card")
    x: (parent.width - width) / 2
    y: Math.max(Theme.margin, (parent.height - height) / 3)
    width: Math.min(parent.width - 2 * Theme.margin, 480)

    Connections {
        target: root.checkout
        function onGiftCardChecked(number, balanceMinor, balanceText, live) {
            root.showBalance(number, balanceMinor, balanceText, live)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        TotalLine {
            Layout.fillWidth: true
            label: qsTr("Left to pay")
            value: root.remainingText
        }
        FormField {
            id: numberField
            Layout.fillWidth: true
            label: qsTr("Gift card number")
            fieldObjectName: "giftCardNumberField"
            placeholderText: qsTr("16 digits on the back")
            inputMethodHints: Qt.ImhDigitsOnly
            errorText: root.errorText
            onTextChanged: root.errorText = ""
            onAccepted: root.pay()
        }
        IconText {
            Layout.fillWidth: true
            visible: root.numberComplete && root.balanceMinor !== -2
            objectName: "giftCardBalance"
            icon: root.balanceMinor > 0 ? "check" : "warning"
            iconColor: root.balanceMinor > 0 ? Theme.ok : Theme.warning
            fontSize: Theme.fontBody
            wrap: true
            text: root.balanceMinor === -3
                  ? qsTr("Balance unknown: gift cards are only taken while the tablet is online.")
                  : root.balanceMinor < 0
                    ? qsTr("This card is not known. Check the number.")
                    //: %1 is the gift card's balance, as the central service says now
                    : qsTr("Balance: %1").arg(root.balanceText)
        }
        MoneyField {
            id: amountField
            Layout.fillWidth: true
            label: qsTr("Amount to use (optional)")
            placeholderText: qsTr("As much as possible")
            fieldObjectName: "giftCardAmountField"
            currency: root.currency
            onAccepted: root.pay()
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            flat: true
            onClicked: root.close()
        }
        Button {
            objectName: "giftCardPayButton"
            text: qsTr("Use gift card")
            flat: true
            enabled: root.digits.length > 0 && root.amountMinor >= 0
            onClicked: root.pay()
        }
    }
}
