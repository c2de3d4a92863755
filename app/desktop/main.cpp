// trainyard: the desktop app. Opens the workspaces of the last session, or the default local
// workspace (made on first start), or the one given with --workspace.
#include "core/workspace/Workspace.h"
#include "ui/AppSetup.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    trainyard::ui::setApplicationIdentity();

    // The app's own strings and Qt's (standard buttons, file dialogs) in the chosen language; read
    // before the parser runs, so that --help speaks it too.
    trainyard::ui::installLanguage(trainyard::ui::languageArgument(QApplication::arguments()));

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
    parser.process(app);

    trainyard::ui::applySavedTheme(); // View → Theme, before the first window
    trainyard::ui::MainWindow window;
    if (parser.isSet(QStringLiteral("workspace")))
        window.openWorkspacePath(parser.value(QStringLiteral("workspace")));
    else
        window.restoreSession();
    window.show();
    return QApplication::exec();
}
