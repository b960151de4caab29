// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Models

// One order: its status and whom it is for, how it reaches them, each line with its source and
// status (lines without stock offer their alternatives), the totals and whether it is paid,
// and its history with the carriers' tracking. A pick-up here can be marked ready and handed
// over once the collector proved it is theirs.
Page {
    id: page

    property string orderId
    /** Set when the associate just placed this order: say so at the top. */
    property string placedNumber
    readonly property bool twoColumns: width > height && width >= 960
    readonly property OrderDetail detail: order

    signal customerOpenRequested(string customerId)
    /** The customer brings items of this order back. */
    signal returnRequested(string orderId)

    function markReady() {
        if (order.markReady())
            banner.confirm(qsTr("Marked ready. The customer is told it can be collected."), "")
    }
    function handOver() {
        handOverDialog.start()
    }
    function reallocate(lineId: string, locationId: string, name: string) {
        if (order.reallocate(lineId, locationId))
            //: %1 is a store or the warehouse
            banner.confirm(qsTr("The line now comes from %1.").arg(name), "")
    }
    function confirmCancel(lineId: string, productName: string) {
        cancelDialog.lineId = lineId
        cancelDialog.productName = productName
        cancelDialog.open()
    }

    objectName: "orderPage"
    title: order.found ? qsTr("Order %1").arg(order.number) : qsTr("Order")
    padding: 0

    background: Rectangle {
        color: Theme.background
    }

    OrderDetail {
        id: order
        store: LocalStore
        orderId: page.orderId
        onFailed: (message) => {
            if (!handOverDialog.opened)
                banner.show(message)
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 520)
        visible: !order.found
        objectName: "orderNotFound"
        icon: "warning"
        tint: Theme.warning
        title: order.errorString.length > 0 ? order.errorString : qsTr("No order chosen")
        hint: qsTr("Go back and choose another order.")
    }

    Flickable {
        id: flickable
        anchors.fill: parent
        visible: order.found
        contentHeight: grid.implicitHeight + 2 * Theme.margin
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

            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 11
                Layout.alignment: Qt.AlignTop
                spacing: Theme.margin

                // Just placed: the number to read out, and that it is not paid yet.
                Rectangle {
                    Layout.fillWidth: true
                    visible: page.placedNumber.length > 0
                    objectName: "orderPlacedNotice"
                    implicitHeight: placed.implicitHeight + 2 * Theme.margin
                    radius: Theme.radius
                    color: Qt.rgba(Theme.ok.r, Theme.ok.g, Theme.ok.b, 0.1)
                    border.color: Theme.ok

                    RowLayout {
                        id: placed
                        anchors.fill: parent
                        anchors.margins: Theme.margin
                        spacing: 12

                        Icon {
                            Layout.alignment: Qt.AlignTop
                            name: "check"
                            size: 28
                            color: Theme.ok
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 4

                            Label {
                                Layout.fillWidth: true
                                objectName: "orderPlacedNumber"
                                //: Right after placing an order; %1 is its number
                                text: qsTr("Order %1 placed").arg(page.placedNumber)
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.fontTitle
                                font.weight: Font.DemiBold
                                color: Theme.text
                            }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("Give the customer this number. Payment is taken "
                                           + "separately: the order shows as not paid until then.")
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.fontBody
                                color: Theme.text
                            }
                        }
                    }
                }

                // Status, whom it is for, how it reaches them, what to do.
                Card {
                    Layout.fillWidth: true
                    objectName: "orderSummary"

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 12

                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing

                            Label {
                                Layout.fillWidth: true
                                objectName: "orderNumber"
                                text: order.number
                                elide: Text.ElideRight
                                font.pixelSize: Theme.fontHeadline
                                color: Theme.text
                            }
                            Chip {
                                objectName: "orderStatus"
                                text: order.statusLabel
                                tint: Theme.statusColor(order.status)
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            text: [order.channelLabel, order.createdText]
                                  .filter(part => part.length > 0).join(" · ")
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                        ItemDelegate {
                            Layout.fillWidth: true
                            visible: order.customerName.length > 0
                            objectName: "orderCustomer"
                            leftPadding: 0
                            rightPadding: 0
                            text: order.customerName
                            enabled: order.customerId.length > 0
                            Accessible.name: qsTr("Open %1").arg(order.customerName)
                            onClicked: page.customerOpenRequested(order.customerId)

                            contentItem: RowLayout {
                                spacing: Theme.spacing

                                Icon {
                                    name: "person"
                                    size: 20
                                    color: Theme.accent
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: order.customerName
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontBody + 1
                                    font.weight: Font.DemiBold
                                    color: Theme.text
                                }
                                Icon {
                                    name: "chevron_right"
                                    size: 20
                                    color: Theme.muted
                                }
                            }
                        }
                        IconText {
                            Layout.fillWidth: true
                            visible: order.deliveryText.length > 0
                            objectName: "orderDelivery"
                            icon: "truck"
                            wrap: true
                            fontSize: Theme.fontBody
                            text: order.deliveryText
                        }
                        IconText {
                            Layout.fillWidth: true
                            visible: order.pickupText.length > 0
                            objectName: "orderPickup"
                            icon: "store"
                            wrap: true
                            fontSize: Theme.fontBody
                            text: order.pickupText
                        }
                        Flow {
                            Layout.fillWidth: true
                            visible: order.canMarkReady || order.canHandOver
                            spacing: Theme.spacing

                            Button {
                                visible: order.canMarkReady
                                objectName: "markReadyButton"
                                text: qsTr("Mark ready for pickup")
                                icon.source: Theme.icon("package")
                                highlighted: true
                                onClicked: page.markReady()
                            }
                            Button {
                                visible: order.canHandOver
                                objectName: "handOverButton"
                                text: qsTr("Hand over")
                                icon.source: Theme.icon("check")
                                highlighted: true
                                onClicked: page.handOver()
                            }
                        }
                    }
                }

                // The lines.
                Card {
                    Layout.fillWidth: true
                    objectName: "orderLines"

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 0

                        SectionTitle {
                            Layout.fillWidth: true
                            Layout.bottomMargin: 4
                            icon: "tag"
                            text: qsTr("Items")
                            trailing: qsTr("%n line(s)", "", order.lines.length)
                        }
                        Repeater {
                            model: order.lines

                            delegate: OrderLineRow {
                                Layout.fillWidth: true
                                onReallocateRequested: (lineId, locationId, name) =>
                                                       page.reallocate(lineId, locationId, name)
                                onCancelRequested: (lineId, productName) =>
                                                   page.confirmCancel(lineId, productName)
                            }
                        }
                        Button {
                            Layout.topMargin: Theme.spacing
                            objectName: "returnItemsButton"
                            text: qsTr("Return items")
                            icon.source: Theme.icon("return")
                            onClicked: page.returnRequested(page.orderId)
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 8
                Layout.alignment: Qt.AlignTop
                spacing: Theme.margin

                // What it costs and whether it is paid; amounts from C++.
                Card {
                    Layout.fillWidth: true
                    objectName: "orderTotals"

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 6

                        SectionTitle {
                            Layout.fillWidth: true
                            Layout.bottomMargin: 4
                            icon: "receipt"
                            text: qsTr("Totals")
                        }
                        TotalLine {
                            Layout.fillWidth: true
                            label: qsTr("Items")
                            value: order.totals.subtotalText ?? ""
                        }
                        TotalLine {
                            Layout.fillWidth: true
                            visible: value.length > 0
                            label: qsTr("Discount")
                            value: order.totals.discountText ?? ""
                        }
                        TotalLine {
                            Layout.fillWidth: true
                            visible: value.length > 0
                            label: qsTr("Delivery")
                            value: order.totals.shippingText ?? ""
                        }
                        TotalLine {
                            Layout.fillWidth: true
                            objectName: "orderTotal"
                            label: qsTr("Total")
                            value: order.totals.totalText ?? ""
                            strong: true
                        }
                        TotalLine {
                            Layout.fillWidth: true
                            label: qsTr("Includes VAT")
                            value: order.totals.taxText ?? ""
                            muted: true
                        }
                        Chip {
                            Layout.topMargin: 4
                            visible: text.length > 0
                            objectName: "orderPayment"
                            text: order.totals.paymentText ?? ""
                            icon: "card"
                            // OrderDetail says it in words only: one colour for paid or not.
                            tint: "#1565c0"
                        }
                    }
                }

                // What happened, with tracking.
                Card {
                    Layout.fillWidth: true
                    objectName: "orderHistory"

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 0

                        SectionTitle {
                            Layout.fillWidth: true
                            Layout.bottomMargin: 4
                            icon: "clock"
                            text: qsTr("History")
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: order.history.length === 0
                            text: qsTr("No history yet.")
                            font.pixelSize: Theme.fontBody
                            color: Theme.muted
                        }
                        Repeater {
                            model: order.history

                            delegate: RowLayout {
                                id: entry

                                required property int index
                                required property var modelData

                                Layout.fillWidth: true
                                Layout.topMargin: 6
                                Layout.bottomMargin: 6
                                spacing: 12

                                // A dot on a line, the newest last.
                                Item {
                                    Layout.fillHeight: true
                                    implicitWidth: 14

                                    Rectangle {
                                        x: 6
                                        width: 2
                                        y: entry.index > 0 ? -6 : 7
                                        height: entry.index < order.history.length - 1
                                                ? parent.height + 12 - y : 7
                                        color: Theme.divider
                                    }
                                    Rectangle {
                                        y: 3
                                        width: 14
                                        height: 14
                                        radius: 7
                                        color: Theme.statusColor(entry.modelData.status)
                                    }
                                }
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 2

                                    Label {
                                        Layout.fillWidth: true
                                        text: entry.modelData.statusLabel
                                        elide: Text.ElideRight
                                        font.pixelSize: Theme.fontBody
                                        font.weight: Font.DemiBold
                                        color: Theme.text
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        visible: text.length > 0
                                        text: entry.modelData.carrierText ?? ""
                                        wrapMode: Text.Wrap
                                        font.pixelSize: Theme.fontSmall
                                        color: Theme.text
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        text: entry.modelData.whenText
                                        font.pixelSize: Theme.fontSmall
                                        color: Theme.muted
                                    }
                                    IconText {
                                        Layout.fillWidth: true
                                        visible: entry.modelData.trackingText.length > 0
                                        objectName: "trackingText"
                                        icon: "truck"
                                        text: entry.modelData.trackingText
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    HandOverDialog {
        id: handOverDialog
        parent: Overlay.overlay
        order: order
        onHandedOver: banner.confirm(qsTr("Handed over. Order %1 is collected.").arg(order.number),
                                     "")
    }

    Dialog {
        id: cancelDialog

        property string lineId
        property string productName

        objectName: "cancelLineDialog"
        parent: Overlay.overlay
        modal: true
        title: qsTr("Cancel this line?")
        x: (parent.width - width) / 2
        y: (parent.height - height) / 2
        width: Math.min(parent.width - 2 * Theme.margin, 480)

        Label {
            anchors.fill: parent
            //: %1 is the product
            text: qsTr("%1 will not be sent to the customer. This cannot be undone.")
                  .arg(cancelDialog.productName)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }

        footer: DialogButtonBox {
            Button {
                text: qsTr("Keep it")
                flat: true
                onClicked: cancelDialog.close()
            }
            Button {
                objectName: "confirmCancelLine"
                text: qsTr("Cancel the line")
                flat: true
                Material.foreground: Theme.error
                onClicked: {
                    cancelDialog.close()
                    order.cancelLine(cancelDialog.lineId)
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
