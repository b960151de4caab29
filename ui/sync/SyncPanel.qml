// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App
import Clienteling.Sync

// Where sync stands, in full: the status in the associate's words, the last sync, what waits
// to upload, the first sync's progress, "Sync now", and the changes the central service
// refused, each with why and what to do, to dismiss once read. Opened from the header.
Drawer {
    id: root

    // SyncEngine words these in C++ and does not say when the language changes: read them
    // again then (until it does).
    readonly property string statusText: {
        void LanguageController.language
        return SyncEngine.statusText
    }
    readonly property string lastSyncText: {
        void LanguageController.language
        return SyncEngine.lastSyncText
    }

    objectName: "syncPanel"
    edge: Qt.RightEdge
    width: Math.min(parent ? parent.width : 440, 440)
    height: parent ? parent.height : 0
    // Opened from the header only: an edge swipe would fight the screens' own flicking.
    dragMargin: 0

    background: Rectangle {
        color: Theme.background
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
            x: Theme.margin
            y: Theme.margin
            width: flickable.width - 2 * Theme.margin
            spacing: Theme.margin

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Sync")
                    font.pixelSize: Theme.fontHeadline
                    color: Theme.text
                }
                ToolButton {
                    objectName: "closeSyncPanel"
                    icon.source: Theme.icon("close")
                    Accessible.name: qsTr("Close")
                    onClicked: root.close()
                }
            }

            Card {
                Layout.fillWidth: true

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 12

                        Icon {
                            Layout.alignment: Qt.AlignTop
                            name: !SyncEngine.enrolled || !SyncEngine.online ? "cloud_off"
                                : SyncEngine.errorString.length > 0 || SyncEngine.stuck ? "warning"
                                : SyncEngine.syncing ? "sync"
                                : SyncEngine.pendingCount > 0 ? "cloud_pending" : "cloud_done"
                            size: 28
                            color: SyncEngine.errorString.length > 0 || SyncEngine.stuck
                                   ? Theme.warning
                                   : SyncEngine.enrolled && SyncEngine.online ? Theme.accent
                                                                              : Theme.muted
                        }
                        // SyncEngine words it for associates, including what to do.
                        Label {
                            Layout.fillWidth: true
                            objectName: "syncStatusFull"
                            text: root.statusText
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontBody + 1
                            color: Theme.text
                        }
                    }
                    ProgressBar {
                        Layout.fillWidth: true
                        objectName: "syncProgress"
                        // Only a long pull (the first sync) has a figure worth showing.
                        visible: SyncEngine.syncing && SyncEngine.progress > 0
                                 && SyncEngine.progress < 1
                        from: 0
                        to: 1
                        value: SyncEngine.progress
                    }
                    IconText {
                        Layout.fillWidth: true
                        objectName: "syncLastSync"
                        icon: "clock"
                        wrap: true
                        text: root.lastSyncText
                    }
                    IconText {
                        Layout.fillWidth: true
                        objectName: "syncPending"
                        icon: "cloud_pending"
                        text: SyncEngine.pendingCount > 0
                              //: Changes made on this tablet, not yet sent; %1 is how many
                              ? qsTr("Waiting to upload: %1").arg(SyncEngine.pendingCount)
                              : qsTr("Nothing waiting to upload")
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: !SyncEngine.enrolled
                        text: qsTr("Ask your manager for an enrolment code, then enrol this "
                                   + "tablet in Settings.")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                    }
                    Button {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 56
                        Layout.topMargin: 4
                        objectName: "syncNowButton"
                        enabled: SyncEngine.enrolled && !SyncEngine.syncing
                        text: SyncEngine.syncing ? qsTr("Syncing…") : qsTr("Sync now")
                        icon.source: Theme.icon("sync")
                        highlighted: true
                        font.pixelSize: Theme.fontBody + 1
                        onClicked: SyncEngine.syncNow()
                    }
                }
            }

            SectionTitle {
                Layout.fillWidth: true
                Layout.topMargin: 4
                icon: "warning"
                text: qsTr("Refused changes")
                trailing: refused.count > 0 ? String(refused.count) : ""
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: -Theme.spacing
                objectName: "noRejections"
                text: refused.count > 0
                      ? qsTr("The central service did not accept these changes, so they are not "
                             + "saved. Read what to do, then dismiss them.")
                      : qsTr("None: every change you made was accepted or is still waiting to "
                             + "upload.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
            Repeater {
                id: refused
                objectName: "rejectionsList"
                model: SyncEngine.rejections

                delegate: RejectionCard {
                    id: card

                    Layout.fillWidth: true
                    onDismissed: SyncEngine.rejections.dismiss(card.mutationId)
                }
            }
        }
    }
}
