// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A message at the bottom of a page (a refused save, a failed action); it stays long enough to
// read, and the associate can dismiss it.
Pane {
    id: root

    property string text
    property bool opened: false

    function show(message: string) {
        text = message
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
            name: "warning"
            color: "#ffb74d"
            size: 20
        }
        Label {
            Layout.fillWidth: true
            text: root.text
            wrapMode: Text.Wrap
            color: "white"
            font.pixelSize: Theme.fontBody
        }
        ToolButton {
            icon.source: Theme.icon("close")
            icon.color: "white"
            Accessible.name: qsTr("Dismiss")
            onClicked: root.hide()
        }
    }
}
