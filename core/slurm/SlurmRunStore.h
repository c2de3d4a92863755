#pragma once

#include "core/model/Run.h"
#include "core/slurm/SlurmSettings.h"
#include "core/util/Result.h"

#include <QJsonObject>

namespace trainyard::slurm {

// Slurm forgets a job MinJobAge seconds after it ends, so each run keeps a small record in its
// folder on the shared work dir: <work_dir>/runs/<run-id>/record.json holds the job id, the
// RunConfig (for clone-and-resubmit) and the last state seen. History and `run show` of old runs
// come from here. Blocking file access: call it from a worker thread.
struct SlurmRunRecord {
    RunInfo info; // info.config is what was submitted
    qint64 jobId = 0;
};

QJsonObject toJson(const SlurmRunRecord& record);
SlurmRunRecord runRecordFromJson(const QJsonObject& json);

Result<SlurmRunRecord> readRunRecord(const SlurmSettings& settings, const QString& runId);
Status writeRunRecord(const SlurmSettings& settings, const SlurmRunRecord& record);
QList<SlurmRunRecord> readAllRunRecords(const SlurmSettings& settings);

// What the job script leaves when its tasks have ended: <run>/job_end.json {"exit_code": n}.
std::optional<int> readJobEnd(const QString& runDir);

} // namespace trainyard::slurm
