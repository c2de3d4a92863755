#pragma once

// Shared by the chart benchmarks: the zooms a user makes, timed.
#include "ui/charts/MetricChart.h"

#include <QElapsedTimer>
#include <QList>
#include <QtCharts/QChartView>

#include <cmath>

namespace bench::monitoring {

// Times (ms) of `zooms` views of data [0, n), narrowing and moving as a user zooming in and out
// would; each is aggregate + hand over + paint (grab).
inline QList<double> zoomTimes(trainyard::ui::MetricChart& chart, double n, int zooms) {
    QList<double> samples;
    for (int i = 0; i < zooms; ++i) {
        const double width = n / std::pow(1.5, i % 12);
        const double x0 = (n - width) * ((i * 37) % 100) / 100.0;
        QElapsedTimer t;
        t.start();
        chart.setXRange(x0, x0 + width);
        chart.chartView()->grab();
        samples << double(t.nsecsElapsed()) / 1e6;
    }
    return samples;
}

} // namespace bench::monitoring
