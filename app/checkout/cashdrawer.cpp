// SPDX-License-Identifier: MIT
#include "cashdrawer.h"
#include "clock.h"
#include "database.h"
#include "format.h"
#include "ids.h"
#include "localstore.h"
#include "session.h"

#include <QJSEngine>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {
CashDrawer *s_instance = nullptr;
}

CashDrawer::CashDrawer(QObject *parent)
    : QObject(parent)
{
    s_instance = this;
    if (Session *session = Session::instance())
        connect(session, &Session::changed, this, &CashDrawer::changed);
    if (LocalStore *store = LocalStore::instance())
        connect(store, &LocalStore::stateChanged, this, &CashDrawer::changed);
}

CashDrawer::~CashDrawer()
{
    if (s_instance == this)
        s_instance = nullptr;
}

CashDrawer *CashDrawer::instance()
{
    return s_instance;
}

CashDrawer *CashDrawer::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString CashDrawer::sessionId() const
{
    LocalStore *store = LocalStore::instance();
    Session *session = Session::instance();
    if (!store || !store->isReady() || !session || !session->isSignedIn())
        return {};
    return Database::scalar(store->database(),
                            u"SELECT id FROM cash_sessions WHERE associate_id = ? AND"
                            " closed_at = 0 ORDER BY opened_at DESC LIMIT 1"_s,
                            {session->associateId()})
        .toString();
}

QString CashDrawer::currency() const
{
    LocalStore *store = LocalStore::instance();
    if (!store || !store->isReady())
        return u"EUR"_s;
    const QString currency
        = Database::scalar(store->database(), u"SELECT currency FROM locations WHERE id = ?"_s,
                           {store->locationId()})
              .toString();
    return currency.isEmpty() ? u"EUR"_s : currency;
}

qint64 CashDrawer::expectedMinor() const
{
    const QString id = sessionId();
    if (id.isEmpty())
        return 0;
    const QSqlDatabase db = LocalStore::instance()->database();
    return Database::scalar(db, u"SELECT opening_minor FROM cash_sessions WHERE id = ?"_s, {id})
               .toLongLong()
        + Database::scalar(db,
                           u"SELECT COALESCE(SUM(amount_minor), 0) FROM cash_movements"
                           " WHERE session_id = ?"_s,
                           {id})
              .toLongLong();
}

QString CashDrawer::expectedText() const
{
    return Format::money(expectedMinor(), currency());
}

QString CashDrawer::openedText() const
{
    const QString id = sessionId();
    if (id.isEmpty())
        return {};
    return Format::dateTime(Database::scalar(LocalStore::instance()->database(),
                                             u"SELECT opened_at FROM cash_sessions WHERE id = ?"_s,
                                             {id})
                                .toLongLong());
}

bool CashDrawer::openDrawer(qint64 openingMinor)
{
    LocalStore *store = LocalStore::instance();
    Session *session = Session::instance();
    if (!store || !store->isReady() || !session || !session->isSignedIn()) {
        emit failed(tr("Sign in to open your cash drawer."));
        return false;
    }
    if (isOpen())
        return true;
    if (openingMinor < 0 || openingMinor > 100000000) {
        emit failed(tr("Type the float you put in the drawer."));
        return false;
    }
    QSqlQuery insert = Database::prepare(store->database(),
                                         u"INSERT INTO cash_sessions (id, associate_id, currency,"
                                         " opened_at, opening_minor) VALUES (?, ?, ?, ?, ?)"_s);
    for (const QVariant &value : QVariantList {Ids::newId(), session->associateId(), currency(),
                                               Clock::nowMs(), openingMinor})
        insert.addBindValue(value);
    if (!Database::exec(insert)) {
        emit failed(tr("The drawer could not be opened on this tablet. Try again."));
        return false;
    }
    emit changed();
    return true;
}

bool CashDrawer::record(const QString &kind, qint64 amountMinor, const QString &saleId)
{
    const QString id = sessionId();
    if (id.isEmpty())
        return false;
    QSqlQuery insert = Database::prepare(LocalStore::instance()->database(),
                                         u"INSERT INTO cash_movements (id, session_id, kind,"
                                         " amount_minor, sale_id, at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value :
         QVariantList {Ids::newId(), id, kind, amountMinor, saleId, Clock::nowMs()})
        insert.addBindValue(value);
    const bool ok = Database::exec(insert);
    if (ok)
        emit changed();
    return ok;
}

QVariantMap CashDrawer::closeDrawer(qint64 countedMinor)
{
    LocalStore *store = LocalStore::instance();
    const QString id = sessionId();
    if (id.isEmpty()) {
        emit failed(tr("Your cash drawer is not open."));
        return {};
    }
    if (countedMinor < 0 || countedMinor > 100000000) {
        emit failed(tr("Type the amount you counted in the drawer."));
        return {};
    }
    const QSqlDatabase db = store->database();
    const qint64 expected = expectedMinor();
    const qint64 opening = Database::scalar(db,
                                            u"SELECT opening_minor FROM cash_sessions"
                                            " WHERE id = ?"_s,
                                            {id})
                               .toLongLong();
    const qint64 openedAt = Database::scalar(db,
                                             u"SELECT opened_at FROM cash_sessions"
                                             " WHERE id = ?"_s,
                                             {id})
                                .toLongLong();
    const MutationResult sent = store->submit(u"cash.closeSession"_s,
                                              {{u"id"_s, id},
                                               {u"currency"_s, currency()},
                                               {u"openedAt"_s, openedAt},
                                               {u"openingMinor"_s, opening},
                                               {u"expectedMinor"_s, expected},
                                               {u"countedMinor"_s, countedMinor}});
    if (!sent.applied) {
        emit failed(tr("The count could not be saved (%1). Try again.").arg(sent.message));
        return {};
    }
    QSqlQuery close = Database::prepare(db,
                                        u"UPDATE cash_sessions SET closed_at = ?,"
                                        " counted_minor = ? WHERE id = ?"_s);
    close.addBindValue(Clock::nowMs());
    close.addBindValue(countedMinor);
    close.addBindValue(id);
    Database::exec(close);
    const QString money = currency();
    emit changed();
    return {{u"expectedText"_s, Format::money(expected, money)},
            {u"countedText"_s, Format::money(countedMinor, money)},
            {u"differenceText"_s, Format::money(countedMinor - expected, money)},
            {u"difference"_s, countedMinor - expected}};
}
