#include "AzureTestEngine.h"

namespace trainyard::test {

AzureWorkspaceId AzureWorkspaceId::ofExample(const QJsonObject& parameters) {
    return {parameters.value(QLatin1String("subscriptionId")).toString(),
            parameters.value(QLatin1String("resourceGroupName")).toString(),
            parameters.value(QLatin1String("workspaceName")).toString()};
}

std::unique_ptr<azureml::AzureMlEngine> azureEngine(const QJsonObject& raw,
                                                    const AzureWorkspaceId& workspace) {
    WorkspaceConfig config;
    config.engine = QStringLiteral("azureml");
    config.subscriptionId = workspace.subscription;
    config.resourceGroup = workspace.resourceGroup;
    config.name = workspace.name;
    config.raw = raw;
    auto cloud = azureml::AzureCloud::fromConfig(raw);
    if (!cloud)
        qFatal("%s", qPrintable(cloud.error().message));
    return std::make_unique<azureml::AzureMlEngine>(config, cloud.value());
}

} // namespace trainyard::test
