// trainyard-tour: the screenshot tour (ScreenshotTour.h). A developer's program, built beside the
// app and never installed, so the shipped app carries no demo code and no source path.
//   trainyard-tour DIR [--lang de|pl|en]
#include "app/tour/ScreenshotTour.h"
#include "ui/AppSetup.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    // The app's names, so the windows look as users see them (the tour keeps its own settings in a
    // temporary folder).
    trainyard::ui::setApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Builds a demo workspace in a temporary folder and saves screenshots of every page to DIR."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("lang"),
                      QStringLiteral("Language: en, de or pl (default: the system's)."),
                      QStringLiteral("lang")});
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("Folder for the PNG files."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString lang = parser.value(QStringLiteral("lang"));
    const QLocale locale = trainyard::ui::installLanguage(lang);
    return trainyard::tour::runScreenshotTour(parser.positionalArguments().first(),
                                              lang.isEmpty() ? locale.name().left(2) : lang);
}
