// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: qsTr("Clienteling")
    Material.accent: Theme.accent
}
