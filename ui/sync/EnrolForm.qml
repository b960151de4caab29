// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Sync

// Enrols this tablet with the central service: its address and a one-time code from a
// manager. Busy while the service answers; a refusal is shown in place, in SyncEngine's words,
// and the form stays so nothing typed is lost.
ColumnLayout {
    id: root

    /** The address the form starts with. */
    property string serverUrl: SyncEngine.serverUrl
    property bool cancellable: false
    property bool busy: false
    property string errorText
    readonly property bool canEnrol: !busy && addressField.text.trim().length > 0
                                     && codeField.text.trim().length > 0

    /** Enrolled; message is SyncEngine's confirmation. */
    signal succeeded(string message)
    signal cancelled()

    function enrol() {
        if (!canEnrol)
            return
        errorText = ""
        busy = true
        // May answer at once (an unusable address): busy is set first so it is heard.
        SyncEngine.enrol(addressField.text.trim(), codeField.text.trim())
    }
    function focusFirstEmpty() {
        if (addressField.text.trim().length === 0)
            addressField.forceActiveFocus()
        else
            codeField.forceActiveFocus()
    }

    spacing: Theme.spacing

    Connections {
        target: SyncEngine
        enabled: root.busy

        function onEnrolmentFinished(ok: bool, message: string) {
            root.busy = false
            if (ok) {
                codeField.clear()
                root.succeeded(message)
            } else {
                root.errorText = message
            }
        }
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Central service address")
        font.pixelSize: Theme.fontSmall
        color: Theme.muted
    }
    TextField {
        id: addressField
        Layout.fillWidth: true
        objectName: "enrolAddressField"
        text: root.serverUrl
        enabled: !root.busy
        placeholderText: qsTr("e.g. https://clienteling.example.com")
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                          | Qt.ImhNoPredictiveText
        font.pixelSize: Theme.fontBody + 1
        Accessible.name: qsTr("Central service address")
        onAccepted: codeField.forceActiveFocus()
    }
    Label {
        Layout.fillWidth: true
        Layout.topMargin: 4
        text: qsTr("Enrolment code")
        font.pixelSize: Theme.fontSmall
        color: Theme.muted
    }
    TextField {
        id: codeField
        Layout.fillWidth: true
        objectName: "enrolCodeField"
        enabled: !root.busy
        placeholderText: qsTr("The one-time code from your manager")
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                          | Qt.ImhSensitiveData
        font.pixelSize: Theme.fontBody + 1
        Accessible.name: qsTr("Enrolment code")
        onAccepted: root.enrol()
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: 4
        visible: root.errorText.length > 0
        spacing: Theme.spacing

        Icon {
            Layout.alignment: Qt.AlignTop
            name: "warning"
            size: 20
            color: Theme.error
        }
        Label {
            Layout.fillWidth: true
            objectName: "enrolError"
            text: root.errorText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.error
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: 4
        spacing: Theme.spacing

        Button {
            Layout.preferredHeight: 56
            objectName: "enrolButton"
            text: qsTr("Enrol this tablet")
            highlighted: true
            enabled: root.canEnrol
            font.pixelSize: Theme.fontBody + 1
            onClicked: root.enrol()
        }
        BusyIndicator {
            Layout.preferredWidth: 40
            Layout.preferredHeight: 40
            objectName: "enrolBusy"
            visible: root.busy
            running: root.busy
        }
        Label {
            Layout.fillWidth: true
            visible: root.busy
            text: qsTr("Contacting the central service…")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
        }
        Item {
            Layout.fillWidth: true
            visible: !root.busy
        }
        Button {
            Layout.preferredHeight: 56
            visible: root.cancellable
            objectName: "enrolCancel"
            text: qsTr("Cancel")
            flat: true
            enabled: !root.busy
            onClicked: {
                root.errorText = ""
                root.cancelled()
            }
        }
    }
}
