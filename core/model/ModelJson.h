#pragma once

#include "core/model/Compute.h"
#include "core/model/Datastore.h"
#include "core/model/Metric.h"
#include "core/model/Run.h"

#include <QJsonArray>
#include <QJsonObject>

namespace trainyard {

// The JSON every engine prints with `--json`, in the Azure ML SDK's names (snake_case), so that
// scripts written against one engine read the others unchanged.
QJsonObject toJson(const ComputeInfo& compute);
QJsonObject toJson(const ComputeNode& node);
QJsonObject toJson(const NodeStateCounts& counts);
QJsonObject toJson(const RunInfo& run);
QJsonObject toJson(const Distribution& distribution);
QJsonObject toJson(const MetricPoint& point);
QJsonObject toJson(const DatastoreInfo& datastore);
QJsonObject toJson(const RunFile& file);

// A RunConfig round-trips through JSON (stored with the run, for clone-and-resubmit).
QJsonObject toJson(const RunConfig& config);
RunConfig runConfigFromJson(const QJsonObject& json);
Distribution distributionFromJson(const QJsonObject& json);

QJsonObject toJson(const QMap<QString, QString>& map);
QMap<QString, QString> stringMapFromJson(const QJsonObject& json);

QString isoTime(const QDateTime& time); // ISO 8601 UTC with milliseconds, or empty

} // namespace trainyard
