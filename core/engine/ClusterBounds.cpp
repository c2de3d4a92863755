#include "core/engine/ClusterBounds.h"

#include <QCoreApplication>

namespace trainyard {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ClusterBounds)
};
} // namespace

ClusterBounds localClusterBounds() {
    // 256 processes keep a run's listeners and runners well inside the usual limit of 1024 open
    // files and the process table of a workstation; 256 slots per cluster is far beyond what one
    // machine runs usefully at once.
    return {Tr::tr("the local engine"), 256, 256};
}

ClusterBounds slurmPartitionBounds(const QString& partition, int totalNodes, int totalCpus) {
    const int nodes = qMax(1, totalNodes);
    return {Tr::tr("partition '%1'").arg(partition), totalNodes, totalCpus, qMax(1, totalCpus / nodes)};
}

Status checkScaleBounds(const ClusterBounds& bounds, int minNodes, int maxNodes) {
    for (const auto& [value, field] : {std::pair{minNodes, QStringLiteral("min_nodes")},
                                       std::pair{maxNodes, QStringLiteral("max_nodes")}}) {
        if (value > bounds.maxNodes)
            return Error::invalid(Tr::tr("%1 is %2: %3 holds at most %4 nodes per cluster.")
                                      .arg(field)
                                      .arg(value)
                                      .arg(bounds.engine)
                                      .arg(bounds.maxNodes),
                                  field);
    }
    return {};
}

Status checkRunBounds(const ClusterBounds& bounds, const RunConfig& config) {
    if (config.nodeCount > bounds.maxNodes)
        return Error::invalid(Tr::tr("node_count is %1: %2 holds at most %3 nodes per cluster.")
                                  .arg(config.nodeCount)
                                  .arg(bounds.engine)
                                  .arg(bounds.maxNodes),
                              QStringLiteral("node_count"));
    const auto& d = config.distribution;
    const bool perNodeCounts = d.type == DistributionType::Mpi || d.type == DistributionType::PyTorch;
    if (perNodeCounts && bounds.maxProcessesPerNode > 0 && d.processCountPerNode > bounds.maxProcessesPerNode)
        return Error::invalid(Tr::tr("process_count_per_node is %1: %2 runs at most %3 processes per node "
                                     "(one per CPU).")
                                  .arg(d.processCountPerNode)
                                  .arg(bounds.engine)
                                  .arg(bounds.maxProcessesPerNode),
                              QStringLiteral("process_count_per_node"));
    const qint64 processes = qint64(config.nodeCount) * (perNodeCounts ? d.processCountPerNode : 1);
    if (processes > bounds.maxProcessesPerRun)
        return Error::invalid(
            Tr::tr("The run would start %1 processes (node_count %2 × process_count_per_node "
                   "%3): %4 runs at most %5 processes per run.")
                .arg(processes)
                .arg(config.nodeCount)
                .arg(d.processCountPerNode)
                .arg(bounds.engine)
                .arg(bounds.maxProcessesPerRun),
            QStringLiteral("process_count_per_node"));
    return {};
}

} // namespace trainyard
