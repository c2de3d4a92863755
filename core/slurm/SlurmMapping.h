#pragma once

#include "core/model/Compute.h"
#include "core/model/RunStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace trainyard::slurm {

// How Slurm's words map to Trainyard's (Azure ML's). Pure functions: no network, no files.

struct JobState {
    RunStatus status = RunStatus::NotStarted;
    QString detail; // the pending reason, "preempted", ...
    QString error;  // for Failed: what Slurm says went wrong
};

// job_state (+ state_reason) of a v0.0.3x job: PENDING -> Queued with the reason, CONFIGURING ->
// Preparing, RUNNING -> Running, COMPLETING -> Finalizing, COMPLETED -> Completed,
// FAILED/TIMEOUT/NODE_FAIL/OUT_OF_MEMORY/BOOT_FAIL/DEADLINE -> Failed, CANCELLED -> Canceled,
// PREEMPTED/SUSPENDED/REQUEUED -> Queued with that word as the detail.
JobState mapJobState(const QString& jobState, const QString& reason);

// The node state category of NodeStateCounts for a node's state and state_flags.
QString mapNodeState(const QString& state, const QStringList& flags);

// Slurm reports the raw wait status: `exit 3` is 768, a SIGKILL is 9. Returns the shell's
// convention: the exit code, or 128 + signal.
int exitCodeFromWaitStatus(int status);

// "n[1-3,5],gpu02" -> n1 n2 n3 n5 gpu02 (the host lists of Slurm's fields).
QStringList expandHostList(const QString& list);

// The "exp" claim of a JWT (readable without the key), to tell an expired token from a wrong one.
std::optional<QDateTime> jwtExpiry(const QByteArray& token);

// GPUs in a node's gres: "gpu:4" -> 4, "gpu:a100:2(S:0-1),gpu:v100:1" -> 3.
int gpuCount(const QString& gres);

// Counts of a partition's nodes per category.
NodeStateCounts countNodes(const QList<ComputeNode>& nodes);

// One entry of GET /nodes as a ComputeNode.
ComputeNode nodeFromJson(const QJsonObject& node);

} // namespace trainyard::slurm
