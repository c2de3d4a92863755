#pragma once

#include "core/model/RunStatus.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace trainyard::ui {

// How a run status looks everywhere in the app: its translated name, colour and icon.
QString statusText(RunStatus status);
QColor statusColor(RunStatus status);
QIcon statusIcon(RunStatus status);

// Node states of a cluster (idle, running, preparing, unusable, leaving, preempted).
QString nodeStateText(const QString& state);
QColor nodeStateColor(const QString& state);
QStringList nodeStates(); // in the order the stacked bar draws them

// "1 h 02 min", "45 s": a duration for tables and the run header.
QString formatDuration(qint64 seconds);

} // namespace trainyard::ui

namespace trainyard::ui {

// The engine's "why it waits" text in the user's language when it is one of the local engine's
// known forms ("queued behind 3 run(s) on cpu", ...); any other engine's words pass unchanged.
// (RunInfo.statusDetail is stored by the engine, in English, so the UI translates on display.)
QString localizedStatusDetail(const QString& detail);

} // namespace trainyard::ui
