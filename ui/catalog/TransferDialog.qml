// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App

// Asks another store or the warehouse to send the chosen size here. EndlessAisle requests the
// transfer; a refusal stays in the dialog.
Dialog {
    id: root

    required property EndlessAisle aisle
    property string locationId
    property string errorText

    function openFor() {
        errorText = ""
        locationId = ""
        open()
    }
    function requestTransfer() {
        errorText = ""
        if (aisle.requestTransfer(locationId))
            close()
    }

    objectName: "transferDialog"
    modal: true
    focus: true
    title: qsTr("Transfer here")
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
                //: %1 is the product, colour and size
                text: qsTr("Which location sends %1 to this store?").arg(root.aisle.productText)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            Repeater {
                model: root.aisle.stock

                delegate: ChoiceCard {
                    required property string locationId
                    required property string name
                    required property string kind
                    required property string kindLabel
                    required property string distanceText
                    required property int available
                    required property bool isThisStore

                    Layout.fillWidth: true
                    visible: !isThisStore
                    enabled: available > 0
                    objectName: "transferFrom_" + locationId
                    iconName: Theme.locationIcon(kind)
                    text: name
                    subtitle: [kindLabel, distanceText].filter(p => p.length > 0).join(" · ")
                    trailing: qsTr("%n available", "", available)
                    checked: root.locationId === locationId
                    onClicked: {
                        root.locationId = locationId
                        checked = Qt.binding(() => root.locationId === locationId)
                    }
                }
            }
            IconText {
                Layout.fillWidth: true
                visible: root.errorText.length > 0
                objectName: "transferError"
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
            text: qsTr("Cancel")
            flat: true
            onClicked: root.close()
        }
        Button {
            objectName: "transferConfirm"
            text: qsTr("Request transfer")
            flat: true
            enabled: root.locationId.length > 0
            onClicked: root.requestTransfer()
        }
    }
}
