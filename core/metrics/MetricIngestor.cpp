#include "core/metrics/MetricIngestor.h"

namespace trainyard::metrics {

MetricIngestor::MetricIngestor(QObject* parent)
    : QObject(parent)
    , m_context(new QObject)
    , m_store(std::make_shared<MetricStore>()) {
    m_thread.setObjectName(QStringLiteral("metric-store"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

MetricIngestor::~MetricIngestor() {
    // The store closes its connection on its own thread, where it was opened.
    onWorker([store = std::move(m_store)]() mutable {
        store.reset();
        return true;
    });
    m_thread.quit();
    m_thread.wait();
}

QFuture<Status> MetricIngestor::open(const QString& path) {
    return onWorker([store = m_store, path] { return store->open(path); });
}

void MetricIngestor::ingest(const QString& runId, const QList<MetricPoint>& points) {
    onWorker([this, store = m_store, runId, points] {
        const Status s = store->insert(runId, points);
        if (!s)
            QMetaObject::invokeMethod(
                this, [this, error = s.error()] { emit failed(error); }, Qt::QueuedConnection);
        return s;
    });
}

QFuture<Result<QList<MetricPoint>>> MetricIngestor::pointsBySteps(const QString& runId, const QString& name,
                                                                  qint64 fromStep, qint64 toStep) {
    return onWorker([store = m_store, runId, name, fromStep, toStep] {
        return store->pointsBySteps(runId, name, fromStep, toStep);
    });
}

QFuture<Result<QList<MetricPoint>>> MetricIngestor::pointsByTime(const QString& runId, const QString& name,
                                                                 double from, double to) {
    return onWorker(
        [store = m_store, runId, name, from, to] { return store->pointsByTime(runId, name, from, to); });
}

QFuture<Status> MetricIngestor::flush() {
    return onWorker([] { return Status(); });
}

} // namespace trainyard::metrics
