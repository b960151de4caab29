// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App
import Clienteling.Sync

// The header's sync status, on every screen: an icon and a few words (Offline, 3 waiting,
// Up to date...), with a badge when the central service refused changes. Tapping it opens the
// sync panel. Offline is shown calmly: the tablet works on and uploads later.
ToolButton {
    id: root

    /** notConnected, attention, connecting, syncing, offline, waiting or upToDate. */
    readonly property string mode: {
        if (!SyncEngine.enrolled)
            return "notConnected"
        if (SyncEngine.errorString.length > 0 || SyncEngine.stuck)
            return "attention"
        if (syncingShown)
            return SyncEngine.online ? "syncing" : "connecting"
        if (!SyncEngine.online)
            return "offline"
        return SyncEngine.pendingCount > 0 ? "waiting" : "upToDate"
    }
    readonly property int refusedCount: SyncEngine.rejections.count
    // SyncEngine words it in C++ and does not say when the language changes: read it again
    // then (until it does).
    readonly property string statusText: {
        void LanguageController.language
        return SyncEngine.statusText
    }
    readonly property string shortText: {
        switch (mode) {
        case "notConnected":
            //: Header sync status: not enrolled with a central service, so no sync at all
            return qsTr("Not set up")
        case "attention":
            //: Header sync status: an error or changes stuck; the panel says more
            return qsTr("Needs attention")
        case "connecting":
            return qsTr("Connecting…")
        case "syncing":
            return qsTr("Syncing…")
        case "offline":
            return SyncEngine.pendingCount > 0
                   //: Header sync status, offline with changes queued on the tablet
                   ? qsTr("Offline · %n waiting", "", SyncEngine.pendingCount)
                   : qsTr("Offline")
        case "waiting":
            //: Header sync status: changes queued for upload
            return qsTr("%n waiting", "", SyncEngine.pendingCount)
        }
        return qsTr("Up to date")
    }
    readonly property string iconName: {
        switch (mode) {
        case "notConnected":
        case "offline":
            return "cloud_off"
        case "attention":
            return "warning"
        case "connecting":
        case "syncing":
            return "sync"
        case "waiting":
            return "cloud_pending"
        }
        return "cloud_done"
    }
    // Quick syncs (every poll, every saved change) would make the words flicker: say
    // "Syncing…" once a sync has lasted a moment, or at once before the first one finished
    // (there is nothing to be up to date with yet).
    readonly property bool syncingShown: SyncEngine.syncing
                                         && (!syncingDelay.running || SyncEngine.lastSyncAt <= 0)

    objectName: "syncStatusButton"
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    Accessible.name: refusedCount > 0
                     //: Spoken name of the header sync status: status, then refused count
                     ? qsTr("%1. %n change(s) refused", "", refusedCount).arg(statusText)
                     : statusText
    Accessible.description: qsTr("Opens the sync details")

    Timer {
        id: syncingDelay
        interval: 800
        running: SyncEngine.syncing
    }

    contentItem: RowLayout {
        // Room for the badge, which stands out of the icon's corner.
        spacing: root.refusedCount > 0 ? 14 : 6

        Item {
            Layout.alignment: Qt.AlignVCenter
            implicitWidth: 24
            implicitHeight: 24

            Icon {
                id: statusIcon
                anchors.fill: parent
                name: root.iconName
                color: root.mode === "attention" ? "#ffcc80" : root.Material.foreground

                RotationAnimator on rotation {
                    running: root.mode === "syncing" || root.mode === "connecting"
                    from: 360
                    to: 0
                    duration: 1200
                    loops: Animation.Infinite
                    onRunningChanged: if (!running) statusIcon.rotation = 0
                }
            }

            // How many changes the central service refused: they need the associate's eyes.
            Rectangle {
                objectName: "syncRefusedBadge"
                visible: root.refusedCount > 0
                x: parent.width - 10
                y: -5
                width: Math.max(17, badgeLabel.implicitWidth + 8)
                height: 17
                radius: height / 2
                color: Theme.error
                border.color: "white"
                border.width: 1.5

                Label {
                    id: badgeLabel
                    anchors.centerIn: parent
                    text: root.refusedCount > 99 ? "99+" : String(root.refusedCount)
                    color: "white"
                    font.pixelSize: 10
                    font.weight: Font.Bold
                }
            }
        }
        Label {
            Layout.alignment: Qt.AlignVCenter
            Layout.maximumWidth: 220
            objectName: "syncStatusText"
            text: root.shortText
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            font.weight: root.mode === "attention" ? Font.DemiBold : Font.Normal
            color: root.Material.foreground
        }
    }
}
