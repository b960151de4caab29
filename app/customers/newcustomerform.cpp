// SPDX-License-Identifier: MIT
#include "newcustomerform.h"
#include "customerreplies.h"
#include "address.h"
#include "catalogrepository.h"
#include "customerrepository.h"
#include "format.h"
#include "ids.h"
#include "loyaltycards.h"
#include "mutators.h"
#include "phonenumbers.h"
#include "searchtext.h"
#include "synclog.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkReply>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int nameLength = 100;

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

QString field(const QVariantMap &fields, const char *name)
{
    return fields.value(QString::fromLatin1(name)).toString().trimmed();
}

QVariantMap addressOf(const QVariantMap &fields)
{
    return fields.value(u"address"_s).toMap();
}

/** An address was started: anything but its country typed. */
bool hasAddress(const QVariantMap &fields)
{
    const QVariantMap address = addressOf(fields);
    for (const char *name : {"recipient", "line1", "line2", "city", "postcode", "region"}) {
        if (!field(address, name).isEmpty())
            return true;
    }
    return false;
}

/** The address as it is saved: addressed to the customer unless another name is given. */
QVariantMap addressToSave(const QVariantMap &fields)
{
    QVariantMap address = addressOf(fields);
    if (field(address, "recipient").isEmpty())
        address.insert(u"recipient"_s,
                       CustomerReplies::displayName(field(fields, "firstName"), field(fields, "lastName")));
    return address;
}

} // namespace

NewCustomerForm::NewCustomerForm(QObject *parent)
    : QObject(parent)
{ }

NewCustomerForm::NewCustomerForm(LocalStore *store, SyncEngine *sync, QObject *parent)
    : NewCustomerForm(parent)
{
    setStore(store);
    setSync(sync);
}

void NewCustomerForm::setStore(LocalStore *store)
{
    if (store == m_store)
        return;
    m_store = store;
    emit storeChanged();
}

void NewCustomerForm::setSync(SyncEngine *sync)
{
    if (sync == m_sync)
        return;
    m_sync = sync;
    emit syncChanged();
}

QString NewCustomerForm::storeCountry() const
{
    LocalStore *store = m_store;
    if (!store || !store->isReady())
        return {};
    for (const QVariantMap &location : CatalogRepository(store->database()).locations()) {
        if (location.value(u"id"_s).toString() == store->locationId())
            return location.value(u"country"_s).toString();
    }
    return {};
}

QStringList NewCustomerForm::countries() const
{
    return Address::countries();
}

QVariantList NewCustomerForm::languages() const
{
    // Each language by its own name, as the customer recognises it on the form, whatever the
    // app's language (names of languages, not words of the app: the same in every catalogue).
    static const QList<std::pair<const char *, const char *>> names
        = {{"es", "Español"}, {"en", "English"},  {"pt", "Português"},
           {"fr", "Français"}, {"de", "Deutsch"}, {"it", "Italiano"}};
    QVariantList list;
    for (const auto &[code, name] : names)
        list << QVariantMap{{u"code"_s, QString::fromLatin1(code)},
                            {u"name"_s, QString::fromUtf8(name)}};
    return list;
}

QString NewCustomerForm::phoneToSave(const QVariantMap &fields) const
{
    const QString typed = field(fields, "phone");
    const QString country = field(fields, "phoneCountry");
    if (typed.isEmpty() || country.isEmpty() || country == storeCountry())
        return typed;
    // A number of another country typed as dialled there: saved in its international form,
    // which reads the same in every store.
    const PhoneNumbers::Number number = PhoneNumbers::parse(typed, country);
    return number.valid ? number.e164 : typed;
}

