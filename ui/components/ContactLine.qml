// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls

// Email and phone on one line: the phone is always whole, the email elides when the line is
// too short. Plain positioning, no layout (see NameLine).
Item {
    id: root

    property string email
    property string phone

    implicitHeight: Math.max(emailText.implicitHeight, phoneText.implicitHeight)
    visible: email.length > 0 || phone.length > 0

    IconText {
        id: emailText
        anchors.verticalCenter: parent.verticalCenter
        visible: root.email.length > 0
        width: visible ? Math.min(implicitWidth, root.width - (phoneText.visible
                                  ? phoneText.implicitWidth + Theme.margin : 0)) : 0
        icon: "channel/email"
        text: root.email
    }
    IconText {
        id: phoneText
        anchors.verticalCenter: parent.verticalCenter
        x: emailText.visible ? emailText.width + Theme.margin : 0
        width: implicitWidth
        visible: root.phone.length > 0
        icon: "phone"
        text: root.phone
    }
}
