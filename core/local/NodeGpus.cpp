#include "core/local/NodeGpus.h"

#include "core/engine/GpuInventory.h"
#include "core/local/LocalGpus.h"

#include <QCoreApplication>

namespace trainyard::local {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(NodeGpus)
};
} // namespace

Result<QStringList> nodeGpus(const LocalLayout& layout, LocalDatabase& db, const RunInfo& run) {
    auto compute = db.compute(run.compute);
    if (!compute)
        return compute.error();
    const int perNode = localGpusPerNode(compute->spec.vmSize).value_or(0);
    if (perNode == 0)
        return QStringList();
    auto gpus = localGpus(layout);
    if (!gpus)
        return gpus.error();
    QStringList devices;
    for (const QString& node : run.nodes) {
        const QList<GpuDevice> own = gpusOfNode(perNode, localNodeSlot(run.compute, node), gpus.value());
        if (own.isEmpty())
            return Error::invalid(
                Tr::tr("node %1 of %2 has no %3 GPU(s) of its own on this machine (%4 GPUs found).")
                    .arg(node, compute->spec.vmSize)
                    .arg(perNode)
                    .arg(gpus->size()),
                QStringLiteral("vm_size"));
        devices << cudaVisibleDevices(own);
    }
    return devices;
}

void describeNodeGpus(ComputeInfo& compute, const QList<GpuDevice>& gpus) {
    const int perNode = localGpusPerNode(compute.spec.vmSize).value_or(0);
    for (ComputeNode& node : compute.nodes) {
        node.gpus.clear();
        for (const GpuDevice& gpu : gpusOfNode(perNode, localNodeSlot(compute.spec.name, node.nodeId), gpus))
            node.gpus << describeGpu(gpu);
    }
}

} // namespace trainyard::local
