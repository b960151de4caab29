// SPDX-License-Identifier: MIT
#pragma once
// Helpers of the stock and order suites on the central service: pushes as a store's tablet,
// several requests in flight at once, the stock of a SKU at a location, connections of our own
// for work on other threads, and the known addresses and delivery options.

#include "demodelivery.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace StockTest {

using namespace Qt::Literals::StringLiterals;
using TestServer::Reply;

/** What a store can promise of a SKU at a location. */
struct Stock
{
    qint64 onHand = -1;
    qint64 reserved = -1;
    qint64 available() const { return onHand - reserved; }
};

inline Stock stockAt(const QSqlDatabase &db, const QString &sku, const QString &location)
{
    QSqlQuery query = Database::prepare(db, u"SELECT on_hand, reserved FROM inventory WHERE"
                                            " sku = ? AND location_id = ?"_s);
    query.addBindValue(sku);
    query.addBindValue(location);
    if (!Database::exec(query) || !query.next())
        return {};
    return {query.value(0).toLongLong(), query.value(1).toLongLong()};
}

/** Sets a location's stock of a SKU as a count would (through the change feed). */
inline bool setStock(const QSqlDatabase &db, const QString &sku, const QString &location,
                     qint64 onHand, qint64 reserved = 0)
{
    return TestServer::putRows(db, u"inventory"_s,
                               {{{u"sku"_s, sku},
                                 {u"location_id"_s, location},
                                 {u"on_hand"_s, onHand},
                                 {u"reserved"_s, reserved}}});
}

inline QJsonObject mutation(qint64 id, const QString &name, const QJsonObject &args,
                            const QString &associate)
{
    return {{u"id"_s, id}, {u"name"_s, name}, {u"args"_s, args}, {u"associateId"_s, associate}};
}

/** The body of a push of one mutation. */
inline QJsonObject pushBody(const QString &clientId, qint64 mutationId, const QString &name,
                            const QJsonObject &args, const QString &associate)
{
    return {{u"clientId"_s, clientId},
            {u"mutations"_s, QJsonArray{mutation(mutationId, name, args, associate)}}};
}

/** The result the service gave the first mutation of a push: "applied" or the refusal code. */
inline QString outcome(const Reply &reply)
{
    if (reply.status != 200)
        return u"http %1"_s.arg(reply.status);
    const QJsonObject result = reply.body.value(u"results"_s).toArray().at(0).toObject();
    return result.value(u"status"_s).toString() == u"applied"_s
        ? u"applied"_s
        : result.value(u"code"_s).toString();
}

struct Post
{
    QString path;
    QJsonObject body;
    QString token;
};

/** Sends every request at once, each on a connection of its own, and waits for all answers. */
inline QList<Reply> postAll(const QString &baseUrl, const QList<Post> &posts,
                            int timeoutMs = 30000)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> replies;
    for (const Post &post : posts) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest request(QUrl(baseUrl + post.path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", "Bearer " + post.token.toLatin1());
        replies << managers.back()->post(request, QJsonDocument(post.body).toJson());
    }
    (void)QTest::qWaitFor(
        [&] {
            return std::all_of(replies.cbegin(), replies.cend(),
                               [](const QNetworkReply *reply) { return reply->isFinished(); });
        },
        timeoutMs);
    QList<Reply> results;
    for (QNetworkReply *reply : std::as_const(replies)) {
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.raw = reply->readAll();
        result.body = QJsonDocument::fromJson(result.raw).object();
        results << result;
        reply->deleteLater();
    }
    return results;
}

/** A connection of the calling thread to the service's database (close it on that thread). */
inline QSqlDatabase openConnection(const QString &database, const QString &name)
{
    QString error;
    QSqlDatabase db = ServerDatabase::isPostgres(database)
        ? Database::openPostgres(database, name, &error)
        : Database::openSqlite(database, name, &error);
    if (!db.isOpen())
        qWarning() << "cannot open a second connection:" << error;
    return db;
}

/** A valid Spanish delivery address as the associate types it. */
inline QJsonObject madridAddress()
{
    return {{u"recipient"_s, u"José Muñoz"_s},
            {u"line1"_s, u"Calle de Serrano 41"_s},
            {u"city"_s, u"Madrid"_s},
            {u"postcode"_s, u"28001"_s},
            {u"country"_s, u"ES"_s},
            {u"phone"_s, u"+34 612 34 56 78"_s}};
}

/** Some of the chain's delivery options (DemoData's price list), published so tablets
    receive them too: Spain's standard and express, Ireland's standard. */
inline bool seedDeliveryOptions(const QSqlDatabase &db)
{
    QList<QVariantMap> rows;
    for (const char *id : {"ES-STD", "ES-EXP", "IE-STD"}) {
        const DemoData::DeliveryOption &o = *DemoData::deliveryOption(id);
        rows.append(QVariantMap{{u"id"_s, QString::fromLatin1(o.id)},
                                {u"country"_s, QString::fromLatin1(o.country)},
                                {u"name"_s, QString::fromLatin1(o.name)},
                                {u"price_minor"_s, o.priceMinor},
                                {u"currency"_s, QString::fromLatin1(o.currency)},
                                {u"min_days"_s, o.minDays},
                                {u"max_days"_s, o.maxDays},
                                {u"sort_order"_s, o.sortOrder}});
    }
    return TestServer::putRows(db, u"delivery_option"_s, rows);
}

} // namespace StockTest
