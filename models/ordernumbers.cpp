// SPDX-License-Identifier: MIT
#include "ordernumbers.h"
#include "database.h"

#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace OrderNumbers {

namespace {
/** This device's prefix: the service's, or until the tablet has heard from it (enrolled by an
    older service), "X" and six random characters drawn once and kept. */
QString prefix(const QSqlDatabase &db)
{
    const QString given
        = Database::scalar(db, u"SELECT value FROM settings WHERE key = ?"_s, {prefixSetting})
              .toString();
    if (!given.isEmpty() && given != u"0"_s)
        return given;
    const QString key = u"order.local_prefix"_s;
    if (const QString local
        = Database::scalar(db, u"SELECT value FROM settings WHERE key = ?"_s, {key}).toString();
        !local.isEmpty())
        return local;
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString drawn = u"X"_s;
    for (int i = 0; i < 6; ++i)
        drawn += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    QSqlQuery keep = Database::prepare(
        db, u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"_s);
    keep.addBindValue(key);
    keep.addBindValue(drawn);
    if (!Database::exec(keep))
        return {};
    return Database::scalar(db, u"SELECT value FROM settings WHERE key = ?"_s, {key}).toString();
}
} // namespace

QString next(const QSqlDatabase &db, const QString &locationId, const QDateTime &now)
{
    const QString device = prefix(db);
    if (device.isEmpty())
        return {};
    // One statement: the counter moves on and is read in the same write, so a number is never
    // handed out twice (a sale that is abandoned leaves a gap, which is harmless).
    QSqlQuery counter = Database::prepare(
        db,
        u"INSERT INTO settings (key, value) VALUES ('order.counter', '1') ON CONFLICT (key)"
        " DO UPDATE SET value = CAST(CAST(settings.value AS INTEGER) + 1 AS TEXT)"
        " RETURNING value"_s);
    if (!Database::exec(counter) || !counter.next())
        return {};
    const qint64 n = counter.value(0).toLongLong();
    counter.finish();
    return locationId + u'-' + now.toString(u"yyMMdd"_s) + u'-' + device + u'-'
        + QString::number(n).rightJustified(4, u'0');
}

} // namespace OrderNumbers
