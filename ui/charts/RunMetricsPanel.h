#pragma once

#include "core/model/Metric.h"

#include <QMap>
#include <QWidget>

class QGridLayout;

namespace trainyard {
class Engine;
class MetricStream;

namespace ui {

// The Metrics tab of the run panel: one chart per metric name, growing as points arrive.
// Contract used by the run panel (the internals are free to change):
//   setRun(engine, runId)  charts that run's metrics, live while it runs
//   clear()                shows nothing
class RunMetricsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunMetricsPanel(QWidget* parent = nullptr);
    void setRun(Engine* engine, const QString& runId);
    void clear();
    QStringList metricNames() const { return m_series.keys(); }
    int pointCount(const QString& name) const;

private:
    void addPoints(const QList<MetricPoint>& points);

    MetricStream* m_stream = nullptr;
    QGridLayout* m_grid;
    QMap<QString, QObject*> m_series; // name -> QLineSeries
};

} // namespace ui
} // namespace trainyard
