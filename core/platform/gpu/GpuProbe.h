#pragma once

#include "core/model/VmSize.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace trainyard::platform {

// What the machine's drivers say about its GPUs. Nothing is linked: NVML (libnvidia-ml.so.1,
// nvml.dll) is loaded at run time, nvidia-smi is looked up on the PATH. Both may be missing.
// Kept out of core/platform's plain-C++ files (.ci/check-win32.sh builds those without Qt).

// The GPUs NVML lists, or nullopt when the library is not there or does not initialise.
std::optional<QList<GpuDevice>> probeNvml();

// The output of `nvidia-smi --query-gpu=index,name,memory.total,uuid --format=csv,noheader,nounits`,
// or nullopt when nvidia-smi is not on the PATH or fails (within a few seconds).
std::optional<QByteArray> queryNvidiaSmi();

// The machine's memory in GB (0 when unknown); its logical cores are in ResourceUsage.h.
double physicalMemoryGB();

} // namespace trainyard::platform
