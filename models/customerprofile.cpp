// SPDX-License-Identifier: MIT
#include "customerprofile.h"
#include "catalogrepository.h"
#include "customernotesmodel.h"
#include "customerpreferencesmodel.h"
#include "customerproductsmodel.h"
#include "customerrepository.h"
#include "customertimelinemodel.h"
#include "database.h"
#include "format.h"
#include "ids.h"
#include "localstore.h"
#include "loyaltycards.h"
#include "mutators.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

CustomerProfile::CustomerProfile(QObject *parent)
    : QObject(parent)
    , m_timeline(new CustomerTimelineModel(this))
    , m_recentlyViewed(new CustomerProductsModel(this))
    , m_wishlist(new CustomerProductsModel(this))
    , m_cart(new CustomerProductsModel(this))
    , m_notes(new CustomerNotesModel(this))
    , m_preferences(new CustomerPreferencesModel(this))
{
    m_wishlist->setSource(CustomerProductsModel::Source::Wishlist);
    m_cart->setSource(CustomerProductsModel::Source::Cart);
}

CustomerProfile::CustomerProfile(LocalStore *store, QObject *parent)
    : CustomerProfile(parent)
{
    setStore(store);
}

void CustomerProfile::setStore(LocalStore *store)
{
    if (!m_store.set(this, store, [this](const QStringList &tables) {
            if (!m_customerId.isEmpty()
                && (tables.contains(u"customers"_s) || tables.contains(u"consents"_s)))
                load();
        }))
        return;
    for (CustomerListModel *model : std::initializer_list<CustomerListModel *>{
             m_timeline, m_recentlyViewed, m_wishlist, m_cart, m_notes, m_preferences})
        model->setStore(store);
    emit storeChanged();
    load();
}

void CustomerProfile::setCustomerId(const QString &given)
{
    // A merged-away record opens the survivor (the same person).
    LocalStore *store = m_store.store();
    const QString customerId = store && store->isReady() && !given.isEmpty()
        ? CustomerRepository(store->database()).resolvedId(given)
        : given;
    if (customerId == m_customerId)
        return;
    m_customerId = customerId;
    emit customerIdChanged();
    load();
    for (CustomerListModel *model : std::initializer_list<CustomerListModel *>{
             m_timeline, m_recentlyViewed, m_wishlist, m_cart, m_notes, m_preferences})
        model->setCustomerId(m_customerId); // the survivor when load() found a merge
}

void CustomerProfile::load()
{
    m_row.clear();
    m_consents.clear();
    LocalStore *store = m_store.store();
    if (!m_customerId.isEmpty() && store && store->isReady()) {
        const CustomerRepository repository(store->database());
        m_row = repository.customer(m_customerId).value_or(QVariantMap());
        // Merged into another record since it was opened (a pull): show the survivor.
        if (!m_row.value(u"merged_into"_s).toString().isEmpty()) {
            const QString survivor = repository.resolvedId(m_customerId);
            const auto row = repository.customer(survivor);
            if (survivor != m_customerId && row && row->value(u"merged_into"_s).toString().isEmpty()) {
                setCustomerId(survivor);
                return;
            }
        }
        if (m_row.value(u"erased_at"_s).toLongLong() != 0)
            m_row.clear(); // nothing of an erased customer is shown
        QHash<QString, QVariantMap> byKind;
        for (const QVariantMap &consent : repository.consents(m_customerId))
            byKind.insert(consent.value(u"kind"_s).toString(), consent);
        for (const QString &kind : {u"email"_s, u"sms"_s, u"phone"_s, u"marketing"_s}) {
            const QVariantMap consent = byKind.value(kind);
            const bool granted = consent.value(u"granted"_s).toBool();
            const qint64 at = consent.value(u"changed_at"_s).toLongLong();
            const QString channel = Format::channel(consent.value(u"channel"_s).toString());
            QString detail;
            if (at > 0)
                detail = granted ? tr("Given %1 · %2").arg(Format::date(at), channel)
                                 : tr("Withdrawn %1 · %2").arg(Format::date(at), channel);
            else
                detail = tr("Never asked");
            m_consents << QVariantMap{{u"kind"_s, kind},
                                      {u"label"_s, Format::consentKind(kind)},
                                      {u"granted"_s, granted},
                                      {u"detail"_s, detail}};
        }
    }
    const bool erased = store && store->isReady() && !m_customerId.isEmpty() && m_row.isEmpty()
        && Database::scalar(store->database(),
                            u"SELECT erased_at FROM customers WHERE id = ?"_s, {m_customerId})
                   .toLongLong()
            != 0;
    const QString error = erased
        ? tr("This customer's personal data was erased at their request.")
        : !m_customerId.isEmpty() && m_row.isEmpty()
        ? tr("This customer is not on this tablet. Sync, then search again.")
        : QString();
    if (error != m_errorString) {
        m_errorString = error;
        emit errorStringChanged();
    }
    emit profileChanged();
}

