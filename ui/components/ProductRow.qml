// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A product around a customer (viewed online, wished for, in the cart): what it is, in which
// colour and size, its price, and when and where the customer touched it.
Item {
    id: root

    required property int index
    required property string productName
    required property string brand
    required property string category
    required property string colour
    required property string size
    required property string priceText
    required property int quantity
    required property string channel
    required property string channelLabel
    required property string whenText
    required property string detail

    implicitHeight: layout.implicitHeight + 2 * 10
    Accessible.role: Accessible.ListItem
    Accessible.name: productName

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.topMargin: 10
        anchors.bottomMargin: 10
        spacing: 12

        Rectangle {
            Layout.alignment: Qt.AlignTop
            implicitWidth: 44
            implicitHeight: 44
            radius: Theme.radius
            color: Theme.background

            Icon {
                anchors.centerIn: parent
                name: Theme.categoryIcon(root.category)
                size: 26
                color: Theme.muted
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
                    text: root.productName
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Label {
                    text: root.quantity > 1
                          //: Quantity and unit price of a cart line, e.g. "2 × €49.95"
                          ? qsTr("%1 × %2").arg(root.quantity).arg(root.priceText)
                          : root.priceText
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
            }
            Label {
                Layout.fillWidth: true
                text: [root.brand, root.colour, root.size].filter(part => part.length > 0)
                                                       .join(" · ")
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 6

                Icon {
                    visible: root.channel.length > 0
                    name: Theme.channelIcon(root.channel)
                    size: 14
                    color: Theme.channelColor(root.channel)
                }
                Label {
                    Layout.fillWidth: true
                    text: [root.channelLabel, root.whenText, root.detail]
                          .filter(part => part.length > 0).join(" · ")
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                }
            }
        }
    }

    Rectangle {
        anchors.top: parent.top
        width: parent.width
        height: 1
        color: Theme.divider
        visible: root.index > 0
    }
}