bool NewCustomerForm::validate(const QVariantMap &fields)
{
    QVariantMap errors;
    const QString first = field(fields, "firstName");
    const QString last = field(fields, "lastName");
    if (first.isEmpty() && last.isEmpty())
        errors.insert(u"firstName"_s, tr("Type the customer's first name or surname."));
    for (const auto &[key, value] : {std::pair{u"firstName"_s, first}, {u"lastName"_s, last}}) {
        if (value.size() > nameLength)
            errors.insert(key, tr("Too long: at most %1 characters.").arg(nameLength));
        else if (hasControlCharacters(value))
            errors.insert(key, tr("Remove the characters that cannot be printed."));
    }
    const QString email = SearchText::normalisedEmail(field(fields, "email"));
    if (email.size() > nameLength || !Mutators::validEmail(email)
        || hasControlCharacters(email))
        errors.insert(u"email"_s,
                      tr("This is not an email address. Check it, e.g. ana.ruiz@example.com."));
    const QString phone = phoneToSave(fields);
    if (!phone.isEmpty()) {
        const QString country = field(fields, "phoneCountry").isEmpty()
            ? storeCountry()
            : field(fields, "phoneCountry");
        if (phone.size() > nameLength || !PhoneNumbers::problem(phone, storeCountry()).isEmpty())
            errors.insert(u"phone"_s, tr("This is not a phone number of %1. Check the digits, "
                                         "or choose the country the number is from.")
                                          .arg(Format::country(country)));
    }
    const QString birth = field(fields, "birthDate");
    if (!birth.isEmpty()) {
        const QDate date = QDate::fromString(birth, Qt::ISODate);
        if (!date.isValid() || date.year() < 1900 || date > QDate::currentDate())
            errors.insert(u"birthDate"_s, tr("Type the birthday as year-month-day, for example "
                                             "1985-04-23."));
    }
    const QString card = field(fields, "loyaltyId");
    if (!card.isEmpty()) {
        const QString digits = LoyaltyCards::digitsOf(card);
        LocalStore *store = m_store;
        QString holder;
        if (store && store->isReady())
            holder = CustomerRepository(store->database()).findByLoyaltyId(digits);
        if (!LoyaltyCards::isWellFormed(digits))
            errors.insert(u"loyaltyId"_s, tr("This is not one of our loyalty cards. Scan the "
                                             "barcode on the back, or type its 13 digits."));
        else if (!holder.isEmpty())
            errors.insert(u"loyaltyId"_s, tr("This card already belongs to another customer. "
                                             "Hand over a new card."));
    }
    if (hasAddress(fields)) {
        for (const Address::FieldError &error : Address::validate(addressToSave(fields))) {
            const QString key = u"address."_s + error.field;
            if (!errors.contains(key))
                errors.insert(key, error.message);
        }
    }
    if (errors != m_errors) {
        m_errors = errors;
        emit errorsChanged();
    }
    return errors.isEmpty();
}

QString NewCustomerForm::reasonText(const QString &matchedOn) const
{
    if (matchedOn == u"email"_s)
        return tr("Same email address");
    if (matchedOn == u"phone"_s)
        return tr("Same phone number");
    return tr("Same name and postcode");
}

void NewCustomerForm::setDuplicates(const QVariantList &duplicates, bool locallyOnly)
{
    m_duplicates = duplicates;
    m_locallyOnly = locallyOnly;
    emit duplicatesChanged();
}

void NewCustomerForm::reset()
{
    if (CustomerReplies::forget(m_reply, this))
        emit checkingChanged();
    setDuplicates({}, false);
}

void NewCustomerForm::checkDuplicates(const QVariantMap &fields)
{
    reset();
    LocalStore *store = m_store;
    if (!store || !store->isReady())
        return;
    const QString email = SearchText::normalisedEmail(field(fields, "email"));
    const QString phone = phoneToSave(fields);
    const PhoneNumbers::Number number = PhoneNumbers::parse(phone, storeCountry());
    const QString nameKey = SearchText::nameKey(field(fields, "firstName") + u' '
                                                + field(fields, "lastName"));
    QString postcode;
    const QVariantMap address = addressOf(fields);
    if (hasAddress(fields))
        postcode = Address::normalisePostcode(field(address, "country"), field(address, "postcode"));

    QVariantList found;
    QSet<QString> seen;
    const CustomerRepository repository(store->database());
    for (const QVariantMap &row : repository.likelyDuplicates(
             {email, phone.isEmpty() ? QString() : number.e164, nameKey, postcode})) {
        const QString id = row.value(u"id"_s).toString();
        seen.insert(id);
        found << QVariantMap{
            {u"customerId"_s, id},
            {u"displayName"_s, CustomerReplies::displayName(row.value(u"first_name"_s).toString(),
                                             row.value(u"last_name"_s).toString())},
            {u"homeLocationName"_s, row.value(u"home_location_name"_s).toString()},
            {u"reason"_s, reasonText(row.value(u"matched_on"_s).toString())},
            {u"onTablet"_s, true}};
    }
    setDuplicates(found, true);

    SyncEngine *sync = m_sync;
    QUrlQuery query;
    if (!email.isEmpty())
        query.addQueryItem(u"email"_s, email);
    if (!phone.isEmpty())
        query.addQueryItem(u"phone"_s, number.valid ? number.e164 : phone);
    if (!postcode.isEmpty()) {
        query.addQueryItem(u"firstName"_s, field(fields, "firstName"));
        query.addQueryItem(u"lastName"_s, field(fields, "lastName"));
        query.addQueryItem(u"postcode"_s, postcode);
    }
    QNetworkReply *reply = sync && !query.isEmpty()
        ? sync->get(u"/v1/customers/duplicates"_s, query, remoteTimeoutMs)
        : nullptr;
    if (!reply) {
        // Nothing to ask the chain about (no email, phone or address), or no service.
        setDuplicates(found, !(sync && sync->isEnrolled() && query.isEmpty()));
        emit duplicatesChecked();
        return;
    }
    m_reply = reply;
    emit checkingChanged();
    connect(reply, &QNetworkReply::finished, this, [this, reply, found, seen]() mutable {
        reply->deleteLater();
        m_reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 200) {
            for (const QJsonValue &value : body.value(u"customers"_s).toArray()) {
                const QJsonObject customer = value.toObject();
                const QString id = customer.value(u"id"_s).toString();
                if (id.isEmpty() || seen.contains(id))
                    continue;
                seen.insert(id);
                const QString home = customer.value(u"homeLocationName"_s).toString();
                found << QVariantMap{
                    {u"customerId"_s, id},
                    {u"displayName"_s, CustomerReplies::displayName(customer.value(u"firstName"_s).toString(),
                                                     customer.value(u"lastName"_s).toString())},
                    {u"homeLocationName"_s, home.isEmpty() ? tr("Online customer") : home},
                    {u"reason"_s, reasonText(customer.value(u"matchedOn"_s).toString())},
                    {u"onTablet"_s, false}};
            }
        } else if (status != 0) {
            qCWarning(lcSync) << "duplicate check answered" << status
                              << body.value(u"error"_s).toString();
        }
        setDuplicates(found, status != 200);
        emit checkingChanged();
        emit duplicatesChecked();
    });
}

