// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Models

// Who the customer is at a glance: name and tier, loyalty and value, how to reach them, and
// what they agreed to be contacted about.
Card {
    id: root

    required property CustomerProfile profile
    /** Narrow screens stack the figures under the name instead of beside it. */
    readonly property bool compact: width < 900

    padding: Theme.margin

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.margin

            Avatar {
                Layout.alignment: Qt.AlignTop
                initials: root.profile.initials
                size: 64
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 6

                NameLine {
                    Layout.fillWidth: true
                    nameObjectName: "customerName"
                    name: root.profile.displayName
                    tier: root.profile.tier
                    tierLabel: root.profile.tierLabel
                    fontSize: Theme.fontHeadline
                }
                // Side by side when there is room, else one under the other.
                GridLayout {
                    id: contacts
                    Layout.fillWidth: true
                    columns: root.width >= 720 ? 4 : 1
                    columnSpacing: 24
                    rowSpacing: 4

                    IconText {
                        // One per line: fill the line and elide; side by side: natural width.
                        Layout.fillWidth: contacts.columns === 1
                        visible: root.profile.email.length > 0
                        icon: "channel/email"
                        text: root.profile.email
                    }
                    IconText {
                        Layout.fillWidth: contacts.columns === 1
                        visible: root.profile.phone.length > 0
                        icon: "phone"
                        text: root.profile.phone
                    }
                    IconText {
                        Layout.fillWidth: contacts.columns === 1
                        visible: root.profile.loyaltyId.length > 0
                        icon: "card"
                        text: root.profile.loyaltyId
                    }
                    Item {
                        Layout.fillWidth: true
                        visible: contacts.columns > 1
                    }
                }
            }

            GridLayout {
                visible: !root.compact
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 440
                columns: 2
                columnSpacing: Theme.margin * 1.5
                rowSpacing: Theme.spacing

                Fact {
                    Layout.fillWidth: true
                    caption: qsTr("Loyalty")
                    value: root.profile.pointsText
                }
                Fact {
                    Layout.fillWidth: true
                    caption: qsTr("Lifetime value")
                    value: root.profile.lifetimeValueText
                }
                Fact {
                    Layout.fillWidth: true
                    caption: qsTr("Customer since")
                    value: root.profile.memberSinceText
                }
                Fact {
                    Layout.fillWidth: true
                    caption: qsTr("Home store")
                    value: root.profile.homeStoreName
                }
            }
        }

        GridLayout {
            id: compactFacts
            // Four in a row only when the longest caption or value fits a quarter ("Valor total
            // de compras" and a store's name were cut at 600 px in Spanish).
            readonly property real widestFact: Math.max(loyaltyFact.implicitWidth,
                                                        valueFact.implicitWidth,
                                                        sinceFact.implicitWidth,
                                                        storeFact.implicitWidth)

            Layout.fillWidth: true
            visible: root.compact
            columns: root.width >= 4 * widestFact + 3 * columnSpacing ? 4 : 2
            columnSpacing: Theme.margin
            rowSpacing: Theme.spacing

            Fact {
                id: loyaltyFact
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                caption: qsTr("Loyalty")
                value: root.profile.pointsText
            }
            Fact {
                id: valueFact
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                caption: qsTr("Lifetime value")
                value: root.profile.lifetimeValueText
            }
            Fact {
                id: sinceFact
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                caption: qsTr("Customer since")
                value: root.profile.memberSinceText
            }
            Fact {
                id: storeFact
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                caption: qsTr("Home store")
                value: root.profile.homeStoreName
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 6

            Label {
                Layout.rightMargin: 4
                text: qsTr("Contact permissions")
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
            Repeater {
                model: root.profile.consents

                delegate: Chip {
                    required property var modelData

                    text: modelData.label
                    icon: modelData.granted ? "check" : "close"
                    tint: modelData.granted ? Theme.ok : Theme.muted
                    Accessible.name: modelData.granted
                                     ? qsTr("%1: allowed").arg(modelData.label)
                                     : qsTr("%1: not allowed").arg(modelData.label)
                }
            }
            Item {
                Layout.fillWidth: true
            }
        }
    }
}
