// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App
import Clienteling.Models

// An amount the associate types, read into integer minor units by Money::parse (C++): "12,50"
// and "12.50" are both 1250 whichever the language, and "1.250" is a thousand two hundred and
// fifty where the language groups thousands with a dot. minor is -1 while the text is not an
// amount (0 when empty and optional).
ColumnLayout {
    id: root

    property string label
    property string errorText
    /** ISO currency: how many decimals an amount may have. */
    property string currency: "EUR"
    property alias text: field.text
    property alias placeholderText: field.placeholderText
    property alias field: field
    property string fieldObjectName
    readonly property int decimals: Format.moneyDecimals(currency)
    /** Read again when the language changes (a decimal comma or point). */
    readonly property double minor: {
        void LanguageController.language
        return Format.parseMoney(field.text, currency)
    }

    signal accepted()

    /** Shows an amount in minor units as the associate would type it ("49,90" in Spanish). */
    function setMinor(amount: double) {
        field.text = Format.moneyInput(amount, currency)
    }
    function focusField() {
        field.forceActiveFocus()
        field.selectAll()
    }

    spacing: 2

    Label {
        Layout.fillWidth: true
        visible: root.label.length > 0
        text: root.label
        elide: Text.ElideRight
        font.pixelSize: Theme.fontSmall
        color: root.errorText.length > 0 ? Theme.error : Theme.muted
    }
    TextField {
        id: field
        Layout.fillWidth: true
        objectName: root.fieldObjectName
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        font.pixelSize: Theme.fontTitle
        Accessible.name: root.label
        Accessible.description: root.errorText
        Material.accent: root.errorText.length > 0 || root.minor < 0 ? Theme.error : Theme.accent
        onAccepted: root.accepted()
    }
    IconText {
        Layout.fillWidth: true
        visible: text.length > 0
        objectName: root.fieldObjectName.length > 0 ? root.fieldObjectName + "Error" : ""
        icon: "warning"
        iconColor: Theme.error
        textColor: Theme.error
        wrap: true
        text: root.errorText.length > 0 ? root.errorText
                                        : root.minor < 0 ? qsTr("Type an amount, e.g. %1")
                                                           .arg(Format.moneyInputExample(root.currency))
                                                         : ""
    }
}
