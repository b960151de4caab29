// SPDX-License-Identifier: MIT
#include "screentour.h"

#include "appstate.h"
#include "customerrepository.h"
#include "customersearchmodel.h"
#include "localstore.h"
#include "session.h"

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

ScreenTour::ScreenTour(QQuickWindow *window)
    : m_window(window)
{}

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

void ScreenTour::capture(const QString &name)
{
    settle();
    const QImage image = m_window->grabWindow();
    if (image.isNull()) {
        m_errors << u"%1: the window could not be rendered"_s.arg(name);
        return;
    }
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
        {u"preparing"_s, u"qrc:/Clienteling/Ui/startup/PreparingPage.qml"_s,
         {{u"progress"_s, 0.4}}},
        {u"store-failed"_s, u"qrc:/Clienteling/Ui/startup/StoreFailedPage.qml"_s,
         // LocalStore's own words for a damaged file, translated when the catalogue has them.
         {{u"errorString"_s,
           QCoreApplication::translate(
               "LocalStore",
               "The customer database on this tablet is damaged and cannot be opened. You can "
               "set it aside and start with a fresh copy; the damaged file is kept for support.")},
          {u"canRebuild"_s, true}}},
        // A new tablet without store data, then its first sync; SyncEngine's words.
        {u"enrolment"_s, u"qrc:/Clienteling/Ui/startup/EnrolmentPage.qml"_s, {}},
        {u"first-sync"_s, u"qrc:/Clienteling/Ui/startup/FirstSyncPage.qml"_s,
         {{u"syncing"_s, true},
          {u"progress"_s, 0.4},
          {u"statusText"_s, QCoreApplication::translate("SyncEngine", "Syncing…")}}},
        {u"first-sync-offline"_s, u"qrc:/Clienteling/Ui/startup/FirstSyncPage.qml"_s,
         {{u"stopped"_s, true}, {u"offline"_s, true}}},
    };
    bool ok = true;
    for (const Screen &screen : screens) {
        QQmlComponent component(engine, QUrl(screen.url));
        QObject *object = component.isReady() ? component.createWithInitialProperties(
                                                    screen.properties, engine->rootContext())
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
    if (LocalStore *store = LocalStore::instance(); store && !m_options.loyaltyId.isEmpty()) {
        const QString id = CustomerRepository(store->database()).findByLoyaltyId(m_options.loyaltyId);
        if (!id.isEmpty())
            return id;
    }
    CustomerSearchModel search;
    search.setQuery(m_options.searchText);
    return search.rowCount() > 0 ? search.get(0).value(u"customerId"_s).toString() : QString();
}

bool ScreenTour::run(const TourOptions &options)
{
    m_options = options;
    m_errors.clear();
    m_pictures.clear();
    if (!m_options.outputDir.isEmpty())
        QDir().mkpath(m_options.outputDir);

    if (!waitUntil([this] { return m_window->isExposed() && m_window->width() > 0; }, 10000)) {
        m_errors << u"the window was not shown"_s;
        return false;
    }
    // Park the pointer on the header's text, so no row shows a hover highlight in pictures.
    QCursor::setPos(m_window->mapToGlobal(QPoint(m_window->width() / 2, 8)));
    AppState *state = AppState::instance();
    Session *session = Session::instance();
    if (!state || !session) {
        m_errors << u"the app's services are not running"_s;
        return false;
    }
    if (!waitUntil([state] { return state->phase() == AppState::Phase::Ready
                                    || state->phase() == AppState::Phase::StoreFailed; },
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
        m_errors << u"no customer for loyalty card %1 or search \"%2\""_s.arg(
            m_options.loyaltyId, m_options.searchText);
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
            for (const QString &section : sections) {
                call(page, "showSection", section);
                capture(u"customer-"_s + section);
            }
            call(page, "editPreference", u"size.shoe"_s);
            capture(u"customer-edit-preference"_s);
            if (QObject *dialog = page->findChild<QObject *>(u"preferenceDialog"_s))
                call(dialog, "close");
            call(page, "showSection", u"timeline"_s);
        }
    }

    call(m_window, "openSettings");
    capture(u"settings"_s);
    auto *settings = m_window->property("currentPage").value<QQuickItem *>();
    if (!settings || settings->objectName() != u"settingsPage"_s) {
        m_errors << u"the settings screen did not open"_s;
    } else {
        call(settings, "startEnrolment");
        capture(u"settings-enrol"_s);
    }
    call(m_window, "showSearch", QString());
    settle();
    return m_errors.isEmpty();
}
