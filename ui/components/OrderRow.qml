// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One order in a list: its number and status, who it is for, what and how much, when; a
// pick-up's deadline, marked when it has passed. The whole row opens the order.
ItemDelegate {
    id: root

    required property int index
    required property string orderId
    required property string number
    required property string customerName
    required property string status
    required property string statusLabel
    required property string channelLabel
    required property string totalText
    required property string itemsText
    required property string whenText
    required property string deadlineText
    required property bool overdue
    /** Show who the order is for (store lists), not on the customer's own list. */
    property bool showCustomer: true

    padding: Theme.margin
    topPadding: 12
    bottomPadding: 12
    Accessible.name: [number, statusLabel, showCustomer ? customerName : "", totalText]
                     .filter(part => part.length > 0).join(", ")

    background: Rectangle {
        color: root.down ? Theme.accentLight : Theme.surface
        radius: Theme.radius
        border.color: root.overdue ? Theme.error
                                   : root.visualFocus ? Theme.accent : Theme.divider
        border.width: root.overdue || root.visualFocus ? 2 : 1
    }

    contentItem: RowLayout {
        spacing: Theme.margin

        Rectangle {
            readonly property color tint: Theme.statusColor(root.status)

            Layout.alignment: Qt.AlignTop
            implicitWidth: 44
            implicitHeight: 44
            radius: 22
            color: Qt.rgba(tint.r, tint.g, tint.b, 0.12)

            Icon {
                anchors.centerIn: parent
                name: root.status === "ready_for_pickup" ? "package"
                      : root.status === "needs_action" ? "warning" : "receipt"
                size: 22
                color: parent.tint
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Label {
                    Layout.fillWidth: true
                    objectName: "orderRowTitle"
                    text: root.showCustomer && root.customerName.length > 0
                          //: An order in a list: the customer's name, then the order number
                          ? qsTr("%1 · %2").arg(root.customerName).arg(root.number)
                          : root.number
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBody + 1
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Label {
                    text: root.totalText
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: 6

                Chip {
                    objectName: "orderRowStatus"
                    text: root.statusLabel
                    tint: Theme.statusColor(root.status)
                }
                Chip {
                    visible: root.overdue
                    objectName: "orderRowOverdue"
                    text: qsTr("Overdue")
                    icon: "warning"
                    tint: Theme.error
                }
                Label {
                    // Never past the row's edge. Elided, not wrapped: a row that changes height after the
                    // list placed it leaves a gap above the first row (Qt 6.4 ListView).
                    width: Math.min(implicitWidth, parent.width)
                    height: 26
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                    text: [root.itemsText, root.channelLabel, root.whenText]
                          .filter(part => part.length > 0).join(" · ")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                }
            }
            IconText {
                Layout.fillWidth: true
                visible: root.deadlineText.length > 0
                icon: "clock"
                iconColor: root.overdue ? Theme.error : Theme.muted
                textColor: root.overdue ? Theme.error : Theme.text
                text: root.deadlineText
            }
        }

        Icon {
            name: "chevron_right"
            color: Theme.muted
            size: 20
        }
    }
}
