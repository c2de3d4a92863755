#include "AzureCommands.h"
#include "Cli.h"

#include "core/slurm/SlurmSettings.h"

#include <QCoreApplication>
#include <QDir>

namespace yard {

static int create(Cli& cli) {
    auto& p = cli.parser();
    p.addOption(
        {QStringLiteral("path"), QStringLiteral("Folder of the new workspace."), QStringLiteral("dir")});
    p.addOption({QStringLiteral("name"), QStringLiteral("Its name (default: the folder's name)."),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("engine"), QStringLiteral("local (default), slurm or azureml."),
                 QStringLiteral("engine"), QStringLiteral("local")});
    // slurm: where slurmrestd is, whose token, and the folder every node sees.
    p.addOption({QStringLiteral("url"), QStringLiteral("slurm: slurmrestd's address, http://host:6820."),
                 QStringLiteral("url")});
    p.addOption(
        {QStringLiteral("user"), QStringLiteral("slurm: the Slurm user name."), QStringLiteral("name")});
    p.addOption({QStringLiteral("work-dir"),
                 QStringLiteral("slurm: a folder on the nodes' shared filesystem."), QStringLiteral("dir")});
    p.addOption({QStringLiteral("partition"), QStringLiteral("slurm: the default partition."),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("api-version"), QStringLiteral("slurm: OpenAPI version (default: detected)."),
                 QStringLiteral("version")});
    // azureml: Workspace.create(name, subscription_id, resource_group, location, ..., exist_ok).
    auto tr = [](const char* text) { return QCoreApplication::translate("yard", text); };
    p.addOption({QStringLiteral("subscription"), tr("azureml: the subscription id."), QStringLiteral("id")});
    p.addOption(
        {QStringLiteral("resource-group"), tr("azureml: the resource group."), QStringLiteral("name")});
    p.addOption({QStringLiteral("location"), tr("azureml: the Azure region of a new workspace."),
                 QStringLiteral("region")});
    p.addOption({QStringLiteral("friendly-name"), tr("azureml: the display name."), QStringLiteral("text")});
    p.addOption({QStringLiteral("description"), tr("azureml: a description."), QStringLiteral("text")});
    p.addOption({QStringLiteral("storage-account"), tr("azureml: an existing storage account (ARM id)."),
                 QStringLiteral("id")});
    p.addOption(
        {QStringLiteral("key-vault"), tr("azureml: an existing key vault (ARM id)."), QStringLiteral("id")});
    p.addOption({QStringLiteral("application-insights"),
                 tr("azureml: an existing Application Insights (ARM id)."), QStringLiteral("id")});
    p.addOption({QStringLiteral("container-registry"),
                 tr("azureml: an existing container registry (ARM id)."), QStringLiteral("id")});
    p.addOption({QStringLiteral("exist-ok"), tr("azureml: use the workspace if it exists already.")});
    addAzureCloudOptions(p);
    if (!cli.parse(QStringLiteral("Creates a workspace.")))
        return kUsage;
    const QString engine = cli.value(QStringLiteral("engine"));
    if (engine == QLatin1String("azureml"))
        return createAzureWorkspace(cli);
    if (engine != QLatin1String("local") && engine != QLatin1String("slurm"))
        return cli.usage(
            tr("--engine '%1' is not supported here; allowed: local, slurm, azureml.").arg(engine));
    const QString path = cli.value(QStringLiteral("path"));
    if (path.isEmpty())
        return cli.usage(QStringLiteral("--path is required: the folder of the new workspace."));
    if (engine == QLatin1String("slurm")) {
        trainyard::slurm::SlurmSettings s;
        s.name = cli.value(QStringLiteral("name"));
        s.url = QUrl(cli.value(QStringLiteral("url")));
        s.user = cli.value(QStringLiteral("user"));
        s.workDir = cli.value(QStringLiteral("work-dir"));
        s.partition = cli.value(QStringLiteral("partition"));
        s.apiVersion = cli.value(QStringLiteral("api-version"));
        if (auto st = trainyard::slurm::createSlurmWorkspace(path, s); !st)
            return st.error().kind == trainyard::ErrorKind::Usage ||
                           st.error().kind == trainyard::ErrorKind::Invalid
                       ? cli.usage(st.error().message)
                       : cli.fail(st.error());
    } else if (auto s = trainyard::Workspace::createLocal(path, cli.value(QStringLiteral("name"))); !s) {
        return cli.fail(s.error());
    }
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
    if (c.engine == QLatin1String("azureml"))
        return showAzureWorkspace(cli, json);
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
