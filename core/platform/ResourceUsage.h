#pragma once

// What a process tree uses, and what the GPUs do, as the operating system and NVIDIA's driver
// report it: for the system metrics of a run (core/monitoring/SystemSampler). Plain C++, one
// half per platform like Process.h. Linux reads /proc; macOS and Windows report nothing yet
// (std::nullopt), and the sampler then writes no sys/ points rather than wrong ones.

#include <cstdint>
#include <optional>
#include <vector>

namespace trainyard::platform {

struct TreeUsage {
    double cpuSeconds = 0;       // user + system time of the processes alive now
    std::uint64_t rssBytes = 0;  // resident memory, summed
    std::uint64_t readBytes = 0; // storage reads and writes (/proc/<pid>/io), summed
    std::uint64_t writeBytes = 0;
    int processes = 0;
};

// The process `root` and every process below it: its process group (a ProcessTree leads one)
// and its descendants by parent id. nullopt if it is gone or the platform cannot tell.
std::optional<TreeUsage> sampleTreeUsage(std::int64_t root);

// How many logical cores this machine has (at least 1).
int logicalCores();

struct GpuUsage {
    int index = 0;
    double utilizationPercent = 0; // the share of the last sample period a kernel ran
    double memoryUsedMb = 0;
    double memoryTotalMb = 0;
};

// Every GPU NVML sees (libnvidia-ml.so.1 / nvml.dll, loaded at run time the first time this is
// called); empty without NVIDIA's driver.
std::vector<GpuUsage> sampleGpus();

} // namespace trainyard::platform