QString CustomerProfile::text(const char *column) const
{
    return m_row.value(QString::fromLatin1(column)).toString();
}

QString CustomerProfile::displayName() const
{
    return QStringList{text("first_name"), text("last_name")}.join(u' ').trimmed();
}

QString CustomerProfile::initials() const
{
    return (text("first_name").left(1) + text("last_name").left(1)).toUpper();
}

QString CustomerProfile::email() const
{
    return text("email");
}

QString CustomerProfile::phone() const
{
    return text("phone");
}

QString CustomerProfile::loyaltyId() const
{
    return text("loyalty_id");
}

QString CustomerProfile::tier() const
{
    return text("tier");
}

QString CustomerProfile::tierLabel() const
{
    return Format::tier(tier());
}

QString CustomerProfile::pointsText() const
{
    return found() ? tr("%1 points").arg(Format::number(m_row.value(u"points"_s).toLongLong()))
                   : QString();
}

QString CustomerProfile::lifetimeValueText() const
{
    return found() ? Format::money(m_row.value(u"lifetime_value_minor"_s).toLongLong(),
                                   text("currency"))
                   : QString();
}

QString CustomerProfile::memberSinceText() const
{
    return found() ? Format::date(m_row.value(u"created_at"_s).toLongLong()) : QString();
}

QString CustomerProfile::homeStoreName() const
{
    return text("home_location_name");
}

bool CustomerProfile::report(const MutationResult &result)
{
    if (result.applied)
        return true;
    QString message;
    if (result.code == u"card_in_use"_s)
        message = tr("That loyalty card already belongs to another customer. Give this customer "
                     "a new card.");
    else if (result.code == u"invalid"_s)
        message = tr("That could not be saved: %1. Check it and try again.").arg(result.message);
    else
        message = tr("That could not be saved on this tablet. Try again; if it keeps failing, "
                     "restart the app.");
    emit failed(message);
    return false;
}

bool CustomerProfile::addNote(const QString &body)
{
    LocalStore *store = m_store.store();
    if (!store || m_customerId.isEmpty())
        return false;
    if (body.trimmed().isEmpty()) {
        emit failed(tr("Write something before saving the note."));
        return false;
    }
    return report(store->submit(u"note.add"_s, {{u"id"_s, Ids::newId()},
                                                 {u"customerId"_s, m_customerId},
                                                 {u"body"_s, body.trimmed()}}));
}

bool CustomerProfile::setPreference(const QString &key, const QString &value)
{
    LocalStore *store = m_store.store();
    if (!store || m_customerId.isEmpty())
        return false;
    qint64 baseVersion = 0;
    for (int i = 0; i < m_preferences->rowCount(); ++i) {
        const QVariantMap row = m_preferences->get(i);
        if (row.value(u"key"_s).toString() == key) {
            if (row.value(u"value"_s).toString() == value.trimmed())
                return true; // nothing changed, nothing to sync
            baseVersion = row.value(u"version"_s).toLongLong();
        }
    }
    return report(store->submit(u"customer.setPreference"_s,
                                {{u"customerId"_s, m_customerId},
                                 {u"key"_s, key},
                                 {u"value"_s, value.trimmed()},
                                 {u"baseVersion"_s, baseVersion}}));
}

