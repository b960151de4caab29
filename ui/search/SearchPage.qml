// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Models

// Find the customer in front of you: results as you type, or scan their loyalty card (the
// scanner types the number and Enter). One tap on a result opens the customer. A product's
// barcode scanned here by habit opens the product.
Page {
    id: page

    /** The associate chose a customer. */
    signal customerChosen(string customerId)
    /** A product's barcode was scanned into the customer search. */
    signal productScanned(string styleId, string sku)

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
    // Only to recognise a product's barcode; never listed here.
    ProductSearchModel {
        id: catalogue
        store: LocalStore
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.margin
        spacing: Theme.spacing

        TextField {
            id: searchField
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.readableWidth
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.alignment: Qt.AlignHCenter
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
                visible: count > 0

                delegate: CustomerResultCard {
                    width: ListView.view.width
                    onClicked: page.customerChosen(customerId)
                }

                ScrollIndicator.vertical: ScrollIndicator {}
            }

            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, 520)
                visible: list.count === 0
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
                      ? qsTr("Check the spelling, or try their phone number or email.")
                      : qsTr("Or scan the customer's loyalty card.")
            }
        }
    }
}
