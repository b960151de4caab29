// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App
import Clienteling.Models
import Clienteling.Sync

// Taking payment at the customer's side: what is sold with its totals (worked out in C++, with
// the loyalty tier and a coupon), then card, cash and gift cards in any mix until nothing is
// left to pay; a card waits on the terminal in a panel nothing else can be done behind. A
// customer's sale takes their cart; a quick sale (no customer) the items added here. When it is
// paid: the order number, the receipt, and a new sale. The page places the parts: QuotePanel
// and TenderPanel side by side in landscape, one above the other in portrait; CompletedPanel
// once the sale is over; the tender dialogs and the card panel over them.
Page {
    id: page

    /** The customer being served; empty for a quick sale without a customer. */
    property string customerId
    property string customerName
    readonly property CheckoutController checkout: controller
    readonly property bool anonymous: customerId.length === 0
    readonly property bool twoColumns: width > height && width >= 960
    readonly property string saleState: controller.saleState
    readonly property bool done: saleState === "completed" || saleState === "abandoned"
    readonly property string currency: controller.currency
    /** Tenders can be added: something to pay, nothing blocking it. */
    readonly property bool canTakePayment: controller.canTakePayment
    readonly property string saleNumber: controller.saleNumber
    /** The tender dialog on show, which takes the controller's refusals. */
    property QtObject activeDialog: null

    /** The associate wants to open the cash drawer (Settings). */
    signal settingsRequested()

    /** Quick sale: one more of a product (a scan or a typed SKU). */
    function addItem(sku: string): bool {
        return quotePanel.addItem(sku)
    }
    function openCardDialog() {
        cardDialog.openFor(controller.amountDueMinor)
    }
    function openCashDialog() {
        cashDialog.openFor()
    }
    function openGiftCardDialog() {
        giftCardDialog.openFor()
    }
    function confirmAbandon() {
        abandonDialog.open()
    }
    function newSale() {
        controller.reset()
        controller.couponCode = ""
        quotePanel.clearCoupon()
    }
    /** A refusal: into the dialog that asked, else at the bottom of the page. */
    function showFailure(message: string) {
        if (activeDialog && activeDialog.opened)
            activeDialog.errorText = message
        else
            banner.show(message)
    }

    objectName: "checkoutPage"
    title: anonymous ? qsTr("Quick sale")
                     //: Page title; %1 is the customer
                     : qsTr("Payment – %1").arg(customerName)
    padding: 0

    background: Rectangle {
        color: Theme.background
    }

    CheckoutController {
        id: controller
        customerId: page.customerId
        store: LocalStore
        session: Session
        terminal: PaymentTerminal
        drawer: CashDrawer
        sync: SyncEngine
        receiptLanguage: LanguageController.language
        onFailed: (message) => page.showFailure(message)
        onMessage: (text) => banner.confirm(text, "")
        onSaleCompleted: (orderId, number) => flickable.contentY = 0
    }

    Flickable {
        id: flickable
        anchors.fill: parent
        visible: !page.done
        contentHeight: grid.implicitHeight + 2 * Theme.margin + Theme.touchTarget
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ScrollIndicator.vertical: ScrollIndicator {}

        GridLayout {
            id: grid
            x: Math.max(Theme.margin, (flickable.width - 1240) / 2)
            y: Theme.margin
            width: flickable.width - 2 * x
            columns: page.twoColumns ? 2 : 1
            columnSpacing: Theme.margin
            rowSpacing: Theme.margin

            // What is sold and what it costs.
            QuotePanel {
                id: quotePanel
                Layout.fillWidth: true
                Layout.preferredWidth: 10
                Layout.alignment: Qt.AlignTop
                checkout: controller
                anonymous: page.anonymous
            }

            // Paying.
            TenderPanel {
                Layout.fillWidth: true
                Layout.preferredWidth: 9
                Layout.alignment: Qt.AlignTop
                checkout: controller
                onCardRequested: page.openCardDialog()
                onCashRequested: page.openCashDialog()
                onGiftCardRequested: page.openGiftCardDialog()
                onAbandonRequested: page.confirmAbandon()
            }
        }
    }

    // Paid (or abandoned): what to tell the customer, the receipt, the next sale.
    Flickable {
        id: doneView
        anchors.fill: parent
        visible: page.done
        contentHeight: doneColumn.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: doneColumn
            x: Math.max(Theme.margin, (doneView.width - width) / 2)
            y: Theme.margin
            width: Math.min(doneView.width - 2 * Theme.margin, 640)
            spacing: Theme.margin

            CompletedPanel {
                Layout.fillWidth: true
                checkout: controller
                anonymous: page.anonymous
                onNewSaleRequested: page.newSale()
            }
        }
    }

    CardDialog {
        id: cardDialog
        parent: Overlay.overlay
        currency: page.currency
        remainingMinor: controller.amountDueMinor
        remainingText: controller.amountDueText
        onOpenedChanged: if (opened) page.activeDialog = cardDialog
        onPayRequested: (amountMinor) => {
            cardDialog.errorText = ""
            if (controller.payByCard(amountMinor))
                cardDialog.close()
        }
    }
    CashDialog {
        id: cashDialog
        parent: Overlay.overlay
        checkout: controller
        currency: page.currency
        remainingMinor: controller.amountDueMinor
        remainingText: controller.amountDueText
        onOpenedChanged: if (opened) page.activeDialog = cashDialog
        onSettingsRequested: {
            cashDialog.close()
            page.settingsRequested()
        }
        onPayRequested: (givenMinor) => {
            cashDialog.errorText = ""
            if (controller.payCash(givenMinor))
                cashDialog.close()
        }
    }
    GiftCardDialog {
        id: giftCardDialog
        parent: Overlay.overlay
        checkout: controller
        currency: page.currency
        remainingText: controller.amountDueText
        onOpenedChanged: if (opened) page.activeDialog = giftCardDialog
        onPayRequested: (number, amountMinor) => {
            giftCardDialog.errorText = ""
            if (controller.payGiftCard(number, amountMinor))
                giftCardDialog.close()
        }
    }

    // A card on the terminal: nothing else until it is settled or cancelled.
    Popup {
        id: cardPanel

        readonly property bool needsCheck: controller.cardNeedsCheck
        // The terminal answered another amount or currency: its figures, and give it back.
        readonly property bool mismatch: controller.cardMismatch
        readonly property bool waiting: !needsCheck && !mismatch

        objectName: "cardProgressPanel"
        parent: Overlay.overlay
        visible: controller.cardInProgress
        modal: true
        closePolicy: Popup.NoAutoClose
        x: (parent.width - width) / 2
        y: (parent.height - height) / 2
        width: Math.min(parent.width - 2 * Theme.margin, 480)
        padding: Theme.margin + 8

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.margin

            RowLayout {
                Layout.fillWidth: true
                spacing: 12

                Icon {
                    name: "card"
                    size: 32
                    color: Theme.accent
                }
                Label {
                    Layout.fillWidth: true
                    text: page.saleState === "abandoning" ? qsTr("Giving back")
                          : cardPanel.mismatch ? qsTr("Card payment: needs checking")
                                               : qsTr("Card payment")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Label {
                    visible: page.saleState === "open"
                    text: controller.cardAmountText
                    font.pixelSize: Theme.fontTitle
                    color: Theme.text
                }
            }
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                running: cardPanel.visible && cardPanel.waiting
                visible: cardPanel.waiting
            }
            IconText {
                Layout.fillWidth: true
                objectName: "cardStatusText"
                icon: cardPanel.waiting ? "clock" : "warning"
                iconColor: cardPanel.waiting ? Theme.muted : Theme.warning
                fontSize: Theme.fontBody
                wrap: true
                text: controller.cardStatusText
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Item {
                    Layout.fillWidth: true
                }
                Button {
                    visible: page.saleState === "open" && cardPanel.waiting
                    objectName: "cancelCardButton"
                    text: qsTr("Cancel")
                    flat: true
                    onClicked: controller.cancelCard()
                }
                Button {
                    visible: cardPanel.needsCheck
                    objectName: "checkCardAgainButton"
                    text: qsTr("Check again")
                    icon.source: Theme.icon("refresh")
                    highlighted: true
                    onClicked: controller.checkCardAgain()
                }
                Button {
                    visible: cardPanel.mismatch
                    objectName: "giveBackCardButton"
                    text: qsTr("Give it back")
                    icon.source: Theme.icon("return")
                    highlighted: true
                    onClicked: controller.giveBackCard()
                }
            }
        }
    }

    // Confirms walking away from the sale.
    Popup {
        id: abandonDialog

        objectName: "abandonDialog"
        parent: Overlay.overlay
        modal: true
        x: (parent.width - width) / 2
        y: (parent.height - height) / 2
        width: Math.min(parent.width - 2 * Theme.margin, 480)
        padding: Theme.margin + 8

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.margin

            Label {
                Layout.fillWidth: true
                text: qsTr("Abandon this sale?")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Card payments are given back on the terminal and cash goes back to "
                           + "the customer. Nothing is sold; the cart stays as it is.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Item {
                    Layout.fillWidth: true
                }
                Button {
                    text: qsTr("Keep selling")
                    flat: true
                    onClicked: abandonDialog.close()
                }
                Button {
                    objectName: "confirmAbandon"
                    text: qsTr("Abandon sale")
                    flat: true
                    Material.foreground: Theme.error
                    onClicked: {
                        abandonDialog.close()
                        controller.abandonSale()
                    }
                }
            }
        }
    }

    Banner {
        id: banner
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin
        width: Math.min(parent.width - 2 * Theme.margin, 640)
    }
}
