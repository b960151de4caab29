// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One style in the catalogue: its picture (a category drawing until photos come), name,
// brand, price and how many colours. The whole card opens the product.
ItemDelegate {
    id: root

    required property string styleId
    required property string name
    required property string brand
    required property string category
    required property string categoryLabel
    required property string image
    required property string priceText
    required property string variantsText

    padding: 12
    Accessible.name: [name, brand, priceText].filter(p => p.length > 0).join(", ")

    background: Rectangle {
        color: root.down ? Theme.accentLight : Theme.surface
        radius: Theme.radius
        border.color: root.visualFocus ? Theme.accent : Theme.divider
        border.width: root.visualFocus ? 2 : 1
    }

    contentItem: RowLayout {
        spacing: 12

        Rectangle {
            Layout.alignment: Qt.AlignTop
            implicitWidth: 64
            implicitHeight: 64
            radius: Theme.radius
            color: Theme.background

            Icon {
                anchors.centerIn: parent
                name: Theme.categoryIcon(root.image.length > 0 ? root.image : root.category)
                size: 38
                color: Theme.muted
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: root.name
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: [root.brand, root.categoryLabel].filter(p => p.length > 0).join(" · ")
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
            Item {
                Layout.fillHeight: true
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Label {
                    Layout.fillWidth: true
                    text: root.priceText
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Label {
                    text: root.variantsText
                    font.pixelSize: Theme.fontCaption
                    color: Theme.muted
                }
            }
        }
    }
}
