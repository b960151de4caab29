// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App

// Holds the chosen size for the customer in a store (this one or another with stock) for a
// few hours to a week. EndlessAisle makes the reservation; a refusal stays in the dialog.
Dialog {
    id: root

    required property EndlessAisle aisle
    property string customerName
    property string locationId
    property int hours: aisle.defaultHoldHours
    property string errorText
    readonly property list<int> holdHours: aisle.holdHours

    /** No customer is chosen: the page asks for one. */
    signal customerNeeded()

    function openFor() {
        if (aisle.customerId.length === 0) {
            customerNeeded()
            return
        }
        errorText = ""
        locationId = aisle.defaultHoldLocation()
        hours = aisle.defaultHoldHours
        open()
    }
    function holdLabel(hours: int): string {
        return hours % 24 === 0 && hours >= 48 ? qsTr("%n day(s)", "", hours / 24)
                                               : qsTr("%n hour(s)", "", hours)
    }
    function reserve() {
        errorText = ""
        if (aisle.reserve(locationId, hours))
            close()
    }

    objectName: "reserveDialog"
    modal: true
    focus: true
    title: qsTr("Reserve in a store")
    x: (parent.width - width) / 2
    y: Math.max(Theme.margin, (parent.height - height) / 2)
    width: Math.min(parent.width - 2 * Theme.margin, 560)
    height: Math.min(implicitHeight, parent.height - 2 * Theme.margin)

    Flickable {
        id: flickable
        anchors.fill: parent
        contentHeight: column.implicitHeight
        implicitHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            width: flickable.width
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                //: %1 is the product, colour and size; %2 the customer
                text: qsTr("Hold %1 for %2.").arg(root.aisle.productText).arg(root.customerName)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("Store")
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: Theme.muted
            }
            Repeater {
                model: root.aisle.stock

                delegate: ChoiceCard {
                    required property string locationId
                    required property string name
                    required property string kind
                    required property string distanceText
                    required property int available

                    Layout.fillWidth: true
                    visible: kind === "store"
                    enabled: available > 0
                    objectName: "reserveAt_" + locationId
                    iconName: "store"
                    text: name
                    subtitle: distanceText
                    trailing: qsTr("%n available", "", available)
                    checked: root.locationId === locationId
                    onClicked: {
                        root.locationId = locationId
                        checked = Qt.binding(() => root.locationId === locationId)
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("Hold for")
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: Theme.muted
            }
            Flow {
                Layout.fillWidth: true
                spacing: 6

                Repeater {
                    model: root.holdHours

                    delegate: FilterChip {
                        required property int modelData

                        objectName: "holdFor_" + modelData
                        text: root.holdLabel(modelData)
                        checked: root.hours === modelData
                        onClicked: {
                            root.hours = modelData
                            checked = Qt.binding(() => root.hours === modelData)
                        }
                    }
                }
            }
            IconText {
                Layout.fillWidth: true
                visible: root.errorText.length > 0
                objectName: "reserveError"
                icon: "warning"
                iconColor: Theme.error
                textColor: Theme.error
                wrap: true
                fontSize: Theme.fontBody
                text: root.errorText
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "reserveCancel"
            text: qsTr("Cancel")
            flat: true
            onClicked: root.close()
        }
        Button {
            objectName: "reserveConfirm"
            text: qsTr("Reserve")
            flat: true
            enabled: root.locationId.length > 0
            onClicked: root.reserve()
        }
    }
}
