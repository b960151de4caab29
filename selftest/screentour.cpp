// SPDX-License-Identifier: MIT
#include "screentour.h"

#include "appcontext.h"
#include "appstate.h"
#include "customerrepository.h"
#include "customersearchmodel.h"
#include "database.h"
#include "localstore.h"
#include "session.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QCursor>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QMetaMethod>
#include <QMutex>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace {

QMutex s_mutex;
QStringList s_messages;
QtMessageHandler s_previous = nullptr;
int s_collectors = 0;

// Platform chatter of the offscreen plugin, not a defect of ours.
bool isPlatformNoise(const QString &message)
{
    return message.contains(u"This plugin does not support"_s);
}

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && !isPlatformNoise(message)) {
        QString where;
        if (context.file)
            where = u"%1:%2: "_s.arg(QString::fromUtf8(context.file)).arg(context.line);
        const QMutexLocker lock(&s_mutex);
        s_messages << where + message;
    }
    if (s_previous)
        s_previous(type, context, message);
}

// Calls a QML function with one text argument, whichever way the engine typed its parameter.
bool call(QObject *object, const char *name, const QString &argument = {})
{
    if (!object)
        return false;
    const QMetaObject *meta = object->metaObject();
    for (int i = meta->methodCount() - 1; i >= 0; --i) {
        const QMetaMethod method = meta->method(i);
        if (method.name() != name)
            continue;
        if (method.parameterCount() == 0)
            return method.invoke(object, Qt::DirectConnection);
        if (method.parameterMetaType(0) == QMetaType::fromType<QString>())
            return method.invoke(object, Qt::DirectConnection, Q_ARG(QString, argument));
        return method.invoke(object, Qt::DirectConnection, Q_ARG(QVariant, QVariant(argument)));
    }
    return false;
}

// Calls a QML function with two text arguments (openOrder(orderId, placedNumber)).
bool call(QObject *object, const char *name, const QString &first, const QString &second)
{
    if (!object)
        return false;
    const QMetaObject *meta = object->metaObject();
    for (int i = meta->methodCount() - 1; i >= 0; --i) {
        const QMetaMethod method = meta->method(i);
        if (method.name() != name || method.parameterCount() != 2)
            continue;
        QString texts[2] = {first, second};
        QVariant values[2] = {first, second};
        QGenericArgument arguments[2];
        for (int a = 0; a < 2; ++a) {
            arguments[a] = method.parameterMetaType(a) == QMetaType::fromType<QString>()
                ? QGenericArgument("QString", &texts[a])
                : QGenericArgument("QVariant", &values[a]);
        }
        return method.invoke(object, Qt::DirectConnection, arguments[0], arguments[1]);
    }
    return false;
}

} // namespace

QVariantList ScreenTour::firstRow(const QString &sql, const QVariantList &values) const
{
    LocalStore *store = m_context->store();
    if (!store || !store->isReady())
        return {};
    QSqlQuery query = Database::prepare(store->database(), sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!Database::exec(query) || !query.next())
        return {};
    QVariantList row;
    for (int i = 0; i < query.record().count(); ++i)
        row << query.value(i);
    return row;
}

namespace {

// An item by name under a popup or an item, through QObject and visual children alike.
QObject *findNamed(QObject *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (QObject *found = root->findChild<QObject *>(name))
        return found;
    QList<QQuickItem *> items;
    if (auto *item = qobject_cast<QQuickItem *>(root))
        items = item->childItems();
    else if (auto *content = root->property("contentItem").value<QQuickItem *>())
        items = {content};
    for (QQuickItem *child : items) {
        if (child->objectName() == name)
            return child;
        if (QObject *found = findNamed(child, name))
            return found;
    }
    return nullptr;
}

QQuickItem *flickableOf(QQuickItem *item)
{
    for (QQuickItem *parent = item ? item->parentItem() : nullptr; parent;
         parent = parent->parentItem()) {
        if (parent->inherits("QQuickFlickable"))
            return parent;
    }
    return nullptr;
}

} // namespace

WarningCollector::WarningCollector()
{
    const QMutexLocker lock(&s_mutex);
    if (s_collectors++ == 0)
        s_previous = qInstallMessageHandler(collect);
}

WarningCollector::~WarningCollector()
{
    const QMutexLocker lock(&s_mutex);
    if (--s_collectors == 0) {
        qInstallMessageHandler(s_previous);
        s_previous = nullptr;
        s_messages.clear();
    }
}

