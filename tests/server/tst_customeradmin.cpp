// SPDX-License-Identifier: MIT
// A manager's operations on one customer, on SQLite and PostgreSQL: merging two records of one
// person (everything moves, the other becomes a tombstone that redirects, chains resolve, bad
// input changes nothing), erasing a customer's personal data, exporting everything held on
// them, the consent history and the receipt queue's consent check, and the command line.
#include "customeradmin.h"
#include "serverfixture.h"

#include <QProcess>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace TestServer;

namespace {
const QString survivor = u"C00001"_s; // José Muñoz, Madrid
const QString merged = u"C00003"_s; // Ana García, Madrid: the same person typed twice
const QString barcelona = u"C00002"_s; // Laia Puig, Barcelona
constexpr qint64 at = 1760000000000LL;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class TestCustomerAdmin : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Instance> m_server;
    QString m_madrid; // a Madrid tablet
    QString m_barcelonaTablet;
    QHash<QString, qint64> m_lastMutation;

    QSqlDatabase db() { return m_server->database(); }
    QVariant value(const QString &sql, const QVariantList &values = {})
    {
        return Database::scalar(db(), sql, values);
    }
    qint64 number(const QString &sql, const QVariantList &values = {})
    {
        return value(sql, values).toLongLong();
    }
    qint64 feedVersion() { return number(u"SELECT version FROM sync_version WHERE id = 1"_s); }

    /** Pushes one mutation from a tablet; its outcome: "applied" or the code refusing it. */
    QString push(const QString &token, const QString &associate, const QString &name,
                 const QJsonObject &args, QString *message = nullptr)
    {
        const QString clientId = token == m_madrid ? u"tablet-mad"_s : u"tablet-bcn"_s;
        const QJsonObject mutation {{u"id"_s, ++m_lastMutation[clientId]},
                                    {u"name"_s, name},
                                    {u"args"_s, args},
                                    {u"associateId"_s, associate}};
        const Reply reply = Client(m_server->url())
                                .post(u"/v1/sync/push"_s,
                                      {{u"clientId"_s, clientId},
                                       {u"mutations"_s, QJsonArray {mutation}}},
                                      token);
        const QJsonObject result = reply.body.value(u"results"_s).toArray().at(0).toObject();
        if (message)
            *message = result.value(u"message"_s).toString();
        if (reply.status != 200)
            return u"http %1"_s.arg(reply.status);
        return result.value(u"status"_s).toString() == u"applied"_s
            ? u"applied"_s
            : result.value(u"code"_s).toString();
    }

