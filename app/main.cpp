// SPDX-License-Identifier: MIT
#include "appcontext.h"
#include "demogenerator.h"
#include "screentour.h"
#include "serveraddress.h"
#include "softwarerendering.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <cstring>
#include <memory>

Q_IMPORT_QML_PLUGIN(Clienteling_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Clienteling_AppPlugin)
Q_IMPORT_QML_PLUGIN(Clienteling_SyncPlugin)
Q_IMPORT_QML_PLUGIN(Clienteling_UiPlugin)

using namespace Qt::Literals::StringLiterals;

namespace {

bool hasArgument(int argc, char *argv[], const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // The self-test and the screenshots need no display: render offscreen unless told otherwise.
    // Screenshots on an X display (or under xvfb-run) use it instead, for OpenGL: the offscreen
    // platform renders in software, without shadows (SoftwareRendering).
    const bool selfTesting = hasArgument(argc, argv, "--self-test");
    const bool screenshots = hasArgument(argc, argv, "--screenshot");
    if ((selfTesting || screenshots) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && (selfTesting || qEnvironmentVariableIsEmpty("DISPLAY")))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Help and version print and exit: they must not need a display (QApplication aborts
    // without one).
    const bool onlyPrinting = hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h")
        || hasArgument(argc, argv, "--help-all") || hasArgument(argc, argv, "--version")
        || hasArgument(argc, argv, "-v");
    if (onlyPrinting && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fprintf(stderr,
                     "clienteling: no display found. Run it on a desktop, set DISPLAY, or serve it"
                     " over VNC with QT_QPA_PLATFORM=vnc:size=1280x800:port=5900"
                     " (./scripts/run-demo.sh does that by itself).\n");
        return 2;
    }

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
    const QCommandLineOption server(u"server"_s,
                                    u"Central service address: https://host[:port], or host:port"
                                    " for the same; http:// only to this machine (the demo)."_s,
                                    u"url"_s);
    const QCommandLineOption language(u"language"_s, u"en or es."_s, u"code"_s);
    const QCommandLineOption kiosk(u"kiosk"_s, u"Locked customer-facing kiosk mode."_s);
    const QCommandLineOption demoData(u"demo-data"_s,
                                      u"Fill an empty local database with the demo chain."_s);
    const QCommandLineOption selfTest(
        u"self-test"_s,
        u"Load every screen offscreen with the real models and exit; fails on any QML warning."
        " Without --data-dir it runs on fresh demo data in a temporary folder."_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        u"Render the main screens to PNG files in this folder (current language and window"
        " size) and exit. Without --data-dir it uses fresh demo data in a temporary folder."_s,
        u"dir"_s);
    const QCommandLineOption enrolmentCode(u"enrolment-code"_s,
                                           u"Enrol with this one-time code (with --server)."_s,
                                           u"code"_s);
    const QCommandLineOption windowSize(u"window-size"_s,
                                        u"Window size, e.g. 1280x800 or 800x1280."_s, u"WxH"_s);
    const QCommandLineOption terminal(u"terminal"_s,
                                      u"The card terminal's nexo address, e.g."
                                      " http://127.0.0.1:8443/nexo (saved, as in Settings)."_s,
                                      u"url"_s);
    const QCommandLineOption terminalPoi(u"terminal-poi"_s, u"The card terminal's POIID."_s,
                                         u"id"_s, u"SIM-0001"_s);
    parser.addOptions({dataDir, server, language, kiosk, demoData, enrolmentCode, selfTest,
                       screenshot, windowSize, terminal, terminalPoi});
    parser.process(app);

    if (parser.isSet(language) && parser.value(language) != u"en"_s
        && parser.value(language) != u"es"_s) {
        qCritical("--language takes en or es");
        return 2;
    }
    QSize size;
    if (parser.isSet(windowSize)) {
        const auto match = QRegularExpression(u"^(\\d+)x(\\d+)$"_s).match(parser.value(windowSize));
        size = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt())
                                : QSize();
        if (size.width() < 320 || size.height() < 320) {
            qCritical("--window-size takes WIDTHxHEIGHT, each at least 320, e.g. 800x1280");
            return 2;
        }
    }
    const bool touring = parser.isSet(selfTest) || parser.isSet(screenshot);

    // Collect warnings from the start, so QML load warnings count.
    std::unique_ptr<WarningCollector> warnings;
    if (touring)
        warnings = std::make_unique<WarningCollector>();

    AppOptions options;
    options.dataDir = parser.value(dataDir);
    options.serverUrl = parser.value(server);
    options.language = parser.value(language);
    options.kiosk = parser.isSet(kiosk);
    options.demoData = parser.isSet(demoData);
    options.enrolmentCode = parser.value(enrolmentCode);
    options.terminalAddress = parser.value(terminal);
    options.terminalPoiId = parser.value(terminalPoi);
    if (parser.isSet(server)) {
        QString error;
        if (ServerAddress::parse(options.serverUrl, &error).isEmpty()) {
            qCritical("--server %s: %s", qPrintable(options.serverUrl), qPrintable(error));
            return 2;
        }
    }
    if (!options.enrolmentCode.isEmpty() && options.serverUrl.isEmpty()) {
        qCritical("--enrolment-code needs --server");
        return 2;
    }

    QTemporaryDir temporaryData;
    if (touring && options.dataDir.isEmpty()) {
        options.dataDir = temporaryData.path();
        options.demoData = true;
    }

    AppContext context;
    if (!context.start(options))
        return 2;

    QQmlApplicationEngine engine;
    // Qt 6.4 does not look in qrc:/ for modules: screens in sub-folders import Clienteling.Ui.
    engine.addImportPath(u"qrc:/"_s);
    context.attachEngine(&engine);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(u"qrc:/Clienteling/Ui/Main.qml"_s));
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    if (size.isValid())
        window->resize(size);

    if (touring) {
        QTimer::singleShot(0, &app, [&] {
            TourOptions tour;
            tour.outputDir = parser.value(screenshot);
            tour.staffNumber = QString::fromLatin1(DemoData::associateStaffNumber);
            tour.pin = QString::fromLatin1(DemoData::associatePin);
            tour.loyaltyId = QString::fromLatin1(DemoData::joseMunozLoyaltyId);
            tour.searchText = u"Muñoz"_s;
            ScreenTour screens(window, &context);
            const bool toured = screens.run(tour);
            const QStringList messages = warnings->messages();
            for (const QString &error : screens.errors())
                qCritical("self-test: %s", qPrintable(error));
            for (const QString &picture : screens.pictures())
                qInfo("wrote %s", qPrintable(picture));
            if (!screens.pictures().isEmpty() && SoftwareRendering::isSoftware(window))
                qInfo("rendered without OpenGL: the pictures have no shadows; run under"
                      " xvfb-run (or on a display) for them");
            if (toured && messages.isEmpty())
                qInfo("self-test passed: every screen loaded without a warning");
            else
                qCritical("self-test failed: %lld step(s) failed, %lld warning(s)",
                          qint64(screens.errors().size()), qint64(messages.size()));
            QCoreApplication::exit(toured && messages.isEmpty() ? 0 : 1);
        });
    }
    return app.exec();
}
