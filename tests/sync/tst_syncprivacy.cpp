// SPDX-License-Identifier: MIT
// Merged and erased customers reaching tablets, on SQLite and PostgreSQL: a change queued
// offline against a record merged away meanwhile lands on the survivor, two tablets holding
// the pair converge to one person, a manager's tablet merges optimistically; a tablet offline
// during an erasure erases on its next pull and shows why its queued changes were discarded.
#include "customeradmin.h"
#include "customerprofile.h"
#include "customerrepository.h"
#include "rejectionsmodel.h"
#include "replica.h"
#include "synctestkit.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace TestServer;
using namespace SyncTest;

namespace {
const QString survivor = u"C00001"_s; // José Muñoz, Madrid
const QString merged = u"C00003"_s; // Ana García, Madrid

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class TestSyncPrivacy : public SyncFixture
{
    Q_OBJECT

private:
    std::unique_ptr<FaultProxy> m_proxyB;

    static int count(Tablet &tablet, const QString &sql, const QVariantList &values = {})
    {
        return tablet.scalar(sql, values).toInt();
    }
    static QStringList found(Tablet &tablet, const QString &text)
    {
        QStringList ids;
        for (const QVariantMap &row : CustomerRepository(tablet.store()->database()).search(text, 20, 0))
            ids << row.value(u"customerId"_s).toString();
        return ids;
    }

private slots:
    void init()
    {
        QVERIFY(startService());
        m_proxyB = std::make_unique<FaultProxy>();
        QVERIFY(m_proxyB->listen());
        m_proxyB->setUpstreamPort(m_server->port());
        // Madrid's manager, who may merge customers from a tablet.
        QVERIFY(putRows(m_server->database(), u"staff"_s,
                        {{{u"id"_s, u"M1"_s},
                          {u"location_id"_s, u"MAD"_s},
                          {u"staff_number"_s, u"1002"_s},
                          {u"display_name"_s, u"Manager"_s},
                          {u"role"_s, u"manager"_s}}}));
    }
    void cleanup()
    {
        m_proxyB.reset();
        stopService();
    }

    void queuedChangesForAMergedRecordLandOnTheSurvivor()
    {
        Tablet a(tabletPath(u"a"_s));
        Tablet b(tabletPath(u"b"_s));
        QVERIFY(enrolled(a, m_proxy->url()));
        QVERIFY(enrolled(b, m_proxyB->url()));
        QCOMPARE(found(a, u"Ana Garcia"_s), QStringList {merged});

        // Tablet A is offline while a manager merges Ana's record into José's on the service.
        m_proxy->setDefaultMode(FaultProxy::Mode::DropRequest);
        const QString noteId = a.note(merged, u"Wants the navy jumper in L"_s);
        QVERIFY(!noteId.isEmpty());
        const QString lineId = newId();
        QVERIFY(a.submit(u"cart.addLine"_s,
                         {{u"id"_s, lineId},
                          {u"customerId"_s, merged},
                          {u"sku"_s, u"SKU-1-L"_s},
                          {u"quantity"_s, 1}}));
        QVERIFY(a.setPreference(merged, u"size.top"_s, u"L"_s));
        const MutationResult result
            = CustomerAdmin(m_server->database()).merge(survivor, merged, u"test"_s);
        QVERIFY2(result.applied, qPrintable(result.message));

        // Back online: nothing lost, everything on the survivor.
        m_proxy->setDefaultMode(FaultProxy::Mode::Pass);
        QVERIFY(a.quiesce());
        QVERIFY(b.quiesce());
        QCOMPARE(serverValue(u"SELECT customer_id FROM notes WHERE id = ?"_s, {noteId}).toString(),
                 survivor);
        QCOMPARE(serverValue(u"SELECT customer_id FROM cart_lines WHERE id = ?"_s, {lineId})
                     .toString(),
                 survivor);
        QCOMPARE(serverValue(u"SELECT value FROM customer_preferences WHERE customer_id = ? AND"
                             " key = 'size.top'"_s,
                             {survivor})
                     .toString(),
                 u"L"_s);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM mutation_results"_s), 0);

        // Both tablets show one person: the survivor with the note, the other record hidden.
        for (Tablet *tablet : {&a, &b}) {
            QCOMPARE(tablet->scalar(u"SELECT customer_id FROM notes WHERE id = ?"_s, {noteId})
                         .toString(),
                     survivor);
            QCOMPARE(tablet->scalar(u"SELECT merged_into FROM customers WHERE id = ?"_s, {merged})
                         .toString(),
                     survivor);
            QCOMPARE(count(*tablet, u"SELECT COUNT(*) FROM notes WHERE customer_id = ?"_s, {merged}),
                     0);
            QCOMPARE(found(*tablet, u"Ana Garcia"_s), QStringList {});
            QCOMPARE(found(*tablet, u"Jose Munoz"_s), QStringList {survivor});
            // Opening the merged record (a link kept somewhere) shows the survivor.
            CustomerProfile profile(tablet->store());
            profile.setCustomerId(merged);
            QCOMPARE(profile.customerId(), survivor);
            QCOMPARE(profile.displayName(), u"José Muñoz"_s);
        }
        QCOMPARE(a.snapshot(), serverSnapshot());
        QCOMPARE(b.snapshot(), serverSnapshot());
    }

    void aManagersTabletMergesAtOnceAndTheServiceCompletesIt()
    {
        Tablet manager(tabletPath(u"manager"_s), u"M1"_s);
        Tablet other(tabletPath(u"other"_s));
        QVERIFY(enrolled(manager, m_proxy->url()));
        QVERIFY(enrolled(other, m_proxyB->url()));
        const QString noteId = other.note(merged, u"Prefers email"_s);
        QVERIFY(other.quiesce());
        QVERIFY(manager.quiesce());

        // Offline, the merged record is hidden at once.
        m_proxy->setDefaultMode(FaultProxy::Mode::DropRequest);
        QVERIFY(manager.submit(u"customer.merge"_s,
                               {{u"survivorId"_s, survivor}, {u"mergedId"_s, merged}}));
        QCOMPARE(found(manager, u"Ana Garcia"_s), QStringList {});
        // An associate may not (refused on the tablet already).
        Tablet associate(tabletPath(u"associate"_s));
        QVERIFY(enrolled(associate, m_proxyB->url()));
        QCOMPARE(associate.store()
                     ->submit(u"customer.merge"_s,
                              {{u"survivorId"_s, survivor}, {u"mergedId"_s, merged}})
                     .code,
                 u"not_allowed"_s);

        m_proxy->setDefaultMode(FaultProxy::Mode::Pass);
        QVERIFY(manager.quiesce());
        QVERIFY(other.quiesce());
        QCOMPARE(serverValue(u"SELECT merged_into FROM customers WHERE id = ?"_s, {merged}).toString(),
                 survivor);
        for (Tablet *tablet : {&manager, &other}) {
            QCOMPARE(tablet->scalar(u"SELECT customer_id FROM notes WHERE id = ?"_s, {noteId})
                         .toString(),
                     survivor);
            QCOMPARE(found(*tablet, u"Ana Garcia"_s), QStringList {});
            QCOMPARE(tablet->snapshot(), serverSnapshot());
        }
    }

    void anOfflineTabletErasesOnItsNextPull()
    {
        Tablet a(tabletPath(u"a"_s));
        QVERIFY(enrolled(a, m_proxy->url()));
        const QString kept = a.note(merged, u"Allergic to wool"_s);
        QVERIFY(a.submit(u"wishlist.add"_s, {{u"customerId"_s, merged}, {u"sku"_s, u"SKU-1-M"_s}}));
        QVERIFY(a.quiesce());
        QCOMPARE(found(a, u"Ana"_s), QStringList {merged});

        // Offline: more about Ana is queued while the service erases her.
        m_proxy->setDefaultMode(FaultProxy::Mode::DropRequest);
        const QString queued = a.note(merged, u"Her new address is Calle Mayor 5"_s);
        QVERIFY(a.setPreference(merged, u"colours"_s, u"navy"_s));
        QVERIFY(a.note(survivor, u"Unrelated"_s).size() > 0);
        const MutationResult result
            = CustomerAdmin(m_server->database()).erase(merged, u"test"_s);
        QVERIFY2(result.applied, qPrintable(result.message));
        QCOMPARE(a.scalar(u"SELECT body FROM notes WHERE id = ?"_s, {queued}).toString(),
                 u"Her new address is Calle Mayor 5"_s);

        m_proxy->setDefaultMode(FaultProxy::Mode::Pass);
        QVERIFY(a.quiesce());
        // Nothing of her is left on the tablet, nor in its search, queue or refusals.
        const QVariantMap row = CustomerRepository(a.store()->database()).customer(merged).value_or(QVariantMap());
        QVERIFY(row.value(u"erased_at"_s).toLongLong() > 0);
        QVERIFY(row.value(u"first_name"_s).toString().isEmpty());
        for (const QString &table : {u"notes"_s, u"customer_preferences"_s, u"wishlist_items"_s,
                                     u"consents"_s})
            QVERIFY2(count(a, u"SELECT COUNT(*) FROM %1 WHERE customer_id = ?"_s.arg(table),
                           {merged})
                         == 0,
                     qPrintable(table));
        QCOMPARE(count(a, u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {kept}), 0);
        QCOMPARE(found(a, u"Ana"_s), QStringList {});
        for (const QString &table : {u"outbox"_s, u"outbox_archive"_s, u"sync_rejections"_s})
            QCOMPARE(count(a, u"SELECT COUNT(*) FROM %1 WHERE args LIKE '%Calle Mayor%'"_s.arg(table)),
                     0);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes WHERE customer_id = ?"_s, {merged}), 0);
        // The unrelated change went up.
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes WHERE customer_id = ?"_s, {survivor}), 1);

        // The associate sees why the two changes about her were not kept.
        RejectionsModel *rejections = a.engine()->rejections();
        rejections->reload();
        QTRY_COMPARE(rejections->rowCount(), 2);
        for (int i = 0; i < rejections->rowCount(); ++i) {
            const QString reason = rejections->data(rejections->index(i), rejections->roleNames().key("reason")).toString();
            QVERIFY2(reason.contains(u"erased"_s), qPrintable(reason));
        }
        // The profile says so rather than "not on this tablet".
        CustomerProfile profile(a.store());
        profile.setCustomerId(merged);
        QVERIFY2(profile.errorString().contains(u"erased"_s), qPrintable(profile.errorString()));
    }

    void aReceiptIsNotMailedOnceEmailConsentIsWithdrawn()
    {
        // Offline at the till: the receipt goes to the queue while the customer agrees to
        // email, then they change their mind before it was sent.
        Tablet a(tabletPath(u"a"_s));
        QVERIFY(enrolled(a, m_proxy->url()));
        // When the customer said so, as the tablet records it (the withdrawal later).
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto consent = [&](bool granted, qint64 at) {
            return a.submit(u"customer.setConsent"_s,
                            {{u"customerId"_s, survivor},
                             {u"kind"_s, u"email"_s},
                             {u"granted"_s, granted},
                             {u"channel"_s, u"store"_s},
                             {u"at"_s, at}});
        };
        QVERIFY(consent(true, now - 60000));
        QVERIFY(a.quiesce());
        m_proxy->setDefaultMode(FaultProxy::Mode::DropRequest);
        const QString orderId = newId();
        QVERIFY(a.submit(u"order.create"_s,
                         {{u"id"_s, orderId},
                          {u"number"_s, u"T-receipt"_s},
                          {u"customerId"_s, survivor},
                          {u"lines"_s,
                           QJsonArray {QJsonObject {{u"id"_s, QString(orderId + u"-1"_s)},
                                                    {u"sku"_s, u"SKU-1-M"_s},
                                                    {u"quantity"_s, 1},
                                                    {u"fulfilment"_s, u"carry_out"_s}}}}}));
        const QString mailId = newId();
        QVERIFY(a.submit(u"receipt.email"_s,
                         {{u"id"_s, mailId},
                          {u"orderId"_s, orderId},
                          {u"customerId"_s, survivor},
                          {u"pdf"_s, QString::fromLatin1(QByteArray("%PDF-1.4 receipt").toBase64())}}));
        QVERIFY(consent(false, now - 1000));
        m_proxy->setDefaultMode(FaultProxy::Mode::Pass);
        QVERIFY(a.quiesce());
        // The mail relay finds nothing to send to them.
        QCOMPARE(serverValue(u"SELECT status FROM outbound_emails WHERE id = ?"_s, {mailId})
                     .toString(),
                 u"withdrawn"_s);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM outbound_emails WHERE status = 'queued'"_s), 0);
        // The history on the tablet: given, withdrawn.
        QCOMPARE(count(a, u"SELECT COUNT(*) FROM consent_events WHERE customer_id = ?"_s,
                       {survivor}),
                 2);
    }

    void queuedChangesDiscardedWhenThePullComesFirst()
    {
        // The erasure arrives in a pull while a change about her is still queued (made after
        // the cycle's push): it is emptied and discarded on the tablet with the notice, never
        // applied again locally, and refused by the service when it goes up.
        Tablet a(tabletPath(u"a"_s));
        QVERIFY(enrolled(a, m_proxy->url()));
        m_proxy->setDefaultMode(FaultProxy::Mode::DropRequest);
        const QString queued = a.note(merged, u"Phone her at 612 000 000"_s);
        QVERIFY(!queued.isEmpty());
        QVERIFY(CustomerAdmin(m_server->database()).erase(merged, u"test"_s).applied);
        // The page a pull would bring: her anonymised row.
        Replica replica(a.store()->database());
        Protocol::PullResponse page;
        page.cursor = replica.state(u"cursor"_s);
        page.lastMutationId = replica.confirmed();
        const QVariantMap erasedRow
            = Database::rows(m_server->database(), u"SELECT * FROM customers WHERE id = ?"_s,
                             {merged})
                  .first();
        page.changes << Protocol::Change {u"customer"_s, false,
                                          QJsonObject::fromVariantMap(erasedRow)};
        QSet<QString> tables;
        QString error;
        QVERIFY2(replica.applyPage(page, &tables, &error), qPrintable(error));
        QVERIFY2(replica.rebase(&tables, &error), qPrintable(error));
        QVERIFY(tables.contains(u"sync_rejections"_s));
        QCOMPARE(count(a, u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {queued}), 0);
        QCOMPARE(count(a, u"SELECT COUNT(*) FROM outbox WHERE args LIKE '%612 000 000%'"_s), 0);
        QCOMPARE(count(a, u"SELECT COUNT(*) FROM outbox"_s), 1); // ids stay dense
        QCOMPARE(count(a, u"SELECT COUNT(*) FROM sync_rejections WHERE code = 'erased'"_s), 1);
        QCOMPARE(found(a, u"Ana"_s), QStringList {});

        // Back online: the emptied change goes up, is refused, and leaves the queue.
        m_proxy->setDefaultMode(FaultProxy::Mode::Pass);
        QVERIFY(a.quiesce());
        QCOMPARE(a.engine()->pendingCount(), 0);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {queued}), 0);
        QCOMPARE(count(a, u"SELECT COUNT(*) FROM sync_rejections WHERE code = 'erased'"_s), 1);
        QCOMPARE(count(a, u"SELECT COUNT(*) FROM notes WHERE id = ?"_s, {queued}), 0);
    }
};

QTEST_MAIN(TestSyncPrivacy)
#include "tst_syncprivacy.moc"
