#include "core/metrics/MetricsJsonlParser.h"
#include "core/monitoring/SystemMetrics.h"
#include "core/monitoring/SystemSampler.h"
#include "core/platform/Process.h"
#include "core/platform/ResourceUsage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace trainyard;
using namespace trainyard::monitoring;

namespace {
MetricPoint sys(const QString& measure, const QString& node, int rank, double value, double time) {
    MetricPoint p;
    p.name = systemMetricName(measure, node, rank);
    p.value = value;
    p.time = time;
    p.rank = rank;
    p.kind = QStringLiteral("scalar");
    return p;
}
} // namespace

class TestSystemMetrics : public QObject {
    Q_OBJECT
private slots:
    void namesRoundTrip() {
        QCOMPARE(systemMetricName(QStringLiteral("cpu_percent"), QStringLiteral("cpu-n0"), 3),
                 QStringLiteral("sys/cpu_percent/cpu-n0/3"));
        const auto n = parseSystemMetricName(QStringLiteral("sys/gpu1_util_percent/gpu-n2/7"));
        QVERIFY(n);
        QCOMPARE(n->measure, QStringLiteral("gpu1_util_percent"));
        QCOMPARE(n->node, QStringLiteral("gpu-n2"));
        QCOMPARE(n->rank, 7);
        QVERIFY(!parseSystemMetricName(QStringLiteral("loss")));
        QVERIFY(!parseSystemMetricName(QStringLiteral("sys/cpu_percent")));
        QVERIFY(!parseSystemMetricName(QStringLiteral("sys/cpu_percent/n/x")));
    }

    void latestPerNodeAndEfficiency() {
        const QList<MetricPoint> points = {
            sys(QStringLiteral("cores_requested"), QStringLiteral("a"), 0, 2, 0),
            sys(QStringLiteral("cores_requested"), QStringLiteral("a"), 1, 2, 0),
            sys(QStringLiteral("cores_requested"), QStringLiteral("b"), 2, 4, 0),
            sys(QStringLiteral("cpu_percent"), QStringLiteral("a"), 0, 100, 1),
            sys(QStringLiteral("cpu_percent"), QStringLiteral("a"), 0, 200, 2),
            sys(QStringLiteral("cpu_percent"), QStringLiteral("a"), 1, 50, 2),
            sys(QStringLiteral("cpu_percent"), QStringLiteral("b"), 2, 400, 2),
            sys(QStringLiteral("rss_mb"), QStringLiteral("b"), 2, 900, 1),
            sys(QStringLiteral("rss_mb"), QStringLiteral("b"), 2, 300, 2),
            sys(QStringLiteral("gpu0_util_percent"), QStringLiteral("b"), 2, 80, 2),
            sys(QStringLiteral("gpu0_util_percent"), QStringLiteral("b"), 2, 40, 3),
        };
        const NodeUse use = latestUsePerNode(points);
        QCOMPARE(use.size(), 2);
        QCOMPARE(use[QStringLiteral("a")][QStringLiteral("cpu_percent")], 250.0); // ranks 0 and 1 summed
        QCOMPARE(use[QStringLiteral("b")][QStringLiteral("rss_mb")], 300.0);      // the latest
        QCOMPARE(use[QStringLiteral("b")][QStringLiteral("gpu0_util_percent")], 40.0);
        const auto e = runEfficiency(points);
        QVERIFY(e);
        QCOMPARE(e->coresRequested, 8.0);
        QCOMPARE(e->coresUsed, 1.5 + 0.5 + 4.0);
        QCOMPARE(e->cpuEfficiency, 6.0 / 8.0);
        QCOMPARE(e->peakRssMb, 900.0);
        QCOMPARE(*e->gpuBusyPercent, 60.0);
        QVERIFY(!runEfficiency({}));
    }

    void intervalSettings() {
        QCOMPARE(SystemSampler::intervalMs({}).value(), 5000);
        QCOMPARE(SystemSampler::intervalMs({{kIntervalVariable, QStringLiteral("0.5")}}).value(), 500);
        QVERIFY(!SystemSampler::intervalMs({{kIntervalVariable, QStringLiteral("0")}}));
        QVERIFY(checkSamplingInterval(QStringLiteral("2.5")));
        QVERIFY(!checkSamplingInterval(QStringLiteral("-1")));
        QVERIFY(!checkSamplingInterval(QStringLiteral("often")));
        QMap<QString, QString> env;
        applyWorkspaceSamplingInterval(env, {{QStringLiteral("system_metrics_interval_seconds"), 2}});
        QCOMPARE(env.value(kIntervalVariable), QStringLiteral("2"));
        env.insert(kIntervalVariable, QStringLiteral("0"));
        applyWorkspaceSamplingInterval(env, {{QStringLiteral("system_metrics_interval_seconds"), 2}});
        QCOMPARE(env.value(kIntervalVariable), QStringLiteral("0")); // the run's own setting wins
        QCOMPARE(SystemSampler::coresPerRank({{QStringLiteral("SLURM_CPUS_PER_TASK"), QStringLiteral("6")}}),
                 6.0);
    }

    // This test's own process, sampled as a runner samples its rank (Linux only: /proc).
    void samplesAProcessIntoTheMetricsFile() {
#ifndef Q_OS_LINUX
        QSKIP("process sampling reads /proc");
#endif
        const auto usage = platform::sampleTreeUsage(platform::currentProcessId());
        QVERIFY(usage);
        QVERIFY(usage->rssBytes > 1 << 20);
        QVERIFY(usage->processes >= 1);
        QTemporaryDir dir;
        SystemSampler::Target target;
        target.pid = platform::currentProcessId();
        target.node = QStringLiteral("here");
        target.rank = 2;
        target.metricsFile = dir.filePath(QStringLiteral("metrics.jsonl"));
        target.intervalMs = 100;
        SystemSampler sampler(target);
        sampler.start();
        volatile double x = 0;
        QElapsedTimer busy;
        busy.start();
        while (busy.elapsed() < 400) { // CPU to measure, with the event loop running for the timer
            for (int i = 0; i < 100000; ++i)
                x = x + i;
            QCoreApplication::processEvents();
        }
        sampler.stop();
        QFile f(target.metricsFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        MetricsJsonlParser parser;
        const QList<MetricPoint> points = parser.feed(f.readAll());
        QVERIFY(parser.takeWarnings().isEmpty());
        QStringList measures;
        for (const MetricPoint& p : points) {
            QCOMPARE(p.rank, 2);
            measures << parseSystemMetricName(p.name)->measure;
        }
        for (const char* m :
             {"cores_requested", "cpu_percent", "rss_mb", "read_mb_s", "write_mb_s", "processes"})
            QVERIFY2(measures.contains(QString::fromLatin1(m)), m);
        QVERIFY(runEfficiency(points)->coresUsed > 0);
    }
};

QTEST_GUILESS_MAIN(TestSystemMetrics)
#include "tst_system_metrics.moc"
