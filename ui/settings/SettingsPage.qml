// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App
import Clienteling.Models

// The app's language (applied at once), the central service (address, enrolment), the card
// terminal, the associate's cash drawer, locked sign-ins (managers), what this tablet is, and
// signing out.
Page {
    id: page

    /** Opens the enrolment form of the central service section. */
    function startEnrolment() {
        centralService.startEnrolment()
    }

    objectName: "settingsPage"
    title: qsTr("Settings")

    background: Rectangle {
        color: Theme.background
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (page.width - width) / 2)
            y: Theme.margin
            width: Math.min(page.width - 2 * Theme.margin, 720)
            spacing: Theme.margin

            Label {
                Layout.fillWidth: true
                text: page.title
                font.pixelSize: Theme.fontHeadline
                color: Theme.text
            }

            Card {
                Layout.fillWidth: true

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 4

                    SectionTitle {
                        Layout.fillWidth: true
                        icon: "language"
                        text: qsTr("Language")
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Changes the app at once, including dates and prices.")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                    }
                    Repeater {
                        model: LanguageController.languages

                        delegate: RadioDelegate {
                            required property string modelData

                            Layout.fillWidth: true
                            objectName: "language_" + modelData
                            leftPadding: 0
                            text: LanguageController.nativeName(modelData)
                            font.pixelSize: Theme.fontBody
                            checked: LanguageController.language === modelData
                            onClicked: LanguageController.language = modelData
                        }
                    }
                }
            }

            CentralServiceSection {
                id: centralService
                Layout.fillWidth: true
            }

            CardTerminalSection {
                Layout.fillWidth: true
            }

            CashDrawerSection {
                Layout.fillWidth: true
            }

            StaffLocksSection {
                Layout.fillWidth: true
            }

            Card {
                Layout.fillWidth: true

                GridLayout {
                    anchors.fill: parent
                    columns: 2
                    columnSpacing: Theme.margin
                    rowSpacing: 12

                    SectionTitle {
                        Layout.fillWidth: true
                        Layout.columnSpan: 2
                        icon: "channel/store"
                        text: qsTr("This tablet")
                    }

                    Label {
                        text: qsTr("Store")
                        font.pixelSize: Theme.fontBody
                        color: Theme.muted
                    }
                    Label {
                        Layout.fillWidth: true
                        text: LocalStore.locationName.length > 0
                              //: Store name and its code, e.g. "Madrid Serrano (MAD)"
                              ? qsTr("%1 (%2)").arg(LocalStore.locationName).arg(LocalStore.locationId)
                              : qsTr("Not enrolled in a store yet")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                    }
                    Label {
                        text: qsTr("Signed in")
                        font.pixelSize: Theme.fontBody
                        color: Theme.muted
                    }
                    Label {
                        Layout.fillWidth: true
                        objectName: "settingsAssociate"
                        text: Session.isManager
                              //: Associate name, e.g. "Lucía Martín, manager"
                              ? qsTr("%1, manager").arg(Session.associateName)
                              : Session.associateName
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                    }
                    Label {
                        text: qsTr("App version")
                        font.pixelSize: Theme.fontBody
                        color: Theme.muted
                    }
                    Label {
                        Layout.fillWidth: true
                        text: Qt.application.version
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                    }
                    Label {
                        text: qsTr("Data")
                        font.pixelSize: Theme.fontBody
                        color: Theme.muted
                    }
                    Label {
                        Layout.fillWidth: true
                        text: LocalStore.path
                        wrapMode: Text.WrapAnywhere
                        font.pixelSize: Theme.fontSmall
                        color: Theme.text
                    }
                }
            }

            Button {
                Layout.alignment: Qt.AlignLeft
                Layout.preferredHeight: 56
                objectName: "signOutButton"
                text: qsTr("Sign out")
                icon.source: Theme.icon("sign_out")
                onClicked: Session.signOut()
            }
        }
    }
}
