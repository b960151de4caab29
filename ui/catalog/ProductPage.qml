// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App
import Clienteling.Models
import Clienteling.Sync

// One product: what it is and costs, its colours, a size grid that says what this store has,
// and for the chosen size, stock everywhere (live, or the offline copy with its age). Then what
// to do for the customer being served: order it for home delivery when the store has none,
// reserve it in a store, or ask for a transfer here.
Page {
    id: page

    property string styleId
    /** Open on this variant (a scan), else the associate picks colour and size. */
    property string initialSku
    /** The customer being served, if any. */
    property string customerId
    property string customerName
    /** The customer is one step back (the product was opened from their screen). */
    property bool cameFromCustomer: false
    readonly property bool twoColumns: width > height && width >= 960
    readonly property ProductDetail detail: product
    readonly property EndlessAisle endlessAisle: aisle
    readonly property bool hasSize: product.sku.length > 0
    readonly property bool availableHere: hasSize && aisle.stock.availableHere > 0

    signal customerOpenRequested(string customerId)
    signal customerChooseRequested()
    /** Order the chosen variant for home delivery for the customer. */
    signal endlessAisleRequested(string sku)
    /** Sell the chosen variant now, without a customer (a quick sale). */
    signal quickSaleRequested(string sku)

    function chooseColour(colour: string) {
        product.colour = colour
    }
    function chooseSize(sku: string) {
        product.sku = sku
    }
    function reserve() {
        reserveDialog.openFor()
    }
    function transferHere() {
        transferDialog.openFor()
    }
    function orderForHomeDelivery() {
        if (customerId.length === 0) {
            page.customerChooseRequested()
            return
        }
        page.endlessAisleRequested(product.sku)
    }
    /** A message from elsewhere (the endless aisle) about this product. */
    function showMessage(text: string) {
        banner.show(text)
    }

    objectName: "productPage"
    title: product.found ? product.name : qsTr("Product")
    padding: 0

    background: Rectangle {
        color: Theme.background
    }

    ProductDetail {
        id: product
        store: LocalStore
        styleId: page.styleId
        // A style in one size (a bag, a scarf): that is the size.
        onSelectionChanged: {
            if (sku.length === 0 && sizes.length === 1)
                sku = sizes[0].sku
        }
        Component.onCompleted: {
            if (page.initialSku.length > 0)
                showSku(page.initialSku)
            else if (sizes.length === 1)
                sku = sizes[0].sku
        }
    }
    EndlessAisle {
        id: aisle
        store: LocalStore
        sync: SyncEngine
        customerId: page.customerId
        sku: product.sku
        // A dialog that is open says it there; otherwise the page's banner does.
        onFailed: (message) => {
            if (reserveDialog.opened)
                reserveDialog.errorText = message
            else if (transferDialog.opened)
                transferDialog.errorText = message
            else
                page.showMessage(message)
        }
        onDone: (message) => page.showMessage(message)
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 520)
        visible: !product.found
        objectName: "productNotFound"
        icon: "warning"
        tint: Theme.warning
        title: product.errorString.length > 0 ? product.errorString : qsTr("No product chosen")
        hint: qsTr("Go back and search again.")
    }

    Flickable {
        id: flickable
        anchors.fill: parent
        visible: product.found
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

                // What it is, its colours and sizes.
                Card {
                    Layout.fillWidth: true
                    objectName: "productCard"

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 12

                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.margin

                            Rectangle {
                                Layout.alignment: Qt.AlignTop
                                implicitWidth: 96
                                implicitHeight: 96
                                radius: Theme.radius
                                color: Theme.background

                                Icon {
                                    anchors.centerIn: parent
                                    name: Theme.categoryIcon(product.image.length > 0
                                                             ? product.image : product.category)
                                    size: 56
                                    color: Theme.muted
                                }
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 4

                                Label {
                                    Layout.fillWidth: true
                                    objectName: "productName"
                                    text: product.name
                                    wrapMode: Text.Wrap
                                    font.pixelSize: Theme.fontHeadline
                                    color: Theme.text
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: {
                                        void LanguageController.language
                                        return [product.brand, product.categoryLabel]
                                               .filter(part => part.length > 0).join(" · ")
                                    }
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.muted
                                }
                                Label {
                                    objectName: "productPrice"
                                    text: product.priceText
                                    font.pixelSize: Theme.fontTitle
                                    font.weight: Font.DemiBold
                                    color: Theme.text
                                }
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: product.description
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                        }

                        Label {
                            Layout.fillWidth: true
                            visible: product.colours.length > 1 || product.colour.length > 0
                            //: Above the colour chips, with the colour chosen
                            text: qsTr("Colour: %1").arg(product.colour)
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                            color: Theme.muted
                        }
                        Flow {
                            Layout.fillWidth: true
                            visible: product.colours.length > 1
                            spacing: 6

                            Repeater {
                                model: product.colours

                                delegate: FilterChip {
                                    required property string modelData

                                    objectName: "colour_" + modelData
                                    text: modelData
                                    checked: product.colour === modelData
                                    onClicked: {
                                        page.chooseColour(modelData)
                                        checked = Qt.binding(() => product.colour === modelData)
                                    }
                                }
                            }
                        }

                        Label {
                            Layout.fillWidth: true
                            text: page.hasSize ? qsTr("Size: %1").arg(product.size)
                                               : qsTr("Choose a size")
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                            color: page.hasSize ? Theme.muted : Theme.accent
                        }
                        Flow {
                            Layout.fillWidth: true
                            objectName: "sizeGrid"
                            spacing: Theme.spacing

                            Repeater {
                                model: product.sizes

                                delegate: SizeButton {
                                    required property var modelData

                                    objectName: "size_" + modelData.size
                                    text: modelData.size
                                    availableHere: modelData.availableHere
                                    checked: product.sku === modelData.sku
                                    onClicked: {
                                        page.chooseSize(modelData.sku)
                                        checked = Qt.binding(() => product.sku === modelData.sku)
                                    }
                                }
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: page.hasSize
                            objectName: "productSku"
                            //: The chosen variant's stock-keeping unit
                            text: qsTr("SKU %1").arg(product.sku)
                            font.pixelSize: Theme.fontCaption
                            color: Theme.muted
                        }
                    }
                }

                // What to do for the customer, for the chosen size.
                Card {
                    Layout.fillWidth: true
                    objectName: "productActions"

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 12

                        CustomerContextBar {
                            Layout.fillWidth: true
                            objectName: "productCustomerContext"
                            customerName: page.customerName
                            canOpen: !page.cameFromCustomer
                            onOpenRequested: page.customerOpenRequested(page.customerId)
                            onChooseRequested: page.customerChooseRequested()
                        }

                        IconText {
                            Layout.fillWidth: true
                            objectName: "availabilityHere"
                            icon: !page.hasSize ? "tag" : page.availableHere ? "check" : "store"
                            iconColor: page.availableHere ? Theme.ok : Theme.muted
                            fontSize: Theme.fontBody
                            wrap: true
                            text: {
                                if (!page.hasSize)
                                    return qsTr("Choose a size to see what you can do.")
                                if (page.availableHere)
                                    return qsTr("%n available in this store.", "",
                                                aisle.stock.availableHere)
                                if (aisle.stock.availableElsewhere > 0)
                                    return qsTr("None in this store; %n available elsewhere.", "",
                                                aisle.stock.availableElsewhere)
                                return qsTr("None in this store, and none elsewhere.")
                            }
                        }

                        Flow {
                            Layout.fillWidth: true
                            visible: page.hasSize
                            spacing: Theme.spacing

                            Button {
                                visible: !page.availableHere
                                objectName: "orderHomeDeliveryButton"
                                text: qsTr("Order for home delivery")
                                icon.source: Theme.icon("truck")
                                highlighted: true
                                enabled: aisle.stock.availableElsewhere > 0
                                onClicked: page.orderForHomeDelivery()
                            }
                            Button {
                                visible: page.availableHere && page.customerId.length > 0
                                objectName: "addToCartHereButton"
                                text: qsTr("Add to cart")
                                icon.source: Theme.icon("cart")
                                highlighted: true
                                onClicked: aisle.addToCartHere()
                            }
                            Button {
                                visible: page.availableHere
                                objectName: "quickSaleButton"
                                text: qsTr("Sell without a customer")
                                icon.source: Theme.icon("cash")
                                onClicked: page.quickSaleRequested(product.sku)
                            }
                            Button {
                                objectName: "reserveButton"
                                text: qsTr("Reserve in a store")
                                icon.source: Theme.icon("bookmark")
                                onClicked: page.reserve()
                            }
                            Button {
                                visible: !page.availableHere
                                objectName: "transferButton"
                                text: qsTr("Transfer here")
                                icon.source: Theme.icon("transfer")
                                enabled: aisle.stock.availableElsewhere > 0
                                onClicked: page.transferHere()
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: page.hasSize && page.customerId.length === 0
                            text: qsTr("Choose the customer to order or reserve it for them.")
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                    }
                }
            }

            StockPanel {
                Layout.fillWidth: true
                Layout.preferredWidth: 9
                Layout.alignment: Qt.AlignTop
                stock: aisle.stock
                variantText: page.hasSize ? [product.colour, product.size]
                                            .filter(part => part.length > 0).join(" · ")
                                          : ""
            }
        }
    }

    ReserveDialog {
        id: reserveDialog
        parent: Overlay.overlay
        aisle: aisle
        customerName: page.customerName
        onCustomerNeeded: page.customerChooseRequested()
    }
    TransferDialog {
        id: transferDialog
        parent: Overlay.overlay
        aisle: aisle
    }

    Banner {
        id: banner
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin
        width: Math.min(parent.width - 2 * Theme.margin, 640)
    }
}
