#include "Cli.h"

#include <QDir>

namespace yard {

static int create(Cli& cli) {
    auto& p = cli.parser();
    p.addOption(
        {QStringLiteral("path"), QStringLiteral("Folder of the new workspace."), QStringLiteral("dir")});
    p.addOption({QStringLiteral("name"), QStringLiteral("Its name (default: the folder's name)."),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("engine"), QStringLiteral("local (default)."), QStringLiteral("engine"),
                 QStringLiteral("local")});
    if (!cli.parse(QStringLiteral("Creates a workspace.")))
        return kUsage;
    if (cli.value(QStringLiteral("engine")) != QLatin1String("local"))
        return cli.usage(QStringLiteral("--engine '%1' is not supported here; allowed: local.")
                             .arg(cli.value(QStringLiteral("engine"))));
    const QString path = cli.value(QStringLiteral("path"));
    if (path.isEmpty())
        return cli.usage(QStringLiteral("--path is required: the folder of the new workspace."));
    if (auto s = trainyard::Workspace::createLocal(path, cli.value(QStringLiteral("name"))); !s)
        return cli.fail(s.error());
    auto ws = trainyard::Workspace::open(path);
    if (!ws)
        return cli.fail(ws.error());
    const QJsonObject json{{QStringLiteral("name"), ws.value()->name()},
                           {QStringLiteral("engine"), ws.value()->config().engine},
                           {QStringLiteral("path"), ws.value()->config().folder}};
    if (cli.json())
        cli.printJson(json);
    else
        cli.print(QStringLiteral("Created workspace '%1' in %2")
                      .arg(ws.value()->name(), ws.value()->config().folder));
    return kOk;
}

static int show(Cli& cli) {
    if (!cli.parse(QStringLiteral("Shows the workspace.")))
        return kUsage;
    auto ws = cli.workspace();
    if (!ws)
        return cli.fail(ws.error());
    const auto& c = ws.value()->config();
    const QJsonObject json{{QStringLiteral("name"), c.name},
                           {QStringLiteral("engine"), c.engine},
                           {QStringLiteral("path"), c.folder},
                           {QStringLiteral("config_file"), c.configPath},
                           {QStringLiteral("subscription_id"), c.subscriptionId},
                           {QStringLiteral("resource_group"), c.resourceGroup}};
    if (cli.json())
        cli.printJson(json);
    else
        cli.printTable({QStringLiteral("Name"), QStringLiteral("Engine"), QStringLiteral("Path")},
                       {{c.name, c.engine, c.folder}});
    return kOk;
}

static const CommandRegistration registration{
    {QStringLiteral("workspace create"), create, QStringLiteral("Create a workspace.")},
    {QStringLiteral("workspace show"), show, QStringLiteral("Show the workspace.")},
};

} // namespace yard
