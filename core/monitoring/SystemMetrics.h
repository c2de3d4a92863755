#pragma once

#include "core/model/Metric.h"
#include "core/util/Result.h"

#include <QJsonObject>

#include <QMap>
#include <QString>

#include <optional>

namespace trainyard::monitoring {

// System metrics of a run (docs/monitoring.md "System metrics"): every rank's process tree is
// sampled on its node and written to the run's metrics file like any metric, named
//   sys/<measure>/<node>/<rank>      e.g. sys/cpu_percent/cpu-n0/0, sys/gpu0_util_percent/gpu-n3/4
// measures: cpu_percent (100 = one core busy), rss_mb, read_mb_s, write_mb_s, processes,
// cores_requested (once, at the start), gpu<i>_util_percent, gpu<i>_memory_mb.
// The point's rank field is the rank too. Everything starting with "sys/" is a system metric.
inline const QString kSystemPrefix = QStringLiteral("sys/");

struct SystemMetricName {
    QString measure;
    QString node;
    int rank = 0;
};

QString systemMetricName(const QString& measure, const QString& node, int rank);
std::optional<SystemMetricName> parseSystemMetricName(const QString& name);

// The latest value of every measure per node (ranks of a node summed for cpu_percent, rss_mb,
// read/write rates and processes; the highest for GPU measures, which every rank of a node sees
// alike): what the node table shows. node -> measure -> value.
using NodeUse = QMap<QString, QMap<QString, double>>;
NodeUse latestUsePerNode(const QList<MetricPoint>& points);

// How well a run used what it asked for, from its sys/ points (the whole run).
struct RunEfficiency {
    int samples = 0;           // cpu_percent points seen
    double coresRequested = 0; // summed over ranks
    double coresUsed = 0;      // mean CPU use over the run, summed over ranks (cores)
    double cpuEfficiency = 0;  // coresUsed / coresRequested, 0..1 (can exceed 1 when a rank overran)
    double peakRssMb = 0;      // the highest of any rank
    std::optional<double> gpuBusyPercent; // mean utilisation of the GPUs seen; none without GPUs
};
std::optional<RunEfficiency> runEfficiency(const QList<MetricPoint>& points); // none without sys/ points

} // namespace trainyard::monitoring

namespace trainyard::monitoring {

// How often sys/ metrics are sampled reaches the rank as TRAINYARD_SYSTEM_METRICS_INTERVAL
// (seconds; 0 = off; default 5). `yard run submit --system-metrics-interval S` sets it for one
// run; the workspace's "system_metrics_interval_seconds" (workspace.json) for every run that does
// not set it itself. Both are checked here.
inline const QString kIntervalVariable = QStringLiteral("TRAINYARD_SYSTEM_METRICS_INTERVAL");
Status checkSamplingInterval(const QString& seconds);
void applyWorkspaceSamplingInterval(QMap<QString, QString>& environment, const QJsonObject& workspaceJson);

} // namespace trainyard::monitoring
