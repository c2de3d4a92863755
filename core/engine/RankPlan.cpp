#include "core/engine/RankPlan.h"

#include "core/util/ShellQuote.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trainyard {

int processCount(const RunConfig& config) {
    const auto& d = config.distribution;
    if (d.type == DistributionType::Mpi || d.type == DistributionType::PyTorch)
        return config.nodeCount * d.processCountPerNode;
    return config.nodeCount;
}

int portsNeeded(const RunConfig& config) {
    return processCount(config) + 1;
}

static QString hostList(const QList<quint16>& ports, int from, int count) {
    QStringList hosts;
    for (int i = 0; i < count; ++i)
        hosts << QStringLiteral("127.0.0.1:%1").arg(ports.value(from + i));
    return hosts.join(u',');
}

// TF_CONFIG as TensorFlow's ClusterResolver and Azure ML write it: workers first, then ps.
static QString tfConfig(const RunContext& ctx, int workers, int ps, const QString& type, int index) {
    QJsonArray workerHosts, psHosts;
    for (int i = 0; i < workers; ++i)
        workerHosts.append(QStringLiteral("127.0.0.1:%1").arg(ctx.freePorts.value(i)));
    for (int i = 0; i < ps; ++i)
        psHosts.append(QStringLiteral("127.0.0.1:%1").arg(ctx.freePorts.value(workers + i)));
    QJsonObject cluster{{QStringLiteral("worker"), workerHosts}};
    if (ps > 0)
        cluster.insert(QStringLiteral("ps"), psHosts);
    const QJsonObject config{{QStringLiteral("cluster"), cluster},
                             {QStringLiteral("task"),
                              QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("index"), index}}},
                             {QStringLiteral("environment"), QStringLiteral("cloud")}};
    return QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
}

QString rankWorkingDirectory(const RunContext& ctx, int rank) {
#ifdef Q_OS_WIN
    Q_UNUSED(rank)
    return ctx.snapshotDir;
#else
    if (rank == 0 || ctx.ranksDir.isEmpty())
        return ctx.snapshotDir;
    return ctx.ranksDir + u'/' + QString::number(rank) + QStringLiteral("/cwd");
#endif
}

