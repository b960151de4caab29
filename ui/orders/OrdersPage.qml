// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Models

// The store's orders that wait for someone: pick-ups to prepare and hand over here (ready ones
// first, overdue ones marked) and orders that need a decision (a line without stock).
// Landscape shows both side by side; portrait has a tab for each.
Page {
    id: page

    /** The list on show in portrait: pickups or attention. */
    property string section: "pickups"
    readonly property bool twoColumns: width > height && width >= 960
    readonly property OrderListModel pickups: pickupModel
    readonly property OrderListModel attention: attentionModel

    signal orderChosen(string orderId)

    function showSection(key: string) {
        section = key
        tabBar.currentIndex = key === "attention" ? 1 : 0
    }

    objectName: "ordersPage"
    title: qsTr("Orders")
    padding: Theme.margin
    bottomPadding: 0

    background: Rectangle {
        color: Theme.background
    }

    OrderListModel {
        id: pickupModel
        store: LocalStore
        scope: OrderListModel.PickupQueue
    }
    OrderListModel {
        id: attentionModel
        store: LocalStore
        scope: OrderListModel.NeedsAttention
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        TabBar {
            id: tabBar
            Layout.fillWidth: true
            visible: !page.twoColumns
            objectName: "ordersTabs"
            background: Rectangle {
                color: "transparent"
            }
            onCurrentIndexChanged: page.section = currentIndex === 1 ? "attention" : "pickups"

            TabButton {
                objectName: "tab_pickups"
                text: pickupModel.count > 0
                      //: Tab with the pick-up queue and how many orders are in it
                      ? qsTr("Pick-ups (%1)").arg(pickupModel.count) : qsTr("Pick-ups")
                icon.source: Theme.icon("package")
                icon.width: 20
                icon.height: 20
                display: AbstractButton.TextBesideIcon
                implicitHeight: Theme.touchTarget
            }
            TabButton {
                objectName: "tab_attention"
                text: attentionModel.count > 0
                      ? qsTr("Needs attention (%1)").arg(attentionModel.count)
                      : qsTr("Needs attention")
                icon.source: Theme.icon("warning")
                icon.width: 20
                icon.height: 20
                display: AbstractButton.TextBesideIcon
                implicitHeight: Theme.touchTarget
            }
        }

        // The two lists side by side, or one at a time, placed by hand: a RowLayout whose
        // columns turned visible and invisible (portrait tabs, turning the tablet) sometimes
        // kept a column at its old size, its list squeezed into the top-left corner.
        Item {
            id: columns

            readonly property real columnWidth: page.twoColumns
                                                ? (width - Theme.margin) / 2 : width

            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                width: columns.columnWidth
                height: columns.height
                visible: page.twoColumns || page.section === "pickups"
                spacing: Theme.spacing

                SectionTitle {
                    Layout.fillWidth: true
                    visible: page.twoColumns
                    icon: "package"
                    text: qsTr("Pick-ups here")
                    trailing: pickupModel.count > 0 ? String(pickupModel.count) : ""
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Ready ones first. Check who collects before handing over.")
                    // At most two lines: a wrapped label first laid out at no width keeps the
                    // height of one word a line, which pushed the list far down the page.
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                }
                OrderList {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    objectName: "pickupList"
                    orders: pickupModel
                    emptyIcon: "package"
                    emptyTitle: qsTr("No pick-ups waiting")
                    emptyHint: qsTr("Orders to collect in this store appear here.")
                    onOrderChosen: (orderId) => page.orderChosen(orderId)
                }
            }

            ColumnLayout {
                x: page.twoColumns ? columns.columnWidth + Theme.margin : 0
                width: columns.columnWidth
                height: columns.height
                visible: page.twoColumns || page.section === "attention"
                spacing: Theme.spacing

                SectionTitle {
                    Layout.fillWidth: true
                    visible: page.twoColumns
                    icon: "warning"
                    text: qsTr("Needs attention")
                    trailing: attentionModel.count > 0 ? String(attentionModel.count) : ""
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Orders from this store with a line that found no stock.")
                    // At most two lines: a wrapped label first laid out at no width keeps the
                    // height of one word a line, which pushed the list far down the page.
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                }
                OrderList {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    objectName: "attentionList"
                    orders: attentionModel
                    emptyIcon: "check"
                    emptyTitle: qsTr("Nothing needs attention")
                    emptyHint: qsTr("Orders that need a decision appear here.")
                    onOrderChosen: (orderId) => page.orderChosen(orderId)
                }
            }
        }
    }
}
