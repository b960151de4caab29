// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One line of totals: what on the left, the amount (worked out in C++) on the right.
RowLayout {
    id: root

    property string label
    property string value
    /** The total itself: larger. */
    property bool strong: false
    /** A note such as the VAT included: smaller and grey. */
    property bool muted: false

    spacing: Theme.spacing
    Accessible.role: Accessible.StaticText
    Accessible.name: label + ": " + value

    Label {
        Layout.fillWidth: true
        text: root.label
        elide: Text.ElideRight
        font.pixelSize: root.muted ? Theme.fontSmall : Theme.fontBody
        font.weight: root.strong ? Font.DemiBold : Font.Normal
        color: root.muted ? Theme.muted : Theme.text
    }
    Label {
        objectName: root.objectName.length > 0 ? root.objectName + "Value" : ""
        text: root.value
        font.pixelSize: root.strong ? Theme.fontTitle : root.muted ? Theme.fontSmall : Theme.fontBody
        font.weight: root.strong ? Font.DemiBold : Font.Normal
        color: root.muted ? Theme.muted : Theme.text
    }
}
