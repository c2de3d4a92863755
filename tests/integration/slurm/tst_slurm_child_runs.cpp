#include "SlurmCluster.h"

#include "core/engine/MetricStream.h"
#include "core/slurm/SlurmEngine.h"
#include "core/workspace/Workspace.h"
#include "tests/support/TestWorkspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace trainyard;

// A script's child runs on the Slurm engine (docs/architecture.md "Child runs"): the same Python
// as on the local engine, read back from the shared work dir by the Slurm run store.
class SlurmChildRunsTest : public QObject {
    Q_OBJECT
    std::unique_ptr<test::SlurmCluster> m_cluster;
    Workspace* m_ws = nullptr;
    QTemporaryDir m_scratch;

    Result<RunInfo> waitForEnd(const QString& runId) {
        QElapsedTimer clock;
        clock.start();
        Result<RunInfo> last;
        while (clock.elapsed() < 90000) {
            last = await(m_ws->engine()->getRun(runId));
            if (last && isTerminal(last->status))
                return last;
            QTest::qWait(200);
        }
        return last;
    }

private slots:
    void initTestCase() {
        if (QStandardPaths::findExecutable(QStringLiteral("slurmctld")).isEmpty() &&
            !QFileInfo::exists(QStringLiteral("/usr/sbin/slurmctld")))
            QFAIL("slurmctld is not installed: run .ci/install-deps.sh (.ci/deps/slurm.apt)");
        m_cluster = std::make_unique<test::SlurmCluster>();
        QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
        auto ws = Workspace::open(m_cluster->writeWorkspace(QStringLiteral("children")), this);
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
        m_ws = ws.value();
        qobject_cast<slurm::SlurmEngine*>(m_ws->engine())->client().setToken(m_cluster->token());
    }
    void cleanupTestCase() {
        if (m_cluster)
            m_cluster->stop();
    }

    void childRunsAreListedUnderTheirParent() {
        RunConfig c;
        c.experiment = QStringLiteral("children");
        c.sourceDirectory = m_scratch.path();
        c.compute = QStringLiteral("debug");
        c.entryScript = QStringLiteral("train.py");
        QFile script(c.sourceDirectory + QStringLiteral("/train.py"));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(R"(from azureml.core import Run
run = Run.get_context()
run.tag("model", "tiny")
done, left = run.create_children(count=2, tag_key="fold", tag_values=["a", "b"])
done.log("acc", 0.5)
done.complete()
left.log(name="message", value="left running")
print("target", run.get_details()["target"])
)");
        script.close();
        auto submitted = await(m_ws->engine()->submitRun(c));
        QVERIFY2(submitted.ok(), submitted.ok() ? "" : qPrintable(submitted.error().message));
        auto parent = waitForEnd(submitted->id);
        QVERIFY(parent.ok());
        QCOMPARE(toString(parent->status), QStringLiteral("Completed"));
        QCOMPARE(parent->tags.value(QStringLiteral("model")), QStringLiteral("tiny"));

        RunFilter filter;
        filter.parentRunId = parent->id;
        auto children = await(m_ws->engine()->listRuns(filter));
        QVERIFY(children.ok());
        QCOMPARE(children->size(), 2);
        auto done = await(m_ws->engine()->getRun(parent->id + QStringLiteral("_0")));
        auto left = await(m_ws->engine()->getRun(parent->id + QStringLiteral("_1")));
        QVERIFY(done.ok() && left.ok());
        QCOMPARE(toString(done->status), QStringLiteral("Completed"));
        QCOMPARE(toString(left->status), QStringLiteral("Completed")); // ended with its parent
        QCOMPARE(left->statusDetail, QStringLiteral("ended with its parent run"));
        QCOMPARE(left->tags.value(QStringLiteral("fold")), QStringLiteral("b"));
        QCOMPARE(left->engine, QStringLiteral("slurm"));

        MetricStream* stream = m_ws->engine()->openMetrics(left->id, this);
        stream->setFollow(false);
        QList<MetricPoint> points;
        connect(stream, &MetricStream::pointsAppended, this,
                [&](const QList<MetricPoint>& p) { points += p; });
        QSignalSpy finished(stream, &MetricStream::finished);
        stream->start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(points.size(), 1);
        QCOMPARE(points.first().text, QStringLiteral("left running"));
    }
};

QTEST_GUILESS_MAIN(SlurmChildRunsTest)
#include "tst_slurm_child_runs.moc"
