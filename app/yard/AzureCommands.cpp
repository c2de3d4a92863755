// Azure-only commands: sign-in (`yard login azure`), the workspaces of a resource group, a
// workspace's Azure details, and the storage account key for datastore transfers. Secrets are
// read from standard input, never from the command line (where `ps` and shell history see them).
#include "AzureCommands.h"
#include "Cli.h"

#include "core/azureml/AzureCredential.h"
#include "core/azureml/AzureHttpClient.h"
#include "core/azureml/AzureMlEngine.h"
#include "core/secrets/SecretKeys.h"
#include "core/secrets/SecretStore.h"
#include "core/util/JsonFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace yard {

using namespace trainyard;
using namespace trainyard::azureml;

namespace {

// The Azure side of a workspace: its config when --workspace names an Azure ML one, else the
// public cloud (or what --arm-endpoint / --authority / --tenant say).
struct AzureContext {
    AzureCloud cloud;
    WorkspaceConfig config;
    std::unique_ptr<AzureHttpClient> http;
    std::unique_ptr<AzureCredential> credential;
};

QString tr(const char* text) {
    return QCoreApplication::translate("yard", text);
}

void addCloudOptions(QCommandLineParser& p) {
    p.addOption({QStringLiteral("arm-endpoint"), QStringLiteral("Resource Manager URL (sovereign clouds)."),
                 QStringLiteral("url")});
    p.addOption({QStringLiteral("authority"), QStringLiteral("Entra ID authority URL (sovereign clouds)."),
                 QStringLiteral("url")});
    p.addOption({QStringLiteral("tenant"), QStringLiteral("Tenant id or domain (default: organizations)."),
                 QStringLiteral("tenant")});
}

Result<std::unique_ptr<AzureContext>> azureContext(Cli& cli) {
    auto context = std::make_unique<AzureContext>();
    QJsonObject raw;
    if (cli.isSet(QStringLiteral("workspace")) || !qEnvironmentVariableIsEmpty("TRAINYARD_WORKSPACE")) {
        auto ws = cli.workspace();
        if (!ws)
            return ws.error();
        if (ws.value()->config().engine != QLatin1String("azureml"))
            return Error::usage(
                QStringLiteral("workspace '%1' is a %2 workspace; this command is for Azure ML ones.")
                    .arg(ws.value()->name(), ws.value()->config().engine));
        context->config = ws.value()->config();
        raw = context->config.raw;
    }
    for (const auto& [option, key] : {std::pair{"arm-endpoint", "arm_endpoint"},
                                      std::pair{"authority", "authority"}, std::pair{"tenant", "tenant_id"}})
        if (cli.isSet(QLatin1String(option)))
            raw.insert(QLatin1String(key), cli.value(QLatin1String(option)));
    auto cloud = AzureCloud::fromConfig(raw);
    if (!cloud)
        return cloud.error();
    context->cloud = cloud.value();
    AzureContext* c = context.get();
    context->http = std::make_unique<AzureHttpClient>(
        [c](bool refresh, TokenCallback done) { c->credential->token(refresh, std::move(done)); });
    context->credential = std::make_unique<AzureCredential>(context->cloud, context->http.get());
    return context;
}

} // namespace

