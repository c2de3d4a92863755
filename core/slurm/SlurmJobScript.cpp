#include "core/slurm/SlurmJobScript.h"

#include "core/engine/DatastoreArguments.h"
#include "core/engine/RankPlan.h"
#include "core/engine/RankWorkDirs.h"
#include "core/util/AtomicFile.h"
#include "core/util/ShellQuote.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace trainyard::slurm {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SlurmJobScript)
};

int perNode(const RunConfig& c) {
    const auto t = c.distribution.type;
    return (t == DistributionType::Mpi || t == DistributionType::PyTorch)
               ? std::max(1, c.distribution.processCountPerNode)
               : 1;
}

// `srun --mpi=<plugin>`: the first of PMIx and PMI-2 that this cluster's srun offers and can
// load (a listed plugin may still miss its library: Debian's pmix needs libpmix-dev), tried
// with a one-task step; else none (the program then runs as separate worlds of one).
const QString kChooseMpiPlugin = QStringLiteral(
    "mpi=none\n"
    "offered=$(srun --mpi=list 2>&1)\n"
    "for p in pmix pmi2; do\n"
    "  printf '%s\\n' \"$offered\" | grep -Eq \"(^|[[:space:]:])$p\\$\" || continue\n"
    "  if srun --mpi=$p --nodes=1 --ntasks=1 true >/dev/null 2>&1; then mpi=$p; break; fi\n"
    "done\n"
    "echo \"trainyard: srun --mpi=$mpi (offered: $(printf '%s' \"$offered\" | tr '\\n\\t' '  '))\"\n");

// What mpirun gives every rank and srun does not, for programs that read them before
// MPI_Init (Horovod and friends): from srun's own placement.
const QString kMpiRankVariables =
    QStringLiteral("export OMPI_COMM_WORLD_RANK=\"${OMPI_COMM_WORLD_RANK:-$SLURM_PROCID}\" "
                   "OMPI_COMM_WORLD_SIZE=\"${OMPI_COMM_WORLD_SIZE:-$SLURM_NTASKS}\" "
                   "OMPI_COMM_WORLD_LOCAL_RANK=\"${OMPI_COMM_WORLD_LOCAL_RANK:-$SLURM_LOCALID}\" "
                   "OMPI_COMM_WORLD_NODE_RANK=\"${OMPI_COMM_WORLD_NODE_RANK:-$SLURM_NODEID}\"\n");

Status writeExecutable(const QString& path, const QString& text) {
    if (auto s = writeFileDurably(path, text.toUtf8()); !s)
        return s;
    QFile::setPermissions(path,
                          QFile::permissions(path) | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    return {};
}
} // namespace

static RunContext contextFor(const SlurmSettings& s, const RunConfig& config, const QString& runId) {
    const QString run = s.runDir(runId);
    RunContext ctx;
    ctx.runId = runId;
    ctx.experiment = config.experiment;
    ctx.workspaceFolder = s.workDir;
    ctx.snapshotDir = run + QStringLiteral("/snapshot");
    ctx.outputsDir = run + QStringLiteral("/outputs");
    ctx.logsDir = run + QStringLiteral("/logs");
    ctx.metricsFile = run + QStringLiteral("/metrics.jsonl");
    ctx.ranksDir = run + QStringLiteral("/ranks");
    ctx.pythonLib = s.pythonLib();
    for (int i = 0; i < config.nodeCount; ++i)
        ctx.nodeIds << QStringLiteral("node-%1").arg(i);
    // Ports for MASTER_PORT / TF_CONFIG: a random block, as the nodes' free ports are unknown here.
    const quint16 base = quint16(20000 + QRandomGenerator::global()->bounded(30000));
    for (int i = 0; i < portsNeeded(config); ++i)
        ctx.freePorts << quint16(base + i);
    // Datastore references become paths on the shared datastore (checked at submit, so a refused
    // one never gets here: see writeJobFiles).
    auto arguments = mountDatastoreReferences(config.arguments, s.datastoreDir());
    ctx.resolvedArguments = arguments ? arguments.value() : config.arguments;
    return ctx;
}

