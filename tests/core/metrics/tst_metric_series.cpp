#include "core/metrics/MetricCsv.h"
#include "core/metrics/MetricSeries.h"

#include <QFile>
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
        QCOMPARE(s.steps(), (std::vector<double>{0, 3, 5}));
        QCOMPARE(s.values(), (std::vector<double>{1, 3, 2}));
        QCOMPARE(s.xs(XAxisMode::RelativeTime), (std::vector<double>{0, 6, 5}));
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
        QCOMPARE(lines[1], QByteArray("\"run,1\",loss,0,1700000000.000000,0"));
        QCOMPARE(lines[8], QByteArray("\"run,1\",loss,7,1700000007.000000,nan"));
        const Status bad = writeMetricsCsv(QStringLiteral("/nonexistent/dir/m.csv"), {});
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QLatin1String("/nonexistent/dir/m.csv")));
    }
};

QTEST_GUILESS_MAIN(TestMetricSeries)
#include "tst_metric_series.moc"
