// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App
import Clienteling.Sync

// Where the chosen size is: this store, the other stores by distance, the warehouses. Says
// plainly whether the figures are live or the tablet's copy from the last sync, and how old.
Card {
    id: root

    required property StockModel stock
    /** "Navy · M" */
    property string variantText

    // StockModel words it in C++ and does not say when the language changes: read it again.
    readonly property string freshnessText: {
        void LanguageController.language
        return stock.freshnessText
    }

    objectName: "stockPanel"

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        SectionTitle {
            Layout.fillWidth: true
            icon: "store"
            text: qsTr("Stock")
            trailing: root.variantText
        }

        // Live or the offline copy: never left to guess.
        Rectangle {
            Layout.fillWidth: true
            visible: root.stock.sku.length > 0
            objectName: "stockFreshness"
            implicitHeight: freshness.implicitHeight + 16
            radius: Theme.radius
            color: root.stock.live ? Qt.rgba(Theme.ok.r, Theme.ok.g, Theme.ok.b, 0.08)
                                   : Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.1)

            RowLayout {
                id: freshness
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: 12
                anchors.rightMargin: 4
                spacing: Theme.spacing

                Chip {
                    Layout.alignment: Qt.AlignTop
                    objectName: "stockLiveChip"
                    text: root.stock.live ? qsTr("Live") : qsTr("Offline copy")
                    icon: root.stock.live ? "cloud_done" : "cloud_off"
                    tint: root.stock.live ? Theme.ok : Theme.warning
                }
                Label {
                    Layout.fillWidth: true
                    objectName: "stockFreshnessText"
                    text: root.freshnessText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
                ToolButton {
                    objectName: "refreshStock"
                    icon.source: Theme.icon("refresh")
                    icon.color: Theme.muted
                    Accessible.name: qsTr("Ask for live stock again")
                    onClicked: root.stock.refreshLive()
                }
            }
        }

        Label {
            Layout.fillWidth: true
            visible: root.stock.sku.length === 0 || root.stock.count === 0
            objectName: "stockEmpty"
            topPadding: Theme.spacing
            bottomPadding: Theme.spacing
            text: root.stock.sku.length === 0 ? qsTr("Choose a size to see where it is in stock.")
                                              : qsTr("No stock of this size anywhere.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.muted
        }

        // A store has a handful of locations: laid out in full, inside the page's scroll.
        Repeater {
            objectName: "stockRows"
            model: root.stock

            delegate: StockRow {
                Layout.fillWidth: true
            }
        }
    }
}
