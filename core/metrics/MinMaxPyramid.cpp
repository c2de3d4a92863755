#include "core/metrics/MinMaxPyramid.h"

#include <cmath>

namespace trainyard::metrics {

void MinMaxPyramid::clear() {
    m_levels.clear();
    m_size = 0;
}

qint64 MinMaxPyramid::memoryBytes() const {
    qint64 bytes = 0;
    for (const auto& level : m_levels)
        bytes += qint64(level.capacity() * sizeof(Extremes));
    return bytes;
}

void MinMaxPyramid::merge(const double* v, Extremes& into, const Extremes& part) const {
    // Parts arrive in any order: on equal values the earlier index wins, as in a left-to-right scan.
    const auto better = [&](qint64 candidate, qint64 current, bool smaller) {
        if (candidate < 0)
            return false;
        if (current < 0)
            return true;
        const double a = v[candidate], b = v[current];
        if (a == b)
            return candidate < current;
        return smaller ? a < b : a > b;
    };
    if (better(part.min, into.min, true))
        into.min = part.min;
    if (better(part.max, into.max, false))
        into.max = part.max;
    if (better(part.minPositive, into.minPositive, true))
        into.minPositive = part.minPositive;
}

void MinMaxPyramid::scan(const double* v, qint64 from, qint64 to, Extremes& into) const {
    for (qint64 i = from; i < to; ++i) {
        const double y = v[i];
        if (!std::isfinite(y))
            continue;
        if (into.min < 0 || y < v[into.min])
            into.min = i;
        if (into.max < 0 || y > v[into.max])
            into.max = i;
        if (y > 0 && (into.minPositive < 0 || y < v[into.minPositive]))
            into.minPositive = i;
    }
}

void MinMaxPyramid::extend(const double* values, qint64 n) {
    if (n < m_size) { // the array shrank: it is another array now
        clear();
    }
    m_size = n;
    if (m_levels.empty())
        m_levels.emplace_back();
    auto& blocks = m_levels[0];
    for (qint64 b = qint64(blocks.size()); (b + 1) * kBlock <= n; ++b) {
        Extremes e;
        scan(values, b * kBlock, (b + 1) * kBlock, e);
        blocks.push_back(e);
    }
    for (size_t level = 1; m_levels[level - 1].size() >= 2; ++level) {
        if (m_levels.size() <= level)
            m_levels.emplace_back();
        const auto& below = m_levels[level - 1];
        auto& here = m_levels[level];
        for (size_t j = here.size(); 2 * j + 1 < below.size(); ++j) {
            Extremes e = below[2 * j];
            merge(values, e, below[2 * j + 1]);
            here.push_back(e);
        }
    }
}

MinMaxPyramid::Extremes MinMaxPyramid::extremes(const double* v, qint64 from, qint64 to) const {
    Extremes out;
    if (from >= to)
        return out;
    qint64 firstBlock = (from + kBlock - 1) / kBlock;
    qint64 endBlock = to / kBlock;
    const qint64 complete = m_levels.empty() ? 0 : qint64(m_levels[0].size());
    endBlock = std::min(endBlock, complete);
    if (firstBlock >= endBlock) { // inside one or two blocks: scanning is as quick
        scan(v, from, to, out);
        return out;
    }
    scan(v, from, firstBlock * kBlock, out);
    scan(v, endBlock * kBlock, to, out);
    // Whole blocks [firstBlock, endBlock): climb, taking a node whenever a bound is not aligned.
    for (size_t level = 0; firstBlock < endBlock && level < m_levels.size(); ++level) {
        const auto& nodes = m_levels[level];
        if (firstBlock & 1)
            merge(v, out, nodes[size_t(firstBlock++)]);
        if (endBlock & 1)
            merge(v, out, nodes[size_t(--endBlock)]);
        firstBlock /= 2;
        endBlock /= 2;
        // A level above may not have its last node yet (odd count below): finish on this level.
        if (level + 1 < m_levels.size() && endBlock > qint64(m_levels[level + 1].size())) {
            for (qint64 j = firstBlock * 2; j < endBlock * 2; ++j)
                merge(v, out, nodes[size_t(j)]);
            return out;
        }
        if (level + 1 == m_levels.size()) {
            for (qint64 j = firstBlock * 2; j < endBlock * 2; ++j)
                merge(v, out, nodes[size_t(j)]);
            return out;
        }
    }
    return out;
}

} // namespace trainyard::metrics
