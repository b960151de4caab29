// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The heading of a block on a page: icon, title, and an optional figure on the right.
RowLayout {
    id: root

    // A layout in a ColumnLayout fills the height by default: a heading never takes more than
    // its line (the orders page had a gap above its lists from this).
    Layout.fillHeight: false

    property string icon
    property string text
    property string trailing

    spacing: Theme.spacing

    Icon {
        visible: root.icon.length > 0
        name: root.icon
        size: 20
        color: Theme.accent
    }
    Label {
        Layout.fillWidth: true
        text: root.text
        elide: Text.ElideRight
        font.pixelSize: Theme.fontBody + 1
        font.weight: Font.DemiBold
        color: Theme.text
    }
    Label {
        visible: text.length > 0
        text: root.trailing
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
        color: Theme.text
    }
}
