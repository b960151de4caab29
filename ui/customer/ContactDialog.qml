// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Models

// Corrects the customer's contact details and home store, and gives them a loyalty card when
// they have none. Saved on this tablet at once, offline too; if the save is refused the dialog
// stays open with the reason, so nothing typed is lost.
Dialog {
    id: root

    required property CustomerProfile profile
    property string errorText

    function edit() {
        const contact = profile.contact
        errorText = ""
        firstName.text = contact.firstName ?? ""
        lastName.text = contact.lastName ?? ""
        email.text = contact.email ?? ""
        phone.text = contact.phone ?? ""
        birthDate.text = contact.birthDate ?? ""
        card.text = ""
        const stores = profile.homeStores
        homeStore.currentIndex = -1
        for (let i = 0; i < stores.length; ++i) {
            if (stores[i].id === contact.homeLocationId)
                homeStore.currentIndex = i
        }
        open()
        firstName.focusField()
    }
    function save() {
        errorText = ""
        const fields = {
            firstName: firstName.text,
            lastName: lastName.text,
            email: email.text,
            phone: phone.text,
            birthDate: birthDate.text,
            homeLocationId: homeStore.currentIndex >= 0 ? homeStore.currentValue : "",
        }
        if (!profile.saveContact(fields))
            return
        if (card.text.trim().length > 0 && !profile.giveLoyaltyCard(card.text))
            return
        close()
    }

    objectName: "contactDialog"
    modal: true
    focus: true
    title: qsTr("Contact details")
    x: (parent.width - width) / 2
    y: Theme.touchTarget / 2
    width: Math.min(parent.width - 2 * Theme.margin, 560)
    height: Math.min(parent.height - Theme.touchTarget, implicitHeight)

    Connections {
        target: root.profile
        enabled: root.opened
        function onFailed(message: string) {
            root.errorText = message
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: fields.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        implicitHeight: fields.implicitHeight

        ColumnLayout {
            id: fields
            width: parent.width
            spacing: Theme.spacing

            FormField {
                id: firstName
                Layout.fillWidth: true
                fieldObjectName: "contactFirstName"
                label: qsTr("First name")
            }
            FormField {
                id: lastName
                Layout.fillWidth: true
                fieldObjectName: "contactLastName"
                label: qsTr("Surnames")
            }
            FormField {
                id: email
                Layout.fillWidth: true
                fieldObjectName: "contactEmail"
                label: qsTr("Email")
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
            }
            FormField {
                id: phone
                Layout.fillWidth: true
                fieldObjectName: "contactPhone"
                label: qsTr("Phone (with + and the country code if it is from another country)")
                inputMethodHints: Qt.ImhDialableCharactersOnly
            }
            FormField {
                id: birthDate
                Layout.fillWidth: true
                fieldObjectName: "contactBirthDate"
                label: qsTr("Birthday")
                placeholderText: qsTr("YYYY-MM-DD")
                inputMethodHints: Qt.ImhDate
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Home store")
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
            ComboBox {
                id: homeStore
                Layout.fillWidth: true
                objectName: "contactHomeStore"
                model: root.profile.homeStores
                textRole: "name"
                valueRole: "id"
                displayText: currentIndex >= 0 ? currentText : qsTr("Online only: no home store")
                Accessible.name: qsTr("Home store")
            }
            FormField {
                id: card
                Layout.fillWidth: true
                visible: root.profile.loyaltyId.length === 0
                fieldObjectName: "contactLoyaltyCard"
                label: qsTr("Give a loyalty card: scan it or type its number")
                inputMethodHints: Qt.ImhDigitsOnly
            }
            Label {
                Layout.fillWidth: true
                visible: root.errorText.length > 0
                objectName: "contactError"
                text: root.errorText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.error
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Saved on this tablet at once and shared with the other channels at "
                           + "the next sync.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "contactCancel"
            text: qsTr("Cancel")
            flat: true
            onClicked: root.close()
        }
        Button {
            objectName: "contactSave"
            text: qsTr("Save")
            flat: true
            onClicked: root.save()
        }
    }
}
