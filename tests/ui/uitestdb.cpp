// SPDX-License-Identifier: MIT
// Writes the UI tests' store into a data folder, for `clienteling --data-dir <dir>`:
// the fixture of the app's self-test in ctest, and handy for screenshots by hand.
#include "appcontext.h"
#include "uitestdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        qCritical("usage: %s <data-dir> [events of José Muñoz, default 2000]", argv[0]);
        return 2;
    }
    const QString dir = arguments.at(1);
    const int events = arguments.size() > 2 ? arguments.at(2).toInt() : 2000;
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(AppContext::databaseFileName());
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QString error;
    if (!UiTestData::writeDatabase(path, events, &error)) {
        qCritical("could not write %s: %s", qPrintable(path), qPrintable(error));
        return 1;
    }
    return 0;
}
