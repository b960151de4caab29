// SPDX-License-Identifier: MIT
// Who may change what through the central service, over real HTTP on SQLite and PostgreSQL. Each
// attack below was first run with curl against a Madrid tablet, a Barcelona tablet, a Madrid
// kiosk and an integration token; here it is repeated so it stays refused.
#include "clock.h"
#include "discounts.h"
#include "giftcardkey.h"
#include "pinhash.h"
#include "stockfixture.h"

#include <QProcess>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace TestServer;
using namespace StockTest;

namespace {
const QString sku = u"SKU-1-M"_s;
constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 dayMs = 24 * 60 * minuteMs;
const QString cardNumber = u"6039000000000001"_s; // a gift card holding 100.00 €

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class TestAuthorization : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Instance> m_server;
    QString m_madrid; // a Madrid associate tablet (S1 signed in)
    QString m_barcelona; // a Barcelona associate tablet (S2 signed in)
    QString m_kiosk; // a customer-facing kiosk in Madrid
    QHash<QString, qint64> m_lastMutation; // by client id

    QString clientOf(const QString &token) const
    {
        return token == m_madrid   ? u"tablet-mad-1"_s
            : token == m_barcelona ? u"tablet-bcn-1"_s
                                   : u"kiosk-mad-1"_s;
    }
    /** Pushes one mutation as the tablet's own client; the associate defaults to the one
        signed in on that tablet (none on the kiosk). */
    Reply push(const QString &token, const QString &name, const QJsonObject &args,
               const QString &associate = u"default"_s, QString clientId = {})
    {
        if (clientId.isEmpty())
            clientId = clientOf(token);
        const QString who = associate != u"default"_s ? associate
            : token == m_madrid                       ? u"S1"_s
            : token == m_barcelona                    ? u"S2"_s
                                                      : QString();
        QJsonObject m {{u"id"_s, ++m_lastMutation[clientId]}, {u"name"_s, name}, {u"args"_s, args}};
        if (!who.isEmpty())
            m.insert(u"associateId"_s, who);
        return Client(m_server->url())
            .post(u"/v1/sync/push"_s, {{u"clientId"_s, clientId}, {u"mutations"_s, QJsonArray {m}}},
                  token);
    }
    /** The outcome of one mutation: "applied" or the code it was refused with. */
    QString as(const QString &token, const QString &name, const QJsonObject &args,
               const QString &associate = u"default"_s)
    {
        const Reply reply = push(token, name, args, associate);
        const QString result = outcome(reply);
        if (result != u"applied"_s)
            qDebug().noquote()
                << name << result
                << reply.body.value(u"results"_s).toArray().at(0)[u"message"_s].toString();
        return result;
    }
    QVariant value(const QString &sql, const QVariantList &values = {})
    {
        return Database::scalar(m_server->database(), sql, values);
    }
    qint64 number(const QString &sql, const QVariantList &values = {})
    {
        return value(sql, values).toLongLong();
    }

    /** An order of one SKU-1-M taken away now; its id. */
    QString carryOut(const QString &token, const QString &customer)
    {
        const QString id = newId();
        QJsonObject order {{u"id"_s, id},
                           {u"number"_s, QString(u"T-"_s + id.left(8))},
                           {u"lines"_s,
                            QJsonArray {QJsonObject {{u"id"_s, QString(id + u"-1"_s)},
                                                     {u"sku"_s, sku},
                                                     {u"quantity"_s, 1},
                                                     {u"fulfilment"_s, u"carry_out"_s}}}}};
        if (!customer.isEmpty())
            order.insert(u"customerId"_s, customer);
        return as(token, u"order.create"_s, order) == u"applied"_s ? id : QString();
    }
    QJsonObject payment(const QString &orderId, const QString &tender, qint64 amount,
                        const QString &id = newId())
    {
        QJsonObject args {{u"id"_s, id},
                          {u"orderId"_s, orderId},
                          {u"tender"_s, tender},
                          {u"amountMinor"_s, amount},
                          {u"currency"_s, u"EUR"_s}};
        if (tender == u"card"_s)
            args.insert(u"terminalReference"_s, QString(u"SIM-"_s + id.left(8)));
        if (tender == u"gift_card"_s)
            args.insert(u"giftCardId"_s, m_server->giftCardId(cardNumber));
        return args;
    }
    QJsonObject refund(const QString &orderId, const QString &tender, qint64 amount,
                       const QString &giftCardId = {})
    {
        QJsonObject args {{u"id"_s, newId()},        {u"orderId"_s, orderId},
                          {u"tender"_s, tender},     {u"amountMinor"_s, amount},
                          {u"currency"_s, u"EUR"_s}, {u"reason"_s, u"returned in store"_s},
                          {u"lines"_s, QJsonArray()}};
        if (!giftCardId.isEmpty())
            args.insert(u"giftCardId"_s, giftCardId);
        return args;
    }
    /** A new gift card for a refund, issued as the returns screen does; its id. */
    QString issueCard(const QString &token, const QString &number)
    {
        const QString id = m_server->giftCardId(number);
        return as(token, u"giftcard.issue"_s,
                  {{u"id"_s, id}, {u"last4"_s, number.right(4)}, {u"currency"_s, u"EUR"_s}})
                == u"applied"_s
            ? id
            : QString();
    }
    qint64 balance(const QString &cardId)
    {
        return number(u"SELECT balance_minor FROM gift_cards WHERE id = ?"_s, {cardId});
    }
    /** Counts and sums that any money or personal change would move. */
    QStringList moneyAndPeople()
    {
        QStringList state;
        for (const QString &sql :
             {u"SELECT COUNT(*) FROM payments"_s, u"SELECT COUNT(*) FROM refunds"_s,
              u"SELECT COUNT(*) FROM gift_cards"_s, u"SELECT COUNT(*) FROM cash_counts"_s,
              u"SELECT COUNT(*) FROM notes"_s, u"SELECT COUNT(*) FROM consents"_s,
              u"SELECT COALESCE(SUM(balance_minor), 0) FROM gift_cards"_s,
              u"SELECT COALESCE(SUM(points), 0) FROM customers"_s,
              u"SELECT COUNT(*) FROM orders WHERE payment_status <> 'unpaid'"_s})
            state << sql + u" = "_s + QString::number(number(sql));
        return state;
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
        m_barcelona = m_server->enrol(u"BCN"_s);
        m_kiosk = m_server->enrol(u"MAD"_s, u"kiosk"_s);
        QVERIFY(!m_madrid.isEmpty() && !m_barcelona.isEmpty() && !m_kiosk.isEmpty());
        m_lastMutation.clear();
        const QSqlDatabase db = m_server->database();
        QVERIFY(seedDeliveryOptions(db));
        // Madrid's manager, and an associate who has left.
        QVERIFY(putRows(db, u"staff"_s,
                        {{{u"id"_s, u"S3"_s},
                          {u"location_id"_s, u"MAD"_s},
                          {u"staff_number"_s, u"1002"_s},
                          {u"display_name"_s, u"Manager"_s},
                          {u"role"_s, u"manager"_s}},
                         {{u"id"_s, u"S4"_s},
                          {u"location_id"_s, u"MAD"_s},
                          {u"staff_number"_s, u"1003"_s},
                          {u"display_name"_s, u"Gone"_s},
                          {u"role"_s, u"associate"_s},
                          {u"active"_s, 0}}}));
        QVERIFY(putRows(db, u"gift_card"_s,
                        {{{u"id"_s, m_server->giftCardId(cardNumber)},
                          {u"last4"_s, u"0001"_s},
                          {u"balance_minor"_s, 10000},
                          {u"currency"_s, u"EUR"_s},
                          {u"status"_s, u"active"_s}}}));
    }
    void cleanup()
    {
        if (m_server) {
            m_server->stop();
            m_server->dropDatabase();
            m_server.reset();
        }
    }

