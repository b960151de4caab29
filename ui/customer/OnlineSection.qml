// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Models

// The customer online: the cart they share across web, app and store (with its total, from
// C++) first, as the strongest sign of what they came for; then their wishlist; then what they
// browsed lately, the longest list, last.
Flickable {
    id: root

    required property CustomerProfile profile

    objectName: "onlineSection"
    contentHeight: column.implicitHeight
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    ScrollIndicator.vertical: ScrollIndicator {}

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
                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    visible: root.profile.cart.count > 0

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Cart total")
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Label {
                        objectName: "cartTotal"
                        text: root.profile.cart.totalText
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
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
