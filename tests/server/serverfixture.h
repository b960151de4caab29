// SPDX-License-Identifier: MIT
#pragma once
// A real central service for tests: HttpApi on a loopback port over SQLite (a temporary file) or
// PostgreSQL (a fresh database on the server named by CLIENTELING_TEST_PG_URL), a small known
// chain written through the change feed, and a blocking JSON client.

#include "changefeed.h"
#include "database.h"
#include "devices.h"
#include "entities.h"
#include "giftcardkey.h"
#include "httpapi.h"
#include "phonenumbers.h"
#include "pinhash.h"
#include "serverdatabase.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace TestServer {

using namespace Qt::Literals::StringLiterals;

/** The backends a test runs on: SQLite always, PostgreSQL when a test server is given. */
inline QStringList backends()
{
    QStringList list{u"sqlite"_s};
    if (!qEnvironmentVariableIsEmpty("CLIENTELING_TEST_PG_URL"))
        list << u"postgres"_s;
    return list;
}

/** Fails the calling test when CI demands PostgreSQL and none was provided. */
inline bool postgresRequiredButMissing()
{
    return qEnvironmentVariableIntValue("CLIENTELING_REQUIRE_PG") == 1
        && qEnvironmentVariableIsEmpty("CLIENTELING_TEST_PG_URL");
}

#ifdef CLIENTELING_TEST_TLS_DIR
/** A test certificate from tests/server/tls (service, otherhost, expired; see its README). */
inline QSslCertificate tlsCertificate(const QString &name)
{
    const auto certificates = QSslCertificate::fromPath(
        QStringLiteral(CLIENTELING_TEST_TLS_DIR "/") + name + u".pem"_s);
    return certificates.value(0);
}

/** A service's TLS set-up with a test certificate and its key. */
inline QSslConfiguration tlsConfiguration(const QString &name)
{
    QFile keyFile(QStringLiteral(CLIENTELING_TEST_TLS_DIR "/") + name + u".key"_s);
    if (!keyFile.open(QIODevice::ReadOnly))
        return {};
    QSslConfiguration configuration;
    configuration.setLocalCertificate(tlsCertificate(name));
    configuration.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
    return configuration;
}
#endif

struct Reply
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;
};

