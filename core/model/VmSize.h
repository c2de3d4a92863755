#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace trainyard {

// One GPU of a machine, as nvidia-smi --query-gpu=index,name,memory.total,uuid names it.
struct GpuDevice {
    int index = 0;
    QString name;
    qint64 memoryMiB = 0;
    QString uuid;
};

// A vm size as Azure's VirtualMachineSizes_List answers it (the field names are Azure's: `vCPUs`,
// `memoryGB`, `gpus`), plus, where the engine knows them, the GPUs each node of that size owns.
struct VmSize {
    QString name;
    QString family;
    int vCPUs = 0;
    double memoryGB = 0;
    int gpus = 0;
    bool lowPriorityCapable = false;
    QList<GpuDevice> gpuDevices; // the local engine: the machine's GPUs a node of this size may get
};

// Azure's names: {"name", "family", "vCPUs", "memoryGB", "gpus", "lowPriorityCapable"}, plus
// "gpuDevices" [{index, name, memoryMiB, uuid}] when known.
QJsonObject toJson(const VmSize& size);
QJsonObject toJson(const GpuDevice& gpu);

} // namespace trainyard
