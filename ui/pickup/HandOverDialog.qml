// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Models

// Hands a pick-up over once whoever collects has proved it is theirs: the order number from
// their confirmation, or the customer's loyalty card (a scanner types it and Enter). OrderDetail
// checks the proof; a wrong one keeps the dialog open with its words.
Dialog {
    id: root

    required property OrderDetail order
    /** "order_number" or "loyalty_card" */
    property string method: "order_number"
    property string errorText

    /** The order was handed over. */
    signal handedOver()

    function start() {
        method = "order_number"
        errorText = ""
        proof.text = ""
        open()
        proof.forceActiveFocus()
    }
    function useMethod(value: string) {
        method = value
        errorText = ""
        proof.text = ""
        proof.forceActiveFocus()
    }
    function handOver() {
        errorText = ""
        if (order.handOver(method, proof.text)) {
            close()
            handedOver()
        } else {
            proof.forceActiveFocus()
            proof.selectAll()
        }
    }

    objectName: "handOverDialog"
    modal: true
    focus: true
    //: %1 is the order number
    title: qsTr("Hand over %1").arg(order.number)
    // Near the top, so an on-screen keyboard does not cover the field.
    x: (parent.width - width) / 2
    y: Theme.touchTarget
    width: Math.min(parent.width - 2 * Theme.margin, 520)

    Connections {
        target: root.order
        enabled: root.opened
        function onFailed(message: string) {
            root.errorText = message
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        // Whom it is for, to compare with who is at the counter.
        RowLayout {
            Layout.fillWidth: true
            spacing: 12

            Rectangle {
                implicitWidth: 48
                implicitHeight: 48
                radius: 24
                color: Theme.accentLight

                Icon {
                    anchors.centerIn: parent
                    name: "person"
                    color: Theme.accent
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2

                Label {
                    Layout.fillWidth: true
                    text: qsTr("For")
                    font.pixelSize: Theme.fontCaption
                    color: Theme.muted
                }
                Label {
                    Layout.fillWidth: true
                    objectName: "handOverCustomer"
                    text: root.order.customerName
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Check who collects: ask for the order number from their confirmation, "
                       + "or scan the customer's loyalty card.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 6

            FilterChip {
                objectName: "handOverMethod_order_number"
                text: qsTr("Order number")
                iconName: "receipt"
                checked: root.method === "order_number"
                onClicked: {
                    root.useMethod("order_number")
                    checked = Qt.binding(() => root.method === "order_number")
                }
            }
            FilterChip {
                objectName: "handOverMethod_loyalty_card"
                text: qsTr("Loyalty card")
                iconName: "card"
                checked: root.method === "loyalty_card"
                onClicked: {
                    root.useMethod("loyalty_card")
                    checked = Qt.binding(() => root.method === "loyalty_card")
                }
            }
        }
        TextField {
            id: proof
            Layout.fillWidth: true
            objectName: "handOverProof"
            placeholderText: root.method === "order_number" ? qsTr("Order number they give")
                                                            : qsTr("Scan or type the card number")
            font.pixelSize: Theme.fontTitle
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
            Accessible.name: root.method === "order_number" ? qsTr("Order number")
                                                            : qsTr("Loyalty card")
            onTextEdited: root.errorText = ""
            onAccepted: root.handOver()
        }
        IconText {
            Layout.fillWidth: true
            visible: root.errorText.length > 0
            objectName: "handOverError"
            icon: "warning"
            iconColor: Theme.error
            textColor: Theme.error
            wrap: true
            fontSize: Theme.fontBody
            text: root.errorText
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "handOverCancel"
            text: qsTr("Cancel")
            flat: true
            onClicked: root.close()
        }
        Button {
            objectName: "handOverConfirm"
            text: qsTr("Hand over")
            flat: true
            enabled: proof.text.trim().length > 0
            onClicked: root.handOver()
        }
    }
}
