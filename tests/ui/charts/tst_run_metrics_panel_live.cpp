#include "core/engine/Engine.h"
#include "core/metrics/MetricIngestor.h"
#include "ui/charts/MetricChart.h"
#include "ui/charts/RunMetricsPanel.h"

#include "tests/support/TestWorkspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace trainyard;
using namespace trainyard::ui;
using trainyard::await;

// The metrics live path end to end: a real local run logs through the Python helper while
// RunMetricsPanel charts it; a second run is overlaid; the full series export as CSV.
class TestRunMetricsPanelLive : public QObject {
    Q_OBJECT
private slots:
    void chartsARunningRun() {
        test::TestWorkspace ws;
        QVERIFY(ws.createCluster(QStringLiteral("cpu"), 0, 2));
        const QByteArray script = "import sys, time\n"
                                  "from trainyard import run\n"
                                  "for i in range(60):\n"
                                  "    run.log('loss', 1.0 / (i + 1))\n"
                                  "    run.log('acc', i / 60.0, step=i)\n"
                                  "    time.sleep(0.05)\n"
                                  "run.log('loss', float('nan'))\n";
        const RunConfig c =
            ws.scriptRun(QStringLiteral("cpu"), QStringLiteral("train.py"), script, QStringLiteral("live"));
        const auto first = await(ws.engine()->submitRun(c));
        const auto second = await(ws.engine()->submitRun(c));
        QVERIFY(first && second);

        metrics::MetricIngestor store;
        auto opened = store.open(ws.scratch() + QStringLiteral("/metrics.db"));
        opened.waitForFinished();
        QVERIFY(opened.result());
        RunMetricsPanel panel;
        panel.setMetricStore(&store);
        panel.resize(1000, 700);
        panel.show();
        QSignalSpy updated(&panel, &RunMetricsPanel::chartsUpdated);
        panel.setRun(ws.engine(), first->id);
        panel.addRun(ws.engine(), second->id);
        QVERIFY(QTest::qWaitFor([&] { return panel.pointCount(QStringLiteral("loss")) > 0; }, 30000));
        const auto status = await(ws.engine()->getRun(first->id));
        QVERIFY(status && !isTerminal(status->status)); // charted while running
        QVERIFY(QTest::qWaitFor([&] { return panel.pointCount(QStringLiteral("loss")) == 61; }, 30000));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto* acc = panel.series(second->id, QStringLiteral("acc"));
                const auto* loss = panel.series(second->id, QStringLiteral("loss"));
                return acc && loss && acc->size() == 60 && loss->size() == 61;
            },
            30000));
        QVERIFY(updated.count() > 2); // batched, but live
        QCOMPARE(panel.metricNames(), (QStringList{QStringLiteral("acc"), QStringLiteral("loss")}));
        MetricChart* loss = panel.chart(QStringLiteral("loss"));
        QTRY_COMPARE_WITH_TIMEOUT(loss->seriesCount(), 2, 5000);
        QCOMPARE(panel.series(first->id, QStringLiteral("loss"))->last(), 1.0 / 60);
        QCOMPARE(panel.series(first->id, QStringLiteral("loss"))->nonFiniteCount(), 1);

        // The store holds the same full history, queryable by step and time.
        store.flush().waitForFinished();
        auto stored = store.pointsBySteps(first->id, QStringLiteral("loss"), 0, 1000);
        stored.waitForFinished();
        QCOMPARE(stored.result().value().size(), 61);
        QCOMPARE(stored.result().value()[9].value, 0.1);
        auto some = store.pointsBySteps(second->id, QStringLiteral("acc"), 10, 19);
        some.waitForFinished();
        QCOMPARE(some.result().value().size(), 10);
        auto byTime = store.pointsByTime(second->id, QStringLiteral("acc"), 0, 4e9);
        byTime.waitForFinished();
        QCOMPARE(byTime.result().value().size(), 60);

        const QString csv = ws.scratch() + QStringLiteral("/metrics.csv");
        QSignalSpy exported(&panel, &RunMetricsPanel::csvExported);
        panel.exportCsv(csv);
        QVERIFY(exported.wait(10000));
        QVERIFY(exported.first().first().value<Status>());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 1 + 2 * (61 + 60));

        panel.exportCsv(QStringLiteral("/nonexistent/dir/m.csv"));
        QVERIFY(exported.wait(10000));
        QVERIFY(!exported.last().first().value<Status>());
        panel.clear();
        QVERIFY(panel.metricNames().isEmpty());
    }
};

QTEST_MAIN(TestRunMetricsPanelLive)
#include "tst_run_metrics_panel_live.moc"
