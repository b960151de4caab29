// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App

// The checkout's right half: taking payment. What is left to pay, the tenders (card, cash, gift
// card) to take it with and those taken so far; card approvals found at start-up, and a paid sale
// that could not be saved yet. The dialogs that take each tender belong to the page.
ColumnLayout {
    id: root

    required property CheckoutController checkout
    readonly property string saleState: checkout.saleState
    readonly property string saleNumber: checkout.saleNumber
    /** Tenders can be added: something to pay, nothing blocking it. */
    readonly property bool canTakePayment: checkout.canTakePayment

    signal cardRequested()
    signal cashRequested()
    signal giftCardRequested()
    /** The associate wants to walk away from the sale (to be confirmed). */
    signal abandonRequested()

    function tenderIcon(kind: string): string {
        switch (kind) {
        case "card": return "card"
        case "cash": return "cash"
        case "gift_card": return "gift"
        }
        return "receipt"
    }
    function tenderColor(state: string): color {
        switch (state) {
        case "approved": return Theme.ok
        case "pending":
        case "reversing": return Theme.accent
        case "declined":
        case "reversal_failed": return Theme.error
        }
        return Theme.muted
    }

    spacing: Theme.margin


    // Card approvals found with no tender when the app started: what was done.
    Card {
        Layout.fillWidth: true
        visible: root.checkout.recoveredCards.length > 0
        objectName: "recoveredCards"

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            SectionTitle {
                Layout.fillWidth: true
                icon: "warning"
                text: qsTranslate("CheckoutPage", "Card payments found on the terminal")
            }
            Repeater {
                model: root.checkout.recoveredCards

                delegate: ColumnLayout {
                    id: found

                    required property var modelData

                    Layout.fillWidth: true
                    spacing: 4

                    IconText {
                        Layout.fillWidth: true
                        objectName: "recoveredCardText"
                        icon: found.modelData.state === "reversal_failed" ? "warning"
                                                                           : "card"
                        iconColor: found.modelData.state === "reversal_failed"
                                   ? Theme.error : Theme.accent
                        fontSize: Theme.fontBody
                        wrap: true
                        text: found.modelData.text
                    }
                    Button {
                        Layout.alignment: Qt.AlignRight
                        objectName: "dismissRecoveredCard"
                        text: qsTranslate("CheckoutPage", "Got it")
                        flat: true
                        onClicked: root.checkout.dismissRecoveredCard(found.modelData.id)
                    }
                }
            }
        }
    }

    // Paid, and the sale could not be saved: try again, never take payment again.
    Card {
        Layout.fillWidth: true
        visible: root.checkout.needsSaving
        objectName: "saveRetryPanel"

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            SectionTitle {
                Layout.fillWidth: true
                icon: "warning"
                text: qsTranslate("CheckoutPage", "Paid, not saved yet")
            }
            Label {
                Layout.fillWidth: true
                text: qsTranslate("CheckoutPage",
                                  "Everything is paid, but the sale is not saved on this "
                                  + "tablet yet. Do not take payment again: save it now. If "
                                  + "it keeps failing, call support with order %1.")
                      .arg(root.checkout.saleNumber)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            Button {
                Layout.alignment: Qt.AlignRight
                objectName: "retrySaveButton"
                text: qsTranslate("CheckoutPage", "Save the sale")
                icon.source: Theme.icon("refresh")
                highlighted: true
                onClicked: root.checkout.retrySave()
            }
        }
    }

    Card {
        Layout.fillWidth: true
        objectName: "checkoutPayment"

        ColumnLayout {
            anchors.fill: parent
            spacing: 12

            SectionTitle {
                Layout.fillWidth: true
                icon: "card"
                text: qsTranslate("CheckoutPage", "Payment")
                trailing: root.saleNumber
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Label {
                    Layout.fillWidth: true
                    text: qsTranslate("CheckoutPage", "To pay")
                    font.pixelSize: Theme.fontTitle
                    color: Theme.text
                }
                Label {
                    objectName: "remainingText"
                    text: root.checkout.amountDueText
                    font.pixelSize: Theme.fontHeadline
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
            }
            TotalLine {
                Layout.fillWidth: true
                visible: root.checkout.tenderLines.count > 0
                objectName: "paidText"
                label: qsTranslate("CheckoutPage", "Paid so far")
                value: root.checkout.paidText
                muted: true
            }

            Label {
                Layout.fillWidth: true
                text: root.saleState === "abandoning"
                      ? qsTranslate("CheckoutPage",
                                    "Giving the payments back. Wait for the terminal.")
                      : qsTranslate("CheckoutPage", "How does the customer pay?")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.muted
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 3
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing

                Button {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 64
                    objectName: "payCardButton"
                    text: qsTranslate("CheckoutPage", "Card")
                    icon.source: Theme.icon("card")
                    highlighted: true
                    enabled: root.canTakePayment
                    onClicked: root.cardRequested()
                }
                Button {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 64
                    objectName: "payCashButton"
                    text: qsTranslate("CheckoutPage", "Cash")
                    icon.source: Theme.icon("cash")
                    highlighted: true
                    enabled: root.canTakePayment
                    onClicked: root.cashRequested()
                }
                Button {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 64
                    objectName: "payGiftCardButton"
                    text: qsTranslate("CheckoutPage", "Gift card")
                    icon.source: Theme.icon("gift")
                    highlighted: true
                    enabled: root.canTakePayment
                    onClicked: root.giftCardRequested()
                }
            }
            IconText {
                Layout.fillWidth: true
                visible: (root.checkout.quote.couponProblem ?? "").length > 0
                icon: "warning"
                iconColor: Theme.warning
                wrap: true
                text: qsTranslate("CheckoutPage", "Correct or remove the coupon to take payment.")
            }
            IconText {
                Layout.fillWidth: true
                visible: !PaymentTerminal.configured && root.canTakePayment
                objectName: "noTerminalHint"
                icon: "card"
                wrap: true
                text: qsTranslate("CheckoutPage",
                                  "No card terminal is set up on this tablet (Settings, Card "
                                  + "terminal).")
            }

            // The tenders taken so far.
            Repeater {
                model: root.checkout.tenderLines

                delegate: RowLayout {
                    id: tender

                    required property var model

                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    objectName: "tender_" + tender.model.kind
                    spacing: 12

                    Icon {
                        name: root.tenderIcon(tender.model.kind)
                        size: 24
                        color: root.tenderColor(tender.model.state)
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2

                        Label {
                            Layout.fillWidth: true
                            text: tender.model.kindText + " · "
                                  + tender.model.stateText
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontBody
                            font.weight: Font.DemiBold
                            color: Theme.text
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            objectName: "tenderDetail"
                            text: tender.model.detail ?? ""
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSmall
                            color: root.tenderColor(tender.model.state)
                        }
                    }
                    Label {
                        objectName: "tenderAmount"
                        text: tender.model.amountText
                        font.pixelSize: Theme.fontBody
                        font.strikeout: tender.model.state !== "approved"
                                        && tender.model.state !== "pending"
                        color: Theme.text
                    }
                    ToolButton {
                        visible: tender.model.removable
                        objectName: "removeTender"
                        icon.source: Theme.icon("close")
                        Accessible.name: qsTranslate("CheckoutPage", "Remove this payment")
                        onClicked: root.checkout.removeTender(tender.model.id)
                    }
                }
            }
        }
    }

    Button {
        Layout.alignment: Qt.AlignLeft
        visible: root.saleState === "open"
        objectName: "abandonSaleButton"
        text: qsTranslate("CheckoutPage", "Abandon sale")
        icon.source: Theme.icon("close")
        flat: true
        enabled: !root.checkout.cardInProgress
        Material.foreground: Theme.error
        onClicked: root.abandonRequested()
    }
}
