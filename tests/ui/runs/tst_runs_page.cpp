// The runs page against the real local engine: submit a run through the dialog (with the
// cluster-limit check first), see its log line and metric points arrive in the run panel, the
// wait reason of a queued run, cancel with confirmation, and clone-and-resubmit with its diff.
#include "tests/support/TestWorkspace.h"
#include "ui/charts/RunMetricsPanel.h"
#include "ui/logs/LogModel.h"
#include "ui/logs/LogSearchController.h"
#include "ui/logs/RunLogPanel.h"
#include "ui/model/ComputeWatcher.h"
#include "ui/model/RunFilterProxyModel.h"
#include "ui/model/RunTableModel.h"
#include "ui/model/RunWatcher.h"
#include "ui/runs/RunDetailsPanel.h"
#include "ui/runs/RunsPage.h"
#include "ui/runs/SubmitRunDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace trainyard;
using namespace trainyard::ui;
using trainyard::await;
using trainyard::test::TestWorkspace;

namespace {

const QByteArray kScript = R"(import sys, time
from azureml.core import Run
run = Run.get_context()
print("hello from the desktop test", flush=True)
import os
out = os.environ.get("TRAINYARD_OUTPUTS_DIR", "outputs")
os.makedirs(out, exist_ok=True)
open(os.path.join(out, "model.txt"), "w").write("weights")
for step in range(3):
    run.log("loss", 1.0 / (step + 1), step=step)
    time.sleep(0.1)
time.sleep(float(sys.argv[1]) if len(sys.argv) > 1 else 0)
)";
} // namespace

class TestRunsPage : public QObject {
    Q_OBJECT
private:
    void makeCluster(TestWorkspace& ws, const QString& name, int maxNodes) {
        QVERIFY(ws.createCluster(name, 0, maxNodes).ok());
    }

private slots:
    void initTestCase() {
        // The submit dialog remembers its folder and script: in a test location, fresh each run.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TrainyardRunsPageTest"));
        QSettings().clear();
    }

