// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Models

// A list of orders (a customer's, the pick-up queue, those needing attention), loading more as
// it scrolls, with what to say when there are none.
Item {
    id: root

    required property OrderListModel orders
    property bool showCustomer: true
    property string emptyIcon: "receipt"
    property string emptyTitle
    property string emptyHint
    readonly property alias count: list.count
    readonly property alias view: list

    signal orderChosen(string orderId)

    ListView {
        id: list
        anchors.fill: parent
        model: root.orders
        spacing: Theme.spacing
        bottomMargin: Theme.margin
        clip: true
        reuseItems: true
        visible: count > 0

        delegate: OrderRow {
            width: ListView.view.width
            showCustomer: root.showCustomer
            onClicked: root.orderChosen(orderId)
        }

        ScrollIndicator.vertical: ScrollIndicator {}
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 440)
        visible: list.count === 0
        icon: root.orders.errorString.length > 0 ? "warning" : root.emptyIcon
        tint: root.orders.errorString.length > 0 ? Theme.error : Theme.muted
        title: root.orders.errorString.length > 0 ? root.orders.errorString : root.emptyTitle
        hint: root.emptyHint
    }
}
