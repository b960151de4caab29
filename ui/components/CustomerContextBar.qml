// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Whom the associate is serving while browsing products: the customer's name, to open them or
// choose another; or, with nobody chosen, a button to choose one.
Rectangle {
    id: root

    property string customerName
    /** Offer to open the customer (not when they are one step back). */
    property bool canOpen: true

    signal openRequested()
    signal chooseRequested()

    implicitHeight: Theme.touchTarget + 8
    radius: Theme.radius
    color: customerName.length > 0 ? Theme.accentLight : Theme.surface
    border.color: customerName.length > 0 ? Theme.accent : Theme.divider

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: 4
        spacing: Theme.spacing

        Icon {
            name: "person"
            size: 20
            color: root.customerName.length > 0 ? Theme.accent : Theme.muted
        }
        Label {
            Layout.fillWidth: true
            objectName: "customerContextName"
            text: root.customerName.length > 0
                  //: Whom the associate is serving while looking at products
                  ? qsTr("For %1").arg(root.customerName)
                  : qsTr("No customer chosen")
            elide: Text.ElideRight
            font.pixelSize: Theme.fontBody
            font.weight: root.customerName.length > 0 ? Font.DemiBold : Font.Normal
            color: root.customerName.length > 0 ? Theme.text : Theme.muted
        }
        Button {
            visible: root.customerName.length > 0 && root.canOpen
            objectName: "openContextCustomer"
            text: qsTr("Open")
            flat: true
            onClicked: root.openRequested()
        }
        Button {
            objectName: "chooseCustomerButton"
            text: root.customerName.length > 0 ? qsTr("Change") : qsTr("Choose customer")
            flat: true
            onClicked: root.chooseRequested()
        }
    }
}
