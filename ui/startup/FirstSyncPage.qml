// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui

// The tablet is enrolled and copies its store's data for the first time; sign-in comes once
// the staff are here. Shows the progress, or SyncEngine's words and a retry when it stopped.
Page {
    id: page

    property bool syncing: false
    /** 0..1 while pages come down; 0 before the first one. */
    property real progress: 0
    /** SyncEngine's status, in the associate's words. */
    property string statusText
    /** An error or an offline service: the sync has stopped for now. */
    property bool stopped: false
    /** The central service did not answer (rather than refused). */
    property bool offline: false

    signal retryRequested()

    objectName: "firstSyncPage"
    title: qsTr("Getting your store's data")

    background: Rectangle {
        color: Theme.background
    }

    Flickable {
        anchors.fill: parent
        contentHeight: Math.max(column.implicitHeight + 2 * Theme.margin, height)
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            anchors.centerIn: parent
            width: Math.min(page.width - 2 * Theme.margin, 520)
            spacing: Theme.margin

            Icon {
                Layout.alignment: Qt.AlignHCenter
                name: page.stopped ? "cloud_off" : "sync"
                size: 48
                color: page.stopped ? Theme.muted : Theme.accent
            }
            Label {
                Layout.fillWidth: true
                text: page.title
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontHeadline
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                objectName: "firstSyncExplanation"
                text: page.stopped && page.offline
                      ? qsTr("The central service cannot be reached right now. The tablet keeps "
                             + "trying by itself; check the Wi-Fi, or tap Try again.")
                      : qsTr("This tablet is enrolled. It is copying your store's customers, "
                             + "products and staff; the first time takes a few minutes. Keep it "
                             + "on Wi-Fi. You can sign in when it is done.")
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.muted
            }
            ProgressBar {
                Layout.fillWidth: true
                objectName: "firstSyncProgress"
                visible: !page.stopped
                from: 0
                to: 1
                value: page.progress
                indeterminate: page.progress <= 0
            }
            // SyncEngine's words; offline they speak of this tablet's data, which it has not yet.
            Label {
                Layout.fillWidth: true
                visible: !(page.stopped && page.offline)
                objectName: "firstSyncStatus"
                text: page.statusText
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody + 1
                color: Theme.text
            }
            Button {
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredHeight: 56
                visible: page.stopped
                objectName: "firstSyncRetry"
                text: qsTr("Try again")
                icon.source: Theme.icon("sync")
                highlighted: true
                enabled: !page.syncing
                onClicked: page.retryRequested()
            }
        }
    }
}