QString NewCustomerForm::save(const QVariantMap &fields)
{
    LocalStore *store = m_store;
    if (!store || !store->isReady())
        return {};
    if (!validate(fields)) {
        emit failed(tr("Some details need correcting: see the fields marked in red."));
        return {};
    }
    const QString id = Ids::newId();
    QJsonObject customer;
    for (const auto &[key, column] :
         {std::pair{"firstName", "first_name"}, {"lastName", "last_name"}, {"email", "email"},
          {"language", "language"}, {"birthDate", "birth_date"}}) {
        const QString value = field(fields, key);
        if (!value.isEmpty())
            customer.insert(QString::fromLatin1(column), value);
    }
    if (const QString phone = phoneToSave(fields); !phone.isEmpty())
        customer.insert(u"phone"_s, phone);
    QList<QPair<QString, QJsonObject>> mutations;
    mutations << qMakePair(u"customer.create"_s,
                           QJsonObject{{u"id"_s, id},
                                       {u"homeLocationId"_s, store->locationId()},
                                       {u"fields"_s, customer}});
    // Each permission the customer gave, now, in this store: a legal record. Those not given
    // stay "never asked", which sends nothing.
    const QVariantMap consents = fields.value(u"consents"_s).toMap();
    for (const QString &kind : {u"email"_s, u"sms"_s, u"phone"_s, u"marketing"_s}) {
        if (consents.value(kind).toBool())
            mutations << qMakePair(u"customer.setConsent"_s,
                                   QJsonObject{{u"customerId"_s, id},
                                               {u"kind"_s, kind},
                                               {u"granted"_s, true},
                                               {u"channel"_s, u"store"_s}});
    }
    if (hasAddress(fields)) {
        const QVariantMap address = addressToSave(fields);
        mutations << qMakePair(u"address.add"_s,
                               QJsonObject{{u"id"_s, Ids::newId()},
                                           {u"customerId"_s, id},
                                           {u"label"_s, tr("Home")},
                                           {u"address"_s, QJsonObject::fromVariantMap(address)}});
    }
    if (const QString card = field(fields, "loyaltyId"); !card.isEmpty())
        mutations << qMakePair(u"customer.setLoyaltyCard"_s,
                               QJsonObject{{u"customerId"_s, id},
                                           {u"loyaltyId"_s, LoyaltyCards::digitsOf(card)}});
    const MutationResult result = store->submitAll(mutations);
    if (!result.applied) {
        emit failed(result.code == u"invalid"_s
                        ? tr("The customer could not be saved: %1. Check it and try again.")
                              .arg(result.message)
                        : tr("The customer could not be saved on this tablet. Try again; if it "
                             "keeps failing, restart the app."));
        return {};
    }
    reset();
    return id;
}