QStringList WarningCollector::messages() const
{
    const QMutexLocker lock(&s_mutex);
    return s_messages;
}

void WarningCollector::clear()
{
    const QMutexLocker lock(&s_mutex);
    s_messages.clear();
}

ScreenTour::ScreenTour(QQuickWindow *window, AppContext *context)
    : m_window(window)
    , m_context(context)
{ }

bool ScreenTour::waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

// Lets transitions finish, lists fill and bindings settle before a picture.
void ScreenTour::settle()
{
    QObject *stack = m_window->findChild<QObject *>(u"stack"_s);
    waitUntil([stack] { return !stack || !stack->property("busy").toBool(); }, 5000);
    QElapsedTimer quiet;
    quiet.start();
    while (quiet.elapsed() < 150) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

QStringList ScreenTour::screenNames()
{
    return {u"preparing"_s,
            u"store-failed"_s,
            u"enrolment"_s,
            u"enrolment-refused"_s,
            u"first-sync"_s,
            u"first-sync-offline"_s,
            u"signin"_s,
            u"signin-refused"_s,
            u"search-empty"_s,
            u"search"_s,
            u"search-no-match"_s,
            u"sync-panel"_s,
            u"customer"_s,
            u"customer-timeline"_s,
            u"customer-online"_s,
            u"customer-profile"_s,
            u"customer-notes"_s,
            u"customer-edit-preference"_s,
            u"customer-edit-contact"_s,
            u"new-customer"_s,
            u"new-customer-duplicates"_s,
            u"catalog"_s,
            u"catalog-category"_s,
            u"catalog-search"_s,
            u"product"_s,
            u"product-stock"_s,
            u"product-reserve"_s,
            u"product-transfer"_s,
            u"aisle"_s,
            u"aisle-address-errors"_s,
            u"aisle-delivery"_s,
            u"orders"_s,
            u"orders-attention"_s,
            u"order"_s,
            u"order-history"_s,
            u"order-attention"_s,
            u"pickup-order"_s,
            u"handover"_s,
            u"handover-refused"_s,
            u"return"_s,
            u"checkout"_s,
            u"checkout-coupon"_s,
            u"checkout-card"_s,
            u"checkout-cash"_s,
            u"checkout-giftcard-refused"_s,
            u"quick-sale"_s,
            u"settings"_s,
            u"settings-enrol"_s,
            u"settings-payments"_s};
}

// A text is drawn outside its item when it is wider than the item and nothing shortens it
// (elide, wrap, fitting the font), or when the item itself lies outside the window; content
// that scrolls or is clipped may lie outside (it is not drawn there).
void ScreenTour::checkTexts(const QString &name, QQuickItem *item, bool scrolled)
{
    if (!item || !item->isVisible() || item->opacity() <= 0)
        return;
    if (item->inherits("QQuickText") && item->width() > 0 && item->height() > 0) {
        const QString text = item->property("text").toString();
        const bool shortened = item->property("elide").toInt() != Qt::ElideNone
            || item->property("wrapMode").toInt() != 0 // Text.NoWrap
            || item->property("fontSizeMode").toInt() != 0;
        const qreal implicitWidth = item->implicitWidth();
        if (!text.trimmed().isEmpty() && !shortened && implicitWidth > item->width() + 1) {
            m_textProblems << u"%1: \"%2\" is %3 px wide in an item of %4 px"_s.arg(
                name, text, QString::number(qRound(implicitWidth)),
                QString::number(qRound(item->width())));
        }
        const QRectF inScene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        const QRectF window(-1, -1, m_window->width() + 2, m_window->height() + 2);
        if (!text.trimmed().isEmpty() && !scrolled && !window.contains(inScene)) {
            m_textProblems << u"%1: \"%2\" lies outside the window (%3,%4 %5x%6)"_s.arg(
                name, text, QString::number(qRound(inScene.x())),
                QString::number(qRound(inScene.y())), QString::number(qRound(inScene.width())),
                QString::number(qRound(inScene.height())));
        }
    }
    const bool childrenScrolled = scrolled || item->clip() || item->inherits("QQuickFlickable");
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        checkTexts(name, child, childrenScrolled);
}

void ScreenTour::capture(const QString &name)
{
    settle();
    const QImage image = m_window->grabWindow();
    if (image.isNull()) {
        m_errors << u"%1: the window could not be rendered"_s.arg(name);
        return;
    }
    m_captured << name;
    checkTexts(name, m_window->contentItem(), false);
    if (m_options.outputDir.isEmpty())
        return;
    const QString path = QDir(m_options.outputDir).filePath(m_options.prefix + name + u".png"_s);
    if (!image.save(path))
        m_errors << u"%1: could not write %2"_s.arg(name, path);
    else
        m_pictures << path;
}

// The start-up screens depend on the store's state; render them over the window with the
// values they would show, then remove them again.
bool ScreenTour::showStartupScreens()
{
    QQmlEngine *engine = qmlEngine(m_window);
    if (!engine) {
        m_errors << u"the window has no QML engine"_s;
        return false;
    }
    struct Screen
    {
        QString name;
        QString url;
        QVariantMap properties;
    };
    const QList<Screen> screens = {
        {u"preparing"_s,
         u"qrc:/Clienteling/Ui/startup/PreparingPage.qml"_s,
         {{u"progress"_s, 0.4}}},
        {u"store-failed"_s,
         u"qrc:/Clienteling/Ui/startup/StoreFailedPage.qml"_s,
         // LocalStore's own words for a damaged file, translated when the catalogue has them.
         {{u"errorString"_s,
           QCoreApplication::translate(
               "LocalStore",
               "The customer database on this tablet is damaged and cannot be opened. You can "
               "set it aside and start with a fresh copy; the damaged file is kept for support.")},
          {u"canRebuild"_s, true}}},
        // A new tablet without store data, then its first sync; SyncEngine's words.
        {u"enrolment"_s, u"qrc:/Clienteling/Ui/startup/EnrolmentPage.qml"_s, {}},
        {u"first-sync"_s,
         u"qrc:/Clienteling/Ui/startup/FirstSyncPage.qml"_s,
         {{u"syncing"_s, true},
          {u"progress"_s, 0.4},
          {u"statusText"_s, QCoreApplication::translate("SyncEngine", "Syncing…")}}},
        {u"first-sync-offline"_s,
         u"qrc:/Clienteling/Ui/startup/FirstSyncPage.qml"_s,
         {{u"stopped"_s, true}, {u"offline"_s, true}}},
    };
    bool ok = true;
    for (const Screen &screen : screens) {
        QQmlComponent component(engine, QUrl(screen.url));
        QObject *object = component.isReady()
            ? component.createWithInitialProperties(screen.properties, engine->rootContext())
            : nullptr;
        auto *item = qobject_cast<QQuickItem *>(object);
        if (!item) {
            m_errors << u"%1: %2"_s.arg(screen.name, component.errorString());
            delete object;
            ok = false;
            continue;
        }
        // Where the stack shows screens, under the header, as at start-up.
        auto *stack = m_window->findChild<QQuickItem *>(u"stack"_s);
        QQuickItem *area = stack ? stack : m_window->contentItem();
        item->setParentItem(area);
        item->setSize(area->size());
        // The area may still be laid out for the window's previous size (layouts settle on
        // the next frame): follow it, or a portrait picture shows a landscape screen.
        QObject::connect(area, &QQuickItem::widthChanged, item,
                         [item, area] { item->setWidth(area->width()); });
        QObject::connect(area, &QQuickItem::heightChanged, item,
                         [item, area] { item->setHeight(area->height()); });
        item->setZ(1000);
        capture(screen.name);
        if (screen.name == u"enrolment"_s) {
            // How a refusal reads there: SyncEngine's words for an address it cannot reach.
            if (QObject *form = item->findChild<QObject *>(u"enrolForm"_s)) {
                form->setProperty("serverUrl", u"https://clienteling.example.com"_s);
                if (QObject *code = form->findChild<QObject *>(u"enrolCodeField"_s))
                    code->setProperty("text", u"MAD-7Q4K"_s);
                form->setProperty(
                    "errorText",
                    QCoreApplication::translate("SyncEngine",
                                                "Cannot reach the central service at %1. Check "
                                                "the address and the Wi-Fi, then try again.")
                        .arg(u"https://clienteling.example.com"_s));
                capture(u"enrolment-refused"_s);
            } else {
                m_errors << u"enrolment: no enrol form"_s;
            }
        }
        delete item;
    }
    return ok;
}

// The sync panel over the current screen, with whatever the central service refused.
void ScreenTour::showSyncPanel()
{
    QObject *panel = m_window->findChild<QObject *>(u"syncPanel"_s);
    if (!panel || !call(m_window, "openSyncPanel")) {
        m_errors << u"sync panel: it could not be opened"_s;
        return;
    }
    if (!waitUntil([panel] { return panel->property("opened").toBool(); }, 5000)) {
        m_errors << u"sync panel: it did not open"_s;
        return;
    }
    capture(u"sync-panel"_s);
    call(panel, "close");
    if (!waitUntil([panel] { return !panel->property("visible").toBool(); }, 5000))
        m_errors << u"sync panel: it did not close"_s;
}

QString ScreenTour::findCustomer()
{
    if (LocalStore *store = m_context->store(); store && !m_options.loyaltyId.isEmpty()) {
        const QString id
            = CustomerRepository(store->database()).findByLoyaltyId(m_options.loyaltyId);
        if (!id.isEmpty())
            return id;
    }
    CustomerSearchModel search;
    search.setQuery(m_options.searchText);
    return search.rowCount() > 0 ? search.get(0).value(u"customerId"_s).toString() : QString();
}

QQuickItem *ScreenTour::currentPage() const
{
    return m_window->property("currentPage").value<QQuickItem *>();
}

QQuickItem *ScreenTour::waitForPage(const QString &objectName)
{
    if (!waitUntil([&] { return currentPage() && currentPage()->objectName() == objectName; },
                   5000)) {
        m_errors << u"%1: the screen did not open"_s.arg(objectName);
        return nullptr;
    }
    settle();
    return currentPage();
}

// Scrolls the page's Flickable so the item shows from its top (or the page to its end).
void ScreenTour::scrollIntoView(QQuickItem *item, bool toEnd)
{
    QQuickItem *flickable = flickableOf(item);
    if (!flickable)
        return;
    auto *content = flickable->property("contentItem").value<QQuickItem *>();
    const qreal height = flickable->height();
    const qreal contentHeight = flickable->property("contentHeight").toReal();
    const qreal top = toEnd ? contentHeight : item->mapToItem(content, QPointF()).y() - 16;
    flickable->setProperty("contentY", qBound(0.0, top, qMax(0.0, contentHeight - height)));
}

bool ScreenTour::openPopup(QObject *popup, const QString &name)
{
    if (!popup || !waitUntil([popup] { return popup->property("opened").toBool(); }, 5000)) {
        m_errors << u"%1: it did not open"_s.arg(name);
        return false;
    }
    return true;
}

void ScreenTour::closePopup(QObject *popup)
{
    call(popup, "close");
    waitUntil([popup] { return !popup->property("visible").toBool(); }, 5000);
}

// Products for the customer being served: browsing, a category, a search; then a product
// opened by scanning its label.
void ScreenTour::showCatalogue(const QString &customerId)
{
    const QVariantList name = firstRow(
        u"SELECT first_name || ' ' || last_name FROM customers WHERE id = ?"_s, {customerId});
    m_window->setProperty("servingCustomerId", customerId);
    m_window->setProperty("servingCustomerName", name.value(0).toString());
    call(m_window, "showArea", u"products"_s);
    QQuickItem *catalog = waitForPage(u"catalogPage"_s);
    if (!catalog)
        return;
    capture(u"catalog"_s);
    // A category, the one the search below finds too.
    const QVariantList knitwear = firstRow(
        u"SELECT category FROM styles WHERE name LIKE '%Merino%' ORDER BY id LIMIT 1"_s, {});
    if (!knitwear.isEmpty()) {
        catalog->setProperty("category", knitwear.value(0));
        capture(u"catalog-category"_s);
        catalog->setProperty("category", QString());
    }
    call(catalog, "setQuery", u"merino"_s);
    capture(u"catalog-search"_s);

    // A size sold out here that other locations have (the jumper's first), so every action
    // shows; scanned as its barcode (or typed as its SKU when it has none).
    const QVariantList product = firstRow(
        u"SELECT p.sku, p.barcode FROM products p JOIN styles s ON s.id = p.style_id"
        " JOIN inventory i ON i.sku = p.sku AND i.location_id = ?"
        " WHERE i.on_hand - i.reserved <= 0 AND EXISTS (SELECT 1 FROM inventory o WHERE"
        " o.sku = p.sku AND o.location_id <> i.location_id AND o.on_hand - o.reserved > 0)"
        " ORDER BY s.name LIKE '%Merino%' DESC, p.style_id, p.size_order LIMIT 1"_s,
        {m_context->store()->locationId()});
    if (product.isEmpty()) {
        qInfo("tour: no size sold out here and in stock elsewhere; the product is skipped");
        return;
    }
    const QString code = product.value(1).toString().isEmpty() ? product.value(0).toString()
                                                               : product.value(1).toString();
    call(catalog, "setQuery", code);
    call(catalog, "openBestMatch");
    if (QQuickItem *page = waitForPage(u"productPage"_s))
        showProduct(page);
}

void ScreenTour::showProduct(QQuickItem *page)
{
    // Live figures when the central service answers in time; otherwise the synced copy.
    QObject *aisle = page->property("endlessAisle").value<QObject *>();
    QObject *stock = aisle ? aisle->property("stock").value<QObject *>() : nullptr;
    SyncEngine *sync = m_context->sync();
    if (stock && sync && sync->isEnrolled())
        waitUntil([stock] { return stock->property("live").toBool(); }, 2000);
    capture(u"product"_s);
    auto *panel = page->findChild<QQuickItem *>(u"stockPanel"_s);
    if (panel && page->property("twoColumns").toBool()) {
        m_notApplicable << u"product-stock"_s; // beside the product in "product"
    } else if (panel) {
        scrollIntoView(panel);
        capture(u"product-stock"_s);
        if (QQuickItem *flickable = flickableOf(panel))
            flickable->setProperty("contentY", 0);
    }

    call(page, "reserve");
    if (QObject *dialog = page->findChild<QObject *>(u"reserveDialog"_s);
        openPopup(dialog, u"reserve dialog"_s)) {
        capture(u"product-reserve"_s);
        closePopup(dialog);
    }
    call(page, "transferHere");
    if (QObject *dialog = page->findChild<QObject *>(u"transferDialog"_s);
        openPopup(dialog, u"transfer dialog"_s)) {
        capture(u"product-transfer"_s);
        closePopup(dialog);
    }
    call(page, "orderForHomeDelivery");
    showEndlessAisle();
}

// Home delivery: where from, to which address, how; a new address first typed wrong.
void ScreenTour::showEndlessAisle()
{
    QQuickItem *page = waitForPage(u"endlessAislePage"_s);
    if (!page)
        return;
    capture(u"aisle"_s);
    call(page, "chooseAddress", QString());
    auto field = [page](const char *name) {
        return page->findChild<QObject *>(QString::fromLatin1(name));
    };
    const QList<QPair<const char *, QString>> wrong = {
        {"address_recipient", QString()},
        {"address_line1", u"Calle de Velázquez, 84"_s},
        {"address_line2",
         u"Escalera interior, tercera planta, puerta B, junto al ascensor de"
         " servicio del edificio, entrada por la calle de atrás"_s},
        {"address_postcode", u"2800"_s},
        {"address_city", QString()},
    };
    for (const auto &[name, text] : wrong) {
        if (QObject *input = field(name))
            input->setProperty("text", text);
    }
    call(page, "addToCart"); // refused: the address needs correcting
    capture(u"aisle-address-errors"_s);
    const QList<QPair<const char *, QString>> right = {
        {"address_recipient", u"José Muñoz"_s},
        {"address_line2", u"3º B"_s},
        {"address_postcode", u"28006"_s},
        {"address_city", u"Madrid"_s},
    };
    for (const auto &[name, text] : right) {
        if (QObject *input = field(name))
            input->setProperty("text", text);
    }
    if (auto *form = page->findChild<QQuickItem *>(u"addressForm"_s))
        scrollIntoView(form, true);
    capture(u"aisle-delivery"_s);
    call(m_window, "goBack");
    waitForPage(u"productPage"_s);
}

// The store's orders, then an order of each kind the associate opens.
void ScreenTour::showOrders(const QString &customerId)
{
    call(m_window, "showOrders", u"pickups"_s);
    QQuickItem *orders = waitForPage(u"ordersPage"_s);
    if (!orders)
        return;
    capture(u"orders"_s);
    if (!orders->property("twoColumns").toBool()) {
        call(orders, "showSection", u"attention"_s);
        capture(u"orders-attention"_s);
        call(orders, "showSection", u"pickups"_s);
    } else {
        m_notApplicable << u"orders-attention"_s; // beside the pick-ups in "orders"
    }
    const QString here = m_context->store()->locationId();
    // An order on its way, with what the carrier reported (the customer's own first).
    const QVariantList tracked = firstRow(
        u"SELECT h.order_id FROM order_status_history h JOIN orders o ON o.id = h.order_id"
        " WHERE h.tracking_number <> '' ORDER BY o.customer_id = ? DESC, h.occurred_at DESC"
        " LIMIT 1"_s,
        {customerId});
    if (!tracked.isEmpty())
        showOrder(tracked.value(0).toString(), u"order"_s);
    const QVariantList attention
        = firstRow(u"SELECT id FROM orders WHERE status = 'needs_action' AND location_id = ?"
                   " ORDER BY created_at LIMIT 1"_s,
                   {here});
    if (!attention.isEmpty())
        showOrder(attention.value(0).toString(), u"order-attention"_s);
    const QVariantList pickup = firstRow(
        u"SELECT id FROM orders WHERE status = 'ready_for_pickup' AND pickup_location_id = ?"
        " ORDER BY customer_id = ? DESC, pickup_deadline LIMIT 1"_s,
        {here, customerId});
    if (pickup.isEmpty())
        return;
    showOrder(pickup.value(0).toString(), u"pickup-order"_s);
}

void ScreenTour::showOrder(const QString &orderId, const QString &name)
{
    call(m_window, "openOrder", orderId, QString());
    QQuickItem *page = waitForPage(u"orderPage"_s);
    if (!page)
        return;
    capture(name);
    if (name == u"order"_s && page->property("twoColumns").toBool()) {
        m_notApplicable << u"order-history"_s; // beside the order in "order"
    } else if (name == u"order"_s) {
        if (auto *history = page->findChild<QQuickItem *>(u"orderHistory"_s)) {
            scrollIntoView(history);
            capture(u"order-history"_s);
        }
    }
    if (name == u"pickup-order"_s) {
        call(page, "handOver");
        QObject *dialog = page->findChild<QObject *>(u"handOverDialog"_s);
        if (openPopup(dialog, u"hand-over dialog"_s)) {
            capture(u"handover"_s);
            // Someone gives a number that is not this order's: refused, nothing handed over.
            if (QObject *proof = findNamed(dialog, u"handOverProof"_s))
                proof->setProperty("text", u"W-1000000"_s);
            else
                m_errors << u"hand-over dialog: no proof field"_s;
            call(dialog, "handOver");
            capture(u"handover-refused"_s);
            closePopup(dialog);
        }
    }
    call(m_window, "goBack");
    waitForPage(u"ordersPage"_s);
}

// Taking payment for the customer's cart, then a quick sale without a customer. Nothing is
// paid: each tender's dialog is shown and closed (a gift card number refused on the way).
void ScreenTour::showCheckout(const QString &customerId)
{
    const QVariantList name = firstRow(
        u"SELECT first_name || ' ' || last_name FROM customers WHERE id = ?"_s, {customerId});
    call(m_window, "openCheckout", customerId, name.value(0).toString());
    QQuickItem *page = waitForPage(u"checkoutPage"_s);
    if (!page)
        return;
    capture(u"checkout"_s);
    QObject *checkout = page->property("checkout").value<QObject *>();
    if (checkout) {
        checkout->setProperty("couponCode", u"OLDCODE"_s); // expired, or not known
        capture(u"checkout-coupon"_s);
        checkout->setProperty("couponCode", QString());
    }
    const bool twoColumns = page->property("twoColumns").toBool();
    if (auto *payment = page->findChild<QQuickItem *>(u"checkoutPayment"_s); !twoColumns && payment)
        scrollIntoView(payment);
    auto field = [](QObject *dialog, const QString &name) -> QObject * {
        if (QObject *found = dialog->findChild<QObject *>(name))
            return found;
        auto *content = dialog->property("contentItem").value<QQuickItem *>();
        return content ? content->findChild<QObject *>(name) : nullptr;
    };
    call(page, "openCardDialog");
    if (QObject *dialog = page->findChild<QObject *>(u"cardDialog"_s);
        openPopup(dialog, u"card dialog"_s)) {
        capture(u"checkout-card"_s);
        closePopup(dialog);
    }
    call(page, "openCashDialog");
    if (QObject *dialog = page->findChild<QObject *>(u"cashDialog"_s);
        openPopup(dialog, u"cash dialog"_s)) {
        if (QObject *given = field(dialog, u"cashGivenField"_s))
            given->setProperty("text", u"200"_s);
        capture(u"checkout-cash"_s);
        closePopup(dialog);
    }
    call(page, "openGiftCardDialog");
    if (QObject *dialog = page->findChild<QObject *>(u"giftCardDialog"_s);
        openPopup(dialog, u"gift card dialog"_s)) {
        if (QObject *number = field(dialog, u"giftCardNumberField"_s))
            number->setProperty("text", u"6039 1234"_s);
        call(dialog, "pay"); // refused: not a whole number
        capture(u"checkout-giftcard-refused"_s);
        closePopup(dialog);
    }
    call(m_window, "goBack");

    // A quick sale of something on the shelf here.
    const QVariantList sku
        = firstRow(u"SELECT sku FROM inventory WHERE location_id = ? AND on_hand - reserved > 0"
                   " ORDER BY sku LIMIT 1"_s,
                   {m_context->store()->locationId()});
    if (sku.isEmpty())
        return;
    call(m_window, "quickSale", sku.value(0).toString());
    if (waitForPage(u"checkoutPage"_s)) {
        capture(u"quick-sale"_s);
        call(m_window, "goBack");
    }
}

// The customer brings back one item of their latest order; nothing is refunded.
void ScreenTour::showReturn(const QString &customerId)
{
    const QVariantList order
        = firstRow(u"SELECT o.id FROM orders o WHERE o.customer_id = ? AND EXISTS (SELECT 1 FROM"
                   " order_lines l WHERE l.order_id = o.id) ORDER BY o.created_at DESC LIMIT 1"_s,
                   {customerId});
    if (order.isEmpty())
        return;
    call(m_window, "openReturn", order.value(0).toString());
    QQuickItem *page = waitForPage(u"returnPage"_s);
    if (!page)
        return;
    if (QObject *returns = page->property("returns").value<QObject *>()) {
        const QVariantList lines = returns->property("lines").toList();
        if (!lines.isEmpty()) {
            QMetaObject::invokeMethod(
                returns, "setQuantity",
                Q_ARG(QString, lines.first().toMap().value(u"lineId"_s).toString()), Q_ARG(int, 1));
        }
    }
    capture(u"return"_s);
    call(m_window, "goBack");
}

bool ScreenTour::run(const TourOptions &options)
{
    m_options = options;
    m_errors.clear();
    m_pictures.clear();
    m_captured.clear();
    m_notApplicable.clear();
    m_textProblems.clear();
    if (!m_options.outputDir.isEmpty())
        QDir().mkpath(m_options.outputDir);

    if (!waitUntil([this] { return m_window->isExposed() && m_window->width() > 0; }, 10000)) {
        m_errors << u"the window was not shown"_s;
        return false;
    }
    // Park the pointer on the header's text, so no row shows a hover highlight in pictures.
    QCursor::setPos(m_window->mapToGlobal(QPoint(m_window->width() / 2, 8)));
    AppState *state = m_context->state();
    Session *session = m_context->session();
    if (!state || !session) {
        m_errors << u"the app's services are not running"_s;
        return false;
    }
    if (!waitUntil(
            [state] {
                return state->phase() == AppState::Phase::Ready
                    || state->phase() == AppState::Phase::StoreFailed;
            },
            m_options.timeoutMs)) {
        m_errors << u"the app did not get ready in %1 s"_s.arg(m_options.timeoutMs / 1000);
        return false;
    }
    if (state->phase() == AppState::Phase::StoreFailed) {
        capture(u"store-failed-now"_s);
        m_errors << u"the local store failed: %1"_s.arg(state->errorString());
        return false;
    }
    // Signed out, as at start-up (a tour may follow another).
    session->signOut();
    showStartupScreens();

    auto rootScreen = [this] { return m_window->property("rootScreen").toString(); };
    if (!waitUntil([&] { return rootScreen() == u"signIn"_s; }, 5000)) {
        m_errors << u"sign-in screen did not show"_s;
        return false;
    }
    capture(u"signin"_s);
    session->signIn(m_options.staffNumber, u"00000000"_s); // a refused PIN shows its message
    capture(u"signin-refused"_s);
    if (!session->signIn(m_options.staffNumber, m_options.pin)) {
        m_errors << u"could not sign in as staff number %1: is there data on the tablet?"_s.arg(
            m_options.staffNumber);
        return false;
    }
    if (!waitUntil([&] { return rootScreen() == u"search"_s; }, 5000)) {
        m_errors << u"search screen did not show after signing in"_s;
        return false;
    }
    capture(u"search-empty"_s);
    call(m_window, "showSearch", m_options.searchText);
    capture(u"search"_s);
    call(m_window, "showSearch", u"zzqxw"_s);
    capture(u"search-no-match"_s);
    showSyncPanel();

    const QString customerId = findCustomer();
    if (customerId.isEmpty()) {
        m_errors << u"no customer for loyalty card %1 or search \"%2\""_s.arg(m_options.loyaltyId,
                                                                              m_options.searchText);
    } else {
        call(m_window, "openCustomer", customerId);
        capture(u"customer"_s);
        auto *page = m_window->property("currentPage").value<QQuickItem *>();
        if (!page || page->objectName() != u"customerPage"_s) {
            m_errors << u"the customer screen did not open"_s;
        } else {
            const bool twoColumns = page->property("twoColumns").toBool();
            QStringList sections = {u"online"_s, u"profile"_s, u"notes"_s};
            if (!twoColumns)
                sections.prepend(u"timeline"_s);
            else
                m_notApplicable << u"customer-timeline"_s; // beside the others in "customer"
            for (const QString &section : sections) {
                call(page, "showSection", section);
                capture(u"customer-"_s + section);
            }
            call(page, "editPreference", u"size.shoe"_s);
            capture(u"customer-edit-preference"_s);
            if (QObject *dialog = page->findChild<QObject *>(u"preferenceDialog"_s))
                call(dialog, "close");
            call(page, "showSection", u"profile"_s);
            if (QObject *dialog = page->findChild<QObject *>(u"contactDialog"_s)) {
                call(dialog, "edit");
                capture(u"customer-edit-contact"_s);
                call(dialog, "close");
            } else {
                m_errors << u"the customer screen has no contact dialog"_s;
            }
            call(page, "showSection", u"timeline"_s);
            showNewCustomer(page->property("customerProfile").value<QObject *>());
        }
        // Serving them: products, stock, home delivery; then the store's orders.
        showCatalogue(customerId);
        showOrders(customerId);
        showReturn(customerId);
        showCheckout(customerId);
        m_window->setProperty("servingCustomerId", QString());
        m_window->setProperty("servingCustomerName", QString());
        call(m_window, "showArea", u"customers"_s);
    }

    call(m_window, "openSettings");
    capture(u"settings"_s);
    auto *settings = m_window->property("currentPage").value<QQuickItem *>();
    if (!settings || settings->objectName() != u"settingsPage"_s) {
        m_errors << u"the settings screen did not open"_s;
    } else {
        call(settings, "startEnrolment");
        capture(u"settings-enrol"_s);
        if (auto *terminal = settings->findChild<QQuickItem *>(u"cardTerminalSection"_s)) {
            scrollIntoView(terminal);
            capture(u"settings-payments"_s);
        } else {
            m_errors << u"settings: no card terminal section"_s;
        }
    }
    call(m_window, "showSearch", QString());
    settle();
    return m_errors.isEmpty();
}

void ScreenTour::showNewCustomer(QObject *existing)
{
    // A walk-in registered; then one whose email the customer on show already has.
    call(m_window, "openNewCustomer", u"Lucía Prieto"_s);
    auto *page = m_window->property("currentPage").value<QQuickItem *>();
    if (!page || page->objectName() != u"newCustomerPage"_s) {
        m_errors << u"the new customer screen did not open"_s;
        return;
    }
    capture(u"new-customer"_s);
    const QVariantMap contact = existing ? existing->property("contact").toMap() : QVariantMap();
    auto *email = page->findChild<QQuickItem *>(u"emailField"_s);
    auto *card = page->findChild<QQuickItem *>(u"duplicatesCard"_s);
    if (!email || !card || contact.value(u"email"_s).toString().isEmpty()) {
        m_notApplicable << u"new-customer-duplicates"_s;
    } else {
        email->setProperty("text", contact.value(u"email"_s));
        call(page, "submit");
        if (waitUntil([card] { return card->isVisible(); }, 5000))
            capture(u"new-customer-duplicates"_s);
        else
            m_errors << u"the new customer screen did not offer the existing customer"_s;
    }
    call(m_window, "showArea", u"customers"_s);
}
