// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App
import Clienteling.Models

// Cash handed over: how much the customer gave, and the change to give back (the drawer keeps
// what is due). Needs the associate's cash drawer open.
Dialog {
    id: root

    required property CheckoutController checkout
    property string currency: "EUR"
    property double remainingMinor: 0
    property string remainingText
    property string errorText
    readonly property double givenMinor: givenField.minor
    /** What the controller would do with the cash given (change or what is still due). */
    readonly property var tendered: {
        void root.checkout.remainingMinor
        return root.checkout.cashTendered(root.givenMinor)
    }

    signal payRequested(double givenMinor)
    /** The drawer is closed: open it in Settings. */
    signal settingsRequested()

    function openFor() {
        errorText = ""
        givenField.text = ""
        open()
        givenField.focusField()
    }
    function pay() {
        if (givenMinor > 0 && CashDrawer.open)
            payRequested(givenMinor)
    }

    objectName: "cashDialog"
    modal: true
    focus: true
    title: qsTr("Pay in cash")
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
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            MoneyField {
                id: givenField
                Layout.fillWidth: true
                label: qsTr("Cash given by the customer")
                fieldObjectName: "cashGivenField"
                currency: root.currency
                enabled: CashDrawer.open
                onAccepted: root.pay()
            }
            Button {
                Layout.alignment: Qt.AlignBottom
                objectName: "cashExact"
                text: qsTr("Exact")
                enabled: CashDrawer.open
                onClicked: givenField.setMinor(root.remainingMinor)
            }
        }
        // The change as the controller will give it: what was handed over beyond what is due.
        TotalLine {
            Layout.fillWidth: true
            visible: root.givenMinor > 0
            objectName: "cashChange"
            label: root.tendered.stillDueMinor > 0 ? qsTr("Still to pay after this")
                                                   : qsTr("Change to give")
            value: root.tendered.stillDueMinor > 0 ? root.tendered.stillDueText
                                                   : root.tendered.changeText
            strong: root.tendered.changeMinor > 0
        }
        IconText {
            Layout.fillWidth: true
            visible: !CashDrawer.open
            objectName: "cashDrawerClosed"
            icon: "warning"
            iconColor: Theme.warning
            fontSize: Theme.fontBody
            wrap: true
            text: qsTr("Your cash drawer is closed. Open it with its float in Settings, Cash "
                       + "drawer.")
        }
        Button {
            visible: !CashDrawer.open
            objectName: "cashOpenSettings"
            text: qsTr("Open Settings")
            icon.source: Theme.icon("settings")
            onClicked: root.settingsRequested()
        }
        IconText {
            Layout.fillWidth: true
            visible: root.errorText.length > 0
            objectName: "cashDialogError"
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
            objectName: "cashPayButton"
            text: qsTr("Take cash")
            flat: true
            enabled: root.givenMinor > 0 && CashDrawer.open
            onClicked: root.pay()
        }
    }
}
