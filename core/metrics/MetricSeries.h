#pragma once

#include <QString>

#include <vector>

namespace trainyard::metrics {

enum class XAxisMode { Step, RelativeTime, WallTime };

// One metric of one run, every point kept, in columns (24 bytes a point plus the smoothed value).
// Points are kept sorted by step (a script that goes back in steps gets its points inserted, not
// appended). The smoothed values (debiased EMA, as TensorBoard) follow appends incrementally.
class MetricSeries {
public:
    void append(double step, double time, double value);
    void clear();

    qint64 size() const { return qint64(m_step.size()); }
    const std::vector<double>& steps() const { return m_step; }
    const std::vector<double>& times() const { return m_time; }
    const std::vector<double>& values() const { return m_value; }
    // x values for `mode`. Time modes assume time grows with step, as it does for one writer;
    // M4 then still draws every point, only their order in a column may differ.
    const std::vector<double>& xs(XAxisMode mode) const;
    double firstTime() const { return m_firstTime; }

    // Debiased EMA with weight in [0, 1); 0 returns the values themselves. Non-finite values
    // are passed through and do not disturb the average.
    const std::vector<double>& smoothed(double weight) const;

    // Over finite values only; NaN when there is none.
    double last() const;
    double min() const;
    double max() const;
    qint64 nonFiniteCount() const { return m_nonFinite; }

private:
    std::vector<double> m_step, m_time, m_value;
    double m_firstTime = 0;
    double m_min, m_max;
    bool m_hasFinite = false;
    qint64 m_nonFinite = 0;
    qint64 m_lastFinite = -1;
    // caches
    mutable std::vector<double> m_relative;
    mutable qint64 m_relativeValid = 0;
    mutable std::vector<double> m_smoothed;
    mutable double m_smoothWeight = -1;
    mutable double m_emaLast = 0, m_emaDebias = 0;
};

} // namespace trainyard::metrics
