// SPDX-License-Identifier: MIT
// Live inventory and allocation on the central service (a real clienteling-server process on
// loopback): GET /v1/inventory?sku= for one product across every location of a chain of
// 10,000 products x 50 locations, and orders/s when 8 enrolled tablets push order.create for
// the same few SKUs at once, with a check that no SKU ends up oversold.
#include "benchserver.h"
#include "benchsupport.h"
#include "benchtablet.h"
#include "changefeed.h"
#include "database.h"
#include "demogenerator.h"
#include "devices.h"
#include "serverdatabase.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double lookupTargetMs = 20;
constexpr int clients = 8;
const QString warehouse = u"WH1"_s;

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_inventory: %s\n", qPrintable(message));
    return 1;
}

QString storeId(int i)
{
    return u"S%1"_s.arg(i, 2, 10, QChar(u'0'));
}

QString sku(int i)
{
    return u"SKU-%1"_s.arg(i, 5, 10, QChar(u'0'));
}

/** Multi-row INSERTs of bound values, a few hundred rows per statement. */
bool insertRows(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                const QList<QVariantList> &rows)
{
    const int perStatement = 400;
    const QString tuple = u"("_s + QStringList(columns.size(), u"?"_s).join(u", "_s) + u")"_s;
    for (qsizetype start = 0; start < rows.size(); start += perStatement) {
        const qsizetype count = qMin<qsizetype>(perStatement, rows.size() - start);
        QSqlQuery insert
            = Database::prepare(db,
                                u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s)
                                    + u") VALUES "_s + QStringList(count, tuple).join(u", "_s));
        for (qsizetype r = start; r < start + count; ++r) {
            for (const QVariant &value : rows.at(r))
                insert.addBindValue(value);
        }
        if (!Database::exec(insert))
            return false;
    }
    return true;
}

/** The chain of the benchmark: a warehouse and 49 stores, 10,000 SKUs, stock of every SKU in
    every location, an associate per store; published to the change feed like a seeded
    service. The first hotSkus SKUs have hotStock units at the warehouse. */
bool buildChain(const QSqlDatabase &db, int products, int locations, int hotSkus, int hotStock)
{
    QRandomGenerator random(20261125);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QStringList countries = {u"ES"_s, u"PT"_s, u"FR"_s, u"IE"_s};
    QList<QVariantList> locationRows {{warehouse, u"warehouse"_s, warehouse,
                                       u"Zaragoza warehouse"_s, u"ES"_s, 41.65, -0.88,
                                       u"Europe/Madrid"_s, u"EUR"_s, 2100}};
    QList<QVariantList> staffRows;
    for (int i = 1; i < locations; ++i) {
        locationRows << QVariantList {storeId(i),
                                      u"store"_s,
                                      storeId(i),
                                      u"Store %1"_s.arg(i),
                                      countries.at(i % countries.size()),
                                      36.0 + random.bounded(15.0),
                                      -9.0 + random.bounded(12.0),
                                      u"Europe/Madrid"_s,
                                      u"EUR"_s,
                                      2100};
        staffRows << QVariantList {QString(u"A-"_s + storeId(i)), storeId(i),
                                   u"9%1"_s.arg(i, 3, 10, QChar(u'0')), u"Associate %1"_s.arg(i),
                                   u"associate"_s};
    }
    const QStringList sizes = {u"XS"_s, u"S"_s, u"M"_s, u"L"_s, u"XL"_s};
    QList<QVariantList> styleRows;
    QList<QVariantList> productRows;
    QList<QVariantList> stockRows;
    for (int p = 0; p < products; ++p) {
        const QString style = u"ST%1"_s.arg(p / 10, 4, 10, QChar(u'0'));
        if (p % 10 == 0)
            styleRows << QVariantList {style, u"Style %1"_s.arg(p / 10), u"knitwear"_s};
        productRows << QVariantList {sku(p + 1),
                                     style,
                                     sizes.at(p % sizes.size()),
                                     p % 5,
                                     qint64(1995 + 100 * random.bounded(150)),
                                     u"EUR"_s};
        for (const QVariantList &location : std::as_const(locationRows)) {
            const bool hot = p < hotSkus && location.first().toString() == warehouse;
            stockRows << QVariantList {sku(p + 1), location.first(),
                                       hot ? hotStock : int(random.bounded(21)), 0, now};
        }
    }
    QString error;
    if (!DemoGenerator::writeOffers(db, &error)) // the chain's delivery options
        return false;
    SqlTransaction transaction(db);
    return transaction.isActive()
        && insertRows(db, u"locations"_s,
                      {u"id"_s, u"kind"_s, u"code"_s, u"name"_s, u"country"_s, u"latitude"_s,
                       u"longitude"_s, u"time_zone"_s, u"currency"_s, u"vat_rate_bp"_s},
                      locationRows)
        && insertRows(db, u"staff"_s,
                      {u"id"_s, u"location_id"_s, u"staff_number"_s, u"display_name"_s, u"role"_s},
                      staffRows)
        && insertRows(db, u"styles"_s, {u"id"_s, u"name"_s, u"category"_s}, styleRows)
        && insertRows(db, u"products"_s,
                      {u"sku"_s, u"style_id"_s, u"size"_s, u"size_order"_s, u"price_minor"_s,
                       u"currency"_s},
                      productRows)
        && insertRows(db, u"inventory"_s,
                      {u"sku"_s, u"location_id"_s, u"on_hand"_s, u"reserved"_s, u"updated_at"_s},
                      stockRows)
        && ChangeFeedStore::buildFromTables(db, &error) && transaction.commit();
}

