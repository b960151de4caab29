// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Clienteling.Ui

// An amount the associate types, read into integer minor units without floating point: "12,50"
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
    readonly property int decimals: ["JPY", "KRW", "ISK", "CLP"].indexOf(currency) >= 0 ? 0 : 2
    readonly property double minor: parse(field.text)

    signal accepted()

    /** "12,50" / "12.50" / "1.250,00" / "1,250.00" in minor units; -1 when not an amount. */
    function parse(input: string): double {
        const text = input.replace(/[\s\u00a0\u202f€$£]/g, "")
        if (text.length === 0)
            return 0
        if (!/^[0-9.,']+$/.test(text) || !/[0-9]/.test(text))
            return -1
        const last = Math.max(text.lastIndexOf("."), text.lastIndexOf(","))
        let whole = text
        let fraction = ""
        if (last >= 0) {
            const mark = text.charAt(last)
            const after = text.slice(last + 1)
            const bothKinds = text.indexOf(".") >= 0 && text.indexOf(",") >= 0
            const once = text.indexOf(mark) === last
            // Both marks typed: the last one separates the decimals. One mark typed once: the
            // decimals, unless three digits follow a mark the language groups thousands with.
            const isDecimal = bothKinds
                              || (once && (after.length !== 3
                                           || mark === Qt.locale().decimalPoint))
            if (isDecimal) {
                whole = text.slice(0, last)
                fraction = after
            }
        }
        whole = whole.replace(/[.,']/g, "")
        if (!/^[0-9]*$/.test(whole) || !/^[0-9]*$/.test(fraction) || fraction.length > decimals)
            return -1
        if (whole.length > 9)
            return -1
        while (fraction.length < decimals)
            fraction += "0"
        return parseInt((whole.length > 0 ? whole : "0") + fraction, 10)
    }
    /** Shows an amount in minor units as the associate would type it ("49,90" in Spanish). */
    function setMinor(amount: double) {
        if (decimals === 0) {
            field.text = String(amount)
            return
        }
        let cents = String(amount % 100)
        if (cents.length < 2)
            cents = "0" + cents
        field.text = Math.floor(amount / 100) + Qt.locale().decimalPoint + cents
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
                                                           .arg(root.decimals > 0
                                                                ? "12" + Qt.locale().decimalPoint + "50"
                                                                : "1250")
                                                         : ""
    }
}
