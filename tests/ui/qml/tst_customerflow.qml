// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Clienteling.Ui
import Clienteling.App
import Clienteling.Models

// The associate's path through the app in both languages: sign in, find José Muñoz, open him,
// look around and write a note. Runs the real Main.qml over the real models and a known store
// (tst_ui.cpp); any QML warning fails the test.
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
    function openJose(searchPage) {
        const field = child(searchPage, "searchField")
        field.text = "Muñoz"
        const results = child(searchPage, "searchResults")
        tryVerify(() => results.count >= 4, 5000, "four Muñoz in the test store")
        let row = -1
        for (let i = 0; i < results.count; ++i) {
            if (results.model.get(i).displayName === "José Muñoz")
                row = i
        }
        verify(row >= 0, "José Muñoz is among the results")
        results.positionViewAtIndex(row, ListView.Contain)
        const card = results.itemAtIndex(row)
        verify(card)
        mouseClick(card)
        return pageNamed("customerPage")
    }

    name: "CustomerFlow"
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

    function test_searchOpenAndNote_data() {
        return [
            {
                tag: "en", language: "en",
                placeholder: "Name, email, phone or loyalty card",
                notesTab: "Notes", saveNote: "Save note", pending: "Waiting to sync",
                note: "Tried the navy overcoat in 50; wants it in 52 when it arrives."
            },
            {
                tag: "es", language: "es",
                placeholder: "Nombre, email, teléfono o tarjeta de fidelidad",
                notesTab: "Notas", saveNote: "Guardar nota", pending: "Pendiente de sincronizar",
                note: "Se probó el abrigo azul marino en la 50; lo quiere en la 52."
            },
        ]
    }
    function test_searchOpenAndNote(data) {
        LanguageController.language = data.language
        const searchPage = signIn()
        const field = child(searchPage, "searchField")
        tryVerify(() => field.activeFocus, 2000, "the search field has the focus")
        compare(field.placeholderText, data.placeholder)

        const page = openJose(searchPage)
        compare(child(page, "customerName").text, "José Muñoz")

        // 2,000 events open at once: only a page is loaded, only visible rows are created.
        const timeline = child(page, "timelineList")
        tryVerify(() => timeline.count > 0)
        verify(timeline.count <= 100, "the timeline loads a page at a time, not " + timeline.count)
        verify(timeline.contentItem.children.length < 60, "delegates are created lazily")

        page.showSection("notes")
        compare(child(page, "tab_notes").text, data.notesTab)
        const save = child(page, "saveNoteButton")
        compare(save.text, data.saveNote)
        const notes = child(page, "notesList")
        const before = notes.count
        const editor = child(page, "noteEditor")
        editor.text = "   "
        verify(!save.enabled, "a blank note cannot be saved")
        editor.text = data.note
        verify(save.enabled)
        mouseClick(save)
        tryCompare(notes, "count", before + 1)
        compare(notes.model.get(0).body, data.note)
        compare(notes.model.get(0).pending, true)
        compare(editor.text, "")
        // The new note's row shows that it waits for the central service.
        tryVerify(() => {
            const newest = notes.itemAtIndex(0)
            const badge = newest ? findChild(newest, "notePending") : null
            return badge && badge.visible && badge.text === data.pending
        }, 3000, "the new note is marked \"" + data.pending + "\"")

        window.goBack()
        compare(pageNamed("searchPage").objectName, "searchPage")
    }

    function test_lifetimeValueFollowsLanguage() {
        LanguageController.language = "en"
        const page = openJose(signIn())
        const header = child(page, "customerName")
        verify(header)
        const english = findText(page, "€4,863.20")
        verify(english, "lifetime value in Irish English conventions")
        LanguageController.language = "es"
        tryVerify(() => findText(page, "4863,20\u00a0€") || findText(page, "4.863,20\u00a0€"), 3000,
                  "lifetime value in Spanish conventions after switching at run time")
        window.goBack()
    }

    // A scanner types the card number and Enter: the customer opens directly.
    function test_scanLoyaltyCard() {
        LanguageController.language = "en"
        const searchPage = signIn()
        const field = child(searchPage, "searchField")
        tryVerify(() => field.activeFocus)
        for (const digit of "4000000000017")
            keyClick(digit)
        compare(field.text, "4000000000017")
        keyClick(Qt.Key_Return)
        const page = pageNamed("customerPage")
        compare(child(page, "customerName").text, "José Muñoz")
        window.goBack()
    }

    function test_emptyStates() {
        LanguageController.language = "en"
        const searchPage = signIn()
        const empty = child(searchPage, "searchEmptyState")
        child(searchPage, "searchField").text = ""
        verify(empty.visible)
        compare(empty.title, "Type a name, email, phone or loyalty card")
        child(searchPage, "searchField").text = "zzqxw"
        tryVerify(() => empty.visible)
        compare(empty.title, "No customer matches “zzqxw”")
    }

    function test_channelFilter() {
        LanguageController.language = "en"
        const page = openJose(signIn())
        const timeline = child(page, "timelineList")
        tryVerify(() => timeline.count > 0)
        mouseClick(child(page, "channelFilter_call_centre"))
        compare(timeline.model.channels, ["call_centre"])
        tryVerify(() => timeline.count > 0)
        for (let i = 0; i < timeline.count; ++i)
            compare(timeline.model.get(i).channel, "call_centre")
        verify(!child(page, "channelFilter_all").checked)
        mouseClick(child(page, "channelFilter_all"))
        compare(timeline.model.channels.length, 0)
        window.goBack()
    }

    function test_editPreference() {
        LanguageController.language = "en"
        const page = openJose(signIn())
        page.editPreference("size.shoe")
        const dialog = child(page, "preferenceDialog")
        tryCompare(dialog, "opened", true)
        const field = findChild(dialog.contentItem, "preferenceField")
        verify(field)
        compare(field.text, "43")
        field.text = "44"
        mouseClick(findChild(dialog.footer, "preferenceSave"))
        tryCompare(dialog, "visible", false)
        const row = child(page, "preference_size.shoe")
        tryCompare(row, "value", "44")
        tryCompare(row, "pending", true)
        window.goBack()
    }

    // A refused save keeps the dialog open with C++'s reason, so nothing typed is lost.
    function test_refusedPreferenceStaysOpen() {
        LanguageController.language = "en"
        const page = openJose(signIn())
        page.editPreference("colours")
        const dialog = child(page, "preferenceDialog")
        tryCompare(dialog, "opened", true)
        const field = findChild(dialog.contentItem, "preferenceField")
        field.text = "navy ".repeat(50) // longer than a preference may be
        mouseClick(findChild(dialog.footer, "preferenceSave"))
        verify(dialog.opened, "the dialog stays open")
        verify(dialog.errorText.length > 0, "and says why")
        compare(field.text, "navy ".repeat(50))
        mouseClick(findChild(dialog.footer, "preferenceCancel"))
        tryCompare(dialog, "visible", false)
        window.goBack()
    }

    // CustomerProfile.failed reaches the associate as a banner.
    function test_failureShowsBanner() {
        LanguageController.language = "en"
        const page = openJose(signIn())
        page.showSection("notes")
        child(page, "noteEditor").text = "   "
        child(page, "notesSection").save() // the button is disabled; the model still refuses
        const banner = child(page, "banner")
        tryCompare(banner, "opened", true)
        compare(banner.text, "Write something before saving the note.")
        window.goBack()
    }

    function newCustomerPage() {
        const searchPage = signIn()
        child(searchPage, "searchField").text = ""
        mouseClick(child(searchPage, "newCustomerButton"))
        return pageNamed("newCustomerPage")
    }
    // The text field of a FormField (its fieldObjectName).
    function fieldOf(page, name) {
        return child(page, name)
    }

    // Offline (this test store is not enrolled) the search says that only this store's
    // customers can be found.
    function test_searchSaysWhenOnlyThisStoreIsSearched() {
        LanguageController.language = "en"
        const searchPage = signIn()
        const note = child(searchPage, "searchOfflineNote")
        child(searchPage, "searchField").text = ""
        verify(!note.visible)
        child(searchPage, "searchField").text = "Muñoz"
        tryVerify(() => note.visible)
        compare(note.text,
                "No connection: only this store's customers can be searched until it returns.")
        child(searchPage, "searchField").text = ""
    }

    // A walk-in whose email is already registered: the form offers the existing customer
    // before saving anything, and a tap opens him.
    function test_newCustomerOffersTheExistingOne() {
        LanguageController.language = "en"
        const page = newCustomerPage()
        fieldOf(page, "firstNameField").text = "Jose"
        fieldOf(page, "lastNameField").text = "Munoz"
        fieldOf(page, "emailField").text = "JOSE.MUNOZ@example.es"
        pressRegister(page)
        const card = child(page, "duplicatesCard")
        tryVerify(() => card.visible, 5000, "the existing customer is offered")
        const match = child(page, "duplicate_0")
        tryVerify(() => match.height > 0 && match.enabled)
        waitForRendering(page)
        compare(match.modelData.displayName, "José Muñoz")
        compare(match.modelData.reason, "Same email address")
        mouseClick(match)
        const customer = pageNamed("customerPage")
        compare(child(customer, "customerName").text, "José Muñoz")
        window.goBack()
    }

    // Every field that needs correcting says so under it; nothing is saved.
    function test_newCustomerFieldErrors() {
        LanguageController.language = "en"
        const page = newCustomerPage()
        fieldOf(page, "emailField").text = "lucia@"
        fieldOf(page, "birthDateField").text = "14/03/1988"
        pressRegister(page)
        tryVerify(() => child(page, "firstNameFieldError").visible)
        verify(child(page, "emailFieldError").visible)
        verify(child(page, "birthDateFieldError").visible)
        compare(window.currentPage, page)
        window.goBack()
    }

    function test_newCustomerRegistered() {
        LanguageController.language = "en"
        const searchPage = signIn()
        child(searchPage, "searchField").text = "Valentina Ferrer"
        mouseClick(child(searchPage, "newCustomerButton"))
        const page = pageNamed("newCustomerPage")
        // What was searched for is where it belongs.
        compare(fieldOf(page, "firstNameField").text, "Valentina")
        compare(fieldOf(page, "lastNameField").text, "Ferrer")
        fieldOf(page, "emailField").text = "valentina.ferrer@example.es"
        mouseClick(child(page, "newConsent_email"))
        pressRegister(page)
        const customer = pageNamed("customerPage")
        compare(child(customer, "customerName").text, "Valentina Ferrer")
        window.goBack()
        const again = pageNamed("searchPage")
        child(again, "searchField").text = "valentina fer"
        const results = child(again, "searchResults")
        tryVerify(() => results.count === 1)
        child(again, "searchField").text = ""
    }

    function test_editContactDetails() {
        LanguageController.language = "en"
        const page = openJose(signIn())
        page.showSection("profile")
        mouseClick(child(page, "editContactButton"))
        const dialog = child(page, "contactDialog")
        tryCompare(dialog, "opened", true)
        compare(findChild(dialog.contentItem, "contactEmail").text, "jose.munoz@example.es")
        findChild(dialog.contentItem, "contactBirthDate").text = "1979-02-03"
        mouseClick(findChild(dialog.footer, "contactSave"))
        tryCompare(dialog, "visible", false)
        tryVerify(() => page.customerProfile.contact.birthDate === "1979-02-03")
        // A refused change keeps the dialog open with the reason.
        mouseClick(child(page, "editContactButton"))
        tryCompare(dialog, "opened", true)
        compare(findChild(dialog.contentItem, "contactBirthDate").text, "1979-02-03")
        findChild(dialog.contentItem, "contactEmail").text = "not an email"
        mouseClick(findChild(dialog.footer, "contactSave"))
        verify(dialog.opened)
        verify(dialog.errorText.length > 0)
        mouseClick(findChild(dialog.footer, "contactCancel"))
        tryCompare(dialog, "visible", false)
        window.goBack()
    }

    function test_portraitUsesTabs() {
        LanguageController.language = "en"
        const page = openJose(signIn())
        verify(page.twoColumns)
        compare(page.tabs.length, 4)
        window.width = 800
        window.height = 1280
        tryCompare(page, "twoColumns", false)
        compare(page.tabs.length, 5)
        page.showSection("timeline")
        verify(child(page, "timelineList").visible)
        page.showSection("profile")
        verify(!child(page, "timelineList").visible)
        window.goBack()
    }

    function test_settingsSwitchLanguage() {
        LanguageController.language = "en"
        signIn()
        window.openSettings()
        const settings = pageNamed("settingsPage")
        compare(settings.title, "Settings")
        mouseClick(child(settings, "language_es"))
        compare(LanguageController.language, "es")
        tryCompare(settings, "title", "Ajustes")
        mouseClick(child(settings, "language_en"))
        tryCompare(settings, "title", "Settings")
        // Sign out is at the end, below the payment sections: scroll down to it.
        const signOut = child(settings, "signOutButton")
        const flickable = signOut.parent.parent.parent
        flickable.contentY = flickable.contentHeight - flickable.height
        mouseClick(signOut)
        pageNamed("signInPage")
    }

    // Finds a visible Text whose text is exactly this.
    function findText(item, text) {
        if (!item || !item.visible)
            return null
        if (item.text === text && item.hasOwnProperty("elide"))
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findText(item.children[i], text)
            if (found)
                return found
        }
        return null
    }
}
