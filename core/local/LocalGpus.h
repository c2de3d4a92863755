#pragma once

#include "core/local/LocalLayout.h"
#include "core/model/VmSize.h"
#include "core/util/Result.h"

#include <QList>

namespace trainyard::local {

// The GPUs the local engine hands out: workspace.json's local.gpus when set (detection can be
// wrong; tests set it), else NVML, else nvidia-smi, else none. Detection runs once per process.
Result<QList<GpuDevice>> localGpus(const LocalLayout& layout);

// What `yard compute list-sizes` shows for a local workspace: "local" and one size per GPU count.
Result<QList<VmSize>> localSizes(const LocalLayout& layout);

} // namespace trainyard::local
