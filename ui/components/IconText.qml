// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A small icon before a line of text (an email, a phone number, a store); sentences wrap.
RowLayout {
    id: root

    property string icon
    property string text
    property color iconColor: Theme.muted
    property color textColor: Theme.text
    property int fontSize: Theme.fontSmall
    /** Wrap onto more lines instead of eliding (for sentences rather than values). */
    property bool wrap: false

    spacing: 6

    Icon {
        Layout.alignment: root.wrap ? Qt.AlignTop : Qt.AlignVCenter
        Layout.topMargin: root.wrap ? 2 : 0
        name: root.icon
        size: 16
        color: root.iconColor
    }
    Label {
        Layout.fillWidth: true
        text: root.text
        elide: root.wrap ? Text.ElideNone : Text.ElideRight
        wrapMode: root.wrap ? Text.Wrap : Text.NoWrap
        font.pixelSize: root.fontSize
        color: root.textColor
    }
}
