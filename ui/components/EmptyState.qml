// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// What a list says when it has nothing to show: an icon, one line, and a hint.
ColumnLayout {
    id: root

    property string icon
    property string title
    property string hint
    property color tint: Theme.muted

    spacing: Theme.spacing

    Icon {
        Layout.alignment: Qt.AlignHCenter
        visible: root.icon.length > 0
        name: root.icon
        size: 48
        color: root.tint
        opacity: 0.7
    }
    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: root.title
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontTitle
        color: Theme.text
    }
    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: root.hint
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.muted
    }
}
