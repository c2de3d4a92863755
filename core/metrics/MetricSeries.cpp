#include "core/metrics/MetricSeries.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace trainyard::metrics {

void MetricSeries::storeTime(size_t at, double time, bool insert) {
    if (m_time.empty()) {
        const double ms = std::round((time - m_firstTime) * 1000.0);
        if (std::isfinite(ms) && std::abs(ms) <= double(std::numeric_limits<qint32>::max())) {
            if (insert)
                m_timeMs.insert(m_timeMs.begin() + qsizetype(at), qint32(ms));
            else
                m_timeMs.push_back(qint32(ms));
            return;
        }
        // Beyond ±24 days from the first point (or garbage): doubles from now on.
        m_time.reserve(m_timeMs.capacity());
        for (const qint32 t : m_timeMs)
            m_time.push_back(m_firstTime + t / 1000.0);
        std::vector<qint32>().swap(m_timeMs);
    }
    const double t = std::isfinite(time) ? time : (m_time.empty() ? 0 : m_time.back());
    if (insert)
        m_time.insert(m_time.begin() + qsizetype(at), t);
    else
        m_time.push_back(t);
}

double MetricSeries::time(qint64 i) const {
    return m_time.empty() ? m_firstTime + m_timeMs[size_t(i)] / 1000.0 : m_time[size_t(i)];
}

void MetricSeries::append(double step, double time, double value) {
    if (m_value.empty()) {
        m_firstTime = std::isfinite(time) ? time : 0;
        m_firstStep = step;
    }
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
    const qint64 n = size();
    if (n == 0 || step >= this->step(n - 1)) {
        if (m_step.empty() && step != m_firstStep + double(n)) { // steps stop counting up by one
            m_step.reserve(m_value.capacity());
            for (qint64 i = 0; i < n; ++i)
                m_step.push_back(m_firstStep + double(i));
        }
        if (!m_step.empty())
            m_step.push_back(step);
        storeTime(size_t(n), time, false);
        m_value.push_back(value);
        if (finite)
            m_lastFinite = n;
        return;
    }
    // Out of order (a resumed run logging old steps again): insert, and drop the caches.
    if (m_step.empty())
        for (qint64 i = 0; i < n; ++i)
            m_step.push_back(m_firstStep + double(i));
    const auto at = std::upper_bound(m_step.begin(), m_step.end(), step) - m_step.begin();
    m_step.insert(m_step.begin() + at, step);
    storeTime(size_t(at), time, true);
    m_value.insert(m_value.begin() + at, value);
    if (finite && m_lastFinite < at)
        m_lastFinite = at;
    else if (m_lastFinite >= at)
        ++m_lastFinite;
    dropCaches();
}

void MetricSeries::dropCaches() {
    m_smoothWeight = -1;
    m_smoothed.clear();
    m_valueExtremes.clear();
    m_smoothExtremes.clear();
}

void MetricSeries::clear() {
    *this = MetricSeries();
}

XValues MetricSeries::xs(XAxisMode mode) const {
    XValues x;
    if (mode == XAxisMode::Step) {
        if (!m_step.empty())
            x.doubles = m_step.data();
        else
            x.base = m_firstStep;
        return x;
    }
    const double origin = mode == XAxisMode::WallTime ? 0 : m_firstTime;
    if (!m_time.empty()) {
        x.doubles = m_time.data();
        x.base = -origin;
        return x;
    }
    x.ints = m_timeMs.data();
    x.base = m_firstTime - origin;
    x.scale = 0.001;
    return x;
}

qint64 MetricSeries::nearest(XAxisMode mode, double x) const {
    const qint64 n = size();
    if (n == 0)
        return -1;
    const XValues xs = this->xs(mode);
    qint64 lo = 0, hi = n; // first index with x >= target
    while (lo < hi) {
        const qint64 mid = (lo + hi) / 2;
        if (xs[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == n)
        return n - 1;
    if (lo == 0)
        return 0;
    return x - xs[lo - 1] <= xs[lo] - x ? lo - 1 : lo;
}

const std::vector<double>& MetricSeries::smoothed(double weight) const {
    if (weight <= 0)
        return m_value;
    if (weight != m_smoothWeight) {
        m_smoothed.clear();
        m_smoothExtremes.clear();
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

const MinMaxPyramid& MetricSeries::extremes(double weight) const {
    const std::vector<double>& ys = smoothed(weight);
    MinMaxPyramid& pyramid = weight > 0 ? m_smoothExtremes : m_valueExtremes;
    pyramid.extend(ys.data(), qint64(ys.size()));
    return pyramid;
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

qint64 MetricSeries::memoryBytes() const {
    return qint64(m_value.capacity() * 8 + m_step.capacity() * 8 + m_timeMs.capacity() * 4 +
                  m_time.capacity() * 8 + m_smoothed.capacity() * 8) +
           m_valueExtremes.memoryBytes() + m_smoothExtremes.memoryBytes();
}

} // namespace trainyard::metrics
