// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Models

// Edits one size or preference and saves it at once through CustomerProfile.setPreference.
// If the save is refused the dialog stays open with the reason, so nothing typed is lost.
Dialog {
    id: root

    required property CustomerProfile profile
    property string key
    property string label
    property bool isSize: false
    property string errorText

    function edit(key: string, label: string, value: string, isSize: bool) {
        root.key = key
        root.label = label
        root.isSize = isSize
        errorText = ""
        field.text = value
        open()
        field.forceActiveFocus()
        field.selectAll()
    }
    function save() {
        errorText = ""
        if (profile.setPreference(key, field.text))
            close()
    }

    objectName: "preferenceDialog"
    modal: true
    focus: true
    title: label
    // Near the top, so the on-screen keyboard does not cover the field.
    x: (parent.width - width) / 2
    y: Theme.touchTarget
    width: Math.min(parent.width - 2 * Theme.margin, 480)

    Connections {
        target: root.profile
        enabled: root.opened
        function onFailed(message: string) {
            root.errorText = message
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        TextField {
            id: field
            Layout.fillWidth: true
            objectName: "preferenceField"
            placeholderText: root.isSize ? qsTr("For example M, 38 or EU 39")
                                         : qsTr("Leave empty to clear")
            font.pixelSize: Theme.fontTitle
            inputMethodHints: root.isSize ? Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
                                          : Qt.ImhNone
            Accessible.name: root.label
            onAccepted: root.save()
        }
        Label {
            Layout.fillWidth: true
            visible: root.errorText.length > 0
            text: root.errorText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.error
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Saved on this tablet at once and shared with the other channels at the "
                       + "next sync.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "preferenceCancel"
            text: qsTr("Cancel")
            flat: true
            onClicked: root.close()
        }
        Button {
            objectName: "preferenceSave"
            text: qsTr("Save")
            flat: true
            onClicked: root.save()
        }
    }
}
