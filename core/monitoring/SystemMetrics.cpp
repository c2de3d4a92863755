#include "core/monitoring/SystemMetrics.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace trainyard::monitoring {

QString systemMetricName(const QString& measure, const QString& node, int rank) {
    return kSystemPrefix + measure + u'/' + node + u'/' + QString::number(rank);
}

std::optional<SystemMetricName> parseSystemMetricName(const QString& name) {
    if (!name.startsWith(kSystemPrefix))
        return std::nullopt;
    const QStringList parts = name.mid(kSystemPrefix.size()).split(u'/');
    bool ok = false;
    const int rank = parts.size() == 3 ? parts[2].toInt(&ok) : 0;
    if (!ok || parts[0].isEmpty() || parts[1].isEmpty())
        return std::nullopt;
    return SystemMetricName{parts[0], parts[1], rank};
}

namespace {
bool isGpuMeasure(const QString& measure) {
    return measure.startsWith(QLatin1String("gpu"));
}
} // namespace

NodeUse latestUsePerNode(const QList<MetricPoint>& points) {
    // node -> measure -> rank -> (time, value): the latest point of each series first
    QHash<QString, QHash<QString, QHash<int, std::pair<double, double>>>> latest;
    for (const MetricPoint& p : points) {
        const auto n = parseSystemMetricName(p.name);
        if (!n || !std::isfinite(p.value))
            continue;
        auto& slot = latest[n->node][n->measure][n->rank];
        if (p.time >= slot.first)
            slot = {p.time, p.value};
    }
    NodeUse out;
    for (auto node = latest.cbegin(); node != latest.cend(); ++node)
        for (auto measure = node->cbegin(); measure != node->cend(); ++measure) {
            double value = 0;
            for (const auto& [time, v] : *measure)
                value = isGpuMeasure(measure.key()) ? std::max(value, v) : value + v;
            out[node.key()][measure.key()] = value;
        }
    return out;
}

std::optional<RunEfficiency> runEfficiency(const QList<MetricPoint>& points) {
    struct PerRank {
        double cpuSum = 0;
        int cpuSamples = 0;
        double requested = 0;
    };
    QHash<QString, PerRank> ranks; // "node/rank"
    double gpuSum = 0;
    int gpuSamples = 0;
    RunEfficiency e;
    for (const MetricPoint& p : points) {
        const auto n = parseSystemMetricName(p.name);
        if (!n || !std::isfinite(p.value))
            continue;
        PerRank& r = ranks[n->node + u'/' + QString::number(n->rank)];
        if (n->measure == QLatin1String("cpu_percent")) {
            r.cpuSum += p.value;
            ++r.cpuSamples;
            ++e.samples;
        } else if (n->measure == QLatin1String("cores_requested")) {
            r.requested = p.value;
        } else if (n->measure == QLatin1String("rss_mb")) {
            e.peakRssMb = std::max(e.peakRssMb, p.value);
        } else if (isGpuMeasure(n->measure) && n->measure.endsWith(QLatin1String("_util_percent"))) {
            gpuSum += p.value;
            ++gpuSamples;
        }
    }
    if (e.samples == 0)
        return std::nullopt;
    for (const PerRank& r : std::as_const(ranks)) {
        if (r.cpuSamples > 0)
            e.coresUsed += r.cpuSum / r.cpuSamples / 100.0;
        e.coresRequested += r.requested;
    }
    e.cpuEfficiency = e.coresRequested > 0 ? e.coresUsed / e.coresRequested : 0;
    if (gpuSamples > 0)
        e.gpuBusyPercent = gpuSum / gpuSamples;
    return e;
}

Status checkSamplingInterval(const QString& seconds) {
    bool ok = false;
    const double v = seconds.toDouble(&ok);
    if (!ok || v < 0 || (v > 0 && v < 0.1) || v > 3600)
        return Error::invalid(QCoreApplication::translate(
                                  "SystemMetrics", "The system metrics interval '%1' is not allowed: give "
                                                   "seconds from 0.1 to 3600, or 0 to turn sampling off.")
                                  .arg(seconds),
                              QStringLiteral("system_metrics_interval_seconds"));
    return {};
}

void applyWorkspaceSamplingInterval(QMap<QString, QString>& environment, const QJsonObject& workspaceJson) {
    const QJsonValue v = workspaceJson.value(QStringLiteral("system_metrics_interval_seconds"));
    if (environment.contains(kIntervalVariable) || !v.isDouble())
        return;
    if (const QString seconds = QString::number(v.toDouble()); checkSamplingInterval(seconds))
        environment.insert(kIntervalVariable, seconds);
}

} // namespace trainyard::monitoring
