// SPDX-License-Identifier: MIT
#pragma once

#include "cardterminal.h"
#include "database.h"
#include "schema.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

/** What the card payment tests share: the log they read back, a migrated local store, waiting
    for a payment to settle, and the card data that must never be kept. */
namespace CardTest {

inline QStringList &capturedLog()
{
    static QStringList log;
    return log;
}

/** Keeps every log line (to check what was logged, and that no card data was). */
inline void captureLog()
{
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            capturedLog() << message;
            if (previous)
                previous(type, context, message);
        });
}

/** A local store with the client's schema in dir. */
inline QSqlDatabase openStore(const QTemporaryDir &dir, const QString &connection, QString *error)
{
    QSqlDatabase db
        = Database::openSqlite(dir.filePath(QStringLiteral("clienteling.db")), connection, error);
    if (db.isOpen() && !Database::migrate(db, Schema::clientMigrations(), error))
        return {};
    return db;
}

/** The store's file and its WAL, as bytes. */
inline QByteArray storeBytes(const QTemporaryDir &dir)
{
    QByteArray bytes;
    for (const char *name : {"clienteling.db", "clienteling.db-wal"}) {
        QFile file(dir.filePath(QLatin1String(name)));
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

/** Waits for a payment to reach a final state; returns its record. Woken by each state change
    (every one is written, then signalled), not by polling. */
inline CardTerminal::Record finish(CardTerminal &terminal, const QString &id, int timeoutMs = 10000)
{
    QSignalSpy changed(&terminal, &CardTerminal::stateChanged);
    QDeadlineTimer deadline(timeoutMs);
    while (!CardTerminal::isFinal(terminal.record(id)->state) && !deadline.hasExpired())
        changed.wait(qMax(qint64(1), deadline.remainingTime()));
    return *terminal.record(id);
}

/** What terminals send that we must never keep or log (the simulator's and the Adyen
    stand-in's card holder, expiry, BIN and masked number). */
inline const QList<const char *> &cardSecrets()
{
    static const QList<const char *> secrets {
        "541333",   "JOSE",     "MUNOZ",     "cardHolderName", "expiryDate",
        "3%2F2030", "3%2f2030", "MaskedPan", "ExpiryDate",     "cardBin"};
    return secrets;
}

} // namespace CardTest
