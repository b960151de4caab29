// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Models

// A short list of products around the customer, with its heading and what to say when empty.
// These lists are short (20 recent views at most), so they are laid out in full.
ColumnLayout {
    id: root

    required property CustomerProductsModel products
    property string icon
    property string title
    property string trailing
    property string emptyText

    spacing: 0

    SectionTitle {
        Layout.fillWidth: true
        Layout.bottomMargin: 4
        icon: root.icon
        text: root.title
        trailing: root.trailing
    }

    Label {
        Layout.fillWidth: true
        visible: root.products.count === 0
        topPadding: 4
        bottomPadding: Theme.spacing
        text: root.products.errorString.length > 0 ? root.products.errorString : root.emptyText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        color: root.products.errorString.length > 0 ? Theme.error : Theme.muted
    }

    Repeater {
        model: root.products

        delegate: ProductRow {
            Layout.fillWidth: true
        }
    }
}
