// SPDX-License-Identifier: MIT
#include "customerprofile.h"
#include "customernotesmodel.h"
#include "customerpreferencesmodel.h"
#include "customerproductsmodel.h"
#include "customerrepository.h"
#include "customertimelinemodel.h"
#include "database.h"
#include "format.h"
#include "ids.h"
#include "localstore.h"
#include "mutators.h"

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
    if (result.code == u"invalid"_s)
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
