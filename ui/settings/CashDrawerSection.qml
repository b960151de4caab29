// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App

// Settings: the signed-in associate's cash drawer. Opened with the float in it; while open,
// what should be in it now; closed with what is counted, and the difference said plainly.
Card {
    id: root

    property string errorText
    /** The last close: {expectedText, countedText, differenceText, difference}. */
    property var closed: ({})

    function openDrawer() {
        errorText = ""
        closed = {}
        if (floatField.minor >= 0 && CashDrawer.openDrawer(floatField.minor))
            floatField.text = ""
    }
    function closeDrawer() {
        errorText = ""
        if (countedField.minor < 0 || countedField.text.trim().length === 0)
            return
        const result = CashDrawer.closeDrawer(countedField.minor)
        if (result.expectedText !== undefined) {
            closed = result
            countedField.text = ""
        }
    }

    objectName: "cashDrawerSection"

    Connections {
        target: CashDrawer
        function onFailed(message: string) {
            root.errorText = message
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        SectionTitle {
            Layout.fillWidth: true
            icon: "cash"
            text: qsTr("Cash drawer")
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Your own drawer for cash sales and refunds. Open it with the float at "
                       + "the start of your shift; count it and close it at the end.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
        }
        IconText {
            Layout.fillWidth: true
            Layout.topMargin: 4
            objectName: "drawerState"
            icon: CashDrawer.open ? "check" : "cash"
            iconColor: CashDrawer.open ? Theme.ok : Theme.muted
            fontSize: Theme.fontBody
            wrap: true
            text: CashDrawer.open
                  //: %1 is when the drawer was opened
                  ? qsTr("Open since %1").arg(CashDrawer.openedText)
                  : qsTr("Closed: cash cannot be taken")
        }
        TotalLine {
            Layout.fillWidth: true
            visible: CashDrawer.open
            objectName: "drawerExpected"
            label: qsTr("Should be in the drawer now")
            value: CashDrawer.expectedText
            strong: true
        }

        // Closed: open it with the float.
        RowLayout {
            Layout.fillWidth: true
            visible: !CashDrawer.open
            spacing: Theme.spacing

            MoneyField {
                id: floatField
                Layout.fillWidth: true
                label: qsTr("Float (cash in the drawer to start)")
                placeholderText: "0"
                fieldObjectName: "drawerFloatField"
                currency: CashDrawer.currency.length > 0 ? CashDrawer.currency : "EUR"
                onAccepted: root.openDrawer()
            }
            Button {
                Layout.alignment: Qt.AlignBottom
                objectName: "openDrawerButton"
                text: qsTr("Open drawer")
                highlighted: true
                enabled: floatField.minor >= 0
                onClicked: root.openDrawer()
            }
        }
        // Open: close it with the count.
        RowLayout {
            Layout.fillWidth: true
            visible: CashDrawer.open
            spacing: Theme.spacing

            MoneyField {
                id: countedField
                Layout.fillWidth: true
                label: qsTr("Counted in the drawer")
                fieldObjectName: "drawerCountedField"
                currency: CashDrawer.currency.length > 0 ? CashDrawer.currency : "EUR"
                onAccepted: root.closeDrawer()
            }
            Button {
                Layout.alignment: Qt.AlignBottom
                objectName: "closeDrawerButton"
                text: qsTr("Close drawer")
                enabled: countedField.minor >= 0 && countedField.text.trim().length > 0
                onClicked: root.closeDrawer()
            }
        }
        IconText {
            Layout.fillWidth: true
            visible: root.errorText.length > 0
            objectName: "drawerError"
            icon: "warning"
            iconColor: Theme.error
            textColor: Theme.error
            fontSize: Theme.fontBody
            wrap: true
            text: root.errorText
        }

        // The last count.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            visible: root.closed.expectedText !== undefined
            objectName: "drawerClosedResult"
            spacing: 4

            TotalLine {
                Layout.fillWidth: true
                label: qsTr("Expected")
                value: root.closed.expectedText ?? ""
            }
            TotalLine {
                Layout.fillWidth: true
                label: qsTr("Counted")
                value: root.closed.countedText ?? ""
            }
            TotalLine {
                Layout.fillWidth: true
                objectName: "drawerDifference"
                label: (root.closed.difference ?? 0) === 0 ? qsTr("Difference: none")
                       : (root.closed.difference ?? 0) > 0 ? qsTr("More than expected")
                                                          : qsTr("Short")
                value: root.closed.differenceText ?? ""
                strong: true
            }
        }
    }
}
