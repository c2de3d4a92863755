// Chart figures at scale (issue 15): one 1e7-point series redrawn after a zoom, and 100 runs of
// 1e5 points overlaid on one chart, redrawn after a zoom. Each is M4 + replace + paint (grab).
// Baseline, in the same run: the same chart with M4 scanning every visible point (main's way
// before the min/max pyramid), the same zooms.
#include "Bench.h"
#include "ChartZooms.h"
#include "MonitoringBenchSupport.h"

#include "core/metrics/MetricSeries.h"
#include "ui/charts/MetricChart.h"

#include <QtCharts/QChartView>

#include <memory>

using namespace trainyard;
using namespace bench::monitoring;

namespace {

double zoomMedian(ui::MetricChart& chart, double n, int zooms) {
    return bench::median(zoomTimes(chart, n, zooms));
}

// Of the redraw, how long M4 and handing the points over take (no paint), median of 9.
double refreshOnlyMedian(ui::MetricChart& chart, double n) {
    QList<double> samples;
    for (int i = 0; i < 9; ++i) {
        chart.setXRange(n * 0.1 * (i % 3), n * (0.5 + 0.05 * i));
        QElapsedTimer t;
        t.start();
        chart.refresh();
        samples << double(t.nsecsElapsed()) / 1e6;
    }
    return bench::median(samples);
}

struct Timing {
    double ours, base, aggregate;
};

Timing measure(ui::MetricChart& chart, double n, int zooms) {
    chart.resize(800, 600);
    chart.show();
    (void)QTest::qWaitForWindowExposed(&chart);
    chart.refresh();
    chart.chartView()->grab();
    chart.setUseExtremesIndex(false);
    const double base = zoomMedian(chart, n, std::max(3, zooms / 4));
    chart.setUseExtremesIndex(true);
    const double ours = zoomMedian(chart, n, zooms);
    return {ours, base, refreshOnlyMedian(chart, n)};
}

QString platform() {
    return QStringLiteral("platform %1, 800x600").arg(QGuiApplication::platformName());
}

QList<bench::Result> scaleBenchmarks(const bench::Context& context) {
    QList<bench::Result> results;
    const int zooms = context.quick ? 13 : 41;
    {
        const int n = context.quick ? 2000000 : 10000000;
        metrics::MetricSeries series;
        {
            std::vector<double> steps, values;
            metricSeries(n, steps, values);
            for (int i = 0; i < n; ++i)
                series.append(steps[size_t(i)], 1.7e9 + i * 0.01, values[size_t(i)]);
        }
        ui::MetricChart chart(QStringLiteral("loss"));
        chart.addSeries(QStringLiteral("run_1"), &series, QColor(31, 119, 180));
        const Timing t = measure(chart, n, zooms);
        results << bench::Result{
            QStringLiteral("chart_update_1e7_ms"),
            t.ours,
            QStringLiteral("ms"),
            t.base,
            false,
            QStringLiteral("median of %1 zooms of a %2-point series (M4 through the series' "
                           "min/max pyramid + replace + grab; %3 ms of it without the paint), "
                           "%4; baseline: M4 scanning the visible points, same chart; goal <= "
                           "16 ms")
                .arg(zooms)
                .arg(n)
                .arg(t.aggregate, 0, 'f', 2)
                .arg(platform())};
    }
    {
        const int runs = 100, n = context.quick ? 20000 : 100000;
        std::vector<std::unique_ptr<metrics::MetricSeries>> series;
        ui::MetricChart chart(QStringLiteral("loss"));
        std::vector<double> steps, values;
        metricSeries(n, steps, values);
        for (int r = 0; r < runs; ++r) {
            auto s = std::make_unique<metrics::MetricSeries>();
            for (int i = 0; i < n; ++i)
                s->append(steps[size_t(i)], 1.7e9 + i, values[size_t(i)] * (1 + r * 0.01));
            chart.addSeries(QStringLiteral("run_%1").arg(r), s.get(),
                            QColor::fromHsv((r * 37) % 360, 200, 200));
            series.push_back(std::move(s));
        }
        const Timing t = measure(chart, n, zooms);
        results << bench::Result{
            QStringLiteral("chart_overlay_100_runs_ms"),
            t.ours,
            QStringLiteral("ms"),
            t.base,
            false,
            QStringLiteral("median of %1 zooms of one chart overlaying %2 runs x %3 points (%4 ms "
                           "of it without the paint), %5; baseline: M4 scanning the visible "
                           "points, same chart; goal <= 33 ms")
                .arg(zooms)
                .arg(runs)
                .arg(n)
                .arg(t.aggregate, 0, 'f', 2)
                .arg(platform())};
    }
    return results;
}

bench::BenchRegistration registration{QStringLiteral("chart-scale"), scaleBenchmarks};

} // namespace
