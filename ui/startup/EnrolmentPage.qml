// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App

// A new tablet without store data: nobody can sign in until it is enrolled with the central
// service and has synced its staff. Explains that a manager gives the code, and enrols.
Page {
    id: page

    objectName: "enrolmentPage"
    title: qsTr("Connect this tablet")

    background: Rectangle {
        color: Theme.background
    }

    Component.onCompleted: form.focusFirstEmpty()

    ToolButton {
        readonly property string other: LanguageController.language === "es" ? "en" : "es"

        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.spacing
        z: 1
        objectName: "enrolLanguageButton"
        text: LanguageController.nativeName(other)
        icon.source: Theme.icon("language")
        display: AbstractButton.TextBesideIcon
        Accessible.name: qsTr("Switch language to %1").arg(text)
        onClicked: LanguageController.language = other
    }

    Flickable {
        id: flickable
        anchors.fill: parent
        contentHeight: Math.max(card.implicitHeight + 2 * Theme.touchTarget, height)
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Card {
            id: card
            anchors.centerIn: parent
            width: Math.min(page.width - 2 * Theme.margin, 520)
            padding: 24

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.margin

                Icon {
                    name: "cloud"
                    size: 40
                    color: Theme.accent
                }
                Label {
                    Layout.fillWidth: true
                    text: page.title
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontHeadline
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("This tablet has no store data yet. Enrol it with the central "
                               + "service: it then copies your store's customers, products and "
                               + "staff, and you can sign in.")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
                IconText {
                    Layout.fillWidth: true
                    icon: "person"
                    iconColor: Theme.accent
                    fontSize: Theme.fontBody
                    textColor: Theme.muted
                    wrap: true
                    text: qsTr("Ask your store manager for a one-time enrolment code.")
                }
                EnrolForm {
                    id: form
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    objectName: "enrolForm"
                }
            }
        }
    }
}
