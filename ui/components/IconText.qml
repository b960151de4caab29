// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A small icon before a line of text (an email, a phone number, a store).
RowLayout {
    id: root

    property string icon
    property string text
    property color iconColor: Theme.muted
    property color textColor: Theme.text
    property int fontSize: Theme.fontSmall

    spacing: 6

    Icon {
        name: root.icon
        size: 16
        color: root.iconColor
    }
    Label {
        Layout.fillWidth: true
        text: root.text
        elide: Text.ElideRight
        font.pixelSize: root.fontSize
        color: root.textColor
    }
}
