// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Models

// Every consent the customer gave or withdrew, newest first: when, on which channel and who
// recorded it. Shown under the contact permissions; the law asks that this proof be kept.
ColumnLayout {
    id: root

    required property string customerId
    readonly property ConsentHistoryModel history: historyModel

    objectName: "consentHistory"
    spacing: 0

    ConsentHistoryModel {
        id: historyModel
        store: LocalStore
        customerId: root.customerId
    }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        text: qsTr("History")
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
    }
    Label {
        Layout.fillWidth: true
        objectName: "consentHistoryEmpty"
        visible: historyModel.count === 0
        text: qsTr("No consent has been recorded for this customer yet.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.muted
    }
    Repeater {
        model: historyModel

        delegate: ColumnLayout {
            id: event

            required property int index
            required property string title
            required property string detail
            required property bool granted
            required property bool pending

            Layout.fillWidth: true
            Layout.topMargin: 4
            objectName: "consentEvent_" + index
            spacing: 0

            Label {
                Layout.fillWidth: true
                text: event.pending ? qsTr("%1 (not synced yet)").arg(event.title) : event.title
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: event.granted ? Theme.text : Theme.warning
            }
            Label {
                Layout.fillWidth: true
                text: event.detail
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
        }
    }
}
