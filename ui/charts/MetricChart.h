#pragma once

#include "core/metrics/MetricSeries.h"

#include <QColor>
#include <QPen>
#include <QPointF>
#include <QPolygonF>
#include <QWidget>

class QLabel;
class QToolButton;

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QChartView;
class QLineSeries;
QT_END_NAMESPACE

namespace trainyard::ui {

// One metric, one or several runs overlaid. The full series stay in MetricSeries; Qt Charts gets
// only their M4 aggregate for the visible x range at the plot's pixel width (at most four points
// per pixel column), recomputed on every resize, zoom and pan (with each series' min/max pyramid,
// O(pixels · log n)). Smoothing (debiased EMA) draws solid over a faint raw line, and the legend
// says which is which. Wheel zooms x around the pointer, dragging pans, double-click or the
// reset button shows everything again; zoom and pan never leave the data's x range. Hovering
// shows the step, time and exact value of the nearest raw point (not of the M4 aggregate).
// The legend under the chart gives each run's last / min / max over the full series.
class ChartLineLayer;

class MetricChart : public QWidget {
    Q_OBJECT
public:
    explicit MetricChart(const QString& metric, QWidget* parent = nullptr);
    ~MetricChart() override;

    QString metric() const { return m_metric; }
    void addSeries(const QString& run, const metrics::MetricSeries* series, const QColor& colour);
    int seriesCount() const { return int(m_lines.size()); }

    void setXAxisMode(metrics::XAxisMode mode);
    void setLogY(bool on);
    void setSmoothing(double weight); // 0 = off, < 1
    metrics::XAxisMode xAxisMode() const { return m_xMode; }

    // x range in the mode's unit (steps or seconds); auto follows the data as it grows.
    void setXRange(double x0, double x1);
    void resetZoom();
    void zoom(double factor, double centreX);
    void pan(double fraction); // of the visible width, positive: to the right
    std::pair<double, double> xRange() const { return {m_x0, m_x1}; }
    bool isAutoRange() const { return m_autoX; }

    // Re-aggregates and hands the result to Qt Charts (the panel batches calls).
    void refresh();
    int drawnPoints() const { return m_drawn; }
    int columns() const;
    QString legendText() const;
    QChartView* chartView() const { return m_view; }
    QToolButton* resetZoomButton() const { return m_resetZoom; }

    // The raw point nearest to a position in the chart view's viewport (pixel distance, over
    // every run): which line (-1: none) and which point of its series.
    struct Hover {
        int line = -1;
        qint64 index = -1;
    };
    Hover hoverAt(const QPointF& viewportPos) const;
    QString hoverText() const; // what the readout above the chart says, empty when not hovering
    // The data's x range in the current mode (what zooming is kept within).
    std::pair<double, double> dataXRange() const;

    // Off: M4 scans every visible point instead of asking the series' min/max pyramid (what
    // trainyard-bench measures as the baseline). On by default.
    void setUseExtremesIndex(bool on) { m_useExtremes = on; }
    // The aggregated points of run i as last drawn (raw line), for tests.
    QList<QPointF> drawnRaw(int i) const;

signals:
    void exportRequested(const QString& metric); // the chart's "CSV…" button

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Line {
        QString run;
        const metrics::MetricSeries* series;
        QColor colour;
        QLineSeries* raw; // empty: names the line, holds the axes (ChartLineLayer draws)
        QLineSeries* smooth;
        QPolygonF rawPoints; // as last drawn
        QPolygonF smoothPoints;
        QPen rawPen;
        QPen smoothPen;
    };
    void rebuildAxes();
    void dataRange(double& x0, double& x1) const;
    void updateLegend();
    void showHover(const QPointF& viewportPos);
    double yPixel(double value) const;

    QString m_metric;
    QChart* m_chart;
    QChartView* m_view;
    QLabel* m_legend;
    QLabel* m_readout;
    QToolButton* m_resetZoom;
    ChartLineLayer* m_layer;
    double m_yLo = 0, m_yHi = 1; // the y axis range as last set
    QAbstractAxis* m_xAxis = nullptr;
    QAbstractAxis* m_yAxis = nullptr;
    QList<Line> m_lines;
    metrics::XAxisMode m_xMode = metrics::XAxisMode::Step;
    bool m_logY = false;
    double m_smoothing = 0;
    bool m_autoX = true;
    double m_x0 = 0, m_x1 = 1;
    int m_drawn = 0;
    bool m_useExtremes = true;
    QPointF m_dragFrom;
    bool m_dragging = false;
};

} // namespace trainyard::ui
