// SPDX-License-Identifier: MIT
// Not "pragma ComponentBehavior: Bound": Qt 6.4 cannot create a ListView footer in a bound
// file ("Component is not ready"), and the chain's results are the list's footer.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Models
import Clienteling.Sync
import Clienteling.App

// Find the customer in front of you: results as you type, or scan their loyalty card (the
// scanner types the number and Enter). This tablet's customers come at once; when online the
// chain's other customers (other stores, the web shop) follow below them, marked with their home
// store, and opening one brings them onto this tablet. One tap on a result opens the customer.
// A product's barcode scanned here by habit opens the product. A walk-in who is not found is
// registered from here.
Page {
    id: page

    /** The associate chose a customer. */
    signal customerChosen(string customerId)
    /** A product's barcode was scanned into the customer search. */
    signal productScanned(string styleId, string sku)
    /** Register a new customer; what was typed may be their name, email or phone. */
    signal newCustomerRequested(string typed)

    /** A loyalty card scanned that is not on this tablet: opened when the chain answers. */
    property string pendingScan

    /** Focus for the next search: what is there is selected, so typing replaces it. */
    function focusSearch() {
        searchField.forceActiveFocus()
        searchField.selectAll()
    }
    /** Types a search in, with the cursor after it. */
    function setQuery(text: string) {
        searchField.text = text
        searchField.forceActiveFocus()
        searchField.cursorPosition = searchField.length
    }
    // Enter in the field: a scanned card opens its customer; so does a search with one result.
    function openBestMatch() {
        const scanned = results.customerForScan(searchField.text)
        if (scanned.length > 0) {
            page.customerChosen(scanned)
            return
        }
        if (chain.isLoyaltyCard(searchField.text)) {
            // A card of another store or of the web shop: the chain knows whose it is.
            page.pendingScan = searchField.text.trim()
            chain.searchNow()
            return
        }
        if (results.count === 1) {
            page.customerChosen(results.get(0).customerId)
            return
        }
        if (results.count === 0) {
            const product = catalogue.productForCode(searchField.text)
            if (product.styleId) {
                searchField.clear()
                page.productScanned(product.styleId, product.sku)
            }
        }
    }

    objectName: "searchPage"
    title: qsTr("Find a customer")

    background: Rectangle {
        color: Theme.background
    }

    StackView.onActivated: focusSearch()
    Component.onCompleted: focusSearch()

    CustomerSearchModel {
        id: results
        store: LocalStore
        query: searchField.text
    }
    ChainCustomerSearch {
        id: chain
        store: LocalStore
        sync: SyncEngine
        query: searchField.text
        onFinished: (query) => {
            if (page.pendingScan.length === 0 || query.trim() !== page.pendingScan)
                return
            page.pendingScan = ""
            if (count > 0) {
                const first = get(0)
                opener.open(first.customerId, first.displayName)
            } else {
                banner.show(qsTr("No customer of the chain has loyalty card %1. Check the "
                                 + "number, or register the customer.").arg(query.trim()))
            }
        }
    }
    CustomerOpener {
        id: opener
        store: LocalStore
        sync: SyncEngine
        onOpened: (customerId) => page.customerChosen(customerId)
        onFailed: (message) => banner.show(message)
    }
    // Only to recognise a product's barcode; never listed here.
    ProductSearchModel {
        id: catalogue
        store: LocalStore
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.readableWidth
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacing

            TextField {
                id: searchField
                Layout.fillWidth: true
                objectName: "searchField"
                placeholderText: qsTr("Name, email, phone or loyalty card")
                font.pixelSize: Theme.fontTitle
                leftPadding: 48
                rightPadding: clearButton.visible ? 52 : 16
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                Accessible.name: qsTr("Search customers")
                Accessible.role: Accessible.EditableText
                onAccepted: page.openBestMatch()
                Keys.onEscapePressed: clear()

                Icon {
                    anchors.left: parent.left
                    anchors.leftMargin: 12
                    anchors.verticalCenter: parent.verticalCenter
                    name: "search"
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
            Button {
                objectName: "newCustomerButton"
                Layout.preferredHeight: searchField.height
                text: page.width >= 560 ? qsTr("New customer") : ""
                icon.source: Theme.icon("plus")
                highlighted: true
                Accessible.name: qsTr("Register a new customer")
                onClicked: page.newCustomerRequested(searchField.text.trim())
            }
        }

        // Offline only this tablet's customers can be found: said where the results are.
        IconText {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.readableWidth
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.alignment: Qt.AlignHCenter
            objectName: "searchOfflineNote"
            visible: searchField.text.trim().length > 0 && (!SyncEngine.online || chain.unreachable)
            icon: "cloud_off"
            textColor: Theme.muted
            wrap: true
            text: qsTr("No connection: only this store's customers can be searched until it "
                       + "returns.")
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: list
                anchors.fill: parent
                anchors.leftMargin: Math.max(Theme.margin, (width - Theme.readableWidth) / 2)
                anchors.rightMargin: anchors.leftMargin
                objectName: "searchResults"
                model: results
                spacing: Theme.spacing
                topMargin: Theme.spacing
                bottomMargin: Theme.margin
                clip: true
                reuseItems: true
                keyNavigationEnabled: true
                visible: count > 0 || chain.count > 0

                delegate: CustomerResultCard {
                    width: ListView.view.width
                    onClicked: page.customerChosen(customerId)
                }

                // The chain's other customers, below this tablet's.
                footer: ChainResults {
                    width: ListView.view.width
                    model: chain
                    busy: opener.busy
                    onChosen: (customerId, name) => opener.open(customerId, name)
                }

                ScrollIndicator.vertical: ScrollIndicator {}
            }

            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, 520)
                visible: list.count === 0 && chain.count === 0
                objectName: "searchEmptyState"
                icon: results.errorString.length > 0 ? "warning"
                      : searchField.text.trim().length > 0 ? "person" : "search"
                tint: results.errorString.length > 0 ? Theme.error : Theme.muted
                title: results.errorString.length > 0 ? results.errorString
                     : searchField.text.trim().length > 0
                       //: %1 is what the associate typed
                       ? qsTr("No customer matches “%1”").arg(searchField.text.trim())
                       : qsTr("Type a name, email, phone or loyalty card")
                hint: searchField.text.trim().length > 0
                      ? (chain.loading && SyncEngine.online && !chain.unreachable
                         ? qsTr("Searching the other stores…")
                         : qsTr("Check the spelling, or try their phone number or email. "
                                + "New here? Register them with New customer."))
                      : qsTr("Or scan the customer's loyalty card.")
            }
        }
    }

    OpeningCustomerPopup {
        customerOpener: opener
    }

    Banner {
        id: banner
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin
        width: Math.min(parent.width - 2 * Theme.margin, 640)
    }
}
