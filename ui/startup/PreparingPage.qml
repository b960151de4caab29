// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui

// Shown while the tablet opens or prepares its data; progress comes from AppState.
Page {
    id: page

    /** 0..1; negative while the length of the work is unknown. */
    property real progress: -1
    property string progressText

    objectName: "preparingPage"
    title: qsTr("Getting ready")

    background: Rectangle {
        color: Theme.background
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 480)
        spacing: Theme.margin

        Icon {
            Layout.alignment: Qt.AlignHCenter
            name: "sync"
            size: 48
            color: Theme.accent
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Getting the tablet ready")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontHeadline
            color: Theme.text
        }
        ProgressBar {
            Layout.fillWidth: true
            from: 0
            to: 1
            value: Math.max(page.progress, 0)
            indeterminate: page.progress < 0
        }
        Label {
            Layout.fillWidth: true
            text: page.progressText.length > 0 ? page.progressText
                                                : qsTr("Opening the customer data…")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.muted
        }
    }
}
