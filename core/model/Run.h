#pragma once

#include "core/model/RunStatus.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace trainyard {

enum class DistributionType { None, Mpi, PyTorch, TensorFlow };
QString toString(DistributionType type); // "none" | "mpi" | "pytorch" | "tensorflow"
std::optional<DistributionType> distributionFromString(const QString& text);

// MpiConfiguration / PyTorchConfiguration / TensorflowConfiguration of the SDK, in one.
struct Distribution {
    DistributionType type = DistributionType::None;
    int processCountPerNode = 1; // mpi, pytorch
    int workerCount = 0;         // tensorflow; 0 = node_count - parameter_server_count
    int parameterServerCount = 0;
};

// A datastore path handed to a run: `mount` passes the path itself, `download` copies it into
// the run's folder first. Written in arguments as `{datastore:<path>}` or `{datastore:<path>:download}`.
struct DatastoreReference {
    QString datastore = QStringLiteral("workspaceblobstore");
    QString path;
    bool download = false;
};

// Experiment(ws, name).submit(ScriptRunConfig(...)): what a user asks to run.
struct RunConfig {
    QString experiment;
    QString sourceDirectory; // snapshotted at submit
    QString entryScript;     // run with python3, or
    QString command;         // a shell command line
    QStringList arguments;   // may hold datastore references (see above)
    QString compute;
    int nodeCount = 1;
    Distribution distribution;
    QMap<QString, QString> environmentVariables;
    // NAME -> the name of a secret in the keychain (`yard secret set`): only that name is stored;
    // the value is read when the run starts and handed to the process, never written to a file.
    QMap<QString, QString> secretEnvironment;
    QMap<QString, QString> tags;
    QString displayName;
    QString parentRunId;
    QString shmSize;           // /dev/shm of the run's container, as Docker writes it ("16g"); empty: the
                               // engine's own (Azure ML: 2g; the local and Slurm engines set no limit)
    qint64 timeoutSeconds = 0; // the run is stopped after this long; 0: no limit (Azure ML's default)
    QString environment;       // "name" or "name:version" (an engine keeps the version it resolved at
                               // submit); empty: the workspace's default environment, else python3
};

// The longest experiment name: a run id adds 20 characters and names a folder (255 at most).
constexpr int kMaxExperimentNameLength = 235;

// Checks what needs no engine: names, counts, that there is something to run.
Status validateRunConfig(const RunConfig& config);

struct RunInfo {
    QString id;
    int number = 0;
    QString displayName;
    QString experiment;
    QString compute;
    int nodeCount = 1;
    Distribution distribution;
    RunStatus status = RunStatus::NotStarted;
    QString statusDetail; // why it waits, in the engine's words ("queued behind 3 runs", PENDING reason)
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime endedAt;
    std::optional<int> exitCode;
    QString error;
    QMap<QString, QString> tags;
    QMap<QString, QString> properties;
    QStringList nodes;
    QString parentRunId;
    QString engine; // "local" | "slurm" | "azureml"
    bool cancelRequested = false;
    RunConfig config; // what was submitted, for clone-and-resubmit
};

struct RunFilter {
    QString experiment;
    std::optional<RunStatus> status;
    QString compute;
    QString parentRunId; // only the child runs of this run
    int limit = 0;       // 0 = all
};

struct RunFile {
    QString path; // relative to the run: "outputs/model.pt", "logs/node-0/std_log.txt"
    qint64 size = 0;
    QDateTime modified;
};

// One log of a run: the merged std_log of a node/rank. `name` is what `run logs --node` takes.
struct LogSource {
    QString name; // "0", "1", ... (rank), or an engine's file name
    QString path; // relative to the run
};

} // namespace trainyard
