#pragma once

#include "core/metrics/MetricStore.h"
#include "core/util/Promise.h"

#include <QFuture>
#include <QObject>
#include <QThread>

#include <memory>

namespace trainyard::metrics {

// MetricStore for the GUI: every call returns at once and runs on one dedicated thread. A
// QSqlDatabase connection must stay on the thread that opened it, so this is a QThread of its
// own (not a pool, whose threads come and go, and whose futures may run a task on the caller
// that waits). Batches are stored in the order they were handed over, one transaction each.
class MetricIngestor : public QObject {
    Q_OBJECT
public:
    explicit MetricIngestor(QObject* parent = nullptr);
    ~MetricIngestor() override;

    QFuture<Status> open(const QString& path);
    void ingest(const QString& runId, const QList<MetricPoint>& points);
    QFuture<Result<QList<MetricPoint>>> pointsBySteps(const QString& runId, const QString& name,
                                                      qint64 fromStep, qint64 toStep);
    QFuture<Result<QList<MetricPoint>>> pointsByTime(const QString& runId, const QString& name, double from,
                                                     double to);
    // Finishes once everything handed over before it was stored.
    QFuture<Status> flush();

signals:
    void failed(const trainyard::Error& error); // a batch could not be stored

private:
    template <typename F> auto onWorker(F f) -> QFuture<decltype(f())> {
        using R = decltype(f());
        Promise<R> promise;
        QMetaObject::invokeMethod(
            m_context, [promise, f = std::move(f)]() mutable { promise.finish(f()); }, Qt::QueuedConnection);
        return promise.future();
    }

    QThread m_thread;
    QObject* m_context;                   // lives in m_thread
    std::shared_ptr<MetricStore> m_store; // used in m_thread only
};

} // namespace trainyard::metrics
