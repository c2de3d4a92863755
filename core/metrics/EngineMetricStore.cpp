#include "core/metrics/EngineMetricStore.h"

#include "core/engine/Engine.h"
#include "core/metrics/MetricIngestor.h"

#include <QDir>

namespace trainyard::metrics {

static QString storePath(Engine* engine) {
    const QString folder = engine->stateFolder();
    QDir().mkpath(folder);
    return folder + QStringLiteral("/metrics.db");
}

MetricIngestor* metricIngestorFor(Engine* engine) {
    if (!engine)
        return nullptr;
    if (auto* existing = engine->findChild<MetricIngestor*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto* ingestor = new MetricIngestor(engine);
    ingestor->open(storePath(engine));
    return ingestor;
}

} // namespace trainyard::metrics
