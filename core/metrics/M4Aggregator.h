#pragma once

#include "core/metrics/MetricSeries.h"

#include <QList>
#include <QPointF>

namespace trainyard::metrics {

class MinMaxPyramid;

// M4 aggregation (Jugel et al., PVLDB 7(10), 2014): for each pixel column of the visible x range
// keep the first, the last, the minimum and the maximum point, in x order. A line through those
// at most four points per column draws the same pixels as a line through all of them, so no spike
// is lost and a chart never gets more than 4 * columns (+2) points, whatever the series length.
//
// Rules:
//  - `x` is sorted ascending (MetricSeries keeps it so); lookup is a binary search, so the cost
//    is O(points in view) — or, given the series' MinMaxPyramid over `y`, O(columns · log n)
//    once there are more points than columns (the same points come out either way);
//  - a point whose x or y is NaN or +-inf is not drawn: it takes part in no column (the chart's
//    legend counts them instead); with `positiveOnly` (log-y) neither is y <= 0;
//  - the nearest drawable point left of x0 and right of x1 are kept, so the line runs to the
//    edges of the plot instead of stopping at the first point inside it;
//  - columns = 0 or an empty range gives an empty result.
class M4Aggregator {
public:
    static QList<QPointF> aggregate(const XValues& x, const double* y, qint64 n, double x0, double x1,
                                    int columns, bool positiveOnly = false,
                                    const MinMaxPyramid* extremes = nullptr);
    static QList<QPointF> aggregate(const double* x, const double* y, qint64 n, double x0, double x1,
                                    int columns, bool positiveOnly = false) {
        return aggregate(XValues{x}, y, n, x0, x1, columns, positiveOnly);
    }
};

} // namespace trainyard::metrics
