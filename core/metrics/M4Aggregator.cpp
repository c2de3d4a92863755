#include "core/metrics/M4Aggregator.h"

#include <algorithm>
#include <cmath>

namespace trainyard::metrics {

QList<QPointF> M4Aggregator::aggregate(const double* x, const double* y, qint64 n, double x0, double x1,
                                       int columns, bool positiveOnly) {
    QList<QPointF> out;
    if (n <= 0 || columns <= 0 || !(x1 > x0) || !std::isfinite(x0) || !std::isfinite(x1))
        return out;
    const auto drawable = [&](qint64 i) {
        return std::isfinite(x[i]) && std::isfinite(y[i]) && (!positiveOnly || y[i] > 0);
    };
    const qint64 lo = std::lower_bound(x, x + n, x0) - x;
    const qint64 hi = std::upper_bound(x, x + n, x1) - x; // exclusive
    out.reserve(qsizetype(qMin<qint64>(hi - lo, qint64(columns) * 4)) + 2);

    for (qint64 i = lo - 1; i >= 0; --i) // the point the line comes from
        if (drawable(i)) {
            out.append({x[i], y[i]});
            break;
        }

    const double scale = double(columns) / (x1 - x0);
    int column = -1;
    qint64 first = -1, last = -1, minI = -1, maxI = -1;
    const auto flush = [&] {
        if (first < 0)
            return;
        qint64 idx[4] = {first, minI, maxI, last};
        std::sort(idx, idx + 4);
        for (int k = 0; k < 4; ++k)
            if (k == 0 || idx[k] != idx[k - 1])
                out.append({x[idx[k]], y[idx[k]]});
    };
    for (qint64 i = lo; i < hi; ++i) {
        if (!drawable(i))
            continue;
        const int c = std::min(columns - 1, int((x[i] - x0) * scale));
        if (c != column) {
            flush();
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
    flush();

    for (qint64 i = hi; i < n; ++i) // the point the line goes to
        if (drawable(i)) {
            out.append({x[i], y[i]});
            break;
        }
    return out;
}

} // namespace trainyard::metrics
