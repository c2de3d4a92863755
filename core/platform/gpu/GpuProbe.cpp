#include "core/platform/gpu/GpuProbe.h"

#include <QFile>
#include <QLibrary>
#include <QProcess>
#include <QStandardPaths>

namespace trainyard::platform {

namespace {
// NVML's C API, the few calls needed (nvml.h; every call answers NVML_SUCCESS = 0).
using NvmlDevice = void*;
struct NvmlMemory {
    unsigned long long total = 0, free = 0, used = 0;
};
using InitFn = int (*)();
using CountFn = int (*)(unsigned int*);
using HandleFn = int (*)(unsigned int, NvmlDevice*);
using TextFn = int (*)(NvmlDevice, char*, unsigned int);
using MemoryFn = int (*)(NvmlDevice, NvmlMemory*);
constexpr int kNvmlSuccess = 0;
constexpr unsigned int kTextLength = 96; // NVML_DEVICE_NAME_V2_BUFFER_SIZE and the UUID's fit
constexpr int kNvidiaSmiTimeoutMs = 10000;
} // namespace

std::optional<QList<GpuDevice>> probeNvml() {
#ifdef Q_OS_WIN
    QLibrary nvml(QStringLiteral("nvml"));
#else
    QLibrary nvml(QStringLiteral("nvidia-ml"), 1);
#endif
    if (!nvml.load())
        return std::nullopt;
    const auto init = reinterpret_cast<InitFn>(nvml.resolve("nvmlInit_v2"));
    const auto shutdown = reinterpret_cast<InitFn>(nvml.resolve("nvmlShutdown"));
    const auto count = reinterpret_cast<CountFn>(nvml.resolve("nvmlDeviceGetCount_v2"));
    const auto handle = reinterpret_cast<HandleFn>(nvml.resolve("nvmlDeviceGetHandleByIndex_v2"));
    const auto name = reinterpret_cast<TextFn>(nvml.resolve("nvmlDeviceGetName"));
    const auto uuid = reinterpret_cast<TextFn>(nvml.resolve("nvmlDeviceGetUUID"));
    const auto memory = reinterpret_cast<MemoryFn>(nvml.resolve("nvmlDeviceGetMemoryInfo"));
    if (!init || !shutdown || !count || !handle || !name || !uuid || !memory || init() != kNvmlSuccess)
        return std::nullopt;
    QList<GpuDevice> gpus;
    unsigned int n = 0;
    if (count(&n) == kNvmlSuccess) {
        for (unsigned int i = 0; i < n; ++i) {
            NvmlDevice device = nullptr;
            if (handle(i, &device) != kNvmlSuccess)
                continue;
            GpuDevice gpu;
            gpu.index = int(i);
            char text[kTextLength] = {};
            if (name(device, text, kTextLength) == kNvmlSuccess)
                gpu.name = QString::fromUtf8(text);
            char id[kTextLength] = {};
            if (uuid(device, id, kTextLength) == kNvmlSuccess)
                gpu.uuid = QString::fromUtf8(id);
            NvmlMemory info;
            if (memory(device, &info) == kNvmlSuccess)
                gpu.memoryMiB = qint64(info.total / (1024 * 1024));
            gpus << gpu;
        }
    }
    shutdown();
    return gpus;
}

std::optional<QByteArray> queryNvidiaSmi() {
    const QString program = QStandardPaths::findExecutable(QStringLiteral("nvidia-smi"));
    if (program.isEmpty())
        return std::nullopt;
    QProcess smi;
    smi.start(program, {QStringLiteral("--query-gpu=index,name,memory.total,uuid"),
                        QStringLiteral("--format=csv,noheader,nounits")});
    if (!smi.waitForFinished(kNvidiaSmiTimeoutMs) || smi.exitStatus() != QProcess::NormalExit ||
        smi.exitCode() != 0) {
        smi.kill();
        smi.waitForFinished(1000);
        return std::nullopt;
    }
    return smi.readAllStandardOutput();
}

double physicalMemoryGB() {
    // Linux; other systems report 0 (unknown) until someone needs it there.
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (!meminfo.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : meminfo.readAll().split('\n')) {
        if (line.startsWith("MemTotal:")) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            return parts.value(1).toDouble() / (1024.0 * 1024.0);
        }
    }
    return 0;
}

} // namespace trainyard::platform
