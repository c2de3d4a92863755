#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace trainyard {

enum class VmPriority { Dedicated, LowPriority };
QString toString(VmPriority priority); // "dedicated" | "lowpriority", as the SDK writes them

// AmlCompute.provisioning_configuration(...) in one struct. Secrets are not here: the admin
// password or SSH private key goes to the keychain under the cluster's name.
struct ComputeSpec {
    QString name;
    QString vmSize;
    VmPriority vmPriority = VmPriority::Dedicated;
    int minNodes = 0;
    int maxNodes = 1;
    int idleSecondsBeforeScaledown = 120; // the SDK's default
    QString vnetResourceGroup;
    QString vnetName;
    QString subnetName;
    QString adminUsername;
    QString adminSshPublicKey; // public, so it may be stored
    QString description;
};

// The part of a cluster that update() may change; the vm size and priority are fixed at creation.
struct ScaleSettings {
    std::optional<int> minNodes;
    std::optional<int> maxNodes;
    std::optional<int> idleSecondsBeforeScaledown;
};

struct NodeStateCounts {
    int idle = 0;
    int running = 0;
    int preparing = 0;
    int unusable = 0;
    int leaving = 0;
    int preempted = 0;
    int total() const { return idle + running + preparing + unusable + leaving + preempted; }
};

struct ComputeNode {
    QString nodeId;
    QString state; // idle | running | preparing | unusable | leaving | preempted
    QString runId; // the run on it, when running
    QString privateIpAddress;
    QString reason; // the engine's own words (a Slurm drain reason, ...)
    QDateTime stateSince;
    QStringList gpus; // the GPUs the node owns, one line each ("0: Tesla T4 (15360 MiB)", "gpu:a100:2")
};

// get_status() plus the spec: what `compute show` prints and a compute tile draws.
struct ComputeInfo {
    ComputeSpec spec;
    QString provisioningState = QStringLiteral("Succeeded"); // Creating | Succeeded | Failed | Deleting | ...
    QString allocationState = QStringLiteral("Steady");      // Steady | Resizing
    int currentNodeCount = 0;
    int targetNodeCount = 0;
    NodeStateCounts nodeStateCounts;
    QStringList errors;
    QDateTime createdAt;
    QList<ComputeNode> nodes;
};

// Azure ML's rules; the messages name the value and what is allowed.
Status validateComputeName(const QString& name);
// The most nodes a cluster of any engine holds; an engine may hold fewer (ClusterBounds). Runs
// are bounded by it too (node_count).
constexpr int kMaxNodesPerCluster = 10000;

Status validateScale(int minNodes, int maxNodes, int idleSeconds);
Status validateComputeSpec(const ComputeSpec& spec);

} // namespace trainyard
