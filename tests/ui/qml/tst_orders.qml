// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Clienteling.Ui
import Clienteling.App
import Clienteling.Models

// The store's orders as the associate works them: what needs attention (a line without stock
// and where else it could come from), an order's history as the carrier reported it, and the
// pick-up counter, where an order is handed over only to someone who proves it is theirs.
// The orders of the test store (uitestdata.h): A-3900101, Sofía Navarro's pick-up ready in
// Madrid (card 4000000100004); W-1900201, José's pick-up being prepared; W-1900202, José's web order with a
// line that found no stock; W-1900150, José's coat shipped by SEUR. Any QML warning fails.
TestCase {
    id: testCase

    property var window: null

    function pageNamed(name) {
        tryVerify(() => window.currentPage && window.currentPage.objectName === name, 5000,
                  "the " + name + " did not show")
        tryCompare(findChild(window, "stack"), "busy", false)
        return window.currentPage
    }
    function child(parent, name) {
        const item = findChild(parent, name)
        verify(item, "no item " + name)
        return item
    }
    function signIn() {
        Session.signOut()
        const page = pageNamed("signInPage")
        child(page, "staffNumberField").text = "1001"
        child(page, "pinField").text = "1234"
        mouseClick(child(page, "signInButton"))
        return pageNamed("searchPage")
    }
    function openOrders() {
        signIn()
        // The rail in landscape, the bar at the bottom in portrait.
        const rail = child(window, "navigationRail")
        const navigation = rail.visible ? rail : child(window, "navigationBar")
        mouseClick(child(navigation, "nav_products"))
        pageNamed("catalogPage")
        mouseClick(child(navigation, "nav_orders"))
        return pageNamed("ordersPage")
    }
    // The row of an order in an OrderList, scrolled into view.
    function rowOf(list, number) {
        const view = list.view
        for (let i = 0; i < view.count; ++i) {
            if (view.model.get(i).number === number) {
                view.positionViewAtIndex(i, ListView.Contain)
                tryVerify(() => view.itemAtIndex(i), 3000)
                return view.itemAtIndex(i)
            }
        }
        fail("order " + number + " is not in the list")
        return null
    }
    function texts(item) {
        const found = []
        collectTexts(item, found)
        return found
    }
    function collectTexts(item, found) {
        if (!item || !item.visible)
            return
        if (item.hasOwnProperty("elide") && item.text !== undefined && String(item.text).length)
            found.push(String(item.text))
        for (let i = 0; i < item.children.length; ++i)
            collectTexts(item.children[i], found)
    }

    name: "Orders"
    when: windowShown
    width: 400
    height: 300

    function initTestCase() {
        const component = Qt.createComponent("qrc:/Clienteling/Ui/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null, {width: 1280, height: 800})
        verify(window)
        window.requestActivate()
        tryVerify(() => window.active, 5000)
    }
    function cleanupTestCase() {
        LanguageController.language = "en"
        window.destroy()
    }
    function init() {
        failOnWarning(/.*/)
        LanguageController.language = "en"
        window.width = 1280
        window.height = 800
    }
    function cleanup() {
        // A failed test must not leave its dialog over the next one's screens.
        const dialog = window.currentPage ? findChild(window.currentPage, "handOverDialog") : null
        if (dialog && dialog.visible) {
            dialog.close()
            tryCompare(dialog, "visible", false)
        }
    }

    // The failed allocation is listed, and the order says which line and what else has it.
    function test_needsAttentionShowsFailedAllocation() {
        const page = openOrders()
        verify(page.twoColumns, "both lists side by side in landscape")
        const list = child(page, "attentionList")
        tryCompare(list, "count", 1)
        const row = rowOf(list, "W-1900202")
        compare(child(row, "orderRowTitle").text, "José Muñoz · W-1900202")
        compare(child(row, "orderRowStatus").text, "Needs action")
        // The navigation says there is something waiting.
        const badge = child(child(window, "navigationRail"), "navBadge_orders")
        verify(badge.visible)

        mouseClick(row)
        const order = pageNamed("orderPage")
        compare(child(order, "orderNumber").text, "W-1900202")
        compare(child(order, "orderStatus").text, "Needs action")
        const lines = child(order, "orderLines")
        const shown = texts(lines)
        verify(shown.indexOf("No stock: choose another source") >= 0, shown)
        verify(shown.indexOf("No stock where it was to come from. Take it from:") >= 0, shown)
        compare(child(lines, "takeFrom_BCN").text, "Barcelona Passeig de Gràcia (2 available)")
        compare(child(lines, "takeFrom_WH1").text, "Zaragoza Warehouse (40 available)")
        verify(child(lines, "cancelLine").visible)
        // The line that did find stock is not in question.
        verify(shown.indexOf("Stock allocated") >= 0, shown)
        window.goBack()
        pageNamed("ordersPage")
    }

    // Portrait: one list at a time, behind tabs that count.
    function test_portraitTabs() {
        const page = openOrders()
        window.width = 800
        window.height = 1280
        tryCompare(page, "twoColumns", false)
        compare(child(page, "tab_attention").text, "Needs attention (1)")
        page.showSection("attention")
        verify(child(page, "attentionList").visible)
        verify(!child(page, "pickupList").visible)
        page.showSection("pickups")
        verify(child(page, "pickupList").visible)
    }

    // Nothing needing attention, in portrait: the empty state sits in the middle of its list,
    // whether the screen was turned before or after the orders opened.
    function test_portraitEmptyAttentionIsCentred() {
        for (const turnFirst of [false, true]) {
            window.width = 1280
            window.height = 800
            if (turnFirst) {
                window.width = 800
                window.height = 1280
            }
            const page = openOrders()
            page.attention.active = false // as a store with nothing needing attention
            window.width = 800
            window.height = 1280
            tryCompare(page, "twoColumns", false)
            page.showSection("attention")
            const list = child(page, "attentionList")
            // Opened in portrait, the column stayed 350x24 and the list 0 high.
            tryVerify(() => list.visible && list.width > 700 && list.height > 700, 3000,
                      "turned first " + turnFirst + ": " + list.width + "x" + list.height)
            let empty = null
            for (let i = 0; i < list.children.length; ++i) {
                if (list.children[i].hasOwnProperty("hint"))
                    empty = list.children[i]
            }
            verify(empty && empty.visible)
            const centre = empty.mapToItem(list, empty.width / 2, empty.height / 2)
            verify(Math.abs(centre.x - list.width / 2) < 2, "centred across: " + centre.x)
            verify(Math.abs(centre.y - list.height / 2) < 2, "centred down: " + centre.y)
            verify(empty.width > 200, "as wide as its text needs: " + empty.width)
            page.attention.active = true
            page.showSection("pickups")
        }
    }

    // What the carrier's webhook reported, oldest first, with the tracking number.
    function test_orderStatusHistory() {
        signIn()
        const orderId = "ord-ui-shipped"
        window.openOrder(orderId, "")
        const order = pageNamed("orderPage")
        compare(order.detail.history.length, 3)
        const history = texts(child(order, "orderHistory"))
        const placed = history.indexOf("Placed")
        const allocated = history.indexOf("Allocated")
        const shipped = history.indexOf("Shipped")
        verify(placed >= 0 && placed < allocated && allocated < shipped, history)
        verify(history.indexOf("SEUR tracking SEU4829103XY") >= 0, history)
        compare(child(order, "orderDelivery").text.indexOf("Express delivery to José Muñoz"), 0)
        compare(child(order, "orderTotal").value, "€288.95")
        window.goBack()
    }

    // The ready pick-up comes first; a wrong order number or card is refused with what to do,
    // the right card hands it over.
    function test_pickupHandOverChecksWhoCollects() {
        const page = openOrders()
        const list = child(page, "pickupList")
        tryCompare(list, "count", 2)
        compare(list.view.model.get(0).number, "A-3900101")
        const row = rowOf(list, "A-3900101")
        compare(child(row, "orderRowStatus").text, "Ready for pickup")
        mouseClick(row)
        const order = pageNamed("orderPage")
        compare(child(order, "orderNumber").text, "A-3900101")
        verify(!child(order, "markReadyButton").visible)
        const handOver = child(order, "handOverButton")
        verify(handOver.visible)
        mouseClick(handOver)

        const dialog = child(order, "handOverDialog")
        tryCompare(dialog, "opened", true)
        const content = dialog.contentItem
        compare(child(content, "handOverCustomer").text, "Sofía Navarro")
        const proof = child(content, "handOverProof")
        const confirm = child(dialog.footer, "handOverConfirm")
        verify(!confirm.enabled, "nothing typed, nothing to check")
        tryVerify(() => proof.activeFocus)

        // Someone else's number.
        proof.text = "A-3900102"
        mouseClick(confirm)
        verify(dialog.opened, "not handed over")
        const error = child(content, "handOverError")
        verify(error.visible)
        compare(error.text, "That is not this order's number. Check the customer's confirmation "
                + "email or text, or ask for their loyalty card.")
        compare(order.detail.status, "ready_for_pickup")

        // Someone else's card.
        mouseClick(child(content, "handOverMethod_loyalty_card"))
        compare(dialog.method, "loyalty_card")
        verify(!error.visible, "a new attempt starts clean")
        proof.text = "4000000000017" // José's, not hers
        keyClick(Qt.Key_Return)
        verify(dialog.opened)
        compare(error.text,
                "That loyalty card is not this customer's. Ask for the order number instead.")
        compare(order.detail.status, "ready_for_pickup")

        // Her card, scanned: handed over.
        proof.text = "4000000100004"
        mouseClick(confirm)
        tryCompare(dialog, "visible", false)
        compare(order.detail.status, "collected")
        compare(child(order, "orderStatus").text, "Collected")
        verify(!child(order, "handOverButton").visible)
        const banner = child(order, "banner")
        tryCompare(banner, "opened", true)
        compare(banner.text, "Handed over. Order A-3900101 is collected.")

        window.goBack()
        pageNamed("ordersPage")
        tryCompare(list, "count", 1)
        compare(list.view.model.get(0).number, "W-1900201")
    }
}