    /** What both customers hold before a merge: something of every kind. */
    void seedBoth()
    {
        const QSqlDatabase base = db();
        QVERIFY(putRows(base, u"customer"_s,
                        {{{u"id"_s, survivor}, {u"loyalty_id"_s, QString()}, {u"tier"_s, u"silver"_s},
                          {u"points"_s, 100}, {u"lifetime_value_minor"_s, 50000},
                          {u"birth_date"_s, QString()}},
                         {{u"id"_s, merged}, {u"tier"_s, u"gold"_s}, {u"points"_s, 40},
                          {u"lifetime_value_minor"_s, 20000}, {u"birth_date"_s, u"1990-04-01"_s}}}));
        QVERIFY(putRows(base, u"order"_s,
                        {{{u"id"_s, u"O-M"_s}, {u"number"_s, u"MAD-1"_s},
                          {u"customer_id"_s, merged}, {u"channel"_s, u"web"_s},
                          {u"status"_s, u"delivered"_s}, {u"currency"_s, u"EUR"_s},
                          {u"total_minor"_s, 5995}, {u"created_at"_s, at},
                          {u"delivery_address"_s, u"Calle Mayor 1, Madrid"_s}}}));
        QVERIFY(putRows(base, u"order_line"_s,
                        {{{u"id"_s, u"O-M-1"_s}, {u"order_id"_s, u"O-M"_s}, {u"line_no"_s, 1},
                          {u"sku"_s, u"SKU-1-M"_s}, {u"quantity"_s, 1},
                          {u"unit_price_minor"_s, 5995}, {u"total_minor"_s, 5995}}}));
        QVERIFY(putRows(base, u"payment"_s,
                        {{{u"id"_s, u"P-M"_s}, {u"order_id"_s, u"O-M"_s}, {u"tender"_s, u"card"_s},
                          {u"amount_minor"_s, 5995}, {u"currency"_s, u"EUR"_s},
                          {u"status"_s, u"captured"_s}, {u"created_at"_s, at}}}));
        QVERIFY(putRows(base, u"refund"_s,
                        {{{u"id"_s, u"R-M"_s}, {u"order_id"_s, u"O-M"_s}, {u"tender"_s, u"card"_s},
                          {u"amount_minor"_s, 1000}, {u"currency"_s, u"EUR"_s},
                          {u"status"_s, u"done"_s}, {u"created_at"_s, at}}}));
        QVERIFY(putRows(base, u"event"_s,
                        {{{u"id"_s, u"E-M"_s}, {u"customer_id"_s, merged}, {u"kind"_s, u"viewed"_s},
                          {u"channel"_s, u"web"_s}, {u"occurred_at"_s, at}, {u"sku"_s, u"SKU-1-M"_s}}}));
        QVERIFY(putRows(base, u"note"_s,
                        {{{u"id"_s, u"N-M"_s}, {u"customer_id"_s, merged}, {u"body"_s, u"Likes wool"_s},
                          {u"created_at"_s, at}}}));
        QVERIFY(putRows(base, u"task"_s,
                        {{{u"id"_s, u"T-M"_s}, {u"customer_id"_s, merged}, {u"title"_s, u"Call back"_s},
                          {u"created_at"_s, at}}}));
        QVERIFY(putRows(base, u"address"_s,
                        {{{u"id"_s, u"A-M"_s}, {u"customer_id"_s, merged}, {u"line1"_s, u"Calle Mayor 1"_s},
                          {u"city"_s, u"Madrid"_s}}}));
        // Both wish for SKU-1-M; only the merged one for SKU-1-L.
        QVERIFY(putRows(base, u"wishlist_item"_s,
                        {{{u"customer_id"_s, survivor}, {u"sku"_s, u"SKU-1-M"_s}, {u"added_at"_s, at}},
                         {{u"customer_id"_s, merged}, {u"sku"_s, u"SKU-1-M"_s}, {u"added_at"_s, at}},
                         {{u"customer_id"_s, merged}, {u"sku"_s, u"SKU-1-L"_s}, {u"added_at"_s, at}}}));
        // Both have SKU-1-M in the cart (2 and 3): one line of 5.
        QVERIFY(putRows(base, u"cart_line"_s,
                        {{{u"id"_s, u"CL-S"_s}, {u"customer_id"_s, survivor}, {u"sku"_s, u"SKU-1-M"_s},
                          {u"quantity"_s, 2}, {u"added_at"_s, at}},
                         {{u"id"_s, u"CL-M"_s}, {u"customer_id"_s, merged}, {u"sku"_s, u"SKU-1-M"_s},
                          {u"quantity"_s, 3}, {u"added_at"_s, at}},
                         {{u"id"_s, u"CL-M2"_s}, {u"customer_id"_s, merged}, {u"sku"_s, u"SKU-1-L"_s},
                          {u"quantity"_s, 1}, {u"added_at"_s, at}}}));
        QVERIFY(putRows(base, u"preference"_s,
                        {{{u"customer_id"_s, survivor}, {u"key"_s, u"size.top"_s}, {u"value"_s, u"M"_s}},
                         {{u"customer_id"_s, merged}, {u"key"_s, u"size.top"_s}, {u"value"_s, u"L"_s}},
                         {{u"customer_id"_s, merged}, {u"key"_s, u"colours"_s}, {u"value"_s, u"navy"_s}}}));
        // Email: the merged one withdrew later than the survivor gave it. SMS: survivor newer.
        QVERIFY(putRows(base, u"consent"_s,
                        {{{u"customer_id"_s, survivor}, {u"kind"_s, u"email"_s}, {u"granted"_s, 1},
                          {u"changed_at"_s, at}},
                         {{u"customer_id"_s, merged}, {u"kind"_s, u"email"_s}, {u"granted"_s, 0},
                          {u"changed_at"_s, at + 1000}},
                         {{u"customer_id"_s, survivor}, {u"kind"_s, u"sms"_s}, {u"granted"_s, 1},
                          {u"changed_at"_s, at + 5000}},
                         {{u"customer_id"_s, merged}, {u"kind"_s, u"sms"_s}, {u"granted"_s, 0},
                          {u"changed_at"_s, at}}}));
        QVERIFY(putRows(base, u"consent_event"_s,
                        {{{u"id"_s, u"CE-M"_s}, {u"customer_id"_s, merged}, {u"kind"_s, u"email"_s},
                          {u"granted"_s, 0}, {u"changed_at"_s, at + 1000}}}));
        QVERIFY(Database::exec(base, u"INSERT INTO customer_links (source, external_id,"
                                     " customer_id, updated_at) VALUES ('web', 'acct-9', '%1', 1)"_s
                                         .arg(merged)));
    }

