#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

// trainyard-bench: every file in tests/bench registers its benchmarks with a static
// BenchRegistration; main.cpp runs them (all, or those whose group matches the arguments) and
// prints one JSON object per result:
//   {"name": ..., "value": ..., "unit": ..., "baseline": ..., "ratio": ...}
// ratio compares with the baseline measured in the same run, oriented so that > 1 is better.
namespace bench {

struct Result {
    QString name;
    double value = 0;
    QString unit;
    std::optional<double> baseline;
    bool higherIsBetter = false; // throughput: true; times: false
    QString note;
};

struct Context {
    bool quick = false; // --quick: smaller inputs, the whole program in under a minute
};

using Benchmark = std::function<QList<Result>(const Context&)>;

struct BenchRegistration {
    BenchRegistration(const QString& group, Benchmark benchmark);
};

double median(QList<double> samples);
double percentile(QList<double> samples, double p); // p in [0, 100]

} // namespace bench
