#pragma once

#include "core/engine/RankPlan.h"
#include "core/util/Result.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace trainyard::local {

// The MPI launcher an `mpi` run starts through on the local engine, so that its ranks are one
// MPI world (MPI_Init finds the launcher's PMIx / PMI server) and Horovod-style programs get
// OMPI_COMM_WORLD_* from the launcher itself. The launcher starts `yard runner --rank-from-env`
// once per rank; each runner picks its rank's spec by the launcher's rank variable, so every
// rank keeps its own log, exit record and working directory (docs/architecture.md "MPI").
struct MpiLauncher {
    enum class Flavor { OpenMpi, Mpich };
    QString program; // absolute path
    Flavor flavor = Flavor::OpenMpi;
};

// Open MPI's mpirun first (Debian's openmpi-bin), else MPICH's mpiexec (Hydra), found on `path`
// (a PATH value; empty: this process's) and told apart by `--version`. Blocking (runs it once).
Result<MpiLauncher> findMpiLauncher(const QString& path = QString());

// The launcher's arguments before the program: `processes` ranks on this machine, loopback
// only. Every node slot of a local cluster is this machine, so its one host gets every slot
// (node_count × process_count_per_node); which rank belongs to which node slot is Trainyard's
// RankPlan, as the logs show (logs/<node>/std_log_process_<i>.txt).
QStringList mpiLauncherArguments(const MpiLauncher& launcher, int processes, bool asSuperuser);

// The launcher's own spec, run by a `yard runner` like a rank's (so its exit status and output
// are recorded): the launcher starts `yard runner --rank-from-env <ranks dir>` per rank. Its
// output (the launcher's own messages; the ranks write to their logs) goes to logs/mpi_launcher.txt.
RankSpec mpiLauncherSpec(const MpiLauncher& launcher, const RunContext& context, int processes,
                         const QString& launcherDir, const QString& yard, bool asSuperuser);

// The rank a launcher gave this process: Open MPI, PMIx, MPICH's PMI or Slurm's srun.
std::optional<int> rankFromLauncherEnvironment(const QProcessEnvironment& environment);

} // namespace trainyard::local
