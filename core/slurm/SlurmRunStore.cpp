#include "core/slurm/SlurmRunStore.h"

#include "core/engine/ScriptRunRecord.h"
#include "core/model/ModelJson.h"
#include "core/util/JsonFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace trainyard::slurm {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SlurmRunStore)
};

QDateTime timeFrom(const QJsonObject& o, const char* key) {
    return QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}
} // namespace

QJsonObject toJson(const SlurmRunRecord& r) {
    const RunInfo& i = r.info;
    QJsonObject o{{QStringLiteral("format"), 1},
                  {QStringLiteral("run_id"), i.id},
                  {QStringLiteral("job_id"), r.jobId},
                  {QStringLiteral("number"), i.number},
                  {QStringLiteral("status"), toString(i.status)},
                  {QStringLiteral("status_detail"), i.statusDetail},
                  {QStringLiteral("created_at"), isoTime(i.createdAt)},
                  {QStringLiteral("started_at"), isoTime(i.startedAt)},
                  {QStringLiteral("ended_at"), isoTime(i.endedAt)},
                  {QStringLiteral("error"), i.error},
                  {QStringLiteral("nodes"), QJsonArray::fromStringList(i.nodes)},
                  {QStringLiteral("cancel_requested"), i.cancelRequested},
                  {QStringLiteral("properties"), trainyard::toJson(i.properties)},
                  {QStringLiteral("config"), trainyard::toJson(i.config)}};
    if (i.exitCode)
        o.insert(QStringLiteral("exit_code"), *i.exitCode);
    return o;
}

SlurmRunRecord runRecordFromJson(const QJsonObject& o) {
    SlurmRunRecord r;
    r.jobId = o.value(QStringLiteral("job_id")).toVariant().toLongLong();
    RunInfo& i = r.info;
    i.engine = QStringLiteral("slurm");
    i.id = o.value(QStringLiteral("run_id")).toString();
    i.number = o.value(QStringLiteral("number")).toInt();
    i.config = runConfigFromJson(o.value(QStringLiteral("config")).toObject());
    i.status =
        runStatusFromString(o.value(QStringLiteral("status")).toString()).value_or(RunStatus::NotStarted);
    i.statusDetail = o.value(QStringLiteral("status_detail")).toString();
    i.createdAt = timeFrom(o, "created_at");
    i.startedAt = timeFrom(o, "started_at");
    i.endedAt = timeFrom(o, "ended_at");
    if (o.contains(QStringLiteral("exit_code")))
        i.exitCode = o.value(QStringLiteral("exit_code")).toInt();
    i.error = o.value(QStringLiteral("error")).toString();
    for (const auto& n : o.value(QStringLiteral("nodes")).toArray())
        i.nodes << n.toString();
    i.cancelRequested = o.value(QStringLiteral("cancel_requested")).toBool();
    i.properties = stringMapFromJson(o.value(QStringLiteral("properties")).toObject());
    i.experiment = i.config.experiment;
    i.compute = i.config.compute;
    i.nodeCount = i.config.nodeCount;
    i.distribution = i.config.distribution;
    i.displayName = i.config.displayName.isEmpty() ? i.id : i.config.displayName;
    i.tags = i.config.tags;
    i.parentRunId = i.config.parentRunId;
    return r;
}

static QString recordFile(const SlurmSettings& s, const QString& runId) {
    return s.runDir(runId) + QStringLiteral("/record.json");
}

Result<SlurmRunRecord> readRunRecord(const SlurmSettings& s, const QString& runId) {
    if (runId.isEmpty() || runId.contains(u'/') || runId.startsWith(u'.'))
        return Error::invalid(Tr::tr("'%1' is not a run id.").arg(runId), QStringLiteral("run_id"));
    const auto script = readScriptRunRecord(s.runDir(runId));
    if (!QFileInfo::exists(recordFile(s, runId))) {
        // A child run a script created (no job of its own): its record is the script's.
        if (script && !script->parentRunId.isEmpty() && script->parentRunId != runId) {
            if (auto parent = readRunRecord(s, script->parentRunId)) {
                SlurmRunRecord child;
                child.info = childRunInfo(script.value(), parent->info);
                return child;
            }
        }
        return Error::notFound(Tr::tr("No run with id '%1' in this workspace (%2).").arg(runId, s.runsDir()));
    }
    auto json = readJsonObjectFile(recordFile(s, runId));
    if (!json)
        return json.error();
    SlurmRunRecord record = runRecordFromJson(json.value());
    if (script)
        applyScriptTags(record.info, script.value());
    return record;
}

Status writeRunRecord(const SlurmSettings& s, const SlurmRunRecord& record) {
    return writeJsonFileAtomically(recordFile(s, record.info.id), toJson(record));
}

QList<SlurmRunRecord> readAllRunRecords(const SlurmSettings& s) {
    QList<SlurmRunRecord> records;
    const QDir root(s.runsDir());
    for (const QString& id : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (auto r = readRunRecord(s, id))
            records << r.value();
    }
    return records;
}

std::optional<int> readJobEnd(const QString& runDir) {
    auto json = readJsonObjectFile(runDir + QStringLiteral("/job_end.json"));
    if (!json)
        return std::nullopt;
    return json->value(QStringLiteral("exit_code")).toInt();
}

} // namespace trainyard::slurm
