// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui

// The chain's customers that match the search and are not on this tablet (other stores, the
// web shop), each marked with their home store; shown below this tablet's results.
ColumnLayout {
    id: root

    /** ChainCustomerSearch. */
    property var model
    /** A customer is on their way onto the tablet: nothing else can be opened meanwhile. */
    property bool busy: false

    signal chosen(string customerId, string name)

    spacing: Theme.spacing
    visible: !!model && model.count > 0

    SectionTitle {
        Layout.fillWidth: true
        Layout.topMargin: Theme.margin
        objectName: "chainResultsTitle"
        icon: "store"
        text: qsTr("Other stores and online")
    }
    Repeater {
        model: root.model

        delegate: CustomerResultCard {
            required property int index

            Layout.fillWidth: true
            objectName: "chainResult_" + index
            email: ""
            phone: ""
            loyaltyId: ""
            enabled: !root.busy
            onClicked: root.chosen(customerId, displayName)
        }
    }
}
