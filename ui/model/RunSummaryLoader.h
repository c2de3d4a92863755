#pragma once

#include "core/compare/RunComparison.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>

namespace trainyard {
class Engine;
class MetricStream;

namespace ui {

// Reads runs' metrics to the end, one run at a time in the background, and keeps each run's
// summaries (last, min, max of every metric): what the runs table's metric columns show.
// A run is read once; reload() reads it again (a run still running logs more).
class RunSummaryLoader : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void request(Engine* engine, const QString& runId);
    void reload(Engine* engine, const QString& runId);
    const compare::MetricSummaries* summaries(const QString& runId) const;
    QStringList metricNames() const; // of every run read so far, sorted
    bool isIdle() const { return !m_stream && m_queue.isEmpty(); }

signals:
    void loaded(const QString& runId);

private:
    void next();

    struct Job {
        QPointer<Engine> engine;
        QString runId;
    };
    QQueue<Job> m_queue;
    QHash<QString, compare::MetricSummaries> m_done;
    QSet<QString> m_requested;
    MetricStream* m_stream = nullptr;
};

} // namespace ui
} // namespace trainyard
