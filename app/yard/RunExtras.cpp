#include "RunExtras.h"

#include "core/alerts/RunEvents.h"
#include "core/engine/Engine.h"
#include "core/engine/MetricStream.h"
#include "core/monitoring/SystemMetrics.h"

namespace yard {

using trainyard::monitoring::RunEfficiency;

namespace {

// The run's sys/ points, read to the end of its metrics (an ended run's stream finishes).
QList<trainyard::MetricPoint> systemPoints(trainyard::Engine* engine, const QString& runId) {
    QObject owner;
    QList<trainyard::MetricPoint> points;
    trainyard::MetricStream* stream = engine->openMetrics(runId, &owner);
    bool done = false;
    QObject::connect(stream, &trainyard::MetricStream::pointsAppended, &owner,
                     [&](const QList<trainyard::MetricPoint>& batch) {
                         for (const trainyard::MetricPoint& p : batch)
                             if (p.name.startsWith(trainyard::monitoring::kSystemPrefix))
                                 points << p;
                     });
    QObject::connect(stream, &trainyard::MetricStream::finished, &owner, [&] { done = true; });
    QObject::connect(stream, &trainyard::MetricStream::failed, &owner, [&] { done = true; });
    stream->setFollow(false);
    stream->start();
    if (!done)
        trainyard::awaitSignal(stream, &trainyard::MetricStream::finished, 30000);
    return points;
}

std::optional<RunEfficiency> efficiencyOf(trainyard::Engine* engine, const trainyard::RunInfo& run) {
    if (!isTerminal(run.status))
        return std::nullopt; // efficiency is a verdict on the whole run
    return trainyard::monitoring::runEfficiency(systemPoints(engine, run.id));
}

} // namespace

QString runExtrasText(trainyard::Engine* engine, const trainyard::RunInfo& run) {
    QString text;
    if (const auto e = efficiencyOf(engine, run)) {
        text +=
            QStringLiteral("  efficiency:  %1% of %2 requested core(s) used (%3 on average), peak RSS %4 MB")
                .arg(e->cpuEfficiency * 100, 0, 'f', 0)
                .arg(e->coresRequested, 0, 'g', 4)
                .arg(e->coresUsed, 0, 'f', 2)
                .arg(e->peakRssMb, 0, 'f', 0);
        if (e->gpuBusyPercent)
            text += QStringLiteral(", GPU busy %1%").arg(*e->gpuBusyPercent, 0, 'f', 0);
        text += u'\n';
    }
    const QList<trainyard::RunEvent> events = trainyard::runevents::read(engine->stateFolder(), run.id);
    if (!events.isEmpty())
        text += QStringLiteral("  events:\n");
    for (const trainyard::RunEvent& e : events)
        text += QStringLiteral("    %1  %2  %3\n").arg(e.time.toString(Qt::ISODate), e.kind, e.message);
    return text;
}

void addRunExtras(trainyard::Engine* engine, const trainyard::RunInfo& run, QJsonObject& runJson) {
    QJsonArray events;
    for (const trainyard::RunEvent& e : trainyard::runevents::read(engine->stateFolder(), run.id))
        events.append(toJson(e));
    runJson[QStringLiteral("events")] = events;
    if (const auto e = efficiencyOf(engine, run)) {
        QJsonObject efficiency{{QStringLiteral("cores_requested"), e->coresRequested},
                               {QStringLiteral("cores_used"), e->coresUsed},
                               {QStringLiteral("cpu_efficiency"), e->cpuEfficiency},
                               {QStringLiteral("peak_rss_mb"), e->peakRssMb},
                               {QStringLiteral("samples"), e->samples}};
        if (e->gpuBusyPercent)
            efficiency[QStringLiteral("gpu_busy_percent")] = *e->gpuBusyPercent;
        runJson[QStringLiteral("efficiency")] = efficiency;
    }
}

} // namespace yard
