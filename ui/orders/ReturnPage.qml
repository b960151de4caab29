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

// A return at the counter, of a store or a web order: how many of each line come back, whether
// they go back on sale, and where the money goes (the card the order was paid with, a new gift
// card, or cash within the limit). Amounts are worked out in C++; a new gift card's number is
// shown once, to hand to the customer.
Page {
    id: page

    property string orderId
    readonly property ReturnsController returns: controller
    readonly property bool twoColumns: width > height && width >= 960
    /** The last refund done here, as the controller put it. */
    property string resultText
    /** A new gift card's number, shown until the next return. */
    property string giftCardNumber

    function setQuantity(lineId: string, quantity: int) {
        controller.setQuantity(lineId, quantity)
    }
    function refundToCard() {
        resultText = ""
        giftCardNumber = ""
        controller.refundToCard()
    }
    function refundToGiftCard() {
        resultText = ""
        giftCardNumber = ""
        controller.refundToGiftCard()
    }
    function refundCash() {
        resultText = ""
        giftCardNumber = ""
        controller.refundCash()
    }

    objectName: "returnPage"
    //: Page title; %1 is the order number
    title: qsTr("Return from %1").arg(controller.orderNumber)
    padding: 0

    background: Rectangle {
        color: Theme.background
    }

    ReturnsController {
        id: controller
        store: LocalStore
        session: Session
        terminal: PaymentTerminal
        drawer: CashDrawer
        sync: SyncEngine
        orderId: page.orderId
        onRefunded: (text) => page.resultText = text
        onGiftCardIssued: (number) => page.giftCardNumber = number
        onFailed: (message) => banner.show(message)
    }

    Flickable {
        id: flickable
        anchors.fill: parent
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

            // What comes back.
            Card {
                Layout.fillWidth: true
                Layout.preferredWidth: 11
                Layout.alignment: Qt.AlignTop
                objectName: "returnLines"

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 0

                    SectionTitle {
                        Layout.fillWidth: true
                        Layout.bottomMargin: 4
                        icon: "return"
                        text: qsTr("What comes back")
                        trailing: controller.orderNumber
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.bottomMargin: Theme.spacing
                        text: qsTr("Choose how many of each item the customer brings back.")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                    }
                    Repeater {
                        model: controller.lines

                        delegate: RowLayout {
                            id: line

                            required property int index
                            required property var modelData

                            Layout.fillWidth: true
                            Layout.minimumHeight: Theme.touchTarget + 16
                            objectName: "returnLine_" + index
                            spacing: 12

                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 2

                                Label {
                                    Layout.fillWidth: true
                                    text: line.modelData.name
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontBody
                                    font.weight: Font.DemiBold
                                    color: line.modelData.returnable > 0 ? Theme.text : Theme.muted
                                }
                                Label {
                                    Layout.fillWidth: true
                                    // Colour and size; a scarf has no size.
                                    text: String(line.modelData.detail ?? "").split(" · ")
                                          .filter(part => part.length > 0).join(" · ")
                                    visible: text.length > 0
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.muted
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: line.modelData.returnable > 0
                                          //: %1 bought, %2 can still come back
                                          ? qsTr("Bought %1, %2 can be returned")
                                            .arg(line.modelData.bought)
                                            .arg(line.modelData.returnable)
                                          : qsTr("Already returned")
                                    wrapMode: Text.Wrap
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.muted
                                }
                            }
                            // A stepper: one tap per item, 48 px targets.
                            RowLayout {
                                visible: line.modelData.returnable > 0
                                spacing: 0

                                RoundButton {
                                    objectName: "returnLess"
                                    implicitWidth: Theme.touchTarget
                                    implicitHeight: Theme.touchTarget
                                    text: "−"
                                    font.pixelSize: Theme.fontTitle
                                    flat: true
                                    enabled: line.modelData.quantity > 0 && !controller.busy
                                    Accessible.name: qsTr("One less")
                                    onClicked: page.setQuantity(line.modelData.lineId,
                                                                line.modelData.quantity - 1)
                                }
                                Label {
                                    objectName: "returnQuantity"
                                    Layout.minimumWidth: 32
                                    horizontalAlignment: Text.AlignHCenter
                                    text: line.modelData.quantity
                                    font.pixelSize: Theme.fontTitle
                                    color: Theme.text
                                }
                                RoundButton {
                                    objectName: "returnMore"
                                    implicitWidth: Theme.touchTarget
                                    implicitHeight: Theme.touchTarget
                                    text: "+"
                                    font.pixelSize: Theme.fontTitle
                                    flat: true
                                    enabled: line.modelData.quantity < line.modelData.returnable
                                             && !controller.busy
                                    Accessible.name: qsTr("One more")
                                    onClicked: page.setQuantity(line.modelData.lineId,
                                                                line.modelData.quantity + 1)
                                }
                            }
                            Label {
                                Layout.minimumWidth: 80
                                horizontalAlignment: Text.AlignRight
                                text: line.modelData.amountText
                                font.pixelSize: Theme.fontBody
                                color: line.modelData.quantity > 0 ? Theme.text : Theme.muted
                            }
                        }
                    }
                    SwitchDelegate {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacing
                        objectName: "restockSwitch"
                        leftPadding: 0
                        text: qsTr("Put back on sale (the items are in good condition)")
                        font.pixelSize: Theme.fontBody
                        checked: controller.restock
                        enabled: !controller.busy
                        onToggled: controller.restock = checked
                    }
                }
            }

            // The money.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 8
                Layout.alignment: Qt.AlignTop
                spacing: Theme.margin

                Card {
                    Layout.fillWidth: true
                    objectName: "returnRefund"

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 12

                        SectionTitle {
                            Layout.fillWidth: true
                            icon: "receipt"
                            text: qsTr("Refund")
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing

                            Label {
                                Layout.fillWidth: true
                                text: qsTr("To refund")
                                font.pixelSize: Theme.fontTitle
                                color: Theme.text
                            }
                            Label {
                                objectName: "refundText"
                                text: controller.refundText
                                font.pixelSize: Theme.fontHeadline
                                font.weight: Font.DemiBold
                                color: Theme.text
                            }
                        }
                        Button {
                            Layout.fillWidth: true
                            Layout.preferredHeight: 56
                            objectName: "refundToCardButton"
                            text: controller.originalCardText.length > 0
                                  //: %1 is the card, e.g. "MC •••• 0010"
                                  ? qsTr("Refund to card %1").arg(controller.originalCardText)
                                  : qsTr("Refund to a card")
                            icon.source: Theme.icon("card")
                            highlighted: true
                            enabled: controller.refundMinor > 0 && !controller.busy
                            onClicked: page.refundToCard()
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: controller.originalCardText.length === 0
                            text: qsTr("Not paid by card on this tablet: the customer presents "
                                       + "a card on the terminal.")
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                        Button {
                            Layout.fillWidth: true
                            Layout.preferredHeight: 56
                            objectName: "refundToGiftCardButton"
                            text: qsTr("Refund to a new gift card")
                            icon.source: Theme.icon("gift")
                            enabled: controller.refundMinor > 0 && !controller.busy
                            onClicked: page.refundToGiftCard()
                        }
                        Button {
                            Layout.fillWidth: true
                            Layout.preferredHeight: 56
                            visible: controller.canRefundCash
                            objectName: "refundCashButton"
                            text: qsTr("Refund in cash")
                            icon.source: Theme.icon("cash")
                            enabled: controller.refundMinor > 0 && !controller.busy
                            onClicked: page.refundCash()
                        }
                        IconText {
                            Layout.fillWidth: true
                            visible: !controller.canRefundCash
                            objectName: "cashLimitNote"
                            icon: "cash"
                            wrap: true
                            text: controller.refundMinor > 0
                                  //: %1 is the most that may be refunded in cash
                                  ? qsTr("Cash refunds only up to %1, with your cash drawer "
                                         + "open.").arg(controller.cashLimitText)
                                  : qsTr("Cash refunds up to %1.").arg(controller.cashLimitText)
                        }

                        // The terminal at work.
                        RowLayout {
                            Layout.fillWidth: true
                            visible: controller.busy
                            spacing: 12

                            BusyIndicator {
                                implicitWidth: Theme.touchTarget
                                implicitHeight: Theme.touchTarget
                                running: controller.busy
                            }
                            Label {
                                Layout.fillWidth: true
                                objectName: "returnStatus"
                                text: controller.statusText
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.fontBody
                                color: Theme.text
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: !controller.busy && controller.statusText.length > 0
                                     && page.resultText.length === 0
                            text: controller.statusText
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontBody
                            color: Theme.muted
                        }
                    }
                }

                // Done: what was refunded, and a new gift card's number, once.
                Rectangle {
                    Layout.fillWidth: true
                    visible: page.resultText.length > 0
                    objectName: "returnResult"
                    implicitHeight: result.implicitHeight + 2 * Theme.margin
                    radius: Theme.radius
                    color: Qt.rgba(Theme.ok.r, Theme.ok.g, Theme.ok.b, 0.1)
                    border.color: Theme.ok

                    ColumnLayout {
                        id: result
                        anchors.fill: parent
                        anchors.margins: Theme.margin
                        spacing: Theme.spacing

                        IconText {
                            Layout.fillWidth: true
                            objectName: "returnResultText"
                            icon: "check"
                            iconColor: Theme.ok
                            fontSize: Theme.fontTitle
                            wrap: true
                            text: page.resultText
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: page.giftCardNumber.length > 0
                            text: qsTr("New gift card number")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: page.giftCardNumber.length > 0
                            objectName: "newGiftCardNumber"
                            text: page.giftCardNumber
                            horizontalAlignment: Text.AlignHCenter
                            font.pixelSize: Theme.fontHeadline + 4
                            font.weight: Font.DemiBold
                            font.family: "DejaVu Sans Mono"
                            color: Theme.text
                        }
                        IconText {
                            Layout.fillWidth: true
                            visible: page.giftCardNumber.length > 0
                            icon: "warning"
                            iconColor: Theme.warning
                            fontSize: Theme.fontBody
                            wrap: true
                            text: qsTr("Write this number on a gift card and hand it to the "
                                       + "customer now: it is shown only once and cannot be "
                                       + "looked up again.")
                        }
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
