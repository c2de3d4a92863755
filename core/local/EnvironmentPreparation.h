#pragma once

#include "core/local/AgentOptions.h"
#include "core/local/LocalLayout.h"
#include "core/model/Run.h"

#include <QMap>
#include <QString>

namespace trainyard::local {

// What a run's environment gives its processes, and whether it is ready yet. The agent asks on
// every tick while the run is Preparing: a pip or conda environment that is not in the cache is
// built by a detached `yard environment prepare` (its output is the run's Preparing log,
// logs/environment/build_log.txt), so the agent never waits for pip.
struct Preparation {
    enum State { Ready, Building, Failed } state = Ready;
    QString python;                   // the interpreter of entry scripts
    QMap<QString, QString> variables; // PATH with the environment's bin first, VIRTUAL_ENV, ...
    QString image;                    // run inside this container image, with
    QString containerRuntime;         // podman or docker (its path)
    QString message;                  // Building: what it waits for; Failed: why, with the build's end
};

Preparation prepareEnvironment(const LocalLayout& layout, const AgentOptions& options, const RunInfo& run);

// Where the local engine's container runtime is: podman, else docker; empty when neither is installed.
QString localContainerRuntime();

} // namespace trainyard::local
