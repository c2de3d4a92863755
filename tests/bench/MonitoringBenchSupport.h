#pragma once

// Shared by the monitoring benchmarks (logs, charts, metrics, memory): the inputs they measure.
#include <QApplication>
#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QTest>

#include <cmath>
#include <vector>

namespace bench::monitoring {

constexpr int kLogLines = 1000000;
constexpr int kNeedles = 100;
inline const QByteArray kNeedle = "NEEDLE-7f3a";

// Line i of the benchmark log: about 80 characters, like a training script's progress output.
// Every (lines / 100)-th line carries kNeedle, so a search finds exactly 100.
inline QByteArray logLine(int i, int lines = kLogLines) {
    QByteArray line = "2026-12-01 12:00:00.000 INFO train step=";
    line += QByteArray::number(i);
    line += " loss=";
    line += QByteArray::number(1.0 / (1 + i % 977), 'f', 6);
    line += " lr=0.000300 ";
    line += (i % (lines / kNeedles) == lines / kNeedles / 2) ? kNeedle : QByteArray("samples/s=1234.5");
    while (line.size() < 79)
        line += '.';
    line += '\n';
    return line;
}

inline QByteArray logBlock(int first, int count, int lines = kLogLines) {
    QByteArray out;
    out.reserve(count * 80);
    for (int i = first; i < first + count; ++i)
        out += logLine(i, lines);
    return out;
}

inline bool writeLogFile(const QString& path, int lines = kLogLines) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    for (int at = 0; at < lines; at += 10000)
        f.write(logBlock(at, qMin(10000, lines - at), lines));
    return true;
}

// A noisy training curve with spikes: what the chart benchmarks draw.
inline void metricSeries(int n, std::vector<double>& steps, std::vector<double>& values) {
    steps.resize(size_t(n));
    values.resize(size_t(n));
    for (int i = 0; i < n; ++i) {
        steps[size_t(i)] = i;
        values[size_t(i)] =
            2.0 * std::exp(-i / double(n / 4 + 1)) + 0.05 * std::sin(i * 0.7) + (i % 99991 == 0 ? 3.0 : 0.0);
    }
}

// Spins the event loop until `done` or `ms` pass; true when done.
template <typename F> bool spinUntil(F done, int ms = 60000) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

inline double peakRssMb() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

} // namespace bench::monitoring
