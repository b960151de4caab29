// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App
import Clienteling.Models
import Clienteling.Sync

// Settings: the central service this tablet syncs with: its address (saved at once), whether
// the tablet is enrolled and to which store, how sync stands, and enrolling with a code.
Card {
    id: root

    property bool enrolling: false
    /** What the last enrolment said when it succeeded. */
    property string confirmation
    // SyncEngine words these in C++ and does not say when the language changes: read them
    // again then (until it does).
    readonly property string statusText: {
        void LanguageController.language
        return SyncEngine.statusText
    }
    readonly property string lastSyncText: {
        void LanguageController.language
        return SyncEngine.lastSyncText
    }

    function startEnrolment() {
        confirmation = ""
        enrolling = true
        enrolForm.focusFirstEmpty()
    }
    function saveAddress() {
        // A refused address (plain http:// to the network) stays typed, with SyncEngine's
        // reason under it; a saved one is shown as SyncEngine keeps it (with its https://).
        if (SyncEngine.setServerUrl(addressField.text))
            addressField.text = SyncEngine.serverUrl
    }

    objectName: "centralServiceSection"

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        SectionTitle {
            Layout.fillWidth: true
            icon: "cloud"
            text: qsTr("Central service")
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Where this tablet sends its changes and gets customers, products and staff.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.topMargin: 4
            columns: 2
            columnSpacing: Theme.margin
            rowSpacing: 12

            Label {
                text: qsTr("Enrolment")
                font.pixelSize: Theme.fontBody
                color: Theme.muted
            }
            IconText {
                Layout.fillWidth: true
                objectName: "enrolmentState"
                icon: SyncEngine.enrolled ? "check" : "cloud_off"
                iconColor: SyncEngine.enrolled ? Theme.ok : Theme.muted
                fontSize: Theme.fontBody
                wrap: true
                text: !SyncEngine.enrolled
                      ? qsTr("Not enrolled: this tablet does not sync")
                      : LocalStore.locationName.length > 0
                        //: Enrolment state in Settings, e.g. "Enrolled to Madrid Serrano (MAD)"
                        ? qsTr("Enrolled to %1 (%2)").arg(LocalStore.locationName)
                                                     .arg(LocalStore.locationId)
                        : qsTr("Enrolled to store %1").arg(LocalStore.locationId)
            }
            // Not enrolled says it all; the status would only repeat it.
            Label {
                Layout.alignment: Qt.AlignTop
                visible: SyncEngine.enrolled
                text: qsTr("Sync")
                font.pixelSize: Theme.fontBody
                color: Theme.muted
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: SyncEngine.enrolled
                spacing: 2

                Label {
                    Layout.fillWidth: true
                    objectName: "settingsSyncStatus"
                    text: root.statusText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    visible: SyncEngine.enrolled
                    text: root.lastSyncText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                }
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            visible: !root.enrolling
            text: qsTr("Address")
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
        }
        RowLayout {
            Layout.fillWidth: true
            visible: !root.enrolling
            spacing: Theme.spacing

            TextField {
                id: addressField
                Layout.fillWidth: true
                objectName: "serverAddressField"
                text: SyncEngine.serverUrl
                placeholderText: qsTr("e.g. https://clienteling.example.com")
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                                  | Qt.ImhNoPredictiveText
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Central service address")
                onAccepted: if (saveButton.enabled) root.saveAddress()
            }
            Button {
                id: saveButton
                objectName: "saveServerAddress"
                text: qsTr("Save")
                enabled: addressField.text.trim().length > 0
                         && addressField.text.trim() !== SyncEngine.serverUrl
                onClicked: root.saveAddress()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: !root.enrolling && SyncEngine.addressError.length > 0
            spacing: Theme.spacing

            Icon {
                Layout.alignment: Qt.AlignTop
                name: "warning"
                size: 20
                color: Theme.error
            }
            Label {
                Layout.fillWidth: true
                objectName: "serverAddressError"
                text: SyncEngine.addressError
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.error
            }
        }

        // Success closes the form; SyncEngine's confirmation stays here until the next look.
        IconText {
            Layout.fillWidth: true
            visible: root.confirmation.length > 0 && !root.enrolling
            objectName: "enrolConfirmation"
            icon: "check"
            iconColor: Theme.ok
            fontSize: Theme.fontBody
            wrap: true
            text: root.confirmation
        }
        Button {
            Layout.topMargin: 4
            Layout.preferredHeight: 56
            visible: !root.enrolling
            objectName: "startEnrolment"
            text: SyncEngine.enrolled ? qsTr("Enrol again") : qsTr("Enrol this tablet")
            icon.source: Theme.icon("sync")
            onClicked: root.startEnrolment()
        }

        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            visible: root.enrolling
            text: SyncEngine.enrolled
                  ? qsTr("Enrol again when the central service no longer accepts this tablet, "
                         + "with a new one-time code from your manager.")
                  : qsTr("Your manager gives you a one-time code for this tablet.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
        }
        EnrolForm {
            id: enrolForm
            Layout.fillWidth: true
            Layout.topMargin: 4
            objectName: "settingsEnrolForm"
            visible: root.enrolling
            cancellable: true
            onSucceeded: (message) => {
                root.confirmation = message
                root.enrolling = false
            }
            onCancelled: root.enrolling = false
        }
    }
}
