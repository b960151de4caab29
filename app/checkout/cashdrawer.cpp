// SPDX-License-Identifier: MIT
#include "cashdrawer.h"
#include "qmlentrypoint.h"
#include "cashdrawerrepository.h"
#include "clock.h"
#include "format.h"
#include "ids.h"
#include "localstore.h"
#include "session.h"

#include <QJSEngine>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

CashDrawer::CashDrawer(LocalStore *store, Session *session, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_session(session)
{
    if (session)
        connect(session, &Session::changed, this, &CashDrawer::changed);
    if (store)
        connect(store, &LocalStore::stateChanged, this, &CashDrawer::changed);
}

CashDrawer::~CashDrawer() = default;

CashDrawer *CashDrawer::create(QQmlEngine *, QJSEngine *)
{
    return QmlEntryPoint<CashDrawer>::forQml();
}

std::optional<CashDrawerRepository> CashDrawer::repository() const
{
    if (!m_store || !m_store->isReady())
        return std::nullopt;
    return CashDrawerRepository(m_store->database());
}

QString CashDrawer::sessionId() const
{
    const auto drawers = repository();
    if (!drawers || !m_session || !m_session->isSignedIn())
        return {};
    return drawers->openSessionOf(m_session->associateId()).id;
}

QString CashDrawer::currency() const
{
    const auto drawers = repository();
    return drawers ? drawers->currencyOf(m_store->locationId()) : u"EUR"_s;
}

qint64 CashDrawer::expectedMinor() const
{
    const QString id = sessionId();
    return id.isEmpty() ? 0 : repository()->expectedMinor(id);
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
    return Format::dateTime(repository()->session(id).openedAt);
}

bool CashDrawer::openDrawer(qint64 openingMinor)
{
    auto drawers = repository();
    if (!drawers || !m_session || !m_session->isSignedIn()) {
        emit failed(tr("Sign in to open your cash drawer."));
        return false;
    }
    if (isOpen())
        return true;
    if (openingMinor < 0 || openingMinor > 100000000) {
        emit failed(tr("Type the float you put in the drawer."));
        return false;
    }
    if (!drawers->open(Ids::newId(), m_session->associateId(), Money(openingMinor, currency()),
                       Clock::nowMs())) {
        emit failed(tr("The drawer could not be opened on this tablet. Try again."));
        return false;
    }
    emit changed();
    return true;
}

bool CashDrawer::record(const QString &kind, const Money &amount, const QString &saleId)
{
    const QString id = sessionId();
    if (id.isEmpty())
        return false;
    const bool ok = repository()->addMovement(Ids::newId(), id, kind, amount.minor(), saleId,
                                              Clock::nowMs());
    if (ok)
        emit changed();
    return ok;
}

QVariantMap CashDrawer::closeDrawer(qint64 countedMinor)
{
    const QString id = sessionId();
    if (id.isEmpty()) {
        emit failed(tr("Your cash drawer is not open."));
        return {};
    }
    if (countedMinor < 0 || countedMinor > 100000000) {
        emit failed(tr("Type the amount you counted in the drawer."));
        return {};
    }
    auto drawers = repository();
    const qint64 expected = expectedMinor();
    const CashDrawerRepository::Session session = drawers->session(id);
    const MutationResult sent = m_store->submit(u"cash.closeSession"_s,
                                                {{u"id"_s, id},
                                                 {u"currency"_s, currency()},
                                                 {u"openedAt"_s, session.openedAt},
                                                 {u"openingMinor"_s, session.openingMinor},
                                                 {u"expectedMinor"_s, expected},
                                                 {u"countedMinor"_s, countedMinor}});
    if (!sent.applied) {
        emit failed(tr("The count could not be saved (%1). Try again.").arg(sent.message));
        return {};
    }
    drawers->close(id, Clock::nowMs(), countedMinor);
    const QString money = currency();
    emit changed();
    return {{u"expectedText"_s, Format::money(expected, money)},
            {u"countedText"_s, Format::money(countedMinor, money)},
            {u"differenceText"_s, Format::money(countedMinor - expected, money)},
            {u"difference"_s, countedMinor - expected}};
}
