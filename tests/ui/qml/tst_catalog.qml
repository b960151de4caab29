// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Clienteling.Ui
import Clienteling.App
import Clienteling.Models

// Products as the associate meets them: browse by category, narrow by colour and size, scan a
// label, see where a size is in stock (the tablet's copy, with its age, as the test store has no
// central service), and order it for home delivery with a new address checked field by field.
// The catalogue of the test store (uitestdata.h): eight styles; the Merino crew-neck jumper in
// Navy and Grey, S to XL; Navy L (ST-KNIT-01-3, barcode 8412345900037) is sold out in Madrid
// but Barcelona (2), Dublin (2) and the Zaragoza warehouse (40, 12 more in transit) have it.
// Any QML warning fails the test.
TestCase {
    id: testCase

    property var window: null
    readonly property string joseId: "cus-jose-munoz"
    readonly property string navyLarge: "ST-KNIT-01-3"
    readonly property string navyLargeBarcode: "8412345900037"

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
    function openCatalog() {
        signIn()
        mouseClick(child(child(window, "navigationRail"), "nav_products"))
        return pageNamed("catalogPage")
    }
    // The names of the product cards on show, in order.
    function shownProducts(grid) {
        const names = []
        for (let i = 0; i < grid.count; ++i)
            names.push(grid.model.get(i).name)
        return names
    }
    // The jumper's Navy L for José, as opened from his screen.
    function openNavyLargeForJose() {
        signIn()
        window.serve(joseId, "José Muñoz")
        window.showArea("products")
        pageNamed("catalogPage")
        window.openProduct("ST-KNIT-01", navyLarge)
        const page = pageNamed("productPage")
        compare(page.detail.sku, navyLarge)
        return page
    }
    function rowTexts(row) {
        const texts = []
        collectTexts(row, texts)
        return texts
    }
    function collectTexts(item, texts) {
        if (!item || !item.visible)
            return
        if (item.hasOwnProperty("elide") && item.text !== undefined && String(item.text).length)
            texts.push(String(item.text))
        for (let i = 0; i < item.children.length; ++i)
            collectTexts(item.children[i], texts)
    }

    name: "Catalog"
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
        for (const name of ["reserveDialog", "transferDialog"]) {
            const dialog = window.currentPage ? findChild(window.currentPage, name) : null
            if (dialog && dialog.visible) {
                dialog.close()
                tryCompare(dialog, "visible", false)
            }
        }
        window.serve("", "")
    }

    // A category chip narrows the grid; a colour typed narrows it too; on the product the
    // colour chips and size buttons pick one variant, with what this store has of each.
    function test_browseCategoryThenColourAndSize() {
        const page = openCatalog()
        const grid = child(page, "productResults")
        tryCompare(grid, "count", 8)
        verify(child(page, "category_all").checked)

        mouseClick(child(page, "category_knitwear"))
        tryCompare(grid, "count", 1)
        compare(shownProducts(grid), ["Merino crew-neck jumper"])
        verify(!child(page, "category_all").checked)
        verify(child(page, "category_knitwear").checked)
        mouseClick(child(page, "category_all"))
        tryCompare(grid, "count", 8)

        // Colours are searchable: "grey" finds the jumper, the only style in grey.
        child(page, "productSearchField").text = "grey"
        tryCompare(grid, "count", 1)
        tryVerify(() => findChild(page, "product_ST-KNIT-01"), 3000, "the jumper's card shows")
        const card = child(page, "product_ST-KNIT-01")
        verify(card.visible)
        mouseClick(card)
        const product = pageNamed("productPage")
        compare(child(product, "productName").text, "Merino crew-neck jumper")
        compare(child(product, "productPrice").text, "€89.95")

        mouseClick(child(product, "colour_Grey"))
        compare(product.detail.colour, "Grey")
        const sizes = child(product, "sizeGrid")
        tryVerify(() => findChild(sizes, "size_L") && !findChild(sizes, "size_XL"), 3000,
                  "Grey comes in S, M and L")
        mouseClick(child(sizes, "size_M"))
        compare(product.detail.sku, "ST-KNIT-01-6")
        verify(child(sizes, "size_M").checked)
        compare(child(product, "productSku").text, "SKU ST-KNIT-01-6")
        compare(child(product, "availabilityHere").text, "3 available in this store.")
        // Grey L: none here, two on their way.
        compare(child(sizes, "size_L").Accessible.name, "Size L, none here")

        mouseClick(child(product, "colour_Navy"))
        tryVerify(() => findChild(sizes, "size_XL"), 3000, "Navy comes in XL too")
        compare(child(sizes, "size_XL").Accessible.name, "Size XL, 1 here")
        window.goBack()
        pageNamed("catalogPage")
    }

    // Typed as the associate or a kiosk customer types: accents, case and punctuation aside,
    // words as prefixes, the exact name first.
    function test_searchIgnoresAccentsAndCase() {
        const page = openCatalog()
        const grid = child(page, "productResults")
        tryCompare(grid, "count", 8)
        const field = child(page, "productSearchField")
        field.text = "crepe"
        tryCompare(grid, "count", 1)
        compare(shownProducts(grid), ["Silk crêpe scarf"])
        field.text = "SILK-CRÊ"
        tryCompare(grid, "count", 1)
        compare(shownProducts(grid), ["Silk crêpe scarf"])
        field.text = "leather tote"
        tryCompare(grid, "count", 1)
        field.text = "leather"
        tryCompare(grid, "count", 2)
        compare(shownProducts(grid), ["Leather ankle boots", "Leather tote"])
        field.text = ""
        tryCompare(grid, "count", 8)
    }

    // A barcode scanner types the digits and Enter: that colour and size open at once.
    function test_scanOpensTheProduct() {
        const page = openCatalog()
        const field = child(page, "productSearchField")
        tryVerify(() => field.activeFocus, 3000, "the search field waits for a scan")
        for (const digit of navyLargeBarcode)
            keyClick(digit)
        keyClick(Qt.Key_Return)
        const product = pageNamed("productPage")
        compare(child(product, "productName").text, "Merino crew-neck jumper")
        compare(product.detail.sku, navyLarge)
        compare(product.detail.colour, "Navy")
        verify(child(product, "size_L").checked)
        compare(child(product, "availabilityHere").text,
                "None in this store; 44 available elsewhere.")
        window.goBack()

        // A label from somewhere else: said plainly, nothing opens.
        const catalog = pageNamed("catalogPage")
        tryVerify(() => field.activeFocus)
        field.text = ""
        for (const digit of "8400000000000")
            keyClick(digit)
        keyClick(Qt.Key_Return)
        const notFound = child(catalog, "barcodeNotFound")
        verify(notFound.visible)
        compare(notFound.text, "No product with the barcode 8400000000000 on this tablet.")
        compare(window.currentPage, catalog)
    }

    // This store first, then the other stores by distance, then the warehouse; each with what
    // can be sold, what is held or on its way, and when it was counted.
    function test_stockPanelShowsTheLocations() {
        const page = openNavyLargeForJose()
        const panel = child(page, "stockPanel")
        const stock = page.endlessAisle.stock
        tryCompare(stock, "count", 4)
        const order = []
        for (let i = 0; i < stock.count; ++i)
            order.push(stock.get(i).locationId)
        compare(order, ["MAD", "BCN", "DUB", "WH1"])
        compare(child(panel, "stockAvailable_MAD").text, "0")
        compare(child(panel, "stockAvailable_BCN").text, "2")
        compare(child(panel, "stockAvailable_DUB").text, "2")
        compare(child(panel, "stockAvailable_WH1").text, "40")

        const rows = child(panel, "stockRows")
        compare(rows.count, 4)
        const madrid = rowTexts(rows.itemAt(0))
        verify(madrid.indexOf("Madrid Serrano") >= 0, madrid)
        verify(madrid.indexOf("This store") >= 0, madrid)
        const barcelona = rowTexts(rows.itemAt(1))
        verify(barcelona.indexOf("Barcelona Passeig de Gràcia") >= 0, barcelona)
        verify(barcelona.indexOf("1 reserved") >= 0, barcelona)
        verify(barcelona.some(text => /^Store · \d+ km$/.test(text)), barcelona)
        const warehouse = rowTexts(rows.itemAt(3))
        verify(warehouse.indexOf("Zaragoza Warehouse") >= 0, warehouse)
        verify(warehouse.indexOf("12 in transit") >= 0, warehouse)
        verify(warehouse.indexOf("Counted 30 minutes ago") >= 0, warehouse)
        window.goBack()
    }

    // No central service here: the synced copy, said so, with how old it is.
    function test_offlineStockMarkedWithItsAge() {
        const page = openNavyLargeForJose()
        const panel = child(page, "stockPanel")
        verify(!page.endlessAisle.stock.live)
        compare(child(panel, "stockLiveChip").text, "Offline copy")
        compare(child(panel, "stockFreshnessText").text,
                "Offline copy from the last sync, 3 hours ago. Stock may have changed.")
        const rows = child(panel, "stockRows")
        tryCompare(rows, "count", 4)
        verify(rowTexts(rows.itemAt(0)).indexOf("Counted 2 hours ago") >= 0)
        verify(rowTexts(rows.itemAt(2)).indexOf("Counted 26 hours ago") >= 0,
               rowTexts(rows.itemAt(2)))
        window.goBack()
    }

    // Reserve and transfer offer only the locations that have it.
    function test_reserveAndTransferDialogs() {
        const page = openNavyLargeForJose()
        mouseClick(child(page, "reserveButton"))
        const reserve = child(page, "reserveDialog")
        tryCompare(reserve, "opened", true)
        const content = reserve.contentItem
        verify(!child(content, "reserveAt_MAD").enabled, "none to hold in Madrid")
        verify(child(content, "reserveAt_BCN").enabled)
        verify(!child(content, "reserveAt_WH1").visible, "a warehouse holds nothing for customers")
        // The nearest store that has it is proposed.
        compare(reserve.locationId, "BCN")
        verify(child(content, "reserveAt_BCN").checked)
        verify(child(reserve.footer, "reserveConfirm").enabled)
        mouseClick(child(content, "reserveAt_DUB"))
        verify(child(content, "reserveAt_DUB").checked)
        verify(!child(content, "reserveAt_BCN").checked)
        mouseClick(child(reserve.footer, "reserveCancel"))
        tryCompare(reserve, "visible", false)

        mouseClick(child(page, "transferButton"))
        const transfer = child(page, "transferDialog")
        tryCompare(transfer, "opened", true)
        verify(!child(transfer.contentItem, "transferFrom_MAD").visible)
        verify(child(transfer.contentItem, "transferFrom_WH1").visible)
        transfer.close()
        tryCompare(transfer, "visible", false)
        window.goBack()
    }

    // A new address is checked field by field: empty, a wrong postcode, too long; once right,
    // the line goes onto José's cart beside what he had there.
    function test_endlessAisleAddressChecks() {
        const product = openNavyLargeForJose()
        const homeDelivery = child(product, "orderHomeDeliveryButton")
        verify(homeDelivery.visible && homeDelivery.enabled)
        mouseClick(homeDelivery)
        const page = pageNamed("endlessAislePage")
        compare(child(page, "aisleProduct").text, "Merino crew-neck jumper · Navy · L")
        // From the nearest location that has it; his saved address; standard delivery.
        verify(child(page, "source_BCN").checked)
        verify(child(page, "source_WH1").visible)
        verify(child(page, "address_ad-jose-home").checked)
        verify(child(page, "option_ES-STD").checked)
        verify(child(page, "option_ES-EXP").visible)
        compare(child(page, "option_ES-EXP").trailing, "€9.95")

        mouseClick(child(page, "newAddress"))
        const form = child(page, "addressForm")
        verify(form.visible)
        verify(!page.addToCart(), "an empty address is refused")
        compare(pageNamed("endlessAislePage"), page)
        // Said beside the button, not in a banner over the fields to correct.
        const summary = child(page, "aisleSummary")
        compare(summary.text, "Check the delivery address: the fields marked need correcting.")
        const banner = findChild(page, "banner")
        verify(!banner || !banner.opened, "no banner covers the form")
        compare(child(form, "address_recipientError").text,
                "Enter the name of the person receiving the parcel.")
        compare(child(form, "address_line1Error").text, "Enter the street and number.")
        compare(child(form, "address_cityError").text, "Enter the town or city.")
        compare(child(form, "address_postcodeError").text, "Enter the postcode.")
        verify(child(form, "address_recipient").activeFocus, "the first field to correct")

        child(form, "address_recipient").text = "José Muñoz"
        child(form, "address_line1").text = "Calle de Velázquez, 84"
        child(form, "address_line2").text = "3º B, ".repeat(20)
        child(form, "address_city").text = "Madrid"
        child(form, "address_postcode").text = "2800"
        tryCompare(child(form, "address_recipientError"), "visible", false)
        compare(child(form, "address_postcodeError").text,
                "This is not a valid postcode here; it looks like 28001.")
        compare(child(form, "address_line2Error").text, "Too long: at most 100 characters.")
        verify(!page.addToCart())

        child(form, "address_postcode").text = "28006"
        child(form, "address_line2").text = "3º B"
        tryCompare(child(form, "address_postcodeError"), "visible", false)
        verify(!child(form, "address_line2Error").visible)
        // Corrected: the refusal goes at once.
        compare(child(page, "aisleSummary").text.indexOf("Standard delivery · €4.95 · Arrives"), 0)

        compare(page.endlessAisle.customerId, joseId)
        mouseClick(child(page, "addToCartButton"))
        pageNamed("productPage")
        const notice = child(window, "notice")
        tryCompare(notice, "opened", true)
        compare(notice.text, "Added to the cart for home delivery.")

        // His cart: the new home delivery beside the lines he already had.
        window.showCart(joseId)
        const customer = pageNamed("customerPage")
        const cart = child(customer, "cartList").products
        tryCompare(cart, "count", 3)
        const lines = []
        for (let i = 0; i < cart.count; ++i)
            lines.push(cart.get(i).sku + " " + cart.get(i).fulfilment)
        verify(lines.indexOf(navyLarge + " ship_to_home") >= 0, lines)
        verify(lines.indexOf("ST-KNIT-01-1 pick_up") >= 0, lines)
        notice.hide()
    }
}
