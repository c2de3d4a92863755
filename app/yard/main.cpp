// yard: Trainyard's command line, in the style of `az ml`. Every command lives in one of the
// *Commands.cpp files; this file only finds it.
#include "Cli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trainyard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRAINYARD_VERSION));

    const yard::CommandTable& table = yard::commandTable();

    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        QString help =
            QStringLiteral("yard %1: train models on clusters (local, Slurm, Azure ML).\n\nCommands:\n")
                .arg(QStringLiteral(TRAINYARD_VERSION));
        for (const auto& [name, entry] : table)
            if (!entry.second.isEmpty())
                help += QStringLiteral("  yard %1  %2\n").arg(name.leftJustified(22), entry.second);
        help += QStringLiteral(
            "\nEvery command takes --json and --workspace DIR; `yard COMMAND --help` for more.");
        std::printf("%s\n", help.toUtf8().constData());
        return args.isEmpty() ? yard::kUsage : yard::kOk;
    }
    if (args.first() == QLatin1String("--version")) {
        std::printf("yard %s\n", TRAINYARD_VERSION);
        return yard::kOk;
    }
    // Two words ("compute create") before one ("agent").
    for (int words : {2, 1}) {
        if (args.size() < words)
            continue;
        const QString name = args.mid(0, words).join(u' ');
        const auto it = table.find(name);
        if (it != table.end()) {
            yard::Cli cli(name, args.mid(words));
            return it->second.first(cli);
        }
    }
    std::fprintf(stderr, "yard: '%s' is not a yard command. Run 'yard --help' for the list.\n",
                 args.mid(0, 2).join(u' ').toUtf8().constData());
    return yard::kUsage;
}
