// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A labelled text field with its own message under it, so the associate sees which field to
// correct and how (the words come from C++'s checks).
ColumnLayout {
    id: root

    property string label
    property string errorText
    property alias text: field.text
    property alias placeholderText: field.placeholderText
    property alias inputMethodHints: field.inputMethodHints
    property alias field: field
    property string fieldObjectName

    signal accepted()

    function focusField() {
        field.forceActiveFocus()
    }

    spacing: 2

    Label {
        Layout.fillWidth: true
        text: root.label
        // Two lines rather than a cut label ("POIID (en la pantalla del datá…" at 600 px).
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
        font.pixelSize: Theme.fontSmall
        color: root.errorText.length > 0 ? Theme.error : Theme.muted
    }
    TextField {
        id: field
        Layout.fillWidth: true
        objectName: root.fieldObjectName
        font.pixelSize: Theme.fontBody + 1
        Accessible.name: root.label
        Accessible.description: root.errorText
        Material.accent: root.errorText.length > 0 ? Theme.error : Theme.accent
        onAccepted: root.accepted()
    }
    IconText {
        Layout.fillWidth: true
        visible: root.errorText.length > 0
        objectName: root.fieldObjectName.length > 0 ? root.fieldObjectName + "Error" : ""
        icon: "warning"
        iconColor: Theme.error
        textColor: Theme.error
        wrap: true
        text: root.errorText
    }
}
