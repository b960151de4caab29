// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Clienteling.Ui
import Clienteling.App
import Clienteling.Models
import Clienteling.Sync

// A Madrid tablet, enrolled with the real central service (tst_uichain.cpp), serving the
// chain's customers: Laia Puig of the Barcelona store is not on this tablet; searching finds
// her below this store's results, marked with her home store, and a tap brings her onto the
// tablet and opens her. Registering a walk-in whose email a Barcelona customer has offers that
// customer. Any QML warning fails the test.
TestCase {
    id: testCase

    property var window: null

    function pageNamed(name) {
        tryVerify(() => window.currentPage && window.currentPage.objectName === name, 10000,
                  "the " + name + " did not show")
        tryCompare(findChild(window, "stack"), "busy", false)
        return window.currentPage
    }
    function child(parent, name) {
        const item = findChild(parent, name)
        verify(item, "no item " + name)
        return item
    }
    // The register button is at the end of the form: scrolled to, then tapped.
    function pressRegister(page) {
        const flick = child(page, "newCustomerFlick")
        flick.contentY = Math.max(0, flick.contentHeight - flick.height)
        const button = child(page, "registerButton")
        waitForRendering(page)
        mouseClick(button)
    }
    function signIn() {
        Session.signOut()
        const page = pageNamed("signInPage")
        child(page, "staffNumberField").text = "1001"
        child(page, "pinField").text = "1234"
        mouseClick(child(page, "signInButton"))
        return pageNamed("searchPage")
    }

    name: "ChainCustomers"
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
        window.destroy()
    }
    function init() {
        failOnWarning(/.*/)
    }

    function test_aCustomerOfAnotherStoreIsFoundAndOpened() {
        const searchPage = signIn()
        child(searchPage, "searchField").text = "Laia"
        const results = child(searchPage, "searchResults")
        compare(results.count, 0, "Laia is not on this tablet")
        const title = child(searchPage, "chainResultsTitle")
        tryVerify(() => title.visible, 10000, "the chain's results show")
        const laia = child(searchPage, "chainResult_0")
        compare(laia.displayName, "Laia Puig")
        compare(laia.homeLocationName, "Barcelona Passeig de Gràcia")
        verify(!child(searchPage, "searchOfflineNote").visible)
        mouseClick(laia)
        const page = pageNamed("customerPage")
        compare(child(page, "customerName").text, "Laia Puig")
        compare(page.customerProfile.homeStoreName, "Barcelona Passeig de Gràcia")
        window.goBack()
        // From now on she is on this tablet, found at once, offline too.
        const again = pageNamed("searchPage")
        child(again, "searchField").text = "Laia"
        tryVerify(() => child(again, "searchResults").count === 1)
        child(again, "searchField").text = ""
    }

    function test_aLoyaltyCardOfAnotherStoreOpensItsCustomer() {
        const searchPage = signIn()
        const field = child(searchPage, "searchField")
        field.text = ""
        tryVerify(() => field.activeFocus)
        // A card nobody holds: the associate is told, nothing opens.
        for (const digit of "4000000000017")
            keyClick(digit)
        keyClick(Qt.Key_Return)
        const banner = child(searchPage, "banner")
        tryCompare(banner, "opened", true, 10000)
        verify(banner.text.indexOf("4000000000017") >= 0)
        compare(window.currentPage, searchPage)
        // Siobhán O'Brien's card, of the Dublin store: she opens directly.
        field.selectAll()
        for (const digit of "4000000000424")
            keyClick(digit)
        compare(field.text, "4000000000424")
        keyClick(Qt.Key_Return)
        const page = pageNamed("customerPage")
        compare(child(page, "customerName").text, "Siobhán O'Brien")
        window.goBack()
    }

    function test_newCustomerWithAnEmailOfAnotherStore() {
        const searchPage = signIn()
        child(searchPage, "searchField").text = ""
        mouseClick(child(searchPage, "newCustomerButton"))
        const page = pageNamed("newCustomerPage")
        child(page, "firstNameField").text = "Laia"
        child(page, "lastNameField").text = "Puig Soler"
        child(page, "emailField").text = "C00002@example.com"
        pressRegister(page)
        const card = child(page, "duplicatesCard")
        tryVerify(() => card.visible, 10000, "the Barcelona customer is offered")
        const match = child(page, "duplicate_0")
        tryVerify(() => match.height > 0 && match.enabled)
        waitForRendering(page)
        compare(match.modelData.displayName, "Laia Puig")
        compare(match.modelData.reason, "Same email address")
        window.goBack()
    }
}
