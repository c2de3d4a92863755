#include "core/metrics/MetricCsv.h"
#include "core/metrics/MetricSeries.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace trainyard;
using namespace trainyard::metrics;

class TestMetricSeries : public QObject {
    Q_OBJECT
private slots:
    void debiasedEmaMatchesTheFormula() {
        MetricSeries s;
        const double values[] = {1, 2, std::numeric_limits<double>::quiet_NaN(), 4, 8};
        for (int i = 0; i < 5; ++i)
            s.append(i, 100 + i, values[i]);
        const double w = 0.6;
        // By hand: the first smoothed value is the first value (debiased), NaN passes through.
        const auto& sm = s.smoothed(w);
        QCOMPARE(sm.size(), size_t(5));
        QCOMPARE(sm[0], 1.0);
        const double l1 = 0.4 * 1 * 0.6 + 0.4 * 2, d1 = 0.4 * 0.6 + 0.4;
        QVERIFY(std::abs(sm[1] - l1 / d1) < 1e-12);
        QVERIFY(std::isnan(sm[2]));
        const double l3 = l1 * 0.6 + 0.4 * 4, d3 = d1 * 0.6 + 0.4;
        QVERIFY(std::abs(sm[3] - l3 / d3) < 1e-12);
        // Incremental after an append equals a fresh computation.
        s.append(5, 105, 3);
        MetricSeries again;
        for (int i = 0; i < 5; ++i)
            again.append(i, 100 + i, values[i]);
        again.append(5, 105, 3);
        QCOMPARE(again.smoothed(w).back(), s.smoothed(w).back());
        QCOMPARE(s.smoothed(0).back(), 3.0); // 0 = off
    }

    void legendFiguresIgnoreNonFinite() {
        MetricSeries s;
        s.append(0, 0, 5);
        s.append(1, 1, std::numeric_limits<double>::infinity());
        s.append(2, 2, -1);
        s.append(3, 3, std::numeric_limits<double>::quiet_NaN());
        QCOMPARE(s.min(), -1.0);
        QCOMPARE(s.max(), 5.0);
        QCOMPARE(s.last(), -1.0);
        QCOMPARE(s.nonFiniteCount(), 2);
    }

    void outOfOrderStepsAreInserted() {
        MetricSeries s;
        s.append(0, 10, 1);
        s.append(5, 15, 2);
        s.append(3, 16, 3);
        QCOMPARE(s.values(), (std::vector<double>{1, 3, 2}));
        const XValues steps = s.xs(XAxisMode::Step), relative = s.xs(XAxisMode::RelativeTime);
        QCOMPARE((std::vector<double>{steps[0], steps[1], steps[2]}), (std::vector<double>{0, 3, 5}));
        QCOMPARE((std::vector<double>{relative[0], relative[1], relative[2]}),
                 (std::vector<double>{0, 6, 5}));
    }

    // Steps that count up by one cost nothing; times are kept to the millisecond, as doubles once
    // a run outgrows 24 days; every mode reads back what went in.
    void compactStorageReadsBack() {
        MetricSeries s;
        for (int i = 0; i < 1000; ++i)
            s.append(10 + i, 1700000000.25 + i * 0.5, i);
        QCOMPARE(s.memoryBytes() < 1000 * 13 + 4096, true);
        QCOMPARE(s.step(999), 1009.0);
        QCOMPARE(s.time(3), 1700000001.75);
        QCOMPARE(s.xs(XAxisMode::WallTime)[3], 1700000001.75);
        QCOMPARE(s.xs(XAxisMode::RelativeTime)[3], 1.5);
        s.append(2000, 1700000000.25 + 30 * 86400.0, 5); // a gap in steps, and 30 days later
        QCOMPARE(s.step(999), 1009.0);
        QCOMPARE(s.step(1000), 2000.0);
        QCOMPARE(s.xs(XAxisMode::Step)[1000], 2000.0);
        QCOMPARE(s.time(1000), 1700000000.25 + 30 * 86400.0);
        QCOMPARE(s.time(3), 1700000001.75);
        QCOMPARE(s.xs(XAxisMode::RelativeTime)[1000], 30 * 86400.0);
    }

