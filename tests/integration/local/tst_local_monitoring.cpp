// Monitoring on the local engine end to end: sys/ metrics sampled by each rank's `yard runner`,
// and alert rules watched by AlertMonitor over a real run, recorded in its events and shown by
// `yard run show`.
#include "core/alerts/AlertMonitor.h"
#include "core/alerts/AlertRuleStore.h"
#include "core/alerts/RunEvents.h"
#include "core/engine/Engine.h"
#include "core/engine/MetricStream.h"
#include "core/monitoring/SystemMetrics.h"

#include "tests/support/TestWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>

using namespace trainyard;
using namespace trainyard::alerts;

namespace {

QList<MetricPoint> allPoints(Engine* engine, const QString& runId) {
    QObject owner;
    QList<MetricPoint> points;
    MetricStream* stream = engine->openMetrics(runId, &owner);
    QObject::connect(stream, &MetricStream::pointsAppended, &owner,
                     [&](const QList<MetricPoint>& batch) { points += batch; });
    QSignalSpy done(stream, &MetricStream::finished);
    stream->start();
    done.wait(20000);
    return points;
}

} // namespace

class TestLocalMonitoring : public QObject {
    Q_OBJECT
private slots:
    void twoNodeRunHasSystemMetricsPerNode() {
        test::TestWorkspace ws;
        QVERIFY(ws.createCluster(QStringLiteral("cpu"), 0, 2));
        RunConfig c = ws.scriptRun(QStringLiteral("cpu"), QStringLiteral("busy.py"),
                                   "import time\n"
                                   "from trainyard import run\n"
                                   "t = time.time()\n"
                                   "i = 0\n"
                                   "while time.time() - t < 2:\n"
                                   "    i += 1\n"
                                   "    if i % 100000 == 0: run.log('loss', 1.0 / i)\n");
        c.nodeCount = 2;
        c.environmentVariables.insert(monitoring::kIntervalVariable, QStringLiteral("0.3"));
        const auto run = await(ws.engine()->submitRun(c));
        QVERIFY(run);
        const auto done = ws.waitForEnd(run->id);
        QVERIFY(done);
        QCOMPARE(toString(done->status), toString(RunStatus::Completed));

        const QList<MetricPoint> points = allPoints(ws.engine(), run->id);
        QSet<QString> cpuNodes;
        bool loss = false;
        for (const MetricPoint& p : points) {
            loss = loss || p.name == QLatin1String("loss");
            const auto name = monitoring::parseSystemMetricName(p.name);
            if (name && name->measure == QLatin1String("cpu_percent")) {
                cpuNodes << name->node;
                QCOMPARE(p.rank, name->rank);
            }
        }
        QVERIFY(loss); // beside the script's own metrics
        QCOMPARE(cpuNodes, (QSet<QString>(done->nodes.cbegin(), done->nodes.cend())));
        const monitoring::NodeUse use = monitoring::latestUsePerNode(points);
        QCOMPARE(use.size(), 2);
        for (const auto& node : use)
            QVERIFY(node.contains(QStringLiteral("rss_mb")) && node.contains(QStringLiteral("cpu_percent")));
        const auto efficiency = monitoring::runEfficiency(points);
        QVERIFY(efficiency);
        QVERIFY(efficiency->coresRequested >= 2);
        QVERIFY(efficiency->coresUsed > 0.05); // two busy loops, on a machine shared with others
        QVERIFY(efficiency->peakRssMb > 1);

        // `yard run show --json` carries the efficiency; the sampling can be turned off.
        QProcess yard;
        yard.start(qEnvironmentVariable("TRAINYARD_YARD"),
                   {QStringLiteral("run"), QStringLiteral("show"), run->id, QStringLiteral("--json"),
                    QStringLiteral("--workspace"), ws.folder()});
        QVERIFY(yard.waitForFinished(30000));
        const QJsonObject shown = QJsonDocument::fromJson(yard.readAllStandardOutput()).object();
        QVERIFY(shown.value(QStringLiteral("efficiency"))
                    .toObject()
                    .value(QStringLiteral("cores_used"))
                    .toDouble() > 0);

        c.environmentVariables.insert(monitoring::kIntervalVariable, QStringLiteral("0"));
        const auto quiet = await(ws.engine()->submitRun(c));
        QVERIFY(quiet);
        QVERIFY(ws.waitForEnd(quiet->id));
        for (const MetricPoint& p : allPoints(ws.engine(), quiet->id))
            QVERIFY2(!p.name.startsWith(monitoring::kSystemPrefix), qPrintable(p.name));
    }

    void alertsFireOnARealRunAndLandInItsEvents() {
        test::TestWorkspace ws;
        QVERIFY(ws.createCluster(QStringLiteral("cpu"), 0, 1));
        AlertRuleStore store(ws.engine()->stateFolder());
        AlertRule nan;
        nan.condition = AlertCondition::NonFinite;
        nan.metric = QStringLiteral("loss");
        AlertRule above = nan;
        above.condition = AlertCondition::Above;
        above.threshold = 10;
        AlertRule stale = nan;
        stale.condition = AlertCondition::Stale;
        stale.staleMinutes = 0.02; // 1.2 s
        AlertRule failed;
        failed.condition = AlertCondition::RunFailed;
        for (const AlertRule& r : {nan, above, stale, failed})
            QVERIFY(store.add(r));

        const auto run = ws.submitScript(QStringLiteral("cpu"), QStringLiteral("bad.py"),
                                         "import sys, time\n"
                                         "from trainyard import run\n"
                                         "run.log('loss', 1.0, step=0)\n"
                                         "run.log('loss', 50.0, step=1)\n"
                                         "run.log('loss', float('nan'), step=2)\n"
                                         "time.sleep(4)\n"
                                         "sys.exit(3)\n");
        QVERIFY(run);
        AlertMonitor monitor(ws.engine(), run->id);
        monitor.setPollInterval(200);
        QList<Alert> alerts;
        connect(&monitor, &AlertMonitor::alertRaised, this, [&](const Alert& a) { alerts << a; });
        QSignalSpy finished(&monitor, &AlertMonitor::finished);
        QVERIFY(monitor.start());
        QVERIFY(finished.wait(60000));
        QStringList fired;
        for (const Alert& a : alerts)
            fired << a.ruleId;
        fired.sort();
        QCOMPARE(fired, (QStringList{QStringLiteral("alert-1"), QStringLiteral("alert-2"),
                                     QStringLiteral("alert-3"), QStringLiteral("alert-4")}));
        const QList<RunEvent> events = runevents::read(ws.engine()->stateFolder(), run->id);
        QCOMPARE(events.size(), 4);
        QVERIFY(events.last().message.contains(QStringLiteral("Failed")));

        QProcess yard;
        yard.start(qEnvironmentVariable("TRAINYARD_YARD"),
                   {QStringLiteral("run"), QStringLiteral("show"), run->id, QStringLiteral("--workspace"),
                    ws.folder()});
        QVERIFY(yard.waitForFinished(30000));
        const QString text = QString::fromUtf8(yard.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("events:")) && text.contains(QStringLiteral("loss is nan")),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestLocalMonitoring)
#include "tst_local_monitoring.moc"