static int login(Cli& cli) {
    auto& p = cli.parser();
    addCloudOptions(p);
    p.addOption(
        {QStringLiteral("service-principal"),
         QStringLiteral("Sign in as the workspace's service_principal_id; the client secret is read from "
                        "standard input and kept in the keychain.")});
    p.addOption({QStringLiteral("logout"), QStringLiteral("Forget the cached token of this account.")});
    if (!cli.parse(QStringLiteral("Signs in to Azure (device code by default) for Azure ML workspaces.")))
        return kUsage;
    auto context = azureContext(cli);
    if (!context)
        return cli.fail(context.error());
    AzureCredential* credential = context.value()->credential.get();
    if (cli.isSet(QStringLiteral("logout"))) {
        awaitCallback<void>([&](auto done) { credential->signOut(done); });
        cli.print(QStringLiteral("Signed out of account '%1'.").arg(context.value()->cloud.account));
        return kOk;
    }
    Status status;
    if (cli.isSet(QStringLiteral("service-principal"))) {
        const QByteArray secret = readSecretFromStdin();
        if (secret.isEmpty())
            return cli.usage(
                QStringLiteral("give the client secret on standard input, e.g. `yard login azure "
                               "--service-principal < secret.txt` (never as an argument)."));
        status = awaitCallback<Status>([&](auto done) { credential->loginServicePrincipal(secret, done); });
    } else {
        status = awaitCallback<Status>([&](auto done) {
            credential->startDeviceCode(
                [&cli](const DeviceCodePrompt& prompt) {
                    // Entra ID's own sentence names the URL and the code; both are also given alone.
                    cli.print(prompt.message.isEmpty()
                                  ? QStringLiteral("To sign in, open %1 and enter the code %2.")
                                        .arg(prompt.verificationUri, prompt.userCode)
                                  : prompt.message);
                    if (cli.json())
                        cli.printJson(
                            QJsonObject{{QStringLiteral("verification_uri"), prompt.verificationUri},
                                        {QStringLiteral("user_code"), prompt.userCode},
                                        {QStringLiteral("expires_in"), prompt.expiresInSeconds}});
                },
                done);
        });
    }
    if (!status)
        return cli.fail(status.error());
    if (const QFuture<Status> write = credential->pendingWrite(); write.isValid())
        await(write);
    cli.print(QStringLiteral("Signed in to Azure (%1).").arg(credential->origin()));
    if (const QString note = credential->storageNote(); !note.isEmpty())
        std::fprintf(stderr, "yard: warning: %s\n", note.toUtf8().constData());
    return kOk;
}

static QJsonObject workspaceJson(const QJsonObject& w) {
    // Azure's camelCase properties under the SDK's snake_case names.
    const QJsonObject p = w.value(QLatin1String("properties")).toObject();
    const QString id = w.value(QLatin1String("id")).toString();
    const QStringList parts = id.split(u'/', Qt::SkipEmptyParts);
    auto after = [&](const char* key) {
        const int i = int(parts.indexOf(QLatin1String(key)));
        return i >= 0 && i + 1 < parts.size() ? parts[i + 1] : QString();
    };
    return {
        {QStringLiteral("name"), w.value(QLatin1String("name")).toString()},
        {QStringLiteral("engine"), QStringLiteral("azureml")},
        {QStringLiteral("subscription_id"), after("subscriptions")},
        {QStringLiteral("resource_group"), after("resourceGroups")},
        {QStringLiteral("location"), w.value(QLatin1String("location")).toString()},
        {QStringLiteral("friendly_name"), p.value(QLatin1String("friendlyName")).toString()},
        {QStringLiteral("description"), p.value(QLatin1String("description")).toString()},
        {QStringLiteral("storage_account"), p.value(QLatin1String("storageAccount")).toString()},
        {QStringLiteral("key_vault"), p.value(QLatin1String("keyVault")).toString()},
        {QStringLiteral("application_insights"), p.value(QLatin1String("applicationInsights")).toString()},
        {QStringLiteral("container_registry"), p.value(QLatin1String("containerRegistry")).toString()},
        {QStringLiteral("discovery_url"), p.value(QLatin1String("discoveryUrl")).toString()},
        {QStringLiteral("mlflow_tracking_uri"), p.value(QLatin1String("mlFlowTrackingUri")).toString()},
        {QStringLiteral("provisioning_state"), p.value(QLatin1String("provisioningState")).toString()},
        {QStringLiteral("id"), id}};
}

static void printWorkspaces(Cli& cli, const QList<QJsonObject>& workspaces) {
    if (cli.json()) {
        QJsonArray array;
        for (const auto& w : workspaces)
            array.append(workspaceJson(w));
        cli.printJson(workspaces.size() == 1 && cli.command() == QLatin1String("workspace describe")
                          ? QJsonValue(array.first())
                          : QJsonValue(array));
        return;
    }
    QList<QStringList> rows;
    for (const auto& w : workspaces) {
        const QJsonObject j = workspaceJson(w);
        rows << QStringList{j.value(QLatin1String("name")).toString(),
                            j.value(QLatin1String("location")).toString(),
                            j.value(QLatin1String("resource_group")).toString(),
                            j.value(QLatin1String("storage_account")).toString().section(u'/', -1)};
    }
    cli.printTable({QStringLiteral("Name"), QStringLiteral("Location"), QStringLiteral("Resource group"),
                    QStringLiteral("Storage")},
                   rows);
}

