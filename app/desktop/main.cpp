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

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Trainyard: train models on clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("workspace"), QStringLiteral("Workspace folder or config.json."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("lang"),
                      QStringLiteral("Language: en, de or pl (default: the system's)."),
                      QStringLiteral("lang")});
    parser.addOption(
        {QStringLiteral("screenshot-tour"),
         QStringLiteral("Build a demo workspace in a temporary folder and save screenshots to <dir>."),
         QStringLiteral("dir")});
    parser.process(app);

    // The app's own strings and Qt's (standard buttons, file dialogs) in the chosen language.
    const QString lang = parser.value(QStringLiteral("lang"));
    const QLocale locale = lang.isEmpty() ? QLocale() : QLocale(lang);
    if (!lang.isEmpty())
        QLocale::setDefault(locale);
    QTranslator translator;
    QTranslator qtTranslator;
    if (translator.load(locale, QStringLiteral("trainyard"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

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
