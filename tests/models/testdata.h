// SPDX-License-Identifier: MIT
#pragma once
// Shared fixtures for the model tests (helpers to build a local store with known rows).
//
// Every suite calls TestData::initEnvironment() in initTestCase() (test paths, en_IE locale,
// Madrid time zone, a pinned clock), opens a LocalStoreFixture per test and states the rows it
// needs through a Seeder, which writes them as the server would send them (ServerData mode:
// no sync shadow, no outbox).

#include "clientrowstore.h"
#include "clock.h"
#include "database.h"
#include "entities.h"
#include "localstore.h"
#include "phonenumbers.h"
#include "pinhash.h"
#include "searchtext.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QVariantMap>

#include <ctime>
#include <memory>

namespace TestData {

using namespace Qt::Literals::StringLiterals;

/** "Now" for every suite: Wednesday 25 November 2026, 10:00 in Madrid (09:00 UTC). */
inline QDateTime referenceNow()
{
    return QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone("Europe/Madrid"));
}

inline qint64 referenceMs()
{
    return referenceNow().toMSecsSinceEpoch();
}

/** referenceMs() moved by whole minutes (negative: earlier). */
inline qint64 minutesFromNow(qint64 minutes)
{
    return referenceMs() + minutes * 60 * 1000;
}

/** Test paths, English (Ireland) formatting, Madrid local time and the clock pinned. */
inline void initEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
    // ctest sets TZ already; this keeps a directly started test binary the same.
    qputenv("TZ", "Europe/Madrid");
    tzset();
    // Every test opens a new database: on tmpfs, SQLite's fsyncs cost nothing (3x faster).
    // An explicit TMPDIR wins.
    if (qEnvironmentVariableIsEmpty("TMPDIR") && QFileInfo(u"/dev/shm"_s).isDir()
        && QFileInfo(u"/dev/shm"_s).isWritable())
        qputenv("TMPDIR", "/dev/shm");
    Clock::setCurrentDateTime(referenceNow());
}

/** Number of rows in a table (-1 when the query fails). */
inline int rowCount(const QSqlDatabase &db, const QString &table, const QString &where = {},
                    const QVariantList &values = {})
{
    const QVariant count = Database::scalar(
        db,
        u"SELECT count(*) FROM "_s + table + (where.isEmpty() ? QString() : u" WHERE "_s + where),
        values);
    return count.isValid() ? count.toInt() : -1;
}

/** A LocalStore opened on a new file in a temporary directory; hand store() to the models. */
class LocalStoreFixture
{
public:
    LocalStoreFixture()
        : m_store(std::make_unique<LocalStore>(nullptr))
        , m_path(m_dir.filePath(u"clienteling.sqlite"_s))
    {
        m_opened = m_dir.isValid() && m_store->open(m_path);
    }
    LocalStoreFixture(const LocalStoreFixture &) = delete;
    LocalStoreFixture &operator=(const LocalStoreFixture &) = delete;

