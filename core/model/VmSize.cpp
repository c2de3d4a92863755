#include "core/model/VmSize.h"

#include <QJsonArray>

namespace trainyard {

QJsonObject toJson(const GpuDevice& gpu) {
    return {{QStringLiteral("index"), gpu.index},
            {QStringLiteral("name"), gpu.name},
            {QStringLiteral("memoryMiB"), double(gpu.memoryMiB)},
            {QStringLiteral("uuid"), gpu.uuid}};
}

QJsonObject toJson(const VmSize& size) {
    QJsonObject json{{QStringLiteral("name"), size.name},
                     {QStringLiteral("family"), size.family},
                     {QStringLiteral("vCPUs"), size.vCPUs},
                     {QStringLiteral("memoryGB"), size.memoryGB},
                     {QStringLiteral("gpus"), size.gpus},
                     {QStringLiteral("lowPriorityCapable"), size.lowPriorityCapable}};
    if (!size.gpuDevices.isEmpty()) {
        QJsonArray devices;
        for (const GpuDevice& gpu : size.gpuDevices)
            devices.append(toJson(gpu));
        json.insert(QStringLiteral("gpuDevices"), devices);
    }
    return json;
}

} // namespace trainyard
