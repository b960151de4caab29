// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App

// The checkout's left half: what is sold (the cart, or a quick sale's items with a field to scan
// or type more) and what it costs (the coupon, then the totals CheckoutController works out).
ColumnLayout {
    id: root

    required property CheckoutController checkout
    /** A quick sale without a customer: items are added here. */
    property bool anonymous
    readonly property string saleState: checkout.saleState

    /** Quick sale: one more of a product (a scan or a typed SKU). */
    function addItem(sku: string): bool {
        const code = sku.trim()
        if (code.length === 0 || saleState !== "none")
            return false
        if (!checkout.addItem(code))
            return false
        skuField.text = ""
        return true
    }
    function applyCoupon(code: string) {
        checkout.couponCode = code.trim()
    }
    /** A new sale starts with no coupon typed. */
    function clearCoupon() {
        couponField.text = ""
    }

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
                icon: root.anonymous ? "tag" : "cart"
                text: root.anonymous ? qsTranslate("CheckoutPage", "Items")
                                     : qsTranslate("CheckoutPage", "Cart")
                trailing: qsTranslate("CheckoutPage", "%n item(s)", "",
                                      root.checkout.quote.lineCount ?? 0)
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                Layout.bottomMargin: Theme.spacing
                visible: (root.checkout.quote.lineCount ?? 0) === 0
                objectName: "checkoutEmpty"
                text: root.anonymous
                      ? qsTranslate("CheckoutPage", "Scan or type the items the customer takes.")
                      : qsTranslate("CheckoutPage",
                                    "The cart is empty: add products for the customer first.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.muted
            }
            Repeater {
                model: root.checkout.quoteLines

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
                        text: qsTranslate("CheckoutPage", "× %1").arg(line.model.quantityText)
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
                        visible: root.anonymous && root.saleState === "none"
                        objectName: "removeItem_" + line.index
                        icon.source: Theme.icon("close")
                        Accessible.name: qsTranslate("CheckoutPage", "Remove %1")
                                         .arg(line.model.name)
                        onClicked: root.checkout.removeItem(line.index)
                    }
                }
            }
            // Quick sale: scan a label or type the SKU.
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: root.anonymous && root.saleState === "none"
                spacing: Theme.spacing

                TextField {
                    id: skuField
                    Layout.fillWidth: true
                    objectName: "checkoutSkuField"
                    placeholderText: qsTranslate("CheckoutPage", "Scan or type a SKU")
                    inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTranslate("CheckoutPage", "Product SKU")
                    onAccepted: root.addItem(text)
                }
                Button {
                    objectName: "checkoutAddItem"
                    text: qsTranslate("CheckoutPage", "Add")
                    icon.source: Theme.icon("plus")
                    enabled: skuField.text.trim().length > 0
                    onClicked: root.addItem(skuField.text)
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
                text: qsTranslate("CheckoutPage", "Totals")
            }
            Label {
                Layout.fillWidth: true
                text: qsTranslate("CheckoutPage", "Coupon code")
                font.pixelSize: Theme.fontSmall
                color: (root.checkout.quote.couponProblem ?? "").length > 0 ? Theme.error
                                                                         : Theme.muted
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                TextField {
                    id: couponField
                    Layout.fillWidth: true
                    objectName: "couponField"
                    text: root.checkout.couponCode
                    enabled: root.saleState === "none"
                    placeholderText: qsTranslate("CheckoutPage", "e.g. WELCOME10")
                    inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTranslate("CheckoutPage", "Coupon code")
                    Material.accent: (root.checkout.quote.couponProblem ?? "").length > 0
                                     ? Theme.error : Theme.accent
                    onAccepted: root.applyCoupon(text)
                }
                Button {
                    visible: root.saleState === "none"
                    objectName: "applyCoupon"
                    text: qsTranslate("CheckoutPage", "Apply")
                    enabled: couponField.text.trim() !== root.checkout.couponCode
                    onClicked: root.applyCoupon(couponField.text)
                }
                Button {
                    visible: root.saleState === "none"
                             && root.checkout.couponCode.length > 0
                             && couponField.text.trim() === root.checkout.couponCode
                    objectName: "removeCoupon"
                    text: qsTranslate("CheckoutPage", "Remove")
                    flat: true
                    onClicked: {
                        couponField.text = ""
                        root.applyCoupon("")
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
                text: root.checkout.quote.couponProblem ?? ""
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
                label: qsTranslate("CheckoutPage", "Items")
                value: root.checkout.quote.subtotalText ?? ""
            }
            TotalLine {
                Layout.fillWidth: true
                visible: value.length > 0
                objectName: "checkoutDiscount"
                label: (root.checkout.quote.discountLabel ?? "").length > 0
                       //: Discount line with what it comes from, e.g. "Discount (Loyalty 10%)"
                       ? qsTranslate("CheckoutPage", "Discount (%1)")
                             .arg(root.checkout.quote.discountLabel)
                       : qsTranslate("CheckoutPage", "Discount")
                value: root.checkout.quote.discountText ?? ""
            }
            TotalLine {
                Layout.fillWidth: true
                visible: value.length > 0
                objectName: "checkoutShipping"
                label: qsTranslate("CheckoutPage", "Home delivery")
                value: root.checkout.quote.shippingText ?? ""
            }
            TotalLine {
                Layout.fillWidth: true
                objectName: "checkoutTotal"
                label: qsTranslate("CheckoutPage", "Total")
                value: root.checkout.quote.totalText ?? ""
                strong: true
            }
            TotalLine {
                Layout.fillWidth: true
                objectName: "checkoutTax"
                label: qsTranslate("CheckoutPage", "Includes VAT")
                value: root.checkout.quote.taxText ?? ""
                muted: true
            }
        }
    }
}
