#pragma once

#include "Cli.h"

#include "core/model/Run.h"

namespace yard {

// What `yard run show` adds to a run's record from beyond the engine's: its events (alerts, from
// core/alerts/RunEvents) and, once it has ended, its efficiency (core/monitoring). With --json
// they are the keys "events" and "efficiency" of `runJson`.
QString runExtrasText(trainyard::Engine* engine, const trainyard::RunInfo& run);
void addRunExtras(trainyard::Engine* engine, const trainyard::RunInfo& run, QJsonObject& runJson);

} // namespace yard
