// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App
import Clienteling.Models
import Clienteling.Sync

// The customer online: the cart they share across web, app and store first, as the strongest
// sign of what they came for, with what they carry out and what is sent home together, the
// totals (from C++) and "Place order"; then their wishlist; then what they browsed lately, the
// longest list, last.
Flickable {
    id: root

    required property CustomerProfile profile
    readonly property CheckoutController checkout: checkoutController

    /** Find a product for this customer. */
    signal productsRequested()
    signal orderPlaced(string orderId, string number)
    /** Take payment for the cart now. */
    signal checkoutRequested()
    signal failed(string message)

    function placeOrder(): bool {
        return checkoutController.placeOrder()
    }

    objectName: "onlineSection"
    contentHeight: column.implicitHeight
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    ScrollIndicator.vertical: ScrollIndicator {}

    CheckoutController {
        id: checkoutController
        customerId: root.profile.customerId
        store: LocalStore
        session: Session
        terminal: PaymentTerminal
        drawer: CashDrawer
        sync: SyncEngine
        receiptLanguage: LanguageController.language
        onOrderPlaced: (orderId, number) => root.orderPlaced(orderId, number)
        onFailed: (message) => root.failed(message)
    }

    ColumnLayout {
        id: column
        width: root.width
        spacing: Theme.margin

        Card {
            Layout.fillWidth: true

            ColumnLayout {
                anchors.fill: parent
                spacing: 0

                ProductList {
                    Layout.fillWidth: true
                    objectName: "cartList"
                    products: root.profile.cart
                    icon: "cart"
                    title: qsTr("Cart")
                    trailing: root.profile.cart.count > 0
                              ? qsTr("%n item(s)", "", root.profile.cart.count) : ""
                    emptyText: qsTr("Nothing in the cart.")
                }
                Rectangle {
                    Layout.fillWidth: true
                    visible: root.profile.cart.count > 0
                    implicitHeight: 1
                    color: Theme.divider
                }
                // The totals CheckoutController works out: items, delivery, VAT included.
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    visible: root.profile.cart.count > 0
                    spacing: 6

                    TotalLine {
                        Layout.fillWidth: true
                        label: qsTr("Items")
                        value: checkoutController.quote.subtotalText ?? ""
                    }
                    TotalLine {
                        Layout.fillWidth: true
                        visible: value.length > 0
                        label: qsTr("Discount")
                        value: checkoutController.quote.discountText ?? ""
                    }
                    TotalLine {
                        Layout.fillWidth: true
                        visible: value.length > 0
                        objectName: "cartShipping"
                        label: qsTr("Home delivery")
                        value: checkoutController.quote.shippingText ?? ""
                    }
                    TotalLine {
                        Layout.fillWidth: true
                        objectName: "cartTotal"
                        label: qsTr("Total")
                        value: checkoutController.quote.totalText ?? ""
                        strong: true
                    }
                    TotalLine {
                        Layout.fillWidth: true
                        label: qsTr("Includes VAT")
                        value: checkoutController.quote.taxText ?? ""
                        muted: true
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    Layout.topMargin: 12
                    spacing: Theme.spacing

                    Button {
                        visible: root.profile.cart.count > 0
                        objectName: "takePaymentButton"
                        text: qsTr("Take payment")
                        icon.source: Theme.icon("card")
                        highlighted: true
                        enabled: checkoutController.canPlace
                        onClicked: root.checkoutRequested()
                    }
                    Button {
                        visible: root.profile.cart.count > 0
                        objectName: "placeOrderButton"
                        text: qsTr("Place order")
                        icon.source: Theme.icon("receipt")
                        enabled: checkoutController.canPlace
                        onClicked: root.placeOrder()
                    }
                    Button {
                        objectName: "findProductButton"
                        text: qsTr("Find a product")
                        icon.source: Theme.icon("search")
                        flat: root.profile.cart.count > 0
                        onClicked: root.productsRequested()
                    }
                }
                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                    visible: root.profile.cart.count > 0
                    text: qsTr("Take payment to sell it now. Place order to have it paid "
                               + "later: it shows as not paid until payment is taken.")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                }
            }
        }
        Card {
            Layout.fillWidth: true

            ProductList {
                anchors.fill: parent
                objectName: "wishlistList"
                products: root.profile.wishlist
                icon: "heart"
                title: qsTr("Wishlist")
                trailing: root.profile.wishlist.count > 0
                          ? qsTr("%n item(s)", "", root.profile.wishlist.count) : ""
                emptyText: qsTr("The wishlist is empty.")
            }
        }
        Card {
            Layout.fillWidth: true

            ProductList {
                anchors.fill: parent
                objectName: "recentlyViewedList"
                products: root.profile.recentlyViewed
                icon: "eye"
                title: qsTr("Browsed online")
                emptyText: qsTr("Nothing viewed on the website or app lately.")
            }
        }
    }
}
