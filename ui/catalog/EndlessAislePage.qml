// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Models
import Clienteling.Sync
import Clienteling.App

// "We don't have it here, but we can send it to you": where it comes from (a store or the
// warehouse with stock, and when it would arrive), the delivery address (a saved one, or a new
// one checked field by field), the delivery option and its price; then onto the customer's
// cart beside what they carry out. EndlessAisle decides what is possible and what it costs.
Page {
    id: page

    property string sku
    property string customerId
    property string customerName
    property string sourceId
    /** A saved address, or empty for a new one. */
    property string addressId
    property string optionId
    /** The associate tried to add once: show what to correct as they type. */
    property bool checked: false
    readonly property bool newAddress: addressId.length === 0
    readonly property string country: {
        if (newAddress)
            return addressForm.country ?? ""
        for (const address of aisle.addresses) {
            if (address.addressId === addressId)
                return address.country
        }
        return ""
    }
    readonly property var options: aisle.deliveryOptions(country, sourceId)
    readonly property var addressErrors: checked && newAddress
                                         ? aisle.validateAddress(addressForm.address()) : ({})
    readonly property EndlessAisle endlessAisle: aisle

    /** The line is in the customer's cart; message says so. */
    signal added(string message)

    function chooseSource(locationId: string) {
        sourceId = locationId
    }
    function chooseAddress(id: string) {
        addressId = id
    }
    function chooseOption(id: string) {
        optionId = id
    }
    /** Checks the address, then adds the line; false when something needs correcting. */
    function addToCart(): bool {
        checked = true
        if (newAddress && Object.keys(addressErrors).length > 0) {
            const field = addressForm.focusFirstError()
            if (field)
                flickable.contentY = Math.max(0, Math.min(
                    field.mapToItem(flickable.contentItem, 0, 0).y - Theme.margin,
                    flickable.contentHeight - flickable.height))
            return false
        }
        return aisle.addToCart(sourceId, addressId, newAddress ? addressForm.address() : {},
                               optionId)
    }
    // Keep the choices valid as the lists change (EndlessAisle says which to keep).
    function keepChoices() {
        sourceId = aisle.keptSource(sourceId)
        optionId = aisle.keptOption(country, sourceId, optionId)
    }

    objectName: "endlessAislePage"
    title: qsTr("Order for home delivery")
    padding: 0

    background: Rectangle {
        color: Theme.background
    }

    onSourceIdChanged: keepChoices()
    onOptionsChanged: keepChoices()
    Component.onCompleted: {
        addressId = aisle.defaultAddress()
        keepChoices()
    }

    EndlessAisle {
        id: aisle
        store: LocalStore
        sync: SyncEngine
        customerId: page.customerId
        sku: page.sku
        onSourcesChanged: page.keepChoices()
        onFailed: (message) => banner.show(message)
        onDone: (message) => page.added(message)
    }

    Flickable {
        id: flickable
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flickable.width - Theme.readableWidth) / 2)
            y: Theme.margin
            width: flickable.width - 2 * x
            spacing: Theme.margin

            // What, for whom, how many.
            Card {
                Layout.fillWidth: true

                RowLayout {
                    anchors.fill: parent
                    spacing: Theme.margin

                    Icon {
                        Layout.alignment: Qt.AlignTop
                        name: "truck"
                        size: 32
                        color: Theme.accent
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 4

                        Label {
                            Layout.fillWidth: true
                            objectName: "aisleProduct"
                            text: aisle.productText
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontTitle
                            color: Theme.text
                        }
                        Label {
                            Layout.fillWidth: true
                            //: Whom a home delivery is for
                            text: qsTr("For %1").arg(page.customerName)
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontBody
                            color: Theme.muted
                        }
                    }
                    ColumnLayout {
                        spacing: 0

                        Label {
                            text: qsTr("Quantity")
                            font.pixelSize: Theme.fontCaption
                            color: Theme.muted
                        }
                        SpinBox {
                            objectName: "aisleQuantity"
                            from: 1
                            to: 20
                            value: aisle.quantity
                            Accessible.name: qsTr("Quantity")
                            onValueModified: aisle.quantity = value
                        }
                    }
                }
            }

            // 1. Where it comes from.
            Card {
                Layout.fillWidth: true

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing

                    SectionTitle {
                        Layout.fillWidth: true
                        icon: "warehouse"
                        text: qsTr("1. Where it comes from")
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: aisle.sources.length === 0
                        objectName: "noSources"
                        text: qsTr("No other store or warehouse has enough of it in stock.")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.warning
                    }
                    Repeater {
                        model: aisle.sources

                        delegate: ChoiceCard {
                            id: sourceCard

                            required property var modelData
                            readonly property var fastest: aisle.deliveryOptions(
                                                               page.country, modelData.locationId)

                            Layout.fillWidth: true
                            objectName: "source_" + modelData.locationId
                            iconName: Theme.locationIcon(modelData.kind)
                            text: modelData.name
                            subtitle: [modelData.kindLabel, modelData.distanceText,
                                       fastest.length > 0 ? fastest[0].estimateText : ""]
                                      .filter(part => part.length > 0).join(" · ")
                            trailing: qsTr("%n available", "", modelData.available)
                            checked: page.sourceId === modelData.locationId
                            onClicked: {
                                page.chooseSource(modelData.locationId)
                                checked = Qt.binding(() => page.sourceId === sourceCard.modelData.locationId)
                            }
                        }
                    }
                }
            }

            // 2. To which address.
            Card {
                Layout.fillWidth: true

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing

                    SectionTitle {
                        Layout.fillWidth: true
                        icon: "home"
                        text: qsTr("2. Delivery address")
                    }
                    Repeater {
                        model: aisle.addresses

                        delegate: ChoiceCard {
                            id: addressCard

                            required property var modelData

                            Layout.fillWidth: true
                            objectName: "address_" + modelData.addressId
                            iconName: "location"
                            text: modelData.text
                            checked: page.addressId === modelData.addressId
                            onClicked: {
                                page.chooseAddress(modelData.addressId)
                                checked = Qt.binding(() => page.addressId === addressCard.modelData.addressId)
                            }
                        }
                    }
                    ChoiceCard {
                        Layout.fillWidth: true
                        objectName: "newAddress"
                        iconName: "plus"
                        text: qsTr("A new address")
                        subtitle: qsTr("Saved on the customer's profile for next time.")
                        checked: page.newAddress
                        onClicked: {
                            page.chooseAddress("")
                            checked = Qt.binding(() => page.newAddress)
                        }
                    }
                    AddressForm {
                        id: addressForm
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacing
                        visible: page.newAddress
                        objectName: "addressForm"
                        countries: aisle.countries
                        errors: page.addressErrors
                    }
                }
            }

            // 3. How fast, for how much.
            Card {
                Layout.fillWidth: true

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing

                    SectionTitle {
                        Layout.fillWidth: true
                        icon: "truck"
                        text: qsTr("3. Delivery option")
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: page.options.length === 0
                        objectName: "noDeliveryOptions"
                        text: page.country.length > 0
                              ? qsTr("No home delivery to this country on this tablet yet. Sync "
                                     + "with the central service, or choose another address.")
                              : qsTr("Choose the delivery address first.")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.warning
                    }
                    Repeater {
                        model: page.options

                        delegate: ChoiceCard {
                            id: optionCard

                            required property var modelData

                            Layout.fillWidth: true
                            objectName: "option_" + modelData.optionId
                            iconName: "truck"
                            text: modelData.label
                            subtitle: modelData.estimateText
                            trailing: modelData.priceText
                            checked: page.optionId === modelData.optionId
                            onClicked: {
                                page.chooseOption(modelData.optionId)
                                checked = Qt.binding(() => page.optionId === optionCard.modelData.optionId)
                            }
                        }
                    }
                }
            }
        }
    }

    footer: ToolBar {
        Material.background: Theme.surface
        Material.elevation: 8
        topPadding: Theme.spacing
        bottomPadding: Theme.spacing

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Math.max(Theme.margin, (parent.width - Theme.readableWidth) / 2)
            anchors.rightMargin: anchors.leftMargin
            spacing: Theme.margin

            Label {
                Layout.fillWidth: true
                objectName: "aisleSummary"
                // Refused for the address: said here, beside the button, for as long as a field
                // still needs correcting (a banner over the form hid the fields to correct and
                // stayed after they were).
                readonly property bool addressRefused: page.checked && page.newAddress
                                                       && Object.keys(page.addressErrors).length > 0
                text: {
                    if (addressRefused)
                        return qsTr("Check the delivery address: the fields marked need correcting.")
                    for (const option of page.options) {
                        if (option.optionId === page.optionId)
                            //: The chosen delivery: option, price, estimate
                            return qsTr("%1 · %2 · %3").arg(option.label).arg(option.priceText)
                                                        .arg(option.estimateText)
                    }
                    return qsTr("Choose where it comes from and a delivery option.")
                }
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
                color: addressRefused ? Theme.error : Theme.text
            }
            Button {
                objectName: "addToCartButton"
                text: qsTr("Add to cart")
                icon.source: Theme.icon("cart")
                highlighted: true
                enabled: page.sourceId.length > 0 && page.optionId.length > 0
                onClicked: page.addToCart()
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
