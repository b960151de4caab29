// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Models

// The customer's orders in every channel, newest first; one tap opens an order.
Item {
    id: root

    required property string customerId
    readonly property OrderListModel orders: orderModel

    signal orderChosen(string orderId)

    objectName: "ordersSection"

    OrderListModel {
        id: orderModel
        store: LocalStore
        scope: OrderListModel.Customer
        customerId: root.customerId
    }

    OrderList {
        anchors.fill: parent
        objectName: "customerOrderList"
        orders: orderModel
        showCustomer: false
        emptyTitle: qsTr("No orders yet")
        emptyHint: qsTr("Orders from the store, the website and the app appear here.")
        onOrderChosen: (orderId) => root.orderChosen(orderId)
    }
}
