#include "core/engine/Engine.h"

#include "tests/support/TestWorkspace.h"

#include <QElapsedTimer>
#include <QTest>

using namespace trainyard;
using trainyard::await;

// The agent's node slots: scale up to max_nodes under load (through "preparing"), back down to
// min_nodes after idle_seconds_before_scaledown (through "leaving"), and a long queue drains.
class TestLocalScaling : public QObject {
    Q_OBJECT

private slots:
    void minNodesAreBroughtUpAtCreation() {
        test::TestWorkspace ws;
        QVERIFY(ws.createCluster(QStringLiteral("warm"), 2, 3, 600).ok());
        QTRY_COMPARE_WITH_TIMEOUT(
            await(ws.engine()->getCompute(QStringLiteral("warm")))->nodeStateCounts.idle, 2, 20000);
        auto c = await(ws.engine()->getCompute(QStringLiteral("warm")));
        QCOMPARE(c->allocationState, QStringLiteral("Steady"));
        QCOMPARE(c->currentNodeCount, 2);
        // Raising min_nodes grows it; lowering max below the current count shrinks it.
        ScaleSettings more;
        more.minNodes = 3;
        QVERIFY(await(ws.engine()->updateCompute(QStringLiteral("warm"), more)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(
            await(ws.engine()->getCompute(QStringLiteral("warm")))->nodeStateCounts.idle, 3, 20000);
        ScaleSettings fewer;
        fewer.minNodes = 0;
        fewer.maxNodes = 1;
        QVERIFY(await(ws.engine()->updateCompute(QStringLiteral("warm"), fewer)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(await(ws.engine()->getCompute(QStringLiteral("warm")))->currentNodeCount, 1,
                                  20000);
    }

    void updateRefusesBadScaleAndKeepsTheOld() {
        test::TestWorkspace ws;
        QVERIFY(ws.createCluster(QStringLiteral("cpu"), 0, 4, 120).ok());
        ScaleSettings bad;
        bad.minNodes = 5;
        auto r = await(ws.engine()->updateCompute(QStringLiteral("cpu"), bad));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("min_nodes (5) is greater than max_nodes (4)")));
        bad = {};
        bad.idleSecondsBeforeScaledown = -1;
        QCOMPARE(await(ws.engine()->updateCompute(QStringLiteral("cpu"), bad)).error().field,
                 QStringLiteral("idle_seconds_before_scaledown"));
        auto c = await(ws.engine()->getCompute(QStringLiteral("cpu")));
        QCOMPARE(c->spec.minNodes, 0);
        QCOMPARE(c->spec.idleSecondsBeforeScaledown, 120);
        QVERIFY(!await(ws.engine()->updateCompute(QStringLiteral("nope"), ScaleSettings{1, 2, 3})).ok());
        auto badSize = test::localCluster(QStringLiteral("gpu"), 0, 1, 0);
        badSize.vmSize = QStringLiteral("STANDARD_NC6");
        QCOMPARE(await(ws.engine()->createCompute(badSize)).error().field, QStringLiteral("vm_size"));
    }

    void autoscaleUpUnderLoadAndBackToMin() {
        test::TestWorkspace ws(QJsonObject{{QStringLiteral("node_prepare_ms"), 400}});
        QVERIFY(ws.createCluster(QStringLiteral("cpu"), 0, 3, 2).ok());
        const RunConfig c = ws.scriptRun(QStringLiteral("cpu"), QStringLiteral("s.py"),
                                         "import time; time.sleep(3)\n", QStringLiteral("load"));
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids << await(ws.engine()->submitRun(c))->id;

        int maxSeen = 0, preparingSeen = 0;
        bool resizingSeen = false;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10000) {
            auto compute = await(ws.engine()->getCompute(QStringLiteral("cpu")));
            maxSeen = qMax(maxSeen, compute->currentNodeCount);
            preparingSeen = qMax(preparingSeen, compute->nodeStateCounts.preparing);
            resizingSeen = resizingSeen || compute->allocationState == QLatin1String("Resizing");
            QVERIFY(compute->currentNodeCount <= 3);
            if (compute->nodeStateCounts.running == 3)
                break;
            QTest::qWait(50);
        }
        QCOMPARE(maxSeen, 3);
        QVERIFY(preparingSeen > 0);
        QVERIFY(resizingSeen);
        for (const QString& id : ids)
            QCOMPARE(toString(ws.waitForEnd(id, 60000)->status), QStringLiteral("Completed"));
        // Idle for 2 s, then leaving, then gone: back to min_nodes = 0.
        QTRY_COMPARE_WITH_TIMEOUT(await(ws.engine()->getCompute(QStringLiteral("cpu")))->currentNodeCount, 0,
                                  20000);
    }

    void hundredRunsDrainOnFourNodes() {
        test::TestWorkspace ws;
        QVERIFY(ws.createCluster(QStringLiteral("cpu"), 0, 4, 60).ok());
        const RunConfig c = ws.scriptRun(QStringLiteral("cpu"), QStringLiteral("quick.sh"),
                                         "echo run $TRAINYARD_RUN_ID\n", QStringLiteral("drain"));
        QStringList ids;
        for (int i = 0; i < 100; ++i)
            ids << await(ws.engine()->submitRun(c))->id;
        QElapsedTimer t;
        t.start();
        for (;;) {
            auto runs = await(ws.engine()->listRuns({}));
            int done = 0;
            for (const RunInfo& r : runs.value()) {
                QVERIFY2(r.status != RunStatus::Failed && r.status != RunStatus::Canceled,
                         qPrintable(r.error));
                done += r.status == RunStatus::Completed;
            }
            auto compute = await(ws.engine()->getCompute(QStringLiteral("cpu")));
            QVERIFY(compute->nodeStateCounts.running <= 4);
            if (done == 100)
                break;
            QVERIFY2(t.elapsed() < 240000, qPrintable(QStringLiteral("only %1 of 100 done").arg(done)));
            QTest::qWait(200);
        }
        auto runs = await(ws.engine()->listRuns({}));
        QSet<int> numbers;
        for (const RunInfo& r : runs.value())
            numbers << r.number;
        QCOMPARE(numbers.size(), 100); // each got its own number
    }
};

QTEST_GUILESS_MAIN(TestLocalScaling)
#include "tst_local_scaling.moc"
