// The Resources tab: a run's sys/… metrics (written by the runner per rank) charted one line per
// rank on the wall-clock axis, kept apart from the script's own metrics on the Metrics tab, and
// following the Metrics tab when a time axis is chosen there.
#include "core/workspace/Workspace.h"
#include "ui/charts/MetricChart.h"
#include "ui/charts/RunMetricsPanel.h"
#include "ui/runs/RunDetailsPanel.h"

#include <QDir>
#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace trainyard;
using namespace trainyard::ui;
using metrics::XAxisMode;

class TestRunResourcesPanel : public QObject {
    Q_OBJECT
private slots:
    void systemMetricsPerRankOnTheTimeAxis() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ws"));
        QVERIFY(Workspace::createLocal(folder, QStringLiteral("res")).ok());
        auto ws = Workspace::open(folder, this);
        QVERIFY(ws.ok());
        const QString id = QStringLiteral("ddp_1_1700000000");
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/runs/") + id));
        QFile file(folder + QStringLiteral("/runs/") + id + QStringLiteral("/metrics.jsonl"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int t = 0; t < 10; ++t) {
            for (int rank = 0; rank < 2; ++rank) {
                file.write(
                    QStringLiteral("{\"name\":\"sys/cpu_percent\",\"value\":%1,\"step\":%2,\"time\":%3,"
                                   "\"rank\":%4,\"kind\":\"scalar\"}\n")
                        .arg(50 + rank * 30 + t)
                        .arg(t)
                        .arg(1700000000 + 5 * t)
                        .arg(rank)
                        .toUtf8());
                file.write(QStringLiteral("{\"name\":\"sys/rss_mb\",\"value\":%1,\"step\":%2,\"time\":%3,"
                                          "\"rank\":%4,\"kind\":\"scalar\"}\n")
                               .arg(900 + rank * 100)
                               .arg(t)
                               .arg(1700000000 + 5 * t)
                               .arg(rank)
                               .toUtf8());
            }
            file.write(QStringLiteral("{\"name\":\"loss\",\"value\":%1,\"step\":%2,\"time\":%3,\"rank\":0,"
                                      "\"kind\":\"scalar\"}\n")
                           .arg(1.0 / (t + 1))
                           .arg(t)
                           .arg(1700000000 + 5 * t + 1)
                           .toUtf8());
        }
        file.close();
        QFile final(folder + QStringLiteral("/runs/") + id + QStringLiteral("/final.json"));
        QVERIFY(final.open(QIODevice::WriteOnly));
        final.write("{}");
        final.close();

        RunMetricsPanel resources(nullptr, RunMetricsPanel::Content::SystemMetrics);
        RunMetricsPanel training;
        resources.resize(900, 600);
        resources.show();
        resources.setRun(ws.value()->engine(), id);
        training.setRun(ws.value()->engine(), id);
        QTRY_COMPARE(resources.metricNames(),
                     (QStringList{QStringLiteral("sys/cpu_percent"), QStringLiteral("sys/rss_mb")}));
        QTRY_COMPARE(training.metricNames(), QStringList{QStringLiteral("loss")});
        MetricChart* cpu = resources.chart(QStringLiteral("sys/cpu_percent"));
        QTRY_COMPARE(cpu->seriesCount(), 2); // one line per rank
        QCOMPARE(cpu->xAxisMode(), XAxisMode::WallTime);
        QTRY_VERIFY(resources.series(id, QStringLiteral("sys/cpu_percent@1")) &&
                    resources.series(id, QStringLiteral("sys/cpu_percent@1"))->size() == 10);
        QCOMPARE(resources.series(id, QStringLiteral("sys/cpu_percent@1"))->last(), 89.0);
        QVERIFY(cpu->legendText().contains(QLatin1String("rank 0")));
        QVERIFY(cpu->legendText().contains(QLatin1String("rank 1")));
        QTRY_COMPARE(cpu->xRange(), std::make_pair(1700000000.0, 1700000045.0));
    }

    void detailsPanelHasAResourcesTabThatFollowsTheTimeAxis() {
        RunDetailsPanel panel;
        QStringList tabs;
        for (int i = 0; i < panel.tabs()->count(); ++i)
            tabs << panel.tabs()->tabText(i);
        QVERIFY(tabs.indexOf(QStringLiteral("Resources")) == tabs.indexOf(QStringLiteral("Metrics")) + 1);
        QCOMPARE(panel.resourcesPanel()->xAxisMode(), XAxisMode::WallTime);
        panel.metricsPanel()->setXAxisMode(XAxisMode::RelativeTime);
        QCOMPARE(panel.resourcesPanel()->xAxisMode(), XAxisMode::RelativeTime);
        panel.metricsPanel()->setXAxisMode(XAxisMode::Step); // steps mean nothing to sys/ metrics
        QCOMPARE(panel.resourcesPanel()->xAxisMode(), XAxisMode::RelativeTime);
    }
};

QTEST_MAIN(TestRunResourcesPanel)
#include "tst_run_resources_panel.moc"
