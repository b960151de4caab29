// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Clienteling.Ui

// One line of an order: what, how many, how it reaches the customer and from where, its status
// and amount. A line the service could not find stock for says so and offers the alternatives
// it proposed, or to cancel the line.
Item {
    id: root

    required property int index
    required property var modelData
    readonly property var line: modelData

    /** Take the line from this location instead. */
    signal reallocateRequested(string lineId, string locationId, string name)
    signal cancelRequested(string lineId, string productName)

    implicitHeight: layout.implicitHeight + 2 * 12
    Accessible.role: Accessible.ListItem
    Accessible.name: [line.productName, line.statusLabel, line.totalText].join(", ")

    Rectangle {
        anchors.top: parent.top
        width: parent.width
        height: 1
        color: Theme.divider
        visible: root.index > 0
    }

    ColumnLayout {
        id: layout
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: 12

            Rectangle {
                Layout.alignment: Qt.AlignTop
                implicitWidth: 44
                implicitHeight: 44
                radius: Theme.radius
                color: Theme.background

                Icon {
                    anchors.centerIn: parent
                    name: Theme.categoryIcon(root.line.image)
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
                        text: root.line.productName
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Label {
                        Layout.alignment: Qt.AlignTop
                        text: root.line.totalText
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: [root.line.colour,
                           root.line.size.length > 0 ? qsTr("Size %1").arg(root.line.size) : "",
                           root.line.quantity > 1 ? qsTr("%n item(s)", "", root.line.quantity) : ""]
                          .filter(part => part.length > 0).join(" · ")
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                }
                Flow {
                    Layout.fillWidth: true
                    Layout.topMargin: 2
                    spacing: 6

                    Chip {
                        objectName: "lineStatus"
                        text: root.line.statusLabel
                        tint: Theme.statusColor(root.line.status)
                    }
                    Label {
                        // Under the chip when narrow, wrapped, never past the row's edge.
                        width: Math.min(implicitWidth, parent.width)
                        height: Math.max(26, implicitHeight)
                        verticalAlignment: Text.AlignVCenter
                        wrapMode: Text.Wrap
                        text: root.line.sourceName.length > 0
                              //: How a line reaches the customer, and from where
                              ? qsTr("%1 from %2").arg(root.line.fulfilmentLabel)
                                                  .arg(root.line.sourceName)
                              : root.line.fulfilmentLabel
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                    }
                }
            }
        }

        // No stock at the source: the associate decides.
        Rectangle {
            Layout.fillWidth: true
            Layout.leftMargin: 56
            visible: root.line.needsAction
            implicitHeight: actions.implicitHeight + 2 * 12
            radius: Theme.radius
            color: Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.08)
            border.color: Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.4)

            ColumnLayout {
                id: actions
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: 12
                spacing: Theme.spacing

                IconText {
                    Layout.fillWidth: true
                    icon: "warning"
                    iconColor: Theme.warning
                    wrap: true
                    fontSize: Theme.fontBody
                    text: root.line.alternatives.length > 0
                          ? qsTr("No stock where it was to come from. Take it from:")
                          : qsTr("No stock where it was to come from, and nowhere else has it.")
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    Repeater {
                        model: root.line.alternatives

                        delegate: Button {
                            required property var modelData

                            objectName: "takeFrom_" + modelData.locationId
                            //: Take an order line from another location: its name and stock
                            text: qsTr("%1 (%n available)", "", modelData.available)
                                  .arg(modelData.name)
                            icon.source: Theme.icon("transfer")
                            onClicked: root.reallocateRequested(root.line.lineId,
                                                                modelData.locationId,
                                                                modelData.name)
                        }
                    }
                    Button {
                        objectName: "cancelLine"
                        text: qsTr("Cancel this line")
                        flat: true
                        Material.foreground: Theme.error
                        onClicked: root.cancelRequested(root.line.lineId, root.line.productName)
                    }
                }
            }
        }
    }
}
