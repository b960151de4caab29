// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The app's areas (customers, products, orders), one tap away: a rail on the left in landscape,
// a bar at the bottom in portrait, where a thumb reaches. A count badge says what waits.
Rectangle {
    id: root

    /** The area on show. */
    property string current
    /** A rail (landscape) instead of a bar (portrait). */
    property bool vertical: false
    /** Orders waiting for the associate: pick-ups and orders needing action. */
    property int ordersBadge
    readonly property list<string> areas: ["customers", "products", "orders"]

    signal areaChosen(string key)

    function label(key: string): string {
        switch (key) {
        case "customers": return qsTr("Customers")
        case "products": return qsTr("Products")
        case "orders": return qsTr("Orders")
        }
        return key
    }
    function iconOf(key: string): string {
        switch (key) {
        case "customers": return "person"
        case "products": return "hanger"
        case "orders": return "receipt"
        }
        return ""
    }
    function badge(key: string): int {
        return key === "orders" ? ordersBadge : 0
    }

    implicitWidth: vertical ? 88 : 0
    implicitHeight: vertical ? 0 : 64
    color: Theme.surface

    Rectangle {
        // The hairline towards the content.
        x: root.vertical ? root.width - 1 : 0
        width: root.vertical ? 1 : root.width
        height: root.vertical ? root.height : 1
        color: Theme.divider
    }

    GridLayout {
        anchors.fill: parent
        anchors.topMargin: root.vertical ? Theme.spacing : 0
        flow: root.vertical ? GridLayout.TopToBottom : GridLayout.LeftToRight
        rows: root.vertical ? root.areas.length + 1 : 1
        columns: root.vertical ? 1 : root.areas.length
        rowSpacing: 4
        columnSpacing: 0

        Repeater {
            model: root.areas

            delegate: AbstractButton {
                id: button

                required property string modelData
                readonly property bool selected: root.current === modelData
                readonly property int badge: root.badge(modelData)

                Layout.fillWidth: true
                Layout.fillHeight: !root.vertical
                Layout.preferredHeight: root.vertical ? 72 : -1
                objectName: "nav_" + modelData
                text: root.label(modelData)
                checkable: false
                Accessible.role: Accessible.PageTab
                Accessible.name: badge > 0
                                 //: A navigation button with a count, e.g. "Orders, 3 waiting"
                                 ? qsTr("%1, %n waiting", "", badge).arg(text)
                                 : text
                Accessible.checked: selected
                onClicked: root.areaChosen(modelData)

                background: Item {}

                contentItem: ColumnLayout {
                    spacing: 4

                    Rectangle {
                        Layout.alignment: Qt.AlignHCenter
                        implicitWidth: 56
                        implicitHeight: 30
                        radius: height / 2
                        color: button.selected ? Theme.accentLight
                                               : button.down ? Theme.background : "transparent"

                        Icon {
                            anchors.centerIn: parent
                            name: root.iconOf(button.modelData)
                            size: 22
                            color: button.selected ? Theme.accent : Theme.muted
                        }
                        CountBadge {
                            objectName: "navBadge_" + button.modelData
                            x: parent.width / 2 + 4
                            y: -4
                            count: button.badge
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: button.text
                        horizontalAlignment: Text.AlignHCenter
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontCaption
                        font.weight: button.selected ? Font.DemiBold : Font.Normal
                        color: button.selected ? Theme.accent : Theme.text
                    }
                }
            }
        }
        Item {
            visible: root.vertical
            Layout.fillHeight: true
        }
    }
}
