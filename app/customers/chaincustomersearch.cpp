// SPDX-License-Identifier: MIT
#include "chaincustomersearch.h"
#include "customerreplies.h"
#include "customerrepository.h"
#include "format.h"
#include "loyaltycards.h"
#include "searchtext.h"
#include "synclog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

ChainCustomerSearch::ChainCustomerSearch(QObject *parent)
    : QAbstractListModel(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(pauseMs);
    connect(&m_debounce, &QTimer::timeout, this, &ChainCustomerSearch::ask);
}

ChainCustomerSearch::ChainCustomerSearch(LocalStore *store, SyncEngine *sync, QObject *parent)
    : ChainCustomerSearch(parent)
{
    setStore(store);
    setSync(sync);
}

void ChainCustomerSearch::setStore(LocalStore *store)
{
    if (store == m_store)
        return;
    m_store = store;
    emit storeChanged();
}

void ChainCustomerSearch::setSync(SyncEngine *sync)
{
    if (sync == m_sync)
        return;
    m_sync = sync;
    emit syncChanged();
}

void ChainCustomerSearch::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    emit queryChanged();
    cancel();
    // What was listed for the last words no longer answers these: gone at once, not after the
    // pause, so a tap never lands on a customer of an earlier search.
    setRows({});
    m_debounce.start();
    emit stateChanged();
}

bool ChainCustomerSearch::isLoyaltyCard(const QString &text)
{
    return LoyaltyCards::isWellFormed(LoyaltyCards::digitsOf(text));
}

void ChainCustomerSearch::searchNow()
{
    m_debounce.stop();
    ask();
}

namespace {

/** Letters and digits left once punctuation and spaces are set aside. */
int searchableLength(const QString &typed)
{
    int n = 0;
    for (QChar c : typed) {
        if (c.isLetterOrNumber())
            ++n;
    }
    return n;
}

} // namespace

void ChainCustomerSearch::cancel()
{
    CustomerReplies::forget(m_reply, this); // its answer is for an earlier search
}

void ChainCustomerSearch::ask()
{
    cancel();
    const QString asked = m_query.trimmed();
    if (searchableLength(asked) < minimumLength) {
        setRows({});
        emit stateChanged();
        emit finished(m_query);
        return;
    }
    SyncEngine *sync = m_sync;
    QNetworkReply *reply = sync ? sync->get(u"/v1/customers/search"_s,
                                            QUrlQuery{{u"q"_s, asked},
                                                      {u"limit"_s, QString::number(limit)}},
                                            timeoutMs)
                                : nullptr;
    if (!reply) {
        setUnreachable(true);
        emit stateChanged();
        emit finished(m_query);
        return;
    }
    m_reply = reply;
    emit stateChanged();
    connect(reply, &QNetworkReply::finished, this, [this, reply, asked] {
        reply->deleteLater();
        m_reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (asked != m_query.trimmed())
            return;
        if (status != 200) {
            if (status != 0)
                qCWarning(lcSync) << "customer search answered" << status
                                  << body.value(u"error"_s).toString();
            setRows({});
            setUnreachable(true);
            emit stateChanged();
            emit finished(m_query);
            return;
        }
        setUnreachable(false);
        LocalStore *store = m_store;
        const CustomerRepository local(store && store->isReady() ? store->database()
                                                                 : QSqlDatabase());
        QList<QVariantMap> rows;
        const QJsonArray customers = body.value(u"customers"_s).toArray();
        for (const QJsonValue &value : customers) {
            const QJsonObject customer = value.toObject();
            const QString id = customer.value(u"id"_s).toString();
            if (id.isEmpty() || (store && store->isReady() && local.customer(id)))
                continue; // listed above, from this tablet
            const QString first = customer.value(u"firstName"_s).toString();
            const QString last = customer.value(u"lastName"_s).toString();
            const QString tier = customer.value(u"tier"_s).toString();
            const QString home = customer.value(u"homeLocationName"_s).toString();
            rows << QVariantMap{
                {u"customerId"_s, id},
                {u"displayName"_s, CustomerReplies::displayName(first, last)},
                {u"initials"_s, (first.left(1) + last.left(1)).toUpper()},
                {u"tier"_s, tier},
                {u"tierLabel"_s, Format::tier(tier)},
                //: A customer of the web shop or the app who has no home store
                {u"homeLocationName"_s, home.isEmpty() ? tr("Online customer") : home},
            };
        }
        setRows(rows);
        emit stateChanged();
        emit finished(m_query);
    });
}

void ChainCustomerSearch::setRows(const QList<QVariantMap> &rows)
{
    if (rows.isEmpty() && m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

void ChainCustomerSearch::setUnreachable(bool unreachable)
{
    m_unreachable = unreachable;
}

int ChainCustomerSearch::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ChainCustomerSearch::roleNames() const
{
    return {{CustomerIdRole, "customerId"}, {DisplayNameRole, "displayName"},
            {InitialsRole, "initials"},     {TierRole, "tier"},
            {TierLabelRole, "tierLabel"},   {HomeLocationNameRole, "homeLocationName"}};
}

QVariant ChainCustomerSearch::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QByteArray name = roleNames().value(role);
    return name.isEmpty() ? QVariant() : m_rows.at(index.row()).value(QString::fromLatin1(name));
}

QVariantMap ChainCustomerSearch::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}