    void nearestPoint_data() {
        QTest::addColumn<double>("x");
        QTest::addColumn<qint64>("index");
        QTest::newRow("before all") << -5.0 << qint64(0);
        QTest::newRow("exact") << 4.0 << qint64(2);
        QTest::newRow("nearer left") << 4.9 << qint64(2);
        QTest::newRow("nearer right") << 5.1 << qint64(3);
        QTest::newRow("after all") << 100.0 << qint64(4);
    }
    void nearestPoint() {
        QFETCH(double, x);
        QFETCH(qint64, index);
        MetricSeries s;
        for (double step : {0.0, 2.0, 4.0, 6.0, 8.0})
            s.append(step, 1700000000 + step, step * 10);
        QCOMPARE(s.nearest(XAxisMode::Step, x), index);
        QCOMPARE(MetricSeries().nearest(XAxisMode::Step, x), qint64(-1));
    }

    void pyramidMatchesAScan() {
        MetricSeries s;
        QRandomGenerator rng(7);
        for (int i = 0; i < 20000; ++i) {
            const int k = int(rng.bounded(50));
            s.append(i, 1700000000 + i,
                     k == 0   ? std::numeric_limits<double>::quiet_NaN()
                     : k == 1 ? -0.0
                              : rng.bounded(100.0) - 20);
            if (i % 997 != 0)
                continue;
            const MinMaxPyramid& p = s.extremes();
            const double* v = s.values().data();
            for (int q = 0; q < 30; ++q) {
                const qint64 a = rng.bounded(i + 1), b = a + rng.bounded(i + 1 - int(a) + 1);
                MinMaxPyramid::Extremes want;
                for (qint64 j = a; j < b; ++j) {
                    if (!std::isfinite(v[j]))
                        continue;
                    if (want.min < 0 || v[j] < v[want.min])
                        want.min = j;
                    if (want.max < 0 || v[j] > v[want.max])
                        want.max = j;
                    if (v[j] > 0 && (want.minPositive < 0 || v[j] < v[want.minPositive]))
                        want.minPositive = j;
                }
                const MinMaxPyramid::Extremes got = p.extremes(v, a, b);
                QCOMPARE(got.min, want.min);
                QCOMPARE(got.max, want.max);
                QCOMPARE(got.minPositive, want.minPositive);
            }
        }
    }

    void csvHasEveryPoint() {
        MetricSeries s;
        for (int i = 0; i < 1000; ++i)
            s.append(i, 1700000000 + i, i == 7 ? std::numeric_limits<double>::quiet_NaN() : i * 0.5);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.csv"));
        QVERIFY(writeMetricsCsv(path, {{QStringLiteral("run,1"), QStringLiteral("loss"), &s}}));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 1002); // header, 1000 points, empty after the last newline
        QCOMPARE(lines[0], QByteArray("run,metric,step,time,value"));
        QCOMPARE(lines[1], QByteArray("\"run,1\",loss,0,2023-11-14T22:13:20.000Z,0"));
        QCOMPARE(lines[8], QByteArray("\"run,1\",loss,7,2023-11-14T22:13:27.000Z,nan"));
        QCOMPARE(isoTime(1700000000.25), QByteArray("2023-11-14T22:13:20.250Z"));
        QCOMPARE(suggestedCsvName(QStringLiteral("mnist_17_1"), QStringLiteral("sys/cpu percent")),
                 QStringLiteral("mnist_17_1-sys_cpu_percent.csv"));
        const Status bad = writeMetricsCsv(QStringLiteral("/nonexistent/dir/m.csv"), {});
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QLatin1String("/nonexistent/dir/m.csv")));
    }
};

QTEST_GUILESS_MAIN(TestMetricSeries)
#include "tst_metric_series.moc"