QStringList rankLogPaths(const RunConfig& config) {
    const QList<RankSpec> ranks = planRanks(config, contextFor(SlurmSettings{}, config, {}));
    QStringList paths;
    for (const auto& r : ranks)
        paths << r.logFile.mid(r.logFile.indexOf(QLatin1String("logs/")));
    return paths;
}

Result<JobFiles> writeJobFiles(const SlurmSettings& s, const RunConfig& config, const QString& runId,
                               const SlurmEnvironment& jobEnvironment) {
    const QString run = s.runDir(runId);
    if (auto checked = mountDatastoreReferences(config.arguments, s.datastoreDir()); !checked)
        return checked.error();
    RunContext ctx = contextFor(s, config, runId);
    if (!jobEnvironment.python.isEmpty())
        ctx.python = jobEnvironment.python;
    ctx.environmentVariables = jobEnvironment.variables;
    const QList<RankSpec> ranks = planRanks(config, ctx);
    JobFiles files;
    for (const QString& dir : {ctx.outputsDir, ctx.logsDir})
        if (!QDir().mkpath(dir))
            return Error::io(Tr::tr("Cannot create %1 in the work dir.").arg(dir));
    if (auto st = prepareRankWorkDirs(ctx, ranks); !st)
        return st.error();
    for (const RankSpec& r : ranks) {
        QString env = QStringLiteral("# rank %1 of run %2, written at submit\n").arg(r.rank).arg(runId);
        for (auto it = r.environment.cbegin(); it != r.environment.cend(); ++it)
            env += QStringLiteral("export %1=%2\n").arg(it.key(), shellQuote(it.value()));
        if (!jobEnvironment.binFirstOnPath.isEmpty())
            env +=
                QStringLiteral("export PATH=%1:\"$PATH\"\n").arg(shellQuote(jobEnvironment.binFirstOnPath));
        env += QStringLiteral("TY_LOG=%1\n").arg(shellQuote(r.logFile));
        env += QStringLiteral("TY_CWD=%1\n").arg(shellQuote(r.workingDirectory));
        QStringList command{shellQuote(r.program)};
        if (!jobEnvironment.image.isEmpty()) { // the task runs inside the image, the work dir mounted
            env += QStringLiteral("ty_runtime=$(command -v apptainer || command -v singularity)\n");
            command = QStringList{QStringLiteral("\"$ty_runtime\""), QStringLiteral("exec"),
                                  QStringLiteral("--bind"), shellQuote(s.workDir),
                                  shellQuote(jobEnvironment.image)} +
                      command;
        }
        for (const QString& a : r.arguments)
            command << shellQuote(a);
        env += QStringLiteral("TY_CMD=(%1)\n").arg(command.join(u' '));
        const QString rankDir = run + QStringLiteral("/ranks/") + QString::number(r.rank);
        if (!QDir().mkpath(rankDir))
            return Error::io(Tr::tr("Cannot create %1.").arg(rankDir));
        if (auto st = writeFileDurably(rankDir + QStringLiteral("/env.sh"), env.toUtf8()); !st)
            return st.error();
        files.logPaths << QDir(run).relativeFilePath(r.logFile);
    }

    const bool mpi = config.distribution.type == DistributionType::Mpi;
    const QString task =
        QStringLiteral(
            "#!/bin/bash\n"
            "# One rank of the run; srun starts it once per task.\n"
            "run=%1\n"
            ". \"$run/ranks/$SLURM_PROCID/env.sh\" || exit 97\n"
            "# Rendezvous on the job's first node when its name resolves (else loopback).\n"
            "first=$(scontrol show hostnames \"$SLURM_JOB_NODELIST\" 2>/dev/null | head -n1)\n"
            "if [ -n \"$first\" ] && getent hosts \"$first\" >/dev/null 2>&1; then export "
            "MASTER_ADDR=\"$first\"; fi\n"
            "export TRAINYARD_SLURM_NODE=\"$SLURMD_NODENAME\" TRAINYARD_SLURM_JOB_ID=\"$SLURM_JOB_ID\"\n"
            "%2"
            "mkdir -p \"$(dirname \"$TY_LOG\")\"\n"
            "cd \"$TY_CWD\" || exit 97\n"
            "# sys/ metrics of this rank: a sampler beside it watches this PID, which exec keeps.\n"
            "if [ \"${TRAINYARD_SYSTEM_METRICS_INTERVAL:-5}\" != 0 ] && command -v python3 >/dev/null; then\n"
            "    python3 -m trainyard.sysmon $$ >/dev/null 2>&1 </dev/null &\n"
            "fi\n"
            "exec \"${TY_CMD[@]}\" >>\"$TY_LOG\" 2>&1 </dev/null\n")
            .arg(shellQuote(run), mpi ? kMpiRankVariables : QString());
    if (auto st = writeExecutable(run + QStringLiteral("/task.sh"), task); !st)
        return st.error();

    const int world = int(ranks.size());
    const QString batch =
        QStringLiteral("#!/bin/bash\n"
                       "# The Slurm job of Trainyard run %2.\n"
                       "run=%1\n"
                       "code=0\n"
                       "%7"
                       "if [ \"$code\" = 0 ]; then\n"
                       "%8"
                       "srun %9--nodes=%3 --ntasks=%4 --ntasks-per-node=%5 --distribution=block "
                       "--kill-on-bad-exit=%10 /bin/bash \"$run/task.sh\"\n"
                       "code=$?\n"
                       "fi\n"
                       "printf '{\"exit_code\": %6}\\n' \"$code\" > \"$run/job_end.json.tmp\" && mv "
                       "\"$run/job_end.json.tmp\" \"$run/job_end.json\"\n"
                       "exit $code\n")
            .arg(shellQuote(run), runId)
            .arg(config.nodeCount)
            .arg(world)
            .arg(perNode(config))
            .arg(QStringLiteral("%s"), jobEnvironment.buildScript, mpi ? kChooseMpiPlugin : QString(),
                 mpi ? QStringLiteral("--mpi=\"$mpi\" ") : QString(),
                 // One MPI rank failing ends the step, as mpirun does; others keep srun's default.
                 mpi ? QStringLiteral("1") : QStringLiteral("0"));
    if (auto st = writeExecutable(run + QStringLiteral("/batch.sh"), batch); !st)
        return st.error();

    // slurmrestd refuses a job without an environment; the job's own variables come from env.sh.
    QJsonObject environment{
        {QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin")},
        {QStringLiteral("TRAINYARD_RUN_ID"), runId}};
    if (const QByteArray home = qgetenv("HOME"); !home.isEmpty())
        environment.insert(QStringLiteral("HOME"), QString::fromLocal8Bit(home));
    QJsonObject job{{QStringLiteral("name"), runId},
                    {QStringLiteral("nodes"), QString::number(config.nodeCount)},
                    {QStringLiteral("tasks"), world},
                    {QStringLiteral("tasks_per_node"), perNode(config)},
                    {QStringLiteral("current_working_directory"), run},
                    {QStringLiteral("standard_output"), QString(run + QStringLiteral("/slurm-job.out"))},
                    {QStringLiteral("standard_error"), QString(run + QStringLiteral("/slurm-job.out"))},
                    {QStringLiteral("comment"), QStringLiteral("trainyard run %1").arg(runId)},
                    {QStringLiteral("environment"), environment}};
    if (!config.compute.isEmpty())
        job.insert(QStringLiteral("partition"), config.compute);
    if (config.timeoutSeconds > 0) // Slurm counts whole minutes: the limit is rounded up
        job.insert(QStringLiteral("time_limit"), double((config.timeoutSeconds + 59) / 60));
    files.submitBody = QJsonObject{{QStringLiteral("script"), batch}, {QStringLiteral("job"), job}};
    return files;
}

} // namespace trainyard::slurm
