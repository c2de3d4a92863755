#pragma once

#include "core/model/Compute.h"
#include "core/model/VmSize.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace trainyard {

// The platform-neutral half of GPU handling for engines that place runs on one machine's GPUs
// (the local engine): parsing what the drivers say, workspace.json's override, the vm sizes a
// machine offers and which GPUs a node owns. Probing the drivers is core/platform/gpu.

// The output of `nvidia-smi --query-gpu=index,name,memory.total,uuid --format=csv,noheader,nounits`:
// one GPU per line. Lines that do not have those four fields are skipped.
QList<GpuDevice> parseNvidiaSmiCsv(const QByteArray& output);

// workspace.json "local": {"gpus": [...]} overrides detection, for machines where it is wrong and
// for tests. Each item is a name ("Tesla T4") or an object {index, name, memory_mib, uuid};
// an empty list means no GPUs. nullopt when the key is absent; an error names a bad item.
Result<std::optional<QList<GpuDevice>>> gpusFromWorkspaceJson(const QJsonObject& workspaceJson);

// "local" (no GPU) and "local-gpuK" for K = 1 .. the machine's GPU count.
QList<VmSize> localVmSizes(const QList<GpuDevice>& gpus, int vCPUs, double memoryGB);
// The GPUs per node of a local vm size: 0 for "local", K for "local-gpuK", nullopt for anything else.
std::optional<int> localGpusPerNode(const QString& vmSize);

// Every node of a cluster owns its own GPUs: max_nodes x GPUs per node must fit on the machine.
// The refusal names the machine's GPUs.
Status checkGpuFit(const ComputeSpec& spec, const QList<GpuDevice>& gpus);

// The slot of a local node ("cpu-n3" -> 3): node slot i owns GPUs [i*K, i*K + K).
int localNodeSlot(const QString& clusterName, const QString& nodeId);
QList<GpuDevice> gpusOfNode(int gpusPerNode, int slot, const QList<GpuDevice>& gpus);
// "0,1" as CUDA_VISIBLE_DEVICES takes it (indices, the order nvidia-smi lists).
QString cudaVisibleDevices(const QList<GpuDevice>& gpus);
// "0: Tesla T4 (15360 MiB)" for tables and messages.
QString describeGpu(const GpuDevice& gpu);

} // namespace trainyard
