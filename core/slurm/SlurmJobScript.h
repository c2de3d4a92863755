#pragma once

#include "core/model/Run.h"
#include "core/slurm/SlurmEnvironment.h"
#include "core/slurm/SlurmSettings.h"
#include "core/util/Result.h"

#include <QJsonObject>

namespace trainyard::slurm {

// The files a run needs in its folder on the shared work dir before it is submitted, and the
// body of POST job/submit. The distribution environment of each rank is the local engine's
// (RankPlan), written per rank to ranks/<rank>/env.sh; `srun` starts one task.sh per rank, which
// picks its file by $SLURM_PROCID, so every task gets its own RANK/LOCAL_RANK/... from srun's
// placement (block distribution: ranks 0..k-1 on the first node, as RankPlan numbers them).
//   <run>/batch.sh       the job's script: srun ... task.sh, then job_end.json with the exit code
//   <run>/task.sh        one rank: its env.sh, then the entry script or command, output to its log
//   <run>/ranks/<r>/env.sh
//   <run>/logs/node-<i>/std_log[_process_<j>].txt, <run>/outputs/, <run>/metrics.jsonl
struct JobFiles {
    QJsonObject submitBody;
    QStringList logPaths; // per rank, relative to the run folder
};

// Writes batch.sh, task.sh and ranks/*/env.sh into the run folder (blocking: a worker thread).
// `environment` (SlurmEnvironment) sets the interpreter and PATH of the tasks and adds its build before srun.
Result<JobFiles> writeJobFiles(const SlurmSettings& settings, const RunConfig& config, const QString& runId,
                               const SlurmEnvironment& environment = {});

// Log paths per rank, relative to the run folder (the same as writeJobFiles gives).
QStringList rankLogPaths(const RunConfig& config);

} // namespace trainyard::slurm
