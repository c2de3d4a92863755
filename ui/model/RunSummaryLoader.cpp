#include "ui/model/RunSummaryLoader.h"

#include "core/engine/Engine.h"
#include "core/engine/MetricStream.h"

#include <QSet>

namespace trainyard::ui {

void RunSummaryLoader::request(Engine* engine, const QString& runId) {
    if (!engine || m_requested.contains(runId))
        return;
    m_requested.insert(runId);
    m_queue.enqueue({engine, runId});
    if (!m_stream)
        next();
}

void RunSummaryLoader::reload(Engine* engine, const QString& runId) {
    m_requested.remove(runId);
    request(engine, runId);
}

const compare::MetricSummaries* RunSummaryLoader::summaries(const QString& runId) const {
    const auto it = m_done.constFind(runId);
    return it == m_done.cend() ? nullptr : &*it;
}

QStringList RunSummaryLoader::metricNames() const {
    QSet<QString> names;
    for (const compare::MetricSummaries& s : m_done)
        for (auto it = s.cbegin(); it != s.cend(); ++it)
            names.insert(it.key());
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

void RunSummaryLoader::next() {
    while (!m_queue.isEmpty() && !m_queue.head().engine)
        m_queue.dequeue(); // its workspace was closed
    if (m_queue.isEmpty())
        return;
    const Job job = m_queue.dequeue();
    m_stream = job.engine->openMetrics(job.runId, this);
    m_stream->setFollow(false);
    auto points = std::make_shared<QList<MetricPoint>>();
    connect(m_stream, &MetricStream::pointsAppended, this,
            [points](const QList<MetricPoint>& batch) { points->append(batch); });
    const auto done = [this, points, stream = m_stream, runId = job.runId] {
        if (m_stream != stream)
            return; // failed, then finished: once is enough
        m_stream->deleteLater();
        m_stream = nullptr;
        m_done.insert(runId, compare::summarize(*points));
        emit loaded(runId);
        next();
    };
    connect(m_stream, &MetricStream::finished, this, done);
    connect(m_stream, &MetricStream::failed, this, done);
    m_stream->start();
}

} // namespace trainyard::ui
