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
// paid: the order number, the receipt, and a new sale.
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
        const code = sku.trim()
        if (code.length === 0 || saleState !== "none")
            return false
        if (!controller.addItem(code))
            return false
        skuField.text = ""
        return true
    }
    function applyCoupon(code: string) {
        controller.couponCode = code.trim()
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
        couponField.text = ""
    }
    function openReceipt() {
        if (controller.receiptPath.length > 0)
            Qt.openUrlExternally("file://" + controller.receiptPath)
    }
    /** A refusal: into the dialog that asked, else at the bottom of the page. */
    function showFailure(message: string) {
        if (activeDialog && activeDialog.opened)
            activeDialog.errorText = message
        else
            banner.show(message)
    }
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
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 10
                Layout.alignment: Qt.AlignTop
                spacing: Theme.margin

                Card {
                    Layout.fillWidth: true
                    objectName: "checkoutLines"

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 0

                        SectionTitle {
                            Layout.fillWidth: true
                            Layout.bottomMargin: 4
                            icon: page.anonymous ? "tag" : "cart"
                            text: page.anonymous ? qsTr("Items") : qsTr("Cart")
                            trailing: qsTr("%n item(s)", "", controller.quote.lineCount ?? 0)
                        }
                        Label {
                            Layout.fillWidth: true
                            Layout.topMargin: Theme.spacing
                            Layout.bottomMargin: Theme.spacing
                            visible: (controller.quote.lineCount ?? 0) === 0
                            objectName: "checkoutEmpty"
                            text: page.anonymous
                                  ? qsTr("Scan or type the items the customer takes.")
                                  : qsTr("The cart is empty: add products for the customer first.")
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontBody
                            color: Theme.muted
                        }
                        Repeater {
                            model: controller.quoteLines

                            delegate: RowLayout {
                                id: line

                                required property int index
                                required property var model

                                Layout.fillWidth: true
                                Layout.minimumHeight: Theme.touchTarget + 8
                                spacing: 12

                                Icon {
                                    name: "tag"
                                    size: 20
                                    color: Theme.muted
                                }
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 2

                                    Label {
                                        Layout.fillWidth: true
                                        objectName: "checkoutLineName"
                                        text: line.model.name
                                        elide: Text.ElideRight
                                        font.pixelSize: Theme.fontBody
                                        font.weight: Font.DemiBold
                                        color: Theme.text
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        // Colour, size (none for a scarf), how it goes.
                                        text: [line.model.colour, line.model.size,
                                               line.model.fulfilmentText]
                                              .filter(part => part.length > 0).join(" · ")
                                        elide: Text.ElideRight
                                        font.pixelSize: Theme.fontSmall
                                        color: Theme.muted
                                    }
                                }
                                Label {
                                    //: Quantity of a line, e.g. "× 2"
                                    text: qsTr("× %1").arg(line.model.quantityText)
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.muted
                                }
                                Label {
                                    Layout.minimumWidth: 80
                                    objectName: "checkoutLineTotal"
                                    horizontalAlignment: Text.AlignRight
                                    text: line.model.totalText
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.text
                                }
                                ToolButton {
                                    visible: page.anonymous && page.saleState === "none"
                                    objectName: "removeItem_" + line.index
                                    icon.source: Theme.icon("close")
                                    Accessible.name: qsTr("Remove %1").arg(line.model.name)
                                    onClicked: controller.removeItem(line.index)
                                }
                            }
                        }
                        // Quick sale: scan a label or type the SKU.
                        RowLayout {
                            Layout.fillWidth: true
                            Layout.topMargin: Theme.spacing
                            visible: page.anonymous && page.saleState === "none"
                            spacing: Theme.spacing

                            TextField {
                                id: skuField
                                Layout.fillWidth: true
                                objectName: "checkoutSkuField"
                                placeholderText: qsTr("Scan or type a SKU")
                                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
                                font.pixelSize: Theme.fontBody
                                Accessible.name: qsTr("Product SKU")
                                onAccepted: page.addItem(text)
                            }
                            Button {
                                objectName: "checkoutAddItem"
                                text: qsTr("Add")
                                icon.source: Theme.icon("plus")
                                enabled: skuField.text.trim().length > 0
                                onClicked: page.addItem(skuField.text)
                            }
                        }
                    }
                }

                // The coupon, then the totals.
                Card {
                    Layout.fillWidth: true
                    objectName: "checkoutTotals"

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 6

                        SectionTitle {
                            Layout.fillWidth: true
                            Layout.bottomMargin: 4
                            icon: "receipt"
                            text: qsTr("Totals")
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Coupon code")
                            font.pixelSize: Theme.fontSmall
                            color: (controller.quote.couponProblem ?? "").length > 0 ? Theme.error
                                                                                     : Theme.muted
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing

                            TextField {
                                id: couponField
                                Layout.fillWidth: true
                                objectName: "couponField"
                                text: controller.couponCode
                                enabled: page.saleState === "none"
                                placeholderText: qsTr("e.g. WELCOME10")
                                inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                                font.pixelSize: Theme.fontBody
                                Accessible.name: qsTr("Coupon code")
                                Material.accent: (controller.quote.couponProblem ?? "").length > 0
                                                 ? Theme.error : Theme.accent
                                onAccepted: page.applyCoupon(text)
                            }
                            Button {
                                visible: page.saleState === "none"
                                objectName: "applyCoupon"
                                text: qsTr("Apply")
                                enabled: couponField.text.trim() !== controller.couponCode
                                onClicked: page.applyCoupon(couponField.text)
                            }
                            Button {
                                visible: page.saleState === "none"
                                         && controller.couponCode.length > 0
                                         && couponField.text.trim() === controller.couponCode
                                objectName: "removeCoupon"
                                text: qsTr("Remove")
                                flat: true
                                onClicked: {
                                    couponField.text = ""
                                    page.applyCoupon("")
                                }
                            }
                        }
                        IconText {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            objectName: "couponProblem"
                            icon: "warning"
                            iconColor: Theme.error
                            textColor: Theme.error
                            fontSize: Theme.fontBody
                            wrap: true
                            text: controller.quote.couponProblem ?? ""
                        }
                        Rectangle {
                            Layout.fillWidth: true
                            Layout.topMargin: Theme.spacing
                            Layout.bottomMargin: Theme.spacing
                            implicitHeight: 1
                            color: Theme.divider
                        }
                        TotalLine {
                            Layout.fillWidth: true
                            objectName: "checkoutSubtotal"
                            label: qsTr("Items")
                            value: controller.quote.subtotalText ?? ""
                        }
                        TotalLine {
                            Layout.fillWidth: true
                            visible: value.length > 0
                            objectName: "checkoutDiscount"
                            label: (controller.quote.discountLabel ?? "").length > 0
                                   //: Discount line with what it comes from, e.g. "Discount (Loyalty 10%)"
                                   ? qsTr("Discount (%1)").arg(controller.quote.discountLabel)
                                   : qsTr("Discount")
                            value: controller.quote.discountText ?? ""
                        }
                        TotalLine {
                            Layout.fillWidth: true
                            visible: value.length > 0
                            objectName: "checkoutShipping"
                            label: qsTr("Home delivery")
                            value: controller.quote.shippingText ?? ""
                        }
                        TotalLine {
                            Layout.fillWidth: true
                            objectName: "checkoutTotal"
                            label: qsTr("Total")
                            value: controller.quote.totalText ?? ""
                            strong: true
                        }
                        TotalLine {
                            Layout.fillWidth: true
                            objectName: "checkoutTax"
                            label: qsTr("Includes VAT")
                            value: controller.quote.taxText ?? ""
                            muted: true
                        }
                    }
                }
            }

            // Paying.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 9
                Layout.alignment: Qt.AlignTop
                spacing: Theme.margin

                // Card approvals found with no tender when the app started: what was done.
                Card {
                    Layout.fillWidth: true
                    visible: controller.recoveredCards.length > 0
                    objectName: "recoveredCards"

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacing

                        SectionTitle {
                            Layout.fillWidth: true
                            icon: "warning"
                            text: qsTr("Card payments found on the terminal")
                        }
                        Repeater {
                            model: controller.recoveredCards

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
                                    text: qsTr("Got it")
                                    flat: true
                                    onClicked: controller.dismissRecoveredCard(found.modelData.id)
                                }
                            }
                        }
                    }
                }

                // Paid, and the sale could not be saved: try again, never take payment again.
                Card {
                    Layout.fillWidth: true
                    visible: controller.needsSaving
                    objectName: "saveRetryPanel"

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacing

                        SectionTitle {
                            Layout.fillWidth: true
                            icon: "warning"
                            text: qsTr("Paid, not saved yet")
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Everything is paid, but the sale is not saved on this "
                                       + "tablet yet. Do not take payment again: save it now. If "
                                       + "it keeps failing, call support with order %1.")
                                  .arg(controller.saleNumber)
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                        }
                        Button {
                            Layout.alignment: Qt.AlignRight
                            objectName: "retrySaveButton"
                            text: qsTr("Save the sale")
                            icon.source: Theme.icon("refresh")
                            highlighted: true
                            onClicked: controller.retrySave()
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
                            text: qsTr("Payment")
                            trailing: page.saleNumber
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing

                            Label {
                                Layout.fillWidth: true
                                text: qsTr("To pay")
                                font.pixelSize: Theme.fontTitle
                                color: Theme.text
                            }
                            Label {
                                objectName: "remainingText"
                                text: controller.amountDueText
                                font.pixelSize: Theme.fontHeadline
                                font.weight: Font.DemiBold
                                color: Theme.text
                            }
                        }
                        TotalLine {
                            Layout.fillWidth: true
                            visible: controller.tenderLines.count > 0
                            objectName: "paidText"
                            label: qsTr("Paid so far")
                            value: controller.paidText
                            muted: true
                        }

                        Label {
                            Layout.fillWidth: true
                            text: page.saleState === "abandoning"
                                  ? qsTr("Giving the payments back. Wait for the terminal.")
                                  : qsTr("How does the customer pay?")
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
                                text: qsTr("Card")
                                icon.source: Theme.icon("card")
                                highlighted: true
                                enabled: page.canTakePayment
                                onClicked: page.openCardDialog()
                            }
                            Button {
                                Layout.fillWidth: true
                                Layout.preferredHeight: 64
                                objectName: "payCashButton"
                                text: qsTr("Cash")
                                icon.source: Theme.icon("cash")
                                highlighted: true
                                enabled: page.canTakePayment
                                onClicked: page.openCashDialog()
                            }
                            Button {
                                Layout.fillWidth: true
                                Layout.preferredHeight: 64
                                objectName: "payGiftCardButton"
                                text: qsTr("Gift card")
                                icon.source: Theme.icon("gift")
                                highlighted: true
                                enabled: page.canTakePayment
                                onClicked: page.openGiftCardDialog()
                            }
                        }
                        IconText {
                            Layout.fillWidth: true
                            visible: (controller.quote.couponProblem ?? "").length > 0
                            icon: "warning"
                            iconColor: Theme.warning
                            wrap: true
                            text: qsTr("Correct or remove the coupon to take payment.")
                        }
                        IconText {
                            Layout.fillWidth: true
                            visible: !PaymentTerminal.configured && page.canTakePayment
                            objectName: "noTerminalHint"
                            icon: "card"
                            wrap: true
                            text: qsTr("No card terminal is set up on this tablet (Settings, Card "
                                       + "terminal).")
                        }

                        // The tenders taken so far.
                        Repeater {
                            model: controller.tenderLines

                            delegate: RowLayout {
                                id: tender

                                required property var model

                                Layout.fillWidth: true
                                Layout.minimumHeight: Theme.touchTarget
                                objectName: "tender_" + tender.model.kind
                                spacing: 12

                                Icon {
                                    name: page.tenderIcon(tender.model.kind)
                                    size: 24
                                    color: page.tenderColor(tender.model.state)
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
                                        color: page.tenderColor(tender.model.state)
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
                                    Accessible.name: qsTr("Remove this payment")
                                    onClicked: controller.removeTender(tender.model.id)
                                }
                            }
                        }
                    }
                }

                Button {
                    Layout.alignment: Qt.AlignLeft
                    visible: page.saleState === "open"
                    objectName: "abandonSaleButton"
                    text: qsTr("Abandon sale")
                    icon.source: Theme.icon("close")
                    flat: true
                    enabled: !controller.cardInProgress
                    Material.foreground: Theme.error
                    onClicked: page.confirmAbandon()
                }
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

            Card {
                Layout.fillWidth: true
                objectName: "saleDone"

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 12

                    Icon {
                        Layout.alignment: Qt.AlignHCenter
                        name: page.saleState === "completed" ? "check" : "close"
                        size: 56
                        color: page.saleState === "completed" ? Theme.ok : Theme.muted
                    }
                    Label {
                        Layout.fillWidth: true
                        objectName: "saleDoneTitle"
                        horizontalAlignment: Text.AlignHCenter
                        text: page.saleState === "completed" ? qsTr("Paid") : qsTr("Sale abandoned")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontHeadline
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: page.saleState === "completed"
                        objectName: "saleDoneNumber"
                        horizontalAlignment: Text.AlignHCenter
                        //: After payment; %1 is the order number to read out
                        text: qsTr("Order %1").arg(controller.saleNumber)
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                        color: Theme.accent
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: page.saleState === "completed"
                              ? qsTr("Give the customer this number; it is also on the receipt.")
                              : qsTr("Nothing was charged: what was paid has been given back.")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.muted
                    }
                    // Abandoned: a tender not given back is for the associate to sort out.
                    Repeater {
                        model: page.saleState === "abandoned" ? controller.tenderLines : 0

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
                        visible: page.saleState === "completed"
                        implicitHeight: 1
                        color: Theme.divider
                    }
                    SectionTitle {
                        Layout.fillWidth: true
                        visible: page.saleState === "completed"
                        icon: "receipt"
                        text: qsTr("Receipt")
                    }
                    IconText {
                        Layout.fillWidth: true
                        visible: page.saleState === "completed"
                        objectName: "receiptHint"
                        icon: controller.canEmailReceipt ? "channel/email" : "receipt"
                        fontSize: Theme.fontBody
                        wrap: true
                        text: controller.canEmailReceipt
                              ? qsTr("The customer agreed to emails: you can send the receipt.")
                              : page.anonymous
                                ? qsTr("Print the receipt or show it on the screen.")
                                : qsTr("The customer has not agreed to emails: print the receipt "
                                       + "or show it on the screen.")
                    }
                    Flow {
                        Layout.fillWidth: true
                        visible: page.saleState === "completed"
                        spacing: Theme.spacing

                        Button {
                            visible: controller.canEmailReceipt
                            objectName: "emailReceiptButton"
                            text: qsTr("Email receipt")
                            icon.source: Theme.icon("channel/email")
                            onClicked: controller.emailReceipt()
                        }
                        Button {
                            objectName: "openReceiptButton"
                            text: qsTr("Open receipt")
                            icon.source: Theme.icon("receipt")
                            enabled: controller.receiptPath.length > 0
                            onClicked: page.openReceipt()
                        }
                    }
                    Button {
                        Layout.alignment: Qt.AlignHCenter
                        Layout.topMargin: Theme.spacing
                        Layout.preferredHeight: 56
                        objectName: "newSaleButton"
                        text: qsTr("New sale")
                        icon.source: Theme.icon("plus")
                        highlighted: true
                        onClicked: page.newSale()
                    }
                }
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
