#include "core/azureml/AzureMlEngine.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace trainyard {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AzureMlEngineFactory)
};
} // namespace

// Called by core/engine/EngineFactory.cpp for a config.json with "engine": "azureml" or none.
Result<Engine*> createAzureMlEngine(const WorkspaceConfig& config, QObject* parent) {
    for (const auto& [value, key] :
         {std::pair{config.subscriptionId, "subscription_id"},
          std::pair{config.resourceGroup, "resource_group"}, std::pair{config.name, "workspace_name"}}) {
        if (value.isEmpty())
            return Error::invalid(
                Tr::tr("%1: '%2' is missing; an Azure ML config.json needs subscription_id, "
                       "resource_group and workspace_name.")
                    .arg(config.configPath, QLatin1String(key)),
                QLatin1String(key));
    }
    // docs/architecture.md "ARM operations": workspace name ^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$.
    static const QRegularExpression workspaceName(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$"));
    if (!workspaceName.match(config.name).hasMatch())
        return Error::invalid(
            Tr::tr("workspace_name '%1' is not allowed: 3-33 letters, digits, '_' or '-', starting "
                   "with a letter or digit.")
                .arg(config.name),
            QStringLiteral("workspace_name"));
    auto cloud = azureml::AzureCloud::fromConfig(config.raw);
    if (!cloud)
        return cloud.error();
    return static_cast<Engine*>(new azureml::AzureMlEngine(config, cloud.value(), parent));
}

} // namespace trainyard