class Client
{
public:
    explicit Client(QString baseUrl)
        : m_base(std::move(baseUrl))
    {}
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body,
               const QString &token = {}, int timeoutMs = 20000)
    {
        QNetworkRequest request(QUrl(m_base + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(timeoutMs);
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.raw = reply->readAll();
        result.body = QJsonDocument::fromJson(result.raw).object();
        reply->deleteLater();
        return result;
    }
    Reply post(const QString &path, const QJsonObject &json, const QString &token = {})
    {
        return send("POST", path, QJsonDocument(json).toJson(QJsonDocument::Compact), token);
    }
    Reply get(const QString &path, const QString &token = {})
    {
        return send("GET", path, {}, token);
    }

private:
    QString m_base;
    QNetworkAccessManager m_network;
};

/** Writes rows through the change feed, as the service itself would. */
inline bool putRows(const QSqlDatabase &db, const QString &entityName,
                    const QList<QVariantMap> &rows)
{
    const Entity *entity = Entities::byName(entityName);
    ChangeFeedStore store(db);
    for (const QVariantMap &row : rows) {
        if (!store.put(*entity, row))
            return false;
    }
    return true;
}

/** A small chain: MAD and BCN in Spain, DUB in Ireland, warehouse WH1. */
inline bool seedChain(const QSqlDatabase &db)
{
    SqlTransaction transaction(db);
    auto location = [](const char *id, const char *kind, const char *country, const char *name) {
        return QVariantMap{{u"id"_s, QString::fromLatin1(id)},
                           {u"kind"_s, QString::fromLatin1(kind)},
                           {u"code"_s, QString::fromLatin1(id)},
                           {u"name"_s, QString::fromUtf8(name)},
                           {u"country"_s, QString::fromLatin1(country)},
                           {u"time_zone"_s, u"Europe/Madrid"_s},
                           {u"currency"_s, u"EUR"_s},
                           {u"vat_rate_bp"_s, 2100}};
    };
    const QString salt = u"00112233445566778899aabbccddeeff"_s;
    auto staff = [&](const char *id, const char *number, const char *location, const char *pin) {
        return QVariantMap{{u"id"_s, QString::fromLatin1(id)},
                           {u"location_id"_s, QString::fromLatin1(location)},
                           {u"staff_number"_s, QString::fromLatin1(number)},
                           {u"display_name"_s, QString(u"Staff "_s + QString::fromLatin1(number))},
                           {u"role"_s, u"associate"_s},
                           {u"pin_salt"_s, salt},
                           {u"pin_hash"_s,
                            PinHash::hash(QString::fromLatin1(pin), PinHash::fastCostForTests)},
                           {u"pin_iterations"_s, 1000}};
    };
    auto customer = [](const char *id, const char *first, const char *last, const char *home,
                       const char *phone) {
        return QVariantMap{{u"id"_s, QString::fromLatin1(id)},
                           {u"first_name"_s, QString::fromUtf8(first)},
                           {u"last_name"_s, QString::fromUtf8(last)},
                           {u"email"_s, QString(QString::fromLatin1(id).toLower() + u"@example.com"_s)},
                           {u"phone"_s, QString::fromLatin1(phone)},
                           // Every fixture phone is Spanish, given with +34.
                           {u"phone_search"_s,
                            PhoneNumbers::searchTokens(QString::fromLatin1(phone), u"ES"_s)},
                           {u"phone_e164"_s,
                            PhoneNumbers::parse(QString::fromLatin1(phone), u"ES"_s).e164},
                           {u"loyalty_id"_s, QString(u"40000000"_s + QString::fromLatin1(id).right(5))},
                           {u"home_location_id"_s, QString::fromLatin1(home)},
                           {u"created_at"_s, 1700000000000LL}};
    };
    const bool ok = putRows(db, u"location"_s,
                            {location("MAD", "store", "ES", "Madrid Serrano"),
                             location("BCN", "store", "ES", "Barcelona Passeig de Gràcia"),
                             location("DUB", "store", "IE", "Dublin Grafton Street"),
                             location("WH1", "warehouse", "ES", "Zaragoza warehouse")})
        && putRows(db, u"staff"_s,
                   {staff("S1", "1001", "MAD", "1234"), staff("S2", "2001", "BCN", "1234")})
        && putRows(db, u"style"_s,
                   {{{u"id"_s, u"ST1"_s}, {u"name"_s, u"Merino crew jumper"_s},
                     {u"category"_s, u"knitwear"_s}}})
        && putRows(db, u"product"_s,
                   {{{u"sku"_s, u"SKU-1-M"_s}, {u"style_id"_s, u"ST1"_s}, {u"size"_s, u"M"_s},
                     {u"price_minor"_s, 5995}, {u"currency"_s, u"EUR"_s}},
                    {{u"sku"_s, u"SKU-1-L"_s}, {u"style_id"_s, u"ST1"_s}, {u"size"_s, u"L"_s},
                     {u"price_minor"_s, 5995}, {u"currency"_s, u"EUR"_s}}})
        && putRows(db, u"inventory"_s,
                   {{{u"sku"_s, u"SKU-1-M"_s}, {u"location_id"_s, u"MAD"_s}, {u"on_hand"_s, 2}},
                    {{u"sku"_s, u"SKU-1-M"_s}, {u"location_id"_s, u"BCN"_s}, {u"on_hand"_s, 1}},
                    {{u"sku"_s, u"SKU-1-M"_s}, {u"location_id"_s, u"DUB"_s}, {u"on_hand"_s, 4}},
                    {{u"sku"_s, u"SKU-1-M"_s}, {u"location_id"_s, u"WH1"_s}, {u"on_hand"_s, 40}}})
        && putRows(db, u"customer"_s,
                   {customer("C00001", "José", "Muñoz", "MAD", "+34 612 34 56 78"),
                    customer("C00002", "Laia", "Puig", "BCN", "+34 622 11 22 33"),
                    customer("C00003", "Ana", "García", "MAD", "+34 633 44 55 66")});
    return ok && transaction.commit();
}

/** One running service with its own database. */
class Instance
{
public:
    ~Instance() { stop(); }

    bool start(const QString &backend, ServerConfig config = {})
    {
        if (backend == u"postgres"_s) {
            const QString adminUrl = qEnvironmentVariable("CLIENTELING_TEST_PG_URL");
            m_pgName = u"t_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
            QString error;
            {
                QSqlDatabase admin = Database::openPostgres(adminUrl, u"pg-admin"_s, &error);
                if (!admin.isOpen() || !Database::exec(admin, u"CREATE DATABASE "_s + m_pgName)) {
                    qWarning() << "cannot create test database:" << error;
                    return false;
                }
            }
            Database::close(u"pg-admin"_s);
            m_adminUrl = adminUrl;
            config.database = adminUrl.left(adminUrl.lastIndexOf(u'/') + 1) + m_pgName;
        } else {
            config.database = m_dir.filePath(u"server.db"_s);
        }
        // Each service of a test its own key: the default beside an SQLite file (where the
        // command line finds it too), in the test's folder for PostgreSQL.
        if (config.giftCardKeyFile.isEmpty())
            config.giftCardKeyFile = backend == u"postgres"_s
                ? m_dir.filePath(u"gift-card.key"_s)
                : ServerDatabase::defaultGiftCardKeyFile(config.database);
        m_config = config;
        QString error;
        {
            QSqlDatabase db = ServerDatabase::open(config.database, u"fixture"_s, &error);
            if (!db.isOpen() || !seedChain(db)) {
                qWarning() << "cannot prepare the service database:" << error;
                return false;
            }
        }
        Database::close(u"fixture"_s);
        return listen();
    }

    /** The TLS set-up of the next listen() (a null one: plain HTTP). */
    void setTls(const QSslConfiguration &tls) { m_config.tls = tls; }

    /** Starts (again) listening on the same database, on a new port. */
    bool listen()
    {
        m_api = std::make_unique<HttpApi>(m_config);
        m_port = m_api->listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }

    void stop()
    {
        if (m_api) {
            m_api->shutdown(5000);
            m_api.reset();
        }
    }

    /** A connection to the service's database for assertions (this thread). */
    QSqlDatabase database()
    {
        const QString name = u"fixture-check"_s;
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        QString error;
        return ServerDatabase::isPostgres(m_config.database)
            ? Database::openPostgres(m_config.database, name, &error)
            : Database::openSqlite(m_config.database, name, &error);
    }

    void dropDatabase()
    {
        Database::close(u"fixture-check"_s);
        if (m_pgName.isEmpty())
            return;
        QString error;
        {
            QSqlDatabase admin = Database::openPostgres(m_adminUrl, u"pg-admin"_s, &error);
            Database::exec(admin, u"DROP DATABASE IF EXISTS "_s + m_pgName + u" WITH (FORCE)"_s);
        }
        Database::close(u"pg-admin"_s);
    }

    QString url() const
    {
        return (m_config.tls.localCertificate().isNull() ? u"http://127.0.0.1:%1"_s
                                                         : u"https://127.0.0.1:%1"_s)
            .arg(m_port);
    }
    quint16 port() const { return m_port; }
    const ServerConfig &config() const { return m_config; }

    /** The service's gift card key, read from its file as the service does. */
    std::optional<GiftCardKey> giftCardKey() const
    {
        QFile file(m_config.giftCardKeyFile);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        return GiftCardKey::fromBytes(QByteArray::fromHex(file.readAll().trimmed()));
    }
    /** The id the service names the gift card with this number by. */
    QString giftCardId(const QString &number) const
    {
        const auto key = giftCardKey();
        return key ? key->idFor(number) : QString();
    }

    /** Enrols a device of a store and returns its bearer token. */
    QString enrol(const QString &locationId, const QString &mode = u"associate"_s)
    {
        QString error;
        const auto code = Devices(database()).createEnrolmentCode(locationId, mode, u"test"_s,
                                                                  3600000, &error);
        if (!code)
            return {};
        Client client(url());
        const Reply reply = client.post(u"/v1/devices/enrol"_s,
                                        {{u"code"_s, *code}, {u"name"_s, u"test"_s}});
        return reply.body.value(u"token"_s).toString();
    }

private:
    QTemporaryDir m_dir;
    ServerConfig m_config;
    std::unique_ptr<HttpApi> m_api;
    quint16 m_port = 0;
    QString m_pgName;
    QString m_adminUrl;
};

} // namespace TestServer