/** A device token for a store (code and enrolment straight in the database). */
QString enrolDevice(const QSqlDatabase &db, const QString &store)
{
    QString error;
    const auto code
        = Devices(db).createEnrolmentCode(store, u"associate"_s, u"bench"_s, 3600000, &error);
    if (!code)
        return {};
    return Devices(db)
        .enrol({{u"code"_s, *code}, {u"name"_s, QString(u"bench "_s + store)}})
        .body.value(u"token"_s)
        .toString();
}

void lookups(const QSqlDatabase &db, Bench::ServerProcess &server, int products, int samples)
{
    // Four devices take turns, each kept under the service's 50 requests a second.
    std::vector<std::unique_ptr<Bench::JsonClient>> devices;
    for (int i = 1; i <= 4; ++i)
        devices.push_back(
            std::make_unique<Bench::JsonClient>(server.url(), enrolDevice(db, storeId(i))));
    QRandomGenerator random(7);
    QList<double> ms;
    int wrong = 0;
    qint64 bytes = 0;
    server.takeRequests();
    for (int i = -50; i < samples; ++i) { // the first 50 warm connections and caches up
        Bench::JsonClient &client = *devices[size_t(qAbs(i) % 4)];
        const Bench::JsonClient::Reply reply
            = client.get(u"/v1/inventory?sku="_s + sku(1 + int(random.bounded(products))));
        if (i < 0)
            continue;
        if (reply.status != 200 || reply.body.value(u"stock"_s).toArray().isEmpty())
            ++wrong;
        else
            ms << reply.ms;
        bytes = reply.bytes;
        Bench::pause(10 - int(reply.ms));
    }
    QList<Bench::ServedRequest> served = server.takeRequests();
    served.remove(0, qMin<qsizetype>(50, served.size()));
    QList<double> serviceMs;
    for (const Bench::ServedRequest &request : std::as_const(served))
        serviceMs << request.ms;
    const double p99 = Bench::percentile(ms, 99);
    std::printf("  inventory of one SKU in every location, %d lookups (client-timed): %s;"
                " p99 target < %.0f ms: %s\n",
                int(ms.size()), Bench::latencyLine(ms).constData(), lookupTargetMs,
                Bench::verdict(p99, lookupTargetMs));
    std::printf("    service-side time (its log, whole ms): %s; answer %lld bytes%s\n",
                Bench::latencyLine(serviceMs).constData(), static_cast<long long>(bytes),
                wrong ? qPrintable(u"; %1 answers wrong"_s.arg(wrong)) : "");
}

} // namespace

