// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Models

// Settings, for a store manager: colleagues whose sign-in is locked after too many wrong PINs
// (on this tablet or another of the store), each with Unlock. The lock and the unlock reach
// every tablet of the store through the central service.
Card {
    id: root

    property var locked: []
    property string errorText
    property string doneText

    function reload() {
        locked = Session.isManager ? Session.lockedStaff() : []
    }
    function unlock(staffNumber: string, name: string) {
        errorText = ""
        doneText = ""
        if (Session.unlockStaff(staffNumber))
            //: %1 is the colleague's name
            doneText = qsTr("%1 can sign in again.").arg(name)
        reload()
    }

    objectName: "staffLocksSection"
    visible: Session.isManager
    Component.onCompleted: reload()

    Connections {
        target: Session
        function onChanged() {
            root.errorText = ""
            root.doneText = ""
            root.reload()
        }
        function onFailed(message: string) {
            root.errorText = message
        }
    }
    Connections {
        target: LocalStore
        function onTablesChanged(tables: list<string>) {
            if (tables.indexOf("staff") >= 0)
                root.reload()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        SectionTitle {
            Layout.fillWidth: true
            icon: "person"
            text: qsTr("Locked sign-ins")
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("After five wrong PINs a colleague cannot sign in on any tablet of the "
                       + "store until a manager unlocks them. Check it is really them first.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
        }
        IconText {
            Layout.fillWidth: true
            Layout.topMargin: 4
            visible: root.locked.length === 0
            objectName: "noLockedStaff"
            icon: "check"
            iconColor: Theme.ok
            fontSize: Theme.fontBody
            wrap: true
            text: qsTr("Nobody is locked out.")
        }
        Repeater {
            model: root.locked

            delegate: RowLayout {
                id: row

                required property var modelData

                Layout.fillWidth: true
                spacing: Theme.spacing

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0

                    Label {
                        Layout.fillWidth: true
                        objectName: "lockedStaffName"
                        //: Colleague and staff number, e.g. "Lucía Fernández (1001)"
                        text: qsTr("%1 (%2)").arg(row.modelData.name).arg(row.modelData.staffNumber)
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.modelData.lockedText
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                    }
                }
                Button {
                    objectName: "unlockStaff_" + row.modelData.staffNumber
                    text: qsTr("Unlock")
                    onClicked: root.unlock(row.modelData.staffNumber, row.modelData.name)
                }
            }
        }
        IconText {
            Layout.fillWidth: true
            visible: text.length > 0
            objectName: "staffLocksDone"
            icon: "check"
            iconColor: Theme.ok
            fontSize: Theme.fontBody
            wrap: true
            text: root.doneText
        }
        IconText {
            Layout.fillWidth: true
            visible: text.length > 0
            objectName: "staffLocksError"
            icon: "warning"
            iconColor: Theme.error
            textColor: Theme.error
            fontSize: Theme.fontBody
            wrap: true
            text: root.errorText
        }
    }
}
