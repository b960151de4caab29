// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App
import Clienteling.Models

// The app window: a header with the store and the associate, and one stack of screens whose
// first screen follows the start-up phase and the session.
ApplicationWindow {
    id: window

    /** Which first screen the state calls for: preparing, failed, signIn or search. */
    readonly property string rootScreen: {
        switch (AppState.phase) {
        case AppState.StoreFailed:
            return "failed"
        case AppState.Ready:
            return Session.signedIn ? "search" : "signIn"
        }
        return "preparing"
    }
    readonly property Item currentPage: stack.currentItem
    readonly property bool portrait: height > width

    /** Opens a customer over the search screen. */
    function openCustomer(customerId: string) {
        if (rootScreen !== "search")
            return
        stack.pop(null, StackView.Immediate)
        stack.push(customerComponent, {customerId: customerId})
    }
    function openSettings() {
        if (!Session.signedIn || (currentPage && currentPage.objectName === "settingsPage"))
            return
        stack.push(settingsComponent)
    }
    /** Back to the search screen, optionally with a search typed in. */
    function showSearch(text: string) {
        if (rootScreen !== "search")
            return
        stack.pop(null, StackView.Immediate)
        if (text.length > 0)
            stack.currentItem.setQuery(text)
        else
            stack.currentItem.focusSearch()
    }
    function goBack() {
        if (stack.depth > 1)
            stack.pop()
    }
    function showRootScreen() {
        const components = {
            preparing: preparingComponent,
            failed: failedComponent,
            signIn: signInComponent,
            search: searchComponent,
        }
        stack.clear(StackView.Immediate)
        stack.push(components[rootScreen], {}, StackView.Immediate)
    }

    width: 1280
    height: 800
    visible: true
    title: currentPage && currentPage.title ? qsTr("%1 – Clienteling").arg(currentPage.title)
                                            : qsTr("Clienteling")
    color: Theme.background
    Material.theme: Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent

    onRootScreenChanged: showRootScreen()
    Component.onCompleted: showRootScreen()

    header: ToolBar {
        objectName: "appHeader"
        Material.foreground: "white"
        Material.background: Theme.accent

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: stack.depth > 1 ? 0 : Theme.margin
            spacing: Theme.spacing

            ToolButton {
                visible: stack.depth > 1
                objectName: "backButton"
                icon.source: Theme.icon("back")
                Accessible.name: qsTr("Back")
                onClicked: window.goBack()
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    objectName: "storeName"
                    text: LocalStore.locationName.length > 0 ? LocalStore.locationName
                                                             : qsTr("Clienteling")
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBody + 2
                    font.weight: Font.DemiBold
                }
                Label {
                    Layout.fillWidth: true
                    visible: Session.signedIn
                    objectName: "associateName"
                    text: Session.associateName
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    opacity: 0.85
                }
            }

            // The sync status (online, pending changes, last sync) goes here.
            Item {
                objectName: "syncStatusSlot"
                Layout.fillHeight: true
                implicitWidth: childrenRect.width
            }

            ToolButton {
                visible: Session.signedIn
                         && !(window.currentPage && window.currentPage.objectName === "settingsPage")
                objectName: "settingsButton"
                icon.source: Theme.icon("settings")
                Accessible.name: qsTr("Settings")
                onClicked: window.openSettings()
            }
        }
    }

    StackView {
        id: stack
        anchors.fill: parent
        objectName: "stack"
        focus: true

        Keys.onEscapePressed: (event) => {
            event.accepted = depth > 1
            window.goBack()
        }
        Keys.onBackPressed: (event) => {
            event.accepted = depth > 1
            window.goBack()
        }
    }

    Component {
        id: preparingComponent

        PreparingPage {
            progress: AppState.phase === AppState.PreparingData ? AppState.progress : -1
            progressText: AppState.progressText
        }
    }
    Component {
        id: failedComponent

        StoreFailedPage {
            errorString: AppState.errorString
            canRebuild: LocalStore.canRebuild
            onRebuildRequested: AppState.rebuildDatabase()
        }
    }
    Component {
        id: signInComponent

        SignInPage {}
    }
    Component {
        id: searchComponent

        SearchPage {
            onCustomerChosen: (customerId) => window.openCustomer(customerId)
        }
    }
    Component {
        id: customerComponent

        CustomerPage {}
    }
    Component {
        id: settingsComponent

        SettingsPage {}
    }
}