namespace {

/** One tablet pushing order.create batches as fast as the service answers. */
class OrderClient : public QObject
{
public:
    struct Plan
    {
        QString url;
        QString token;
        QString store;
        QString associate;
        int hotSkus = 4;
        int orders = 150;
        int batch = 10;
        /** Started when the benchmark starts; read when the last answer arrives. */
        const QElapsedTimer *clock = nullptr;
    };

    OrderClient(Plan plan, quint32 seed)
        : m_plan(std::move(plan))
        , m_random(seed)
        , m_clientId(QUuid::createUuid().toString(QUuid::WithoutBraces))
        , m_left(m_plan.orders)
    {
        m_network.setTransferTimeout(60000);
    }

    bool done = false;
    double finishedMs = 0;
    int applied = 0;
    int rejected = 0;
    int throttled = 0;
    int busy = 0;
    QString failure;

    void send()
    {
        if (m_batch.isEmpty()) {
            const int count = qMin(m_plan.batch, m_left);
            for (int i = 0; i < count; ++i) {
                const QJsonObject line {
                    {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                    {u"sku"_s, sku(1 + int(m_random.bounded(m_plan.hotSkus)))},
                    {u"quantity"_s, 1 + int(m_random.bounded(3))},
                    {u"fulfilment"_s, u"pick_up"_s},
                    {u"sourceLocationId"_s, warehouse}};
                const QJsonObject args {
                    {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                    {u"number"_s, u"%1-%2"_s.arg(m_plan.store).arg(m_nextId)},
                    {u"pickupLocationId"_s, m_plan.store},
                    {u"lines"_s, QJsonArray {line}}};
                m_batch << QJsonObject {{u"id"_s, m_nextId++},
                                        {u"name"_s, u"order.create"_s},
                                        {u"args"_s, args},
                                        {u"associateId"_s, m_plan.associate}};
            }
        }
        QNetworkRequest request(QUrl(m_plan.url + u"/v1/sync/push"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", "Bearer " + m_plan.token.toLatin1());
        const QJsonObject body {{u"clientId"_s, m_clientId}, {u"mutations"_s, m_batch}};
        QNetworkReply *reply
            = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this, [this, reply] { answered(reply); });
    }

private:
    void answered(QNetworkReply *reply)
    {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 429 || status == 503) {
            // As the tablet does: wait as told (rate limit) or a moment (busy), then resend.
            ++(status == 429 ? throttled : busy);
            QTimer::singleShot(status == 429 ? int(body.value(u"retryAfterMs"_s).toInteger(1000))
                                             : 50,
                               this, [this] { send(); });
            return;
        }
        if (status != 200) {
            failure
                = u"push answered %1: %2"_s.arg(status).arg(body.value(u"message"_s).toString());
            finish();
            return;
        }
        for (const QJsonValue &result : body.value(u"results"_s).toArray()) {
            if (result.toObject().value(u"status"_s).toString() == u"applied"_s)
                ++applied;
            else
                ++rejected;
        }
        m_left -= int(m_batch.size());
        m_batch = {};
        if (m_left > 0)
            send();
        else
            finish();
    }

    void finish()
    {
        done = true;
        finishedMs = m_plan.clock->nsecsElapsed() / 1e6;
    }

    Plan m_plan;
    QRandomGenerator m_random;
    QString m_clientId;
    QNetworkAccessManager m_network;
    qint64 m_nextId = 1;
    int m_left;
    QJsonArray m_batch;
};

bool allocation(const QSqlDatabase &db, Bench::ServerProcess &server, int ordersPerClient,
                int batch, int hotSkus)
{
    QElapsedTimer timer;
    std::vector<std::unique_ptr<OrderClient>> tablets;
    for (int i = 1; i <= clients; ++i) {
        // Stores 11.. so these devices are not the lookup's.
        const QString store = storeId(10 + i);
        OrderClient::Plan plan {
            server.url(), enrolDevice(db, store), store, QString(u"A-"_s + store),
            hotSkus,      ordersPerClient,        batch, &timer};
        if (plan.token.isEmpty()) {
            fail(u"cannot enrol a device at %1"_s.arg(store));
            return false;
        }
        tablets.push_back(std::make_unique<OrderClient>(plan, quint32(i)));
    }
    server.takeRequests();
    timer.start();
    for (auto &tablet : tablets)
        tablet->send();
    QObject progress;
    const bool finished = Bench::waitUntil(
        &progress, &QObject::destroyed,
        [&] {
            return std::all_of(tablets.begin(), tablets.end(),
                               [](const auto &tablet) { return tablet->done; });
        },
        3600 * 1000);
    double seconds = 0;
    for (const auto &tablet : tablets)
        seconds = qMax(seconds, tablet->finishedMs / 1000.0);
    int applied = 0;
    int rejected = 0;
    int throttled = 0;
    int busy = 0;
    for (const auto &tablet : tablets) {
        if (!tablet->failure.isEmpty())
            std::fprintf(stderr, "  a tablet failed: %s\n", qPrintable(tablet->failure));
        applied += tablet->applied;
        rejected += tablet->rejected;
        throttled += tablet->throttled;
        busy += tablet->busy;
    }
    const QList<Bench::ServedRequest> requests = server.takeRequests();
    QList<double> pushMs;
    for (const Bench::ServedRequest &request : requests) {
        if (request.path == u"/v1/sync/push"_s && request.status == 200)
            pushMs << request.ms;
    }
    std::printf("  allocation: %d tablets x %d order.create (batches of %d, one pick-up line of"
                " 1-3 units of %d SKUs at %s): %d applied, %d rejected in %.2f s = %.0f orders/s"
                "%s\n",
                clients, ordersPerClient, batch, hotSkus, qPrintable(warehouse), applied, rejected,
                seconds, (applied + rejected) / seconds, finished ? "" : " (TIMED OUT)");
    std::printf("    push requests by status: %s (429 waits %d, 503 retries %d); service time per"
                " batch: %s\n",
                Bench::statusSummary(requests, u"/v1/sync/push"_s).constData(), throttled, busy,
                Bench::latencyLine(pushMs).constData());

    // No oversell: reserved never above on hand, and exactly what allocated lines hold.
    const qint64 oversold
        = Database::scalar(db, u"SELECT COUNT(*) FROM inventory WHERE reserved > on_hand"_s)
              .toLongLong();
    bool exact = true;
    QStringList perSku;
    for (int i = 1; i <= hotSkus; ++i) {
        QSqlQuery stock = Database::prepare(
            db,
            u"SELECT on_hand, reserved, (SELECT COALESCE(SUM(quantity), 0) FROM order_lines"
            " WHERE sku = ? AND source_location_id = ? AND status = 'allocated')"
            " FROM inventory WHERE sku = ? AND location_id = ?"_s);
        stock.addBindValue(sku(i));
        stock.addBindValue(warehouse);
        stock.addBindValue(sku(i));
        stock.addBindValue(warehouse);
        if (!Database::exec(stock) || !stock.next())
            return false;
        exact = exact && stock.value(1).toLongLong() == stock.value(2).toLongLong();
        perSku << u"%1 on hand %2 reserved %3 allocated %4"_s.arg(sku(i))
                      .arg(stock.value(0).toLongLong())
                      .arg(stock.value(1).toLongLong())
                      .arg(stock.value(2).toLongLong());
    }
    QStringList statuses;
    QSqlQuery orders(db);
    orders.exec(u"SELECT status, COUNT(*) FROM orders GROUP BY status ORDER BY status"_s);
    while (orders.next())
        statuses << u"%1 %2"_s.arg(orders.value(0).toString()).arg(orders.value(1).toLongLong());
    std::printf("    orders: %s\n", qPrintable(statuses.join(u", "_s)));
    std::printf("    %s\n", qPrintable(perSku.join(u"; "_s)));
    std::printf("    oversell check: %lld inventory rows with reserved > on hand; reserved %s the"
                " allocated lines: %s\n",
                static_cast<long long>(oversold), exact ? "equals" : "DIFFERS FROM",
                oversold == 0 && exact ? "no oversell" : "OVERSOLD OR INCONSISTENT");
    return oversold == 0 && exact;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_inventory"_s);
    QLoggingCategory::setFilterRules(u"clienteling.*.info=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Live inventory lookups and concurrent allocation."_s);
    parser.addHelpOption();
    parser.addOptions(
        {{u"server-exe"_s, u"The clienteling-server executable."_s, u"file"_s},
         {u"database"_s,
          u"An empty database (postgresql:// URL or SQLite file); default a new"
          " SQLite file in --work-dir."_s,
          u"db"_s},
         {u"work-dir"_s, u"Where a new SQLite file goes."_s, u"dir"_s, QDir::tempPath()},
         {u"label"_s, u"Printed in the heading."_s, u"text"_s},
         {u"products"_s, u"SKUs."_s, u"n"_s, u"10000"_s},
         {u"locations"_s, u"Locations (one warehouse, the rest stores)."_s, u"n"_s, u"50"_s},
         {u"lookups"_s, u"Inventory lookups to time."_s, u"n"_s, u"1000"_s},
         {u"orders"_s, u"order.create per tablet."_s, u"n"_s, u"150"_s},
         {u"batch"_s, u"Orders per push."_s, u"n"_s, u"10"_s},
         {u"hot-skus"_s, u"SKUs every order asks for."_s, u"n"_s, u"4"_s},
         {u"hot-stock"_s, u"Units of each at the warehouse."_s, u"n"_s, u"300"_s}});
    parser.process(app);
    const QString serverExe = parser.value(u"server-exe"_s);
    const int products = parser.value(u"products"_s).toInt();
    const int locations = parser.value(u"locations"_s).toInt();
    if (serverExe.isEmpty() || products < 10 || locations < 20)
        return fail(u"--server-exe is required; --products >= 10, --locations >= 20"_s);
    QDir().mkpath(parser.value(u"work-dir"_s));
    QTemporaryDir dir(QDir(parser.value(u"work-dir"_s)).filePath(u"bench-inventory-XXXXXX"_s));
    const QString database
        = parser.isSet(u"database"_s) ? parser.value(u"database"_s) : dir.filePath(u"server.db"_s);
    std::printf("Inventory and allocation: %s, %d products x %d locations\n",
                qPrintable(parser.isSet(u"label"_s) ? parser.value(u"label"_s) : database),
                products, locations);
    std::fflush(stdout);

    QString error;
    QSqlDatabase db = ServerDatabase::open(database, u"bench"_s, &error);
    if (!db.isOpen())
        return fail(u"cannot open %1: %2"_s.arg(database, error));
    if (Database::scalar(db, u"SELECT COUNT(*) FROM products"_s).toLongLong() > 0)
        return fail(u"the database already holds products: give an empty one"_s);
    QElapsedTimer timer;
    timer.start();
    const int hotSkus = parser.value(u"hot-skus"_s).toInt();
    if (!buildChain(db, products, locations, hotSkus, parser.value(u"hot-stock"_s).toInt()))
        return fail(u"cannot write the chain"_s);
    if (Database::dialectOf(db) == SqlDialect::Postgres)
        Database::exec(db, u"ANALYZE"_s);
    std::printf("  setup: %lld inventory rows written and published in %.1f s\n",
                Database::scalar(db, u"SELECT COUNT(*) FROM inventory"_s).toLongLong(),
                timer.elapsed() / 1000.0);
    std::fflush(stdout);

    Bench::ServerProcess server;
    if (!server.start(serverExe, database))
        return fail(server.errorString());
    lookups(db, server, products, parser.value(u"lookups"_s).toInt());
    std::fflush(stdout);
    const bool consistent = allocation(db, server, parser.value(u"orders"_s).toInt(),
                                       parser.value(u"batch"_s).toInt(), hotSkus);
    server.stop();
    db = {};
    Database::close(u"bench"_s);
    return consistent ? 0 : 3;
}
