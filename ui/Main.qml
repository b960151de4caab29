// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Clienteling.Ui
import Clienteling.App
import Clienteling.Models
import Clienteling.Sync

// The app window: a header with the store and the associate, and one stack of screens whose
// first screen follows the start-up phase and the session.
ApplicationWindow {
    id: window

    /**
     * Which first screen the state calls for: preparing, failed, enrol (a new tablet with no
     * store data), firstSync (enrolled, its first sync not done), signIn or search.
     */
    readonly property string rootScreen: {
        switch (AppState.phase) {
        case AppState.StoreFailed:
            return "failed"
        case AppState.Ready:
            if (Session.signedIn)
                return "search"
            if (!hasStoreData)
                return SyncEngine.enrolled ? "firstSync" : "enrol"
            return "signIn"
        }
        return "preparing"
    }
    // Whether anyone could sign in. Stopgap until LocalStore says whether staff exist: an
    // enrolled tablet has its staff once a sync finished; one not enrolled has data when it
    // knows its store (demo data, or a store copied in before enrolment existed).
    readonly property bool hasStoreData: SyncEngine.enrolled ? SyncEngine.lastSyncAt > 0
                                                             : storeName.length > 0
    // LocalStore announces the store at enrolment, before the first sync brings its name: read
    // it again whenever the sync status changes, until LocalStore re-announces it itself.
    readonly property string storeName: {
        void SyncEngine.lastSyncAt
        return LocalStore.locationName
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
    function openSyncPanel() {
        syncPanel.open()
    }
    function goBack() {
        if (stack.depth > 1)
            stack.pop()
    }
    function showRootScreen() {
        const components = {
            preparing: preparingComponent,
            failed: failedComponent,
            enrol: enrolmentComponent,
            firstSync: firstSyncComponent,
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
            // The settings button brings its own padding; without it, keep off the edge.
            anchors.rightMargin: settingsButton.visible ? 0 : Theme.spacing
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
                    text: window.storeName.length > 0 ? window.storeName : qsTr("Clienteling")
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

            // Online or not, what waits to upload, refused changes: on every screen.
            Item {
                objectName: "syncStatusSlot"
                Layout.fillHeight: true
                implicitWidth: syncStatus.implicitWidth

                SyncStatusButton {
                    id: syncStatus
                    height: parent.height
                    onClicked: window.openSyncPanel()
                }
            }

            ToolButton {
                id: settingsButton
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
    SyncPanel {
        id: syncPanel
    }

    Component {
        id: enrolmentComponent

        EnrolmentPage {}
    }
    Component {
        id: firstSyncComponent

        FirstSyncPage {
            syncing: SyncEngine.syncing
            progress: SyncEngine.progress
            // SyncEngine does not say when the language changes: read it again then.
            statusText: {
                void LanguageController.language
                return SyncEngine.statusText
            }
            stopped: !SyncEngine.syncing
                     && (!SyncEngine.online || SyncEngine.errorString.length > 0)
            offline: !SyncEngine.online && SyncEngine.errorString.length === 0
            onRetryRequested: SyncEngine.syncNow()
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
