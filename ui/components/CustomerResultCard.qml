// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One search result: who it is, how to reach them, their card and home store. The whole card
// is the tap target that opens the customer.
ItemDelegate {
    id: root

    required property string customerId
    required property string displayName
    required property string initials
    required property string email
    required property string phone
    required property string loyaltyId
    required property string tier
    required property string tierLabel
    required property string homeLocationName
    /** Room for a third column (card and store) beside the name. */
    property bool wide: width >= 640

    padding: Theme.margin
    topPadding: 12
    bottomPadding: 12
    Accessible.name: displayName

    background: Rectangle {
        color: root.down ? Theme.accentLight : Theme.surface
        radius: Theme.radius
        border.color: root.visualFocus ? Theme.accent : Theme.divider
        border.width: root.visualFocus ? 2 : 1
    }

    contentItem: RowLayout {
        spacing: Theme.margin

        Avatar {
            Layout.alignment: Qt.AlignTop
            initials: root.initials
            size: 48
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4

            NameLine {
                Layout.fillWidth: true
                name: root.displayName
                tier: root.tier
                tierLabel: root.tierLabel
                fontSize: Theme.fontTitle - 2
            }
            ContactLine {
                Layout.fillWidth: true
                email: root.email
                phone: root.phone
            }
            IconText {
                Layout.fillWidth: true
                visible: !root.wide && root.loyaltyId.length > 0
                icon: "card"
                text: root.loyaltyId
            }
            IconText {
                Layout.fillWidth: true
                visible: !root.wide && root.homeLocationName.length > 0
                icon: "location"
                text: root.homeLocationName
            }
        }

        ColumnLayout {
            visible: root.wide
            Layout.fillWidth: false
            Layout.preferredWidth: 240
            Layout.maximumWidth: 240
            Layout.alignment: Qt.AlignVCenter
            spacing: 4

            IconText {
                Layout.fillWidth: true
                visible: root.loyaltyId.length > 0
                icon: "card"
                text: root.loyaltyId
            }
            IconText {
                Layout.fillWidth: true
                visible: root.homeLocationName.length > 0
                icon: "location"
                text: root.homeLocationName
            }
        }

        Icon {
            name: "chevron_right"
            color: Theme.muted
            size: 20
        }
    }
}
