#include "core/local/AgentOptions.h"
#include "core/local/LocalEngine.h"
#include "core/workspace/Workspace.h"

namespace trainyard {

// Each engine's own folder defines its factory (core/slurm/SlurmEngineFactory.cpp, ...).
Result<Engine*> createSlurmEngine(const WorkspaceConfig& config, QObject* parent);
Result<Engine*> createAzureMlEngine(const WorkspaceConfig& config, QObject* parent);

Result<Engine*> createEngine(const WorkspaceConfig& config, QObject* parent) {
    if (config.engine == QLatin1String("slurm"))
        return createSlurmEngine(config, parent);
    if (config.engine == QLatin1String("azureml"))
        return createAzureMlEngine(config, parent);
    // Settings the agent would refuse are refused here, where the user sees the message.
    if (auto options = local::AgentOptions::fromWorkspaceJson(config.raw); !options)
        return options.error();
    const QString name = config.name.isEmpty() ? QStringLiteral("local") : config.name;
    return static_cast<Engine*>(new local::LocalEngine(config.folder, name, parent));
}

} // namespace trainyard
