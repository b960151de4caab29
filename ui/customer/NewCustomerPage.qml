// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Models
import Clienteling.Sync
import Clienteling.App

// Registering a walk-in, offline too: who they are, how to reach them, the permissions they
// give now, optionally an address and a loyalty card. Before saving, the same person already
// registered (same email, phone, or name and postcode; on this tablet and in the whole chain
// when online) is offered, to open instead of registering twice.
Page {
    id: page

    /** What was typed in the search: a name, an email or a phone to start from. */
    property string startingText
    /** Likely duplicates were shown: saving now means "not the same person". */
    property bool duplicatesShown: false

    /** The new customer was saved. */
    signal created(string customerId)
    /** The associate chose an existing customer instead. */
    signal customerChosen(string customerId)

    function fields(): var {
        return {
            firstName: firstName.text,
            lastName: lastName.text,
            email: email.text,
            phone: phone.text,
            phoneCountry: phoneCountry.currentValue ?? "",
            language: language.currentValue ?? "",
            birthDate: birthDate.text,
            loyaltyId: loyaltyCard.text,
            consents: {
                email: consentEmail.checked,
                sms: consentSms.checked,
                phone: consentPhone.checked,
                marketing: consentMarketing.checked,
            },
            address: addressShown.checked ? address.address() : {},
        }
    }
    function submit() {
        if (!form.validate(fields())) {
            banner.show(qsTr("Some details need correcting: see the fields marked in red."))
            return
        }
        if (duplicatesShown) {
            save()
            return
        }
        form.checkDuplicates(fields())
    }
    function save() {
        const id = form.save(fields())
        if (id.length > 0)
            page.created(id)
    }
    // The search text goes where it belongs: an email, a phone, or a name.
    function prefill(text: string) {
        const typed = text.trim()
        if (typed.length === 0)
            return
        if (typed.indexOf("@") > 0)
            email.text = typed
        else if (/^[+0-9 ().-]+$/.test(typed))
            phone.text = typed
        else {
            const words = typed.split(/\s+/)
            firstName.text = words[0]
            lastName.text = words.slice(1).join(" ")
        }
    }
    function errorFor(name: string): string {
        return form.errors[name] ?? ""
    }

    objectName: "newCustomerPage"
    title: qsTr("New customer")

    background: Rectangle {
        color: Theme.background
    }

    Component.onCompleted: {
        prefill(startingText)
        firstName.focusField()
    }

    NewCustomerForm {
        id: form
        store: LocalStore
        sync: SyncEngine
        onDuplicatesChecked: {
            if (duplicates.length === 0) {
                page.save()
            } else {
                page.duplicatesShown = true
                flick.contentY = 0
            }
        }
        onFailed: (message) => banner.show(message)
    }
    CustomerOpener {
        id: opener
        store: LocalStore
        sync: SyncEngine
        onOpened: (customerId) => page.customerChosen(customerId)
        onFailed: (message) => banner.show(message)
    }

    Flickable {
        id: flick
        objectName: "newCustomerFlick"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - Theme.readableWidth) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.readableWidth)
            spacing: Theme.margin

            // The same person, perhaps: shown before anything is saved.
            Card {
                Layout.fillWidth: true
                objectName: "duplicatesCard"
                visible: page.duplicatesShown && form.duplicates.length > 0

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing

                    SectionTitle {
                        Layout.fillWidth: true
                        icon: "warning"
                        text: qsTr("This may be someone already registered")
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                        text: form.checkedLocallyOnly
                              ? qsTr("Only this tablet's customers could be checked: the central "
                                     + "service cannot be reached. Ask the customer whether they "
                                     + "are registered in another store or online.")
                              : qsTr("Ask the customer. If it is them, open their record instead "
                                     + "of registering them twice.")
                    }
                    Repeater {
                        model: form.duplicates

                        delegate: ItemDelegate {
                            id: duplicate

                            required property var modelData
                            required property int index

                            Layout.fillWidth: true
                            objectName: "duplicate_" + index
                            enabled: !opener.busy
                            Accessible.name: modelData.displayName
                            onClicked: opener.open(modelData.customerId, modelData.displayName)

                            contentItem: RowLayout {
                                spacing: Theme.margin

                                Icon {
                                    name: "person"
                                    color: Theme.accent
                                }
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 2

                                    Label {
                                        Layout.fillWidth: true
                                        text: duplicate.modelData.displayName
                                        elide: Text.ElideRight
                                        font.pixelSize: Theme.fontBody
                                        font.bold: true
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        wrapMode: Text.Wrap
                                        text: duplicate.modelData.homeLocationName.length > 0
                                              //: %1 why it may be the same person, %2 their home store
                                              ? qsTr("%1 · %2").arg(duplicate.modelData.reason)
                                                    .arg(duplicate.modelData.homeLocationName)
                                              : duplicate.modelData.reason
                                        font.pixelSize: Theme.fontSmall
                                        color: Theme.muted
                                    }
                                }
                                Label {
                                    text: qsTr("Open")
                                    color: Theme.accent
                                    font.bold: true
                                    font.pixelSize: Theme.fontBody
                                }
                            }
                        }
                    }
                    Button {
                        Layout.alignment: Qt.AlignRight
                        objectName: "registerAnywayButton"
                        flat: true
                        text: qsTr("Not the same person: register new")
                        onClicked: page.save()
                    }
                }
            }

            Card {
                Layout.fillWidth: true

                GridLayout {
                    id: who
                    anchors.fill: parent
                    columns: width >= 560 ? 2 : 1
                    columnSpacing: Theme.margin
                    rowSpacing: Theme.spacing

                    SectionTitle {
                        Layout.fillWidth: true
                        Layout.columnSpan: who.columns
                        icon: "person"
                        text: qsTr("Customer")
                    }
                    FormField {
                        id: firstName
                        Layout.fillWidth: true
                        fieldObjectName: "firstNameField"
                        label: qsTr("First name")
                        errorText: page.errorFor("firstName")
                        onTextChanged: page.duplicatesShown = false
                    }
                    FormField {
                        id: lastName
                        Layout.fillWidth: true
                        fieldObjectName: "lastNameField"
                        label: qsTr("Surnames")
                        errorText: page.errorFor("lastName")
                        onTextChanged: page.duplicatesShown = false
                    }
                    FormField {
                        id: email
                        Layout.fillWidth: true
                        fieldObjectName: "emailField"
                        label: qsTr("Email (optional)")
                        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                        errorText: page.errorFor("email")
                        onTextChanged: page.duplicatesShown = false
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2

                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Phone (optional) and its country")
                            font.pixelSize: Theme.fontSmall
                            color: page.errorFor("phone").length > 0 ? Theme.error : Theme.muted
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing

                            ComboBox {
                                id: phoneCountry
                                objectName: "phoneCountry"
                                Layout.preferredWidth: 150
                                model: form.countries
                                displayText: Format.country(currentValue ?? "")
                                Accessible.name: qsTr("Country of the phone number")
                                Component.onCompleted: {
                                    const at = form.countries.indexOf(form.storeCountry)
                                    if (at >= 0)
                                        currentIndex = at
                                }

                                delegate: ItemDelegate {
                                    required property string modelData
                                    width: ListView.view ? ListView.view.width : implicitWidth
                                    text: Format.country(modelData)
                                }
                            }
                            TextField {
                                id: phone
                                Layout.fillWidth: true
                                objectName: "phoneField"
                                font.pixelSize: Theme.fontBody + 1
                                inputMethodHints: Qt.ImhDialableCharactersOnly
                                Accessible.name: qsTr("Phone")
                                onTextChanged: page.duplicatesShown = false
                            }
                        }
                        IconText {
                            Layout.fillWidth: true
                            visible: page.errorFor("phone").length > 0
                            objectName: "phoneFieldError"
                            icon: "warning"
                            iconColor: Theme.error
                            textColor: Theme.error
                            wrap: true
                            text: page.errorFor("phone")
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2

                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Preferred language")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                        ComboBox {
                            id: language
                            Layout.fillWidth: true
                            objectName: "languageBox"
                            model: form.languages
                            textRole: "name"
                            valueRole: "code"
                            Accessible.name: qsTr("Preferred language")
                        }
                    }
                    FormField {
                        id: birthDate
                        Layout.fillWidth: true
                        fieldObjectName: "birthDateField"
                        label: qsTr("Birthday (optional)")
                        placeholderText: qsTr("YYYY-MM-DD")
                        inputMethodHints: Qt.ImhDate
                        errorText: page.errorFor("birthDate")
                    }
                    FormField {
                        id: loyaltyCard
                        Layout.fillWidth: true
                        Layout.columnSpan: who.columns
                        fieldObjectName: "loyaltyCardField"
                        label: qsTr("Loyalty card (optional): scan it or type its number")
                        inputMethodHints: Qt.ImhDigitsOnly
                        errorText: page.errorFor("loyaltyId")
                    }
                }
            }

            Card {
                Layout.fillWidth: true

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 0

                    SectionTitle {
                        Layout.fillWidth: true
                        icon: "check"
                        text: qsTr("Contact permissions")
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.bottomMargin: 4
                        text: qsTr("Ask the customer. Each one they give is recorded as given in "
                                   + "this store, now.")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                    }
                    SwitchDelegate {
                        id: consentEmail
                        Layout.fillWidth: true
                        objectName: "newConsent_email"
                        leftPadding: 0
                        text: Format.consentKind("email")
                    }
                    SwitchDelegate {
                        id: consentSms
                        Layout.fillWidth: true
                        objectName: "newConsent_sms"
                        leftPadding: 0
                        text: Format.consentKind("sms")
                    }
                    SwitchDelegate {
                        id: consentPhone
                        Layout.fillWidth: true
                        objectName: "newConsent_phone"
                        leftPadding: 0
                        text: Format.consentKind("phone")
                    }
                    SwitchDelegate {
                        id: consentMarketing
                        Layout.fillWidth: true
                        objectName: "newConsent_marketing"
                        leftPadding: 0
                        text: Format.consentKind("marketing")
                    }
                }
            }

            Card {
                Layout.fillWidth: true

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing

                    SwitchDelegate {
                        id: addressShown
                        Layout.fillWidth: true
                        objectName: "addAddressSwitch"
                        leftPadding: 0
                        text: qsTr("Add a home address")
                        onToggled: page.duplicatesShown = false
                    }
                    AddressForm {
                        id: address
                        Layout.fillWidth: true
                        visible: addressShown.checked
                        countries: form.countries
                        errors: {
                            const found = {}
                            for (const key in form.errors) {
                                if (key.startsWith("address."))
                                    found[key.substring(8)] = form.errors[key]
                            }
                            return found
                        }
                        Component.onCompleted: setCountry(form.storeCountry)
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.margin

                BusyIndicator {
                    running: form.checking
                    visible: running
                    Layout.preferredHeight: 40
                    Layout.preferredWidth: 40
                }
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "registerButton"
                    highlighted: true
                    enabled: !form.checking
                    text: qsTr("Register customer")
                    onClicked: page.submit()
                }
            }
        }
    }

    OpeningCustomerPopup {
        customerOpener: opener
    }

    Banner {
        id: banner
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin
        width: Math.min(parent.width - 2 * Theme.margin, 640)
    }
}