    /** A Madrid device's pull from the start: the rows it receives, by entity and key. */
    QHash<QString, QJsonObject> pulled(const QString &token)
    {
        QHash<QString, QJsonObject> rows;
        QString cursor;
        for (int page = 0; page < 50; ++page) {
            const Reply reply = Client(m_server->url())
                                    .post(u"/v1/sync/pull"_s,
                                          {{u"clientId"_s, token == m_madrid ? u"tablet-mad"_s
                                                                            : u"tablet-bcn"_s},
                                           {u"cursor"_s, cursor}},
                                          token);
            if (reply.status != 200)
                return rows;
            for (const QJsonValue &change : reply.body.value(u"changes"_s).toArray()) {
                const QJsonObject c = change.toObject();
                const QString entity = c.value(u"entity"_s).toString();
                const QJsonObject row = c.value(u"op"_s).toString() == u"put"_s
                    ? c.value(u"row"_s).toObject()
                    : QJsonObject {};
                const QJsonObject key = c.value(u"key"_s).toObject();
                const QString id = row.isEmpty() ? key.value(u"id"_s).toString()
                                                 : row.value(u"id"_s).toString();
                if (row.isEmpty())
                    rows.remove(entity + u':' + id);
                else
                    rows.insert(entity + u':' + id, row);
            }
            cursor = reply.body.value(u"cursor"_s).toString();
            if (!reply.body.value(u"hasMore"_s).toBool())
                break;
        }
        return rows;
    }

