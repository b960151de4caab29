// SPDX-License-Identifier: MIT
// The protocol's codecs: what one side writes the other reads back unchanged, and a malformed
// message gives a clear error rather than a half-read value.
#include "protocolerror.h"
#include "giftcardmessages.h"
#include "inventorymessages.h"
#include "jsonreader.h"
#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", json);
    return document.object();
}

const QString client = u"client-0001"_s;
} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void pushRequestRoundTrip()
    {
        Protocol::PushRequest request;
        request.clientId = client;
        request.baseMutationId = 4;
        request.mutations << Protocol::Mutation{5, u"note.add"_s, {{u"text"_s, u"hi"_s}}, u"1001"_s}
                          << Protocol::Mutation{7, u"staff.lock"_s, {}, QString()};
        Protocol::PushRequest read;
        Protocol::Error error;
        QVERIFY(Protocol::PushRequest::fromJson(request.toJson(), &read, &error));
        QCOMPARE(read.clientId, client);
        QCOMPARE(read.baseMutationId, 4);
        QCOMPARE(read.mutations.size(), 2);
        QCOMPARE(read.mutations.at(0).id, 5);
        QCOMPARE(read.mutations.at(0).name, u"note.add"_s);
        QCOMPARE(read.mutations.at(0).args.value(u"text"_s).toString(), u"hi"_s);
        QCOMPARE(read.mutations.at(0).associateId, u"1001"_s);
        QCOMPARE(read.mutations.at(1).id, 7);
        // No base: none written.
        request.baseMutationId = 0;
        QVERIFY(!request.toJson().contains(u"baseMutationId"_s));
    }

    void malformedPushRequest_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("client id too short")
            << QByteArray(R"({"clientId":"abc","mutations":[]})") << u"invalid_request"_s
            << u"clientId must be 8 to 64 letters, digits or dashes"_s;
        QTest::newRow("client id not ascii")
            << QByteArray(R"({"clientId":"clientéééé","mutations":[]})") << u"invalid_request"_s
            << u"clientId must be 8 to 64 letters, digits or dashes"_s;
        QTest::newRow("no mutations")
            << QByteArray(R"({"clientId":"client-0001"})") << u"invalid_request"_s
            << u"mutations must be an array"_s;
        QTest::newRow("id not whole")
            << QByteArray(R"({"clientId":"client-0001","mutations":[{"id":1.5,"name":"a","args":{}}]})")
            << u"invalid_request"_s
            << u"each mutation needs an integer id >= 1, a name and an args object"_s;
        QTest::newRow("id zero")
            << QByteArray(R"({"clientId":"client-0001","mutations":[{"id":0,"name":"a","args":{}}]})")
            << u"invalid_request"_s
            << u"each mutation needs an integer id >= 1, a name and an args object"_s;
        QTest::newRow("args not an object")
            << QByteArray(R"({"clientId":"client-0001","mutations":[{"id":1,"name":"a","args":[]}]})")
            << u"invalid_request"_s
            << u"each mutation needs an integer id >= 1, a name and an args object"_s;
        QTest::newRow("associate not a string")
            << QByteArray(R"({"clientId":"client-0001","mutations":[{"id":1,"name":"a","args":{},"associateId":3}]})")
            << u"invalid_request"_s
            << u"each mutation needs an integer id >= 1, a name and an args object"_s;
        QTest::newRow("ids not increasing")
            << QByteArray(R"({"clientId":"client-0001","mutations":[{"id":2,"name":"a","args":{}},{"id":2,"name":"a","args":{}}]})")
            << u"invalid_request"_s << u"mutation ids must increase within a batch"_s;
        QTest::newRow("unknown name")
            << QByteArray(R"({"clientId":"client-0001","mutations":[{"id":1,"name":"nope","args":{}}]})")
            << u"unknown_mutation"_s << u"unknown mutation 'nope'"_s;
        QTest::newRow("base not below first id")
            << QByteArray(R"({"clientId":"client-0001","baseMutationId":3,"mutations":[{"id":3,"name":"a","args":{}}]})")
            << u"invalid_request"_s
            << u"baseMutationId must be a whole number from 0 up to below the first mutation's id"_s;
        QTest::newRow("base negative")
            << QByteArray(R"({"clientId":"client-0001","baseMutationId":-1,"mutations":[]})")
            << u"invalid_request"_s
            << u"baseMutationId must be a whole number from 0 up to below the first mutation's id"_s;
    }

    void malformedPushRequest()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, message);
        Protocol::PushRequest read;
        Protocol::Error error;
        const auto known = [](const QString &name) { return name == u"a"_s; };
        QVERIFY(!Protocol::PushRequest::fromJson(parse(json.constData()), &read, &error, known));
        QCOMPARE(error.code, code);
        QCOMPARE(error.message, message);
    }

    void pushBatchTooLarge()
    {
        QJsonArray mutations;
        for (int i = 1; i <= Protocol::maxPushBatch + 1; ++i)
            mutations << QJsonObject{{u"id"_s, i}, {u"name"_s, u"a"_s}, {u"args"_s, QJsonObject()}};
        Protocol::PushRequest read;
        Protocol::Error error;
        QVERIFY(!Protocol::PushRequest::fromJson(
            {{u"clientId"_s, client}, {u"mutations"_s, mutations}}, &read, &error));
        QCOMPARE(error.code, u"batch_too_large"_s);
        QCOMPARE(error.details.value(u"maxBatch"_s).toInt(), Protocol::maxPushBatch);
    }

    void pushResponseRoundTrip()
    {
        const Protocol::PushResponse response{
            9, {{8, true, {}, {}}, {9, false, u"not_found"_s, u"customer c1 does not exist"_s}}};
        const QJsonObject json = response.toJson();
        // Applied results carry no code or message on the wire.
        QVERIFY(!json.value(u"results"_s).toArray().at(0).toObject().contains(u"code"_s));
        Protocol::PushResponse read;
        QString error;
        QVERIFY(Protocol::PushResponse::fromJson(json, &read, &error));
        QCOMPARE(read.lastMutationId, 9);
        QCOMPARE(read.results.size(), 2);
        QVERIFY(read.results.at(0).applied);
        QVERIFY(!read.results.at(1).applied);
        QCOMPARE(read.results.at(1).code, u"not_found"_s);
        QCOMPARE(read.results.at(1).message, u"customer c1 does not exist"_s);
    }

    void malformedPushResponse_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray("{}")
                               << u"push response without lastMutationId and results"_s;
        QTest::newRow("results not an array")
            << QByteArray(R"({"lastMutationId":1,"results":{}})")
            << u"push response without lastMutationId and results"_s;
        QTest::newRow("result without status")
            << QByteArray(R"({"lastMutationId":1,"results":[{"id":1}]})")
            << u"push result without id and status"_s;
    }

    void malformedPushResponse()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        Protocol::PushResponse read;
        QString message;
        QVERIFY(!Protocol::PushResponse::fromJson(parse(json.constData()), &read, &message));
        QCOMPARE(message, error);
    }

    void pullRequestRoundTrip()
    {
        Protocol::PullRequest request{client, u"e:12:t"_s, 200, 31};
        Protocol::PullRequest read;
        Protocol::Error error;
        QVERIFY(Protocol::PullRequest::fromJson(request.toJson(), &read, &error));
        QCOMPARE(read.clientId, client);
        QCOMPARE(read.cursor, u"e:12:t"_s);
        QCOMPARE(read.limit, 200);
        QCOMPARE(read.rejectedAfter, 31);
        // No limit: the default; too large a limit: the most a page holds.
        QVERIFY(Protocol::PullRequest::fromJson({{u"clientId"_s, client}}, &read, &error));
        QCOMPARE(read.limit, Protocol::defaultPullLimit);
        QVERIFY(read.cursor.isEmpty());
        QVERIFY(Protocol::PullRequest::fromJson({{u"clientId"_s, client}, {u"limit"_s, 1e6}},
                                                &read, &error));
        QCOMPARE(read.limit, Protocol::maxPullLimit);
    }

    void malformedPullRequest_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("no client") << QByteArray("{}")
                                   << u"clientId must be 8 to 64 letters, digits or dashes"_s;
        QTest::newRow("cursor a number")
            << QByteArray(R"({"clientId":"client-0001","cursor":3})")
            << u"cursor must be a string"_s;
        QTest::newRow("limit zero") << QByteArray(R"({"clientId":"client-0001","limit":0})")
                                    << u"limit must be a positive integer"_s;
        QTest::newRow("limit text") << QByteArray(R"({"clientId":"client-0001","limit":"9"})")
                                    << u"limit must be a positive integer"_s;
    }

    void malformedPullRequest()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        Protocol::PullRequest read;
        Protocol::Error error;
        QVERIFY(!Protocol::PullRequest::fromJson(parse(json.constData()), &read, &error));
        QCOMPARE(error.code, u"invalid_request"_s);
        QCOMPARE(error.message, message);
    }

    void pullResponseRoundTrip()
    {
        Protocol::PullResponse page;
        page.cursor = u"e:40:t"_s;
        page.hasMore = true;
        page.lastMutationId = 12;
        page.orderPrefix = u"17"_s;
        page.changes << Protocol::Change{u"customer"_s, false, {{u"id"_s, u"c1"_s}}}
                     << Protocol::Change{u"note"_s, true, {{u"id"_s, u"n1"_s}}};
        page.rejected << Protocol::Rejection{11, u"note.add"_s, u"invalid"_s, u"too long"_s};
        const QJsonObject json = page.toJson();
        QCOMPARE(json.value(u"changes"_s).toArray().at(1).toObject().value(u"op"_s).toString(),
                 u"delete"_s);
        QVERIFY(json.value(u"changes"_s).toArray().at(1).toObject().contains(u"key"_s));
        QVERIFY(!page.toJson(false).contains(u"changes"_s));
        Protocol::PullResponse read;
        QString error;
        QVERIFY(Protocol::PullResponse::fromJson(json, &read, &error));
        QCOMPARE(read.cursor, page.cursor);
        QCOMPARE(read.reset, false);
        QCOMPARE(read.hasMore, true);
        QCOMPARE(read.lastMutationId, 12);
        QCOMPARE(read.orderPrefix, u"17"_s);
        QCOMPARE(read.changes.size(), 2);
        QCOMPARE(read.changes.at(0).entity, u"customer"_s);
        QVERIFY(!read.changes.at(0).deleted);
        QVERIFY(read.changes.at(1).deleted);
        QCOMPARE(read.changes.at(1).row.value(u"id"_s).toString(), u"n1"_s);
        QCOMPARE(read.rejected.size(), 1);
        QCOMPARE(read.rejected.at(0).id, 11);
        QCOMPARE(read.rejected.at(0).code, u"invalid"_s);
    }

    void malformedPullResponse_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("no cursor") << QByteArray(R"({"lastMutationId":0,"changes":[]})")
                                   << u"pull response without cursor, lastMutationId and changes"_s;
        QTest::newRow("bad op")
            << QByteArray(R"({"cursor":"c","lastMutationId":0,"changes":[{"entity":"a","op":"x"}]})")
            << u"change without entity and op"_s;
        QTest::newRow("put without row")
            << QByteArray(R"({"cursor":"c","lastMutationId":0,"changes":[{"entity":"a","op":"put"}]})")
            << u"change without row or key"_s;
    }

    void malformedPullResponse()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        Protocol::PullResponse read;
        QString message;
        QVERIFY(!Protocol::PullResponse::fromJson(parse(json.constData()), &read, &message));
        QCOMPARE(message, error);
    }

    void errorRoundTrip()
    {
        const Protocol::Error error{u"mutation_gap"_s, u"expected mutation 4 next"_s,
                                    {{u"expectedId"_s, 4}, {u"lastMutationId"_s, 3}}};
        const QJsonObject json = error.toJson();
        // On the wire: the details beside "error" and "message".
        QCOMPARE(json.value(u"error"_s).toString(), u"mutation_gap"_s);
        QCOMPARE(json.value(u"expectedId"_s).toInt(), 4);
        QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"error":"mutation_gap","expectedId":4,"lastMutationId":3,)"
                            R"("message":"expected mutation 4 next"})"));
        const Protocol::Error read = Protocol::Error::fromJson(json);
        QCOMPARE(read.code, error.code);
        QCOMPARE(read.message, error.message);
        QCOMPARE(read.details, error.details);
        QVERIFY(!read.isNull());
        QVERIFY(Protocol::Error::fromJson({}).isNull());
    }

    void stockRoundTrip()
    {
        const Protocol::StockQuery query{u"SKU-1"_s, {}};
        Protocol::StockQuery readQuery;
        Protocol::Error error;
        QVERIFY(Protocol::StockQuery::fromQuery(query.toQuery(), &readQuery, &error));
        QCOMPARE(readQuery.sku, u"SKU-1"_s);
        QVERIFY(readQuery.style.isEmpty());

        Protocol::StockAnswer answer;
        answer.asOf = 1700000000000;
        answer.locationId = u"mad-01"_s;
        answer.locations << Protocol::StockPlace{u"mad-01"_s, u"Madrid"_s, u"store"_s, 0}
                         << Protocol::StockPlace{u"wh-1"_s, u"Warehouse"_s, u"warehouse"_s, 12.5};
        answer.stock << Protocol::StockLevel{u"SKU-1"_s, u"mad-01"_s, 3, 5, 1, 10, 20};
        const QJsonObject json = answer.toJson();
        // Available is on the wire too, never below 0.
        QCOMPARE(json.value(u"stock"_s).toArray().at(0).toObject().value(u"available"_s).toInt(),
                 0);
        Protocol::StockAnswer read;
        QString message;
        QVERIFY(Protocol::StockAnswer::fromJson(json, &read, &message));
        QCOMPARE(read.asOf, answer.asOf);
        QCOMPARE(read.locationId, u"mad-01"_s);
        QCOMPARE(read.locations.size(), 2);
        QCOMPARE(read.locations.at(1).distanceKm, 12.5);
        QCOMPARE(read.stock.size(), 1);
        QCOMPARE(read.stock.at(0).onHand, 3);
        QCOMPARE(read.stock.at(0).reserved, 5);
        QCOMPARE(read.stock.at(0).inTransit, 1);
        QCOMPARE(read.stock.at(0).countedAt, 10);
        QCOMPARE(read.stock.at(0).updatedAt, 20);
    }

    void malformedStock_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("no stock") << QByteArray("{}") << u"stock answer without stock"_s;
        QTest::newRow("row without sku")
            << QByteArray(R"({"stock":[{"locationId":"a"}]})")
            << u"stock row without sku and locationId"_s;
        QTest::newRow("fractional count")
            << QByteArray(R"({"stock":[{"sku":"s","locationId":"a","onHand":1.5}]})")
            << u"stock row's onHand is not a whole number"_s;
    }

    void malformedStock()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        Protocol::StockAnswer read;
        QString message;
        QVERIFY(!Protocol::StockAnswer::fromJson(parse(json.constData()), &read, &message));
        QCOMPARE(message, error);
    }

    void malformedStockQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("neither") << QString();
        QTest::newRow("both") << u"sku=a&style=b"_s;
        QTest::newRow("too long") << u"sku="_s + QString(65, u'x');
    }

    void malformedStockQuery()
    {
        QFETCH(QString, query);
        Protocol::StockQuery read;
        Protocol::Error error;
        QVERIFY(!Protocol::StockQuery::fromQuery(QUrlQuery(query), &read, &error));
        QCOMPARE(error.code, u"invalid_request"_s);
        QVERIFY(!error.message.isEmpty());
    }

    void giftCardRoundTrip()
    {
        const QString id(64, u'a');
        const Protocol::GiftCardBalance card{id, u"0001"_s, 10000, u"EUR"_s, u"active"_s};
        Protocol::GiftCardBalance read;
        QString error;
        QVERIFY(Protocol::GiftCardBalance::fromJson(card.toJson(), &read, &error));
        QCOMPARE(read.id, id);
        QCOMPARE(read.last4, u"0001"_s);
        QCOMPARE(read.balanceMinor, 10000);
        QCOMPARE(read.currency, u"EUR"_s);
        QVERIFY(read.isActive());

        const Protocol::NewGiftCard fresh{u"6039000000000001"_s, id, u"0001"_s};
        Protocol::NewGiftCard readFresh;
        QVERIFY(Protocol::NewGiftCard::fromJson(fresh.toJson(), &readFresh, &error));
        QCOMPARE(readFresh.number, fresh.number);
        QCOMPARE(readFresh.id, id);
        QCOMPARE(readFresh.last4, u"0001"_s);

        QCOMPARE(Protocol::GiftCardLookup::fromJson(
                     Protocol::GiftCardLookup{u"6039000000000001"_s}.toJson())
                     .number,
                 u"6039000000000001"_s);
    }

    void malformedGiftCard_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("id not hex")
            << QByteArray(R"({"id":"xyz","status":"active","balanceMinor":1})")
            << u"gift card answer without id and status"_s;
        QTest::newRow("no balance")
            << QByteArray(R"({"id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",)"
                          R"("status":"active"})")
            << u"gift card answer without a whole balanceMinor"_s;
    }

    void malformedGiftCard()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        Protocol::GiftCardBalance read;
        QString message;
        QVERIFY(!Protocol::GiftCardBalance::fromJson(parse(json.constData()), &read, &message));
        QCOMPARE(message, error);
    }

    void malformedNewGiftCard()
    {
        Protocol::NewGiftCard read;
        QString message;
        QVERIFY(!Protocol::NewGiftCard::fromJson({{u"number"_s, u"12"_s}}, &read, &message));
        QVERIFY(message.contains(u"number"_s));
        QVERIFY(!Protocol::NewGiftCard::fromJson(
            {{u"number"_s, u"6039000000000001"_s}, {u"id"_s, u"x"_s}}, &read, &message));
        QVERIFY(message.contains(u"id"_s));
    }

    void readerArgumentMessages_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QByteArray("{}") << u"missing argument 'name'"_s;
        QTest::newRow("not a string") << QByteArray(R"({"name":3})")
                                      << u"argument 'name' must be a string"_s;
        QTest::newRow("blank") << QByteArray(R"({"name":"  "})")
                               << u"argument 'name' must not be empty"_s;
        QTest::newRow("too long") << QByteArray(R"({"name":"abcdef"})")
                                  << u"argument 'name' is longer than 5 characters"_s;
        QTest::newRow("first problem wins")
            << QByteArray(R"({"name":"ok","count":1.5,"currency":"eur"})")
            << u"argument 'count' must be a whole number"_s;
        QTest::newRow("out of range") << QByteArray(R"({"name":"ok","count":100})")
                                      << u"argument 'count' must be between 1 and 99"_s;
        QTest::newRow("currency") << QByteArray(R"({"name":"ok","count":1,"currency":"eur"})")
                                  << u"argument 'currency' must be a currency code like EUR"_s;
    }

    void readerArgumentMessages()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        Protocol::JsonReader reader(parse(json.constData()));
        reader.text(u"name"_s, 5);
        reader.integer(u"count"_s, 1, 99, false);
        if (parse(json.constData()).contains(u"currency"_s))
            reader.currency(u"currency"_s);
        QVERIFY(!reader.ok());
        QCOMPARE(reader.errorMessage(), message);
        QCOMPARE(reader.error(u"invalid"_s).code, u"invalid"_s);
        QCOMPARE(reader.error(u"invalid"_s).message, message);
    }

    void readerKinds()
    {
        const QJsonObject json{{u"id"_s, u"a/b"_s},
                               {u"card"_s, QString(64, u'A')},
                               {u"flag"_s, u"yes"_s},
                               {u"kind"_s, u"x"_s},
                               {u"obj"_s, 1},
                               {u"at"_s, 2000.0 + Protocol::maxClockAheadMs + 1}};
        const auto firstError = [&json](auto read) {
            Protocol::JsonReader reader(json);
            read(reader);
            return reader.errorMessage();
        };
        QCOMPARE(firstError([](Protocol::JsonReader &r) { r.rowId(u"id"_s); }),
                 u"argument 'id' may hold only letters, digits and - _ . :"_s);
        QCOMPARE(firstError([](Protocol::JsonReader &r) { r.sha256(u"card"_s); }),
                 u"argument 'card' must be a SHA-256 in lower-case hex"_s);
        QCOMPARE(firstError([](Protocol::JsonReader &r) { r.boolean(u"flag"_s); }),
                 u"argument 'flag' must be true or false"_s);
        QCOMPARE(firstError([](Protocol::JsonReader &r) { r.oneOf(u"kind"_s, {u"a"_s, u"b"_s}); }),
                 u"argument 'kind' must be one of a, b"_s);
        QCOMPARE(firstError([](Protocol::JsonReader &r) { r.object(u"obj"_s); }),
                 u"argument 'obj' must be an object"_s);
        QCOMPARE(firstError([](Protocol::JsonReader &r) { r.time(u"at"_s, 2000); }),
                 u"argument 'at' is more than a day in the future: check the tablet's date and"
                 " time"_s);
        // No clock to compare with: not checked.
        QCOMPARE(firstError([](Protocol::JsonReader &r) { r.time(u"at"_s, 0); }), QString());
        // A problem the caller found comes first only when nothing came before it.
        Protocol::JsonReader reader(json);
        reader.fail(u"mine"_s);
        reader.boolean(u"flag"_s);
        QCOMPARE(reader.errorMessage(), u"mine"_s);
        // Values read well.
        Protocol::JsonReader good({{u"name"_s, u" Ana "_s}, {u"n"_s, 7}, {u"b"_s, true}});
        QCOMPARE(good.text(u"name"_s, 10), u"Ana"_s);
        QCOMPARE(good.integer(u"n"_s, 0, 10), 7);
        QCOMPARE(good.boolean(u"b"_s), true);
        QCOMPARE(good.text(u"absent"_s, 10, false), QString());
        QCOMPARE(good.integer(u"absent"_s, 0, 10, false, 4), 4);
        QVERIFY(good.ok());
    }

    void readerFieldMessages_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QByteArray("{}") << u"lines[2].sku is required"_s;
        QTest::newRow("too long") << QByteArray(R"({"sku":"abcdef"})")
                                  << u"lines[2].sku must be a string of at most 5 characters"_s;
        QTest::newRow("blank") << QByteArray(R"({"sku":"  "})")
                               << u"lines[2].sku must not be empty"_s;
        QTest::newRow("not whole") << QByteArray(R"({"sku":"a","quantity":0})")
                                   << u"lines[2].quantity must be a whole number from 1 to 9"_s;
        QTest::newRow("future")
            << QByteArray(R"({"sku":"a","quantity":1,"at":999999999999})")
            << u"lines[2].at is more than a day in the future: check the sender's clock"_s;
    }

    void readerFieldMessages()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        Protocol::JsonReader reader(parse(json.constData()), Protocol::JsonReader::Wording::Field,
                                    u"lines[2]."_s);
        reader.text(u"sku"_s, 5);
        reader.integer(u"quantity"_s, 1, 9, false);
        reader.time(u"at"_s, 1000, false);
        QCOMPARE(reader.errorMessage(), message);
    }
    // Every integer of every message is read by one rule: a number without a fraction that a
    // 64-bit integer holds exactly; anything else (1.5, 1e300, "7", true) is not one.
    void wholeNumbers()
    {
        QVERIFY(Protocol::isWholeNumber(QJsonValue(7)));
        QVERIFY(Protocol::isWholeNumber(QJsonValue(-3)));
        QVERIFY(Protocol::isWholeNumber(QJsonValue(0.0)));
        QVERIFY(Protocol::isWholeNumber(QJsonValue(qint64(1) << 52)));
        QVERIFY(!Protocol::isWholeNumber(QJsonValue(1.5)));
        QVERIFY(!Protocol::isWholeNumber(QJsonValue(1e300)));
        QVERIFY(!Protocol::isWholeNumber(QJsonValue(-1e300)));
        QVERIFY(!Protocol::isWholeNumber(QJsonValue(u"7"_s)));
        QVERIFY(!Protocol::isWholeNumber(QJsonValue(true)));
        QVERIFY(!Protocol::isWholeNumber(QJsonValue()));
    }
};

QTEST_MAIN(TestProtocol)
#include "tst_protocol.moc"