    void submitFromDialogShowsLogsAndMetrics() {
        TestWorkspace ws;
        makeCluster(ws, QStringLiteral("cpu"), 2);
        ComputeWatcher computes(ws.engine());
        RunWatcher runs(ws.engine());
        runs.setInterval(200);
        RunsPage page(&runs, &computes);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(page.proxy(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1100, 800);
        page.show();
        QTRY_VERIFY(computes.hasLoaded() && runs.hasLoaded());

        QSignalSpy ended(&runs, &RunWatcher::runEnded); // what the tray notification hangs on
        SubmitRunDialog* dialog = page.openSubmitDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->okButton()->isEnabled()); // no source folder yet
        const QString source = ws.makeSource({{QStringLiteral("train.py"), kScript}});
        QTest::keyClicks(dialog->sourceEdit(), source);
        QCOMPARE(dialog->scriptEdit()->text(), QStringLiteral("train.py")); // the default, a real value
        dialog->experimentEdit()->setEditText(QStringLiteral("desktop"));
        QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->validationMessage()));

        // More nodes than the cluster may have: refused before anything is sent.
        dialog->nodeCountEdit()->selectAll();
        QTest::keyClicks(dialog->nodeCountEdit(), QStringLiteral("3"));
        QCOMPARE(
            dialog->validationMessage(),
            QStringLiteral("Node count 3 is more than cluster 'cpu' can have (max nodes 2): lower the node "
                           "count or raise the cluster's max nodes."));
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->nodeCountEdit()->selectAll();
        QTest::keyClicks(dialog->nodeCountEdit(), QStringLiteral("1"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

        // The run appears, is selected, and its panel fills live.
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, 10000);
        const QString runId = page.model()->runs().first().id;
        QCOMPARE(page.model()->runs().first().experiment, QStringLiteral("desktop"));
        QTRY_COMPARE_WITH_TIMEOUT(page.selectedRun(), runId, 5000);
        QCOMPARE(page.details()->runId(), runId);
        // The log panel reads lines lazily (only what is on screen), so ask it to find the line.
        RunLogPanel* logs = page.details()->logPanel();
        QTRY_VERIFY_WITH_TIMEOUT(logs->model()->rowCount() > 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            (logs->findText(QStringLiteral("hello from the desktop test")), QTest::qWait(100),
             !logs->searchController()->isSearching() && logs->searchController()->count() == 1),
            30000);
        QTRY_VERIFY_WITH_TIMEOUT(page.details()->metricsPanel()->pointCount(QStringLiteral("loss")) >= 1,
                                 30000);
        QTRY_COMPARE_WITH_TIMEOUT(toString(page.details()->run().status), QStringLiteral("Completed"), 30000);
        QCOMPARE(page.details()->statusText(), QStringLiteral("Completed"));
        QTRY_COMPARE_WITH_TIMEOUT(page.details()->metricsPanel()->pointCount(QStringLiteral("loss")), 3,
                                  10000);

        // A run submitted here is watched: its end is reported once.
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10000);
        QCOMPARE(ended.first().first().value<RunInfo>().id, runId);

        // Outputs: the file tree lists what the script wrote, and "save as" copies it out.
        QTRY_VERIFY_WITH_TIMEOUT(page.details()->filePaths().contains(QStringLiteral("outputs/model.txt")),
                                 10000);
        const QString saveDir = ws.scratch() + QStringLiteral("/saved");
        page.details()->saveFilesTo(saveDir);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(saveDir + QStringLiteral("/outputs/model.txt")), 10000);
        QTRY_VERIFY(page.details()->filesMessage().contains(saveDir));
    }

    void waitReasonCancelAndClone() {
        TestWorkspace ws;
        makeCluster(ws, QStringLiteral("one"), 1);
        RunConfig config =
            ws.scriptRun(QStringLiteral("one"), QStringLiteral("train.py"), kScript, QStringLiteral("queue"));
        config.arguments = {QStringLiteral("60")};
        auto first = await(ws.engine()->submitRun(config));
        QVERIFY(first.ok());
        QVERIFY(ws.waitForStatus(first->id, RunStatus::Running).ok());
        auto second = await(ws.engine()->submitRun(config));
        QVERIFY(second.ok());

        ComputeWatcher computes(ws.engine());
        RunWatcher runs(ws.engine());
        runs.setInterval(200);
        RunsPage page(&runs, &computes);
        page.resize(1100, 800);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 2, 10000);

        // The queued run says why it waits, in the engine's words.
        page.selectRun(second->id);
        QTRY_VERIFY_WITH_TIMEOUT(!page.details()->waitReasonText().isEmpty(), 10000);
        QVERIFY2(page.details()->waitReasonText().contains(QStringLiteral("max_nodes")) ||
                     page.details()->waitReasonText().contains(QStringLiteral("queued")),
                 qPrintable(page.details()->waitReasonText()));

        // The status filter: only active runs, then only failed (none).
        page.statusFilter()->setCurrentIndex(1);
        QCOMPARE(page.proxy()->rowCount(), 2);
        page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(int(RunStatus::Failed)));
        QCOMPARE(page.proxy()->rowCount(), 0);
        page.statusFilter()->setCurrentIndex(0);
        QTest::keyClicks(page.filterEdit(), second->id);
        QCOMPARE(page.proxy()->rowCount(), 1);
        page.filterEdit()->clear();

        // Cancel asks first; "Keep running" keeps it.
        page.requestCancel(first->id);
        auto* box = page.findChild<QMessageBox*>(QStringLiteral("cancelConfirmation"));
        QVERIFY(box);
        box->button(QMessageBox::No)->click();
        QTest::qWait(300);
        QCOMPARE(toString(await(ws.engine()->getRun(first->id))->status), QStringLiteral("Running"));
        page.requestCancel(first->id);
        QTRY_VERIFY((box = page.findChild<QMessageBox*>(QStringLiteral("cancelConfirmation"))) != nullptr);
        for (QAbstractButton* b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        QCOMPARE(toString(ws.waitForEnd(first->id, 30000)->status), QStringLiteral("Canceled"));

        // Clone: the fields come from the original, and the dialog lists what changed.
        SubmitRunDialog* clone = page.openCloneDialog(first->id);
        QVERIFY(clone);
        QCOMPARE(clone->scriptEdit()->text(), QStringLiteral("train.py"));
        QCOMPARE(clone->sourceEdit()->text(), config.sourceDirectory);
        QCOMPARE(clone->changesText(), QStringLiteral("No changes against the original run yet."));
        clone->experimentEdit()->setEditText(QStringLiteral("queue-2"));
        QVERIFY(clone->changesText().contains(QStringLiteral("experiment: queue → queue-2")));
        QVERIFY(clone->okButton()->isEnabled());
        QTest::mouseClick(clone->okButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, 10000);
        // A copy: await() runs the event loop, in which the model may replace its list.
        const QList<RunInfo> left = page.model()->runs();
        for (const RunInfo& r : left)
            if (!isTerminal(r.status))
                await(ws.engine()->cancelRun(r.id));
    }
};

QTEST_MAIN(TestRunsPage)
#include "tst_runs_page.moc"
