#include "core/slurm/SlurmEngine.h"
#include "core/workspace/Workspace.h"

namespace trainyard {

// "engine": "slurm" in config.json: a cluster reached through slurmrestd (SlurmSettings.h).
Result<Engine*> createSlurmEngine(const WorkspaceConfig& config, QObject* parent) {
    auto settings = slurm::slurmSettingsFromConfig(config);
    if (!settings)
        return settings.error();
    return static_cast<Engine*>(new slurm::SlurmEngine(settings.value(), parent));
}

} // namespace trainyard
