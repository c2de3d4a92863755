#include "core/local/LocalGpus.h"

#include "core/engine/GpuInventory.h"
#include "core/platform/ResourceUsage.h"
#include "core/platform/gpu/GpuProbe.h"
#include "core/util/JsonFile.h"

#include <QMutex>

namespace trainyard::local {

namespace {
QList<GpuDevice> detectOnce() {
    static QMutex mutex;
    static std::optional<QList<GpuDevice>> detected;
    QMutexLocker lock(&mutex);
    if (!detected) {
        detected = platform::probeNvml();
        if (!detected) {
            const auto smi = platform::queryNvidiaSmi();
            detected = smi ? parseNvidiaSmiCsv(*smi) : QList<GpuDevice>();
        }
    }
    return *detected;
}
} // namespace

Result<QList<GpuDevice>> localGpus(const LocalLayout& layout) {
    auto json = readJsonObjectFile(layout.workspaceFile());
    if (!json)
        return json.error();
    auto configured = gpusFromWorkspaceJson(json.value());
    if (!configured)
        return configured.error();
    if (configured.value())
        return *configured.value();
    return detectOnce();
}

Result<QList<VmSize>> localSizes(const LocalLayout& layout) {
    auto gpus = localGpus(layout);
    if (!gpus)
        return gpus.error();
    return localVmSizes(gpus.value(), platform::logicalCores(), platform::physicalMemoryGB());
}

} // namespace trainyard::local
