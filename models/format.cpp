// SPDX-License-Identifier: MIT
#include "format.h"
#include "clock.h"
#include "money.h"
#include "mutators.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

Format *Format::create(QQmlEngine *, QJSEngine *)
{
    static Format *instance = new Format(QCoreApplication::instance());
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

QString Format::money(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toString(QLocale());
}

qint64 Format::parseMoney(const QString &text, const QString &currency)
{
    Money amount;
    return Money::parse(text, currency, QLocale(), &amount) ? amount.minor() : -1;
}

QString Format::moneyInput(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toInputString(QLocale());
}

QString Format::moneyInputExample(const QString &currency)
{
    // Twelve fifty in the major unit where there are decimals, else one thousand two hundred fifty.
    qint64 minor = 1250;
    for (int i = 2; i < Money::decimalsFor(currency); ++i)
        minor *= 10;
    return moneyInput(minor, currency);
}

int Format::moneyDecimals(const QString &currency)
{
    return Money::decimalsFor(currency);
}

QString Format::number(qint64 value)
{
    return QLocale().toString(value);
}

namespace {
/** The locale's short format with a four-digit year: Spanish short dates ("d/M/yy") would
    print 25/11/26, which reads as a day of 2026 or of 1926 alike on a receipt. */
QString withFullYear(QString format)
{
    static const QRegularExpression twoDigitYear(u"(?<!y)yy(?!y)"_s);
    return format.replace(twoDigitYear, u"yyyy"_s);
}
} // namespace

QString Format::date(qint64 ms)
{
    return date(ms, QLocale());
}

QString Format::date(qint64 ms, const QLocale &locale)
{
    if (ms <= 0)
        return {};
    return locale.toString(QDateTime::fromMSecsSinceEpoch(ms).date(),
                           withFullYear(locale.dateFormat(QLocale::ShortFormat)));
}

QString Format::dateTime(qint64 ms)
{
    return dateTime(ms, QLocale());
}

QString Format::dateTime(qint64 ms, const QLocale &locale)
{
    if (ms <= 0)
        return {};
    return locale.toString(QDateTime::fromMSecsSinceEpoch(ms),
                           withFullYear(locale.dateTimeFormat(QLocale::ShortFormat)));
}

QString Format::when(qint64 ms)
{
    if (ms <= 0)
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    const QDate today = Clock::now().date();
    const QString time = QLocale().toString(at.time(), QLocale::ShortFormat);
    if (at.date() == today)
        return tr("Today %1").arg(time);
    if (at.date() == today.addDays(-1))
        return tr("Yesterday %1").arg(time);
    return date(ms);
}

QString Format::channel(const QString &code)
{
    if (code == u"web"_s)
        return tr("Web");
    if (code == u"app"_s)
        return tr("App");
    if (code == u"store"_s)
        return tr("Store");
    if (code == u"call_centre"_s)
        return tr("Call centre");
    if (code == u"email"_s)
        return tr("Email");
    return code;
}

QString Format::country(const QString &code)
{
    if (code == u"ES"_s)
        return tr("Spain");
    if (code == u"IE"_s)
        return tr("Ireland");
    if (code == u"PT"_s)
        return tr("Portugal");
    if (code == u"FR"_s)
        return tr("France");
    if (code == u"GB"_s)
        return tr("United Kingdom");
    if (code == u"DE"_s)
        return tr("Germany");
    if (code == u"IT"_s)
        return tr("Italy");
    return code;
}

QString Format::tier(const QString &code)
{
    if (code == u"member"_s)
        return tr("Member");
    if (code == u"silver"_s)
        return tr("Silver");
    if (code == u"gold"_s)
        return tr("Gold");
    if (code == u"platinum"_s)
        return tr("Platinum");
    return code;
}

QString Format::eventKind(const QString &code)
{
    if (code == u"viewed"_s)
        return tr("Viewed");
    if (code == u"cart_add"_s)
        return tr("Added to cart");
    if (code == u"purchased"_s)
        return tr("Purchased");
    if (code == u"returned"_s)
        return tr("Returned");
    if (code == u"contacted"_s)
        return tr("Contact");
    if (code == u"campaign_opened"_s)
        return tr("Opened campaign");
    if (code == u"survey_answered"_s)
        return tr("Answered survey");
    if (code == u"wishlist_add"_s)
        return tr("Added to wishlist");
    if (code == u"order_status"_s)
        return tr("Order update");
    return code;
}

QString Format::consentKind(const QString &code)
{
    if (code == u"email"_s)
        return tr("Email");
    if (code == u"sms"_s)
        return tr("SMS");
    if (code == u"phone"_s)
        return tr("Phone calls");
    if (code == u"marketing"_s)
        return tr("Marketing");
    return code;
}

QStringList Format::preferenceKeys()
{
    return Mutators::preferenceKeys();
}

QString Format::preference(const QString &key)
{
    if (key == u"size.top"_s)
        return tr("Tops size");
    if (key == u"size.bottom"_s)
        return tr("Trousers size");
    if (key == u"size.dress"_s)
        return tr("Dress size");
    if (key == u"size.shoe"_s)
        return tr("Shoe size");
    if (key == u"fit"_s)
        return tr("Preferred fit");
    if (key == u"colours"_s)
        return tr("Favourite colours");
    if (key == u"styles"_s)
        return tr("Styles");
    if (key == u"brands"_s)
        return tr("Brands");
    if (key == u"occasions"_s)
        return tr("Shops for");
    if (key == u"avoid"_s)
        return tr("Avoid");
    if (key == u"contact_time"_s)
        return tr("Best time to contact");
    if (key == u"contact_channel"_s)
        return tr("Preferred contact");
    return key;
}

QString Format::fulfilment(const QString &code)
{
    if (code == u"carry_out"_s)
        return tr("Carry out");
    if (code == u"ship_to_home"_s)
        return tr("Home delivery");
    if (code == u"pick_up"_s)
        return tr("Pick up in store");
    if (code == u"ship_from_store"_s)
        return tr("Ship from store");
    return code;
}

QString Format::orderStatus(const QString &code)
{
    if (code == u"placed"_s)
        return tr("Placed");
    if (code == u"allocated"_s)
        return tr("Allocated");
    if (code == u"shipped"_s)
        return tr("Shipped");
    if (code == u"in_transit"_s)
        return tr("In transit");
    if (code == u"out_for_delivery"_s)
        return tr("Out for delivery");
    if (code == u"failed_attempt"_s)
        //: A carrier could not deliver the parcel this time
        return tr("Delivery attempt failed");
    if (code == u"delivered"_s)
        return tr("Delivered");
    if (code == u"ready_for_pickup"_s)
        return tr("Ready for pickup");
    if (code == u"collected"_s)
        return tr("Collected");
    if (code == u"returned"_s)
        return tr("Returned");
    if (code == u"cancelled"_s)
        return tr("Cancelled");
    if (code == u"completed"_s)
        return tr("Completed");
    if (code == u"needs_action"_s)
        return tr("Needs action");
    if (code == u"not_collected"_s)
        return tr("Not collected");
    if (code == u"other"_s)
        //: An update from a carrier in its own words (shown beside it)
        return tr("Carrier update");
    return code;
}

QString Format::category(const QString &code)
{
    static const QHash<QString, const char *> labels = {
        {u"accessories"_s, QT_TR_NOOP("Accessories")}, {u"bags"_s, QT_TR_NOOP("Bags")},
        {u"dresses"_s, QT_TR_NOOP("Dresses")},         {u"shoes"_s, QT_TR_NOOP("Shoes")},
        {u"jackets"_s, QT_TR_NOOP("Jackets")},         {u"jeans"_s, QT_TR_NOOP("Jeans")},
        {u"knitwear"_s, QT_TR_NOOP("Knitwear")},       {u"outerwear"_s, QT_TR_NOOP("Outerwear")},
        {u"scarves"_s, QT_TR_NOOP("Scarves")},         {u"shirts"_s, QT_TR_NOOP("Shirts")},
        {u"skirts"_s, QT_TR_NOOP("Skirts")},           {u"tops"_s, QT_TR_NOOP("Tops")},
        {u"trousers"_s, QT_TR_NOOP("Trousers")}};
    const char *label = labels.value(code);
    return label ? tr(label) : code;
}

QString Format::locationKind(const QString &code)
{
    return code == u"warehouse"_s ? tr("Warehouse") : code == u"store"_s ? tr("Store") : code;
}

QString Format::deliveryOption(const QString &name)
{
    if (name == u"standard"_s)
        return tr("Standard delivery");
    if (name == u"express"_s)
        return tr("Express delivery");
    return name;
}

QString Format::lineStatus(const QString &code)
{
    // Lines also take their order's statuses (a line ready for pick-up, collected,
    // delivered): those are worded as the order's below.
    if (code == u"pending"_s)
        return tr("Waiting to sync");
    if (code == u"allocated"_s)
        return tr("Stock allocated");
    if (code == u"unallocated"_s)
        return tr("No stock: choose another source");
    if (code == u"fulfilled"_s)
        return tr("Handed over");
    if (code == u"shipped"_s)
        return tr("Shipped");
    if (code == u"cancelled"_s)
        return tr("Cancelled");
    if (code == u"returned_to_stock"_s)
        return tr("Returned to stock");
    return orderStatus(code);
}

QString Format::reservationStatus(const QString &code)
{
    if (code == u"requested"_s)
        return tr("Waiting to sync");
    if (code == u"active"_s)
        return tr("Reserved");
    if (code == u"expired"_s)
        return tr("Expired");
    if (code == u"cancelled"_s)
        return tr("Cancelled");
    if (code == u"fulfilled"_s)
        return tr("Ordered");
    return code;
}

QString Format::distance(double km)
{
    if (km < 0.05)
        return tr("here");
    if (km < 10)
        return tr("%1 km").arg(QLocale().toString(km, 'f', 1));
    return tr("%1 km").arg(QLocale().toString(qRound64(km)));
}

QString Format::age(qint64 ms)
{
    if (ms <= 0)
        return tr("never counted");
    const qint64 minutes = (Clock::nowMs() - ms) / 60000;
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n hour(s) ago", nullptr, int(minutes / 60));
    return tr("%n day(s) ago", nullptr, int(minutes / (24 * 60)));
}