    /** True when the store opened. */
    bool isReady() const { return m_opened; }
    LocalStore *store() const { return m_store.get(); }
    QSqlDatabase db() const { return m_store->database(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    QString m_path;
    bool m_opened = false;
};

/** Writes rows as pulled from the server. Each method returns false when the write failed. */
class Seeder
{
public:
    explicit Seeder(const QSqlDatabase &db)
        : m_rows(db, ClientRowStore::Mode::ServerData)
    { }

    ClientRowStore &rows() { return m_rows; }

    /** Writes a row; null strings are written as '' (the replicated columns are NOT NULL). */
    bool put(const QString &entityName, QVariantMap row)
    {
        for (QVariant &value : row) {
            if (value.typeId() == QMetaType::QString && value.toString().isNull())
                value = u""_s;
        }
        const Entity *entity = Entities::byName(entityName);
        return entity && m_rows.put(*entity, row);
    }

    bool location(const QString &id, const QString &name, const QVariantMap &extra = {})
    {
        return put(u"location"_s,
                   merged({{u"id"_s, id},
                           {u"kind"_s, u"store"_s},
                           {u"code"_s, id},
                           {u"name"_s, name},
                           {u"country"_s, u"ES"_s},
                           {u"time_zone"_s, u"Europe/Madrid"_s},
                           {u"currency"_s, u"EUR"_s},
                           {u"vat_rate_bp"_s, 2100}},
                          extra));
    }

    bool style(const QString &id, const QString &name, const QString &brand = u"Norte"_s,
               const QString &category = u"tops"_s)
    {
        return put(
            u"style"_s,
            {{u"id"_s, id}, {u"name"_s, name}, {u"brand"_s, brand}, {u"category"_s, category}});
    }

    bool product(const QString &sku, const QString &styleId, qint64 priceMinor,
                 const QString &colour = u"Navy"_s, const QString &size = u"M"_s,
                 const QString &currency = u"EUR"_s)
    {
        return put(u"product"_s,
                   {{u"sku"_s, sku},
                    {u"style_id"_s, styleId},
                    {u"colour"_s, colour},
                    {u"size"_s, size},
                    {u"price_minor"_s, priceMinor},
                    {u"currency"_s, currency}});
    }

    /** A style with one product of the same name, for lists that show products. */
    bool styleWithProduct(const QString &sku, const QString &name, qint64 priceMinor)
    {
        return style(u"style-"_s + sku, name) && product(sku, u"style-"_s + sku, priceMinor);
    }

    /** A customer; phone_search and phone_e164 are derived from the phone as the server does,
        in the country of the home store when it is known. */
    bool customer(const QString &id, const QString &firstName, const QString &lastName,
                  const QString &email = {}, const QString &phone = {},
                  const QString &loyaltyId = {}, const QVariantMap &extra = {})
    {
        const QString home = extra.value(u"home_location_id"_s).toString();
        std::optional<QVariantMap> store;
        if (!home.isEmpty())
            store = m_rows.get(*Entities::byName(u"location"_s), {{u"id"_s, home}});
        const PhoneNumbers::Number number
            = PhoneNumbers::parse(phone, store ? store->value(u"country"_s).toString() : QString());
        return put(u"customer"_s,
                   merged({{u"id"_s, id},
                           {u"first_name"_s, firstName},
                           {u"last_name"_s, lastName},
                           {u"email"_s, email},
                           {u"phone"_s, phone},
                           {u"phone_search"_s, number.searchForms.join(u' ')},
                           {u"phone_e164"_s, number.e164},
                           {u"loyalty_id"_s, loyaltyId},
                           {u"created_at"_s, referenceMs() - qint64(400) * 24 * 3600 * 1000},
                           {u"updated_at"_s, referenceMs()}},
                          extra));
    }

    bool event(const QString &id, const QString &customerId, const QString &kind,
               const QString &channel, qint64 occurredAt, const QString &sku = {},
               const QVariantMap &extra = {})
    {
        return put(u"event"_s,
                   merged({{u"id"_s, id},
                           {u"customer_id"_s, customerId},
                           {u"kind"_s, kind},
                           {u"channel"_s, channel},
                           {u"occurred_at"_s, occurredAt},
                           {u"sku"_s, sku}},
                          extra));
    }

    bool wishlistItem(const QString &customerId, const QString &sku, qint64 addedAt,
                      const QString &channel = u"web"_s)
    {
        return put(u"wishlist_item"_s,
                   {{u"customer_id"_s, customerId},
                    {u"sku"_s, sku},
                    {u"added_at"_s, addedAt},
                    {u"channel"_s, channel}});
    }

    bool cartLine(const QString &id, const QString &customerId, const QString &sku, int quantity,
                  qint64 addedAt, const QString &channel = u"web"_s)
    {
        return put(u"cart_line"_s,
                   {{u"id"_s, id},
                    {u"customer_id"_s, customerId},
                    {u"sku"_s, sku},
                    {u"quantity"_s, quantity},
                    {u"channel"_s, channel},
                    {u"added_at"_s, addedAt},
                    {u"updated_at"_s, addedAt}});
    }

    bool note(const QString &id, const QString &customerId, const QString &body, qint64 createdAt,
              const QString &authorName = u"Lucía Gómez"_s)
    {
        return put(u"note"_s,
                   {{u"id"_s, id},
                    {u"customer_id"_s, customerId},
                    {u"author_id"_s, u"staff-lucia"_s},
                    {u"author_name"_s, authorName},
                    {u"body"_s, body},
                    {u"created_at"_s, createdAt},
                    {u"updated_at"_s, createdAt}});
    }

    bool preference(const QString &customerId, const QString &key, const QString &value,
                    qint64 version = 1)
    {
        return put(u"preference"_s,
                   {{u"customer_id"_s, customerId},
                    {u"key"_s, key},
                    {u"value"_s, value},
                    {u"updated_at"_s, referenceMs()},
                    {u"version"_s, version}});
    }

    bool consent(const QString &customerId, const QString &kind, bool granted, qint64 changedAt,
                 const QString &channel = u"web"_s)
    {
        return put(u"consent"_s,
                   {{u"customer_id"_s, customerId},
                    {u"kind"_s, kind},
                    {u"granted"_s, granted ? 1 : 0},
                    {u"changed_at"_s, changedAt},
                    {u"channel"_s, channel}});
    }

    /** A staff member with a PIN hash as the server syncs it: Argon2id at the least cost (tests
        run fast), or with iterations a PBKDF2 hash from before Argon2id. */
    bool staff(const QString &id, const QString &locationId, const QString &staffNumber,
               const QString &displayName, const QString &pin, const QString &role = u"associate"_s,
               bool active = true, int iterations = 0)
    {
        const QString salt = iterations > 0 ? PinHash::newSalt() : QString();
        return put(u"staff"_s,
                   {{u"id"_s, id},
                    {u"location_id"_s, locationId},
                    {u"staff_number"_s, staffNumber},
                    {u"display_name"_s, displayName},
                    {u"role"_s, role},
                    {u"pin_salt"_s, salt},
                    {u"pin_hash"_s,
                     iterations > 0 ? PinHash::pbkdf2(pin, salt, iterations)
                                    : PinHash::hash(pin, PinHash::fastCostForTests)},
                    {u"pin_iterations"_s, iterations},
                    {u"active"_s, active ? 1 : 0}});
    }

private:
    static QVariantMap merged(QVariantMap row, const QVariantMap &extra)
    {
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            row.insert(it.key(), it.value());
        return row;
    }

    ClientRowStore m_rows;
};

} // namespace TestData
