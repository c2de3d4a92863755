#pragma once

#include "core/metrics/MetricSeries.h"
#include "core/model/Metric.h"
#include "core/util/Result.h"

#include <QElapsedTimer>
#include <QMap>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QSlider;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace trainyard {
class Engine;
class MetricStream;

namespace metrics {
class MetricIngestor;
}

namespace ui {

class MetricChart;
class MetricImagesView;
class MetricValuesPanel;

// The Metrics tab of the run panel: one chart per metric name, every point kept (M4 per pixel
// column on screen), live while the run runs. Several runs can be overlaid (addRun). Controls:
// x axis (step / relative time / wall time), log y, smoothing, CSV export of the full series.
// Beside the charts: the values table (text, booleans, tables) and the logged images of the
// first run (MetricValuesPanel, MetricImagesView).
// Contract used by the run panel (the internals are free to change):
//   setRun(engine, runId)  charts that run's metrics, live while it runs
//   clear()                shows nothing
class RunMetricsPanel : public QWidget {
    Q_OBJECT
public:
    // What the panel charts: the script's own metrics (the Metrics tab), or the system metrics
    // sampled per rank (`sys/cpu_percent`, `sys/rss_mb`, …; the Resources tab) with one line per
    // rank, on the wall-clock time axis. Each leaves out what the other shows.
    enum class Content { TrainingMetrics, SystemMetrics };

    explicit RunMetricsPanel(QWidget* parent = nullptr, Content content = Content::TrainingMetrics);
    ~RunMetricsPanel() override;
    void setRun(Engine* engine, const QString& runId);
    void clear();
    // Overlays another run on the same charts; `label` names it in the legends (default: its id).
    void addRun(Engine* engine, const QString& runId, const QString& label = {});
    QStringList runIds() const;
    // The colour of the i-th run overlaid: eight distinct ones, then hues spread around the wheel.
    static QColor runColour(int i);

    QStringList metricNames() const { return m_charts.keys(); }
    QString emptyText() const; // what the tab says while there is no metric ("" once there is one)
    QPushButton* exportButton() const { return m_export; }
    int pointCount(const QString& name) const; // of the first run
    MetricChart* chart(const QString& name) const { return m_charts.value(name); }
    // `name` as charted; for system metrics name@rank ("sys/cpu_percent@1").
    const metrics::MetricSeries* series(const QString& runId, const QString& name) const;
    MetricValuesPanel* values() const { return m_values; }
    MetricImagesView* images() const { return m_images; }
    metrics::XAxisMode xAxisMode() const;

    void setXAxisMode(metrics::XAxisMode mode);
    void setLogY(bool on);
    void setSmoothing(double weight);
    // Writes every point of every shown series (or of one metric) as a snapshot on a worker;
    // csvExported follows.
    void exportCsv(const QString& path, const QString& metric = {});
    // What the save dialog proposes: "<run>-<metric>.csv" (the first run; "metrics" for all).
    QString suggestedCsvName(const QString& metric = {}) const;
    // Also keeps every point in the workspace's metric store (SQLite, on its own thread); the
    // panel does not own it. nullptr: charts only.
    void setMetricStore(metrics::MetricIngestor* store) { m_store = store; }
    // Points handed over by the streams; drawn at most every 50 ms.
    void addPoints(const QString& runId, const QList<MetricPoint>& points);

signals:
    void chartsUpdated(); // after a batched refresh of the charts that got points
    void xAxisModeChanged(trainyard::metrics::XAxisMode mode);
    void csvExported(const trainyard::Status& status);

private:
    struct RunData {
        QString runId;
        QString label;
        MetricStream* stream = nullptr;
        QMap<QString, metrics::MetricSeries*> series;
        QColor colour;
    };
    MetricChart* chartFor(const QString& name);
    void askAndExport(const QString& metric);
    void flush();
    void layoutCharts(); // two charts a row when there is room for two, else one
    void updateEmptyState();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QList<RunData> m_runs;
    QMap<QString, MetricChart*> m_charts;
    QSet<QString> m_dirty;
    QComboBox* m_xBox;
    QCheckBox* m_logBox;
    QSlider* m_smoothSlider;
    QLabel* m_status;
    QGridLayout* m_grid;
    QPushButton* m_export;
    QLabel* m_empty;
    QScrollArea* m_scroll;
    QStackedWidget* m_stack;
    int m_columns = 2;
    QTimer* m_flushTimer;
    QElapsedTimer m_sinceFlush;
    metrics::MetricIngestor* m_store = nullptr;
    MetricValuesPanel* m_values;
    MetricImagesView* m_images;
    QWidget* m_imagesBox;
    QSplitter* m_side = nullptr; // values table over images, right of the charts
    bool m_valuesDirty = false;
    bool m_anyValues = false; // a point of any kind arrived: no empty state
    Content m_content;
};

} // namespace ui
} // namespace trainyard
