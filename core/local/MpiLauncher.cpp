#include "core/local/MpiLauncher.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

namespace trainyard::local {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MpiLauncher)
};

// Enough for `mpirun --version` on a loaded machine; it prints and exits at once.
constexpr int kVersionTimeoutMs = 10000;

std::optional<MpiLauncher::Flavor> flavorOf(const QString& program) {
    QProcess version;
    version.setProcessChannelMode(QProcess::MergedChannels);
    version.start(program, {QStringLiteral("--version")});
    if (!version.waitForFinished(kVersionTimeoutMs)) {
        version.kill();
        version.waitForFinished();
        return std::nullopt;
    }
    const QString text = QString::fromLocal8Bit(version.readAll());
    if (text.contains(QLatin1String("Open MPI")) || text.contains(QLatin1String("OpenRTE")))
        return MpiLauncher::Flavor::OpenMpi;
    if (text.contains(QLatin1String("HYDRA")) || text.contains(QLatin1String("MPICH")))
        return MpiLauncher::Flavor::Mpich;
    return std::nullopt;
}
} // namespace

Result<MpiLauncher> findMpiLauncher(const QString& path) {
    const QStringList dirs = path.isEmpty() ? QStringList() : path.split(u':', Qt::SkipEmptyParts);
    QStringList tried;
    for (const QString& name : {QStringLiteral("mpirun"), QStringLiteral("mpiexec")}) {
        const QString program = QStandardPaths::findExecutable(name, dirs);
        if (program.isEmpty())
            continue;
        if (const auto flavor = flavorOf(program))
            return MpiLauncher{program, *flavor};
        tried << program;
    }
    if (!tried.isEmpty())
        return Error::engine(Tr::tr("distribution mpi: %1 is neither Open MPI's mpirun nor MPICH's mpiexec "
                                    "(`--version` says neither).")
                                 .arg(tried.join(QStringLiteral(", "))));
    return Error::engine(Tr::tr("distribution mpi needs an MPI launcher, and neither mpirun nor "
                                "mpiexec is on the PATH: install Open MPI (Debian: openmpi-bin) "
                                "or MPICH, or submit with another distribution."));
}

QStringList mpiLauncherArguments(const MpiLauncher& launcher, int processes, bool asSuperuser) {
    const QString np = QString::number(processes);
    if (launcher.flavor == MpiLauncher::Flavor::Mpich)
        return {QStringLiteral("-n"),        np,
                QStringLiteral("-hosts"),    QStringLiteral("localhost"),
                QStringLiteral("-launcher"), QStringLiteral("fork"),
                QStringLiteral("-iface"),    QStringLiteral("lo")};
    QStringList args{QStringLiteral("-np"), np, QStringLiteral("--host"), QStringLiteral("localhost:") + np,
                     // More ranks than cores is allowed: a local cluster is a laptop's slots.
                     QStringLiteral("--oversubscribe"), QStringLiteral("--bind-to"), QStringLiteral("none"),
                     // Waiting ranks yield the CPU instead of spinning: the slots share one machine.
                     QStringLiteral("--mca"), QStringLiteral("mpi_yield_when_idle"), QStringLiteral("1"),
                     // Loopback only: a local run never listens on the network.
                     QStringLiteral("--mca"), QStringLiteral("btl_tcp_if_include"), QStringLiteral("lo"),
                     QStringLiteral("--mca"), QStringLiteral("oob_tcp_if_include"), QStringLiteral("lo")};
    if (asSuperuser)
        args << QStringLiteral("--allow-run-as-root"); // Open MPI refuses root without it
    return args;
}

RankSpec mpiLauncherSpec(const MpiLauncher& launcher, const RunContext& ctx, int processes,
                         const QString& launcherDir, const QString& yard, bool asSuperuser) {
    RankSpec spec;
    spec.runId = ctx.runId;
    spec.rank = -1; // not a rank
    spec.program = launcher.program;
    spec.arguments =
        mpiLauncherArguments(launcher, processes, asSuperuser) +
        QStringList{yard, QStringLiteral("runner"), QStringLiteral("--rank-from-env"), ctx.ranksDir};
    spec.workingDirectory = ctx.snapshotDir;
    spec.logFile = ctx.logsDir + QStringLiteral("/mpi_launcher.txt");
    spec.rankDir = launcherDir;
    return spec;
}

std::optional<int> rankFromLauncherEnvironment(const QProcessEnvironment& env) {
    for (const QString& name : {QStringLiteral("OMPI_COMM_WORLD_RANK"), QStringLiteral("PMIX_RANK"),
                                QStringLiteral("PMI_RANK"), QStringLiteral("SLURM_PROCID")}) {
        bool ok = false;
        const int rank = env.value(name).toInt(&ok);
        if (ok && rank >= 0)
            return rank;
    }
    return std::nullopt;
}

} // namespace trainyard::local
