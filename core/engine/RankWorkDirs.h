#pragma once

#include "core/engine/RankPlan.h"
#include "core/util/Result.h"

namespace trainyard {

// Azure ML's convention for engines that run the script themselves (local, Slurm): whatever a
// rank writes to ./outputs and ./logs, relative to its working directory, is the run's outputs
// and logs, listed and downloadable while the run runs. The rule when several ranks write
// (docs/architecture.md "Outputs and logs"):
//   rank 0            ./outputs -> <run>/outputs            ./logs -> <run>/logs
//   rank r (r > 0)    ./outputs -> <run>/outputs/rank_<r>   ./logs -> <run>/logs/rank_<r>
// so no rank overwrites another's file of the same name. Rank 0 works in the snapshot itself;
// the others work in ranks/<r>/cwd, whose entries are links to the snapshot's (RankPlan).
// A source folder that brought its own outputs/ or logs/ has them moved into the run's, as
// Azure ML uploads them too.
//
// Blocking (files): the agent or a worker thread. Safe to call again for a run already prepared.
Status prepareRankWorkDirs(const RunContext& context, const QList<RankSpec>& ranks);

} // namespace trainyard