bool CustomerProfile::setConsent(const QString &kind, bool granted)
{
    LocalStore *store = m_store.store();
    if (!store || m_customerId.isEmpty())
        return false;
    return report(store->submit(u"customer.setConsent"_s, {{u"customerId"_s, m_customerId},
                                                            {u"kind"_s, kind},
                                                            {u"granted"_s, granted},
                                                            {u"channel"_s, u"store"_s}}));
}

QVariantMap CustomerProfile::contact() const
{
    if (!found())
        return {};
    return {{u"firstName"_s, text("first_name")}, {u"lastName"_s, text("last_name")},
            {u"email"_s, text("email")},          {u"phone"_s, text("phone")},
            {u"language"_s, text("language")},    {u"birthDate"_s, text("birth_date")},
            {u"homeLocationId"_s, text("home_location_id")}};
}

QVariantList CustomerProfile::homeStores() const
{
    LocalStore *store = m_store.store();
    if (!store || !store->isReady())
        return {};
    QList<QVariantMap> stores;
    for (const QVariantMap &location : CatalogRepository(store->database()).locations()) {
        if (location.value(u"kind"_s).toString() == u"store"_s)
            stores << QVariantMap{{u"id"_s, location.value(u"id"_s)},
                                  {u"name"_s, location.value(u"name"_s)}};
    }
    std::sort(stores.begin(), stores.end(), [](const QVariantMap &a, const QVariantMap &b) {
        return QString::localeAwareCompare(a.value(u"name"_s).toString(),
                                           b.value(u"name"_s).toString())
            < 0;
    });
    QVariantList list;
    for (const QVariantMap &row : std::as_const(stores))
        list << row;
    return list;
}

bool CustomerProfile::saveContact(const QVariantMap &fields)
{
    LocalStore *store = m_store.store();
    if (!store || !found())
        return false;
    static const QList<std::pair<QString, QString>> columns
        = {{u"firstName"_s, u"first_name"_s}, {u"lastName"_s, u"last_name"_s},
           {u"email"_s, u"email"_s},          {u"phone"_s, u"phone"_s},
           {u"language"_s, u"language"_s},    {u"birthDate"_s, u"birth_date"_s}};
    QJsonObject changed;
    for (const auto &[key, column] : columns) {
        if (!fields.contains(key))
            continue;
        const QString value = fields.value(key).toString().trimmed();
        if (value != m_row.value(column).toString())
            changed.insert(column, value);
    }
    if (changed.contains(u"first_name"_s) || changed.contains(u"last_name"_s)) {
        const QString first = fields.value(u"firstName"_s, text("first_name")).toString().trimmed();
        const QString last = fields.value(u"lastName"_s, text("last_name")).toString().trimmed();
        if (first.isEmpty() && last.isEmpty()) {
            emit failed(tr("A customer needs a name. Type their first name or surname."));
            return false;
        }
    }
    const QString home = fields.value(u"homeLocationId"_s).toString();
    const bool moves = !home.isEmpty() && home != text("home_location_id");
    if (changed.isEmpty() && !moves)
        return true; // nothing changed, nothing to sync
    QJsonObject args{{u"id"_s, m_customerId},
                     {u"fields"_s, changed},
                     {u"baseVersion"_s, m_row.value(u"version"_s).toLongLong()}};
    if (moves)
        args.insert(u"homeLocationId"_s, home);
    return report(store->submit(u"customer.update"_s, args));
}

bool CustomerProfile::giveLoyaltyCard(const QString &typed)
{
    LocalStore *store = m_store.store();
    if (!store || !found())
        return false;
    const QString card = LoyaltyCards::digitsOf(typed);
    if (!LoyaltyCards::isWellFormed(card)) {
        emit failed(tr("%1 is not one of our loyalty cards. Scan the barcode on the back of the "
                       "card, or type its 13 digits.")
                        .arg(typed.trimmed()));
        return false;
    }
    return report(store->submit(u"customer.setLoyaltyCard"_s,
                                {{u"customerId"_s, m_customerId}, {u"loyaltyId"_s, card}}));
}
