// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Clienteling.Ui
import Clienteling.App
import Clienteling.Models
import Clienteling.Sync

// Sync as the associate sees it: the header's status and its panel with the refused changes,
// enrolling with the central service (from Settings and from the new-tablet screen), and an
// order's progress in the timeline. The test store is not enrolled and holds two refused
// changes (tst_ui.cpp, uitestdata.cpp); any QML warning fails the test.
TestCase {
    id: testCase

    property var window: null
    // Nothing listens on port 9 here: the connection is refused at once.
    readonly property string unreachable: "http://127.0.0.1:9"

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
    function openPanel() {
        const button = child(window.header, "syncStatusButton")
        verify(button.visible)
        mouseClick(button)
        const panel = child(window, "syncPanel")
        tryCompare(panel, "opened", true)
        return panel
    }
    function closePanel(panel) {
        mouseClick(child(panel.contentItem, "closeSyncPanel"))
        tryCompare(panel, "visible", false)
    }
    // Enters an address and a code in an enrol form and sends them.
    function enrol(form, address, code) {
        const addressField = child(form, "enrolAddressField")
        addressField.text = address
        child(form, "enrolCodeField").text = code
        const button = child(form, "enrolButton")
        verify(button.enabled)
        mouseClick(button)
    }

    name: "Sync"
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
        window.width = 1280
        window.height = 800
    }
    function cleanup() {
        // A failed test must not leave the panel over the next one's screens.
        const panel = findChild(window, "syncPanel")
        if (panel && panel.visible) {
            panel.close()
            tryCompare(panel, "visible", false)
        }
    }

    // A store with data but no central service: sign-in, not enrolment, and a calm status.
    function test_notEnrolledStoreSignsIn_data() {
        return [
            {tag: "en", language: "en", status: "Not set up"},
            {tag: "es", language: "es", status: "Sin configurar"},
        ]
    }
    function test_notEnrolledStoreSignsIn(data) {
        LanguageController.language = data.language
        Session.signOut()
        compare(window.rootScreen, "signIn")
        pageNamed("signInPage")
        const button = child(window.header, "syncStatusButton")
        compare(button.mode, "notConnected")
        compare(child(button, "syncStatusText").text, data.status)
        verify(child(button, "syncRefusedBadge").visible === SyncEngine.rejections.count > 0)
    }

    function test_panelOpensFromHeader_data() {
        return [
            {tag: "en", language: "en", width: 1280, height: 800},
            {tag: "es-portrait", language: "es", width: 800, height: 1280},
        ]
    }
    function test_panelOpensFromHeader(data) {
        LanguageController.language = data.language
        window.width = data.width
        window.height = data.height
        signIn()
        const panel = openPanel()
        compare(child(panel.contentItem, "syncStatusFull").text, SyncEngine.statusText)
        compare(child(panel.contentItem, "syncLastSync").text, SyncEngine.lastSyncText)
        const syncNow = child(panel.contentItem, "syncNowButton")
        verify(!syncNow.enabled, "nothing to sync with before enrolment")
        verify(!child(panel.contentItem, "syncProgress").visible)
        const list = child(panel.contentItem, "rejectionsList")
        compare(list.count, SyncEngine.rejections.count)
        closePanel(panel)
    }

    // Each refused change says what it was, why, and what to do; Dismiss removes it.
    function test_dismissRefusedChange() {
        LanguageController.language = "en"
        signIn()
        const before = SyncEngine.rejections.count
        verify(before > 0, "the test store holds refused changes")
        const badge = child(window.header, "syncRefusedBadge")
        verify(badge.visible)
        const panel = openPanel()
        const list = child(panel.contentItem, "rejectionsList")
        compare(list.count, before)
        const card = list.itemAt(0)
        verify(card)
        const first = SyncEngine.rejections.get(0)
        compare(card.title, first.title)
        verify(card.title.indexOf("José Muñoz") >= 0, card.title)
        verify(child(card, "rejectionReason").text.length > 0)
        verify(child(card, "rejectionAction").text.indexOf(first.action) >= 0)
        mouseClick(child(card, "dismissRejection"))
        tryCompare(SyncEngine.rejections, "count", before - 1)
        compare(list.count, before - 1)
        for (let i = 0; i < SyncEngine.rejections.count; ++i)
            verify(SyncEngine.rejections.get(i).mutationId !== first.mutationId)
        compare(badge.visible, before - 1 > 0)
        closePanel(panel)
    }

    // An address nothing answers at: SyncEngine's message in place, the form and what was
    // typed stay, the tablet is still not enrolled.
    function test_enrolUnreachableInSettings_data() {
        return [
            {
                tag: "en", language: "en",
                message: "Cannot reach the central service at http://127.0.0.1:9. Check the "
                         + "address and the Wi-Fi, then try again."
            },
            {
                tag: "es", language: "es",
                message: "No se puede contactar con el servicio central en http://127.0.0.1:9. "
                         + "Compruebe la dirección y la wifi e inténtelo de nuevo."
            },
        ]
    }
    function test_enrolUnreachableInSettings(data) {
        LanguageController.language = data.language
        signIn()
        window.openSettings()
        const settings = pageNamed("settingsPage")
        const section = child(settings, "centralServiceSection")
        const form = child(section, "settingsEnrolForm")
        verify(!form.visible)
        mouseClick(child(section, "startEnrolment"))
        verify(form.visible)
        enrol(form, unreachable, "MAD-7Q4K")
        tryCompare(form, "busy", false, 10000)
        const error = child(form, "enrolError")
        tryCompare(error, "text", data.message)
        verify(error.visible)
        verify(form.visible, "the form stays open")
        compare(child(form, "enrolCodeField").text, "MAD-7Q4K")
        verify(!SyncEngine.enrolled)
        compare(window.currentPage, settings)
        mouseClick(child(form, "enrolCancel"))
        verify(!form.visible)
        window.goBack()
    }

    // The new-tablet screen runs the same flow.
    function test_enrolmentScreen() {
        LanguageController.language = "en"
        Session.signOut()
        pageNamed("signInPage")
        const component = Qt.createComponent("qrc:/Clienteling/Ui/startup/EnrolmentPage.qml")
        compare(component.status, Component.Ready, component.errorString())
        const page = component.createObject(window.contentItem,
                                            {width: window.width, height: 600, z: 100})
        verify(page)
        const form = child(page, "enrolForm")
        verify(!child(form, "enrolButton").enabled, "an address and a code are needed")
        enrol(form, unreachable, "MAD-7Q4K")
        verify(form.busy, "busy while the central service answers")
        verify(child(form, "enrolBusy").visible)
        tryCompare(form, "busy", false, 10000)
        verify(child(form, "enrolError").text.indexOf("Cannot reach the central service") === 0)
        verify(page.visible)
        compare(window.rootScreen, "signIn")
        page.destroy()
    }

    function test_settingsSavesAddress() {
        LanguageController.language = "en"
        signIn()
        window.openSettings()
        const settings = pageNamed("settingsPage")
        const field = child(settings, "serverAddressField")
        const save = child(settings, "saveServerAddress")
        field.text = "https://clienteling.example.com"
        verify(save.enabled)
        mouseClick(save)
        compare(SyncEngine.serverUrl, "https://clienteling.example.com")
        compare(field.text, SyncEngine.serverUrl)
        verify(!save.enabled, "nothing left to save")
        compare(child(settings, "enrolmentState").text, "Not enrolled: this tablet does not sync")
        window.goBack()
    }

    // Five wrong PINs lock a colleague out; their manager sees it in Settings and unlocks
    // them, and they sign in again. An associate does not see the section.
    function test_managerUnlocksColleague() {
        LanguageController.language = "en"
        signIn()
        window.openSettings()
        verify(!child(pageNamed("settingsPage"), "staffLocksSection").visible)
        window.goBack()

        Session.signOut()
        let page = pageNamed("signInPage")
        for (let i = 0; i < 5; ++i) {
            child(page, "staffNumberField").text = "1001"
            child(page, "pinField").text = "9999"
            mouseClick(child(page, "signInButton"))
        }
        child(page, "pinField").text = "1234"
        mouseClick(child(page, "signInButton"))
        compare(window.currentPage.objectName, "signInPage", "a locked colleague stays out")

        child(page, "staffNumberField").text = "1002"
        child(page, "pinField").text = "4321"
        mouseClick(child(page, "signInButton"))
        pageNamed("searchPage")
        window.openSettings()
        const settings = pageNamed("settingsPage")
        const section = child(settings, "staffLocksSection")
        verify(section.visible)
        tryVerify(() => section.locked.length === 1, 5000, JSON.stringify(section.locked))
        verify(!child(section, "noLockedStaff").visible)
        compare(child(section, "lockedStaffName").text, "Lucía Martín (1001)")
        // Below the fold at this size: what the button does.
        const unlock = child(section, "unlockStaff_1001")
        verify(unlock.visible && unlock.enabled)
        unlock.clicked()
        compare(child(section, "staffLocksError").text, "")
        tryVerify(() => section.locked.length === 0, 5000, JSON.stringify(section.locked))
        verify(child(section, "noLockedStaff").visible)
        compare(child(section, "staffLocksDone").text, "Lucía Martín can sign in again.")
        window.goBack()

        signIn() // Lucía again, with her PIN
        compare(Session.associateId, "stf-1001")
    }

    // Plain http:// to the network is refused where it is typed, with the reason, and nothing
    // is saved or sent; the typed address stays to be corrected.
    function test_settingsRefusesPlainHttp() {
        LanguageController.language = "en"
        signIn()
        window.openSettings()
        const settings = pageNamed("settingsPage")
        const field = child(settings, "serverAddressField")
        const before = SyncEngine.serverUrl
        field.text = "http://10.0.0.5:8080"
        mouseClick(child(settings, "saveServerAddress"))
        compare(SyncEngine.serverUrl, before)
        compare(field.text, "http://10.0.0.5:8080")
        const error = child(settings, "serverAddressError")
        verify(error.visible)
        verify(error.text.indexOf("The address must start with https://") === 0, error.text)
        // Typed without a scheme it is https://, and the reason goes.
        field.text = "10.0.0.5:8443"
        mouseClick(child(settings, "saveServerAddress"))
        compare(SyncEngine.serverUrl, "https://10.0.0.5:8443")
        compare(field.text, "https://10.0.0.5:8443")
        verify(!error.visible)
        window.goBack()
    }

    function test_enrolRefusesPlainHttp() {
        LanguageController.language = "en"
        signIn()
        window.openSettings()
        const section = child(pageNamed("settingsPage"), "centralServiceSection")
        const form = child(section, "settingsEnrolForm")
        mouseClick(child(section, "startEnrolment"))
        enrol(form, "http://clienteling.example.com", "MAD-7Q4K")
        tryCompare(form, "busy", false)
        compare(child(form, "enrolError").text,
                "The address must start with https://. With http:// the enrolment code and "
                + "customer data would travel unprotected over the network (http:// only works "
                + "for a service on this tablet itself).")
        compare(child(form, "enrolCodeField").text, "MAD-7Q4K")
        verify(!SyncEngine.enrolled)
        mouseClick(child(form, "enrolCancel"))
        window.goBack()
    }

    // Order progress rows: the order number and the status in the app's language, also after
    // switching languages with the customer open.
    function test_orderStatusInTimeline() {
        LanguageController.language = "en"
        const searchPage = signIn()
        child(searchPage, "searchField").text = "4000000000017"
        const results = child(searchPage, "searchResults")
        tryCompare(results, "count", 1)
        tryVerify(() => results.itemAtIndex(0), 3000, "the result is shown")
        mouseClick(results.itemAtIndex(0))
        const page = pageNamed("customerPage")
        const timeline = child(page, "timelineList")
        tryVerify(() => timeline.count > 0)
        let row = null
        for (let i = 0; i < Math.min(timeline.count, 20) && !row; ++i) {
            timeline.positionViewAtIndex(i, ListView.Contain)
            const item = timeline.itemAtIndex(i)
            if (item && item.kind === "order_status")
                row = item
        }
        verify(row, "an order_status row near the top")
        compare(row.headline, "Order S-20931: Collected")
        verify(row.detailLine.indexOf("collected") < 0, "the code itself is not shown")
        LanguageController.language = "es"
        tryCompare(row, "headline", "Pedido S-20931: Recogido")
        LanguageController.language = "en"
        window.goBack()
    }
}
