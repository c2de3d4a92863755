#pragma once

#include "core/model/Run.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace trainyard {

// What a training script wrote about a run through the Python helper
// (resources/python/trainyard/_files.py, docs/architecture.md "Child runs"):
//   <run folder>/script_run.json    tags and properties the script set; for a child run created by
//                                   the script also its parent, status, times and error
//   <run folder>/children/<child>   one empty file per child run the script created
// A child's folder sits beside its parent's. Both the local agent and the Slurm run store read
// these files, so child runs behave alike on both engines. Blocking file access: worker threads.
struct ScriptRunRecord {
    QString runId;
    QString parentRunId; // set for child runs the script created
    QString experiment;
    QString displayName;
    std::optional<RunStatus> status; // child runs only
    QDateTime createdAt, startedAt, endedAt;
    QString error;
    QMap<QString, QString> tags;
    QMap<QString, QString> properties;
    QDateTime modified; // of the file, to notice changes cheaply
};

// The record in `runDir`, if the script wrote one that can be read.
std::optional<ScriptRunRecord> readScriptRunRecord(const QString& runDir);
// When the record in `runDir` last changed (invalid: none).
QDateTime scriptRunRecordModified(const QString& runDir);
// The ids of the child runs the script created under the run in `runDir`, oldest first.
QStringList scriptChildRunIds(const QString& runDir);

// Azure ML's rule for a child the script left unfinished when its parent ended: it completes
// with a completed parent and is canceled with a failed or canceled one.
RunStatus childStatusWhenParentEnded(RunStatus parentStatus);

// A child run as the engines list it: the parent's experiment and compute, no nodes of its own.
RunInfo childRunInfo(const ScriptRunRecord& record, const RunInfo& parent);
// `yard run cancel` of a child run a script created (it has no job or process of its own): its
// record says Canceled from now on; the script's later complete() or fail() keeps that.
Status cancelScriptChildRun(const QString& runDir);
// The script's tags and properties laid over a run's own (the script's win).
void applyScriptTags(RunInfo& run, const ScriptRunRecord& record);

} // namespace trainyard
