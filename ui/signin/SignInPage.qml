// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App
import Clienteling.Models

// Staff number and PIN, checked on the tablet (works offline). Session says why it refused.
Page {
    id: page

    property string errorText

    function signIn() {
        errorText = ""
        if (Session.signIn(staffField.text, pinField.text))
            return
        pinField.clear()
        pinField.forceActiveFocus()
    }

    objectName: "signInPage"
    title: qsTr("Sign in")

    background: Rectangle {
        color: Theme.background
    }

    Component.onCompleted: staffField.forceActiveFocus()

    Connections {
        target: Session
        function onFailed(message: string) {
            page.errorText = message
        }
    }

    ToolButton {
        readonly property string other: LanguageController.language === "es" ? "en" : "es"

        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.spacing
        objectName: "signInLanguageButton"
        text: LanguageController.nativeName(other)
        icon.source: Theme.icon("language")
        display: AbstractButton.TextBesideIcon
        Accessible.name: qsTr("Switch language to %1").arg(text)
        onClicked: LanguageController.language = other
    }

    Flickable {
        anchors.fill: parent
        contentHeight: Math.max(card.implicitHeight + 2 * Theme.touchTarget, height)
        clip: true

        Card {
            id: card
            anchors.centerIn: parent
            width: Math.min(page.width - 2 * Theme.margin, 440)
            padding: 24

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.margin

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Sign in")
                    font.pixelSize: Theme.fontHeadline
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    visible: LocalStore.locationName.length > 0
                    text: qsTr("Tablet of %1").arg(LocalStore.locationName)
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.muted
                }
                TextField {
                    id: staffField
                    Layout.fillWidth: true
                    objectName: "staffNumberField"
                    placeholderText: qsTr("Staff number")
                    inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhNoPredictiveText
                    font.pixelSize: Theme.fontTitle
                    Accessible.name: placeholderText
                    onAccepted: pinField.forceActiveFocus()
                }
                TextField {
                    id: pinField
                    Layout.fillWidth: true
                    objectName: "pinField"
                    placeholderText: qsTr("PIN")
                    echoMode: TextInput.Password
                    maximumLength: 8
                    inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData
                                      | Qt.ImhNoPredictiveText | Qt.ImhHiddenText
                    font.pixelSize: Theme.fontTitle
                    Accessible.name: placeholderText
                    onAccepted: page.signIn()
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: page.errorText.length > 0
                    spacing: Theme.spacing

                    Icon {
                        Layout.alignment: Qt.AlignTop
                        name: "warning"
                        size: 20
                        color: Theme.error
                    }
                    Label {
                        Layout.fillWidth: true
                        objectName: "signInError"
                        text: page.errorText
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.error
                    }
                }
                Button {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    objectName: "signInButton"
                    text: qsTr("Sign in")
                    highlighted: true
                    font.pixelSize: Theme.fontBody + 1
                    onClicked: page.signIn()
                }
                Label {
                    Layout.fillWidth: true
                    visible: AppState.errorString.length > 0
                    text: qsTr("The demo data could not be prepared: %1").arg(AppState.errorString)
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.warning
                }
            }
        }
    }
}
