// trainyard: the desktop app. Opens the workspaces of the last session, or the default local
// workspace (made on first start), or the one given with --workspace.
#include "app/desktop/ScreenshotTour.h"
#include "core/workspace/Workspace.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QTranslator>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Trainyard"));
    QApplication::setApplicationName(QStringLiteral("trainyard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Trainyard"));
    QApplication::setApplicationVersion(QStringLiteral(TRAINYARD_VERSION));

    // The language is needed before the parser runs, so that --help speaks it too.
    QString lang;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            lang = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--lang=")))
            lang = args[i].mid(7);
    }
    const QLocale locale = lang.isEmpty() ? QLocale() : QLocale(lang);
    if (!lang.isEmpty())
        QLocale::setDefault(locale);
    // The app's own strings and Qt's (standard buttons, file dialogs) in the chosen language.
    QTranslator translator;
    QTranslator qtTranslator;
    if (translator.load(locale, QStringLiteral("trainyard"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Trainyard: train models on clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("workspace"),
                      QCoreApplication::translate("main", "Workspace folder or config.json."),
                      QCoreApplication::translate("main", "path")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("main", "Language: en, de or pl (default: the system's)."),
                      QCoreApplication::translate("main", "lang")});
    parser.addOption(
        {QStringLiteral("screenshot-tour"),
         QCoreApplication::translate(
             "main", "Build a demo workspace in a temporary folder and save screenshots to <dir>."),
         QCoreApplication::translate("main", "dir")});
    parser.process(app);

    if (parser.isSet(QStringLiteral("screenshot-tour")))
        return trainyard::desktop::runScreenshotTour(parser.value(QStringLiteral("screenshot-tour")),
                                                     lang.isEmpty() ? locale.name().left(2) : lang);

    trainyard::ui::MainWindow window;
    if (parser.isSet(QStringLiteral("workspace")))
        window.openWorkspacePath(parser.value(QStringLiteral("workspace")));
    else
        window.restoreSession();
    window.show();
    return QApplication::exec();
}
