#include "core/engine/Engine.h"
#include "ui/charts/MetricImagesView.h"
#include "ui/charts/MetricValuesPanel.h"
#include "ui/charts/RunMetricsPanel.h"
#include "ui/runs/ChildRunList.h"
#include "ui/runs/RunDetailsPanel.h"

#include "tests/support/TestWorkspace.h"

#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace trainyard;
using namespace trainyard::ui;
using trainyard::await;

// What the Metrics and Child runs tabs show of a real local run whose script logs every kind of
// metric (azureml.core shim): text as text in the values table, a row as a table, an image
// logged twice as a gallery with two steps, child runs with their status and last metrics.
class TestMetricValuesLive : public QObject {
    Q_OBJECT
private slots:
    void showsEveryKindAndTheChildRuns() {
        // Debian's python3 has matplotlib (python3-matplotlib).
        test::TestWorkspace ws(
            QFile::exists(QStringLiteral("/usr/bin/python3"))
                ? QJsonObject{{QStringLiteral("python"), QStringLiteral("/usr/bin/python3")}}
                : QJsonObject{});
        QVERIFY(ws.createCluster(QStringLiteral("cpu"), 0, 2));
        auto submitted =
            ws.submitScript(QStringLiteral("cpu"), QStringLiteral("train.py"), R"(import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from azureml.core import Run
run = Run.get_context()
run.log(name="message", value="Hello from run!")
run.log("converged", False)
run.log("loss", 0.5)
run.log_row("per_class", cls="cat", precision=0.9)
for i in range(2):
    fig = plt.figure(figsize=(4, 3))
    plt.plot([1, 2, 3 + i])
    run.log_image("curve", plot=fig)
for i, child in enumerate(run.create_children(count=2)):
    child.log("acc", 0.5 + i / 4)
    child.complete()
)",
                            QStringLiteral("values"));
        QVERIFY(submitted.ok());
        auto run = ws.waitForEnd(submitted->id, 90000);
        QVERIFY(run.ok());
        QCOMPARE(toString(run->status), QStringLiteral("Completed"));

        RunMetricsPanel panel;
        panel.resize(1200, 800);
        panel.show();
        panel.setRun(ws.engine(), run->id);
        MetricValuesPanel* values = panel.values();
        QTRY_COMPARE_WITH_TIMEOUT(values->lastValue(QStringLiteral("message")),
                                  QStringLiteral("Hello from run!"), 10000);
        QCOMPARE(values->lastValue(QStringLiteral("converged")), QStringLiteral("False"));
        QCOMPARE(values->lastValue(QStringLiteral("loss")), QLocale().toString(0.5, 'g', 8));
        QVERIFY(!panel.metricNames().contains(QStringLiteral("message"))); // text is not charted
        values->selectMetric(QStringLiteral("per_class"));
        QCOMPARE(values->shownTable(), (QList<QStringList>{{QStringLiteral("cat"), QStringLiteral("0.9")}}));

        MetricImagesView* images = panel.images();
        QTRY_COMPARE_WITH_TIMEOUT(images->stepCount(QStringLiteral("curve")), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!images->shownImage(QStringLiteral("curve")).isNull(), 10000);
        const QImage last = images->shownImage(QStringLiteral("curve"));
        QSignalSpy shown(images, &MetricImagesView::imageShown);
        images->showStep(QStringLiteral("curve"), 0);
        QVERIFY2(shown.count() > 0 || shown.wait(10000), qPrintable(images->findChild<QLabel*>()->text()));
        QVERIFY(images->shownImage(QStringLiteral("curve")) != last);       // another step, another picture
        QCOMPARE(images->shownImage(QStringLiteral("curve")).width(), 400); // 4 in at 100 dpi
        images->enlarge(QStringLiteral("curve"));
        auto* dialog = images->findChild<QDialog*>(QStringLiteral("imageDialog"));
        QVERIFY(dialog && dialog->isVisible());
        dialog->close();

        RunFilter filter;
        filter.parentRunId = run->id;
        auto children = await(ws.engine()->listRuns(filter));
        QVERIFY(children.ok() && children->size() == 2);
        ChildRunList list;
        QSignalSpy read(&list, &ChildRunList::metricsRead);
        list.showChildren(ws.engine(), children.value());
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 2, 10000);
        const QString first = run->id + QStringLiteral("_0"), second = run->id + QStringLiteral("_1");
        QCOMPARE(list.metricsText(first), QStringLiteral("acc=0.5"));
        QCOMPARE(list.metricsText(second), QStringLiteral("acc=0.75"));
        QCOMPARE(list.statusText(first), tr("Completed"));

        // The same in the run panel the desktop shows; TRAINYARD_SCREENSHOTS=DIR saves both tabs.
        RunDetailsPanel details;
        details.resize(1280, 800);
        details.show();
        details.setRun(ws.engine(), run->id);
        auto* tabChildren = details.findChild<ChildRunList*>();
        QVERIFY(tabChildren);
        QTRY_COMPARE_WITH_TIMEOUT(tabChildren->metricsText(second), QStringLiteral("acc=0.75"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !details.metricsPanel()->images()->shownImage(QStringLiteral("curve")).isNull(), 10000);
        details.metricsPanel()->values()->selectMetric(QStringLiteral("per_class"));
        const QString shots = qEnvironmentVariable("TRAINYARD_SCREENSHOTS");
        for (const auto& [tab, name] : {std::pair{1, "metrics-values-images"}, std::pair{4, "child-runs"}}) {
            details.tabs()->setCurrentIndex(tab);
            QTest::qWait(300);
            if (!shots.isEmpty())
                QVERIFY(details.grab().save(shots + u'/' + QLatin1String(name) + QStringLiteral(".png")));
        }
    }
};

QTEST_MAIN(TestMetricValuesLive)
#include "tst_metric_values_live.moc"
