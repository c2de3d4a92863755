// Win32 half of core/platform/ResourceUsage.h: not measured yet (a job object's accounting
// would give it); the sampler writes no sys/ points on Windows.
#include "core/platform/ResourceUsage.h"

#include <thread>

namespace trainyard::platform {

std::optional<TreeUsage> sampleTreeUsage(std::int64_t) {
    return std::nullopt;
}

int logicalCores() {
    const unsigned n = std::thread::hardware_concurrency();
    return n > 0 ? int(n) : 1;
}

std::vector<GpuUsage> sampleGpus() {
    return {};
}

} // namespace trainyard::platform