static int workspaceList(Cli& cli) {
    auto& p = cli.parser();
    addCloudOptions(p);
    p.addOption({QStringLiteral("subscription"), QStringLiteral("Subscription id."), QStringLiteral("id")});
    p.addOption(
        {QStringLiteral("resource-group"), QStringLiteral("Resource group."), QStringLiteral("name")});
    if (!cli.parse(QStringLiteral("Lists the Azure ML workspaces of a resource group.")))
        return kUsage;
    if (cli.value(QStringLiteral("subscription")).isEmpty() ||
        cli.value(QStringLiteral("resource-group")).isEmpty())
        return cli.usage(QStringLiteral("--subscription and --resource-group are required."));
    auto context = azureContext(cli);
    if (!context)
        return cli.fail(context.error());
    auto result = await(AzureMlEngine::listWorkspaces(context.value()->http.get(), context.value()->cloud,
                                                      cli.value(QStringLiteral("subscription")),
                                                      cli.value(QStringLiteral("resource-group")), qApp));
    if (!result)
        return cli.fail(result.error());
    printWorkspaces(cli, result.value());
    return kOk;
}

static int workspaceDescribe(Cli& cli) {
    if (!cli.parse(
            QStringLiteral("Shows an Azure ML workspace's details from Azure (location, storage, ...).")))
        return kUsage;
    auto ws = cli.workspace();
    if (!ws)
        return cli.fail(ws.error());
    auto* engine = qobject_cast<AzureMlEngine*>(ws.value()->engine());
    if (!engine)
        return cli.usage(
            QStringLiteral("workspace '%1' is not an Azure ML workspace.").arg(ws.value()->name()));
    auto result = await(engine->getWorkspace());
    if (!result)
        return cli.fail(result.error());
    printWorkspaces(cli, {result.value()});
    return kOk;
}

void addAzureCloudOptions(QCommandLineParser& parser) {
    addCloudOptions(parser);
}

int createAzureWorkspace(Cli& cli) {
    const QString subscription = cli.value(QStringLiteral("subscription"));
    const QString group = cli.value(QStringLiteral("resource-group"));
    const QString name = cli.value(QStringLiteral("name"));
    if (subscription.isEmpty() || group.isEmpty() || name.isEmpty())
        return cli.usage(tr("--engine azureml needs --subscription, --resource-group and --name (and "
                            "--location for a new workspace)."));
    auto context = azureContext(cli);
    if (!context)
        return cli.fail(context.error());
    // Workspace.create(): the location and the associated resources by ARM id, as the
    // Workspace/create.json example's request carries them.
    QJsonObject properties{
        {QStringLiteral("friendlyName"), cli.value(QStringLiteral("friendly-name")).isEmpty()
                                             ? name
                                             : cli.value(QStringLiteral("friendly-name"))}};
    for (const auto& [option, key] :
         {std::pair{"description", "description"}, std::pair{"storage-account", "storageAccount"},
          std::pair{"key-vault", "keyVault"}, std::pair{"application-insights", "applicationInsights"},
          std::pair{"container-registry", "containerRegistry"}})
        if (const QString v = cli.value(QLatin1String(option)); !v.isEmpty())
            properties.insert(QLatin1String(key), v);
    const QJsonObject body{{QStringLiteral("location"), cli.value(QStringLiteral("location"))},
                           {QStringLiteral("properties"), properties}};
    auto result = await(AzureMlEngine::createWorkspace(context.value()->http.get(), context.value()->cloud,
                                                       subscription, group, name, body,
                                                       cli.isSet(QStringLiteral("exist-ok")), qApp));
    if (!result)
        return result.error().kind == ErrorKind::Invalid ? cli.usage(result.error().message)
                                                         : cli.fail(result.error());
    QJsonObject json = workspaceJson(result.value());
    // Like Workspace.write_config(): <path>/.azureml/config.json, which opens the workspace later.
    if (const QString path = cli.value(QStringLiteral("path")); !path.isEmpty()) {
        QJsonObject config{
            {QStringLiteral("subscription_id"), subscription},
            {QStringLiteral("resource_group"), group},
            {QStringLiteral("workspace_name"), json.value(QLatin1String("name")).toString(name)}};
        if (cli.isSet(QStringLiteral("arm-endpoint")))
            config.insert(QStringLiteral("arm_endpoint"), cli.value(QStringLiteral("arm-endpoint")));
        const QString file = QDir(path).filePath(QStringLiteral(".azureml/config.json"));
        if (!QDir().mkpath(QFileInfo(file).absolutePath()))
            return cli.fail(Error{ErrorKind::Io, tr("Cannot create the folder of %1.").arg(file), {}});
        if (auto s = writeJsonFileAtomically(file, config); !s)
            return cli.fail(s.error());
        json.insert(QStringLiteral("config_file"), file);
    }
    if (cli.json())
        cli.printJson(json);
    else
        cli.print(tr("Workspace '%1' in %2 (resource group %3).")
                      .arg(json.value(QLatin1String("name")).toString(),
                           json.value(QLatin1String("location")).toString(), group));
    return kOk;
}

