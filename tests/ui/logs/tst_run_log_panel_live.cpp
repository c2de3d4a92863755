#include "core/engine/Engine.h"
#include "ui/logs/LogModel.h"
#include "ui/logs/LogSearchController.h"
#include "ui/logs/LogView.h"
#include "ui/logs/RunLogPanel.h"

#include "tests/support/TestWorkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace trainyard;
using namespace trainyard::ui;
using trainyard::await;

// The live path end to end: a real local run with two ranks prints while RunLogPanel follows it.
class TestRunLogPanelLive : public QObject {
    Q_OBJECT
private slots:
    void followsARunningTwoRankRun() {
        test::TestWorkspace ws;
        QVERIFY(ws.createCluster(QStringLiteral("cpu"), 0, 1));
        const QByteArray script = "import os, sys, time\n"
                                  "rank = os.environ.get('TRAINYARD_RANK', '?')\n"
                                  "for i in range(40):\n"
                                  "    print('rank %s line %d' % (rank, i), flush=True)\n"
                                  "    time.sleep(0.08)\n"
                                  "sys.stdout.write(' 10%|#   |\\r 60%|###  |\\r100%|#####|\\n')\n"
                                  "print('\\x1b[31mneedle\\x1b[0m from rank %s' % rank, flush=True)\n";
        RunConfig c =
            ws.scriptRun(QStringLiteral("cpu"), QStringLiteral("train.py"), script, QStringLiteral("live"));
        c.distribution.type = DistributionType::PyTorch;
        c.distribution.processCountPerNode = 2;
        const auto run = await(ws.engine()->submitRun(c));
        QVERIFY2(run, qPrintable(run ? QString() : run.error().message));

        RunLogPanel panel;
        panel.resize(900, 500);
        panel.show();
        QSignalSpy inserted(panel.model(), &QAbstractItemModel::rowsInserted);
        panel.setRun(ws.engine(), run->id);
        // Rows arrive while the run is still running: live, not after the end.
        QVERIFY(QTest::qWaitFor([&] { return panel.model()->rowCount() > 0; }, 30000));
        const auto status = await(ws.engine()->getRun(run->id));
        QVERIFY(status && !isTerminal(status->status));
        QVERIFY(QTest::qWaitFor([&] { return panel.sourceCount() == 2 && panel.model()->rowCount() == 84; },
                                30000));
        QVERIFY(ws.waitForEnd(run->id));
        QVERIFY(inserted.count() > 2); // in several batches as the lines came

        QVERIFY(panel.model()->isMerged());
        QStringList texts;
        for (int row = 0; row < panel.model()->rowCount(); ++row) {
            QVERIFY(QTest::qWaitFor([&] { return panel.model()->line(row) != nullptr; }, 5000));
            texts << panel.model()->label(row) + u':' + panel.model()->line(row)->text;
        }
        for (int rank = 0; rank < 2; ++rank) {
            QVERIFY(texts.contains(QStringLiteral("%1:rank %1 line 0").arg(rank)));
            QVERIFY(texts.contains(QStringLiteral("%1:rank %1 line 39").arg(rank)));
            QVERIFY(texts.contains(QStringLiteral("%1:100%|#####|").arg(rank)));         // progress collapsed
            QVERIFY(texts.contains(QStringLiteral("%1:needle from rank %1").arg(rank))); // ANSI rendered
        }
        QSignalSpy found(panel.searchController(), &LogSearchController::finished);
        panel.findText(QStringLiteral("NEEDLE"));
        QVERIFY(found.wait(5000));
        QCOMPARE(panel.searchController()->count(), 2);
        panel.findNext();
        const int first = panel.view()->currentRow();
        QVERIFY(texts[first].contains(QLatin1String("needle")));
        panel.findNext();
        QVERIFY(panel.view()->currentRow() != first);
        QVERIFY(texts[panel.view()->currentRow()].contains(QLatin1String("needle")));

        panel.showSource(1); // one rank alone
        QCOMPARE(panel.model()->rowCount(), 42);
        QVERIFY(QTest::qWaitFor([&] { return panel.model()->line(0) != nullptr; }, 5000));
        QCOMPARE(panel.model()->line(0)->text, QStringLiteral("rank 1 line 0"));
        panel.clear();
        QCOMPARE(panel.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestRunLogPanelLive)
#include "tst_run_log_panel_live.moc"
