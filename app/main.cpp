// SPDX-License-Identifier: MIT
#include "appcontext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Clienteling_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Clienteling_AppPlugin)
Q_IMPORT_QML_PLUGIN(Clienteling_UiPlugin)

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    // QApplication, not QGuiApplication: the managers' charts (QtCharts) need it.
    QApplication app(argc, argv);
    app.setOrganizationName(u"Clienteling"_s);
    app.setApplicationName(u"clienteling"_s);
    app.setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QQuickStyle::setStyle(u"Material"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Clienteling for store associates"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(u"data-dir"_s, u"Folder of the local database."_s, u"dir"_s);
    const QCommandLineOption server(u"server"_s, u"Central service URL."_s, u"url"_s);
    const QCommandLineOption language(u"language"_s, u"en or es."_s, u"code"_s);
    const QCommandLineOption kiosk(u"kiosk"_s, u"Locked customer-facing kiosk mode."_s);
    const QCommandLineOption demoData(u"demo-data"_s,
                                      u"Fill an empty local database with the demo chain."_s);
    parser.addOptions({dataDir, server, language, kiosk, demoData});
    parser.process(app);

    if (parser.isSet(language) && parser.value(language) != u"en"_s
        && parser.value(language) != u"es"_s) {
        qCritical("--language takes en or es");
        return 2;
    }

    AppOptions options;
    options.dataDir = parser.value(dataDir);
    options.serverUrl = parser.value(server);
    options.language = parser.value(language);
    options.kiosk = parser.isSet(kiosk);
    options.demoData = parser.isSet(demoData);

    AppContext context;
    if (!context.start(options))
        return 2;

    QQmlApplicationEngine engine;
    context.attachEngine(&engine);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(u"qrc:/Clienteling/Ui/Main.qml"_s));
    return app.exec();
}
