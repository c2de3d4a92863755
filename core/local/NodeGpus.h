#pragma once

#include "core/local/LocalDatabase.h"
#include "core/local/LocalLayout.h"
#include "core/model/VmSize.h"

#include <QStringList>

namespace trainyard::local {

// The GPUs of a local cluster's nodes: node slot i of a "local-gpuK" cluster owns the machine's
// GPUs [i*K, i*K + K) (GpuInventory), so two nodes never share one.

// CUDA_VISIBLE_DEVICES for each node of the run, in the run's node order; empty for a cluster
// without GPUs. Fails, naming the GPUs, when a node has none of its own (the machine lost some).
Result<QStringList> nodeGpus(const LocalLayout& layout, LocalDatabase& db, const RunInfo& run);

// Fills each node's `gpus` with the GPUs it owns, for `compute list-nodes` and the node table.
void describeNodeGpus(ComputeInfo& compute, const QList<GpuDevice>& gpus);

} // namespace trainyard::local
