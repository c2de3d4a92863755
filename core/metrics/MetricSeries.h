#pragma once

#include "core/metrics/MinMaxPyramid.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace trainyard::metrics {

enum class XAxisMode { Step, RelativeTime, WallTime };

// The x values of a series in one axis mode, without copying them: `base + stored double`, or
// `base + scale * stored int32` (times kept as milliseconds), or `base + scale * i` (steps 0, 1,
// 2, … kept as nothing at all).
struct XValues {
    const double* doubles = nullptr;
    const qint32* ints = nullptr;
    double base = 0;
    double scale = 1;
    double operator[](qint64 i) const {
        return doubles ? base + doubles[i] : ints ? base + scale * double(ints[i]) : base + scale * double(i);
    }
};

// One metric of one run, every point kept, in columns of 12 bytes a point when the steps count
// up by one (8 for the value, 4 for the time in milliseconds since the first point; steps are
// implicit), 20 otherwise; runs longer than 24 days keep times as doubles. Points are kept
// sorted by step (a script that goes back in steps gets its points inserted, not appended).
// The smoothed values (debiased EMA, as TensorBoard) and the min/max pyramids that make a zoom
// O(pixels · log n) follow appends incrementally.
class MetricSeries {
public:
    void append(double step, double time, double value);
    void clear();

    qint64 size() const { return qint64(m_value.size()); }
    double step(qint64 i) const { return m_step.empty() ? m_firstStep + double(i) : m_step[size_t(i)]; }
    double time(qint64 i) const; // seconds since the epoch, to the millisecond
    const std::vector<double>& values() const { return m_value; }
    // x values for `mode`. Time modes assume time grows with step, as it does for one writer;
    // M4 then still draws every point, only their order in a column may differ.
    XValues xs(XAxisMode mode) const;
    double firstTime() const { return m_firstTime; }
    // The index of the point whose x (in `mode`) is nearest to `x`; -1 when empty.
    qint64 nearest(XAxisMode mode, double x) const;

    // Debiased EMA with weight in [0, 1); 0 returns the values themselves. Non-finite values
    // are passed through and do not disturb the average.
    const std::vector<double>& smoothed(double weight) const;
    // The pyramid over values() (or smoothed(weight) for weight > 0), brought up to date.
    const MinMaxPyramid& extremes(double weight = 0) const;

    // Over finite values only; NaN when there is none.
    double last() const;
    double min() const;
    double max() const;
    qint64 nonFiniteCount() const { return m_nonFinite; }
    qint64 memoryBytes() const;

private:
    void storeTime(size_t at, double time, bool insert);
    void dropCaches();

    std::vector<double> m_value;
    std::vector<double> m_step;   // empty while every step is m_firstStep + index
    std::vector<qint32> m_timeMs; // milliseconds since m_firstTime, while they fit
    std::vector<double> m_time;   // seconds since the epoch, once they did not
    double m_firstStep = 0;
    double m_firstTime = 0;
    double m_min, m_max;
    bool m_hasFinite = false;
    qint64 m_nonFinite = 0;
    qint64 m_lastFinite = -1;
    // caches
    mutable std::vector<double> m_smoothed;
    mutable double m_smoothWeight = -1;
    mutable double m_emaLast = 0, m_emaDebias = 0;
    mutable MinMaxPyramid m_valueExtremes, m_smoothExtremes;
};

} // namespace trainyard::metrics
