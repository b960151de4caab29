// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Models

// Sizes and preferences (tap a row to edit, saved at once) and the customer's contact
// permissions (switches, recorded as given in store now).
Flickable {
    id: root

    required property CustomerProfile profile

    /** Ask to edit a preference row. */
    signal editRequested(string key)
    /** Ask to correct the contact details, home store or loyalty card. */
    signal contactEditRequested()

    objectName: "profileSection"
    contentHeight: column.implicitHeight
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    ScrollIndicator.vertical: ScrollIndicator {}

    ColumnLayout {
        id: column
        width: root.width
        spacing: Theme.margin

        Card {
            Layout.fillWidth: true

            ColumnLayout {
                anchors.fill: parent
                spacing: 4

                RowLayout {
                    Layout.fillWidth: true
                    SectionTitle {
                        Layout.fillWidth: true
                        icon: "person"
                        text: qsTr("Contact details")
                    }
                    Button {
                        objectName: "editContactButton"
                        flat: true
                        icon.source: Theme.icon("edit")
                        text: qsTr("Edit")
                        onClicked: root.contactEditRequested()
                    }
                }
                Repeater {
                    model: [
                        {label: qsTr("Email"), value: root.profile.contact.email ?? ""},
                        {label: qsTr("Phone"), value: root.profile.contact.phone ?? ""},
                        {label: qsTr("Birthday"), value: root.profile.contact.birthDate ?? ""},
                        {label: qsTr("Home store"), value: root.profile.homeStoreName.length > 0
                                                           ? root.profile.homeStoreName
                                                           : qsTr("Online only: no home store")},
                        {label: qsTr("Loyalty card"), value: root.profile.loyaltyId},
                    ]

                    delegate: RowLayout {
                        id: fact

                        required property var modelData

                        Layout.fillWidth: true
                        spacing: Theme.margin

                        Label {
                            Layout.preferredWidth: Math.min(220, root.width * 0.42)
                            text: fact.modelData.label
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontBody
                            color: Theme.muted
                        }
                        Label {
                            Layout.fillWidth: true
                            text: fact.modelData.value.length > 0 ? fact.modelData.value
                                                                  : qsTr("Not set")
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontBody
                            color: fact.modelData.value.length > 0 ? Theme.text : Theme.muted
                        }
                    }
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
                    Layout.bottomMargin: 4
                    icon: "tag"
                    text: qsTr("Sizes and preferences")
                }

                Repeater {
                    model: root.profile.preferences

                    delegate: ItemDelegate {
                        id: row

                        required property int index
                        required property string key
                        required property string label
                        required property string value
                        required property bool isSize
                        required property bool pending

                        Layout.fillWidth: true
                        objectName: "preference_" + key
                        leftPadding: 0
                        rightPadding: 0
                        Accessible.name: label + ": " + (value.length > 0 ? value : qsTr("Not set"))
                        onClicked: root.editRequested(key)

                        contentItem: RowLayout {
                            spacing: Theme.margin

                            Label {
                                Layout.preferredWidth: Math.min(220, row.width * 0.42)
                                text: row.label
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.fontBody
                                color: Theme.muted
                            }
                            Label {
                                Layout.fillWidth: true
                                text: row.value.length > 0 ? row.value : qsTr("Not set")
                                wrapMode: Text.Wrap
                                maximumLineCount: 3
                                elide: Text.ElideRight
                                font.pixelSize: Theme.fontBody
                                font.weight: row.value.length > 0 ? Font.DemiBold : Font.Normal
                                font.italic: row.value.length === 0
                                color: row.value.length > 0 ? Theme.text : Theme.muted
                            }
                            Chip {
                                visible: row.pending
                                icon: "cloud_pending"
                                text: qsTr("Waiting to sync")
                                tint: Theme.warning
                            }
                            Icon {
                                name: "edit"
                                size: 18
                                color: Theme.muted
                            }
                        }

                        Rectangle {
                            anchors.top: parent.top
                            width: parent.width
                            height: 1
                            color: Theme.divider
                            visible: row.index > 0
                        }
                    }
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
                    text: qsTr("Change these only when the customer asks you to.")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                }

                Repeater {
                    model: root.profile.consents

                    delegate: SwitchDelegate {
                        id: consent

                        required property var modelData

                        Layout.fillWidth: true
                        objectName: "consent_" + modelData.kind
                        leftPadding: 0
                        rightPadding: 0
                        text: modelData.label
                        checked: modelData.granted
                        onToggled: {
                            if (!root.profile.setConsent(modelData.kind, checked))
                                checked = Qt.binding(() => consent.modelData.granted)
                        }

                        contentItem: ColumnLayout {
                            spacing: 2

                            Label {
                                Layout.fillWidth: true
                                Layout.rightMargin: consent.indicator.width + Theme.spacing
                                text: consent.modelData.label
                                elide: Text.ElideRight
                                font.pixelSize: Theme.fontBody
                                color: Theme.text
                            }
                            Label {
                                Layout.fillWidth: true
                                Layout.rightMargin: consent.indicator.width + Theme.spacing
                                text: consent.modelData.detail
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.fontSmall
                                color: Theme.muted
                            }
                        }
                    }
                }
                ConsentHistory { Layout.fillWidth: true; customerId: root.profile.customerId }
            }
        }
    }
}
