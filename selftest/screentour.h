// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

class AppContext;

class QObject;
class QQuickItem;
class QQuickWindow;

/**
 * Collects every Qt warning and error logged while it lives (qInstallMessageHandler), still
 * printing them. The self-test and the screenshot test fail on any: a QML warning at load is a
 * bug an associate would meet sooner or later.
 */
class WarningCollector
{
public:
    WarningCollector();
    ~WarningCollector();
    WarningCollector(const WarningCollector &) = delete;
    WarningCollector &operator=(const WarningCollector &) = delete;

    QStringList messages() const;
    void clear();
};

/** What the tour signs in with, looks for, and where it writes pictures. */
struct TourOptions
{
    /** PNGs go here; empty renders every screen without saving pictures. */
    QString outputDir;
    /** Prepended to each picture's name, e.g. "es-portrait-". */
    QString prefix;
    QString staffNumber;
    QString pin;
    /** The customer to open: this loyalty card, else the first result of searchText. */
    QString loyaltyId;
    QString searchText;
    int timeoutMs = 300000;
};

/**
 * Walks the app's screens in a loaded Main.qml window with the real models: start-up screens
 * (preparing, damaged store, enrolment, first sync), sign-in (with a refused PIN), search, the
 * sync panel, the customer in every section with the preference dialog; serving that customer,
 * the catalogue (browse, a category, a search), a product opened by its barcode with its stock
 * (live when the tablet gets an answer, else the offline copy with its age), the reserve and
 * transfer dialogs, the endless aisle (source, a new address with field errors, delivery
 * option); the orders (pick-ups, needing attention), an order with its carrier history, one
 * needing attention, a pick-up with the hand-over dialog refusing a wrong proof; taking payment
 * for the customer's cart (a coupon that does not apply, the card, cash and gift card dialogs, a
 * gift card number refused), a quick sale without a customer, a return of one of their orders;
 * and settings with the enrolment form, the card terminal and the cash drawer. Nothing is saved:
 * dialogs and forms are closed without confirming. Renders each one (saving it as a PNG when asked)
 * and reports steps that could not be done. Used by `clienteling --self-test` / `--screenshot` and
 * the UI tests.
 */
class ScreenTour
{
public:
    /** Tours the screens of window, whose services context built. */
    ScreenTour(QQuickWindow *window, AppContext *context);

    /** False when a step failed; errors() says which. QML warnings are the caller's check. */
    bool run(const TourOptions &options);
    QStringList errors() const { return m_errors; }
    /** Pictures written, in order. */
    QStringList pictures() const { return m_pictures; }
    /** Every screen the tour knows, by the name its picture gets, in tour order (the
        start-up screens, sign-in, search, the customer, ..., settings). */
    static QStringList screenNames();
    /** Screens rendered in the last run, in order. */
    QStringList captured() const { return m_captured; }
    /** Screens of screenNames() this layout does not have (a customer or orders screen in
        two columns shows in one picture what a narrow one shows in two). */
    QStringList notApplicable() const { return m_notApplicable; }
    /** Texts drawn outside their item in the last run, "screen: text (why)": visible Text and
        Label items wider than their item without elide, wrap or fitting, or lying outside the
        window (unless inside something that scrolls or clips them). */
    QStringList textProblems() const { return m_textProblems; }

private:
    /** The first row of a query on the tablet's store, or an empty list. */
    QVariantList firstRow(const QString &sql, const QVariantList &values) const;
    bool waitUntil(const std::function<bool()> &condition, int timeoutMs);
    void settle();
    void capture(const QString &name);
    void checkTexts(const QString &name, QQuickItem *item, bool scrolled);
    bool showStartupScreens();
    void showSyncPanel();
    QString findCustomer();
    QQuickItem *currentPage() const;
    QQuickItem *waitForPage(const QString &objectName);
    void scrollIntoView(QQuickItem *item, bool toEnd = false);
    bool openPopup(QObject *popup, const QString &name);
    void closePopup(QObject *popup);
    void showCatalogue(const QString &customerId);
    void showProduct(QQuickItem *page);
    void showEndlessAisle();
    void showOrders(const QString &customerId);
    void showOrder(const QString &orderId, const QString &name);
    void showCheckout(const QString &customerId);
    /** The new customer form, and the same person offered before saving. */
    void showNewCustomer(QObject *existing);
    void showReturn(const QString &customerId);

    QQuickWindow *m_window;
    AppContext *m_context;
    TourOptions m_options;
    QStringList m_errors;
    QStringList m_pictures;
    QStringList m_captured;
    QStringList m_notApplicable;
    QStringList m_textProblems;
};
