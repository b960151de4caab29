// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App

// A sale that is over: paid (its order number to read out, the receipt to email, print or show)
// or abandoned (what was given back), and the way to the next sale.
Card {
    id: root

    required property CheckoutController checkout
    /** A quick sale without a customer (no email). */
    property bool anonymous
    readonly property string saleState: checkout.saleState

    signal newSaleRequested()

    function openReceipt() {
        if (checkout.receiptPath.length > 0)
            Qt.openUrlExternally("file://" + checkout.receiptPath)
    }

    objectName: "saleDone"

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        Icon {
            Layout.alignment: Qt.AlignHCenter
            name: root.saleState === "completed" ? "check" : "close"
            size: 56
            color: root.saleState === "completed" ? Theme.ok : Theme.muted
        }
        Label {
            Layout.fillWidth: true
            objectName: "saleDoneTitle"
            horizontalAlignment: Text.AlignHCenter
            text: root.saleState === "completed" ? qsTranslate("CheckoutPage", "Paid")
                                                 : qsTranslate("CheckoutPage", "Sale abandoned")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontHeadline
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            visible: root.saleState === "completed"
            objectName: "saleDoneNumber"
            horizontalAlignment: Text.AlignHCenter
            //: After payment; %1 is the order number to read out
            text: qsTranslate("CheckoutPage", "Order %1").arg(root.checkout.saleNumber)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            color: Theme.accent
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: root.saleState === "completed"
                  ? qsTranslate("CheckoutPage",
                                "Give the customer this number; it is also on the receipt.")
                  : qsTranslate("CheckoutPage",
                                "Nothing was charged: what was paid has been given back.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.muted
        }
        // Abandoned: a tender not given back is for the associate to sort out.
        Repeater {
            model: root.saleState === "abandoned" ? root.checkout.tenderLines : 0

            delegate: TotalLine {
                id: given

                required property var model

                Layout.fillWidth: true
                label: given.model.kindText + " · " + given.model.stateText
                value: given.model.amountText
                muted: given.model.state !== "reversal_failed"
            }
        }

        Rectangle {
            Layout.fillWidth: true
            visible: root.saleState === "completed"
            implicitHeight: 1
            color: Theme.divider
        }
        SectionTitle {
            Layout.fillWidth: true
            visible: root.saleState === "completed"
            icon: "receipt"
            text: qsTranslate("CheckoutPage", "Receipt")
        }
        IconText {
            Layout.fillWidth: true
            visible: root.saleState === "completed"
            objectName: "receiptHint"
            icon: root.checkout.canEmailReceipt ? "channel/email" : "receipt"
            fontSize: Theme.fontBody
            wrap: true
            text: root.checkout.canEmailReceipt
                  ? qsTranslate("CheckoutPage",
                                "The customer agreed to emails: you can send the receipt.")
                  : root.anonymous
                    ? qsTranslate("CheckoutPage", "Print the receipt or show it on the screen.")
                    : qsTranslate("CheckoutPage",
                                  "The customer has not agreed to emails: print the receipt "
                                  + "or show it on the screen.")
        }
        Flow {
            Layout.fillWidth: true
            visible: root.saleState === "completed"
            spacing: Theme.spacing

            Button {
                visible: root.checkout.canEmailReceipt
                objectName: "emailReceiptButton"
                text: qsTranslate("CheckoutPage", "Email receipt")
                icon.source: Theme.icon("channel/email")
                onClicked: root.checkout.emailReceipt()
            }
            Button {
                objectName: "openReceiptButton"
                text: qsTranslate("CheckoutPage", "Open receipt")
                icon.source: Theme.icon("receipt")
                enabled: root.checkout.receiptPath.length > 0
                onClicked: root.openReceipt()
            }
        }
        Button {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacing
            Layout.preferredHeight: 56
            objectName: "newSaleButton"
            text: qsTranslate("CheckoutPage", "New sale")
            icon.source: Theme.icon("plus")
            highlighted: true
            onClicked: root.newSaleRequested()
        }
    }
}
