#include "core/monitoring/SystemSampler.h"

#include "core/monitoring/SystemMetrics.h"
#include "core/platform/ResourceUsage.h"

#include <QDateTime>
#include <QFile>

namespace trainyard::monitoring {

namespace {
constexpr int kDefaultIntervalMs = 5000;
constexpr double kMb = 1024.0 * 1024.0;
} // namespace

SystemSampler::SystemSampler(Target target, QObject* parent)
    : QObject(parent)
    , m_target(std::move(target)) {
    m_timer.setInterval(qMax(100, m_target.intervalMs));
    connect(&m_timer, &QTimer::timeout, this, [this] { appendToFile(sampleLines()); });
}

std::optional<int> SystemSampler::intervalMs(const QMap<QString, QString>& environment) {
    const QString value = environment.value(QStringLiteral("TRAINYARD_SYSTEM_METRICS_INTERVAL"));
    if (value.isEmpty())
        return kDefaultIntervalMs;
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (!ok || seconds < 0)
        return kDefaultIntervalMs;
    if (seconds == 0)
        return std::nullopt;
    return qMax(100, int(seconds * 1000));
}

double SystemSampler::coresPerRank(const QMap<QString, QString>& environment) {
    for (const char* key : {"TRAINYARD_CORES_PER_RANK", "SLURM_CPUS_PER_TASK"}) {
        bool ok = false;
        const double cores = environment.value(QString::fromLatin1(key)).toDouble(&ok);
        if (ok && cores > 0)
            return cores;
    }
    int processes = 1;
    for (const char* key : {"WORLD_SIZE", "OMPI_COMM_WORLD_SIZE"})
        if (const int n = environment.value(QString::fromLatin1(key)).toInt(); n > 0)
            processes = n;
    return qMax(1.0, double(platform::logicalCores()) / processes);
}

void SystemSampler::start() {
    m_clock.start();
    QByteArray lines;
    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    lines += QStringLiteral(R"({"name":"%1","value":%2,"step":0,"time":%3,"rank":%4})")
                 .arg(systemMetricName(QStringLiteral("cores_requested"), m_target.node, m_target.rank))
                 .arg(m_target.coresRequested)
                 .arg(now, 0, 'f', 3)
                 .arg(m_target.rank)
                 .toUtf8() +
             '\n';
    appendToFile(lines + sampleLines());
    m_timer.start();
}

void SystemSampler::stop() {
    m_timer.stop();
}

QByteArray SystemSampler::sampleLines() {
    const std::optional<platform::TreeUsage> usage = platform::sampleTreeUsage(m_target.pid);
    if (!usage)
        return {};
    const qint64 ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    const double seconds = double(ms - m_lastMs) / 1000.0;
    QByteArray out;
    const auto line = [&](const QString& measure, double value) {
        out += QStringLiteral(R"({"name":"%1","value":%2,"step":%3,"time":%4,"rank":%5})")
                   .arg(systemMetricName(measure, m_target.node, m_target.rank))
                   .arg(value, 0, 'g', 8)
                   .arg(m_step)
                   .arg(now, 0, 'f', 3)
                   .arg(m_target.rank)
                   .toUtf8() +
               '\n';
    };
    const double read = double(usage->readBytes) / kMb, write = double(usage->writeBytes) / kMb;
    if (m_lastCpuSeconds && seconds > 0) {
        line(QStringLiteral("cpu_percent"),
             qMax(0.0, (usage->cpuSeconds - *m_lastCpuSeconds) / seconds * 100));
        // A process that ended takes its counters with it: never a negative rate.
        line(QStringLiteral("read_mb_s"), qMax(0.0, (read - m_lastRead) / seconds));
        line(QStringLiteral("write_mb_s"), qMax(0.0, (write - m_lastWrite) / seconds));
    }
    line(QStringLiteral("rss_mb"), double(usage->rssBytes) / kMb);
    line(QStringLiteral("processes"), usage->processes);
    const QStringList visible = m_target.visibleGpus.split(u',', Qt::SkipEmptyParts);
    for (const platform::GpuUsage& gpu : platform::sampleGpus()) {
        if (!visible.isEmpty() && !visible.contains(QString::number(gpu.index)))
            continue;
        line(QStringLiteral("gpu%1_util_percent").arg(gpu.index), gpu.utilizationPercent);
        line(QStringLiteral("gpu%1_memory_mb").arg(gpu.index), gpu.memoryUsedMb);
    }
    m_lastCpuSeconds = usage->cpuSeconds;
    m_lastRead = read;
    m_lastWrite = write;
    m_lastMs = ms;
    ++m_step;
    return out;
}

void SystemSampler::appendToFile(const QByteArray& lines) {
    if (lines.isEmpty() || m_target.metricsFile.isEmpty())
        return;
    // One unbuffered append of whole lines: the rank's own run.log() lines never interleave.
    QFile f(m_target.metricsFile);
    if (f.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        f.write(lines);
}

} // namespace trainyard::monitoring
