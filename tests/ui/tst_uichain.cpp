// SPDX-License-Identifier: MIT
// The chain's customers on the screens (chain/tst_*.qml), with the real central service on
// loopback: the app's own wiring (AppContext) enrolled at Madrid, the real Main.qml, a search
// that reaches the customers of other stores, and opening one of them.
#include "appcontext.h"
#include "serverfixture.h"
#include "synctestkit.h"

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
        m_server = std::make_unique<TestServer::Instance>();
        if (!m_server->start(u"sqlite"_s, SyncTest::testConfig()))
            qFatal("the central service did not start");
        // A customer of the Dublin store with one of the chain's loyalty cards, whom the
        // Madrid tablet does not hold.
        if (!TestServer::putRows(m_server->database(), u"customer"_s,
                                 {{{u"id"_s, u"C00042"_s},
                                   {u"first_name"_s, u"Siobhán"_s},
                                   {u"last_name"_s, u"O'Brien"_s},
                                   {u"email"_s, u"siobhan@example.ie"_s},
                                   {u"loyalty_id"_s, u"4000000000424"_s},
                                   {u"tier"_s, u"gold"_s},
                                   {u"home_location_id"_s, u"DUB"_s},
                                   {u"created_at"_s, 1700000000000LL}}}))
            qFatal("the Dublin customer was not written");
        m_data = std::make_unique<QTemporaryDir>();
        m_context = std::make_unique<AppContext>();
        AppOptions options;
        options.dataDir = m_data->path();
        options.language = u"en"_s;
        options.serverUrl = m_server->url();
        options.enrolmentCode = SyncTest::enrolmentCode(*m_server);
        if (!m_context->start(options))
            qFatal("the app did not start");
        // Enrolled and the store's first sync done, as a tablet in use.
        if (!QTest::qWaitFor([this] { return m_context->sync()->lastSyncAt() > 0; }, 30000))
            qFatal("the first sync did not finish");
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/"_s);
        m_context->attachEngine(engine);
    }

    void cleanupTestCase()
    {
        m_context.reset();
        m_data.reset();
        m_server.reset();
    }

private:
    std::unique_ptr<TestServer::Instance> m_server;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<AppContext> m_context;
};

QUICK_TEST_MAIN_WITH_SETUP(uichain, Setup)

#include "tst_uichain.moc"
