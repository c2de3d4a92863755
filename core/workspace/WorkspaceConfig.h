#pragma once

#include "core/util/Result.h"

#include <QJsonObject>
#include <QString>

namespace trainyard {

// The layout version a local workspace.json declares ("format"); another one is refused.
constexpr int kWorkspaceFormat = 1;

// What a workspace is made of, read from a local workspace's `workspace.json` or from an
// Azure-ML-compatible `config.json` (subscription_id, resource_group, workspace_name, plus our
// "engine" key and that engine's settings). A config.json without "engine" is an Azure ML one.
struct WorkspaceConfig {
    QString engine = QStringLiteral("local"); // local | slurm | azureml
    QString name;
    QString subscriptionId;
    QString resourceGroup;
    QString folder;     // local: the workspace folder; others: where the config file lives
    QString configPath; // the file it was read from
    QJsonObject raw;    // every key, for the engine's own settings
};

// `path` is a workspace folder, a folder holding config.json (or .azureml/config.json), or a
// config file. Searches parent folders like Workspace.from_config() when `searchParents`.
Result<WorkspaceConfig> loadWorkspaceConfig(const QString& path, bool searchParents = false);

// The way Workspace.from_config() finds a workspace when none is named: `folder`, then its
// parents, each checked for workspace.json, .azureml/config.json and config.json (a config.json
// only if it names a workspace: "workspace_name" or "engine"). Empty when there is none.
QString findWorkspaceConfig(const QString& folder);

// Where the desktop and `yard` keep the default local workspace (created on first use).
QString defaultWorkspaceFolder();

} // namespace trainyard
