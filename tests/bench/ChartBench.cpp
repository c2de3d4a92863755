// Chart figure (issue 5): redrawing a 1e6-point series after a zoom, M4 aggregate + replace +
// paint, against handing Qt Charts the raw points (QLineSeries::replace of 1e6 + paint).
#include "Bench.h"
#include "ChartZooms.h"
#include "MonitoringBenchSupport.h"

#include "core/metrics/MetricSeries.h"
#include "ui/charts/MetricChart.h"

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

using namespace trainyard;
using namespace bench::monitoring;

namespace {

QList<bench::Result> chartBenchmarks(const bench::Context& context) {
    const int n = 1000000;
    std::vector<double> steps, values;
    metricSeries(n, steps, values);
    metrics::MetricSeries series;
    for (int i = 0; i < n; ++i)
        series.append(steps[size_t(i)], 1.7e9 + i * 0.01, values[size_t(i)]);

    ui::MetricChart chart(QStringLiteral("loss"));
    chart.resize(800, 600);
    chart.addSeries(QStringLiteral("run_1"), &series, QColor(31, 119, 180));
    chart.show();
    (void)QTest::qWaitForWindowExposed(&chart);
    chart.refresh();
    chart.chartView()->grab();

    // Zoom in and out through a sequence of views: each is aggregate + replace + paint.
    const int zooms = context.quick ? 15 : 41;
    const QList<double> ours = zoomTimes(chart, n, zooms);
    const int drawn = chart.drawnPoints();

    QList<double> base;
    {
        QList<QPointF> raw;
        raw.reserve(n);
        for (int i = 0; i < n; ++i)
            raw.append({steps[size_t(i)], values[size_t(i)]});
        auto* line = new QLineSeries;
        auto* qc = new QChart;
        qc->addSeries(line);
        qc->createDefaultAxes();
        qc->legend()->hide();
        QChartView view(qc);
        view.resize(800, 600);
        view.show();
        (void)QTest::qWaitForWindowExposed(&view);
        for (int i = 0; i < (context.quick ? 1 : 3); ++i) {
            QElapsedTimer t;
            t.start();
            line->replace(raw);
            qc->axes(Qt::Horizontal).front()->setRange(0, n / (1.5 + i));
            view.grab();
            base << double(t.nsecsElapsed()) / 1e6;
        }
    }
    return {bench::Result{QStringLiteral("chart_update_1e6_ms"), bench::median(ours), QStringLiteral("ms"),
                          bench::median(base), false,
                          QStringLiteral("median of %1 zooms of a 1e6-point series, 800x600 chart (%2 points "
                                         "drawn after M4); platform %3, OpenGL %4; baseline: replace() with "
                                         "the 1e6 raw points + grab, median of %5; goal <= 16 ms, >= 50x")
                              .arg(zooms)
                              .arg(drawn)
                              .arg(QGuiApplication::platformName(),
                                   QGuiApplication::platformName() == QLatin1String("offscreen")
                                       ? QStringLiteral("off")
                                       : QStringLiteral("on"))
                              .arg(base.size())}};
}

bench::BenchRegistration registration{QStringLiteral("charts"), chartBenchmarks};

} // namespace