    // 7. A kiosk can move money.
    void kioskChangesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("associate");
        for (const char *name : {"payment.record", "giftcard.issue", "refund.record",
                                 "cash.closeSession", "note.add", "customer.setConsent"}) {
            QTest::addRow("%s without an associate", name)
                << QString::fromLatin1(name) << QString();
            QTest::addRow("%s as a Madrid associate", name) << QString::fromLatin1(name) << u"S1"_s;
            QTest::addRow("%s as the Madrid manager", name) << QString::fromLatin1(name) << u"S3"_s;
        }
    }
    void kioskChangesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, associate);
        const QString order = carryOut(m_madrid, u"C00001"_s);
        QVERIFY(!order.isEmpty());
        const QString newCard = m_server->giftCardId(u"6039000000000099"_s);
        QJsonObject args;
        if (name == u"payment.record"_s)
            args = payment(order, u"gift_card"_s, 5995);
        else if (name == u"giftcard.issue"_s)
            args = {{u"id"_s, newCard}, {u"last4"_s, u"0099"_s}, {u"currency"_s, u"EUR"_s}};
        else if (name == u"refund.record"_s)
            args = refund(order, u"gift_card"_s, 7995, m_server->giftCardId(cardNumber));
        else if (name == u"cash.closeSession"_s)
            args = {{u"id"_s, newId()},
                    {u"currency"_s, u"EUR"_s},
                    {u"openedAt"_s, Clock::nowMs() - 3600000},
                    {u"openingMinor"_s, 10000},
                    {u"expectedMinor"_s, 10000},
                    {u"countedMinor"_s, 0}};
        else if (name == u"note.add"_s)
            args = {{u"id"_s, newId()}, {u"customerId"_s, u"C00001"_s}, {u"body"_s, u"Hi"_s}};
        else
            args = {{u"customerId"_s, u"C00001"_s},
                    {u"kind"_s, u"marketing"_s},
                    {u"granted"_s, true},
                    {u"channel"_s, u"store"_s}};
        const QStringList before = moneyAndPeople();
        const Reply reply = push(m_kiosk, name, args, associate);
        QCOMPARE(outcome(reply), u"not_allowed"_s);
        QVERIFY(!reply.body[u"results"_s][0][u"message"_s].toString().isEmpty());
        QCOMPARE(moneyAndPeople(), before);
        QCOMPARE(balance(m_server->giftCardId(cardNumber)), 10000);
        // The refusal is a decision: the kiosk's queue moves on.
        QCOMPARE(reply.body[u"lastMutationId"_s].toInteger(), 1);
    }

    void everyChangeNeedsAnAssociateOfTheStore_data()
    {
        QTest::addColumn<QString>("associate");
        QTest::newRow("none") << QString();
        QTest::newRow("of another store") << u"S2"_s;
        QTest::newRow("who has left") << u"S4"_s;
        QTest::newRow("unknown") << u"S999"_s;
    }
    void everyChangeNeedsAnAssociateOfTheStore()
    {
        QFETCH(QString, associate);
        QCOMPARE(as(m_madrid, u"note.add"_s,
                    {{u"id"_s, newId()}, {u"customerId"_s, u"C00001"_s}, {u"body"_s, u"Hi"_s}},
                    associate),
                 u"not_allowed"_s);
        QCOMPARE(number(u"SELECT COUNT(*) FROM notes"_s), 0);
        // The manager may, like any active associate of the store.
        QCOMPARE(as(m_madrid, u"note.add"_s,
                    {{u"id"_s, newId()}, {u"customerId"_s, u"C00001"_s}, {u"body"_s, u"Hi"_s}},
                    u"S3"_s),
                 u"applied"_s);
    }

    // Issue 19, 1: a card's id could be reversed to its number (the unkeyed SHA-256 of 12
    // unknown digits). Ids are now keyed with a secret only the service holds.
    void giftCardIdsNeedTheServiceKey()
    {
        const QString stored = m_server->giftCardId(cardNumber);
        QCOMPARE(value(u"SELECT id FROM gift_cards WHERE last4 = '0001'"_s).toString(), stored);
        const QString plain = QString::fromLatin1(
            QCryptographicHash::hash(cardNumber.toLatin1(), QCryptographicHash::Sha256).toHex());
        QVERIFY(stored != plain);
        // Another key, another id: without the key a search over numbers finds nothing.
        const auto other = GiftCardKey::fromBytes(QByteArray(32, 'k'));
        QVERIFY(other);
        QVERIFY(other->idFor(cardNumber) != stored);
        QCOMPARE(m_server->giftCardKey()->idFor(u"6039 0000 0000 0001"_s), stored);
        // The key is not in the database (a backup of it holds ids and a check value only).
        const QByteArray key = QFile(m_server->config().giftCardKeyFile).exists()
            ? [this] {
                  QFile file(m_server->config().giftCardKeyFile);
                  file.open(QIODevice::ReadOnly);
                  return file.readAll().trimmed();
              }()
            : QByteArray();
        QCOMPARE(key.size(), 64);
        QCOMPARE(number(u"SELECT COUNT(*) FROM server_meta WHERE value LIKE ?"_s,
                        {QString(u'%' + QString::fromLatin1(key) + u'%')}),
                 0);

        // A tablet finds the card by the number typed, and gets the id to pay with.
        Client client(m_server->url());
        Reply found = client.post(u"/v1/giftcards/lookup"_s, {{u"number"_s, cardNumber}}, m_madrid);
        QCOMPARE(found.status, 200);
        QCOMPARE(found.body[u"id"_s].toString(), stored);
        QCOMPARE(found.body[u"balanceMinor"_s].toInteger(), 10000);
        QCOMPARE(found.body[u"last4"_s].toString(), u"0001"_s);
        QCOMPARE(client.post(u"/v1/giftcards/lookup"_s, {{u"number"_s, u"6039000000000002"_s}},
                             m_madrid)
                     .status,
                 404);
        QCOMPARE(client.post(u"/v1/giftcards/lookup"_s, {{u"number"_s, u"60"_s}}, m_madrid).status,
                 400);
        const QJsonObject typed {{u"number"_s, cardNumber}};
        QCOMPARE(client.post(u"/v1/giftcards/lookup"_s, typed, m_kiosk).status, 403);
        QCOMPARE(client.post(u"/v1/giftcards/lookup"_s, typed).status, 401);

        // A new card's number comes from the service, with its id.
        const Reply fresh = client.post(u"/v1/giftcards/new"_s, {}, m_madrid);
        QCOMPARE(fresh.status, 200);
        const QString newNumber = fresh.body[u"number"_s].toString();
        QVERIFY2(QRegularExpression(u"^6039[0-9]{12}$"_s).match(newNumber).hasMatch(),
                 qPrintable(newNumber));
        QCOMPARE(fresh.body[u"id"_s].toString(), m_server->giftCardId(newNumber));
        QCOMPARE(fresh.body[u"last4"_s].toString(), newNumber.right(4));
        QCOMPARE(number(u"SELECT COUNT(*) FROM gift_cards"_s), 1); // nothing written yet
        QCOMPARE(client.post(u"/v1/giftcards/new"_s, {}, m_kiosk).status, 403);
    }

    // Cards stored under the plain SHA-256 before the key (service migration 9 lists them)
    // are re-keyed when the service starts, with the payments naming them; a payment queued on
    // a tablet before, naming the old id, still pays from the card.
    void legacyGiftCardsRekeyed()
    {
        const QString old = u"6039000000000077"_s;
        const QString plain = QString::fromLatin1(
            QCryptographicHash::hash(old.toLatin1(), QCryptographicHash::Sha256).toHex());
        const QString order = carryOut(m_madrid, QString());
        QVERIFY(!order.isEmpty());
        const QSqlDatabase db = m_server->database();
        QVERIFY(putRows(db, u"gift_card"_s,
                        {{{u"id"_s, plain},
                          {u"last4"_s, u"0077"_s},
                          {u"balance_minor"_s, 5000},
                          {u"currency"_s, u"EUR"_s},
                          {u"status"_s, u"active"_s}}}));
        QVERIFY(Database::exec(
            db, u"INSERT INTO gift_card_legacy_ids (id) VALUES ('%1')"_s.arg(plain)));
        QJsonObject paid = payment(order, u"gift_card"_s, 1000);
        paid.insert(u"giftCardId"_s, plain);
        QCOMPARE(as(m_madrid, u"payment.record"_s, paid), u"applied"_s);
        // Queued before the upgrade, sent after it.
        QJsonObject queued = payment(order, u"gift_card"_s, 500);
        queued.insert(u"giftCardId"_s, plain);

        m_server->stop();
        QVERIFY(m_server->listen());
        const QString keyed = m_server->giftCardId(old);
        QCOMPARE(number(u"SELECT COUNT(*) FROM gift_cards WHERE id = ?"_s, {plain}), 0);
        QCOMPARE(balance(keyed), 4000);
        QCOMPARE(number(u"SELECT COUNT(*) FROM payments WHERE gift_card_id = ?"_s, {plain}), 0);
        QCOMPARE(number(u"SELECT COUNT(*) FROM payments WHERE gift_card_id = ?"_s, {keyed}), 1);
        QCOMPARE(number(u"SELECT COUNT(*) FROM gift_card_legacy_ids"_s), 0);
        QCOMPARE(as(m_madrid, u"payment.record"_s, queued), u"applied"_s);
        QCOMPARE(balance(keyed), 3500);
        QCOMPARE(number(u"SELECT COUNT(*) FROM payments WHERE gift_card_id = ?"_s, {keyed}), 2);
        const Reply found = Client(m_server->url())
                                .post(u"/v1/giftcards/lookup"_s, {{u"number"_s, old}}, m_madrid);
        QCOMPARE(found.body[u"balanceMinor"_s].toInteger(), 3500);
    }

    // Issue 19, 2: a PBKDF2 PIN hash is replaced by Argon2id at its staff member's next
    // sign-in; only they may send it, from a device of their store, and only over PBKDF2.
    void pinHashReplacedOnlyByItsStaffMember()
    {
        const QString salt = PinHash::newSalt();
        QVERIFY(putRows(m_server->database(), u"staff"_s,
                        {{{u"id"_s, u"S5"_s},
                          {u"location_id"_s, u"MAD"_s},
                          {u"staff_number"_s, u"1005"_s},
                          {u"display_name"_s, u"Pilar"_s},
                          {u"role"_s, u"associate"_s},
                          {u"pin_salt"_s, salt},
                          {u"pin_hash"_s, PinHash::pbkdf2(u"2468"_s, salt, 1000)},
                          {u"pin_iterations"_s, 1000}}}));
        const auto stored = [this] {
            return value(u"SELECT pin_hash FROM staff WHERE id = 'S5'"_s).toString();
        };
        const QString old = stored();
        const QJsonObject args {{u"staffId"_s, u"S5"_s},
                                {u"pinHash"_s, PinHash::hash(u"2468"_s,
                                                             PinHash::fastCostForTests)}};
        QCOMPARE(as(m_madrid, u"staff.rehashPin"_s, args, u"S1"_s), u"not_allowed"_s);
        QCOMPARE(as(m_barcelona, u"staff.rehashPin"_s, args, u"S5"_s), u"not_allowed"_s);
        QCOMPARE(as(m_kiosk, u"staff.rehashPin"_s, args, u"S5"_s), u"not_allowed"_s);
        QJsonObject notArgon = args;
        notArgon.insert(u"pinHash"_s, PinHash::pbkdf2(u"0000"_s, salt, 1000));
        QCOMPARE(as(m_madrid, u"staff.rehashPin"_s, notArgon, u"S5"_s), u"invalid"_s);
        QCOMPARE(stored(), old);
        QCOMPARE(as(m_madrid, u"staff.rehashPin"_s, args, u"S5"_s), u"applied"_s);
        QCOMPARE(stored(), args.value(u"pinHash"_s).toString());
        QVERIFY(PinHash::verify(u"2468"_s, {}, 0, stored()));
        // Once Argon2id, it is not replaced again: this is no way to change a PIN.
        QJsonObject other = args;
        other.insert(u"pinHash"_s, PinHash::hash(u"9999"_s, PinHash::fastCostForTests));
        QCOMPARE(as(m_madrid, u"staff.rehashPin"_s, other, u"S5"_s), u"applied"_s);
        QVERIFY(PinHash::verify(u"2468"_s, {}, 0, stored()));
    }

    // The key file lost or swapped: the service refuses it rather than making every card
    // unfindable with a new key.
    void wrongGiftCardKeyRefused()
    {
        m_server->stop();
        const QString path = m_server->config().giftCardKeyFile;
        QString error;
        const auto db = m_server->database();
        QVERIFY(QFile::rename(path, path + u".away"_s));
        QVERIFY(!GiftCardKey::open(path, db, &error));
        QVERIFY2(error.contains(u"missing"_s) && error.contains(u"restore"_s), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QFile other(path);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(QByteArray(32, 'x').toHex());
        other.close();
        QVERIFY(!GiftCardKey::open(path, db, &error));
        QVERIFY2(error.contains(u"not the one"_s), qPrintable(error));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::rename(path + u".away"_s, path));
        QVERIFY(GiftCardKey::open(path, db, &error));
    }

    // 8. Refunds of orders never paid.
    void refundsNeverExceedWhatWasPaid()
    {
        const QString unpaid = carryOut(m_madrid, u"C00001"_s);
        QVERIFY(!unpaid.isEmpty());
        const QString card1 = issueCard(m_madrid, u"6039000000000011"_s);
        QVERIFY(!card1.isEmpty());
        // Nothing was paid: nothing can be refunded, however often it is tried.
        for (int i = 0; i < 2; ++i)
            QCOMPARE(as(m_madrid, u"refund.record"_s, refund(unpaid, u"gift_card"_s, 5995, card1)),
                     u"invalid"_s);
        QCOMPARE(balance(card1), 0);
        QCOMPARE(number(u"SELECT COUNT(*) FROM refunds"_s), 0);

        // Paid by card: the card gets part back, a gift card the rest, and no more.
        QCOMPARE(as(m_madrid, u"payment.record"_s, payment(unpaid, u"card"_s, 5995)), u"applied"_s);
        QCOMPARE(as(m_madrid, u"refund.record"_s, refund(unpaid, u"card"_s, 2000)), u"applied"_s);
        QCOMPARE(as(m_madrid, u"refund.record"_s, refund(unpaid, u"gift_card"_s, 4000, card1)),
                 u"invalid"_s);
        QCOMPARE(as(m_madrid, u"refund.record"_s, refund(unpaid, u"gift_card"_s, 3995, card1)),
                 u"applied"_s);
        QCOMPARE(balance(card1), 3995);
        QCOMPARE(as(m_madrid, u"refund.record"_s, refund(unpaid, u"cash"_s, 1)), u"invalid"_s);

        // Paid in cash and by gift card: nothing goes back to a card that never paid.
        const QString split = carryOut(m_madrid, QString());
        QCOMPARE(as(m_madrid, u"payment.record"_s, payment(split, u"cash"_s, 3000)), u"applied"_s);
        QCOMPARE(as(m_madrid, u"payment.record"_s, payment(split, u"gift_card"_s, 2995)),
                 u"applied"_s);
        QCOMPARE(as(m_madrid, u"refund.record"_s, refund(split, u"card"_s, 100)), u"invalid"_s);
        QJsonObject dollars = refund(split, u"cash"_s, 3000);
        dollars.insert(u"currency"_s, u"USD"_s);
        QCOMPARE(as(m_madrid, u"refund.record"_s, dollars), u"invalid"_s);
        QCOMPARE(as(m_madrid, u"refund.record"_s, refund(split, u"cash"_s, 3000)), u"applied"_s);
        QCOMPARE(as(m_madrid, u"refund.record"_s,
                    refund(split, u"gift_card"_s, 2995, m_server->giftCardId(cardNumber))),
                 u"applied"_s);
        QCOMPARE(balance(m_server->giftCardId(cardNumber)), 10000);

        // A web order was paid to the web shop: it may be refunded to a card in store.
        const QString integration = m_server->enrol({}, u"integration"_s);
        const Reply web
            = Client(m_server->url())
                  .post(u"/v1/ingest/orders"_s,
                        {{u"source"_s, u"web"_s},
                         {u"externalId"_s, u"WEB-1"_s},
                         {u"currency"_s, u"EUR"_s},
                         {u"customer"_s, QJsonObject {{u"id"_s, u"C00001"_s}}},
                         {u"lines"_s,
                          QJsonArray {QJsonObject {
                              {u"sku"_s, sku}, {u"quantity"_s, 1}, {u"unitPriceMinor"_s, 5995}}}}},
                        integration);
        QCOMPARE(web.status, 201);
        const QString webOrder = web.body[u"orderId"_s].toString();
        QCOMPARE(as(m_madrid, u"refund.record"_s, refund(webOrder, u"card"_s, 5995)), u"applied"_s);
        QCOMPARE(as(m_madrid, u"refund.record"_s, refund(webOrder, u"card"_s, 1)), u"invalid"_s);
    }

    // 9. Another store's orders, payments and stock can be changed.
    void anotherStoresRowsAreOutOfReach()
    {
        // Barcelona's own business: an order paid by card, an unpaid one, an anonymous one
        // waiting for stock, and a hold at the warehouse.
        const QString paidOrder = carryOut(m_barcelona, u"C00002"_s);
        const QString paymentId = newId();
        QCOMPARE(
            as(m_barcelona, u"payment.record"_s, payment(paidOrder, u"card"_s, 5995, paymentId)),
            u"applied"_s);
        const QString unpaidOrder = carryOut(m_barcelona, u"C00002"_s);
        QVERIFY(!unpaidOrder.isEmpty());
        const QString waiting = newId();
        QCOMPARE(
            as(m_barcelona, u"order.create"_s,
               {{u"id"_s, waiting},
                {u"number"_s, u"B-2"_s},
                {u"lines"_s,
                 QJsonArray {QJsonObject {{u"id"_s, QString(waiting + u"-1"_s)},
                                          {u"sku"_s, sku},
                                          {u"quantity"_s, 5},
                                          {u"fulfilment"_s, u"ship_from_store"_s},
                                          {u"sourceLocationId"_s, u"BCN"_s}}}},
                {u"delivery"_s,
                 QJsonObject {{u"address"_s, madridAddress()}, {u"optionId"_s, u"ES-STD"_s}}}}),
            u"applied"_s);
        QCOMPARE(value(u"SELECT status FROM order_lines WHERE order_id = ?"_s, {waiting}),
                 QVariant(u"unallocated"_s));
        const QString hold = newId();
        QCOMPARE(as(m_barcelona, u"reservation.create"_s,
                    {{u"id"_s, hold},
                     {u"sku"_s, sku},
                     {u"locationId"_s, u"WH1"_s},
                     {u"customerId"_s, u"C00002"_s},
                     {u"quantity"_s, 1}}),
                 u"applied"_s);
        const qint64 pointsBefore = number(u"SELECT points FROM customers WHERE id = 'C00002'"_s);

        // From Madrid, none of it can be touched.
        QCOMPARE(as(m_madrid, u"payment.record"_s, payment(unpaidOrder, u"card"_s, 5995)),
                 u"not_allowed"_s);
        QCOMPARE(value(u"SELECT payment_status FROM orders WHERE id = ?"_s, {unpaidOrder}),
                 QVariant(u"unpaid"_s));
        QCOMPARE(number(u"SELECT points FROM customers WHERE id = 'C00002'"_s), pointsBefore);
        QCOMPARE(as(m_madrid, u"reservation.cancel"_s, {{u"id"_s, hold}}), u"not_allowed"_s);
        QCOMPARE(value(u"SELECT status FROM reservations WHERE id = ?"_s, {hold}),
                 QVariant(u"active"_s));
        QCOMPARE(stockAt(m_server->database(), sku, u"WH1"_s).reserved, 1);
        QCOMPARE(as(m_madrid, u"order.reallocate"_s,
                    {{u"orderId"_s, waiting},
                     {u"lineId"_s, QString(waiting + u"-1"_s)},
                     {u"cancel"_s, true}}),
                 u"not_allowed"_s);
        QCOMPARE(value(u"SELECT status FROM order_lines WHERE order_id = ?"_s, {waiting}),
                 QVariant(u"unallocated"_s));
        QCOMPARE(as(m_madrid, u"refund.record"_s, refund(waiting, u"cash"_s, 100)),
                 u"not_allowed"_s);
        QCOMPARE(as(m_madrid, u"refund.record"_s, refund(paidOrder, u"card"_s, 100)),
                 u"not_allowed"_s);
        QCOMPARE(number(u"SELECT COUNT(*) FROM refunds"_s), 0);

        // Madrid's own order may not take Barcelona's ids, its customer's hold, or money in
        // another currency.
        const QString ours = carryOut(m_madrid, u"C00001"_s);
        QCOMPARE(as(m_madrid, u"payment.record"_s, payment(ours, u"card"_s, 5995, paymentId)),
                 u"invalid"_s);
        QCOMPARE(value(u"SELECT order_id FROM payments WHERE id = ?"_s, {paymentId}),
                 QVariant(paidOrder));
        QJsonObject foreign = payment(ours, u"card"_s, 100000000);
        foreign.insert(u"currency"_s, u"XXX"_s);
        QCOMPARE(as(m_madrid, u"payment.record"_s, foreign), u"invalid"_s);
        QCOMPARE(number(u"SELECT COUNT(*) FROM payments WHERE order_id = ?"_s, {ours}), 0);

        const QString stolenLine = paidOrder + u"-1"_s;
        const QString thief = newId();
        QCOMPARE(as(m_madrid, u"order.create"_s,
                    {{u"id"_s, thief},
                     {u"number"_s, u"M-9"_s},
                     {u"customerId"_s, u"C00001"_s},
                     {u"lines"_s,
                      QJsonArray {QJsonObject {{u"id"_s, stolenLine},
                                               {u"sku"_s, sku},
                                               {u"quantity"_s, 1},
                                               {u"fulfilment"_s, u"carry_out"_s}}}}}),
                 u"invalid"_s);
        QCOMPARE(value(u"SELECT order_id FROM order_lines WHERE id = ?"_s, {stolenLine}),
                 QVariant(paidOrder));
        QCOMPARE(number(u"SELECT COUNT(*) FROM orders WHERE id = ?"_s, {thief}), 0);

        const QJsonObject twice {{u"id"_s, u"twice-1"_s},
                                 {u"sku"_s, sku},
                                 {u"quantity"_s, 1},
                                 {u"fulfilment"_s, u"carry_out"_s}};
        QCOMPARE(as(m_madrid, u"order.create"_s,
                    {{u"id"_s, newId()},
                     {u"number"_s, u"M-10"_s},
                     {u"lines"_s, QJsonArray {twice, twice}}}),
                 u"invalid"_s);
        QCOMPARE(number(u"SELECT COUNT(*) FROM order_lines WHERE id = 'twice-1'"_s), 0);

        QCOMPARE(
            as(m_madrid, u"order.create"_s,
               {{u"id"_s, newId()},
                {u"number"_s, u"M-11"_s},
                {u"customerId"_s, u"C00001"_s},
                {u"lines"_s,
                 QJsonArray {QJsonObject {{u"id"_s, newId()},
                                          {u"sku"_s, sku},
                                          {u"quantity"_s, 1},
                                          {u"fulfilment"_s, u"ship_to_home"_s},
                                          {u"sourceLocationId"_s, u"WH1"_s},
                                          {u"reservationId"_s, hold}}}},
                {u"delivery"_s,
                 QJsonObject {{u"address"_s, madridAddress()}, {u"optionId"_s, u"ES-STD"_s}}}}),
            u"not_allowed"_s);
        QCOMPARE(value(u"SELECT status FROM reservations WHERE id = ?"_s, {hold}),
                 QVariant(u"active"_s));

        // Stock outside what Madrid sells from (Dublin) cannot be held or moved.
        QCOMPARE(as(m_madrid, u"reservation.create"_s,
                    {{u"id"_s, newId()},
                     {u"sku"_s, sku},
                     {u"locationId"_s, u"DUB"_s},
                     {u"customerId"_s, u"C00001"_s},
                     {u"quantity"_s, 1}}),
                 u"not_allowed"_s);
        QCOMPARE(as(m_madrid, u"transfer.request"_s,
                    {{u"id"_s, newId()},
                     {u"sku"_s, sku},
                     {u"fromLocationId"_s, u"DUB"_s},
                     {u"quantity"_s, 1}}),
                 u"not_allowed"_s);
        QCOMPARE(stockAt(m_server->database(), sku, u"DUB"_s).reserved, 0);

        // Barcelona still runs its own business.
        QCOMPARE(as(m_barcelona, u"reservation.cancel"_s, {{u"id"_s, hold}}), u"applied"_s);
        QCOMPARE(as(m_barcelona, u"order.reallocate"_s,
                    {{u"orderId"_s, waiting},
                     {u"lineId"_s, QString(waiting + u"-1"_s)},
                     {u"sourceLocationId"_s, u"WH1"_s}}),
                 u"applied"_s);
    }

    void anIdOfAnotherRowIsRefused()
    {
        const QString note = newId();
        QCOMPARE(as(m_barcelona, u"note.add"_s,
                    {{u"id"_s, note}, {u"customerId"_s, u"C00002"_s}, {u"body"_s, u"BCN"_s}}),
                 u"applied"_s);
        QCOMPARE(as(m_madrid, u"note.add"_s,
                    {{u"id"_s, note}, {u"customerId"_s, u"C00001"_s}, {u"body"_s, u"MAD"_s}}),
                 u"invalid"_s);
        QCOMPARE(as(m_madrid, u"customer.create"_s,
                    {{u"id"_s, u"C00002"_s},
                     {u"homeLocationId"_s, u"MAD"_s},
                     {u"fields"_s, QJsonObject {{u"first_name"_s, u"Laia"_s}}}}),
                 u"invalid"_s);
        QCOMPARE(value(u"SELECT home_location_id FROM customers WHERE id = 'C00002'"_s),
                 QVariant(u"BCN"_s));
        // A customer without a home store (one of the web shop's, made by the ingestion API) is
        // made on the service only: a device asking for one, or for another store's, is refused.
        for (const QString &home : {QString(), u"BCN"_s}) {
            const QString id = newId();
            QCOMPARE(as(m_madrid, u"customer.create"_s,
                        {{u"id"_s, id},
                         {u"homeLocationId"_s, home},
                         {u"fields"_s, QJsonObject {{u"first_name"_s, u"Laia"_s}}}}),
                     u"not_allowed"_s);
            QCOMPARE(value(u"SELECT COUNT(*) FROM customers WHERE id = ?"_s, {id}).toInt(), 0);
        }
        // A receipt queued for a Barcelona customer keeps its id to itself.
        const auto receipt
            = [this](const QString &token, const QString &customer, const QString &id) {
                  const QString consent = as(token, u"customer.setConsent"_s,
                                             {{u"customerId"_s, customer},
                                              {u"kind"_s, u"email"_s},
                                              {u"granted"_s, true},
                                              {u"channel"_s, u"store"_s}});
                  if (consent != u"applied"_s)
                      return consent;
                  return as(token, u"receipt.email"_s,
                            {{u"id"_s, id},
                             {u"orderId"_s, carryOut(token, customer)},
                             {u"customerId"_s, customer},
                             {u"pdf"_s, QString::fromLatin1(QByteArray("%PDF-1.4").toBase64())}});
              };
        const QString email = newId();
        QCOMPARE(receipt(m_barcelona, u"C00002"_s, email), u"applied"_s);
        QCOMPARE(receipt(m_madrid, u"C00001"_s, email), u"invalid"_s);
        QCOMPARE(value(u"SELECT customer_id FROM outbound_emails WHERE id = ?"_s, {email}),
                 QVariant(u"C00002"_s));

        // A re-sent mutation of one's own is still answered "applied".
        QCOMPARE(as(m_barcelona, u"note.add"_s,
                    {{u"id"_s, note}, {u"customerId"_s, u"C00002"_s}, {u"body"_s, u"BCN"_s}}),
                 u"applied"_s);
    }

    // 13. One NUL character blocks a tablet's queue on PostgreSQL.
    void textADatabaseCannotStoreIsInvalid()
    {
        // As an attacker's curl sends it: JSON escapes, which QJsonDocument turns into U+0000
        // and into unpaired surrogates.
        const QByteArray body = R"({"clientId": "tablet-mad-1", "mutations": [
            {"id": 1, "name": "note.add", "associateId": "S1",
             "args": {"id": "n-1", "customerId": "C00001", "body": "slim\u0000fit"}},
            {"id": 2, "name": "customer.update", "associateId": "S1",
             "args": {"id": "C00001", "fields": {"first_name\u0000": "José"}}},
            {"id": 3, "name": "customer.setPreference", "associateId": "S1",
             "args": {"customerId": "C00001", "key": "fit", "value": "\ud800"}},
            {"id": 4, "name": "note.add", "associateId": "S1\u0000",
             "args": {"id": "n-4", "customerId": "C00001", "body": "Fine"}},
            {"id": 5, "name": "note.add", "associateId": "S1",
             "args": {"id": "n-5", "customerId": "C00001", "body": "tail \udc00"}},
            {"id": 6, "name": "note.add", "associateId": "S1",
             "args": {"id": "n-6", "customerId": "C00001", "body": "Fine 😀"}}]})";
        const Reply reply
            = Client(m_server->url()).send("POST", u"/v1/sync/push"_s, body, m_madrid);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body[u"lastMutationId"_s].toInteger(), 6);
        const QJsonArray results = reply.body[u"results"_s].toArray();
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(results.at(i)[u"code"_s].toString(), u"invalid"_s);
            QVERIFY(!results.at(i)[u"message"_s].toString().contains(QChar(0)));
        }
        QVERIFY(!results.at(0)[u"message"_s].toString().isEmpty());
        QCOMPARE(results.at(5)[u"status"_s].toString(), u"applied"_s);
        QCOMPARE(number(u"SELECT COUNT(*) FROM notes"_s), 1);
        QCOMPARE(value(u"SELECT body FROM notes"_s), QVariant(u"Fine 😀"_s));
        QCOMPARE(number(u"SELECT COUNT(*) FROM customer_preferences"_s), 0);
        QCOMPARE(value(u"SELECT first_name FROM customers WHERE id = 'C00001'"_s),
                 QVariant(u"José"_s));
        // The queue moves on.
        m_lastMutation[u"tablet-mad-1"_s] = 6;
        QCOMPARE(as(m_madrid, u"note.add"_s,
                    {{u"id"_s, u"n-7"_s}, {u"customerId"_s, u"C00001"_s}, {u"body"_s, u"Ok"_s}}),
                 u"applied"_s);

        // Enrolment names are text too.
        QString error;
        const auto code = Devices(m_server->database())
                              .createEnrolmentCode(u"MAD"_s, u"associate"_s, u"t"_s, 60000, &error);
        QVERIFY(code);
        const Reply enrol
            = Client(m_server->url())
                  .send("POST", u"/v1/devices/enrol"_s,
                        "{\"code\": \"" + code->toLatin1() + "\", \"name\": \"Tablet\\u0000\"}");
        QCOMPARE(enrol.status, 400);
        QCOMPARE(enrol.body[u"error"_s].toString(), u"invalid_request"_s);
    }

    // 16. Times far in the future, the wishlist and the tablet's clock, pick-up places.
    void timesFarInTheFutureAreInvalid()
    {
        const qint64 now = Clock::nowMs();
        QCOMPARE(as(m_madrid, u"note.add"_s,
                    {{u"id"_s, newId()},
                     {u"customerId"_s, u"C00001"_s},
                     {u"body"_s, u"From the future"_s},
                     {u"at"_s, double(now + 2 * dayMs)}}),
                 u"invalid"_s);
        // A tablet a few minutes fast is fine.
        QCOMPARE(as(m_madrid, u"note.add"_s,
                    {{u"id"_s, newId()},
                     {u"customerId"_s, u"C00001"_s},
                     {u"body"_s, u"A little fast"_s},
                     {u"at"_s, double(now + 5 * minuteMs)}}),
                 u"applied"_s);

        const QString order = newId();
        QJsonObject pickUp {{u"id"_s, order},
                            {u"number"_s, u"M-1"_s},
                            {u"customerId"_s, u"C00001"_s},
                            {u"pickupLocationId"_s, u"MAD"_s},
                            {u"lines"_s,
                             QJsonArray {QJsonObject {{u"id"_s, QString(order + u"-1"_s)},
                                                      {u"sku"_s, sku},
                                                      {u"quantity"_s, 1},
                                                      {u"fulfilment"_s, u"pick_up"_s}}}}};
        QJsonObject late = pickUp;
        late.insert(u"at"_s, double(253402300799000LL));
        QCOMPARE(as(m_madrid, u"order.create"_s, late), u"invalid"_s);
        QCOMPARE(as(m_madrid, u"order.create"_s, pickUp), u"applied"_s);
        // Ready in year 9999 would keep the pick-up from ever expiring.
        QCOMPARE(as(m_madrid, u"pickup.markReady"_s,
                    {{u"orderId"_s, order}, {u"at"_s, double(253402300799000LL)}}),
                 u"invalid"_s);
        QCOMPARE(value(u"SELECT status FROM orders WHERE id = ?"_s, {order}),
                 QVariant(u"allocated"_s));
        QCOMPARE(as(m_madrid, u"pickup.markReady"_s, {{u"orderId"_s, order}}), u"applied"_s);
        QVERIFY(number(u"SELECT pickup_deadline FROM orders WHERE id = ?"_s, {order})
                <= Clock::nowMs() + 7 * dayMs);
        QCOMPARE(as(m_madrid, u"cash.closeSession"_s,
                    {{u"id"_s, newId()},
                     {u"currency"_s, u"EUR"_s},
                     {u"openedAt"_s, double(now + 3 * dayMs)},
                     {u"openingMinor"_s, 0},
                     {u"expectedMinor"_s, 0},
                     {u"countedMinor"_s, 0}}),
                 u"invalid"_s);
    }

    void aLateRemoveKeepsANewerAdd()
    {
        const qint64 now = Clock::nowMs();
        const QJsonObject item {{u"customerId"_s, u"C00001"_s}, {u"sku"_s, sku}};
        auto with = [&](const char *name, const QJsonValue &value) {
            QJsonObject args = item;
            args.insert(QString::fromLatin1(name), value);
            return args;
        };
        auto on = [&](const QString &client, const QString &name, const QJsonObject &args) {
            return outcome(push(m_madrid, name, args, u"S1"_s, client));
        };
        // Tablet A adds; A and C both see that add.
        QCOMPARE(on(u"tablet-a"_s, u"wishlist.add"_s, with("at", double(now))), u"applied"_s);
        const qint64 seen = number(u"SELECT added_at FROM wishlist_items"_s);
        // C removes it. Then B, whose clock is a day slow, adds it again.
        QCOMPARE(on(u"tablet-c"_s, u"wishlist.remove"_s, with("addedAt", double(seen))),
                 u"applied"_s);
        QCOMPARE(on(u"tablet-b"_s, u"wishlist.add"_s, with("at", double(now - dayMs))),
                 u"applied"_s);
        // A's remove of the add it saw arrives last: B's newer add stays.
        QCOMPARE(on(u"tablet-a"_s, u"wishlist.remove"_s, with("addedAt", double(seen))),
                 u"applied"_s);
        QCOMPARE(number(u"SELECT COUNT(*) FROM wishlist_items"_s), 1);
    }

    void pickUpOnlyAtAStore()
    {
        const QString order = newId();
        QCOMPARE(as(m_madrid, u"order.create"_s,
                    {{u"id"_s, order},
                     {u"number"_s, u"M-2"_s},
                     {u"customerId"_s, u"C00001"_s},
                     {u"pickupLocationId"_s, u"WH1"_s},
                     {u"lines"_s,
                      QJsonArray {QJsonObject {{u"id"_s, QString(order + u"-1"_s)},
                                               {u"sku"_s, sku},
                                               {u"quantity"_s, 1},
                                               {u"fulfilment"_s, u"pick_up"_s}}}}}),
                 u"invalid"_s);
        QCOMPARE(number(u"SELECT COUNT(*) FROM orders"_s), 0);
        QCOMPARE(stockAt(m_server->database(), sku, u"WH1"_s).reserved, 0);
    }

    void devicesAreListedAndRevokedFromTheCommandLine()
    {
        const QString deviceId
            = value(u"SELECT id FROM devices WHERE location_id = 'BCN'"_s).toString();
        auto run = [&](const QStringList &arguments, QByteArray *out = nullptr) {
            QProcess process;
            process.start(QStringLiteral(CLIENTELING_SERVER_EXE),
                          QStringList {u"--database"_s, m_server->config().database,
                                       u"--gift-card-key"_s, m_server->config().giftCardKeyFile}
                              + arguments);
            if (!process.waitForFinished(60000))
                return -1;
            if (out)
                *out = process.readAllStandardOutput();
            return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        };
        QByteArray listed;
        QCOMPARE(run({u"--list-devices"_s}, &listed), 0);
        QVERIFY2(listed.contains(deviceId.toLatin1()), listed.constData());
        QVERIFY2(listed.contains("kiosk"), listed.constData());
        QCOMPARE(run({u"--revoke-device"_s, u"no-such-device"_s}), 2);
        QCOMPARE(run({u"--revoke-device"_s, deviceId}), 0);
        const Reply refused
            = Client(m_server->url())
                  .post(u"/v1/sync/pull"_s, {{u"clientId"_s, u"tablet-bcn-1"_s}}, m_barcelona);
        QCOMPARE(refused.status, 401);
        QCOMPARE(run({u"--list-devices"_s}, &listed), 0);
        QVERIFY2(listed.contains("revoked"), listed.constData());
        // Madrid's tablet is untouched.
        QCOMPARE(Client(m_server->url())
                     .post(u"/v1/sync/pull"_s, {{u"clientId"_s, u"tablet-mad-1"_s}}, m_madrid)
                     .status,
                 200);
    }

    void lastSeenIsKeptAtMostOncePerMinute()
    {
        const QString deviceId
            = value(u"SELECT id FROM devices WHERE location_id = 'BCN'"_s).toString();
        auto pull = [&] {
            return Client(m_server->url())
                .post(u"/v1/sync/pull"_s, {{u"clientId"_s, u"tablet-bcn-1"_s}}, m_barcelona)
                .status;
        };
        auto lastSeen = [&] {
            return number(u"SELECT last_seen_at FROM devices WHERE id = ?"_s, {deviceId});
        };
        const qint64 before = Clock::nowMs();
        QCOMPARE(pull(), 200);
        QVERIFY(lastSeen() >= before);
        // Seen 30 s ago: not written again.
        const qint64 recently = Clock::nowMs() - 30000;
        QVERIFY(Database::exec(
            m_server->database(),
            u"UPDATE devices SET last_seen_at = %1 WHERE id = '%2'"_s.arg(recently).arg(deviceId)));
        QCOMPARE(pull(), 200);
        QCOMPARE(lastSeen(), recently);
        // Seen over a minute ago: brought up to date.
        const qint64 longAgo = Clock::nowMs() - 61000;
        QVERIFY(Database::exec(
            m_server->database(),
            u"UPDATE devices SET last_seen_at = %1 WHERE id = '%2'"_s.arg(longAgo).arg(deviceId)));
        QCOMPARE(pull(), 200);
        QVERIFY(lastSeen() > longAgo + 60000);
    }
};

QTEST_MAIN(TestAuthorization)
#include "tst_authorization.moc"
