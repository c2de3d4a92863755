#pragma once

// Azure ML engines for the tests: one workspace's engine whose config.json points at loopback
// servers (the replay server, Azurite, a data plane) instead of Azure.
#include "core/azureml/AzureMlEngine.h"

#include <QJsonObject>

#include <memory>

namespace trainyard::test {

// Which workspace the engine works on: a made-up one, or a published example's.
struct AzureWorkspaceId {
    QString subscription = QStringLiteral("00000000-0000-0000-0000-000000000000");
    QString resourceGroup = QStringLiteral("rg");
    QString name = QStringLiteral("ws1");

    // The workspace a published example was written for (its subscriptionId,
    // resourceGroupName and workspaceName parameters).
    static AzureWorkspaceId ofExample(const QJsonObject& parameters);
};

// The engine of `workspace` whose config.json holds `raw` (endpoints and options). A config the
// engine refuses ends the test program: every test needs its engine.
std::unique_ptr<azureml::AzureMlEngine> azureEngine(const QJsonObject& raw,
                                                    const AzureWorkspaceId& workspace = {});

} // namespace trainyard::test
