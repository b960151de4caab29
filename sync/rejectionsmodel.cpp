// SPDX-License-Identifier: MIT
#include "rejectionsmodel.h"
#include "database.h"
#include "format.h"
#include "localstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

RejectionsModel::RejectionsModel(LocalStore *store, QObject *parent)
    : RowListModel({"mutationId", "title", "reason", "action", "whenText"}, u"mutationId"_s,
                   parent)
    , m_store(store)
{}

QString RejectionsModel::describe(const QSqlDatabase &db, const QString &name,
                                  const QJsonObject &args)
{
    QString customerId = args.value(u"customerId"_s).toString();
    if (name.startsWith(u"customer."_s) && customerId.isEmpty())
        customerId = args.value(u"id"_s).toString();
    QString customer = Database::scalar(db,
                                        u"SELECT first_name || ' ' || last_name FROM customers"
                                        " WHERE id = ?"_s,
                                        {customerId})
                           .toString()
                           .trimmed();
    if (customer.isEmpty())
        customer = tr("a customer");
    if (name == u"note.add"_s || name == u"note.edit"_s)
        return tr("Note for %1").arg(customer);
    if (name == u"customer.setPreference"_s)
        return tr("%1 for %2").arg(Format::preference(args.value(u"key"_s).toString()), customer);
    if (name == u"customer.setConsent"_s)
        return tr("%1 consent for %2")
            .arg(Format::consentKind(args.value(u"kind"_s).toString()), customer);
    if (name == u"customer.create"_s)
        return tr("New customer %1").arg(customer);
    if (name == u"customer.update"_s)
        return tr("Details of %1").arg(customer);
    if (name.startsWith(u"wishlist."_s))
        return tr("Wishlist of %1").arg(customer);
    if (name.startsWith(u"cart."_s))
        return tr("Cart of %1").arg(customer);
    if (name == u"staff.lock"_s || name == u"staff.unlock"_s) {
        QString who = Database::scalar(db, u"SELECT display_name FROM staff WHERE id = ?"_s,
                                       {args.value(u"staffId"_s).toString()})
                          .toString();
        if (who.isEmpty())
            who = tr("a colleague");
        return name == u"staff.lock"_s ? tr("Sign-in lock of %1").arg(who)
                                       : tr("Unlocking %1").arg(who);
    }
    return tr("A change (%1)").arg(name);
}

QList<QVariantMap> RejectionsModel::fetchRows(int, int)
{
    QList<QVariantMap> rows;
    if (!m_store->isReady())
        return rows;
    QSqlDatabase db = m_store->database();
    QSqlQuery query = Database::prepare(db,
                                        u"SELECT mutation_id, name, args, code, message,"
                                        " decided_at FROM sync_rejections WHERE dismissed = 0"
                                        " ORDER BY mutation_id < 0 DESC, mutation_id DESC"_s);
    if (!Database::exec(query))
        return rows;
    while (query.next()) {
        const QString name = query.value(1).toString();
        const QString code = query.value(3).toString();
        const QJsonObject args = QJsonDocument::fromJson(query.value(2).toByteArray()).object();
        QString title;
        QString reason;
        QString action;
        if (code == u"lost"_s) {
            // Not a refusal: changes the service confirmed, then lost in a restore, and this
            // tablet no longer kept (Replica::recover).
            title = tr("%n change(s) made on this tablet were lost", nullptr,
                       int(args.value(u"count"_s).toInteger()));
            const qint64 upTo = args.value(u"upTo"_s).toInteger();
            reason = upTo > 0
                ? tr("The central service was restored from a backup that did not have them, "
                     "and this tablet no longer kept a copy. The newest of them was made %1.")
                      .arg(Format::dateTime(upTo))
                : tr("The central service was restored from a backup that did not have them, "
                     "and this tablet no longer kept a copy.");
            action = tr("Check what was recorded on this tablet until then and make again what "
                        "is missing.");
        } else if (code == u"erased"_s) {
            // Not sent: the customer's personal data was erased on the service while this
            // change waited on this tablet (Replica::eraseCustomer).
            reason = tr("The customer asked for their personal data to be erased. This change "
                        "was made on this tablet before the erasure reached it, so it was "
                        "discarded.");
            action = tr("Nothing to do: nothing more is kept about this customer.");
        } else if (code == u"not_allowed"_s) {
            reason = tr("The central service did not allow it from this tablet or for this "
                        "associate.");
            action = tr("Ask your store manager; the change was not saved.");
        } else if (code == u"not_found"_s) {
            reason = tr("What it refers to no longer exists (removed on another device).");
            action = tr("Open the customer again and redo the change if it is still needed.");
        } else if (code == u"invalid"_s) {
            reason = tr("The central service found it invalid: %1.").arg(query.value(4).toString());
            action = tr("Correct the details and make the change again.");
        } else if (code == u"sold_out"_s) {
            reason = tr("The item sold out before the change reached the central service.");
            action = tr("Offer the customer an alternative.");
        } else {
            reason = tr("The central service refused it (%1).").arg(query.value(4).toString());
            action = tr("Make the change again; if it is refused again, call IT support.");
        }
        rows << QVariantMap {{u"mutationId"_s, query.value(0).toLongLong()},
                             {u"title"_s, title.isEmpty() ? describe(db, name, args) : title},
                             {u"reason"_s, reason},
                             {u"action"_s, action},
                             {u"whenText"_s, Format::when(query.value(5).toLongLong())}};
    }
    return rows;
}

void RejectionsModel::dismiss(qint64 mutationId)
{
    QSqlQuery update = Database::prepare(m_store->database(),
                                         u"UPDATE sync_rejections SET dismissed = 1"
                                         " WHERE mutation_id = ?"_s);
    update.addBindValue(mutationId);
    Database::exec(update);
    refresh();
}
