// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Models

// A new delivery address, field by field, each with its own message under it when C++'s check
// (EndlessAisle.validateAddress) finds something to correct. Two columns where there is room.
GridLayout {
    id: root

    /** ISO codes we deliver to, in C++'s order. */
    property list<string> countries
    /** Field name -> message, from EndlessAisle.validateAddress. */
    property var errors: ({})
    property alias country: countryBox.currentValue
    readonly property bool wide: width >= 560

    /** The address as EndlessAisle takes it. */
    function address(): var {
        return {
            recipient: recipient.text,
            line1: line1.text,
            line2: line2.text,
            city: city.text,
            postcode: postcode.text,
            region: region.text,
            country: countryBox.currentValue ?? "",
            phone: phone.text,
        }
    }
    function clear() {
        for (const field of [recipient, line1, line2, city, postcode, region, phone])
            field.text = ""
    }
    function setCountry(code: string) {
        const at = countries.indexOf(code)
        if (at >= 0)
            countryBox.currentIndex = at
    }
    function errorFor(field: string): string {
        return errors && errors[field] ? errors[field] : ""
    }
    function countryName(code: string): string {
        return Format.country(code)
    }
    /** Focus on the first field with a message. */
    function focusFirstError() {
        for (const field of [recipient, phone, line1, line2, postcode, city, region]) {
            if (field.errorText.length > 0) {
                field.focusField()
                return field
            }
        }
        return null
    }

    columns: wide ? 2 : 1
    columnSpacing: Theme.margin
    rowSpacing: Theme.spacing

    FormField {
        id: recipient
        Layout.fillWidth: true
        fieldObjectName: "address_recipient"
        label: qsTr("Recipient")
        placeholderText: qsTr("Name on the parcel")
        errorText: root.errorFor("recipient")
    }
    FormField {
        id: phone
        Layout.fillWidth: true
        fieldObjectName: "address_phone"
        label: qsTr("Phone for the courier (optional)")
        inputMethodHints: Qt.ImhDialableCharactersOnly
        errorText: root.errorFor("phone")
    }
    FormField {
        id: line1
        Layout.fillWidth: true
        Layout.columnSpan: root.columns
        fieldObjectName: "address_line1"
        label: qsTr("Street and number")
        errorText: root.errorFor("line1")
    }
    FormField {
        id: line2
        Layout.fillWidth: true
        Layout.columnSpan: root.columns
        fieldObjectName: "address_line2"
        label: qsTr("Floor, door, building (optional)")
        errorText: root.errorFor("line2")
    }
    FormField {
        id: postcode
        Layout.fillWidth: true
        fieldObjectName: "address_postcode"
        label: qsTr("Postcode")
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
        errorText: root.errorFor("postcode")
    }
    FormField {
        id: city
        Layout.fillWidth: true
        fieldObjectName: "address_city"
        label: qsTr("Town or city")
        errorText: root.errorFor("city")
    }
    FormField {
        id: region
        Layout.fillWidth: true
        fieldObjectName: "address_region"
        label: qsTr("Province or county (optional)")
        errorText: root.errorFor("region")
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2

        Label {
            Layout.fillWidth: true
            text: qsTr("Country")
            font.pixelSize: Theme.fontSmall
            color: root.errorFor("country").length > 0 ? Theme.error : Theme.muted
        }
        ComboBox {
            id: countryBox
            Layout.fillWidth: true
            objectName: "address_country"
            model: root.countries
            displayText: root.countryName(currentValue ?? "")
            Accessible.name: qsTr("Country")

            delegate: ItemDelegate {
                required property string modelData
                required property int index

                width: ListView.view ? ListView.view.width : implicitWidth
                text: root.countryName(modelData)
                highlighted: countryBox.highlightedIndex === index
            }
        }
        IconText {
            Layout.fillWidth: true
            visible: root.errorFor("country").length > 0
            icon: "warning"
            iconColor: Theme.error
            textColor: Theme.error
            wrap: true
            text: root.errorFor("country")
        }
    }
}
