#include "core/engine/Engine.h"
#include "core/local/AgentClient.h"
#include "core/local/LocalLayout.h"
#include "core/local/RankFiles.h"
#include "core/platform/Process.h"

#include "tests/support/TestWorkspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace trainyard;
using trainyard::await;

// Nothing is lost when the agent or a client dies: the runners own the processes, the logs and
// the exit status; a new agent reconciles from their files.
class TestLocalResilience : public QObject {
    Q_OBJECT

    // Logs 60 lines and 60 metric points over about 3 s.
    static constexpr const char* kSteadyScript = R"(import time
from trainyard import run
for i in range(60):
    print("line", i, flush=True)
    run.log("loss", 1.0 / (i + 1), step=i)
    time.sleep(0.05)
)";

    // One run of `script` on a fresh two-node cluster.
    static QString submitSteady(test::TestWorkspace& ws, const QByteArray& script = kSteadyScript) {
        if (!ws.createCluster(QStringLiteral("cpu"), 0, 2))
            qFatal("cannot create the cluster");
        return ws
            .submitScript(QStringLiteral("cpu"), QStringLiteral("steady.py"), script,
                          QStringLiteral("resilience"))
            ->id;
    }

    static void expectEverything(test::TestWorkspace& ws, const QString& runId) {
        QFile log(ws.folder() + QStringLiteral("/runs/%1/logs/%2/std_log.txt")
                                    .arg(runId, await(ws.engine()->getRun(runId))->nodes.value(0)));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 60);
        for (int i = 0; i < 60; ++i)
            QCOMPARE(lines[i], "line " + QByteArray::number(i));
        QFile metrics(ws.folder() + QStringLiteral("/runs/%1/metrics.jsonl").arg(runId));
        QVERIFY(metrics.open(QIODevice::ReadOnly));
        int logged = 0; // the script's lines, beside the sys/ ones its runner samples
        for (const QByteArray& line : metrics.readAll().trimmed().split('\n'))
            logged += line.contains("\"sys/") ? 0 : 1;
        QCOMPARE(logged, 60);
    }

private slots:
    void agentKilledMidRunLosesNothing() {
        test::TestWorkspace ws;
        const QString id = submitSteady(ws);
        QCOMPARE(toString(ws.waitForStatus(id, RunStatus::Running)->status), QStringLiteral("Running"));
        const qint64 agent = ws.agentPid();
        QVERIFY(agent > 0);
        trainyard::platform::killTree(agent);
        QTRY_VERIFY_WITH_TIMEOUT(ws.agentPid() != agent, 5000);
        // The run goes on without any agent: wait until its runner has recorded the exit.
        QTRY_VERIFY_WITH_TIMEOUT(
            QFile::exists(ws.folder() + QStringLiteral("/runs/%1/ranks/0/exit.json").arg(id)), 30000);
        QVERIFY(ws.agentPid() == 0 || ws.agentPid() != agent);
        // Looking at the run starts a new agent, which reconciles it to Completed.
        auto run = ws.waitForEnd(id, 30000);
        QCOMPARE(toString(run->status), QStringLiteral("Completed"));
        QCOMPARE(run->exitCode.value_or(-1), 0);
        QVERIFY(ws.agentPid() > 0 && ws.agentPid() != agent);
        expectEverything(ws, id);
        auto compute = await(ws.engine()->getCompute(QStringLiteral("cpu")));
        QCOMPARE(compute->nodeStateCounts.running, 0);
    }

    void waitingClientKilledLosesNothing() {
        test::TestWorkspace ws;
        const QString id = submitSteady(ws);
        QProcess client;
        client.start(qEnvironmentVariable("TRAINYARD_YARD"),
                     {QStringLiteral("run"), QStringLiteral("wait"), id, QStringLiteral("--show-output"),
                      QStringLiteral("--workspace"), ws.folder()});
        QVERIFY(client.waitForStarted());
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += client.readAllStandardOutput()).contains("line 5"), 30000);
        trainyard::platform::killTree(client.processId());
        client.waitForFinished();
        auto run = ws.waitForEnd(id, 30000);
        QCOMPARE(toString(run->status), QStringLiteral("Completed"));
        expectEverything(ws, id);
    }

    void aRunnerKilledIsReportedNotHung() {
        test::TestWorkspace ws;
        const QString id = submitSteady(ws, "import time; time.sleep(60)\n");
        QCOMPARE(toString(ws.waitForStatus(id, RunStatus::Running)->status), QStringLiteral("Running"));
        QFile pidFile(ws.folder() + QStringLiteral("/runs/%1/ranks/0/runner.pid").arg(id));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const qint64 runner = pidFile.readAll().trimmed().toLongLong();
        QFile started(ws.folder() + QStringLiteral("/runs/%1/ranks/0/started.json").arg(id));
        trainyard::platform::killTree(runner);
        auto run = ws.waitForEnd(id, 30000);
        QCOMPARE(toString(run->status), QStringLiteral("Failed"));
        QVERIFY2(run->error.contains(QStringLiteral("without recording an exit status")),
                 qPrintable(run->error));
        // The agent also stopped the orphaned script (its whole process group).
        QVERIFY(started.open(QIODevice::ReadOnly));
        const qint64 child = qint64(QJsonDocument::fromJson(started.readAll())
                                        .object()
                                        .value(QStringLiteral("child_pid"))
                                        .toDouble());
        QVERIFY(child > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!local::rankfiles::processAlive(child), 5000);
    }
};

QTEST_GUILESS_MAIN(TestLocalResilience)
#include "tst_local_resilience.moc"
