// SPDX-License-Identifier: MIT
#include "session.h"
#include "qmlentrypoint.h"
#include "clock.h"
#include "database.h"
#include "format.h"
#include "localstore.h"
#include "logging.h"
#include "pinhash.h"

#include <QJSEngine>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

Session::Session(LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

Session::~Session() = default;

Session *Session::create(QQmlEngine *, QJSEngine *)
{
    return QmlEntryPoint<Session>::forQml();
}

bool Session::signIn(const QString &staffNumberInput, const QString &pin)
{
    LocalStore *store = m_store.data();
    if (!store || !store->isReady()) {
        emit failed(tr("The tablet's data is not available. Restart the app."));
        return false;
    }
    const QString staffNumber = staffNumberInput.trimmed();
    if (staffNumber.isEmpty() || !PinHash::isWellFormed(pin)) {
        emit failed(tr("Enter your staff number and your 4 to 8 digit PIN."));
        return false;
    }
    QSqlDatabase db = store->database();
    const qint64 now = Clock::nowMs();
    QSqlQuery query = Database::prepare(db,
                                        u"SELECT id, display_name, role, pin_salt, pin_hash,"
                                        " pin_iterations, location_id, active, locked_at"
                                        " FROM staff WHERE staff_number = ?"_s);
    query.addBindValue(staffNumber);
    const bool known = Database::exec(query) && query.next();
    const bool sameStore = known
        && (store->locationId().isEmpty() || query.value(6).toString() == store->locationId());
    if (known && sameStore && query.value(8).toLongLong() != 0) {
        // Locked here or on another tablet of the store: only a manager can lift it.
        emit failed(tr("Sign-in for %1 is locked after too many wrong PINs. Ask a manager of "
                       "this store to unlock it.")
                        .arg(staffNumber));
        return false;
    }
    // The lock of this tablet alone: staff numbers it cannot lock everywhere wait a while.
    const qint64 lockedUntil = Database::scalar(db,
                                                u"SELECT locked_until FROM signin_attempts"
                                                " WHERE staff_number = ?"_s,
                                                {staffNumber})
                                   .toLongLong();
    if (lockedUntil > now) {
        emit failed(tr("Too many wrong PINs. Sign-in for %1 is locked on this tablet until %2; "
                       "ask your manager if you need help sooner.")
                        .arg(staffNumber, Format::dateTime(lockedUntil)));
        return false;
    }
    const bool ok = known && sameStore && query.value(7).toBool()
        && PinHash::verify(pin, query.value(3).toString(), query.value(5).toInt(),
                           query.value(4).toString());
    if (!ok) {
        QSqlQuery record = Database::prepare(
            db, u"INSERT INTO signin_attempts (staff_number, failures, locked_until)"
                " VALUES (?, 1, 0) ON CONFLICT (staff_number) DO UPDATE SET"
                " failures = failures + 1,"
                " locked_until = CASE WHEN failures + 1 >= ? THEN ? ELSE 0 END"_s);
        record.addBindValue(staffNumber);
        record.addBindValue(maxFailures);
        record.addBindValue(now + lockoutMs);
        Database::exec(record);
        const int failures = Database::scalar(db,
                                              u"SELECT failures FROM signin_attempts"
                                              " WHERE staff_number = ?"_s,
                                              {staffNumber})
                                 .toInt();
        if (failures >= maxFailures) {
            QSqlQuery reset = Database::prepare(
                db, u"UPDATE signin_attempts SET failures = 0 WHERE staff_number = ?"_s);
            reset.addBindValue(staffNumber);
            Database::exec(reset);
            if (known && sameStore) {
                // Someone may be guessing: lock them on every device of the store, and have the
                // service refuse their changes, until a manager unlocks them.
                const QString staffId = query.value(0).toString();
                query.finish();
                const MutationResult locked
                    = store->submit(u"staff.lock"_s, {{u"staffId"_s, staffId}});
                if (!locked.applied)
                    qCWarning(lcModels) << "could not lock" << staffId << locked.message;
                qCInfo(lcModels) << "locked" << staffId << "after" << failures << "wrong PINs";
                emit failed(tr("Too many wrong PINs. Sign-in for %1 is locked on every tablet "
                               "of the store until a manager unlocks it.")
                                .arg(staffNumber));
                return false;
            }
            emit failed(tr("Too many wrong PINs. Sign-in for %1 is locked on this tablet for "
                           "15 minutes.")
                            .arg(staffNumber));
        } else if (known && !sameStore) {
            emit failed(tr("Staff number %1 belongs to another store and cannot sign in on "
                           "this tablet.")
                            .arg(staffNumber));
        } else {
            emit failed(tr("Staff number or PIN is not right. %n attempt(s) left.", nullptr,
                           maxFailures - failures));
        }
        return false;
    }
    QSqlQuery clear = Database::prepare(db,
                                        u"DELETE FROM signin_attempts WHERE staff_number = ?"_s);
    clear.addBindValue(staffNumber);
    Database::exec(clear);
    m_associateId = query.value(0).toString();
    m_associateName = query.value(1).toString();
    m_role = query.value(2).toString();
    store->setActor(m_associateId, m_associateName);
    if (!PinHash::isArgon2id(query.value(4).toString())) {
        // A PBKDF2 hash from before Argon2id: replaced now that the PIN is known, here and,
        // through the outbox, on the service and every tablet of the store. Sign-in does not
        // depend on it: the old hash keeps working until the new one arrives.
        query.finish();
        const QString upgraded = PinHash::hash(pin);
        const MutationResult rehashed = upgraded.isEmpty()
            ? MutationResult::rejected(u"unavailable"_s, u"out of memory"_s)
            : store->submit(u"staff.rehashPin"_s,
                            {{u"staffId"_s, m_associateId}, {u"pinHash"_s, upgraded}});
        if (!rehashed.applied)
            qCWarning(lcModels) << "could not replace the PIN hash of" << m_associateId
                                << rehashed.message;
    }
    qCInfo(lcModels) << "signed in" << m_associateId;
    emit changed();
    return true;
}

bool Session::unlockStaff(const QString &staffNumberInput)
{
    LocalStore *store = m_store.data();
    if (!store || !store->isReady() || !isManager()) {
        emit failed(tr("Only a manager who is signed in can unlock a colleague."));
        return false;
    }
    const QString staffNumber = staffNumberInput.trimmed();
    const QVariant staffId = Database::scalar(
        store->database(), u"SELECT id FROM staff WHERE staff_number = ?"_s, {staffNumber});
    if (!staffId.isValid()) {
        emit failed(tr("There is no staff member %1 on this tablet.").arg(staffNumber));
        return false;
    }
    // Checked again by the service; refused here already if they work in another store.
    const MutationResult result
        = store->submit(u"staff.unlock"_s, {{u"staffId"_s, staffId.toString()}});
    if (!result.applied) {
        emit failed(tr("%1 could not be unlocked: only a manager of their store can do it.")
                        .arg(staffNumber));
        return false;
    }
    QSqlQuery clear = Database::prepare(store->database(),
                                        u"DELETE FROM signin_attempts WHERE staff_number = ?"_s);
    clear.addBindValue(staffNumber);
    Database::exec(clear);
    qCInfo(lcModels) << m_associateId << "unlocked" << staffId.toString();
    return true;
}

QVariantList Session::lockedStaff() const
{
    LocalStore *store = m_store.data();
    if (!store || !store->isReady() || !isManager())
        return {};
    QSqlQuery query = Database::prepare(store->database(),
                                        u"SELECT staff_number, display_name, locked_at FROM staff"
                                        " WHERE location_id = ? AND locked_at <> 0 AND active = 1"
                                        " ORDER BY locked_at, staff_number"_s);
    query.addBindValue(store->locationId());
    QVariantList locked;
    if (!Database::exec(query))
        return locked;
    while (query.next()) {
        locked << QVariantMap {{u"staffNumber"_s, query.value(0).toString()},
                               {u"name"_s, query.value(1).toString()},
                               //: When a staff member's sign-in was locked, e.g.
                               //: "Locked: Today 10:42"
                               {u"lockedText"_s,
                                tr("Locked: %1").arg(Format::when(query.value(2).toLongLong()))}};
    }
    return locked;
}

void Session::signOut()
{
    if (!isSignedIn())
        return;
    m_associateId.clear();
    m_associateName.clear();
    m_role.clear();
    if (LocalStore *store = m_store.data())
        store->setActor({}, {});
    emit changed();
}
