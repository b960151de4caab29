// SPDX-License-Identifier: MIT
// Qt Quick Test suite of the screens (qml/tst_*.qml) over the real models and a known store.
#include "appcontext.h"
#include "clock.h"
#include "uitestdata.h"

#include <QDir>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Clienteling_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Clienteling_AppPlugin)
Q_IMPORT_QML_PLUGIN(Clienteling_SyncPlugin)
Q_IMPORT_QML_PLUGIN(Clienteling_UiPlugin)

using namespace Qt::Literals::StringLiterals;

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationVersion(u"0.1.0-test"_s);
        Clock::setCurrentDateTime(QDateTime(QDate(2026, 11, 25), QTime(11, 30)));
        m_data = std::make_unique<QTemporaryDir>();
        QString error;
        if (!UiTestData::writeDatabase(
                QDir(m_data->path()).filePath(AppContext::databaseFileName()), 2000, &error))
            qFatal("could not write the test store: %s", qPrintable(error));
        m_context = std::make_unique<AppContext>();
        AppOptions options;
        options.dataDir = m_data->path();
        options.language = u"en"_s;
        m_context->start(options);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Qt 6.4 does not look in qrc:/ for modules.
        engine->addImportPath(u"qrc:/"_s);
        m_context->attachEngine(engine);
    }

    void cleanupTestCase()
    {
        m_context.reset();
        m_data.reset();
        Clock::setCurrentDateTime({});
    }

private:
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<AppContext> m_context;
};

QUICK_TEST_MAIN_WITH_SETUP(ui, Setup)

#include "tst_ui.moc"
