// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui

// One touch point in the customer's history: the channel's icon, what happened, to which
// product, the amount, when and where.
Item {
    id: root

    required property string kind
    required property string kindLabel
    required property string channel
    required property string channelLabel
    required property string whenText
    required property string title
    required property string detail
    required property string productName
    required property string colour
    required property string size
    required property int quantity
    required property string amountText
    required property string locationName
    required property string status
    required property string statusLabel
    required property string carrier
    required property string trackingNumber

    // An order's progress: title is the order number; the model gives its status already in
    // the associate's language, with the carrier and tracking number beside it.
    readonly property bool hasOrderStatus: statusLabel.length > 0
    readonly property string headline: {
        if (!hasOrderStatus)
            return title.length > 0 ? title : productName
        return title.length > 0
               //: An order's progress in the timeline: order number, then its status
               ? qsTr("Order %1: %2").arg(title).arg(statusLabel)
               : statusLabel
    }
    readonly property string detailLine: [
        // The order mutators' updates carry their status code in detail: said above already.
        detail === status ? "" : detail,
        carrier,
        //: A parcel's tracking number in the timeline, after the carrier's name
        trackingNumber.length > 0 ? qsTr("Tracking %1").arg(trackingNumber) : "",
        locationName
    ].filter(p => p.length > 0).join(" · ")
    readonly property string productLine: {
        const parts = []
        if (title.length > 0 && productName.length > 0 && productName !== title)
            parts.push(productName)
        if (colour.length > 0)
            parts.push(colour)
        if (size.length > 0)
            //: Garment size in the timeline, e.g. "Size M"
            parts.push(qsTr("Size %1").arg(size))
        if (quantity > 1)
            //: Quantity in the timeline
            parts.push(qsTr("%n item(s)", "", quantity))
        return parts.join(" · ")
    }

    implicitHeight: layout.implicitHeight + 24
    Accessible.role: Accessible.ListItem
    Accessible.name: [kindLabel, headline, amountText, whenText].join(", ")

    RowLayout {
        id: layout
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        spacing: 12

        Rectangle {
            readonly property color tint: Theme.channelColor(root.channel)

            Layout.alignment: Qt.AlignTop
            implicitWidth: 40
            implicitHeight: 40
            radius: 20
            color: Qt.rgba(tint.r, tint.g, tint.b, 0.12)

            Icon {
                anchors.centerIn: parent
                name: Theme.channelIcon(root.channel)
                size: 20
                color: parent.tint
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Label {
                    Layout.fillWidth: true
                    text: [root.kindLabel, root.channelLabel].filter(p => p.length > 0).join(" · ")
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontCaption
                    font.weight: Font.DemiBold
                    color: Theme.channelColor(root.channel)
                }
                Label {
                    text: root.whenText
                    font.pixelSize: Theme.fontCaption
                    color: Theme.muted
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                visible: root.headline.length > 0 || root.amountText.length > 0

                Label {
                    Layout.fillWidth: true
                    text: root.headline
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
                Label {
                    Layout.alignment: Qt.AlignTop
                    visible: root.amountText.length > 0
                    text: root.amountText
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.productLine
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.detailLine
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
        }
    }

    Rectangle {
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.leftMargin: 52
        anchors.right: parent.right
        height: 1
        color: Theme.divider
    }
}
