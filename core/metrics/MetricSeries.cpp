#include "core/metrics/MetricSeries.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace trainyard::metrics {

void MetricSeries::append(double step, double time, double value) {
    if (m_step.empty())
        m_firstTime = time;
    const bool finite = std::isfinite(value);
    if (!finite)
        ++m_nonFinite;
    else if (!m_hasFinite) {
        m_min = m_max = value;
        m_hasFinite = true;
    } else {
        m_min = std::min(m_min, value);
        m_max = std::max(m_max, value);
    }
    if (m_step.empty() || step >= m_step.back()) {
        m_step.push_back(step);
        m_time.push_back(time);
        m_value.push_back(value);
        if (finite)
            m_lastFinite = qint64(m_step.size()) - 1;
        return;
    }
    // Out of order (a resumed run logging old steps again): insert, and drop the caches.
    const auto at = std::upper_bound(m_step.begin(), m_step.end(), step) - m_step.begin();
    m_step.insert(m_step.begin() + at, step);
    m_time.insert(m_time.begin() + at, time);
    m_value.insert(m_value.begin() + at, value);
    if (finite && m_lastFinite < at)
        m_lastFinite = at;
    else if (m_lastFinite >= at)
        ++m_lastFinite;
    m_relativeValid = 0;
    m_smoothWeight = -1;
}

void MetricSeries::clear() {
    *this = MetricSeries();
}

const std::vector<double>& MetricSeries::xs(XAxisMode mode) const {
    if (mode == XAxisMode::Step)
        return m_step;
    if (mode == XAxisMode::WallTime)
        return m_time;
    if (m_relativeValid > qint64(m_relative.size()) || m_relativeValid > size())
        m_relativeValid = 0;
    m_relative.resize(m_time.size());
    for (size_t i = size_t(m_relativeValid); i < m_time.size(); ++i)
        m_relative[i] = m_time[i] - m_firstTime;
    m_relativeValid = size();
    return m_relative;
}

const std::vector<double>& MetricSeries::smoothed(double weight) const {
    if (weight <= 0)
        return m_value;
    if (weight != m_smoothWeight) {
        m_smoothed.clear();
        m_emaLast = 0;
        m_emaDebias = 0;
        m_smoothWeight = weight;
    }
    // TensorBoard's debiased EMA: starting at 0 would pull the first values down, dividing by
    // the accumulated weight removes that bias.
    for (size_t i = m_smoothed.size(); i < m_value.size(); ++i) {
        const double v = m_value[i];
        if (!std::isfinite(v)) {
            m_smoothed.push_back(v);
            continue;
        }
        m_emaLast = m_emaLast * weight + (1 - weight) * v;
        m_emaDebias = m_emaDebias * weight + (1 - weight);
        m_smoothed.push_back(m_emaLast / m_emaDebias);
    }
    return m_smoothed;
}

double MetricSeries::last() const {
    return m_lastFinite >= 0 ? m_value[size_t(m_lastFinite)] : std::numeric_limits<double>::quiet_NaN();
}

double MetricSeries::min() const {
    return m_hasFinite ? m_min : std::numeric_limits<double>::quiet_NaN();
}

double MetricSeries::max() const {
    return m_hasFinite ? m_max : std::numeric_limits<double>::quiet_NaN();
}

} // namespace trainyard::metrics