QList<RankSpec> planRanks(const RunConfig& config, const RunContext& ctx) {
    const auto& d = config.distribution;
    const int perNode =
        (d.type == DistributionType::Mpi || d.type == DistributionType::PyTorch) ? d.processCountPerNode : 1;
    const int world = processCount(config);
    const int ps = d.type == DistributionType::TensorFlow ? d.parameterServerCount : 0;
    const int workers = d.type == DistributionType::TensorFlow ? world - ps : 0;
    const quint16 masterPort = ctx.freePorts.value(world);

    QList<RankSpec> ranks;
    for (int rank = 0; rank < world; ++rank) {
        RankSpec spec;
        spec.runId = ctx.runId;
        spec.rank = rank;
        spec.nodeIndex = rank / perNode;
        spec.nodeId = ctx.nodeIds.value(spec.nodeIndex, QStringLiteral("node-%1").arg(spec.nodeIndex));
        const int localRank = rank % perNode;
        spec.workingDirectory = rankWorkingDirectory(ctx, rank);
        spec.logFile = ctx.logsDir + u'/' + spec.nodeId +
                       (perNode == 1 ? QStringLiteral("/std_log.txt")
                                     : QStringLiteral("/std_log_process_%1.txt").arg(localRank));
        if (!config.entryScript.isEmpty()) {
            spec.program = ctx.python;
            spec.arguments = QStringList{QStringLiteral("-u"), config.entryScript} + ctx.resolvedArguments;
        } else {
            QString line = config.command;
            for (const QString& arg : ctx.resolvedArguments)
                line += u' ' + shellQuote(arg); // the command is shell; its arguments are not
            spec.program = QStringLiteral("/bin/sh");
            spec.arguments = {QStringLiteral("-c"), line};
        }

        auto& env = spec.environment;
        env = ctx.environmentVariables;
        env.insert(config.environmentVariables);
        if (spec.nodeIndex < ctx.cudaVisibleDevices.size())
            env.insert(QStringLiteral("CUDA_VISIBLE_DEVICES"), ctx.cudaVisibleDevices.at(spec.nodeIndex));
        const QString pythonPath = ctx.pythonLib;
        env.insert(QStringLiteral("PYTHONPATH"), pythonPath);
        env.insert(QStringLiteral("PYTHONUNBUFFERED"),
                   QStringLiteral("1")); // logs arrive as they are printed
        env.insert(QStringLiteral("TRAINYARD_RUN_ID"), ctx.runId);
        env.insert(QStringLiteral("TRAINYARD_EXPERIMENT"), config.experiment);
        env.insert(QStringLiteral("TRAINYARD_WORKSPACE"), ctx.workspaceFolder);
        env.insert(QStringLiteral("TRAINYARD_METRICS_FILE"), ctx.metricsFile);
        env.insert(QStringLiteral("TRAINYARD_OUTPUTS_DIR"), ctx.outputsDir);
        env.insert(QStringLiteral("TRAINYARD_RANK"), QString::number(rank));
        env.insert(QStringLiteral("TRAINYARD_NODE_ID"), spec.nodeId);
        // For Run.get_details() and Run.get_context().parent (resources/python/trainyard/_run.py).
        env.insert(QStringLiteral("TRAINYARD_COMPUTE"), config.compute);
        env.insert(QStringLiteral("TRAINYARD_NODE_COUNT"), QString::number(config.nodeCount));
        if (!config.parentRunId.isEmpty())
            env.insert(QStringLiteral("TRAINYARD_PARENT_RUN_ID"), config.parentRunId);
        // The names Azure ML gives a run, for scripts that read them.
        env.insert(QStringLiteral("AZUREML_RUN_ID"), ctx.runId);
        env.insert(QStringLiteral("AZUREML_EXPERIMENT_NAME"), config.experiment);
        env.insert(QStringLiteral("AZ_BATCHAI_OUTPUT_OUTPUTS"), ctx.outputsDir);
        env.insert(QStringLiteral("AZ_BATCHAI_JOB_TEMP"), ctx.snapshotDir);

        switch (d.type) {
        case DistributionType::Mpi:
            // Nothing here: the MPI launcher (mpirun, srun --mpi) gives every rank its
            // OMPI_COMM_WORLD_* / PMI_* / PMIX_* itself, with the connection MPI_Init needs.
            break;
        case DistributionType::PyTorch:
            env.insert(QStringLiteral("RANK"), QString::number(rank));
            env.insert(QStringLiteral("WORLD_SIZE"), QString::number(world));
            env.insert(QStringLiteral("LOCAL_RANK"), QString::number(localRank));
            env.insert(QStringLiteral("LOCAL_WORLD_SIZE"), QString::number(perNode));
            env.insert(QStringLiteral("NODE_RANK"), QString::number(spec.nodeIndex));
            env.insert(QStringLiteral("MASTER_ADDR"), QStringLiteral("127.0.0.1"));
            env.insert(QStringLiteral("MASTER_PORT"), QString::number(masterPort));
            break;
        case DistributionType::TensorFlow: {
            const bool isWorker = rank < workers;
            const QString type = isWorker ? QStringLiteral("worker") : QStringLiteral("ps");
            const int index = isWorker ? rank : rank - workers;
            env.insert(QStringLiteral("TF_CONFIG"), tfConfig(ctx, workers, ps, type, index));
            // Batch AI's variables, for scripts written for it.
            env.insert(QStringLiteral("AZ_BATCHAI_WORKER_HOSTS"), hostList(ctx.freePorts, 0, workers));
            env.insert(QStringLiteral("AZ_BATCHAI_PS_HOSTS"), hostList(ctx.freePorts, workers, ps));
            env.insert(QStringLiteral("AZ_BATCHAI_TASK_INDEX"), QString::number(index));
            env.insert(QStringLiteral("AZ_BATCHAI_TASK_TYPE"), type);
            break;
        }
        case DistributionType::None:
            break;
        }
        ranks << spec;
    }
    return ranks;
}

// ---- spec.json ----------------------------------------------------------------------------

QJsonObject toJson(const RankSpec& s) {
    QJsonObject env;
    for (auto it = s.environment.cbegin(); it != s.environment.cend(); ++it)
        env.insert(it.key(), it.value());
    return {{QStringLiteral("run_id"), s.runId},
            {QStringLiteral("rank"), s.rank},
            {QStringLiteral("node_index"), s.nodeIndex},
            {QStringLiteral("node_id"), s.nodeId},
            {QStringLiteral("program"), s.program},
            {QStringLiteral("arguments"), QJsonArray::fromStringList(s.arguments)},
            {QStringLiteral("working_directory"), s.workingDirectory},
            {QStringLiteral("environment"), env},
            {QStringLiteral("log_file"), s.logFile},
            {QStringLiteral("rank_dir"), s.rankDir},
            {QStringLiteral("grace_seconds"), s.graceSeconds}};
}

RankSpec rankSpecFromJson(const QJsonObject& j) {
    RankSpec s;
    s.runId = j.value(QStringLiteral("run_id")).toString();
    s.rank = j.value(QStringLiteral("rank")).toInt();
    s.nodeIndex = j.value(QStringLiteral("node_index")).toInt();
    s.nodeId = j.value(QStringLiteral("node_id")).toString();
    s.program = j.value(QStringLiteral("program")).toString();
    for (const auto& a : j.value(QStringLiteral("arguments")).toArray())
        s.arguments << a.toString();
    s.workingDirectory = j.value(QStringLiteral("working_directory")).toString();
    const QJsonObject env = j.value(QStringLiteral("environment")).toObject();
    for (auto it = env.begin(); it != env.end(); ++it)
        s.environment.insert(it.key(), it.value().toString());
    s.logFile = j.value(QStringLiteral("log_file")).toString();
    s.rankDir = j.value(QStringLiteral("rank_dir")).toString();
    s.graceSeconds = j.value(QStringLiteral("grace_seconds")).toInt(10);
    return s;
}

} // namespace trainyard
