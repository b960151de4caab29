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
// first screen follows the start-up phase and the session. Signed in, the associate moves
// between three areas (customers, products, orders) from a rail (landscape) or a bar
// (portrait); the customer being served goes along into products and what is done for them.
ApplicationWindow {
    id: window

    /**
     * The first screen AppState.screen calls for, as the key of its component: preparing,
     * failed, enrol, firstSync, signIn or search (signed in).
     */
    readonly property string rootScreen: {
        switch (AppState.screen) {
        case AppState.DamagedStore:
            return "failed"
        case AppState.Enrol:
            return "enrol"
        case AppState.FirstSync:
            return "firstSync"
        case AppState.SignIn:
            return "signIn"
        case AppState.SignedIn:
            return "search"
        }
        return "preparing"
    }
    // LocalStore announces the store at enrolment, before the first sync brings its name: read
    // it again whenever the sync status changes, until LocalStore re-announces it itself.
    readonly property string storeName: {
        void SyncEngine.lastSyncAt
        return LocalStore.locationName
    }
    readonly property Item currentPage: stack.currentItem
    readonly property bool portrait: height > width
    /** Signed in: the areas are one tap away. */
    readonly property bool showNavigation: rootScreen === "search"
    /** The area on show: customers, products or orders. */
    property string area: "customers"
    /** The customer being served: products open for them, and what is done is for them. */
    property string servingCustomerId
    property string servingCustomerName
    /** Orders waiting for the associate, for the navigation's badge. */
    readonly property int ordersWaiting: showNavigation ? pickupQueue.count + needsAttention.count
                                                        : 0

    /** Shows an area from its first screen. */
    function showArea(name: string) {
        const components = {
            customers: searchComponent,
            products: catalogComponent,
            orders: ordersComponent,
        }
        if (rootScreen !== "search" || !components[name])
            return
        area = name
        stack.clear(StackView.Immediate)
        stack.push(components[name], {}, StackView.Immediate)
    }
    /** Opens a customer over the search screen. */
    function openCustomer(customerId: string) {
        if (rootScreen !== "search")
            return
        if (area === "customers")
            stack.pop(null, StackView.Immediate)
        else
            showArea("customers")
        stack.push(customerComponent, {customerId: customerId})
    }
    /** Registers a walk-in, starting from what was typed in the search. */
    function openNewCustomer(typed: string) {
        if (rootScreen !== "search")
            return
        if (area !== "customers")
            showArea("customers")
        stack.push(newCustomerComponent, {startingText: typed})
    }
    /** Opens a customer over the current screen (from an order or a product); back returns. */
    function pushCustomer(customerId: string) {
        if (rootScreen !== "search" || customerId.length === 0)
            return
        const open = stack.find(item => item.objectName === "customerPage"
                                && item.customerId === customerId)
        if (open)
            stack.pop(open)
        else
            stack.push(customerComponent, {customerId: customerId})
    }
    /** The customer's cart: back to their screen if it is open, else opened. */
    function showCart(customerId: string) {
        pushCustomer(customerId)
        if (currentPage && currentPage.objectName === "customerPage")
            currentPage.showSection("online")
    }
    /** From now on, what is done is for this customer. */
    function serve(customerId: string, name: string) {
        servingCustomerId = customerId
        servingCustomerName = name
    }
    function chooseCustomer() {
        customerPicker.pick()
    }
    /** Products, for a customer when one is given (from their screen). */
    function openProducts(customerId: string, name: string) {
        if (rootScreen !== "search")
            return
        if (customerId.length > 0)
            serve(customerId, name)
        stack.push(catalogComponent, {cameFromCustomer: customerId.length > 0})
    }
    /** A product, on a variant when sku is given (a scan). */
    function openProduct(styleId: string, sku: string) {
        if (rootScreen !== "search")
            return
        const below = stack.currentItem
        const fromCustomer = below && (below.objectName === "customerPage"
                                       || (below.objectName === "catalogPage"
                                           && below.cameFromCustomer))
        stack.push(productComponent, {styleId: styleId, initialSku: sku,
                                      cameFromCustomer: fromCustomer})
    }
    /** Home delivery of a variant for the customer being served. */
    function openEndlessAisle(sku: string) {
        if (rootScreen !== "search" || servingCustomerId.length === 0)
            return
        stack.push(aisleComponent, {sku: sku, customerId: servingCustomerId,
                                    customerName: servingCustomerName})
    }
    /** An order; placedNumber when it was just placed. */
    function openOrder(orderId: string, placedNumber: string) {
        if (rootScreen !== "search")
            return
        stack.push(orderComponent, {orderId: orderId, placedNumber: placedNumber})
    }
    /** Payment for a customer's cart. */
    function openCheckout(customerId: string, name: string) {
        if (rootScreen !== "search" || customerId.length === 0)
            return
        stack.push(checkoutComponent, {customerId: customerId, customerName: name})
    }
    /** A sale without a customer: the open one takes the item, else a new one starts with it. */
    function quickSale(sku: string) {
        if (rootScreen !== "search")
            return
        const open = stack.find(item => item.objectName === "checkoutPage" && item.anonymous
                                && item.saleState === "none")
        if (open)
            stack.pop(open)
        else
            stack.push(checkoutComponent, {})
        if (sku.length > 0)
            currentPage.addItem(sku)
    }
    /** The customer brings items of an order back. */
    function openReturn(orderId: string) {
        if (rootScreen !== "search")
            return
        stack.push(returnComponent, {orderId: orderId})
    }
    /** Orders: the pick-up queue or what needs attention. */
    function showOrders(section: string) {
        showArea("orders")
        currentPage.showSection(section)
    }
    /** A message over whatever screen is on show, with an optional next step. */
    function notify(message: string, actionText: string, action: string) {
        notice.action = action
        notice.confirm(message, actionText)
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
        if (area === "customers")
            stack.pop(null, StackView.Immediate)
        else
            showArea("customers")
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
        // A new session starts on the customers, serving nobody.
        area = "customers"
        serve("", "")
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

    // The navigation's badge: pick-ups and orders needing a decision in this store, read once
    // someone has signed in (the navigation is not shown before).
    OrderListModel {
        id: pickupQueue
        store: LocalStore
        scope: OrderListModel.PickupQueue
        active: Session.signedIn
    }
    OrderListModel {
        id: needsAttention
        store: LocalStore
        scope: OrderListModel.NeedsAttention
        active: Session.signedIn
    }

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

    footer: NavigationBar {
        objectName: "navigationBar"
        visible: window.showNavigation && window.portrait
        current: window.area
        ordersBadge: window.ordersWaiting
        onAreaChosen: (key) => window.showArea(key)
    }

    NavigationBar {
        id: navigationRail
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: implicitWidth
        objectName: "navigationRail"
        visible: window.showNavigation && !window.portrait
        vertical: true
        current: window.area
        ordersBadge: window.ordersWaiting
        onAreaChosen: (key) => window.showArea(key)
    }

    StackView {
        id: stack
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: parent.right
        anchors.left: navigationRail.visible ? navigationRail.right : parent.left
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
    CustomerPickerDialog {
        id: customerPicker
        parent: Overlay.overlay
        onCustomerPicked: (customerId, name) => window.serve(customerId, name)
    }
    // Messages that outlive the screen they came from ("Added to the cart").
    Banner {
        id: notice

        /** What the action button does: "cart:<customerId>". */
        property string action

        objectName: "notice"
        parent: Overlay.overlay
        z: 10
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin + (window.footer.visible ? 0 : 0)
        width: Math.min(parent.width - 2 * Theme.margin, 640)
        onActionClicked: {
            if (action.startsWith("cart:"))
                window.showCart(action.slice(5))
        }
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
            onProductScanned: (styleId, sku) => window.openProduct(styleId, sku)
            onNewCustomerRequested: (typed) => window.openNewCustomer(typed)
        }
    }
    Component {
        id: newCustomerComponent

        NewCustomerPage {
            onCreated: (customerId) => window.openCustomer(customerId)
            onCustomerChosen: (customerId) => window.openCustomer(customerId)
        }
    }
    Component {
        id: customerComponent

        CustomerPage {
            onServing: (customerId, name) => window.serve(customerId, name)
            onProductsRequested: (customerId, name) => window.openProducts(customerId, name)
            onOrderChosen: (orderId) => window.openOrder(orderId, "")
            onOrderPlaced: (orderId, number) => window.openOrder(orderId, number)
            onCheckoutRequested: (customerId, name) => window.openCheckout(customerId, name)
        }
    }
    Component {
        id: catalogComponent

        CatalogPage {
            property bool cameFromCustomer: false

            customerId: window.servingCustomerId
            customerName: window.servingCustomerName
            onProductChosen: (styleId, sku) => window.openProduct(styleId, sku)
            onCustomerOpenRequested: (customerId) => window.pushCustomer(customerId)
            onCustomerChooseRequested: window.chooseCustomer()
        }
    }
    Component {
        id: productComponent

        ProductPage {
            customerId: window.servingCustomerId
            customerName: window.servingCustomerName
            onCustomerOpenRequested: (customerId) => window.pushCustomer(customerId)
            onCustomerChooseRequested: window.chooseCustomer()
            onEndlessAisleRequested: (sku) => window.openEndlessAisle(sku)
            onQuickSaleRequested: (sku) => window.quickSale(sku)
        }
    }
    Component {
        id: aisleComponent

        EndlessAislePage {
            onAdded: (message) => {
                stack.pop()
                window.notify(message, qsTr("View cart"), "cart:" + customerId)
            }
        }
    }
    Component {
        id: ordersComponent

        OrdersPage {
            onOrderChosen: (orderId) => window.openOrder(orderId, "")
        }
    }
    Component {
        id: orderComponent

        OrderPage {
            onCustomerOpenRequested: (customerId) => window.pushCustomer(customerId)
            onReturnRequested: (orderId) => window.openReturn(orderId)
        }
    }
    Component {
        id: checkoutComponent

        CheckoutPage {
            onSettingsRequested: window.openSettings()
        }
    }
    Component {
        id: returnComponent

        ReturnPage {}
    }
    Component {
        id: settingsComponent

        SettingsPage {}
    }
}
