// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App
import Clienteling.Models

// Find a product: results as you type, browse by category, or scan the label's barcode (the
// scanner types the digits and Enter) to open it at once in that colour and size. Shows whom
// the associate is serving, so what they do next is for that customer.
Page {
    id: page

    /** The customer being served, if any. */
    property string customerId
    property string customerName
    /** The category shown; empty for all. */
    property alias category: products.category

    /** The associate chose a product; sku is set when a scan named the exact variant. */
    signal productChosen(string styleId, string sku)
    signal customerOpenRequested(string customerId)
    signal customerChooseRequested()

    /** Focus for the next search or scan: what is there is selected, so typing replaces it. */
    function focusSearch() {
        searchField.forceActiveFocus()
        searchField.selectAll()
    }
    function setQuery(text: string) {
        searchField.text = text
        searchField.forceActiveFocus()
        searchField.cursorPosition = searchField.length
    }
    // Enter in the field: a scanned barcode or typed SKU opens its product; so does a search
    // with one result. Otherwise the scan is not in the catalogue on this tablet.
    function openBestMatch() {
        const code = searchField.text.trim()
        if (code.length === 0)
            return
        const scanned = products.productForCode(code)
        if (scanned.styleId) {
            page.productChosen(scanned.styleId, scanned.sku)
            searchField.clear()
            return
        }
        if (products.count === 1)
            page.productChosen(products.get(0).styleId, "")
        else if (/^[0-9]{8,14}$/.test(code))
            //: %1 is the scanned barcode
            notFound.text = qsTr("No product with the barcode %1 on this tablet.").arg(code)
    }
    function categoryLabel(code: string): string {
        // Format words it in C++: read it again when the language changes.
        void LanguageController.language
        return Format.category(code)
    }

    objectName: "catalogPage"
    title: qsTr("Products")

    background: Rectangle {
        color: Theme.background
    }

    StackView.onActivated: focusSearch()
    Component.onCompleted: focusSearch()

    ProductSearchModel {
        id: products
        store: LocalStore
        query: searchField.text
        onQueryChanged: notFound.text = ""
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.margin
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.readableWidth
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacing

            CustomerContextBar {
                Layout.fillWidth: true
                objectName: "catalogCustomerContext"
                customerName: page.customerName
                onOpenRequested: page.customerOpenRequested(page.customerId)
                onChooseRequested: page.customerChooseRequested()
            }

            TextField {
                id: searchField
                Layout.fillWidth: true
                objectName: "productSearchField"
                placeholderText: qsTr("Product, brand or SKU, or scan a barcode")
                font.pixelSize: Theme.fontTitle
                leftPadding: 48
                rightPadding: clearButton.visible ? 52 : 16
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                Accessible.name: qsTr("Search products")
                Accessible.role: Accessible.EditableText
                onAccepted: page.openBestMatch()
                Keys.onEscapePressed: clear()

                Icon {
                    anchors.left: parent.left
                    anchors.leftMargin: 12
                    anchors.verticalCenter: parent.verticalCenter
                    name: "barcode"
                    color: Theme.muted
                }
                ToolButton {
                    id: clearButton
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    visible: searchField.length > 0
                    icon.source: Theme.icon("close")
                    icon.color: Theme.muted
                    Accessible.name: qsTr("Clear the search")
                    onClicked: {
                        searchField.clear()
                        searchField.forceActiveFocus()
                    }
                }
            }
            IconText {
                id: notFound
                Layout.fillWidth: true
                visible: text.length > 0
                objectName: "barcodeNotFound"
                icon: "warning"
                iconColor: Theme.warning
                wrap: true
                fontSize: Theme.fontBody
            }
        }

        // Categories: one row that scrolls sideways.
        Flickable {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            contentWidth: chips.implicitWidth + 2 * chips.x
            flickableDirection: Flickable.HorizontalFlick
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            Row {
                id: chips
                x: Math.max(Theme.margin, (page.width - Theme.readableWidth) / 2)
                spacing: 6

                FilterChip {
                    objectName: "category_all"
                    text: qsTr("All")
                    checked: products.category.length === 0
                    onClicked: products.category = ""
                }
                Repeater {
                    model: products.categories

                    delegate: FilterChip {
                        required property string modelData

                        objectName: "category_" + modelData
                        text: page.categoryLabel(modelData)
                        iconName: Theme.categoryIcon(modelData)
                        checked: products.category === modelData
                        onClicked: products.category = checked ? modelData : ""
                    }
                }
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            GridView {
                id: grid

                readonly property int columns: Math.max(1, Math.floor(width / 300))

                anchors.fill: parent
                anchors.leftMargin: Math.max(Theme.margin, (width - 1200) / 2)
                anchors.rightMargin: anchors.leftMargin - Theme.spacing
                objectName: "productResults"
                model: products
                cellWidth: Math.floor(width / columns)
                cellHeight: 112
                topMargin: Theme.spacing
                bottomMargin: Theme.margin
                clip: true
                reuseItems: true
                visible: count > 0

                delegate: Item {
                    id: cell

                    required property int index
                    required property string styleId
                    required property string name
                    required property string brand
                    required property string category
                    required property string categoryLabel
                    required property string image
                    required property string priceText
                    required property string variantsText

                    width: GridView.view.cellWidth
                    height: GridView.view.cellHeight

                    ProductCard {
                        anchors.fill: parent
                        anchors.rightMargin: Theme.spacing
                        anchors.bottomMargin: Theme.spacing
                        objectName: "product_" + cell.styleId
                        styleId: cell.styleId
                        name: cell.name
                        brand: cell.brand
                        category: cell.category
                        categoryLabel: cell.categoryLabel
                        image: cell.image
                        priceText: cell.priceText
                        variantsText: cell.variantsText
                        onClicked: page.productChosen(cell.styleId, "")
                    }
                }

                ScrollIndicator.vertical: ScrollIndicator {}
            }

            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, 520)
                visible: grid.count === 0
                objectName: "productsEmptyState"
                icon: products.errorString.length > 0 ? "warning" : "search"
                tint: products.errorString.length > 0 ? Theme.error : Theme.muted
                title: products.errorString.length > 0 ? products.errorString
                     : searchField.text.trim().length > 0
                       //: %1 is what the associate typed
                       ? qsTr("No product matches “%1”").arg(searchField.text.trim())
                       : qsTr("No products in this category")
                hint: qsTr("Try another word, or scan the label's barcode.")
            }
        }
    }
}
