// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A figure with its caption above it ("Lifetime value" / "€2,340.00").
ColumnLayout {
    id: root

    property string caption
    property string value

    spacing: 2
    Accessible.role: Accessible.StaticText
    Accessible.name: caption + ": " + value

    Label {
        Layout.fillWidth: true
        text: root.caption
        elide: Text.ElideRight
        font.pixelSize: Theme.fontCaption
        color: Theme.muted
    }
    Label {
        Layout.fillWidth: true
        text: root.value.length > 0 ? root.value : "—"
        elide: Text.ElideRight
        font.pixelSize: Theme.fontBody + 1
        font.weight: Font.DemiBold
        color: Theme.text
    }
}
