// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.Models

// The customer 360. Landscape: the timeline on the left, the other sections in tabs on the
// right. Portrait: one column with every section in tabs.
Page {
    id: page

    property string customerId
    /** The section on show: timeline, online, profile or notes. */
    property string section: twoColumns ? "online" : "timeline"
    readonly property bool twoColumns: width > height && width >= 960
    readonly property list<string> tabs: twoColumns ? ["online", "profile", "notes"]
                                                    : ["timeline", "online", "profile", "notes"]

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
        case "profile": return qsTr("Profile")
        case "notes": return qsTr("Notes")
        }
        return key
    }
    function tabIcon(key: string): string {
        switch (key) {
        case "timeline": return "clock"
        case "online": return "channel/web"
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

    onTwoColumnsChanged: {
        if (twoColumns && section === "timeline")
            section = "online"
        Qt.callLater(() => tabBar.currentIndex = page.tabs.indexOf(page.section))
    }

    CustomerProfile {
        id: profile
        customerId: page.customerId
        onFailed: (message) => banner.show(message)
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
                            required property string modelData

                            objectName: "tab_" + modelData
                            text: page.tabLabel(modelData)
                            icon.source: Theme.icon(page.tabIcon(modelData))
                            icon.width: 20
                            icon.height: 20
                            display: AbstractButton.TextBesideIcon
                            implicitHeight: Theme.touchTarget
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
                    }
                    ProfileSection {
                        anchors.fill: parent
                        visible: page.section === "profile"
                        profile: profile
                        bottomMargin: Theme.margin
                        onEditRequested: (key) => page.editPreference(key)
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

    Banner {
        id: banner
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin
        width: Math.min(parent.width - 2 * Theme.margin, 640)
    }
}