int showAzureWorkspace(Cli& cli, const QJsonObject& localFields) {
    auto ws = cli.workspace();
    if (!ws)
        return cli.fail(ws.error());
    auto* engine = qobject_cast<AzureMlEngine*>(ws.value()->engine());
    if (!engine)
        return cli.usage(tr("workspace '%1' is not an Azure ML workspace.").arg(ws.value()->name()));
    auto result = await(engine->getWorkspace());
    if (!result)
        return cli.fail(result.error());
    QJsonObject json = workspaceJson(result.value());
    for (auto it = localFields.begin(); it != localFields.end(); ++it)
        if (!json.contains(it.key()) || json.value(it.key()).toString().isEmpty())
            json.insert(it.key(), it.value());
    if (cli.json()) {
        cli.printJson(json);
        return kOk;
    }
    QList<QStringList> rows;
    for (const char* key :
         {"name", "engine", "location", "subscription_id", "resource_group", "friendly_name", "description",
          "storage_account", "key_vault", "application_insights", "container_registry", "discovery_url",
          "mlflow_tracking_uri", "provisioning_state", "config_file"})
        rows << QStringList{QLatin1String(key), json.value(QLatin1String(key)).toString()};
    cli.printTable({tr("Field"), tr("Value")}, rows);
    return kOk;
}

static int datastoreSetKey(Cli& cli) {
    auto& p = cli.parser();
    p.addOption({QStringLiteral("account"), QStringLiteral("Storage account name."), QStringLiteral("name")});
    if (!cli.parse(
            QStringLiteral("Stores a storage account key (read from standard input) in the keychain for "
                           "datastore uploads and downloads.")))
        return kUsage;
    const QString account = cli.value(QStringLiteral("account"));
    if (account.isEmpty())
        return cli.usage(QStringLiteral("--account is required."));
    const QByteArray key = readSecretFromStdin();
    if (key.isEmpty() || QByteArray::fromBase64(key, QByteArray::AbortOnBase64DecodingErrors).isEmpty())
        return cli.usage(
            QStringLiteral("give the account key (base64, as the Azure portal shows it) on standard input."));
    auto context = azureContext(cli);
    if (!context)
        return cli.fail(context.error());
    await(SecretStore::instance().write(
        SecretKeys::azureStorageKey(context.value()->cloud.secretScope(), account), key));
    cli.print(QStringLiteral("Stored the key of storage account '%1'.").arg(account));
    if (!SecretStore::instance().keychainAvailable())
        std::fprintf(stderr,
                     "yard: warning: the keychain cannot be used (%s): the key is kept only until this "
                     "command ends.\n",
                     SecretStore::instance().lastKeychainError().toUtf8().constData());
    return kOk;
}

static const CommandRegistration registration{
    {QStringLiteral("login azure"), login,
     QStringLiteral("Sign in to Azure (device code, service principal).")},
    {QStringLiteral("workspace list"), workspaceList,
     QStringLiteral("List the Azure ML workspaces of a resource group.")},
    {QStringLiteral("workspace describe"), workspaceDescribe,
     QStringLiteral("Show an Azure ML workspace's details.")},
    {QStringLiteral("datastore set-key"), datastoreSetKey,
     QStringLiteral("Store a storage account key in the keychain.")},
};

} // namespace yard
