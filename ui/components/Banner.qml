// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A message at the bottom of a page (a refused save, a failed action, something done); it stays
// long enough to read, and the associate can dismiss it. It may offer one next step.
Pane {
    id: root

    property string text
    property bool opened: false
    /** "warning" for what went wrong, "check" for what was done. */
    property string iconName: "warning"
    /** A next step offered beside the message ("View cart"); empty for none. */
    property string actionText

    /** The associate took the next step offered. */
    signal actionClicked()

    function show(message: string) {
        text = message
        iconName = "warning"
        actionText = ""
        opened = true
        hideTimer.restart()
    }
    /** Something went as asked, with an optional next step. */
    function confirm(message: string, action: string) {
        text = message
        iconName = "check"
        actionText = action
        opened = true
        hideTimer.restart()
    }
    function hide() {
        opened = false
    }

    objectName: "banner"
    visible: opacity > 0
    opacity: opened ? 1 : 0
    padding: 12
    leftPadding: Theme.margin
    Material.elevation: 6
    Material.background: "#323232"
    Material.theme: Material.Dark
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Behavior on opacity {
        NumberAnimation { duration: 150 }
    }

    Timer {
        id: hideTimer
        interval: 8000
        onTriggered: root.hide()
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Icon {
            name: root.iconName
            color: root.iconName === "warning" ? "#ffb74d" : "#81c784"
            size: 20
        }
        Label {
            Layout.fillWidth: true
            text: root.text
            wrapMode: Text.Wrap
            color: "white"
            font.pixelSize: Theme.fontBody
        }
        Button {
            visible: root.actionText.length > 0
            objectName: "bannerAction"
            text: root.actionText
            flat: true
            Material.foreground: "#80cbc4"
            onClicked: {
                root.hide()
                root.actionClicked()
            }
        }
        ToolButton {
            icon.source: Theme.icon("close")
            icon.color: "white"
            Accessible.name: qsTr("Dismiss")
            onClicked: root.hide()
        }
    }
}
