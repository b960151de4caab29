// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Models

// The customer 360. Landscape: the timeline on the left, the other sections in tabs on the
// right. Portrait: one column with every section in tabs. The cart places orders; products
// found from here are for this customer.
Page {
    id: page

    property string customerId
    /** The section on show: timeline, online, orders, profile or notes. */
    property string section: twoColumns ? "online" : "timeline"
    readonly property bool twoColumns: width > height && width >= 960
    /** The customer on show (for tests and the screen tour). */
    readonly property alias customerProfile: profile
    readonly property list<string> tabs: twoColumns ? ["online", "orders", "profile", "notes"]
                                                    : ["timeline", "online", "orders", "profile",
                                                       "notes"]

    /** The associate is serving this customer (opened, or back on their screen). */
    signal serving(string customerId, string name)
    /** Find a product for this customer. */
    signal productsRequested(string customerId, string name)
    signal orderChosen(string orderId)
    /** An order was just placed from the cart. */
    signal orderPlaced(string orderId, string number)
    /** Take payment for the customer's cart. */
    signal checkoutRequested(string customerId, string name)

    function showSection(key: string) {
        // In two columns the timeline is always on show; keep the tab that was open.
        if (twoColumns && key === "timeline")
            return
        section = key
        tabBar.currentIndex = tabs.indexOf(key)
    }
    function editPreference(key: string) {
        showSection("profile")
        const preferences = profile.preferences
        for (let i = 0; i < preferences.count; ++i) {
            const row = preferences.get(i)
            if (row.key === key) {
                preferenceDialog.edit(row.key, row.label, row.value, row.isSize)
                return
            }
        }
    }
    function tabLabel(key: string): string {
        switch (key) {
        case "timeline": return qsTr("Timeline")
        case "online": return qsTr("Online")
        case "orders": return qsTr("Orders")
        case "profile": return qsTr("Profile")
        case "notes": return qsTr("Notes")
        }
        return key
    }
    function tabIcon(key: string): string {
        switch (key) {
        case "timeline": return "clock"
        case "online": return "channel/web"
        case "orders": return "receipt"
        case "profile": return "person"
        case "notes": return "note"
        }
        return ""
    }

    objectName: "customerPage"
    title: profile.displayName
    padding: Theme.margin
    bottomPadding: 0

    background: Rectangle {
        color: Theme.background
    }

    StackView.onActivated: {
        if (profile.found)
            serving(customerId, profile.displayName)
    }
    onTwoColumnsChanged: {
        if (twoColumns && section === "timeline")
            section = "online"
        Qt.callLater(() => tabBar.currentIndex = page.tabs.indexOf(page.section))
    }

    CustomerProfile {
        id: profile
        store: LocalStore
        customerId: page.customerId
        onFailed: (message) => banner.show(message)
        onProfileChanged: {
            if (found)
                page.serving(page.customerId, displayName)
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 520)
        visible: !profile.found
        objectName: "customerNotFound"
        icon: "warning"
        tint: Theme.warning
        title: profile.errorString.length > 0 ? profile.errorString
                                              : qsTr("No customer chosen")
        hint: qsTr("Go back and search again.")
    }

    ColumnLayout {
        anchors.fill: parent
        visible: profile.found
        spacing: Theme.margin

        CustomerHeader {
            Layout.fillWidth: true
            objectName: "customerHeader"
            profile: profile
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            Item {
                id: leftColumn
                Layout.fillHeight: true
                Layout.preferredWidth: Math.round((page.availableWidth - Theme.margin) * 0.55)
                visible: page.twoColumns
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacing

                TabBar {
                    id: tabBar

                    // Labels under their icons, on every tab alike, when one would be cut
                    // beside its icon (five tabs in Spanish at 600 px).
                    readonly property bool stacked: {
                        // Each tab's share of the bar (not its width, which follows display).
                        const share = (availableWidth - spacing * (count - 1)) / Math.max(1, count)
                        for (let i = 0; i < count; ++i) {
                            const tab = itemAt(i)
                            if (tab && share < tab.besideWidth)
                                return true
                        }
                        return false
                    }

                    Layout.fillWidth: true
                    objectName: "customerTabs"
                    background: Rectangle {
                        color: "transparent"
                    }
                    onCurrentIndexChanged: {
                        if (currentIndex >= 0 && currentIndex < page.tabs.length)
                            page.section = page.tabs[currentIndex]
                    }

                    Repeater {
                        model: page.tabs

                        delegate: TabButton {
                            id: tab

                            required property string modelData
                            /** The width the label needs beside its icon. */
                            readonly property real besideWidth: leftPadding + rightPadding
                                                                + icon.width + spacing
                                                                + labelMetrics.advanceWidth

                            objectName: "tab_" + modelData
                            text: page.tabLabel(modelData)
                            icon.source: Theme.icon(page.tabIcon(modelData))
                            icon.width: 20
                            icon.height: 20
                            display: tabBar.stacked ? AbstractButton.TextUnderIcon
                                                    : AbstractButton.TextBesideIcon
                            implicitHeight: display === AbstractButton.TextUnderIcon
                                            ? Theme.touchTarget + 16 : Theme.touchTarget

                            TextMetrics {
                                id: labelMetrics
                                font: tab.font
                                // TextMetrics leaves out the style's capitals (Material's tabs).
                                text: tab.font.capitalization === Font.AllUppercase
                                      ? tab.text.toLocaleUpperCase() : tab.text
                            }
                        }
                    }
                }

                Item {
                    id: sectionArea
                    Layout.fillWidth: true
                    Layout.fillHeight: true

                    Item {
                        id: portraitTimeline
                        anchors.fill: parent
                        anchors.bottomMargin: Theme.margin
                        visible: page.section === "timeline"
                    }
                    OnlineSection {
                        anchors.fill: parent
                        visible: page.section === "online"
                        profile: profile
                        bottomMargin: Theme.margin
                        onProductsRequested: page.productsRequested(page.customerId,
                                                                    profile.displayName)
                        onOrderPlaced: (orderId, number) => page.orderPlaced(orderId, number)
                        onCheckoutRequested: page.checkoutRequested(page.customerId,
                                                                    profile.displayName)
                        onFailed: (message) => banner.show(message)
                    }
                    OrdersSection {
                        anchors.fill: parent
                        visible: page.section === "orders"
                        customerId: page.customerId
                        onOrderChosen: (orderId) => page.orderChosen(orderId)
                    }
                    ProfileSection {
                        anchors.fill: parent
                        visible: page.section === "profile"
                        profile: profile
                        bottomMargin: Theme.margin
                        onEditRequested: (key) => page.editPreference(key)
                        onContactEditRequested: contactDialog.edit()
                    }
                    NotesSection {
                        anchors.fill: parent
                        anchors.bottomMargin: Theme.margin
                        visible: page.section === "notes"
                        profile: profile
                    }
                }
            }
        }
    }

    // One timeline, moved between the left column (landscape) and the tabs (portrait), so its
    // scroll position and filter survive a rotation.
    TimelineSection {
        parent: page.twoColumns ? leftColumn : portraitTimeline
        anchors.fill: parent
        anchors.bottomMargin: page.twoColumns ? Theme.margin : 0
        timeline: profile.timeline
    }

    PreferenceDialog {
        id: preferenceDialog
        parent: Overlay.overlay
        profile: profile
    }
    ContactDialog {
        id: contactDialog
        parent: Overlay.overlay
        profile: profile
    }

    Banner {
        id: banner
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin
        width: Math.min(parent.width - 2 * Theme.margin, 640)
    }
}
