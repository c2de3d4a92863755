#include "core/engine/ScriptRunRecord.h"

#include "core/model/ModelJson.h"
#include "core/util/JsonFile.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace trainyard {

namespace {
const QString kRecordFile = QStringLiteral("/script_run.json");

QDateTime timeOf(const QJsonObject& o, const QString& key) {
    return QDateTime::fromString(o.value(key).toString(), Qt::ISODateWithMs).toUTC();
}
} // namespace

QDateTime scriptRunRecordModified(const QString& runDir) {
    const QFileInfo info(runDir + kRecordFile);
    return info.exists() ? info.lastModified() : QDateTime();
}

std::optional<ScriptRunRecord> readScriptRunRecord(const QString& runDir) {
    const QDateTime modified = scriptRunRecordModified(runDir);
    if (!modified.isValid())
        return std::nullopt;
    auto json = readJsonObjectFile(runDir + kRecordFile);
    if (!json)
        return std::nullopt;
    const QJsonObject& o = json.value();
    ScriptRunRecord r;
    r.runId = o.value(QStringLiteral("run_id")).toString(QFileInfo(runDir).fileName());
    r.parentRunId = o.value(QStringLiteral("parent_run_id")).toString();
    r.experiment = o.value(QStringLiteral("experiment")).toString();
    r.displayName = o.value(QStringLiteral("display_name")).toString();
    if (o.contains(QStringLiteral("status")))
        r.status = runStatusFromString(o.value(QStringLiteral("status")).toString());
    r.createdAt = timeOf(o, QStringLiteral("created_at"));
    r.startedAt = timeOf(o, QStringLiteral("started_at"));
    r.endedAt = timeOf(o, QStringLiteral("ended_at"));
    r.error = o.value(QStringLiteral("error")).toString();
    r.tags = stringMapFromJson(o.value(QStringLiteral("tags")).toObject());
    r.properties = stringMapFromJson(o.value(QStringLiteral("properties")).toObject());
    r.modified = modified;
    return r;
}

QStringList scriptChildRunIds(const QString& runDir) {
    QStringList ids = QDir(runDir + QStringLiteral("/children")).entryList(QDir::Files);
    QCollator natural; // run_2 before run_10
    natural.setNumericMode(true);
    std::sort(ids.begin(), ids.end(), [&](const QString& a, const QString& b) { return natural(a, b); });
    return ids;
}

RunStatus childStatusWhenParentEnded(RunStatus parentStatus) {
    return parentStatus == RunStatus::Completed ? RunStatus::Completed : RunStatus::Canceled;
}

RunInfo childRunInfo(const ScriptRunRecord& record, const RunInfo& parent) {
    RunInfo child;
    child.id = record.runId;
    child.engine = parent.engine;
    child.parentRunId = parent.id;
    child.experiment = parent.experiment;
    child.compute = parent.compute;
    child.nodeCount = 0; // a script's child run runs inside its parent's processes
    child.displayName = record.displayName.isEmpty() ? record.runId : record.displayName;
    child.status = record.status.value_or(RunStatus::NotStarted);
    child.createdAt = record.createdAt;
    child.startedAt = record.startedAt;
    child.endedAt = record.endedAt;
    child.error = record.error;
    if (!isTerminal(child.status) && isTerminal(parent.status)) {
        child.status = childStatusWhenParentEnded(parent.status);
        child.endedAt = parent.endedAt;
        child.statusDetail = QStringLiteral("ended with its parent run");
    }
    child.config.experiment = parent.experiment;
    child.config.compute = parent.compute;
    child.config.nodeCount = 0;
    child.config.parentRunId = parent.id;
    child.config.displayName = child.displayName;
    applyScriptTags(child, record);
    child.config.tags = child.tags;
    return child;
}

Status cancelScriptChildRun(const QString& runDir) {
    auto json = readJsonObjectFile(runDir + kRecordFile);
    if (!json)
        return json.error();
    QJsonObject record = json.value();
    record.insert(QStringLiteral("status"), toString(RunStatus::Canceled));
    record.insert(QStringLiteral("ended_at"), isoTime(QDateTime::currentDateTimeUtc()));
    return writeJsonFileAtomically(runDir + kRecordFile, record);
}

void applyScriptTags(RunInfo& run, const ScriptRunRecord& record) {
    for (auto it = record.tags.cbegin(); it != record.tags.cend(); ++it)
        run.tags.insert(it.key(), it.value());
    for (auto it = record.properties.cbegin(); it != record.properties.cend(); ++it)
        run.properties.insert(it.key(), it.value());
}

} // namespace trainyard
