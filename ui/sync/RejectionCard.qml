// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui

// One change the central service refused: what it was, why, what to do, when; the associate
// dismisses it once read. The words come from C++ (RejectionsModel).
Pane {
    id: root

    required property real mutationId
    required property string title
    required property string reason
    required property string action
    required property string whenText

    signal dismissed()

    padding: 12
    Accessible.role: Accessible.ListItem
    Accessible.name: [title, reason, action, whenText].join(". ")

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.divider

        // A warm edge marks it as something to act on without shouting.
        Rectangle {
            width: 4
            height: parent.height - 2 * Theme.radius
            anchors.verticalCenter: parent.verticalCenter
            color: Theme.warning
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                objectName: "rejectionTitle"
                text: root.title
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Label {
                Layout.alignment: Qt.AlignTop
                text: root.whenText
                font.pixelSize: Theme.fontCaption
                color: Theme.muted
            }
        }
        Label {
            Layout.fillWidth: true
            objectName: "rejectionReason"
            text: root.reason
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            Layout.topMargin: 2
            objectName: "rejectionAction"
            //: Before the advice on a refused change, e.g. "What to do: Ask your store manager."
            text: qsTr("<b>What to do:</b> %1").arg(root.action.replace(/&/g, "&amp;")
                                                              .replace(/</g, "&lt;"))
            textFormat: Text.StyledText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.text
        }
        Button {
            Layout.alignment: Qt.AlignRight
            Layout.preferredHeight: Theme.touchTarget
            objectName: "dismissRejection"
            text: qsTr("Dismiss")
            flat: true
            Accessible.name: qsTr("Dismiss: %1").arg(root.title)
            onClicked: root.dismissed()
        }
    }
}