    int runCli(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(CLIENTELING_SERVER_EXE),
                      QStringList {u"--database"_s, m_server->config().database,
                                   u"--gift-card-key"_s, m_server->config().giftCardKeyFile}
                          + arguments);
        if (!process.waitForFinished(60000))
            return -1;
        if (out)
            *out = process.readAllStandardOutput();
        if (err)
            *err = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(u"clienteling.http.info=false\n"
                                         "clienteling.server.info=false\n"
                                         "clienteling.db.info=false"_s);
    }
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &backend : backends())
            QTest::newRow(qPrintable(backend)) << backend;
    }
    void init()
    {
        QVERIFY2(!postgresRequiredButMissing(), "CLIENTELING_REQUIRE_PG=1 but no PostgreSQL URL");
        QFETCH_GLOBAL(QString, backend);
        m_server = std::make_unique<Instance>();
        QVERIFY(m_server->start(backend));
        m_madrid = m_server->enrol(u"MAD"_s);
        m_barcelonaTablet = m_server->enrol(u"BCN"_s);
        QVERIFY(!m_madrid.isEmpty() && !m_barcelonaTablet.isEmpty());
        m_lastMutation.clear();
        // Managers of Madrid and Barcelona.
        QVERIFY(putRows(db(), u"staff"_s,
                        {{{u"id"_s, u"M1"_s},
                          {u"location_id"_s, u"MAD"_s},
                          {u"staff_number"_s, u"1002"_s},
                          {u"display_name"_s, u"Madrid manager"_s},
                          {u"role"_s, u"manager"_s}},
                         {{u"id"_s, u"M2"_s},
                          {u"location_id"_s, u"BCN"_s},
                          {u"staff_number"_s, u"2002"_s},
                          {u"display_name"_s, u"Barcelona manager"_s},
                          {u"role"_s, u"manager"_s}}}));
    }
    void cleanup()
    {
        if (m_server) {
            m_server->stop();
            m_server->dropDatabase();
            m_server.reset();
        }
    }

    void mergeMovesEverythingAndLeavesATombstone()
    {
        seedBoth();
        const MutationResult result = CustomerAdmin(db()).merge(survivor, merged, u"test"_s);
        QVERIFY2(result.applied, qPrintable(result.message));

        // Everything of the merged record is the survivor's now.
        for (const QString &table : {u"orders"_s, u"customer_events"_s, u"notes"_s, u"tasks"_s,
                                     u"addresses"_s, u"wishlist_items"_s, u"cart_lines"_s,
                                     u"customer_preferences"_s, u"consents"_s,
                                     u"consent_events"_s, u"customer_links"_s}) {
            QVERIFY2(number(u"SELECT COUNT(*) FROM %1 WHERE customer_id = ?"_s.arg(table),
                            {merged})
                         == 0,
                     qPrintable(table));
        }
        QCOMPARE(value(u"SELECT customer_id FROM orders WHERE id = 'O-M'"_s).toString(), survivor);
        QCOMPARE(value(u"SELECT customer_id FROM notes WHERE id = 'N-M'"_s).toString(), survivor);
        QCOMPARE(value(u"SELECT customer_id FROM customer_links WHERE external_id = 'acct-9'"_s)
                     .toString(),
                 survivor);
        // Wishlist without duplicates, cart quantities added up.
        QCOMPARE(number(u"SELECT COUNT(*) FROM wishlist_items WHERE customer_id = ?"_s, {survivor}),
                 2);
        QCOMPARE(number(u"SELECT quantity FROM cart_lines WHERE customer_id = ? AND"
                        " sku = 'SKU-1-M'"_s,
                        {survivor}),
                 5);
        QCOMPARE(number(u"SELECT COUNT(*) FROM cart_lines WHERE customer_id = ?"_s, {survivor}), 2);
        // Preferences: the survivor's where both have one. Consents: the newest per kind.
        QCOMPARE(value(u"SELECT value FROM customer_preferences WHERE customer_id = ? AND"
                       " key = 'size.top'"_s,
                       {survivor})
                     .toString(),
                 u"M"_s);
        QCOMPARE(value(u"SELECT value FROM customer_preferences WHERE customer_id = ? AND"
                       " key = 'colours'"_s,
                       {survivor})
                     .toString(),
                 u"navy"_s);
        QCOMPARE(number(u"SELECT granted FROM consents WHERE customer_id = ? AND kind = 'email'"_s,
                        {survivor}),
                 0);
        QCOMPARE(number(u"SELECT granted FROM consents WHERE customer_id = ? AND kind = 'sms'"_s,
                        {survivor}),
                 1);
        // Loyalty: the merged one's card (the survivor had none), points and value summed,
        // the higher tier; a detail only the other had is kept.
        const QVariantMap kept
            = Database::rows(db(), u"SELECT * FROM customers WHERE id = ?"_s, {survivor}).first();
        QCOMPARE(kept.value(u"loyalty_id"_s).toString(), u"4000000000003"_s);
        QCOMPARE(kept.value(u"points"_s).toLongLong(), 140);
        QCOMPARE(kept.value(u"lifetime_value_minor"_s).toLongLong(), 70000);
        QCOMPARE(kept.value(u"tier"_s).toString(), u"gold"_s);
        QCOMPARE(kept.value(u"birth_date"_s).toString(), u"1990-04-01"_s);
        QCOMPARE(kept.value(u"first_name"_s).toString(), u"José"_s);
        // The tombstone: nothing personal left, and where it went.
        const QVariantMap tombstone
            = Database::rows(db(), u"SELECT * FROM customers WHERE id = ?"_s, {merged}).first();
        QCOMPARE(tombstone.value(u"merged_into"_s).toString(), survivor);
        for (const QString &column : Mutators::customerPersonalColumns())
            QVERIFY2(tombstone.value(column).toString().isEmpty(), qPrintable(column));

        // A Madrid tablet receives the tombstone and the moved rows, order lines included.
        const QHash<QString, QJsonObject> rows = pulled(m_madrid);
        QCOMPARE(rows.value(u"customer:"_s + merged).value(u"merged_into"_s).toString(), survivor);
        QCOMPARE(rows.value(u"order:O-M"_s).value(u"customer_id"_s).toString(), survivor);
        QVERIFY(rows.contains(u"order_line:O-M-1"_s));
        QVERIFY(rows.contains(u"payment:P-M"_s));
        QCOMPARE(rows.value(u"note:N-M"_s).value(u"customer_id"_s).toString(), survivor);
        QVERIFY(!rows.contains(u"cart_line:CL-M"_s));
    }

    void mergedIdsResolveThroughChains()
    {
        QVERIFY(putRows(db(), u"customer"_s,
                        {{{u"id"_s, u"C00004"_s}, {u"first_name"_s, u"José"_s},
                          {u"last_name"_s, u"Muñoz"_s}, {u"home_location_id"_s, u"MAD"_s}}}));
        QVERIFY(CustomerAdmin(db()).merge(survivor, merged, u"test"_s).applied);
        QVERIFY(CustomerAdmin(db()).merge(u"C00004"_s, survivor, u"test"_s).applied);
        // A tablet that was offline through both merges: its note for the first record lands
        // on the last survivor, and so does an edit of the first record's details.
        const QString noteId = newId();
        QCOMPARE(push(m_madrid, u"S1"_s, u"note.add"_s,
                      {{u"id"_s, noteId}, {u"customerId"_s, merged}, {u"body"_s, u"Wants a size L"_s}}),
                 u"applied"_s);
        QCOMPARE(value(u"SELECT customer_id FROM notes WHERE id = ?"_s, {noteId}).toString(),
                 u"C00004"_s);
        QCOMPARE(push(m_madrid, u"S1"_s, u"customer.update"_s,
                      {{u"id"_s, merged}, {u"fields"_s, QJsonObject {{u"phone"_s, u"+34 699 00 11 22"_s}}}}),
                 u"applied"_s);
        QCOMPARE(value(u"SELECT phone FROM customers WHERE id = 'C00004'"_s).toString(),
                 u"+34 699 00 11 22"_s);
        QVERIFY(value(u"SELECT phone FROM customers WHERE id = ?"_s, {merged}).toString().isEmpty());
        RowStore rows(db());
        QCOMPARE(Mutators::resolveCustomer(rows, merged).id, u"C00004"_s);
    }

    void badMergesChangeNothing()
    {
        QVERIFY(CustomerAdmin(db()).merge(survivor, merged, u"test"_s).applied);
        QVERIFY(CustomerAdmin(db()).erase(barcelona, u"test"_s).applied);
        const qint64 before = feedVersion();
        struct Case
        {
            QString survivor;
            QString merged;
            QString code;
        };
        const QList<Case> cases = {
            {survivor, survivor, u"invalid"_s}, // into itself
            {merged, survivor, u"invalid"_s}, // into a tombstone
            {survivor, merged, u"invalid"_s}, // a tombstone again
            {survivor, barcelona, u"invalid"_s}, // an erased customer
            {barcelona, survivor, u"invalid"_s}, // into an erased customer
            {survivor, u"C99999"_s, u"not_found"_s},
            {u"C99999"_s, survivor, u"not_found"_s},
        };
        for (const Case &c : cases) {
            const MutationResult result = CustomerAdmin(db()).merge(c.survivor, c.merged, u"test"_s);
            QVERIFY2(!result.applied, qPrintable(c.survivor + u" <- "_s + c.merged));
            QCOMPARE(result.code, c.code);
            QVERIFY(!result.message.isEmpty());
        }
        QCOMPARE(feedVersion(), before);
    }

    void onlyAManagerOfBothCustomersMerges()
    {
        const QJsonObject args {{u"survivorId"_s, survivor}, {u"mergedId"_s, merged}};
        QString message;
        QCOMPARE(push(m_madrid, u"S1"_s, u"customer.merge"_s, args, &message), u"not_allowed"_s);
        QVERIFY2(message.contains(u"manager"_s), qPrintable(message));
        // Barcelona's manager, from Barcelona: not Madrid's customers.
        QCOMPARE(push(m_barcelonaTablet, u"M2"_s, u"customer.merge"_s, args), u"not_allowed"_s);
        // Madrid's manager cannot take a Barcelona customer into a Madrid one.
        QCOMPARE(push(m_madrid, u"M1"_s, u"customer.merge"_s,
                      {{u"survivorId"_s, survivor}, {u"mergedId"_s, barcelona}}),
                 u"not_allowed"_s);
        QCOMPARE(push(m_madrid, u"M1"_s, u"customer.merge"_s,
                      {{u"survivorId"_s, survivor}, {u"mergedId"_s, survivor}}),
                 u"invalid"_s);
        QCOMPARE(number(u"SELECT COUNT(*) FROM customers WHERE merged_into <> ''"_s), 0);
        QCOMPARE(push(m_madrid, u"M1"_s, u"customer.merge"_s, args), u"applied"_s);
        QCOMPARE(value(u"SELECT merged_into FROM customers WHERE id = ?"_s, {merged}).toString(),
                 survivor);
    }

    void erasureRemovesPersonalDataAndKeepsTheAccounts()
    {
        seedBoth();
        QVERIFY(Database::exec(db(), u"INSERT INTO outbound_emails (id, order_id, customer_id,"
                                     " to_address, kind, attachment, created_at) VALUES"
                                     " ('mail-1', 'O-M', '%1', 'ana@example.com', 'receipt',"
                                     " 'JVBERi0=', 1)"_s.arg(merged)));
        const MutationResult result = CustomerAdmin(db()).erase(merged, u"test"_s);
        QVERIFY2(result.applied, qPrintable(result.message));

        const QVariantMap row
            = Database::rows(db(), u"SELECT * FROM customers WHERE id = ?"_s, {merged}).first();
        QVERIFY(row.value(u"erased_at"_s).toLongLong() > 0);
        for (const QString &column : Mutators::customerPersonalColumns())
            QVERIFY2(row.value(column).toString().isEmpty(), qPrintable(column));
        for (const QString &table : {u"customer_preferences"_s, u"consents"_s, u"addresses"_s,
                                     u"notes"_s, u"wishlist_items"_s, u"cart_lines"_s,
                                     u"tasks"_s, u"customer_events"_s, u"customer_links"_s,
                                     u"outbound_emails"_s}) {
            QVERIFY2(number(u"SELECT COUNT(*) FROM %1 WHERE customer_id = ?"_s.arg(table), {merged})
                         == 0,
                     qPrintable(table));
        }
        // The accounts keep the sale and its money, without where it was delivered.
        QCOMPARE(number(u"SELECT total_minor FROM orders WHERE id = 'O-M'"_s), 5995);
        QVERIFY(value(u"SELECT delivery_address FROM orders WHERE id = 'O-M'"_s).toString().isEmpty());
        QCOMPARE(number(u"SELECT COUNT(*) FROM payments WHERE order_id = 'O-M'"_s), 1);
        QCOMPARE(number(u"SELECT COUNT(*) FROM refunds WHERE order_id = 'O-M'"_s), 1);
        // The proof of consent stays, without who recorded it.
        QCOMPARE(number(u"SELECT COUNT(*) FROM consent_events WHERE customer_id = ?"_s, {merged}), 1);
        QVERIFY(value(u"SELECT changed_by FROM consent_events WHERE customer_id = ?"_s, {merged})
                    .toString()
                    .isEmpty());
        // The survivor-to-be is untouched.
        QCOMPARE(value(u"SELECT first_name FROM customers WHERE id = ?"_s, {survivor}).toString(),
                 u"José"_s);

        // Madrid's tablets learn it: the row without identity, the rest deleted.
        const QHash<QString, QJsonObject> rows = pulled(m_madrid);
        QVERIFY(rows.value(u"customer:"_s + merged).value(u"erased_at"_s).toInteger() > 0);
        QVERIFY(rows.value(u"customer:"_s + merged).value(u"first_name"_s).toString().isEmpty());
        QVERIFY(!rows.contains(u"note:N-M"_s));

        // Twice: said so, nothing changes.
        const qint64 before = feedVersion();
        const MutationResult again = CustomerAdmin(db()).erase(merged, u"test"_s);
        QVERIFY(!again.applied);
        QCOMPARE(again.code, u"already_erased"_s);
        QVERIFY(again.message.contains(u"already erased"_s));
        QCOMPARE(feedVersion(), before);
        const MutationResult unknown = CustomerAdmin(db()).erase(u"C99999"_s, u"test"_s);
        QCOMPARE(unknown.code, u"not_found"_s);
        QCOMPARE(feedVersion(), before);

        // A tablet's later change about them is refused with a clear reason; a sale stays,
        // without them.
        QString message;
        QCOMPARE(push(m_madrid, u"S1"_s, u"note.add"_s,
                      {{u"id"_s, newId()}, {u"customerId"_s, merged}, {u"body"_s, u"Hello"_s}},
                      &message),
                 u"not_found"_s);
        QVERIFY2(message.contains(u"erased"_s), qPrintable(message));
        const QString orderId = newId();
        QCOMPARE(push(m_madrid, u"S1"_s, u"order.create"_s,
                      {{u"id"_s, orderId},
                       {u"number"_s, u"T-erased"_s},
                       {u"customerId"_s, merged},
                       {u"lines"_s,
                        QJsonArray {QJsonObject {{u"id"_s, QString(orderId + u"-1"_s)},
                                                 {u"sku"_s, u"SKU-1-M"_s},
                                                 {u"quantity"_s, 1},
                                                 {u"fulfilment"_s, u"carry_out"_s}}}}}),
                 u"applied"_s);
        QVERIFY(value(u"SELECT customer_id FROM orders WHERE id = ?"_s, {orderId})
                    .toString()
                    .isEmpty());
    }

    void erasingATombstoneNamesTheSurvivor()
    {
        QVERIFY(CustomerAdmin(db()).merge(survivor, merged, u"test"_s).applied);
        const MutationResult result = CustomerAdmin(db()).erase(merged, u"test"_s);
        QCOMPARE(result.code, u"invalid"_s);
        QVERIFY(result.message.contains(survivor));
    }

    void exportHoldsEverything()
    {
        seedBoth();
        Protocol::Error error;
        const auto exported = CustomerAdmin(db()).exportCustomer(merged, &error);
        QVERIFY2(exported, qPrintable(error.message));
        QCOMPARE(exported->value(u"customer"_s)[u"first_name"_s].toString(), u"Ana"_s);
        const QJsonArray orders = exported->value(u"orders"_s).toArray();
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.at(0)[u"lines"_s].toArray().size(), 1);
        QCOMPARE(orders.at(0)[u"payments"_s].toArray().size(), 1);
        QCOMPARE(orders.at(0)[u"refunds"_s].toArray().size(), 1);
        QCOMPARE(exported->value(u"notes"_s).toArray().at(0)[u"body"_s].toString(), u"Likes wool"_s);
        QCOMPARE(exported->value(u"customer_preferences"_s).toArray().size(), 2);
        QCOMPARE(exported->value(u"consents"_s).toArray().size(), 2);
        QCOMPARE(exported->value(u"consent_events"_s).toArray().size(), 1);
        QCOMPARE(exported->value(u"customer_links"_s).toArray().at(0)[u"external_id"_s].toString(),
                 u"acct-9"_s);
        for (const QString &key : {u"addresses"_s, u"customer_events"_s, u"tasks"_s,
                                   u"wishlist_items"_s, u"cart_lines"_s})
            QVERIFY2(!exported->value(key).toArray().isEmpty(), qPrintable(key));
        // Another customer's rows are not in it.
        QVERIFY(!QJsonDocument(*exported).toJson().contains("José"));

        QVERIFY(!CustomerAdmin(db()).exportCustomer(u"C99999"_s, &error));
        QCOMPARE(error.code, u"not_found"_s);
    }

    void consentHistoryIsKeptAndWithdrawalStopsQueuedReceipts()
    {
        const auto consent = [&](bool granted, qint64 when) {
            return push(m_madrid, u"S1"_s, u"customer.setConsent"_s,
                        {{u"customerId"_s, survivor},
                         {u"kind"_s, u"email"_s},
                         {u"granted"_s, granted},
                         {u"channel"_s, u"store"_s},
                         {u"at"_s, when}});
        };
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(consent(true, now - 60000), u"applied"_s);
        QVERIFY(Database::exec(db(), u"INSERT INTO outbound_emails (id, order_id, customer_id,"
                                     " to_address, kind, attachment, created_at) VALUES"
                                     " ('mail-1', 'O-1', '%1', 'c00001@example.com', 'receipt',"
                                     " 'JVBERi0=', 1)"_s.arg(survivor)));
        QCOMPARE(consent(false, now - 30000), u"applied"_s);
        // The same withdrawal re-sent (another mutation): the same event, once.
        QCOMPARE(consent(false, now - 30000), u"applied"_s);
        // An older change arriving late goes into the history, not in force.
        QCOMPARE(consent(true, now - 90000), u"applied"_s);
        QCOMPARE(number(u"SELECT COUNT(*) FROM consent_events WHERE customer_id = ?"_s, {survivor}),
                 3);
        QCOMPARE(number(u"SELECT granted FROM consents WHERE customer_id = ? AND kind = 'email'"_s,
                        {survivor}),
                 0);
        QCOMPARE(value(u"SELECT changed_by FROM consent_events WHERE customer_id = ? AND"
                       " changed_at = ?"_s,
                       {survivor, now - 30000})
                     .toString(),
                 u"S1"_s);
        // The receipt queued while consent was given is not sent now it is withdrawn.
        QCOMPARE(value(u"SELECT status FROM outbound_emails WHERE id = 'mail-1'"_s).toString(),
                 u"withdrawn"_s);
        QVERIFY(value(u"SELECT attachment FROM outbound_emails WHERE id = 'mail-1'"_s)
                    .toString()
                    .isEmpty());
        // The history reaches the tablets of the customer's store.
        int events = 0;
        const QHash<QString, QJsonObject> rows = pulled(m_madrid);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            events += it.key().startsWith(u"consent_event:"_s) ? 1 : 0;
        QCOMPARE(events, 3);
    }

    void commandLine()
    {
        seedBoth();
        QByteArray out;
        QByteArray err;
        // Export: to a file, and an unknown id.
        const QString file = QDir::temp().filePath(u"export-%1.json"_s.arg(newId()));
        QCOMPARE(runCli({u"--export-customer"_s, merged, u"--output"_s, file}, &out, &err), 0);
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(exported.readAll()).object();
        exported.close();
        QFile::remove(file);
        QCOMPARE(json.value(u"customer"_s)[u"id"_s].toString(), merged);
        QCOMPARE(runCli({u"--export-customer"_s, u"C99999"_s}, &out, &err), 2);
        QVERIFY2(err.contains("does not exist"), err.constData());
        QCOMPARE(runCli({u"--export-customer"_s, survivor}, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(u"customer"_s)[u"id"_s].toString(),
                 survivor);
        // Merge: two ids, once.
        QCOMPARE(runCli({u"--merge-customers"_s, survivor}, &out, &err), 2);
        QCOMPARE(runCli({u"--merge-customers"_s, survivor, merged}, &out, &err), 0);
        QVERIFY2(out.contains("merged"), out.constData());
        QCOMPARE(value(u"SELECT merged_into FROM customers WHERE id = ?"_s, {merged}).toString(),
                 survivor);
        QCOMPARE(runCli({u"--merge-customers"_s, survivor, merged}, &out, &err), 2);
        QVERIFY2(err.contains("already merged"), err.constData());
        // Erase: once, then "already erased", and an unknown id.
        QCOMPARE(runCli({u"--erase-customer"_s, barcelona}, &out, &err), 0);
        QVERIFY(number(u"SELECT erased_at FROM customers WHERE id = ?"_s, {barcelona}) > 0);
        QCOMPARE(runCli({u"--erase-customer"_s, barcelona}, &out, &err), 1);
        QVERIFY2(err.contains("already erased"), err.constData());
        QCOMPARE(runCli({u"--erase-customer"_s, u"C99999"_s}, &out, &err), 2);
        QVERIFY2(err.contains("does not exist"), err.constData());
    }
};

QTEST_MAIN(TestCustomerAdmin)
#include "tst_customeradmin.moc"
