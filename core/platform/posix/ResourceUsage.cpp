// POSIX half of core/platform/ResourceUsage.h: /proc on Linux (stat, statm through stat's rss,
// io), NVML through dlopen. Elsewhere (macOS) there is no /proc: every sample is nullopt.
#include "core/platform/ResourceUsage.h"

#include <dirent.h>
#include <dlfcn.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>

namespace trainyard::platform {

namespace {

struct ProcStat {
    std::int64_t pid = 0, ppid = 0, pgrp = 0;
    bool zombie = false; // ended, not yet reaped: uses nothing
    double cpuSeconds = 0;
    std::uint64_t rssBytes = 0;
};

std::optional<ProcStat> readStat(std::int64_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(in, line))
        return std::nullopt;
    // The command name (field 2) is in parentheses and may hold spaces: read after the last ')'.
    const auto close = line.rfind(')');
    if (close == std::string::npos)
        return std::nullopt;
    std::istringstream rest(line.substr(close + 2));
    std::string state;
    ProcStat s;
    s.pid = pid;
    unsigned long long utime = 0, stime = 0, skip = 0;
    long long rssPages = 0;
    rest >> state >> s.ppid >> s.pgrp;
    for (int field = 6; field <= 13; ++field) // session .. cmajflt
        rest >> skip;
    rest >> utime >> stime;
    for (int field = 16; field <= 23; ++field) // cutime .. vsize
        rest >> skip;
    rest >> rssPages;
    if (!rest)
        return std::nullopt;
    s.zombie = state == "Z";
    static const double ticks = double(::sysconf(_SC_CLK_TCK));
    static const std::uint64_t page = std::uint64_t(::sysconf(_SC_PAGESIZE));
    s.cpuSeconds = double(utime + stime) / ticks;
    s.rssBytes = std::uint64_t(rssPages > 0 ? rssPages : 0) * page;
    return s;
}

void addIo(std::int64_t pid, TreeUsage& usage) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/io");
    std::string key;
    std::uint64_t value = 0;
    while (in >> key >> value) {
        if (key == "read_bytes:")
            usage.readBytes += value;
        else if (key == "write_bytes:")
            usage.writeBytes += value;
    }
}

} // namespace

std::optional<TreeUsage> sampleTreeUsage(std::int64_t root) {
    DIR* proc = ::opendir("/proc");
    if (!proc)
        return std::nullopt;
    std::map<std::int64_t, ProcStat> all;
    while (const dirent* entry = ::readdir(proc)) {
        char* end = nullptr;
        const long long pid = std::strtoll(entry->d_name, &end, 10);
        if (pid <= 0 || *end != '\0')
            continue;
        if (auto s = readStat(pid))
            all.emplace(pid, *s);
    }
    ::closedir(proc);
    if (!all.count(root) || all[root].zombie)
        return std::nullopt; // the rank has ended
    const auto inTree = [&](std::int64_t pid) {
        for (int depth = 0; depth < 64 && pid > 1; ++depth) {
            const auto it = all.find(pid);
            if (it == all.end())
                return false;
            if (pid == root || it->second.pgrp == root)
                return true;
            pid = it->second.ppid;
        }
        return false;
    };
    TreeUsage usage;
    for (const auto& [pid, s] : all) {
        if (s.zombie || !inTree(pid))
            continue;
        usage.cpuSeconds += s.cpuSeconds;
        usage.rssBytes += s.rssBytes;
        ++usage.processes;
        addIo(pid, usage);
    }
    return usage;
}

int logicalCores() {
    const unsigned n = std::thread::hardware_concurrency();
    return n > 0 ? int(n) : 1;
}

namespace {

// The few NVML calls we need, declared as NVML's header does (nvml.h is not a Debian package).
using NvmlDevice = struct nvmlDevice_st*;
struct NvmlUtilization {
    unsigned int gpu, memory;
};
struct NvmlMemory {
    unsigned long long total, free, used;
};
struct Nvml {
    int (*init)() = nullptr;
    int (*count)(unsigned int*) = nullptr;
    int (*handle)(unsigned int, NvmlDevice*) = nullptr;
    int (*utilization)(NvmlDevice, NvmlUtilization*) = nullptr;
    int (*memory)(NvmlDevice, NvmlMemory*) = nullptr;
    bool ready = false;
};

template <typename F> bool load(void* lib, const char* name, F& into) {
    into = reinterpret_cast<F>(::dlsym(lib, name));
    return into != nullptr;
}

const Nvml& nvml() {
    static Nvml n;
    static std::once_flag once;
    std::call_once(once, [] {
        void* lib = ::dlopen("libnvidia-ml.so.1", RTLD_NOW | RTLD_LOCAL);
        if (!lib)
            return; // no NVIDIA driver: no GPU metrics
        n.ready = load(lib, "nvmlInit_v2", n.init) && load(lib, "nvmlDeviceGetCount_v2", n.count) &&
                  load(lib, "nvmlDeviceGetHandleByIndex_v2", n.handle) &&
                  load(lib, "nvmlDeviceGetUtilizationRates", n.utilization) &&
                  load(lib, "nvmlDeviceGetMemoryInfo", n.memory) && n.init() == 0;
    });
    return n;
}

} // namespace

std::vector<GpuUsage> sampleGpus() {
    std::vector<GpuUsage> out;
    const Nvml& n = nvml();
    unsigned int count = 0;
    if (!n.ready || n.count(&count) != 0)
        return out;
    for (unsigned int i = 0; i < count; ++i) {
        NvmlDevice device = nullptr;
        NvmlUtilization utilization{};
        NvmlMemory memory{};
        if (n.handle(i, &device) != 0 || n.utilization(device, &utilization) != 0 ||
            n.memory(device, &memory) != 0)
            continue;
        out.push_back({int(i), double(utilization.gpu), double(memory.used) / (1 << 20),
                       double(memory.total) / (1 << 20)});
    }
    return out;
}

} // namespace trainyard::platform
