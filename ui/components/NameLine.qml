// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls

// A customer's name followed by their tier chip: the name takes what it needs and elides only
// when the line is too short, the chip stays right after it. Plain positioning, no layout, so
// the line never feeds its own width back into the layout around it.
Item {
    id: root

    property string name
    property string tier
    property string tierLabel
    property int fontSize: Theme.fontTitle
    property string nameObjectName

    implicitHeight: Math.max(nameLabel.implicitHeight, chip.implicitHeight)
    Accessible.ignored: true

    Label {
        id: nameLabel
        anchors.verticalCenter: parent.verticalCenter
        width: Math.min(implicitWidth, root.width - chip.width - Theme.spacing)
        objectName: root.nameObjectName
        text: root.name
        elide: Text.ElideRight
        font.pixelSize: root.fontSize
        font.weight: Font.DemiBold
        color: Theme.text
    }
    TierChip {
        id: chip
        x: nameLabel.width + Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        tier: root.tier
        text: root.tierLabel
    }
}
