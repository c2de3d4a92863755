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

// The app's other colours, each readable on a light and on a dark window (the palette decides).
enum class Tone { Info, Success, Warning, Error };
bool isDarkPalette();
QColor toneColor(Tone tone);         // text in that tone: validation messages, a run's error
QString bannerStyleSheet(Tone tone); // a banner: tinted background, text, rounded frame
QString messageStyleSheet(Tone tone);
QColor searchHitColor(bool current); // the log search's matches, the current one stronger
QColor mutedTextColor();             // line numbers, hints

// "1 h 02 min", "45 s": a duration for tables and the run header.
QString formatDuration(qint64 seconds);

} // namespace trainyard::ui

namespace trainyard::ui {

// The engine's "why it waits" text in the user's language when it is one of the local engine's
// known forms ("queued behind 3 run(s) on cpu", ...); any other engine's words pass unchanged.
// (RunInfo.statusDetail is stored by the engine, in English, so the UI translates on display.)
QString localizedStatusDetail(const QString& detail);

} // namespace trainyard::ui
