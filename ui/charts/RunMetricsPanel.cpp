#include "ui/charts/RunMetricsPanel.h"

#include "core/engine/Engine.h"
#include "core/engine/MetricStream.h"

#include <QGridLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <cmath>

namespace trainyard::ui {

RunMetricsPanel::RunMetricsPanel(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this)) {}

void RunMetricsPanel::clear() {
    delete m_stream;
    m_stream = nullptr;
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_series.clear();
}

void RunMetricsPanel::setRun(Engine* engine, const QString& runId) {
    clear();
    m_stream = engine->openMetrics(runId, this);
    connect(m_stream, &MetricStream::pointsAppended, this, &RunMetricsPanel::addPoints);
    m_stream->start();
}

int RunMetricsPanel::pointCount(const QString& name) const {
    auto* series = qobject_cast<QLineSeries*>(m_series.value(name));
    return series ? int(series->count()) : 0;
}

void RunMetricsPanel::addPoints(const QList<MetricPoint>& points) {
    for (const MetricPoint& p : points) {
        if (p.kind != QLatin1String("scalar") || !std::isfinite(p.value))
            continue;
        auto* series = qobject_cast<QLineSeries*>(m_series.value(p.name));
        if (!series) {
            series = new QLineSeries;
            auto* chart = new QChart;
            chart->setTitle(p.name);
            chart->legend()->hide();
            chart->addSeries(series);
            chart->createDefaultAxes();
            auto* view = new QChartView(chart);
            view->setMinimumSize(320, 220);
            const int index = int(m_series.size());
            m_grid->addWidget(view, index / 2, index % 2);
            m_series.insert(p.name, series);
        }
        series->append(double(p.step), p.value);
        auto* chart = series->chart();
        const auto axes = chart->axes();
        if (axes.size() == 2) {
            auto* x = qobject_cast<QValueAxis*>(axes[0]);
            auto* y = qobject_cast<QValueAxis*>(axes[1]);
            if (x && y) {
                x->setRange(qMin(x->min(), double(p.step)), qMax(x->max(), double(p.step)));
                y->setRange(qMin(y->min(), p.value), qMax(y->max(), p.value));
            }
        }
    }
}

} // namespace trainyard::ui
