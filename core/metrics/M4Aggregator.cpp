#include "core/metrics/M4Aggregator.h"

#include "core/metrics/MinMaxPyramid.h"

#include <algorithm>
#include <cmath>

namespace trainyard::metrics {

namespace {

// The first index in [lo, hi) for which `before(i)` is false (`before` is true, then false).
template <typename F> qint64 partitionPoint(qint64 lo, qint64 hi, F before) {
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (before(mid))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

} // namespace

QList<QPointF> M4Aggregator::aggregate(const XValues& x, const double* y, qint64 n, double x0, double x1,
                                       int columns, bool positiveOnly, const MinMaxPyramid* extremes) {
    QList<QPointF> out;
    if (n <= 0 || columns <= 0 || !(x1 > x0) || !std::isfinite(x0) || !std::isfinite(x1))
        return out;
    const auto drawable = [&](qint64 i) {
        return std::isfinite(x[i]) && std::isfinite(y[i]) && (!positiveOnly || y[i] > 0);
    };
    const qint64 lo = partitionPoint(0, n, [&](qint64 i) { return x[i] < x0; });
    const qint64 hi = partitionPoint(lo, n, [&](qint64 i) { return x[i] <= x1; }); // exclusive
    out.reserve(qsizetype(qMin<qint64>(hi - lo, qint64(columns) * 4)) + 2);

    for (qint64 i = lo - 1; i >= 0; --i) // the point the line comes from
        if (drawable(i)) {
            out.append({x[i], y[i]});
            break;
        }

    const double scale = double(columns) / (x1 - x0);
    const auto columnOf = [&](qint64 i) { return std::min(columns - 1, int((x[i] - x0) * scale)); };
    const auto flush = [&](qint64 first, qint64 minI, qint64 maxI, qint64 last) {
        if (first < 0)
            return;
        qint64 idx[4] = {first, minI, maxI, last};
        std::sort(idx, idx + 4);
        for (int k = 0; k < 4; ++k)
            if (k == 0 || idx[k] != idx[k - 1])
                out.append({x[idx[k]], y[idx[k]]});
    };

    if (extremes && extremes->size() >= hi && hi - lo > qint64(columns) * 4 * MinMaxPyramid::kBlock) {
        // Many points a column: find each column's bounds by binary search and its extremes in
        // the pyramid, instead of visiting every point.
        for (qint64 i = lo; i < hi;) {
            const int c = columnOf(i);
            const qint64 end = partitionPoint(i + 1, hi, [&](qint64 k) { return columnOf(k) <= c; });
            qint64 first = i, last = end - 1;
            while (first < end && !drawable(first))
                ++first;
            if (first < end) {
                while (!drawable(last))
                    --last;
                const MinMaxPyramid::Extremes e = extremes->extremes(y, first, last + 1);
                flush(first, positiveOnly ? e.minPositive : e.min, e.max, last);
            }
            i = end;
        }
    } else {
        int column = -1;
        qint64 first = -1, last = -1, minI = -1, maxI = -1;
        for (qint64 i = lo; i < hi; ++i) {
            if (!drawable(i))
                continue;
            const int c = columnOf(i);
            if (c != column) {
                flush(first, minI, maxI, last);
                column = c;
                first = last = minI = maxI = i;
                continue;
            }
            last = i;
            if (y[i] < y[minI])
                minI = i;
            if (y[i] > y[maxI])
                maxI = i;
        }
        flush(first, minI, maxI, last);
    }

    for (qint64 i = hi; i < n; ++i) // the point the line goes to
        if (drawable(i)) {
            out.append({x[i], y[i]});
            break;
        }
    return out;
}

} // namespace trainyard::metrics
