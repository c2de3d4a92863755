#include "core/metrics/EngineMetricStore.h"

#include "core/engine/Engine.h"
#include "core/local/LocalEngine.h"
#include "core/metrics/MetricIngestor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace trainyard::metrics {

static QString storePath(Engine* engine) {
    if (auto* local = qobject_cast<local::LocalEngine*>(engine))
        return local->layout().folder() + QStringLiteral("/metrics.db");
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                          QStringLiteral("/trainyard/metrics");
    QDir().mkpath(cache);
    const QByteArray key = (engine->kind() + u'/' + engine->displayName()).toUtf8();
    return cache + u'/' + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16)) +
           QStringLiteral(".db");
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
