#pragma once

#include "core/model/Run.h"
#include "core/util/Result.h"

namespace trainyard {

// How much a cluster of an engine can hold, so that a count nobody could mean
// (--min-nodes 2147483647, --process-count-per-node 100000) is refused when it is given, with
// the limit in the message, instead of making the engine open thousands of listeners or insert
// node rows without end.
struct ClusterBounds {
    QString engine;              // named in the messages ("the local engine")
    int maxNodes = 0;            // per cluster: min_nodes, max_nodes, node_count
    int maxProcessesPerRun = 0;  // node_count × process_count_per_node (mpi, pytorch)
    int maxProcessesPerNode = 0; // process_count_per_node; 0: no limit of its own (one machine)
};

// The local engine: node slots and processes on this machine. Each process of a run has a
// runner, a script and a loopback port of its own.
ClusterBounds localClusterBounds();

// A Slurm partition: its nodes, its CPUs, and a task per CPU on a node (Slurm refuses more
// tasks per node than a node has CPUs, or waits for ever for more nodes than the partition has).
ClusterBounds slurmPartitionBounds(const QString& partition, int totalNodes, int totalCpus);

Status checkScaleBounds(const ClusterBounds& bounds, int minNodes, int maxNodes);
Status checkRunBounds(const ClusterBounds& bounds, const RunConfig& config);

} // namespace trainyard
