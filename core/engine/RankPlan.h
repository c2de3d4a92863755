#pragma once

#include "core/model/Run.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace trainyard {

// How a run's processes are laid out, for any engine that starts them itself (local, Slurm).

// One process of a run: where it runs, what it runs and the environment the distribution
// (MPI, PyTorch, TensorFlow) expects. Written by the agent as ranks/<rank>/spec.json and
// executed by `yard runner`.
struct RankSpec {
    QString runId;
    int rank = 0;
    int nodeIndex = 0;
    QString nodeId;
    QString program;
    QStringList arguments;
    QString workingDirectory;
    QMap<QString, QString> environment; // added to the runner's own environment
    QString logFile;
    QString rankDir; // started.json, exit.json, runner.pid
    int graceSeconds = 10;
};

struct RunContext {
    QString runId;
    QString experiment;
    QString workspaceFolder;
    QString snapshotDir;
    QString outputsDir;
    QString logsDir;
    QString ranksDir; // ranks/<rank>/: a rank other than 0 works in ranks/<rank>/cwd (RankWorkDirs)
    QString metricsFile;
    QString pythonLib;
    QString python = QStringLiteral("python3");
    QStringList nodeIds;           // one per node, in order
    QList<quint16> freePorts;      // one per process (TensorFlow tasks) plus one for MASTER_PORT
    QStringList resolvedArguments; // arguments with datastore references replaced by paths
    // Per node (by index): the GPUs it owns as CUDA_VISIBLE_DEVICES takes them; a node without an
    // entry leaves the variable as it is (clusters without GPUs).
    QStringList cudaVisibleDevices;
    QMap<QString, QString>
        environmentVariables; // the environment's own (PATH, VIRTUAL_ENV), before the run's
};

// Every process of the run, rank by rank. Pure: no files, no processes.
QList<RankSpec> planRanks(const RunConfig& config, const RunContext& context);

// Where a rank works: rank 0 in the snapshot, every other rank in a folder of its own whose
// entries link to the snapshot's, so that each rank's ./outputs and ./logs can be its own
// (docs/architecture.md "Outputs and logs"). Where links are not available (Windows), every
// rank works in the snapshot.
QString rankWorkingDirectory(const RunContext& context, int rank);

// How many processes and free ports a run needs.
int processCount(const RunConfig& config);
int portsNeeded(const RunConfig& config);

// ranks/<rank>/spec.json
QJsonObject toJson(const RankSpec& spec);
RankSpec rankSpecFromJson(const QJsonObject& json);
} // namespace trainyard
