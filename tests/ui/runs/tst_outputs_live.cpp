// The Outputs tab of the run panel while a run runs: what the script writes to ./outputs (the
// Azure ML convention, relative to its working directory) appears without the run ending.
#include "tests/support/TestWorkspace.h"
#include "ui/runs/RunDetailsPanel.h"

#include <QApplication>
#include <QTest>

using namespace trainyard;
using namespace trainyard::ui;
using trainyard::await;

class TestOutputsLive : public QObject {
    Q_OBJECT

private slots:
    void outputsTabFollowsARunningRun() {
        test::TestWorkspace ws;
        QVERIFY(ws.createCluster(QStringLiteral("cpu"), 0, 2).ok());
        auto run = ws.submitScript(QStringLiteral("cpu"), QStringLiteral("write.py"), R"(import os, time
os.makedirs("outputs", exist_ok=True)
open("outputs/first.txt", "w").write("1")
time.sleep(6)
open("outputs/second.txt", "w").write("2")
time.sleep(300)
)");
        QVERIFY(run);
        RunDetailsPanel panel;
        panel.resize(900, 600);
        panel.show();
        panel.setRun(ws.engine(), run->id);
        QTRY_VERIFY_WITH_TIMEOUT(panel.filePaths().contains(QStringLiteral("outputs/first.txt")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(panel.filePaths().contains(QStringLiteral("outputs/second.txt")), 30000);
        QCOMPARE(toString(await(ws.engine()->getRun(run->id))->status), QStringLiteral("Running"));
        QVERIFY(await(ws.engine()->cancelRun(run->id)).ok());
        QCOMPARE(toString(ws.waitForEnd(run->id, 30000)->status), QStringLiteral("Canceled"));
    }
};

QTEST_MAIN(TestOutputsLive)
#include "tst_outputs_live.moc"
