#pragma once

#include "core/engine/RankPlan.h"

namespace trainyard {

// Runs a rank inside a container image with podman or docker (`runtime`, their shared command
// line): the workspace folder is mounted at the same path, the working directory and every
// variable of the rank's environment are passed in, the host's network is used (ranks reach
// each other on 127.0.0.1) and its IPC (shared memory for data loaders).
void wrapInContainer(RankSpec& spec, const QString& runtime, const QString& image,
                     const QString& workspaceFolder);

} // namespace trainyard
