#pragma once

#include <QtGlobal>

#include <vector>

namespace trainyard::metrics {

// Where the smallest and largest value of any index range lie, in O(log n) instead of a scan:
// the minimum and maximum (and smallest positive, for log-y) of every block of 16 values, then
// of every pair of blocks, and so on. M4 asks it once per pixel column, so a zoom into a series
// of 1e7 points costs O(columns · log n) (docs/architecture.md "Conventions").
//
// It follows a growing array: extend(values, n) adds the blocks that became complete; the
// unfinished last block is scanned. An array whose earlier values change needs clear().
// NaN and ±inf take part in nothing; ties go to the earlier index, as a scan would.
class MinMaxPyramid {
public:
    static constexpr qint64 kBlock = 16;

    struct Extremes {
        qint64 min = -1; // index of the smallest finite value, -1 for none
        qint64 max = -1;
        qint64 minPositive = -1; // of the values > 0
    };

    void clear();
    void extend(const double* values, qint64 n);
    qint64 size() const { return m_size; }
    // Over [from, to) of the values it was extended with (to <= size()).
    Extremes extremes(const double* values, qint64 from, qint64 to) const;
    qint64 memoryBytes() const;

private:
    void merge(const double* values, Extremes& into, const Extremes& part) const;
    void scan(const double* values, qint64 from, qint64 to, Extremes& into) const;

    std::vector<std::vector<Extremes>> m_levels; // level 0: blocks of kBlock values; level k: 2^k blocks
    qint64 m_size = 0;
};

} // namespace trainyard::metrics
