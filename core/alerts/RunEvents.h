#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace trainyard {

// One entry of a run's timeline: an alert that fired, or another thing worth a line in
// `yard run show` and the desktop's run details. Kept per run, append-only, in
// `<state folder>/events/<run-id>.jsonl` (Engine::stateFolder()), so every engine has one.
struct RunEvent {
    QDateTime time;
    QString kind;    // "alert", ...
    QString source;  // the alert rule's id, ...
    QString message; // for people
};

QJsonObject toJson(const RunEvent& event);

namespace runevents {
QString path(const QString& stateFolder, const QString& runId);
Status append(const QString& stateFolder, const QString& runId, const RunEvent& event);
// In the order they were written; an unreadable line is skipped.
QList<RunEvent> read(const QString& stateFolder, const QString& runId);
} // namespace runevents

} // namespace trainyard
