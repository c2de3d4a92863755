// trainyard: the desktop app. Opens the default local workspace (made on first start) or the
// one given with --workspace.
#include "core/workspace/Workspace.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTranslator>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
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
    parser.process(app);

    QTranslator translator;
    const QLocale locale =
        parser.isSet(QStringLiteral("lang")) ? QLocale(parser.value(QStringLiteral("lang"))) : QLocale();
    if (translator.load(locale, QStringLiteral("trainyard"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    auto workspace = parser.isSet(QStringLiteral("workspace"))
                         ? trainyard::Workspace::open(parser.value(QStringLiteral("workspace")), &app)
                         : trainyard::Workspace::openDefault(&app);
    if (!workspace) {
        QMessageBox::critical(nullptr, QStringLiteral("Trainyard"), workspace.error().message);
        return 1;
    }
    trainyard::ui::MainWindow window(workspace.value());
    window.resize(1100, 700);
    window.show();
    return QApplication::exec();
}
