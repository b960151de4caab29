// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Models
import Clienteling.Sync

// Everything the customer did, in every channel, newest first; filter by channel. The list
// loads a page at a time as it scrolls, so thousands of events open at once.
Card {
    id: root

    required property CustomerTimelineModel timeline

    function toggleChannel(code: string) {
        const channels = timeline.channels.slice()
        const at = channels.indexOf(code)
        if (at >= 0)
            channels.splice(at, 1)
        else
            channels.push(code)
        timeline.channels = channels
    }

    objectName: "timelineSection"
    padding: 0
    topPadding: Theme.margin

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        SectionTitle {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            icon: "clock"
            text: qsTr("Timeline")
        }

        // One row that scrolls sideways when the labels are longer than the column is wide.
        Flickable {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            contentWidth: chips.implicitWidth + 2 * Theme.margin
            flickableDirection: Flickable.HorizontalFlick
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            Row {
                id: chips
                x: Theme.margin
                spacing: 6

                FilterChip {
                    objectName: "channelFilter_all"
                    text: qsTr("All")
                    checked: root.timeline.channels.length === 0
                    onClicked: root.timeline.channels = []
                }
                Repeater {
                    model: ["web", "app", "store", "call_centre", "email"]

                    delegate: FilterChip {
                        required property string modelData

                        objectName: "channelFilter_" + modelData
                        iconName: Theme.channelIcon(modelData)
                        tint: Theme.channelColor(modelData)
                        text: {
                            switch (modelData) {
                            case "web": return qsTr("Web")
                            case "app": return qsTr("App")
                            case "store": return qsTr("Store")
                            case "call_centre": return qsTr("Call centre")
                            case "email": return qsTr("Email")
                            }
                            return modelData
                        }
                        checked: root.timeline.channels.indexOf(modelData) >= 0
                        onClicked: root.toggleChannel(modelData)
                    }
                }
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: list
                anchors.fill: parent
                anchors.leftMargin: Theme.margin
                anchors.rightMargin: Theme.margin
                objectName: "timelineList"
                model: root.timeline
                clip: true
                reuseItems: true
                cacheBuffer: 400
                bottomMargin: Theme.spacing
                visible: count > 0

                delegate: TimelineRow {
                    width: ListView.view.width
                }

                ScrollIndicator.vertical: ScrollIndicator {}
            }

            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, 420)
                visible: list.count === 0 && !root.timeline.loading
                icon: root.timeline.errorString.length > 0 ? "warning" : "clock"
                objectName: "timelineEmpty"
                title: root.timeline.errorString.length > 0
                       ? root.timeline.errorString
                       : SyncEngine.firstSyncPending
                         ? qsTr("Still receiving customer data")
                         : root.timeline.channels.length > 0
                           ? qsTr("Nothing in these channels")
                           : qsTr("No activity yet")
                hint: SyncEngine.firstSyncPending && root.timeline.errorString.length === 0
                      ? qsTr("This tablet has not finished its first sync with the central service. This customer's activity shows up here when it has.")
                      : root.timeline.channels.length > 0
                        ? qsTr("Tap All to see every channel.")
                        : qsTr("Purchases, orders, visits and contacts show up here.")
            }
        }
    }
}
